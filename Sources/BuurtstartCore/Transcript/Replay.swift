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
    /// `otherGroups`: the set of groups the header names, as read.
    public static func run(_ transcript: Transcript, startAnswers: Answers?, preset: Preset? = nil, otherGroups: GroupSet? = nil) -> Result {
        let header = transcript.header
        var context = SessionContext(language: header.language, date: header.date, existingDocuments: header.existing,
                                     force: header.force, directory: header.directory,
                                     resumeCommand: SessionContext.resumeCommand(directory: header.directory))
        context.preset = preset
        context.otherGroups = otherGroups
        context.groupsFolder = header.groups
        if header.command == "lid", let group = startAnswers {
            return intake(transcript, group: group, otherGroups: otherGroups)
        }
        var runner = Runner(context: context, saved: startAnswers, store: MemoryStore())
        var typed = inputs(transcript)
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

    /// The typed lines and the end of input, in order.
    private static func inputs(_ transcript: Transcript) -> ArraySlice<Input> {
        transcript.lines.compactMap { line -> Input? in
            switch line {
            case .output: nil
            case .input(let text): .line(text)
            case .endOfInput: .endOfInput
            }
        }[...]
    }

    /// A member's intake for the group `start-from` names, from an empty register: the same
    /// runner, and the register it writes as the file to compare.
    private static func intake(_ transcript: Transcript, group: Answers, otherGroups: GroupSet?) -> Result {
        let header = transcript.header
        let context = IntakeContext(group: group, register: Register(), language: header.language, date: header.date,
                                    otherGroups: otherGroups, directory: header.directory)
        let (intake, opening) = Intake.start(context)
        var runner = ConversationRunner(intake, opening: opening, store: MemoryRegisterStore())
        var typed = inputs(transcript)
        _ = runner.run(read: { _, _, _ in typed.popFirst() }, show: { _, _ in })
        var files: Files = [:]
        if let register = runner.store.written { files[RegisterFile.name] = String(decoding: RegisterFile.encode(register), as: UTF8.self) }
        var produced = Transcript(header: header, lines: runner.recorder.lines)
        produced.header.lines = header.lines
        return Result(transcript: produced, files: files)
    }
}

/// A register in memory, for replay and tests: the register as last written.
public struct MemoryRegisterStore: ConversationStore {
    public private(set) var written: Register?
    /// Makes the next writing fail, for tests of what an intake says then.
    public var failure: FileFault?

    public init() {}

    public mutating func perform(_ action: IntakeEffect) -> Outcome {
        if let failure { return .failed(failure) }
        switch action {
        case .store(let register): written = register
        }
        return .done
    }
}
