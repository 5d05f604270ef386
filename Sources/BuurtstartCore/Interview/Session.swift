/// A guided session as a value: `handle(event)` takes a typed line, the end of input or the
/// outcome of an effect, and returns what to show and what to do. It keeps navigation and
/// commands; what each question is, is declared in `Question.all`.
public struct Session: Sendable {
    indirect enum Mode: Hashable, Sendable {
        case asking(QuestionID)
        case confirming(Confirmation)
        /// `opslaan`: waiting for the path of the copy, then back to `returnTo`.
        case savePath(returnTo: Mode)
        /// Waiting for the answers to be saved before saying goodbye.
        case stopping(returnTo: Mode, endOfInput: Bool)
        /// Waiting for the documents to be written.
        case finishing
        case ended(Ending)
    }

    public internal(set) var answers: Answers {
        // Noted, so that `handle` can tell a change without keeping a copy: a copy held across
        // an answer made each added street copy the whole area. No `oldValue`, so the answers
        // are still changed in place.
        didSet { answersChanged = true }
    }
    /// Whether the answers were set since `handle` began.
    private var answersChanged = false
    var mode: Mode
    public let context: SessionContext
    /// Questions asked before the current one, for `terug`.
    var trail: [QuestionID] = []
    /// After `wijzig N`: the end of that step returns to the review.
    var returnToReview = false
    /// Set once the review has been shown: from then on `wijzig N` may be used anywhere.
    var reviewReached: Bool
    /// The furthest step answers were given in, for the overview.
    var furthestStep: Step
    /// The step whose heading was shown last, so each step is announced once when entered.
    var shownStep: Step?
    /// The answers as loaded from a finished file, to tell whether the charter changed.
    let loadedFinished: Answers?
    /// The charter version last written, from the saved file (finished or changed since).
    let writtenVersion: Int
    /// The answers just before `klaar`, to return to if writing the documents fails.
    var beforeFinish: Answers?
    /// The answer refused last, and at which question: typed again there, a municipality not
    /// on CBS's list is kept.
    var refused: (question: QuestionID, input: String)?
    /// Started without saved answers, and whether a line has been typed since.
    let startedNew: Bool
    var lineTyped = false

    public var language: Language { context.language }

    /// Starts a session: from nothing, or from answers saved earlier.
    public static func start(context: SessionContext, saved: Answers? = nil) -> (Session, Reply) {
        var session = Session(context: context, saved: saved)
        var reply = Reply()
        switch saved?.status {
        case .unfinished?:
            if let finished = saved?.lastFinished {
                reply.say(.resumeChange(groupName: finished.group.name, version: finished.charter.version))
            } else {
                reply.say(.resumeUnfinished(groupName: saved?.group.name ?? ""))
            }
        case .finished?: reply.say(.resumeFinished(groupName: saved?.group.name ?? "", version: saved?.charter.version ?? 0))
        case nil:
            reply.say(.welcome)
            if let basedOn = session.answers.basedOn { reply.say(.presetWelcome(basedOn)) }
        }
        if let others = context.otherGroups, others.groups.isEmpty {
            // Said, or the founder would take silence for "no group here".
            reply.say(.groupsNone(folder: TextInput.visible(context.groupsFolder ?? "")), as: .warning)
        }
        if saved == nil { session.enter(.municipality, into: &reply) }
        return (session, reply)
    }

    private init(context: SessionContext, saved: Answers?) {
        self.context = context
        answers = saved ?? context.preset?.startingAnswers(language: context.language) ?? Answers()
        answers.language = context.language.rawValue
        if let groups = context.groupsFolder { answers.groups = groups }
        startedNew = saved == nil
        loadedFinished = saved?.status == .finished ? saved : nil
        writtenVersion = saved?.charter.version ?? 0
        // A file written once has seen the review, also while a change to it is unfinished.
        reviewReached = saved?.status == .finished || writtenVersion > 0
        furthestStep = saved?.position?.step ?? .group
        switch saved?.status {
        case nil: mode = .asking(.municipality)
        case .unfinished?: mode = .confirming(.resumeUnfinished)
        case .finished?: mode = .confirming(.reopenFinished)
        }
    }

    /// Whether the session is over, and how.
    public var ending: Ending? {
        if case .ended(let ending) = mode { return ending }
        return nil
    }

    /// The question being asked, if any.
    public var currentQuestion: QuestionID? {
        if case .asking(let question) = mode { return question }
        return nil
    }

    /// What the prompt before the next line says, nil once the session is over.
    public var prompt: Prompt? {
        switch mode {
        case .asking(let question):
            Prompt(label: .label(question), defaultAnswer: question.question.kind.defaultAnswer(answers, language: language))
        case .confirming(let confirmation):
            Prompt(label: .yesNoLabel, defaultAnswer: (confirmation.enterMeansYes ? CommandWord.yes : .no).word(in: language))
        case .savePath: Prompt(label: .savePathLabel, defaultAnswer: nil)
        case .stopping, .finishing, .ended: nil
        }
    }

    /// Whether the next line may be kept in the line editor's history: not when it holds a
    /// name or a phone number.
    public var keepsInHistory: Bool {
        guard case .asking(let question) = mode else { return true }
        return !question.question.personal
    }

    /// What Tab may complete to at this prompt: the commands that work here and what the
    /// question's kind offers.
    public var completions: [String] {
        guard case .asking(let question) = mode else {
            let walk: [CommandWord] = if case .confirming(let confirmation) = mode, confirmation.heldBack != nil { [.back, .review, .save] } else { [] }
            return prompt == nil ? [] : ([CommandWord.yes, .no, .help, .stop] + walk).map { $0.word(in: language) }
        }
        var words = [CommandWord.help, .back, .review, .stop, .save].map { $0.word(in: language) }
        if reviewReached { words += Step.allCases.map { "\(CommandWord.change.word(in: language)) \($0.rawValue)" } }
        return words + question.question.kind.completions(answers, language: language)
    }

    /// Handles one event.
    public mutating func handle(_ event: Event) -> Reply {
        // Only finished answers need their earlier state: a change to them starts a new version.
        let finished = answers.status == .finished ? answers : nil
        answersChanged = false
        var reply = Reply()
        switch event {
        case .outcome(let effect, let outcome):
            settle(effect, outcome, into: &reply)
            return reply
        case .endOfInput:
            stop(endOfInput: true, into: &reply)
            return reply
        case .line(let line):
            lineTyped = true
            // Checked once, here: no answer, command or message ever carries a control character.
            if prompt != nil, TextInput.firstHidden(in: line) != nil {
                reply.say(.problem(.invisibleCharacters), as: .error)
                return reply
            }
            let input = TextInput.collapsingSpaces(line)
            switch mode {
            case .confirming(let confirmation): confirm(confirmation, input, into: &reply)
            case .savePath(let back): savePath(input, back: back, into: &reply)
            case .asking(let question):
                if !command(input, at: question, into: &reply) { answer(input, to: question, into: &reply) }
            case .stopping, .finishing, .ended: return reply
            }
        }
        if reply.documents == nil, let finished, answers.status == .finished, answers.content != finished.content {
            // A changed answer makes the written documents out of date: save it, and let the
            // next start offer to continue. The finished version is kept for the commands
            // that need one until the next is finished.
            answers.status = .unfinished
            answers.startChange(from: finished)
        }
        if reply.saved == nil, answersChanged, answers != finished, answers.status == .unfinished {
            reply.effects.append(.save(answers))
        }
        return reply
    }
}

// MARK: - Commands and navigation

extension Session {
    /// Carries out `input` when it is a command that works here; false when it is an answer.
    mutating func command(_ input: String, at question: QuestionID, into reply: inout Reply) -> Bool {
        guard let command = Command(input, language: language) else { return false }
        let kind = question.question.kind
        switch command {
        case .help:
            reply.say(.help(question))
            commandsHelp(into: &reply)
        case .stop:
            stop(endOfInput: false, into: &reply)
        case .save:
            mode = .savePath(returnTo: mode)
            reply.say(.savePathQuestion)
        case .back:
            guard let previous = trail.popLast() else {
                reply.say(.firstQuestion, as: .warning)
                return true
            }
            if previous.step == .review || question.step == .review {
                // From the review back into a step changed with `wijzig`: answering it returns
                // to the review, as it did the first time, rather than walking every later step.
                returnToReview = question.step == .review && previous.step != .review && trail.contains { $0.step == .review }
            }
            enter(previous, into: &reply, remember: false)
        case .review:
            reply.say(.reviewHeading)
            summary(into: &reply)
            // At the overlap or own-agreement question, that question again; elsewhere the question's prompt.
            if case .confirming(let confirmation) = mode, let held = confirmation.heldBack {
                reply.say(held.ask)
            } else {
                enter(question, into: &reply, remember: false, announce: false)
            }
        case .change(let number):
            guard reviewReached else {
                reply.say(.changeNotYet, as: .error)
                return true
            }
            guard let step = Int(number).flatMap(Step.init(rawValue:)) else {
                reply.say(.problem(.stepUnknown(number)), as: .error)
                return true
            }
            returnToReview = step != .review
            enter(step.firstQuestion, into: &reply)
        case .needsNumber(let word):
            reply.say(.needsNumber(word), as: .error)
        case .list, .remove, .done:
            switch (kind, command) {
            case (.list(let list), .list): show(list, into: &reply)
            case (.list(let list), .remove(let number)): remove(number, from: list, into: &reply)
            case (.list, .done), (.agreements, .done): answer("", to: question, into: &reply)
            case (.review, .done): finishOrConfirm(into: &reply)
            case (.agreements, .list): return false
            default: reply.say(.commandNotHere(input), as: .warning)
            }
        case .all, .none, .recommended, .yes, .no:
            return false
        }
        return true
    }

    /// Asks `question`: shows the step heading when the step changes, the question, its options
    /// and the list collected so far. A question the answers are not whole for yet sends the
    /// walk back to the list that makes them whole.
    mutating func enter(_ question: QuestionID, into reply: inout Reply, remember: Bool = true, announce: Bool = true) {
        if let (problem, fix) = incomplete(before: question) {
            reply.say(.problem(problem), as: .error)
            return enter(fix, into: &reply, remember: remember)
        }
        if remember, case .asking(let current) = mode, current != question, trail.last != current,
           !current.question.isFollowUp {
            trail.append(current)
        }
        if case .choice(let choice) = question.question.kind, choice.options(answers).count < 2, question != .review {
            // Nothing to choose: take the only option and say so, or pass by.
            if choice.options(answers).count == 1 {
                choice.set(&answers, 0)
                if let said = choice.onlyOption { reply.say(said(answers)) }
            }
            return advance(from: question, into: &reply)
        }
        mode = .asking(question)
        answers.position = question.question.isFollowUp ? question.question.list : question
        if question == .review { reviewReached = true; returnToReview = false }
        furthestStep = max(furthestStep, question.step)
        guard announce else { return }
        if shownStep != question.step || question == .review {
            shownStep = question.step
            reply.say(.blank)
            reply.say(.stepHeading(question.step), as: .heading)
            reply.say(.stepWhy(question.step))
        }
        switch question.question.kind {
        case .review:
            summary(into: &reply)
            reply.say(.reviewHint)
        case .followUp(let followUp):
            reply.say(followUp.question(answers))
        case .choice(let choice):
            reply.say(.question(question))
            for (index, option) in choice.options(answers).enumerated() { reply.say(.option(option), prefix: "  \(index + 1). ") }
        case .agreements:
            reply.say(.question(question))
            agreementList(into: &reply)
        case .list(let list):
            reply.say(.question(question))
            if !list.entries(answers).isEmpty { show(list, into: &reply) }
        case .text, .municipality, .number, .yesNo:
            reply.say(.question(question))
        }
    }

    /// The first list before `question` that leaves the answers incomplete, with the problem.
    private func incomplete(before question: QuestionID) -> (Problem, QuestionID)? {
        for earlier in Question.all.prefix(while: { $0.id != question }) {
            if case .list(let list) = earlier.kind, let found = list.incomplete(answers) { return found }
        }
        return nil
    }

    /// Moves on from `question` to the next one, or back to the review after `wijzig`.
    mutating func advance(from question: QuestionID, into reply: inout Reply) {
        var next = question.question.next(in: answers)
        if returnToReview, next.step != question.step { next = .review }
        enter(next, into: &reply)
    }

    // MARK: - Lists

    private func show(_ list: ListAnswer, into reply: inout Reply) {
        let entries = list.entries(answers)
        guard !entries.isEmpty else { return reply.say(.listEmpty) }
        reply.say(.currentList)
        for (index, entry) in entries.enumerated() { reply.say(.entry(entry), prefix: "  \(index + 1). ") }
    }

    private mutating func remove(_ typed: String, from list: ListAnswer, into reply: inout Reply) {
        let entries = list.entries(answers)
        guard let number = Int(typed), number >= 1, number <= entries.count else {
            return reply.say(.problem(.positionUnknown(typed, count: entries.count)), as: .error)
        }
        list.remove(&answers, number - 1)
        reply.say(.removed(entries[number - 1]))
    }

    // MARK: - Answers

    private mutating func answer(_ input: String, to question: QuestionID, into reply: inout Reply) {
        let kind = question.question.kind
        do throws(Problem) {
            switch kind {
            case .agreements where !input.isEmpty:
                return try chooseAgreements(input, into: &reply)
            case .review:
                return reply.say(.reviewHint)
            default:
                break
            }
            let again = refused?.question == question ? refused?.input : nil
            refused = nil
            switch try kind.read(input, into: &answers, language: language, refused: again) {
            case .answered(let warning):
                if let warning { reply.say(warning, as: .warning) }
                if case .list(let list) = kind, let (problem, fix) = list.incomplete(answers) {
                    reply.say(.problem(problem), as: .error)
                    return enter(fix, into: &reply)
                }
                advance(from: question, into: &reply)
            case .added(let entry):
                // The entry just added (the last of its list) is taken out again while it is held back.
                if let part = entry.areaPart, let overlaps = context.otherGroups?.overlaps(of: part), !overlaps.isEmpty {
                    // Held back until the founder chooses: a stop now saves the list without it.
                    if case .list(let list) = kind { list.remove(&answers, list.entries(answers).count - 1) }
                    return askToKeep(PendingOverlap(question: question, part: part, overlaps: overlaps), into: &reply)
                }
                if case .custom(let text) = entry, case let doubts = answers.agreements.doubts(about: text), !doubts.isEmpty {
                    // Held back like an overlap: printed for every letterbox only once the founder says so.
                    if case .list(let list) = kind { list.remove(&answers, list.entries(answers).count - 1) }
                    return askToKeep(PendingOwnAgreement(text: text, doubts: doubts), into: &reply)
                }
                guard case .list(let list) = kind, let followUp = list.followUp else { return reply.say(.added(entry)) }
                enter(followUp, into: &reply, remember: false)
            case .completed(let entry):
                if let entry { reply.say(.added(entry)) }
                enter(question.question.list, into: &reply, remember: false, announce: false)
            }
        } catch {
            refused = (question, input)
            reply.say(.problem(error), as: .error)
        }
    }
}
