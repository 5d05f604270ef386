import BuurtstartCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a session works in. Every write is atomic: temporary files in the same folder,
/// written and flushed to disk, then renamed over the old ones, and the folder flushed; a
/// crash or a full disk never leaves half a file, and a failure leaves the old files as they were.
struct Folder {
    let path: String

    /// A failure, as a resident should hear it.
    struct Failure: Error {
        let fault: FileFault

        init(_ fault: FileFault) { self.fault = fault }

        init(errno code: Int32) {
            switch code {
            case ENOSPC, EDQUOT: fault = .diskFull
            case EACCES, EPERM: fault = .noPermission
            case EROFS: fault = .readOnly
            case EISDIR, ENOTEMPTY: fault = .isDirectory
            case ENOTDIR: fault = .notDirectory
            case ELOOP: fault = .symbolicLink
            case ENOENT: fault = .missing
            default: fault = .other(String(cString: strerror(code)))
            }
        }
    }

    /// Opens `path`, creating it (private to the user) when it does not exist yet.
    init(path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) != 0 {
            guard mkdir(path, 0o700) == 0 else { throw Failure(errno: errno) }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw Failure(.notDirectory)
        }
        self.path = path
    }

    /// An existing folder, without creating it.
    init(existing path: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(.notDirectory) }
        self.path = path
    }

    func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(file(name), &info) == 0
    }

    func remove(_ name: String) { unlink(file(name)) }

    /// The whole file, or nil when it does not exist. A symbolic link is not followed.
    func read(_ name: String) throws(Failure) -> [UInt8]? {
        let fd = open(file(name), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
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
        try write([(name, bytes, mode)])
    }

    /// Replaces several files together: all are written to temporary files first, and only
    /// when every one is safely on disk are they renamed into place. A symbolic link in place of
    /// a file is refused, not followed.
    func write(_ files: [(name: String, bytes: [UInt8], mode: mode_t)]) throws(Failure) {
        try stage(files, flushEach: true).commit(flushFolder: true)
    }

    /// Temporary files written and waiting to be renamed into place.
    struct Staged {
        let folder: Folder
        let moves: [(temporary: String, target: String)]

        /// Renames every file into place; on a failure the rest is left and removed.
        func commit(flushFolder: Bool) throws(Failure) {
            for (index, move) in moves.enumerated() where rename(move.temporary, move.target) != 0 {
                let code = errno
                moves[index...].forEach { unlink($0.temporary) }
                throw Failure(errno: code)
            }
            guard flushFolder else { return }
            let directory = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directory >= 0 {
                fsync(directory)
                close(directory)
            }
        }

        func abandon() { moves.forEach { unlink($0.temporary) } }
    }

    /// Writes `files` to temporary files beside their targets, each flushed to disk when
    /// `flushEach` (otherwise the caller flushes them all at once before committing).
    func stage(_ files: [(name: String, bytes: [UInt8], mode: mode_t)], flushEach: Bool) throws(Failure) -> Staged {
        for file in files {
            var info = stat()
            if lstat(self.file(file.name), &info) == 0 {
                if info.st_mode & S_IFMT == S_IFLNK { throw Failure(.symbolicLink) }
                if info.st_mode & S_IFMT == S_IFDIR { throw Failure(.isDirectory) }
            }
        }
        var moves: [(temporary: String, target: String)] = []
        func abandon(_ code: Int32) -> Failure {
            moves.forEach { unlink($0.temporary) }
            return Failure(errno: code)
        }
        for file in files {
            let temporary = self.file(".\(file.name).\(getpid()).tmp")
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, file.mode)
            guard fd >= 0 else { throw abandon(errno) }
            moves.append((temporary, self.file(file.name)))
            var failure: Int32 = 0
            if fchmod(fd, file.mode) != 0 { failure = errno }
            var offset = 0
            while failure == 0, offset < file.bytes.count {
                let written = file.bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                } else {
                    offset += written
                }
            }
            if failure == 0, flushEach, fsync(fd) != 0 { failure = errno }
            if close(fd) != 0, failure == 0 { failure = errno }
            if failure != 0 { throw abandon(failure) }
        }
        return Staged(folder: self, moves: moves)
    }
}

/// One session per folder: `.buurtstart.lock` holds the pid of the session that owns it. A
/// lock whose process no longer exists is taken over.
struct FolderLock {
    static let name = ".buurtstart.lock"

    private let file: String

    enum Outcome {
        case taken(FolderLock)
        case heldBy(pid_t)
        case failed(Folder.Failure)
    }

    static func take(in folder: Folder) -> Outcome {
        let file = folder.file(name)
        for attempt in 0..<2 {
            let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if fd >= 0 {
                let text = Array("\(getpid())\n".utf8)
                _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                close(fd)
                return .taken(FolderLock(file: file))
            }
            guard errno == EEXIST else { return .failed(Folder.Failure(errno: errno)) }
            let holder = (try? folder.read(name)).flatMap { $0 }
                .flatMap { pid_t(String(decoding: $0, as: UTF8.self).filter(\.isNumber)) }
            if let holder, holder > 0, holder != getpid(), kill(holder, 0) == 0 || errno == EPERM {
                return .heldBy(holder)
            }
            // Taken again right after we removed a stale lock: another session just started.
            if attempt == 1 { return .heldBy(holder ?? 0) }
            unlink(file) // stale: its process is gone
        }
        return .heldBy(0)
    }

    func release() { unlink(file) }
}
