import BuurtstartCore
import CSystem
import Glibc

/// The folder a session works in. Every write is atomic: temporary files in the same folder,
/// written and flushed to disk, then renamed over the old ones, and the folder flushed; a
/// crash or a full disk never leaves half a file, and a failure leaves the old files as they were.
public struct Folder {
    public let path: String

    /// A failure, as a resident should hear it.
    public struct Failure: Error {
        public let fault: FileFault
        /// A set's list was in place when it failed: some files may be new already, and the
        /// next `recover()` (the next start or export) puts the others in place.
        public internal(set) var setInPlace = false

        public init(_ fault: FileFault) { self.fault = fault }

        public init(errno code: Int32) {
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
    public init(path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) != 0 {
            guard mkdir(path, 0o700) == 0 else { throw Failure(errno: errno) }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw Failure(.notDirectory)
        }
        self.path = path
    }

    /// An existing folder, without creating it.
    public init(existing path: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(.notDirectory) }
        self.path = path
    }

    /// A path taken as it is, only to name files in it (for a message).
    public init(unchecked path: String) { self.path = path }

    public func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    public func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(file(name), &info) == 0
    }

    public func remove(_ name: String) { unlink(file(name)) }

    /// Whether files can be made here: a file is created and removed again. Permission bits
    /// alone do not tell (a read-only mount, a system folder, root's rights).
    public func checkWritable() throws(Failure) {
        let probe = file(Scratch(pid: ThisProcess.id).probe)
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0, errno != EEXIST { throw Failure(errno: errno) }
        if fd >= 0 { close(fd) }
        unlink(probe)
    }

    /// The most a file the program reads may hold: far beyond any real group's answers, preset
    /// or transcript (10,000 streets take about 1 MB), and small enough to read whole.
    public static let largestFile = 32 << 20

    /// The whole file, or nil when it does not exist. A symbolic link is not followed; anything
    /// but a regular file (a FIFO, a device) is refused without waiting on it, and a file larger
    /// than `largestFile` before it is read.
    public func read(_ name: String) throws(Failure) -> [UInt8]? {
        // Without blocking: opening a FIFO for reading would wait for a writer.
        let fd = open(file(name), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Failure(errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(.notRegularFile) }
        guard info.st_size <= Self.largestFile else { throw Failure(.tooLarge(limit: Self.largestFile)) }
        return try Self.readAll(fd)
    }

    /// Whether `path` is a regular file or nothing at all (a symbolic link is followed): what a
    /// file that another library opens by its path must be, so that a FIFO cannot hang it.
    public static func isRegularOrAbsent(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) != 0 { return errno == ENOENT }
        return info.st_mode & S_IFMT == S_IFREG
    }

    /// Everything left to read from an open file, a pipe or standard input.
    public static func readAll(_ fd: Int32) throws(Failure) -> [UInt8] {
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
    public func write(_ name: String, _ bytes: [UInt8], mode: mode_t) throws(Failure) {
        try write([(name, bytes, mode)])
    }

    /// Replaces several files as a set: all old or all new, whenever the process is killed.
    /// Each file is written to a temporary file and flushed; with more than one, the list of
    /// their names is then put in place (`Scratch.commit`), which is the moment the new set
    /// counts; then each file is renamed into place and the list removed, the folder flushed
    /// between the steps. A run killed before the list is in place leaves the old set (its
    /// temporary files are removed later); one killed after it is completed by `recover()`,
    /// which the next session or export runs under the folder's lock. A symbolic link or a
    /// folder in place of a file is refused. Returns the names replaced: a file that already
    /// holds exactly its bytes, with its mode, is left alone.
    ///
    /// `removing`: files that are no longer part of the set (a page left out): they go with the
    /// same step. Each is on the list as `-name`; once the list is in place it is moved aside
    /// (a temporary name, removed at the end), so a kill leaves the old set or the new one.
    @discardableResult
    public func write(_ files: [(name: String, bytes: [UInt8], mode: mode_t)], removing: [String] = []) throws(Failure) -> [String] {
        var changed: [(name: String, bytes: [UInt8], mode: mode_t)] = []
        for file in files {
            var info = stat()
            if lstat(self.file(file.name), &info) == 0 {
                if info.st_mode & S_IFMT == S_IFLNK { throw Failure(.symbolicLink) }
                if info.st_mode & S_IFMT == S_IFDIR { throw Failure(.isDirectory) }
                if info.st_mode & 0o7777 == file.mode, !holdsOther(than: file.bytes, file.name) { continue }
            }
            changed.append(file)
        }
        // Only files: a folder or anything else by such a name is not ours to remove.
        let gone = removing.filter { name in
            var info = stat()
            return !name.contains("/") && lstat(self.file(name), &info) == 0
                && (info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFLNK)
        }
        guard !changed.isEmpty || !gone.isEmpty else { return [] }
        let scratch = Scratch(pid: ThisProcess.id)
        let commit = changed.count + gone.count > 1 ? scratch.commit : nil
        var written: [String] = []
        do throws(Failure) {
            // One file is flushed on its own; a set is flushed at once, with its list, by one
            // flush of the file system (a session's ten files took ten flushes).
            for file in changed {
                try writeNew(scratch.staged(file.name), file.bytes, mode: file.mode, flushed: commit == nil)
                written.append(scratch.staged(file.name))
            }
            if let commit {
                written.append(scratch.commitBeingWritten)
                let list = changed.map { $0.name + "\n" } + gone.map { Scratch.removal + $0 + "\n" }
                try writeNew(scratch.commitBeingWritten, Array(list.joined().utf8), mode: 0o600, flushed: false)
                try flushFileSystem()
                try move(scratch.commitBeingWritten, to: commit)
                written.append(commit)
                try flush()
            }
        } catch {
            written.forEach(remove)
            throw error
        }
        do throws(Failure) {
            for name in gone { try move(name, to: scratch.removed(name)) }
            for file in changed { try move(scratch.staged(file.name), to: file.name) }
        } catch {
            // One file: nothing was replaced. A set: the list stays, and the next start completes it.
            if commit == nil { written.forEach(remove) }
            var failure = error
            failure.setInPlace = commit != nil
            throw failure
        }
        // The files are in place: a flush that fails now cannot make them old again.
        gone.forEach { remove(scratch.removed($0)) }
        try? flush()
        if let commit {
            remove(commit)
            try? flush()
        }
        return changed.map(\.name)
    }

    /// Whether `name` is a file that holds something else than `bytes` (a missing file does not).
    public func holdsOther(than bytes: [UInt8], _ name: String) -> Bool {
        var info = stat()
        guard lstat(file(name), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return info.st_size != bytes.count || (try? read(name)) != bytes
    }

    private func move(_ name: String, to target: String) throws(Failure) {
        guard rename(file(name), file(target)) == 0 else { throw Failure(errno: errno) }
    }

    /// Flushes the folder itself, so that its renames and removals survive a crash.
    private func flush() throws(Failure) {
        let directory = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw Failure(errno: errno) }
        defer { close(directory) }
        guard fsync(directory) == 0 else { throw Failure(errno: errno) }
    }

    /// Flushes everything written to the folder's file system (`syncfs`): the files of a set
    /// and their list at once, before the list is put in place.
    private func flushFileSystem() throws(Failure) {
        let directory = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw Failure(errno: errno) }
        defer { close(directory) }
        guard buurtstart_syncfs(directory) == 0 else { throw Failure(errno: errno) }
    }

    /// A new file `name` holding `bytes`; `flushed`: flushed to disk before this returns.
    private func writeNew(_ name: String, _ bytes: [UInt8], mode: mode_t, flushed: Bool) throws(Failure) {
        let path = file(name)
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        if fd < 0, errno == EEXIST {
            // Left by a killed process that had our pid: a fresh file gets the right mode.
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        }
        guard fd >= 0 else { throw Failure(errno: errno) }
        var failure: Int32 = 0
        // A new file has the mode less the umask; only a umask that takes bits away needs fixing.
        if mode & ThisProcess.umask != 0, fchmod(fd, mode) != 0 { failure = errno }
        var offset = 0
        while failure == 0, offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failure = errno }
            } else {
                offset += written
            }
        }
        if failure == 0, flushed, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw Failure(errno: failure)
        }
    }

    /// Completes or undoes what runs killed half way left behind, and removes their temporary
    /// files: a set whose list of names is in place is completed (its files renamed into place),
    /// anything else of a dead run is removed. Only for a caller that holds the folder's lock;
    /// files of a process that is still alive (a copy being saved with `opslaan`) are left
    /// alone. Returns whether a set was completed.
    public func recover() throws(Failure) -> Bool {
        var completed = false
        for (pid, names) in Scratch.leftOver(in: self) where pid == ThisProcess.id || !ThisProcess.isAlive(pid) {
            let scratch = Scratch(pid: pid)
            if names.contains(scratch.commit), let list = try read(scratch.commit) {
                for line in String(decoding: list, as: UTF8.self).split(separator: "\n").map(String.init) where !line.contains("/") {
                    if line.hasPrefix(Scratch.removal) {
                        // A file that is no longer part of the set: gone, if not yet.
                        let name = String(line.dropFirst(Scratch.removal.count))
                        if exists(name) {
                            guard unlink(file(name)) == 0 || errno == ENOENT else { throw Failure(errno: errno) }
                            completed = true
                        }
                    } else if exists(scratch.staged(line)) {
                        try move(scratch.staged(line), to: line)
                        completed = true
                    }
                }
                try flush()
                remove(scratch.commit)
                try flush()
            }
            names.filter { $0 != scratch.commit }.forEach(remove)
        }
        return completed
    }
}

/// The names of the temporary files a run makes in a folder: all start with `.buurtstart.PID.`,
/// so that one left by a killed run is known as ours, and whose it was.
public struct Scratch {
    public let pid: Int32

    private var prefix: String { ".buurtstart.\(pid)." }
    /// A file's new contents, before they are renamed into place.
    public func staged(_ name: String) -> String { prefix + name + ".new" }
    /// The names of a set being replaced, one a line: once this is in place, the set counts.
    public var commit: String { prefix + "commit" }
    public var commitBeingWritten: String { prefix + "commit.tmp" }
    /// A file removed from the set, moved aside until the set is in place.
    public func removed(_ name: String) -> String { prefix + name + ".old" }
    /// Before a name on the list: the file is to be removed, not replaced.
    static let removal = "-"
    /// The file that tells whether the folder can be written.
    public var probe: String { prefix + "probe" }

    /// Every file in the folder that a run made, by the pid of that run.
    public static func leftOver(in folder: Folder) -> [Int32: [String]] {
        guard let directory = opendir(folder.path) else { return [:] }
        defer { closedir(directory) }
        var found: [Int32: [String]] = [:]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name.hasPrefix(".buurtstart.") else { continue }
            let rest = name.dropFirst(".buurtstart.".count)
            guard let dot = rest.firstIndex(of: "."), let pid = Int32(rest[..<dot]), pid > 0 else { continue }
            found[pid, default: []].append(name)
        }
        return found
    }
}

/// One session per folder: a session holds an exclusive `flock` on the folder itself. The
/// kernel lets go of it when the process ends, however it ends, so no lock is ever left
/// behind, and no file is created for it.
public struct FolderLock {
    private let descriptor: Int32
    /// False on a file system without locks, where the session goes on unguarded.
    public let guards: Bool
    /// Set when taking the lock completed a set of documents a killed run left half replaced.
    public internal(set) var completedSet = false

    public enum Outcome {
        case taken(FolderLock)
        case held
        case failed(Folder.Failure)
    }

    public static func take(in folder: Folder) -> Outcome {
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
                return .taken(FolderLock(descriptor: descriptor, guards: false))
            }
        }
        return .taken(FolderLock(descriptor: descriptor, guards: true))
    }

    public func release() { close(descriptor) }
}

/// Facts about this process that do not change while it runs, read once.
public enum ThisProcess {
    public static let id = getpid()

    /// Whether a process with this pid runs (possibly as another user).
    public static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }
    /// The file-creation mask, read by setting it and putting it back.
    public static let umask: mode_t = {
        let mask = Glibc.umask(0o022)
        _ = Glibc.umask(mask)
        return mask
    }()
}
