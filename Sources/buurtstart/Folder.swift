import BuurtstartCore
import Glibc

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

    /// A path taken as it is, only to name files in it (for a message).
    init(unchecked path: String) { self.path = path }

    func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(file(name), &info) == 0
    }

    func remove(_ name: String) { unlink(file(name)) }

    /// Whether files can be made here: a file is created and removed again. Permission bits
    /// alone do not tell (a read-only mount, a system folder, root's rights).
    func checkWritable() throws(Failure) {
        let probe = file(".buurtstart.\(ThisProcess.id).probe")
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0, errno != EEXIST { throw Failure(errno: errno) }
        if fd >= 0 { close(fd) }
        unlink(probe)
    }

    /// The whole file, or nil when it does not exist. A symbolic link is not followed.
    func read(_ name: String) throws(Failure) -> [UInt8]? {
        let fd = open(file(name), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Failure(errno: errno)
        }
        defer { close(fd) }
        return try Self.readAll(fd)
    }

    /// Everything left to read from an open file, a pipe or standard input.
    static func readAll(_ fd: Int32) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { buffer in
            while true {
                let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
        }
        if failure != 0 { throw Failure(errno: failure) }
        return bytes
    }

    /// Replaces `name` with `bytes` in one step, with the given permissions.
    func write(_ name: String, _ bytes: [UInt8], mode: mode_t) throws(Failure) {
        try write([(name, bytes, mode)])
    }

    /// Replaces several files together: all are written to temporary files first, and only
    /// when every one is safely on disk are they renamed into place. A symbolic link in place of
    /// a file is refused, not followed. Returns the names replaced: a file that already holds
    /// exactly its bytes, with its mode, is left alone.
    @discardableResult
    func write(_ files: [(name: String, bytes: [UInt8], mode: mode_t)]) throws(Failure) -> [String] {
        let staged = try stage(files, flushEach: true)
        try staged.commit(flushFolder: true)
        return staged.moves.map { String($0.target.dropFirst(file("").count)) }
    }

    /// Whether `name` is a file that holds something else than `bytes` (a missing file does not).
    func holdsOther(than bytes: [UInt8], _ name: String) -> Bool {
        var info = stat()
        guard lstat(file(name), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return info.st_size != bytes.count || (try? read(name)) != bytes
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
    /// `flushEach` (otherwise the caller flushes them all at once before committing). A file
    /// that already holds exactly these bytes, with this mode, is left alone.
    func stage(_ files: [(name: String, bytes: [UInt8], mode: mode_t)], flushEach: Bool) throws(Failure) -> Staged {
        var unchanged = Set<String>()
        for file in files {
            var info = stat()
            if lstat(self.file(file.name), &info) == 0 {
                if info.st_mode & S_IFMT == S_IFLNK { throw Failure(.symbolicLink) }
                if info.st_mode & S_IFMT == S_IFDIR { throw Failure(.isDirectory) }
                if info.st_mode & S_IFMT == S_IFREG, info.st_size == file.bytes.count, info.st_mode & 0o7777 == file.mode,
                   (try? read(file.name)) == file.bytes {
                    unchanged.insert(file.name)
                }
            }
        }
        var moves: [(temporary: String, target: String)] = []
        func abandon(_ code: Int32) -> Failure {
            moves.forEach { unlink($0.temporary) }
            return Failure(errno: code)
        }
        for file in files where !unchanged.contains(file.name) {
            let temporary = self.file(".\(file.name).\(ThisProcess.id).tmp")
            var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, file.mode)
            if fd < 0, errno == EEXIST {
                // Left by a crashed process that had our pid: a fresh file gets the right mode.
                unlink(temporary)
                fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, file.mode)
            }
            guard fd >= 0 else { throw abandon(errno) }
            moves.append((temporary, self.file(file.name)))
            var failure: Int32 = 0
            // A new file has the mode less the umask; only a umask that takes bits away needs fixing.
            if file.mode & ThisProcess.umask != 0, fchmod(fd, file.mode) != 0 { failure = errno }
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

/// One session per folder: a session holds an exclusive `flock` on the folder itself. The
/// kernel lets go of it when the process ends, however it ends, so no lock is ever left
/// behind, and no file is created for it.
struct FolderLock {
    private let descriptor: Int32

    enum Outcome {
        case taken(FolderLock)
        case held
        case failed(Folder.Failure)
    }

    static func take(in folder: Folder) -> Outcome {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(Folder.Failure(errno: errno)) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR:
                continue
            case EWOULDBLOCK:
                close(descriptor)
                return .held
            default:
                // A file system without locks (some network shares): the session goes on
                // without this guard rather than being refused.
                return .taken(FolderLock(descriptor: descriptor))
            }
        }
        return .taken(FolderLock(descriptor: descriptor))
    }

    func release() { close(descriptor) }
}

/// Facts about this process that do not change while it runs, read once.
enum ThisProcess {
    static let id = getpid()
    /// The file-creation mask, read by setting it and putting it back.
    static let umask: mode_t = {
        let mask = Glibc.umask(0o022)
        _ = Glibc.umask(mask)
        return mask
    }()
}
