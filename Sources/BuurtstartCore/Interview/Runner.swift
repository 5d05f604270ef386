/// Where a conversation's effects land: the folder on disk for the shell, memory for replay and
/// tests. `Action` is what the conversation asks for, `Result` how it went.
public protocol ConversationStore {
    associatedtype Action
    associatedtype Result
    /// Carries out one effect and says how it went.
    mutating func perform(_ action: Action) -> Result
}

/// Where a founding session's effects land.
public protocol SessionStore: ConversationStore where Action == Effect, Result == Outcome {}

/// What a line reader gives the runner.
public enum Input: Sendable {
    case line(String)
    case endOfInput
    /// A signal that ends the program (SIGTERM, SIGHUP): stop as at the end of input.
    case terminated(Int32)
}

/// What one turn of a conversation produced: lines to show and effects to carry out, in that order.
public struct Turn<Action> {
    public var shown: [Shown] = []
    public var effects: [Action] = []

    public init(shown: [Shown] = [], effects: [Action] = []) {
        self.shown = shown
        self.effects = effects
    }

    mutating func say(_ message: Message, as kind: Shown.Kind = .text, prefix: String = "") {
        shown.append(Shown(message, as: kind, prefix: prefix))
    }
}

/// A conversation the runner drives: the founding session, and the intake of a new member. Each
/// is a value: an event in, what to show and what to do out.
public protocol Conversation {
    associatedtype Action
    associatedtype Result
    var language: Language { get }
    /// What the prompt before the next line says, nil once the conversation is over.
    var prompt: Prompt? { get }
    /// What Tab may complete to at this prompt.
    var completions: [String] { get }
    /// Whether the next line may be kept in the line editor's history.
    var keepsInHistory: Bool { get }
    mutating func typed(_ line: String) -> Turn<Action>
    /// Ctrl-D, the end of piped input, or a signal that ends the program.
    mutating func inputEnded() -> Turn<Action>
    mutating func carriedOut(_ action: Action, _ result: Result) -> Turn<Action>
    /// Whether the conversation is over (a prompt may still be set then).
    var isOver: Bool { get }
    /// How an action stands to the saves: only a save may wait for the next line's.
    func batching(_ action: Action) -> Batching
    /// The save of everything so far, for a save that waited; nil for a conversation that
    /// does not save as it goes.
    var saveNow: Action? { get }
}

/// How an action stands to a save that waits (see `ConversationRunner.inputWaiting`).
public enum Batching: Sendable {
    /// A save: a later one holds everything it would write, so it may wait.
    case save
    /// Writes what the saves would too (the finished answers with the documents): a save that
    /// waited is no longer owed.
    case coversSave
    /// Anything else: a save that waited is made first.
    case other
}

extension Conversation {
    /// A conversation that never batches: every action is carried out at once.
    public func batching(_ action: Action) -> Batching { .other }
    public var saveNow: Action? { nil }
}

extension Session: Conversation {
    public mutating func typed(_ line: String) -> Turn<Effect> { Turn(handle(.line(line))) }
    public mutating func inputEnded() -> Turn<Effect> { Turn(handle(.endOfInput)) }
    public mutating func carriedOut(_ action: Effect, _ result: Outcome) -> Turn<Effect> { Turn(handle(.outcome(action, result))) }
    public var isOver: Bool { ending != nil }
    public var saveNow: Effect? { .save(answers) }

    public func batching(_ action: Effect) -> Batching {
        switch action {
        case .save: .save
        // The finished answers go with the documents (and a failure saves them again).
        case .finish: .coversSave
        case .copy, .rescue: .other
        }
    }
}

extension Turn where Action == Effect {
    init(_ reply: Reply) { self.init(shown: reply.shown, effects: reply.effects) }
}

/// The runner of a founding session.
public typealias Runner<Store: SessionStore> = ConversationRunner<Session, Store>

extension ConversationRunner where C == Session {
    public init(context: SessionContext, saved: Answers?, store: Store) {
        let (session, reply) = Session.start(context: context, saved: saved)
        self.init(session, opening: Turn(reply), store: store)
    }

    /// Handles one event and every effect that follows from it; returns the lines to show.
    public mutating func handle(_ event: Event) -> [OutputLine] {
        switch event {
        case .line(let line): type(line)
        case .endOfInput: endInput()
        case .outcome(let effect, let outcome): carryOutOne(session.carriedOut(effect, outcome))
        }
    }
}

/// Runs a session for every front end (the terminal, a pipe, `--record`, replay and tests):
/// feeds it events, carries out the effects it asks for through a store, feeds back how they
/// went, and turns what it shows into words. A transcript of it is kept as it goes, so a
/// recorded session and its replay are the same text.
public struct ConversationRunner<C: Conversation, Store: ConversationStore> where Store.Action == C.Action, Store.Result == C.Result {
    public private(set) var session: C
    public var store: Store
    public private(set) var recorder = TranscriptRecorder()
    /// Called with each transcript line as it is made (`--record` writes them at once, so that
    /// a session killed half way still leaves a valid transcript).
    public var onTranscript: ([Transcript.Line]) -> Void = { _ in }
    private var pending: Turn<C.Action>?
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
    /// is always of the conversation's answers, and holding a copy of them would make the next
    /// answer copy the whole area.
    private var saveOwed = false

    /// `opening`: what the conversation says before its first prompt.
    public init(_ conversation: C, opening: Turn<C.Action>, store: Store) {
        session = conversation
        self.store = store
        pending = opening
    }

    private var language: Language { session.language }

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
        while !session.isOver, let prompt {
            // Before the program waits for the resident: the answers so far are saved.
            if saveOwed, inputWaiting?() != true { show(carryOutOwedSave(), false) }
            record { $0.prompt(prompt) }
            guard let input = read(prompt, wantsCompletions ? session.completions : [], session.keepsInHistory) else { return nil }
            switch input {
            case .line(let line):
                record { $0.typed(line) }
                show(type(line), false)
            case .endOfInput, .terminated:
                record { $0.typed(nil) }
                show(endInput(), true)
                if case .terminated(let signal) = input { return signal }
            }
        }
        return nil
    }

    /// Handles a typed line and every effect that follows from it; returns the lines to show.
    public mutating func type(_ line: String) -> [OutputLine] {
        shown = []
        return carryOut(session.typed(line))
    }

    /// Handles the end of input and every effect that follows from it.
    public mutating func endInput() -> [OutputLine] {
        shown = []
        return carryOut(session.inputEnded())
    }

    /// Shows the session's opening (a first `run` does this itself).
    public mutating func start() -> [OutputLine] {
        shown = []
        guard let start = pending else { return [] }
        pending = nil
        return carryOut(start)
    }

    fileprivate mutating func carryOutOne(_ reply: Turn<C.Action>) -> [OutputLine] {
        shown = []
        return carryOut(reply)
    }

    private mutating func carryOut(_ reply: Turn<C.Action>) -> [OutputLine] {
        let lines = effectsCarriedOut(reply)
        // Recorded once the effects are done: a transcript never shows more than has happened.
        record { $0.show(lines) }
        return lines
    }

    private mutating func effectsCarriedOut(_ reply: Turn<C.Action>) -> [OutputLine] {
        shown += reply.shown
        var lines = reply.shown.flatMap(words)
        for effect in reply.effects {
            switch session.batching(effect) {
            case .save:
                // A later save holds everything an earlier one would have written.
                saveOwed = !session.isOver && session.prompt != nil && inputWaiting?() == true
                if saveOwed { continue }
            case .coversSave:
                saveOwed = false
            case .other:
                lines += owedSaveCarriedOut()
            }
            lines += carriedOut(effect)
        }
        return lines
    }

    private mutating func carriedOut(_ effect: C.Action) -> [OutputLine] {
        effectsCarriedOut(session.carriedOut(effect, store.perform(effect)))
    }

    private mutating func owedSaveCarriedOut() -> [OutputLine] {
        guard saveOwed else { return [] }
        saveOwed = false
        return session.saveNow.map { carriedOut($0) } ?? []
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
