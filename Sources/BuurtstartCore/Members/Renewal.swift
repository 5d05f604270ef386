/// How a renewed agreement ended.
public enum RenewalEnding: Hashable, Sendable {
    /// The member agreed to every changed line: the register has them on the current version.
    case renewed
    /// The member said no to a line and left: nothing of them is kept but a count.
    case left
    /// The member said no, and the admin keeps them for now: nothing changed.
    case unchanged
    /// Stopped before the end (stop, Ctrl-D, the end of input): nothing changed.
    case stopped
}

/// What a renewed agreement knows: the group as it is now, the register, and which member.
public struct RenewalContext: Sendable {
    public var group: Answers
    public var register: Register
    /// The member, by position in the register.
    public var member: Int
    public var language: Language
    public var date: CalendarDate
    /// The folder as messages name it, for the commands they print.
    public var directory: String

    public init(group: Answers, register: Register, member: Int, language: Language, date: CalendarDate, directory: String = ".") {
        self.group = group
        self.register = register
        self.member = member
        self.language = language
        self.date = date
        self.directory = directory
    }
}

/// `buurtstart lid --opnieuw NAAM` (`member --again NAME`): a member who agreed to an older
/// version goes through the checklist's lines that changed since, one yes or no each, on the
/// intake's engine (the same runner, commands and store). All yes: the register has them on the
/// current version. A no: they cannot stay under the new rules, and the admin may record their
/// leaving, which keeps no trace of them, as `--weg` does. Nothing is written before the end.
public struct Renewal: Conversation, Sendable {
    enum Mode: Hashable, Sendable {
        /// Asking the changed line at this position.
        case line(Int)
        /// A line was answered no: does the member leave now?
        case leave
        case storing(RenewalEnding)
        case ended(RenewalEnding)
    }

    public let context: RenewalContext
    public let since: AgreementSince
    var mode: Mode = .line(0)
    /// The answer to the separate chat group's line, when it is one of the changed lines.
    var chatGroup: Bool?

    public var language: Language { context.language }
    private var member: Member { context.register.members[context.member] }

    /// Starts the conversation: who, which versions, what changed, and the first line. Nil for
    /// a member who agreed to the current version already (`alreadyCurrent` says so).
    public static func start(_ context: RenewalContext) -> (Renewal, Turn<IntakeEffect>)? {
        let member = context.register.members[context.member]
        guard let since = AgreementSince(member, group: context.group) else { return nil }
        var renewal = Renewal(context: context, since: since)
        var turn = Turn<IntakeEffect>()
        turn.say(.renewal(.opening(name: member.name, firstName: member.firstName, version: since.version, current: since.current,
                                   lines: since.lines.count)))
        if let changes = since.changes {
            let widening = changes.filter(\.needsAgreementAgain)
            if widening.isEmpty {
                turn.say(.renewal(.notNeeded(name: member.firstName, version: since.version)))
            } else {
                turn.say(.renewal(.wideningChanges))
                for change in widening { turn.say(.changes(.change(change)), prefix: "- ") }
            }
            if since.noLineChanged { turn.say(.renewal(.noLineChanged(version: since.version))) }
        } else {
            turn.say(.renewal(.versionUnknown(version: since.version)), as: .warning)
        }
        renewal.ask(0, into: &turn)
        return (renewal, turn)
    }

    /// What to say when the member agreed to the current version already.
    public static func alreadyCurrent(_ context: RenewalContext) -> RenewalText {
        let member = context.register.members[context.member]
        return .alreadyCurrent(name: member.name, version: member.charterVersion)
    }

    public var ending: RenewalEnding? {
        if case .ended(let ending) = mode { return ending }
        return nil
    }

    public var isOver: Bool { ending != nil }

    public var prompt: Prompt? {
        switch mode {
        case .line(let index): Prompt(label: .member(.label(.checklist(index))), defaultAnswer: nil)
        case .leave: Prompt(label: .member(.label(.checklist(0))), defaultAnswer: nil)
        case .storing, .ended: nil
        }
    }

    // A yes or a no is nobody's personal data.
    public var keepsInHistory: Bool { true }

    public var completions: [String] {
        [CommandWord.help, .back, .stop, .yes, .no].map { $0.word(in: language) }
    }

    public mutating func typed(_ line: String) -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        guard !isOver else { return turn }
        if line.unicodeScalars.contains(where: TextInput.isHidden) {
            turn.say(.problem(.invisibleCharacters), as: .error)
            return turn
        }
        let input = TextInput.collapsingSpaces(line)
        switch Command(input, language: language) {
        case .help?:
            turn.say(.renewal(mode == .leave ? .leaveHelp(name: member.firstName) : .help(name: member.firstName)))
        case .stop?:
            stop(into: &turn)
        case .back?:
            switch mode {
            case .line(let index) where index > 0: ask(index - 1, into: &turn)
            case .leave: ask(since.lines.count - 1, into: &turn)
            default: turn.say(.firstQuestion, as: .warning)
            }
        case .yes?, .no?, nil:
            answer(input, into: &turn)
        case .some:
            turn.say(.commandNotHere(input), as: .warning)
        }
        return turn
    }

    public mutating func inputEnded() -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        stop(into: &turn)
        return turn
    }

    public mutating func carriedOut(_ action: IntakeEffect, _ result: Outcome) -> Turn<IntakeEffect> {
        var turn = Turn<IntakeEffect>()
        guard case .storing(let ending) = mode else { return turn }
        switch result {
        case .failed(let fault), .partlyDone(let fault):
            // The register is one file, never written in part: the last answer is asked again.
            turn.say(.renewal(.notStored(file: RegisterFile.name, fault: fault)), as: .error)
            if ending == .left { mode = .leave } else { ask(since.lines.count - 1, into: &turn) }
        case .done, .written:
            mode = .ended(ending)
            let (name, first, group) = (member.name, member.firstName, context.group.group.name)
            if ending == .renewed {
                turn.say(.renewal(.renewed(name: name, version: since.current, date: context.group.charter.date, file: RegisterFile.name)))
                turn.say(.renewal(.keepNewChecklist(name: first, version: since.current)))
            } else {
                turn.say(.member(.removedFromRegister(name: name, reason: .left)))
                turn.say(.member(.sendPrivately(name: first)))
                turn.say(.renewal(.goodbye(name: first, group: group, version: since.current)))
                turn.say(.member(.afterRemoval(name: first)))
            }
        }
        return turn
    }

    /// Shows the changed line at `index` and asks for a yes or a no.
    private mutating func ask(_ index: Int, into turn: inout Turn<IntakeEffect>) {
        mode = .line(index)
        Self.ask(since.lines[index], name: member.firstName, into: &turn)
    }

    private static func ask(_ line: ChecklistItem, name: String, into turn: inout Turn<IntakeEffect>) {
        turn.say(.member(.checklistLine(line)), prefix: "[ ] ")
        turn.say(.renewal(.question(name: name)))
    }

    private mutating func answer(_ input: String, into turn: inout Turn<IntakeEffect>) {
        let yes: Bool
        do throws(Problem) {
            if input.isEmpty { throw .choiceUnknown(input, options: [CommandWord.yes, .no].map { $0.word(in: language) }) }
            yes = try Kind.yesNo(input, language: language)
        } catch {
            return turn.say(.problem(error), as: .error)
        }
        switch mode {
        case .line(let index) where yes || since.lines[index].isOptional:
            // A no to a line that is not required (the chat group) is said, and the member stays.
            if !yes { turn.say(.renewal(.optionalDeclined(name: member.firstName, line: since.lines[index]))) }
            if case .chatGroupConsent = since.lines[index] { chatGroup = yes }
            if index + 1 < since.lines.count { return ask(index + 1, into: &turn) }
            var register = context.register
            register.members[context.member].charterVersion = since.current
            register.members[context.member].charterDate = context.group.charter.date
            if let chatGroup { register.members[context.member].chatGroup = chatGroup }
            mode = .storing(.renewed)
            turn.effects.append(.store(register))
        case .line(let index):
            turn.say(.renewal(.cannotStay(name: member.firstName, line: since.lines[index])), as: .error)
            mode = .leave
            turn.say(.renewal(.leaveQuestion(name: member.firstName)))
        case .leave where yes:
            var register = context.register
            register.members.remove(at: context.member)
            register.removed[.left, default: 0] += 1
            mode = .storing(.left)
            turn.effects.append(.store(register))
        case .leave:
            mode = .ended(.unchanged)
            turn.say(.renewal(.unchanged(name: member.firstName, version: since.version,
                                         again: MemberCommandLine.renew(context.register.pick(context.member), directory: context.directory, language: language),
                                         remove: MemberCommandLine.remove(context.register.pick(context.member), reason: .left, directory: context.directory, language: language))))
        case .storing, .ended:
            break
        }
    }

    private mutating func stop(into turn: inout Turn<IntakeEffect>) {
        switch mode {
        case .line, .leave:
            turn.say(.renewal(.stopped(again: MemberCommandLine.renew(context.register.pick(context.member), directory: context.directory, language: language))))
            mode = .ended(.stopped)
        case .storing, .ended:
            break
        }
    }
}
