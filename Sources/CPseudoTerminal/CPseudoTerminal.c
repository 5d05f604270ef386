#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

pid_t buurt_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master, struct termios *initial) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || grantpt(fd) != 0 || unlockpt(fd) != 0) return -1;
    /* ptsname_r, not ptsname: ptsname's static buffer is shared by the tests' threads, and two
       terminals opened at once would both get the later one's name. */
    char name[128];
    if (ptsname_r(fd, name, sizeof name) != 0) return -1;
    struct winsize size = {.ws_row = rows, .ws_col = columns};
    ioctl(fd, TIOCSWINSZ, &size);
    if (initial) tcgetattr(fd, initial);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        /* Start as a shell would: nothing blocked or ignored from the test runner. */
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int signo = 1; signo < NSIG; signo++) signal(signo, SIG_DFL);
        setsid();
        int slave = open(name, O_RDWR);
        if (slave < 0) _exit(126);
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        if (directory && chdir(directory) != 0) _exit(126);
        execve(path, argv, envp);
        _exit(127);
    }
    *master = fd;
    return pid;
}

int buurt_pty_settings(int master, struct termios *settings) { return tcgetattr(master, settings); }
