#define _GNU_SOURCE
#include <unistd.h>
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
