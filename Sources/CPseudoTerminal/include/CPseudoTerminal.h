#ifndef BUURTSTART_CPSEUDOTERMINAL_H
#define BUURTSTART_CPSEUDOTERMINAL_H

#include <sys/types.h>
#include <termios.h>

/// Test support: starts `path` on a new pseudo-terminal, as its controlling terminal, the way
/// a terminal emulator starts a shell. Returns the child's pid (or -1) and the master side in
/// `master`; `initial` gets the terminal's settings before the program starts.
pid_t buurt_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master, struct termios *initial);

/// The terminal's current settings, read through the master side.
int buurt_pty_settings(int master, struct termios *settings);

#endif
