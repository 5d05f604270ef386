#ifndef BUURTSTART_CEDITLINE_H
#define BUURTSTART_CEDITLINE_H

#include <stddef.h>
#include <wchar.h>

/// An open libedit line editor with its own history. libedit's el_wset and history_w are
/// variadic, which Swift cannot call; these wrappers give each use a fixed signature.
typedef struct buurt_editor buurt_editor;

/// Opens an editor on standard input and output, in Emacs mode, with Ctrl-R bound to
/// incremental search, Tab to completion and Ctrl-C to clearing the line, and reads
/// ~/.editrc. libedit itself is loaded now, the first time. Returns NULL when libedit cannot
/// be loaded or cannot start; the caller then reads plain lines.
buurt_editor *buurt_editor_open(const char *program_name);

/// Closes the editor, restoring the terminal, and frees it.
void buurt_editor_close(buurt_editor *editor);

/// Sets the prompt shown before the next line (copied). `\1` brackets invisible sequences
/// such as colours, so that libedit counts the prompt's width right.
void buurt_editor_set_prompt(buurt_editor *editor, const wchar_t *prompt);

/// Sets the words Tab may complete to at the next prompt (copied).
void buurt_editor_set_completions(buurt_editor *editor, const wchar_t *const *words, int count);

/// Sets the line shown when Ctrl-C is pressed on an empty line (copied).
void buurt_editor_set_interrupt_hint(buurt_editor *editor, const wchar_t *hint);

/// Reads one line. Returns NULL at end of input, or when a termination signal arrived (see
/// buurt_termination_signal); otherwise the line including any trailing newline, owned by
/// the editor and valid until the next call. `count` gets its length.
const wchar_t *buurt_editor_gets(buurt_editor *editor, int *count);

/// Adds a line to the history, so that Up and Ctrl-R find it; 1 when it was added, 0 when it
/// was already the newest line.
int buurt_editor_history_add(buurt_editor *editor, const wchar_t *line);

/// Takes the newest line out of the history again.
void buurt_editor_history_remove_newest(buurt_editor *editor);

/// Loads the history from a file; 0 on success, -1 when it cannot be read or is not a history.
int buurt_editor_history_load(buurt_editor *editor, const char *path);

/// Saves the history to a file (mode 0600); 0 on success.
int buurt_editor_history_save(buurt_editor *editor, const char *path);

/// The words that start with `typed` (its first `length` characters, case ignored; a word in
/// quotes also matches without its opening quote): returns how many, the index of the first in
/// `first`, and in `common` how long a beginning of it they share, the quote included.
/// This is what Tab runs; kept apart so that it can be measured.
int buurt_complete_matches(const wchar_t *const *words, int count, const wchar_t *typed, size_t length,
                           int *first, size_t *common);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT and SIGWINCH that
/// only record the signal. At a prompt, Ctrl-C clears the line, Ctrl-\ does nothing, Ctrl-Z
/// stops with the terminal restored and draws the prompt and line again after `fg`, a resize
/// draws them again, and SIGTERM or SIGHUP end the read; outside a prompt, SIGINT, SIGQUIT,
/// SIGTERM and SIGHUP end the process at once with status 128 + the signal (the answers are
/// saved after every answer, and files are replaced atomically).
void buurt_install_signal_handlers(void);

/// Only the SIGQUIT handler, for reading plain lines: Ctrl-\ ends the process with status 131
/// instead of the Swift runtime's crash report.
void buurt_install_quit_handler(void);

/// The SIGTERM or SIGHUP that ended the last read, or 0.
int buurt_termination_signal(void);

/// Whether the next line of standard input has arrived already: a whole line in stdio's
/// buffer, or anything more in the pipe or file behind it (polled without waiting). 1 or 0.
int buurt_input_waiting(void);

#endif
