#define _GNU_SOURCE
#include <unistd.h>
#include <spawn.h>
#include <sys/signalfd.h>
#include "CSystem.h"

int buurtstart_syncfs(int fd) {
    return syncfs(fd);
}

int buurtstart_signalfd(const sigset_t *set) {
    return signalfd(-1, set, SFD_CLOEXEC | SFD_NONBLOCK);
}

int buurtstart_read_signal(int fd) {
    struct signalfd_siginfo info;
    return read(fd, &info, sizeof info) == (ssize_t)sizeof info ? (int)info.ssi_signo : 0;
}

int buurtstart_spawn_in(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}
