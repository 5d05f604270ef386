#ifndef CSYSTEM_H
#define CSYSTEM_H

/// syncfs(2), which Swift's Glibc module does not declare (it needs _GNU_SOURCE): flushes the
/// file system that holds `fd`.
int buurtstart_syncfs(int fd);

#endif
