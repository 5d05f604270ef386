/// Builds a session's transcript lines from what it shows and reads. The live recording and
/// replay both use it, so that a recorded session and its replay are the same text.
public struct TranscriptRecorder: Sendable {
    public private(set) var lines: [Transcript.Line] = []

    public init() {}

    /// Records shown lines and returns the lines it added.
    @discardableResult
    public mutating func show(_ lines: [OutputLine]) -> [Transcript.Line] {
        append(lines.map { .output($0.text) })
    }

    /// Records a prompt, on a line of its own, before the program reads: a session killed
    /// while it waits still has its last prompt in the transcript.
    @discardableResult
    public mutating func prompt(_ prompt: String) -> [Transcript.Line] {
        append([.output(prompt)])
    }

    /// Records what was typed at the prompt; nil for the end of input.
    @discardableResult
    public mutating func typed(_ typed: String?) -> [Transcript.Line] {
        append([typed.map(Transcript.Line.input) ?? .endOfInput])
    }

    private mutating func append(_ new: [Transcript.Line]) -> [Transcript.Line] {
        // Trailing spaces (after a prompt) are not kept: editors drop them.
        let new = new.map { line in
            if case .output(let text) = line { return Transcript.Line.output(text.trimmingTrailingSpaces) }
            return line
        }
        lines += new
        return new
    }
}

/// Replays a transcript through the engine, in-process: no terminal, no sleeps.
public enum Replay {
    /// The files a session leaves in its folder, by name.
    public typealias Files = [String: String]

    public struct Result: Sendable {
        /// The transcript this program produces now, under the original header.
        public let transcript: Transcript
        /// `buurtstart.json` as last saved, and the documents if they were written.
        public let files: Files
    }

    /// Feeds the transcript's typed lines to a new session set up from its header, through
    /// the same runner as a live session, with a store in memory.
    public static func run(_ transcript: Transcript, startAnswers: Answers?, preset: Preset? = nil) -> Result {
        let header = transcript.header
        var context = SessionContext(language: header.language, date: header.date, existingDocuments: header.existing,
                                     force: header.force, directory: header.directory,
                                     resumeCommand: SessionContext.resumeCommand(directory: header.directory))
        context.preset = preset
        var runner = Runner(context: context, saved: startAnswers, store: MemoryStore())
        var typed = transcript.lines.compactMap { line -> Input? in
            switch line {
            case .output: nil
            case .input(let text): .line(text)
            case .endOfInput: .endOfInput
            }
        }[...]
        _ = runner.run(read: { _, _, _ in typed.popFirst() }, show: { _, _ in })
        var files: Files = [:]
        if let documents = runner.store.documents {
            for (name, contents) in documents.files { files[name] = contents }
        }
        if let answers = runner.store.answers { files[AnswersFile.name] = String(decoding: AnswersFile.encode(answers), as: UTF8.self) }
        var produced = Transcript(header: header, lines: runner.recorder.lines)
        produced.header.lines = header.lines
        return Result(transcript: produced, files: files)
    }
}

/// The first place where two texts differ, shown as a unified diff with context.
public struct TextDifference: Equatable, Sendable {
    /// The first differing line, counted from 1 in the expected text.
    public let line: Int
    /// A unified diff hunk around it.
    public let diff: String

    /// Compares line by line, byte for byte (an accent written as a separate mark differs);
    /// nil when equal.
    public static func between(expected: String, actual: String, expectedName: String, actualName: String,
                               context: Int = 3) -> TextDifference? {
        guard !expected.utf8.elementsEqual(actual.utf8) else { return nil }
        let old = TextInput.lines(expected)
        let new = TextInput.lines(actual)
        func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
        var first = 0
        while first < old.count, first < new.count, same(old[first], new[first]) { first += 1 }
        // Trim the common tail, so that the hunk shows only what changed.
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > first, newEnd > first, same(old[oldEnd - 1], new[newEnd - 1]) { oldEnd -= 1; newEnd -= 1 }
        let shownOld = min(oldEnd, first + 8), shownNew = min(newEnd, first + 8)
        let start = max(0, first - context)
        let oldStop = min(old.count, shownOld + context), newStop = min(new.count, shownNew + context)
        var lines = ["--- \(expectedName)", "+++ \(actualName)",
                     "@@ -\(start + 1),\(oldStop - start) +\(start + 1),\(newStop - start) @@"]
        lines += old[start..<first].map { " " + $0 }
        lines += old[first..<shownOld].map { "-" + $0 }
        if shownOld < oldEnd { lines.append("-… (\(oldEnd - shownOld) more)") }
        lines += new[first..<shownNew].map { "+" + $0 }
        if shownNew < newEnd { lines.append("+… (\(newEnd - shownNew) more)") }
        if oldEnd - shownOld == 0, newEnd - shownNew == 0 {
            lines += old[oldEnd..<min(old.count, oldEnd + context)].map { " " + $0 }
        }
        return TextDifference(line: first + 1, diff: lines.joined(separator: "\n"))
    }
}
