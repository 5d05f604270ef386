import BuurtstartCore
import Glibc

/// A live session's transcript (`--record FILE`), written line by line as the session goes,
/// so that a session killed half way still leaves a valid transcript of what happened. The
/// files the session writes are copied beside it, in a folder named after the transcript.
public struct Recording {
    private let descriptor: Int32
    /// `transcripts/NAME/` for `transcripts/NAME.txt`.
    public let companion: Folder

    /// Starts a transcript with a header that pins what the session depends on. An answers
    /// file the session starts from is copied to `NAME/start.json`.
    public init(path: String, header: Transcript.Header, startAnswers: [UInt8]?, presetFile: [UInt8]? = nil) throws(Folder.Failure) {
        let base = Transcript.companionPath(of: path)
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
            header.startFrom = (base.split(separator: "/").last.map(String.init) ?? base) + "/start.json"
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Folder.Failure(errno: errno) }
        fchmod(descriptor, 0o600)
        append(header.written())
    }

    /// Mirrors what the session wrote in its folder; a failure here must not stop the session.
    public func mirror(answers: Answers, documents: Documents? = nil) {
        try? companion.write(AnswersFile.name, AnswersFile.encode(answers), mode: 0o600)
        for (name, contents) in documents?.files ?? [] {
            try? companion.write(name, Array(contents.utf8), mode: 0o644)
        }
    }

    /// Appends transcript lines as the session makes them.
    public func append(_ lines: [Transcript.Line]) {
        append(lines.map(Transcript.write))
    }

    private func append(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 {
                if written < 0, errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
