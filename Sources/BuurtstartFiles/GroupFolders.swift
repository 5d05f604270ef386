import BuurtstartCore
import Glibc

/// A set of groups on disk: a folder (a municipality's, a coordinator's) whose folders each
/// hold a group's `buurtstart.json`. Only read: nothing is written in it and no lock is taken,
/// so reading never gets in the way of a session in one of the groups.
public struct GroupFolders {
    /// A group folder whose answers could not be used, and why, in the words for a resident.
    public struct Unreadable: Sendable {
        public let folder: String
        public let reason: ShellText
        /// 74 when the file could not be read, 65 when it is not a usable answers file.
        public let status: ExitStatus
    }

    /// The groups read, by folder name.
    public let groups: [GroupRecord]
    /// The folders that could not be read, by folder name; the others were read all the same.
    public let unreadable: [Unreadable]

    /// Why a set of groups cannot be read at all.
    public enum SetFailure: Error, Sendable {
        /// The folder cannot be read (missing, no permission, not a folder).
        case unreadable(FileFault)
        /// The folder is one group's own (it holds a `buurtstart.json`), not a folder of group
        /// folders: read as a set, it would hold no group and check nothing, without a word.
        case groupFolder
    }

    /// The set of groups named on the command line or remembered in a group's answers: as
    /// `read`, but a group's own folder given in its place is refused.
    public static func readSet(_ path: String, excluding own: String? = nil) throws(SetFailure) -> GroupFolders {
        guard !path.isEmpty else { throw .unreadable(.missing) }
        if let found = identity(Folder(unchecked: path).file(AnswersFile.name)), !found.isDirectory { throw .groupFolder }
        do { return try read(path, excluding: own) } catch { throw .unreadable(error.fault) }
    }

    /// `path` as an absolute path, so that a set remembered in a group's answers is found again
    /// from any folder: the current folder before it (`..` left for the system to follow, as it
    /// would from here). Kept as given when the current folder cannot be known.
    public static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), !path.isEmpty, let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let parts = String(cString: cwd).split(separator: "/") + path.split(separator: "/").filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }

    /// Reads every folder of `path` that holds a `buurtstart.json`, in the order of their
    /// names; folders without one (and names starting with a dot) are not groups and are
    /// passed by. `excluding`: a group's own folder, which is not one of the "other" groups
    /// (compared as the same folder on disk, however the path is written).
    public static func read(_ path: String, excluding own: String? = nil) throws(Folder.Failure) -> GroupFolders {
        let set = try Folder(existing: path)
        guard let directory = opendir(path) else { throw Folder.Failure(errno: errno) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        let ownIdentity = own.flatMap(identity)
        var groups: [GroupRecord] = []
        var unreadable: [Unreadable] = []
        // Byte order, so that the register is the same on every machine.
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let folderPath = set.file(name)
            guard let found = identity(folderPath), found.isDirectory else { continue }
            if let ownIdentity, found.device == ownIdentity.device, found.inode == ownIdentity.inode { continue }
            let folder = Folder(unchecked: folderPath)
            let bytes: [UInt8]?
            do { bytes = try folder.read(AnswersFile.name) } catch {
                unreadable.append(Unreadable(folder: name, reason: .groupFolderUnreadable(folder.file(AnswersFile.name), fault: error.fault), status: .ioError))
                continue
            }
            guard let bytes else { continue }
            do { groups.append(GroupRecord(folder: name, answers: try AnswersFile.decode(bytes))) } catch {
                unreadable.append(Unreadable(folder: name, reason: .dataFile(error, file: folder.file(AnswersFile.name)), status: .dataError))
            }
        }
        return GroupFolders(groups: groups, unreadable: unreadable)
    }

    private struct Identity {
        let device: UInt
        let inode: UInt
        let isDirectory: Bool
    }

    /// The folder on disk a path names, following links.
    private static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt(info.st_dev), inode: UInt(info.st_ino), isDirectory: info.st_mode & S_IFMT == S_IFDIR)
    }
}
