#ifndef CSYSTEM_H
#define CSYSTEM_H

#include <signal.h>
#include <spawn.h>

/// syncfs(2), which Swift's Glibc module does not declare (it needs _GNU_SOURCE): flushes the
/// file system that holds `fd`.
int buurtstart_syncfs(int fd);

/// signalfd(2), which Swift's Glibc module does not declare: a descriptor that reads the
/// signals of `set` (blocked by the caller) as they arrive, close-on-exec and non-blocking.
int buurtstart_signalfd(const sigset_t *set);

/// The number of the signal that one read of a signalfd descriptor gave, or 0 when none was read.
int buurtstart_read_signal(int fd);

/// posix_spawn_file_actions_addchdir_np, which Swift's Glibc module does not declare: the
/// process spawned starts in `path`.
int buurtstart_spawn_in(posix_spawn_file_actions_t *actions, const char *path);

#endif
