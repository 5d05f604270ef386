/// Where a session's effects land: the folder on disk for the shell, memory for replay and tests.
public protocol SessionStore {
    /// Carries out one effect and says how it went.
    mutating func perform(_ effect: Effect) -> Outcome
}

/// What a line reader gives the runner.
public enum Input: Sendable {
    case line(String)
    case endOfInput
    /// A signal that ends the program (SIGTERM, SIGHUP): stop as at the end of input.
    case terminated(Int32)
}

/// Runs a session for every front end (the terminal, a pipe, `--record`, replay and tests):
/// feeds it events, carries out the effects it asks for through a store, feeds back how they
/// went, and turns what it shows into words. A transcript of it is kept as it goes, so a
/// recorded session and its replay are the same text.
public struct Runner<Store: SessionStore> {
    public private(set) var session: Session
    public var store: Store
    public private(set) var recorder = TranscriptRecorder()
    /// Called with each transcript line as it is made (`--record` writes them at once, so that
    /// a session killed half way still leaves a valid transcript).
    public var onTranscript: ([Transcript.Line]) -> Void = { _ in }
    private var pending: Reply?
    /// What the last event showed, as message ids (for tests that ask which message was given).
    public private(set) var shown: [Shown] = []
    /// Whether the next line has arrived already (a pipe that holds more): a save can then wait
    /// for the answers after it, which hold this one's too. Nil, or false, makes every save at
    /// once. Saves are batched so, never delayed: before the program waits for a line, at the
    /// end and before any other effect, the waiting save is made. A kill then loses at most
    /// what it would lose of the lines still in the pipe: the answers not yet saved are those
    /// sent after them; a resident who types waits at every prompt, and each answer is saved.
    public var inputWaiting: (() -> Bool)?
    /// Whether `read` uses the completions (a line editor): working them out for every prompt
    /// of a pipe costs time in proportion to the area, for nothing.
    public var wantsCompletions = true
    /// A save waits for the next line's (see `inputWaiting`). Only the fact is kept: a save
    /// is always of the session's answers, and holding a copy of them would make the next
    /// answer copy the whole area.
    private var saveOwed = false

    public init(context: SessionContext, saved: Answers?, store: Store) {
        let (session, reply) = Session.start(context: context, saved: saved)
        self.session = session
        self.store = store
        pending = reply
    }

    private var language: Language { session.context.language }

    /// The prompt in words: `Label [default]: `.
    public var prompt: String? {
        session.prompt.map { language.text($0.label) + ($0.defaultAnswer.map { " [\($0)]" } ?? "") + ": " }
    }

    /// Runs until the session ends or `read` has nothing more. `show` gets what to print, and
    /// whether it answers the end of input (a pipe's goodbye goes to standard error). Returns
    /// the signal that ended the session, if one did.
    public mutating func run(read: (_ prompt: String, _ completions: [String], _ remember: Bool) -> Input?,
                             show: (_ lines: [OutputLine], _ atEnd: Bool) -> Void) -> Int32? {
        if pending != nil { show(start(), false) }
        // However the loop ends, a save that waited is made, and what it says shown.
        defer { if saveOwed { show(carryOutOwedSave(), true) } }
        while session.ending == nil, let prompt {
            // Before the program waits for the resident: the answers so far are saved.
            if saveOwed, inputWaiting?() != true { show(carryOutOwedSave(), false) }
            record { $0.prompt(prompt) }
            guard let input = read(prompt, wantsCompletions ? session.completions : [], session.keepsInHistory) else { return nil }
            switch input {
            case .line(let line):
                record { $0.typed(line) }
                show(handle(.line(line)), false)
            case .endOfInput, .terminated:
                record { $0.typed(nil) }
                show(handle(.endOfInput), true)
                if case .terminated(let signal) = input { return signal }
            }
        }
        return nil
    }

    /// Handles one event and every effect that follows from it; returns the lines to show.
    public mutating func handle(_ event: Event) -> [OutputLine] {
        shown = []
        return carryOut(session.handle(event))
    }

    /// Shows the session's opening (a first `run` does this itself).
    public mutating func start() -> [OutputLine] {
        shown = []
        guard let start = pending else { return [] }
        pending = nil
        return carryOut(start)
    }

    private mutating func carryOut(_ reply: Reply) -> [OutputLine] {
        let lines = effectsCarriedOut(reply)
        // Recorded once the effects are done: a transcript never shows more than has happened.
        record { $0.show(lines) }
        return lines
    }

    private mutating func effectsCarriedOut(_ reply: Reply) -> [OutputLine] {
        shown += reply.shown
        var lines = reply.shown.flatMap(words)
        for effect in reply.effects {
            switch effect {
            case .save:
                // A later save holds everything an earlier one would have written.
                saveOwed = session.ending == nil && session.prompt != nil && inputWaiting?() == true
                if saveOwed { continue }
            case .finish:
                // The finished answers go with the documents (and a failure saves them again).
                saveOwed = false
            case .copy, .rescue:
                lines += owedSaveCarriedOut()
            }
            lines += carriedOut(effect)
        }
        return lines
    }

    private mutating func carriedOut(_ effect: Effect) -> [OutputLine] {
        effectsCarriedOut(session.handle(.outcome(effect, store.perform(effect))))
    }

    private mutating func owedSaveCarriedOut() -> [OutputLine] {
        guard saveOwed else { return [] }
        saveOwed = false
        return carriedOut(.save(session.answers))
    }

    /// The save that waited, made now; what it says is recorded and returned to be shown.
    private mutating func carryOutOwedSave() -> [OutputLine] {
        let lines = owedSaveCarriedOut()
        record { $0.show(lines) }
        return lines
    }

    /// Adds lines to the transcript with one of the recorder's methods, and hands them on. The
    /// recorder is changed in place: a copy of the runner held across the call (a method on
    /// `self` taking the added lines) made each line copy the whole transcript so far.
    private mutating func record(_ add: (inout TranscriptRecorder) -> [Transcript.Line]) {
        let added = add(&recorder)
        onTranscript(added)
    }

    /// A shown line in words, the prefix before its first line.
    private func words(_ shown: Shown) -> [OutputLine] {
        TextInput.lines(shown.prefix + language.text(shown.message)).map { OutputLine(shown.kind, $0) }
    }
}

/// A store in memory, for replay and tests: keeps the last answers saved and the documents.
public struct MemoryStore: SessionStore {
    public private(set) var answers: Answers?
    public private(set) var documents: Documents?
    /// Paths a copy was saved to.
    public private(set) var copies: [String] = []
    /// Makes the next effects fail, for tests of what a session says then.
    public var failure: FileFault?

    public init() {}

    public mutating func perform(_ effect: Effect) -> Outcome {
        if let failure { return .failed(failure) }
        switch effect {
        case .save(let answers):
            self.answers = answers
        case .finish(let documents, let answers):
            self.documents = documents
            self.answers = answers
        case .copy(_, let path):
            copies.append(path)
            return .written(path)
        case .rescue:
            return .written("rescue.json")
        }
        return .done
    }
}
