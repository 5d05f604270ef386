/// What an intake asks the world to do.
public enum IntakeEffect: Sendable {
    /// Write the register, with the new member in it: all of it or nothing.
    case store(Register)
}

/// How an intake ended.
public enum IntakeEnding: Hashable, Sendable {
    /// The member is in the register.
    case added
    /// The member cannot be added; nothing was stored.
    case refused(IntakeRefusal)
    /// Stopped before `klaar` (stop, Ctrl-D, the end of input): nothing was stored.
    case stopped
}

/// The intake of a new member, for an admin with a sign-up in hand: the same kind of value as the
/// founding session (a line in, what to show and what to do out), run by the same runner with the
/// same commands (`?`, `terug`, `overzicht`, `stop`, `klaar`). Its questions are declared in
/// `IntakeQuestion.all`. Nothing is stored before `klaar`, and nothing of a refused member.
public struct Intake: Conversation, Sendable {
    enum Mode: Hashable, Sendable {
        case asking(IntakeStep)
        case storing
        case ended(IntakeEnding)
    }

    public let context: IntakeContext
    let questions: [IntakeQuestion]
    public internal(set) var answers = IntakeAnswers()
    var mode: Mode = .asking(.signUp)
    /// Questions asked before the current one, for `terug`.
    var trail: [IntakeStep] = []
    /// The questions answered, for the summary.
    var answered: Set<IntakeStep> = []

    public var language: Language { context.language }

    /// Starts an intake: says what it is for, and asks the first question.
    public static func start(_ context: IntakeContext) -> (Intake, Turn<IntakeEffect>) {
        var intake = Intake(context: context, questions: IntakeQuestion.all(context))
        var turn = Turn<IntakeEffect>()
        turn.say(.member(.opening(group: context.group.group.name, version: context.group.charter.version, members: context.register.members.count)))
        intake.enter(.signUp, into: &turn)
        return (intake, turn)
    }

    public var ending: IntakeEnding? {
        if case .ended(let ending) = mode { return ending }
        return nil
    }

    public var isOver: Bool { ending != nil }

    public var currentStep: IntakeStep? {
        if case .asking(let step) = mode { return step }
        return nil
    }

    private func question(_ step: IntakeStep) -> IntakeQuestion { questions.first { $0.step == step }! }

    public var prompt: Prompt? {
        guard case .asking(let step) = mode else { return nil }
        let defaultAnswer: String? = switch question(step).kind {
        case .choice(_, let get, _): String(get(answers) + 1)
        case .text(let path, _): answers[keyPath: path].isEmpty ? nil : answers[keyPath: path]
        case .yesNo, .summary: nil
        }
        return Prompt(label: .member(.label(step)), defaultAnswer: defaultAnswer)
    }

    public var keepsInHistory: Bool {
        guard case .asking(let step) = mode else { return true }
        return !question(step).personal
    }

    public var completions: [String] {
        guard case .asking(let step) = mode else { return [] }
        let commands = [CommandWord.help, .back, .review, .stop].map { $0.word(in: language) }
        switch question(step).kind {
        case .choice(let options, _, _):
            // An option is typed by its number or its words (an admin's name): Tab offers the one-word ones.
            let words = options.map { language.text(.member($0)) }.filter { !$0.contains(" ") }
            return commands + options.indices.map { String($0 + 1) } + words
        case .yesNo: return commands + [CommandWord.yes, .no].map { $0.word(in: language) }
        case .summary: return commands + [CommandWord.done.word(in: language)]
        case .text: return commands
        }
    }

    public mutating func typed(_ line: String) -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        guard case .asking(let step) = mode else { return turn }
        // As in the session: no answer or command ever carries a control character.
        if line.unicodeScalars.contains(where: TextInput.isHidden) {
            turn.say(.problem(.invisibleCharacters), as: .error)
            return turn
        }
        let input = TextInput.collapsingSpaces(line)
        if !command(input, at: step, into: &turn) { answer(input, to: step, into: &turn) }
        return turn
    }

    public mutating func inputEnded() -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        stop(into: &turn)
        return turn
    }

    public mutating func carriedOut(_ action: IntakeEffect, _ result: Outcome) -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        switch result {
        case .failed(let fault), .partlyDone(let fault):
            // Nothing was stored (the register is one file, never a set in part): back to the
            // summary, every answer kept.
            turn.say(.member(.notStored(file: RegisterFile.name, fault: fault)), as: .error)
            mode = .asking(.summary)
        case .done, .written:
            mode = .ended(.added)
            nextSteps(into: &turn)
        }
        return turn
    }
}

// MARK: - Commands and questions

extension Intake {
    /// Carries out `input` when it is a command that works here; false when it is an answer.
    private mutating func command(_ input: String, at step: IntakeStep, into turn: inout Turn<IntakeEffect>) -> Bool {
        guard let command = Command(input, language: language) else { return false }
        switch command {
        case .help:
            if case .checklist(let index) = step, context.checklist[index].isOptional {
                turn.say(.member(.optionalLineHelp(name: answers.firstName)))
            } else {
                turn.say(.member(.help(step, words)))
            }
            turn.say(.commandsHeading)
            for word in [CommandWord.help, .back, .review, .stop] {
                let typed = word == .help ? "?" : word.word(in: language)
                turn.say(.member(.commandHelp(word)), prefix: "  " + typed + String(repeating: " ", count: max(1, 12 - typed.count)))
            }
        case .stop:
            stop(into: &turn)
        case .back:
            guard let previous = trail.popLast() else {
                turn.say(.firstQuestion, as: .warning)
                return true
            }
            enter(previous, into: &turn, remember: false)
        case .review:
            summary(into: &turn)
            enter(step, into: &turn, remember: false)
        case .done where step == .summary:
            store(into: &turn)
        case .yes, .no:
            return false
        default:
            turn.say(.commandNotHere(input), as: .warning)
        }
        return true
    }

    /// The words the questions name the member and the group's rules with.
    var words: IntakeWords {
        IntakeWords(name: answers.firstName, minimumAge: context.minimumAge, worksToo: context.worksToo)
    }

    /// Asks `step`: the question, its options, or the checklist's line.
    private mutating func enter(_ step: IntakeStep, into turn: inout Turn<IntakeEffect>, remember: Bool = true) {
        if remember, case .asking(let current) = mode, current != step { trail.append(current) }
        mode = .asking(step)
        let question = question(step)
        if case .choice(let options, _, _) = question.kind, options.count < 2 {
            // One admin adds every member: nothing to ask.
            return advance(from: step, into: &turn)
        }
        switch question.kind {
        case .summary:
            summary(into: &turn)
            turn.say(.member(.summaryHint(name: answers.firstName)))
        case .choice(let options, _, _):
            turn.say(.member(.question(step, words)))
            for (index, option) in options.enumerated() { turn.say(.member(option), prefix: "  \(index + 1). ") }
        case .yesNo where { if case .checklist = step { true } else { false } }():
            if case .checklist(let index) = step {
                turn.say(.member(.checklistLine(context.checklist[index])), prefix: "[ ] ")
            }
            turn.say(.member(.question(step, words)))
        case .yesNo, .text:
            turn.say(.member(.question(step, words)))
        }
    }

    private mutating func advance(from step: IntakeStep, into turn: inout Turn<IntakeEffect>) {
        let index = questions.firstIndex { $0.step == step }!
        let next = questions[(index + 1)...].first { $0.askedWhen(answers) }?.step ?? .summary
        enter(next, into: &turn)
    }

    private mutating func answer(_ input: String, to step: IntakeStep, into turn: inout Turn<IntakeEffect>) {
        do throws(IntakeProblem) {
            switch question(step).kind {
            case .summary:
                return turn.say(.member(.summaryHint(name: answers.firstName)))
            case .choice(let options, _, let set):
                if !input.isEmpty {
                    // By number, or by the option's own words (an admin's name), case ignored.
                    let named = options.firstIndex { language.text(.member($0)).lowercased() == input.lowercased() }.map { $0 + 1 }
                    guard let number = named ?? Int(input), (1...options.count).contains(number) else {
                        throw .problem(.choiceUnknown(input, options: options.indices.map { String($0 + 1) }))
                    }
                    if step == .residence, number == options.count { throw .refused(.notInArea, warnings: []) }
                    set(&answers, number - 1)
                }
            case .text(let path, let read):
                let typed = input.isEmpty ? answers[keyPath: path] : input
                let accepted = try read(typed, answers)
                answers[keyPath: path] = accepted.value
                for warning in accepted.warnings { turn.say(.member(warning), as: .warning) }
            case .yesNo(let path, let refusal):
                let yes: Bool
                do throws(Problem) {
                    if input.isEmpty { throw .choiceUnknown(input, options: [CommandWord.yes, .no].map { $0.word(in: language) }) }
                    yes = try Kind.yesNo(input, language: language)
                } catch { throw .problem(error) }
                answers[keyPath: path] = yes
                if !yes, let refusal { throw .refused(refusal, warnings: []) }
            }
            answered.insert(step)
            advance(from: step, into: &turn)
        } catch {
            switch error {
            case .problem(let problem): turn.say(.problem(problem), as: .error)
            case .said(let said): turn.say(.member(said), as: .error)
            case .refused(let refusal, let warnings): refuse(refusal, saying: warnings, into: &turn)
            }
        }
    }

    /// The member cannot be added: why, what to tell them, and what to do with the paper.
    private mutating func refuse(_ refusal: IntakeRefusal, saying said: [MemberText], into turn: inout Turn<IntakeEffect>) {
        for text in said { turn.say(.member(text), as: .warning) }
        turn.say(.member(.refused(refusal, words)), as: .error)
        turn.say(.member(.nothingStored(answers.signedUp)))
        mode = .ended(.refused(refusal))
    }

    private mutating func stop(into turn: inout Turn<IntakeEffect>) {
        guard case .asking = mode else { return }
        turn.say(.member(.stopped(answers.signedUp)))
        mode = .ended(.stopped)
    }

    /// The answers so far, as the summary shows them.
    private func summary(into turn: inout Turn<IntakeEffect>) {
        turn.say(.member(.summaryHeading), as: .heading)
        for line in IntakeSummary.lines(answers, answered: answered, context: context, admin: admin) {
            turn.say(.member(.summaryLine(line)), prefix: "  ")
        }
    }

    /// `klaar`: the register with the new member, written all at once.
    private mutating func store(into turn: inout Turn<IntakeEffect>) {
        var register = context.register
        register.members.append(member)
        mode = .storing
        turn.effects.append(.store(register))
    }

    /// The first name of the admin who adds the member.
    private var admin: String {
        let admins = context.group.admins.people
        return admins.indices.contains(answers.admin) ? admins[answers.admin].firstName : ""
    }

    /// The member these answers make.
    var member: Member {
        Member(name: answers.name, address: answers.address, postcode: answers.postcode.isEmpty ? nil : answers.postcode, phone: answers.phone, livesOrWorks: answers.livesOrWorks,
               signedUp: answers.signedUp, ageAtLeast: answers.ageAtLeast(context.minimumAge),
               parent: answers.over16 ? nil : answers.parent, rulesTogether: answers.rulesTogether,
               chatGroup: context.checklist.firstIndex { if case .chatGroupConsent = $0 { true } else { false } }.map { answers.ticked.contains($0) },
               charterVersion: context.group.charter.version, charterDate: context.group.charter.date,
               added: context.date.description, addedBy: admin)
    }

    /// Once stored: add the number in WhatsApp, the welcome to paste, what to do with the paper.
    private func nextSteps(into turn: inout Turn<IntakeEffect>) {
        let name = answers.firstName
        turn.say(.member(.stored(name: name, file: RegisterFile.name, count: context.register.members.count + 1)))
        turn.say(.blank)
        turn.say(.member(.nextStepsHeading), as: .heading)
        turn.say(.member(.addInWhatsApp(name: name, phone: answers.phone)), prefix: "1. ")
        turn.say(.member(.pasteWelcome(name: name)), prefix: "2. ")
        turn.say(.blank)
        turn.say(.member(.welcome(name: name, groupWelcome: WhatsAppRenderer.welcome(context.group, language: language))))
        turn.say(.blank)
        turn.say(.member(.keepPaper(answers.signedUp, name: name)), prefix: "3. ")
        if !answers.rulesTogether { turn.say(.member(.goThroughRules(name: name)), prefix: "4. ") }
    }
}

/// What the questions say about the member and the group.
public struct IntakeWords: Hashable, Sendable {
    public let name: String
    public let minimumAge: Int
    public let worksToo: Bool
}
