import BuurtstartCore
import Glibc

/// Carries out a session's effects in its folder: the answers, the documents (all together or
/// none), a copy where the resident asked, and a rescue copy in the state folder. Each says how
/// it went, and the session decides what to tell the resident. With `--record`, what lands is
/// mirrored beside the transcript.
public struct FolderStore: SessionStore {
    public let folder: Folder
    public var recording: Recording?
    /// The program's state folder, for a rescue copy; nil when there is none.
    public let stateFolder: String?
    /// The home folder, for a path typed as `~/...`.
    public let home: String?
    public let today: CalendarDate

    public init(folder: Folder, recording: Recording?, stateFolder: String?, home: String?, today: CalendarDate) {
        self.folder = folder
        self.recording = recording
        self.stateFolder = stateFolder
        self.home = home
        self.today = today
    }

    public mutating func perform(_ effect: Effect) -> Outcome {
        do throws(Folder.Failure) {
            switch effect {
            case .save(let answers):
                try folder.write(AnswersFile.name, AnswersFile.encode(answers), mode: 0o600)
                recording?.mirror(answers: answers)
            case .finish(let documents, let answers):
                var files = documents.files.map { (name: $0.name, bytes: Array($0.contents.utf8), mode: mode_t(0o644)) }
                files.append((AnswersFile.name, AnswersFile.encode(answers), 0o600))
                // A page left out goes with the same step: no old letter stays behind.
                try folder.write(files, removing: documents.leftOut)
                recording?.mirror(answers: answers, documents: documents)
            case .copy(let answers, let typed):
                // `~/` is the home folder, as in a shell; the reply names the file in full.
                let path = absolute(typed.hasPrefix("~/") ? (home ?? "~") + typed.dropFirst() : typed)
                // A copy never replaces anything: not another group's answers, not a charter.
                var info = stat()
                guard lstat(path, &info) != 0 else { throw Folder.Failure(.alreadyExists) }
                try writeAlone(AnswersFile.encode(answers), to: path)
                return .written(path)
            case .rescue(let answers):
                guard let state = stateFolder else { throw Folder.Failure(.missing) }
                let path = state + "/rescue-\(today)-\(getpid()).json"
                try writeAlone(AnswersFile.encode(answers), to: path)
                return .written(path)
            }
            return .done
        } catch {
            return error.setInPlace ? .partlyDone(error.fault) : .failed(error.fault)
        }
    }

    /// `path` from the root, for a message that says where a file went.
    private func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let folder = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (folder == "/" ? "" : folder) + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// A file of its own at `path`, private to the user.
    private func writeAlone(_ bytes: [UInt8], to path: String) throws(Folder.Failure) {
        let slash = path.lastIndex(of: "/")
        let parent = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw Folder.Failure(.isDirectory) }
        try Folder(existing: parent).write(name, bytes, mode: 0o600)
    }
}
