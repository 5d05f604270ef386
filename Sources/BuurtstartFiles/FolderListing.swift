import Glibc

/// What is in a folder, for Tab completion of paths on the command line.
public enum FolderListing {
    /// Folders and files with the extension whose path begins with `typed`, sorted; a folder
    /// ends in `folderMark`. Hidden entries only when `typed` names them.
    public static func completions(of typed: String, fileExtension: String, folderMark: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", name.hasPrefix(start), !name.hasPrefix(".") || start.hasPrefix(".") else { continue }
            var status = stat()
            guard stat(folder + name, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                found.append(folder + name + folderMark)
            } else if name.hasSuffix(fileExtension) {
                found.append(folder + name)
            }
        }
        return found.sorted()
    }

    /// The names in the folder at `path` that a file manager shows: hidden ones (a dot first)
    /// left out; none when it cannot be read or is not there.
    public static func visibleNames(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { found.append(name) }
        }
        return found
    }
}
