import BuurtstartCore
import Glibc

/// A live session's transcript (`--record FILE`), written line by line as the session goes,
/// so that a session killed half way still leaves a valid transcript of what happened. The
/// files the session writes are copied beside it, in a folder named after the transcript.
///
/// A class: it owns the transcript's open file, and the first failure to write it (a full
/// disk) is kept for the session to say, however many parts of the program append to it.
public final class Recording {
    private let descriptor: Int32
    /// `transcripts/NAME/` for `transcripts/NAME.txt`.
    public let companion: Folder
    /// Why the transcript or a file beside it could not be written, the first time it could
    /// not; after it the transcript is left to end at its last whole line.
    public private(set) var failure: FileFault?
    /// Set when a write of the transcript failed: it then ends at its last whole line.
    private var cut = false

    /// What the transcript's folder may hold: a copy of each file a session writes, the answers
    /// file it started from and the preset it was given.
    static let companionFiles = TranscriptReplay.sessionFiles + ["start.json", "preset.json"]
    /// The files of a group's folder, which a recording never writes over.
    static let groupFiles = TranscriptReplay.sessionFiles + Documents.pdfNames

    /// Starts a transcript with a header that pins what the session depends on. An answers
    /// file the session starts from is copied to `NAME/start.json`. Nothing is written when the
    /// transcript or a file beside it would be one of `group`'s own files (`.groupFile`), or
    /// would replace an existing file without `replacing` (`.alreadyExists`).
    public init(path: String, header: Transcript.Header, startAnswers: [UInt8]?, presetFile: [UInt8]? = nil,
                group: Folder, replacing: Bool) throws(Folder.Failure) {
        let base = Transcript.companionPath(of: path)
        let targets = [path] + Self.companionFiles.map { Folder(unchecked: base).file($0) }
        if targets.contains(where: { Self.isFile(of: group, $0) }) { throw Folder.Failure(.groupFile) }
        if !replacing, targets.contains(where: Self.exists) { throw Folder.Failure(.alreadyExists) }
        companion = try Folder(path: base)
        var header = header
        let folderName = base.split(separator: "/").last.map(String.init) ?? base
        if let presetFile {
            // A preset from a file travels with the transcript, so that replay starts from it too.
            try companion.write("preset.json", presetFile, mode: 0o644)
            header.preset = folderName + "/preset.json"
        }
        if let startAnswers {
            try companion.write("start.json", startAnswers, mode: 0o600)
            header.startFrom = folderName + "/start.json"
        }
        let exclusive = replacing ? O_TRUNC : O_EXCL
        descriptor = open(path, O_WRONLY | O_CREAT | exclusive | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Folder.Failure(errno: errno) }
        fchmod(descriptor, 0o600)
        append(header.written())
        if cut, let failure { throw Folder.Failure(failure) }
    }

    deinit { close(descriptor) }

    /// Whether `path` names one of the group's own files: a file of `group`'s folder itself
    /// (however the path is spelled), by one of the names a session writes there.
    private static func isFile(of group: Folder, _ path: String) -> Bool {
        let name = String(path.split(separator: "/").last ?? "")
        guard groupFiles.contains(name) else { return false }
        var folder = stat(), parent = stat()
        return stat(group.path, &folder) == 0 && stat(TranscriptReplay.parentFolder(of: path), &parent) == 0
            && folder.st_dev == parent.st_dev && folder.st_ino == parent.st_ino
    }

    /// Whether the transcript `path` (which may not exist yet) would lie in `folder` or in a
    /// folder inside it, however the path is spelled (links followed): an intake's transcript
    /// there would keep a member's name, address and number in the group's folder after the
    /// member is removed.
    public static func lies(_ path: String, inside folder: Folder) -> Bool {
        guard let root = resolved(folder.path) else { return false }
        var parent = TranscriptReplay.parentFolder(of: path)
        // The transcript's folder may not exist yet: the nearest one that does decides.
        while resolved(parent) == nil, parent != "/", parent != "." {
            parent = TranscriptReplay.parentFolder(of: parent)
        }
        guard let place = resolved(parent) else { return false }
        return place == root || place.hasPrefix(root == "/" ? "/" : root + "/")
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Mirrors what the session wrote in its folder; a failure here does not stop the session,
    /// but is kept, to be said.
    public func mirror(answers: Answers, documents: Documents? = nil) {
        mirror(AnswersFile.name, AnswersFile.encode(answers), mode: 0o600)
        for (name, contents) in documents?.files ?? [] { mirror(name, Array(contents.utf8), mode: 0o644) }
    }

    /// Mirrors one file the command wrote in its folder (the register of an intake).
    public func mirror(_ name: String, _ bytes: [UInt8], mode: mode_t) {
        do throws(Folder.Failure) { try companion.write(name, bytes, mode: mode) } catch {
            failure = failure ?? error.fault
        }
    }

    /// Appends transcript lines as the session makes them.
    public func append(_ lines: [Transcript.Line]) {
        append(lines.map(Transcript.write))
    }

    /// Writes the lines whole or not at all: a write that fails (a full disk) is taken back to
    /// the last whole line, and nothing is appended after it, so the transcript stays valid.
    private func append(_ lines: [String]) {
        guard !lines.isEmpty, !cut else { return }
        let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
        let start = lseek(descriptor, 0, SEEK_END)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 {
                failure = failure ?? (written < 0 ? Folder.Failure(errno: errno).fault : .diskFull)
                cut = true
                if start >= 0 { ftruncate(descriptor, start) }
                return
            }
            offset += written
        }
    }
}
