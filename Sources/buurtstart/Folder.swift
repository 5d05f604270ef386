#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a session works in. Every write is atomic: a temporary file in the same folder,
/// written, flushed to disk, then renamed over the old one, so a crash never leaves half a file.
struct Folder {
    let path: String

    /// A failure with the system's own words for it.
    struct Failure: Error {
        let reason: String
        init(errno code: Int32) { reason = String(cString: strerror(code)) }
    }

    /// Opens `path`, creating it (private to the user) when it does not exist yet.
    init(path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) != 0 {
            guard mkdir(path, 0o700) == 0 else { throw Failure(errno: errno) }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw Failure(errno: ENOTDIR)
        }
        self.path = path
    }

    /// An existing folder, without creating it.
    init(existing path: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(errno: ENOTDIR) }
        self.path = path
    }

    func remove(_ name: String) { unlink(file(name)) }

    func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(file(name), &info) == 0
    }

    /// The whole file, or nil when it does not exist.
    func read(_ name: String) throws(Failure) -> [UInt8]? {
        let fd = open(file(name), O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Failure(errno: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }

    /// Replaces `name` with `bytes` in one step, with the given permissions.
    func write(_ name: String, _ bytes: [UInt8], mode: mode_t) throws(Failure) {
        let target = file(name)
        let temporary = file(".\(name).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw Failure(errno: errno) }
        var failure: Int32 = 0
        if fchmod(fd, mode) != 0 { failure = errno }
        var offset = 0
        while failure == 0, offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                offset += written
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Failure(errno: failure)
        }
        let directory = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }
}
