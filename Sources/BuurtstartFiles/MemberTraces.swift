import BuurtstartCore
import Glibc

/// After a removal: the files in the group's folder, other than the register, that still hold
/// the member's name or number. buurtstart itself writes a member nowhere else there (an
/// intake's `--record` stays out of the folder), but an older transcript, a copy or a note
/// can; the admin is told which, so that the promise "nothing is kept" can be kept.
public enum MemberTraces {
    /// Paths relative to `folder`, sorted; folders are searched `depth` levels down, links not followed.
    public static func files(in folder: Folder, holding member: Member, depth: Int = 3) -> [String] {
        let needles = [member.name, member.phone].filter { !$0.isEmpty }.map { Array($0.utf8) }
        return search(folder.path, prefix: "", needles: needles, depth: depth).sorted()
    }

    private static func search(_ path: String, prefix: String, needles: [[UInt8]], depth: Int) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let folder = Folder(unchecked: path)
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", !(prefix.isEmpty && name == RegisterFile.name) else { continue }
            var status = stat()
            guard lstat(folder.file(name), &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR where depth > 0:
                found += search(folder.file(name), prefix: prefix + name + "/", needles: needles, depth: depth - 1)
            case S_IFREG:
                guard let bytes = try? folder.read(name) else { continue }
                if needles.contains(where: { bytes.firstRange(of: $0) != nil }) { found.append(prefix + name) }
            default:
                continue
            }
        }
        return found
    }
}
