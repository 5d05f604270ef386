/// What a session needs from outside, passed in so that the core never reads the clock,
/// the environment or the disk.
public struct SessionContext: Sendable {
    public var language: Language
    /// The date to put on the charter.
    public var date: CalendarDate
    /// Documents that already exist in the folder; writing them again needs a yes.
    public var existingDocuments: [String]
    /// Overwrite existing documents without asking (`--force`).
    public var force: Bool
    /// The folder, as the user should see it in messages.
    public var directory: String
    /// The command that continues a stopped session, shown when it stops.
    public var resumeCommand: String
    /// The advice a new session starts from (`--preset`).
    public var preset: Preset?
    /// The conversation's texts: the language's table, unless a test replaces one.
    public var catalogue: @Sendable (Message) -> String

    public init(language: Language = .dutch, date: CalendarDate, existingDocuments: [String] = [],
                force: Bool = false, directory: String = ".", resumeCommand: String = "buurtstart") {
        self.language = language
        self.date = date
        self.existingDocuments = existingDocuments
        self.force = force
        self.directory = directory
        self.resumeCommand = resumeCommand
        self.catalogue = { language.text($0) }
    }

    /// `buurtstart`, or `buurtstart --dir DIR` with the folder quoted for a shell when needed.
    public static func resumeCommand(directory: String) -> String {
        guard directory != "." else { return "buurtstart" }
        let plain = directory.allSatisfy { $0.isLetter || $0.isNumber || "-_./~".contains($0) }
        let quoted = plain ? directory
            : "'" + directory.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        return "buurtstart --dir \(quoted)"
    }
}

/// A guided session as a value: `handle(line)` takes one typed line and returns what to show
/// and what to save. The terminal, a pipe and transcript replay all drive this same engine.
public struct Session: Sendable {
    /// What the session is waiting for.
    enum Mode: Hashable, Sendable {
        case asking(QuestionID)
        /// Continue an unfinished file, or go through it from the start?
        case resumeUnfinished
        /// Change a finished file, or leave it?
        case reopenFinished
        /// May existing documents be overwritten?
        case confirmOverwrite
        case ended(Ending)
    }

    public private(set) var answers: Answers
    private(set) var mode: Mode
    public let context: SessionContext
    /// Questions asked before the current one, for `terug`.
    private var trail: [QuestionID] = []
    /// After `wijzig N`: the end of that step returns to the review.
    private var returnToReview = false
    /// Set once the review has been shown: from then on `wijzig N` may be used anywhere.
    private var reviewReached: Bool
    /// The step whose heading was shown last, so each step is announced once when entered.
    private var shownStep: Step?
    /// The admin whose phone number is asked.
    private var pendingAdmin: Int?
    /// The answers as loaded from a finished file, to tell whether the charter changed.
    private let loaded: Answers?
    /// The answers just before `klaar`, to return to if writing the documents fails.
    private var beforeFinish: Answers?

    private var text: (Message) -> String { context.catalogue }

    /// A command word as this session's language spells it.
    private func word(_ command: CommandWord) -> String { command.word(in: context.language) }

    /// Starts a session: from nothing, or from answers saved earlier.
    public static func start(context: SessionContext, saved: Answers? = nil) -> (Session, Reply) {
        var session = Session(context: context, saved: saved)
        var reply = Reply()
        switch session.mode {
        case .resumeUnfinished:
            reply.add(session.text(.resumeUnfinished(groupName: saved?.group.name ?? "")))
        case .reopenFinished:
            reply.add(session.text(.resumeFinished(groupName: saved?.group.name ?? "", version: saved?.charter.version ?? 0)))
        default:
            reply.add(session.text(.welcome))
            if let basedOn = session.answers.basedOn { reply.add(session.text(.presetWelcome(basedOn))) }
            session.enter(.municipality, into: &reply)
        }
        return (session, reply)
    }

    private init(context: SessionContext, saved: Answers?) {
        self.context = context
        self.answers = saved ?? context.preset?.startingAnswers() ?? Answers()
        self.answers.language = context.language.rawValue
        self.loaded = saved?.status == .finished ? saved : nil
        self.reviewReached = saved?.status == .finished
        switch saved?.status {
        case nil: mode = .asking(.municipality)
        case .unfinished: mode = .resumeUnfinished
        case .finished: mode = .reopenFinished
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

    /// The prompt to show before the next line.
    public var prompt: String {
        switch mode {
        case .asking(let question):
            text(.label(question)) + (defaultAnswer(question).map { " [\($0)]" } ?? "") + ": "
        case .resumeUnfinished, .reopenFinished: text(.yesNoLabel) + " [ja]: "
        case .confirmOverwrite: text(.yesNoLabel) + " [nee]: "
        case .ended: ""
        }
    }

    /// What Tab may complete to at this prompt: the commands that work here, the choices of a
    /// choice question, agreement ids and numbers, and the street names already entered.
    public var completions: [String] {
        guard case .asking(let question) = mode else {
            return ending == nil ? [word(.yes), word(.no), word(.help), word(.stop)] : []
        }
        var words = [word(.help), word(.back), word(.review), word(.stop)]
        if reviewReached { words += Step.allCases.map { "\(word(.change)) \($0.rawValue)" } }
        if question.collectsList {
            words += [word(.list), word(.done)] + listItems(question).indices.map { "\(word(.remove)) \($0 + 1)" }
        }
        switch question {
        case .chatGroup, .skinColour, .burgernet, .phonesInCharter:
            words += [word(.yes), word(.no)]
        case .eligibility:
            words += Eligibility.allCases.indices.map { String($0 + 1) }
        case .photoRule:
            words += PhotoRule.allCases.indices.map { String($0 + 1) }
        case .contactAdmin:
            words += answers.admins.people.map(\.firstName)
        case .street:
            words += answers.area.streetNames
        case .agreements:
            words += [word(.all), word(.none), word(.recommended), word(.list), word(.done)]
            words += AgreementID.allCases.flatMap { [$0.rawValue, "-" + $0.rawValue] }
        case .review:
            words.append(word(.done))
        default:
            break
        }
        return words
    }

    /// The documents could not be written: nothing was replaced, so the session goes back to
    /// the review with every answer, where `klaar` tries again.
    public mutating func documentsFailed(_ fault: FileFault) -> Reply {
        var reply = Reply()
        guard ending == .finished, let beforeFinish else { return reply }
        answers = beforeFinish
        self.beforeFinish = nil
        mode = .asking(.review)
        answers.position = .review
        reply.add(text(.documentsFailed(fault: fault)), as: .error)
        reply.save = answers
        return reply
    }

    /// Stops and saves, as `stop`, Ctrl-D and the end of input do.
    public mutating func stop() -> Reply {
        var reply = Reply()
        guard ending == nil else { return reply }
        if answers.status == .unfinished { reply.save = answers }
        reply.add(text(.stopped(resumeCommand: context.resumeCommand)))
        mode = .ended(.stopped)
        reply.ending = .stopped
        return reply
    }

    /// Handles one typed line.
    public mutating func handle(_ line: String) -> Reply {
        let before = answers
        var reply = Reply()
        // Checked once, here: no answer, command or message ever carries a control character.
        if ending == nil, line.unicodeScalars.contains(where: TextInput.isHidden) {
            reply.add(text(.problem(.invisibleCharacters)), as: .error)
            return reply
        }
        let command = TextInput.collapsingSpaces(line).lowercased()
        switch mode {
        case .ended:
            return reply
        case .resumeUnfinished, .reopenFinished, .confirmOverwrite:
            handleYesNo(command, into: &reply)
        case .asking(let question):
            if !handleCommand(command, line: line, at: question, into: &reply) {
                answer(line, to: question, into: &reply)
            }
        }
        if reply.documents == nil, answers.status == .finished, answers.content != before.content {
            // A changed answer makes the written documents out of date: save it, and let the
            // next start offer to continue.
            answers.status = .unfinished
        }
        if reply.save == nil, answers != before, answers.status == .unfinished || reply.documents != nil {
            reply.save = answers
        }
        return reply
    }

    // MARK: - Commands that work at every question

    private mutating func handleCommand(_ command: String, line: String, at question: QuestionID, into reply: inout Reply) -> Bool {
        let words = command.split(separator: " ")
        guard let first = words.first, let verb = CommandWord(first) else { return false }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case .help where argument.isEmpty:
            reply.add(text(.help(question)))
            reply.add(text(.commands(atReview: reviewReached)))
        case .stop where argument.isEmpty:
            reply = stop()
        case .save:
            // The path keeps its case and spaces: take it from the line as typed.
            let typed = line.drop(while: { $0 == " " })
            let path = TextInput.collapsingSpaces(String(typed.dropFirst(typed.prefix(while: { $0 != " " }).count)))
            guard !path.isEmpty else {
                reply.add(text(.help(question)))
                return true
            }
            reply.saveCopyTo = path
            reply.save = answers
        case .back where argument.isEmpty:
            guard let previous = trail.popLast() else {
                reply.add(text(.firstQuestion), as: .warning)
                return true
            }
            if previous.step == .review || question.step == .review { returnToReview = false }
            enter(previous, into: &reply, remember: false)
        case .review where argument.isEmpty:
            reply.add(text(.reviewHeading))
            addSummary(into: &reply)
            enter(question, into: &reply, remember: false, announce: false)
        case .change:
            guard reviewReached else {
                reply.add(text(.changeNotYet), as: .error)
                return true
            }
            guard let number = Int(argument), let step = Step(rawValue: number) else {
                reply.add(text(.problem(.stepUnknown(argument))), as: .error)
                return true
            }
            returnToReview = step != .review
            enter(step.firstQuestion, into: &reply)
        default:
            return false
        }
        return true
    }

    private mutating func handleYesNo(_ command: String, into reply: inout Reply) {
        if CommandWord(command) == .help {
            reply.add(text(.help(.review)))
            return
        }
        if CommandWord(command) == .stop {
            if mode == .reopenFinished {
                mode = .ended(.unchanged)
                reply.ending = .unchanged
                reply.add(text(.unchanged))
            } else {
                reply = stop()
            }
            return
        }
        let defaultYes = mode != .confirmOverwrite
        let yes: Bool
        if command.isEmpty { yes = defaultYes }
        else if CommandWord(command) == .yes { yes = true }
        else if CommandWord(command) == .no { yes = false }
        else {
            reply.add(text(.problem(.choiceUnknown(command, options: [word(.yes), word(.no)]))), as: .error)
            return
        }
        switch mode {
        case .resumeUnfinished:
            // No means: go through every question again, with the answers as defaults.
            enter(yes ? answers.position ?? .municipality : .municipality, into: &reply)
        case .reopenFinished:
            if yes {
                enter(.review, into: &reply)
            } else {
                mode = .ended(.unchanged)
                reply.ending = .unchanged
                reply.add(text(.unchanged))
            }
        case .confirmOverwrite:
            if yes {
                finish(into: &reply)
            } else {
                reply.add(text(.notOverwritten), as: .warning)
                enter(.review, into: &reply, remember: false, announce: false)
            }
        default:
            break
        }
    }

    // MARK: - Moving between questions

    /// Asks `question`: shows the step heading when the step changes, the question, and the
    /// list collected so far.
    private mutating func enter(_ question: QuestionID, into reply: inout Reply, remember: Bool = true, announce: Bool = true) {
        if remember, case .asking(let current) = mode, current != question, current != .adminPhone {
            trail.append(current)
        }
        mode = .asking(question)
        answers.position = question == .adminPhone ? .adminName : question
        if question == .review { reviewReached = true; returnToReview = false }
        guard announce else { return }
        if shownStep != question.step || question == .review {
            shownStep = question.step
            reply.add("")
            reply.add(text(.stepHeading(question.step)), as: .heading)
            reply.add(text(.stepWhy(question.step)))
        }
        if question == .review {
            addSummary(into: &reply)
            reply.add(text(.reviewHint))
            return
        }
        reply.add(text(.question(question, answers)))
        if question == .agreements {
            for id in AgreementID.allCases {
                reply.add(text(.agreementListLine(id, selected: answers.agreements.has(id))))
            }
        } else if question.collectsList, !listItems(question).isEmpty {
            addList(question, into: &reply)
        }
    }

    /// Moves on from `question` to the next one, or back to the review after `wijzig`.
    private mutating func advance(from question: QuestionID, into reply: inout Reply) {
        var next = question.next(in: answers)
        if returnToReview, next.step != question.step { next = .review }
        enter(next, into: &reply)
    }

    private func addSummary(into reply: inout Reply) {
        reply.add(text(.reviewGroup(answers.group)))
        reply.add(text(.reviewArea(answers.area)))
        reply.add(text(.reviewMembers(answers.membership)))
        reply.add(text(.reviewAdmins(answers.admins)))
        reply.add(text(.reviewAgreements(answers.agreements)))
        reply.add(text(.reviewContacts(answers.contacts)))
    }

    // MARK: - Lists

    private func listItems(_ question: QuestionID) -> [String] {
        switch question {
        case .street: answers.area.streets.map { context.language.text(DocumentText.streetEntry($0)) }
        case .postcode: answers.area.postcodes.map(\.description)
        case .adminName: answers.admins.people.map { [$0.firstName, $0.phone].compactMap { $0 }.joined(separator: ", ") }
        case .customAgreement: answers.agreements.custom
        default: []
        }
    }

    private func addList(_ question: QuestionID, into reply: inout Reply) {
        let items = listItems(question)
        guard !items.isEmpty else {
            reply.add(text(.listEmpty))
            return
        }
        reply.add(text(.currentList(question)))
        for (index, item) in items.enumerated() { reply.add("  \(index + 1). \(item)") }
    }

    /// Handles `lijst` and `verwijder N` at a list question; false for anything else.
    private mutating func handleListCommand(_ input: String, at question: QuestionID, into reply: inout Reply) throws(Problem) -> Bool {
        let words = input.lowercased().split(separator: " ")
        if words.count == 1, CommandWord(words[0]) == .list {
            addList(question, into: &reply)
            return true
        }
        guard words.count == 2, CommandWord(words[0]) == .remove else { return false }
        let count = listItems(question).count
        guard let number = Int(words[1]), number >= 1, number <= count else {
            throw .positionUnknown(Int(words[1]) ?? 0, count: count)
        }
        let removed = listItems(question)[number - 1]
        switch question {
        case .street: answers.area.removeStreet(at: number - 1)
        case .postcode: answers.area.postcodes.remove(at: number - 1)
        case .adminName:
            answers.admins.people.remove(at: number - 1)
            if answers.admins.contact >= number - 1 { answers.admins.contact = max(0, answers.admins.contact - 1) }
        case .customAgreement: answers.agreements.custom.remove(at: number - 1)
        default: return false
        }
        reply.add(text(.removed(removed)))
        return true
    }

    // MARK: - Answers

    private mutating func answer(_ line: String, to question: QuestionID, into reply: inout Reply) {
        do {
            var input = try TextInput.clean(line)
            if question.collectsList || question == .agreements {
                if question.collectsList, try handleListCommand(input, at: question, into: &reply) { return }
                // Residents often type the word instead of pressing Enter to end a list.
                if CommandWord(input) == .done { input = "" }
            }
            try accept(input, for: question, into: &reply)
        } catch {
            reply.add(text(.problem(error)), as: .error)
        }
    }

    /// Judges one answer. Refusing throws; accepting stores the answer and moves on (or stays,
    /// at a list question, for the next entry).
    private mutating func accept(_ input: String, for question: QuestionID, into reply: inout Reply) throws(Problem) {
        switch question {
        case .municipality:
            answers.group.municipality = try requiredText(input, current: answers.group.municipality)
        case .neighbourhood:
            answers.group.neighbourhood = try requiredText(input, current: answers.group.neighbourhood)
        case .groupName:
            let name = try requiredText(input, current: defaultAnswer(.groupName) ?? "", limit: 100)
            answers.group.name = name
            if name.count > 25 { reply.add(text(.groupNameLong(count: name.count)), as: .warning) }
        case .street:
            guard !input.isEmpty else { break }
            if (try? Postcode(parsing: input)) != nil { throw .postcodeInStreetQuestion(input) }
            let entry = try StreetEntry(parsing: input)
            try answers.area.add(entry)
            reply.add(text(.added(context.language.text(DocumentText.streetEntry(entry)))))
            return
        case .postcode:
            guard !input.isEmpty else { break }
            let postcode = try Postcode(parsing: input)
            try answers.area.add(postcode)
            reply.add(text(.added(postcode.description)))
            return
        case .boundary:
            answers.area.boundary = try optionalText(input, current: answers.area.boundary, limit: 200)
            if answers.area.isEmpty {
                reply.add(text(.problem(.areaEmpty)), as: .error)
                enter(.street, into: &reply)
                return
            }
        case .minimumAge:
            let age = try number(input, current: answers.membership.minimumAge)
            guard age >= 13 else { throw .ageBelowWhatsAppMinimum(age) }
            guard age <= 99 else { throw .ageTooHigh(age) }
            answers.membership.minimumAge = age
            if age < 16 { reply.add(text(.ageNeedsConsent(age)), as: .warning) }
        case .eligibility:
            let options = Eligibility.allCases
            let index = try choice(input, count: options.count, current: options.firstIndex(of: answers.membership.eligibility)!, words: [])
            answers.membership.eligibility = options[index]
        case .expectedMembers:
            if input == "-" {
                answers.membership.expectedMembers = nil
            } else if !input.isEmpty || answers.membership.expectedMembers != nil {
                let count = try number(input, current: answers.membership.expectedMembers ?? 0)
                guard count >= 2 else { throw .membersTooFew(count) }
                guard count <= 1024 else { throw .membersAboveWhatsAppLimit(count) }
                answers.membership.expectedMembers = count
                if count > 100 { reply.add(text(.membersAboveAdvice(count)), as: .warning) }
            }
        case .chatGroup:
            answers.membership.separateChatGroup = try yesNo(input, current: answers.membership.separateChatGroup)
        case .adminName:
            if input.isEmpty {
                guard !answers.admins.people.isEmpty else { throw .adminsMissing }
                if answers.admins.people.count == 1 { reply.add(text(.singleAdmin), as: .warning) }
                break
            }
            guard input.count <= 40 else { throw .textTooLong(limit: 40, count: input.count) }
            guard input.contains(where: \.isLetter) else { throw .firstNameNeedsLetters(input) }
            guard !answers.admins.people.contains(where: { $0.firstName.lowercased() == input.lowercased() }) else {
                throw .adminTwice(input)
            }
            answers.admins.people.append(Admin(firstName: input))
            pendingAdmin = answers.admins.people.count - 1
            enter(.adminPhone, into: &reply)
            return
        case .adminPhone:
            if let index = pendingAdmin, answers.admins.people.indices.contains(index) {
                answers.admins.people[index].phone = input.isEmpty ? nil : try PhoneNumber.validated(input)
            }
            pendingAdmin = nil
            if let admin = answers.admins.people.last {
                reply.add(text(.added([admin.firstName, admin.phone].compactMap { $0 }.joined(separator: ", "))))
            }
            enter(.adminName, into: &reply, remember: false, announce: false)
            return
        case .phonesInCharter:
            answers.admins.phonesInCharter = try yesNo(input, current: answers.admins.phonesInCharter)
        case .contactAdmin:
            let people = answers.admins.people
            let index = try choice(input, count: people.count, current: min(answers.admins.contact, people.count - 1),
                                   words: people.map { $0.firstName.lowercased() })
            answers.admins.contact = index
        case .agreements:
            guard !input.isEmpty else { break }
            try chooseAgreements(input, into: &reply)
            return
        case .approachGroupSize:
            let size = try number(input, current: answers.agreements.approachGroupSize)
            guard (2...20).contains(size) else { throw .approachGroupTooSmall(size) }
            answers.agreements.approachGroupSize = size
        case .photoRule:
            let options = PhotoRule.allCases
            let index = try choice(input, count: options.count, current: options.firstIndex(of: answers.agreements.photoRule)!, words: [])
            answers.agreements.photoRule = options[index]
        case .skinColour:
            answers.agreements.skinColourInDescription = try yesNo(input, current: answers.agreements.skinColourInDescription)
        case .customAgreement:
            guard !input.isEmpty else { break }
            guard input.count <= 300 else { throw .textTooLong(limit: 300, count: input.count) }
            answers.agreements.custom.append(input)
            reply.add(text(.added(input)))
            return
        case .wijkagentName:
            answers.contacts.wijkagentName = try optionalText(input, current: answers.contacts.wijkagentName, limit: 60)
        case .wijkagentReach:
            answers.contacts.wijkagentReach = try optionalText(input, current: answers.contacts.wijkagentReach, limit: 200)
        case .burgernet:
            answers.contacts.recommendBurgernet = try yesNo(input, current: answers.contacts.recommendBurgernet)
        case .review:
            switch CommandWord(input) {
            case .done?:
                if !context.existingDocuments.isEmpty, !context.force {
                    mode = .confirmOverwrite
                    reply.add(text(.overwriteQuestion(context.existingDocuments)))
                } else {
                    finish(into: &reply)
                }
            default:
                reply.add(text(.reviewHint))
            }
            return
        }
        if question == .adminName, answers.admins.people.count == 1 {
            // With one admin there is nothing to choose: skip the contact question.
            answers.admins.contact = 0
            reply.add(text(.onlyAdminIsContact(answers.admins.people[0].firstName)))
            advance(from: .contactAdmin, into: &reply)
            return
        }
        advance(from: question, into: &reply)
    }

    /// The answer Enter gives, shown in brackets; nil where Enter has no value to take
    /// (a list question ends, an optional answer stays empty).
    func defaultAnswer(_ question: QuestionID) -> String? {
        func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
        func yesNo(_ value: Bool) -> String { value ? word(.yes) : word(.no) }
        let membership = answers.membership
        switch question {
        case .municipality: return nonEmpty(answers.group.municipality)
        case .neighbourhood: return nonEmpty(answers.group.neighbourhood)
        case .groupName:
            return nonEmpty(answers.group.name) ?? text(.defaultGroupName(answers.group.neighbourhood))
        case .street, .postcode, .adminName, .adminPhone, .customAgreement, .agreements, .review:
            return nil
        case .boundary: return nonEmpty(answers.area.boundary)
        case .minimumAge: return String(membership.minimumAge)
        case .eligibility: return String(Eligibility.allCases.firstIndex(of: membership.eligibility)! + 1)
        case .expectedMembers: return membership.expectedMembers.map(String.init)
        case .chatGroup: return yesNo(membership.separateChatGroup)
        case .contactAdmin: return String(answers.admins.contact + 1)
        case .phonesInCharter: return yesNo(answers.admins.phonesInCharter)
        case .approachGroupSize: return String(answers.agreements.approachGroupSize)
        case .photoRule: return String(PhotoRule.allCases.firstIndex(of: answers.agreements.photoRule)! + 1)
        case .skinColour: return yesNo(answers.agreements.skinColourInDescription)
        case .wijkagentName: return nonEmpty(answers.contacts.wijkagentName)
        case .wijkagentReach: return nonEmpty(answers.contacts.wijkagentReach)
        case .burgernet: return yesNo(answers.contacts.recommendBurgernet)
        }
    }

    /// Applies `3 -5 saar alles aanbevolen geen` all or nothing.
    private mutating func chooseAgreements(_ input: String, into reply: inout Reply) throws(Problem) {
        var choices = answers.agreements
        let before = Set(choices.selected)
        for word in input.split(separator: " ").map({ String($0).lowercased() }) {
            switch CommandWord(word) {
            case .list?:
                continue
            case .all?:
                choices.selected = AgreementID.allCases
            case .none?:
                choices.selected = []
            case .recommended?:
                choices.selected = AgreementID.recommended
            default:
                let off = word.hasPrefix("-")
                guard let id = AgreementID(numberOrID: off ? String(word.dropFirst()) : word) else {
                    throw .agreementUnknown(word)
                }
                choices.set(id, !off)
            }
        }
        answers.agreements = choices
        let after = Set(choices.selected)
        if input.split(separator: " ").contains(where: { CommandWord($0) == .list }) || before == after {
            for id in AgreementID.allCases {
                reply.add(text(.agreementListLine(id, selected: choices.has(id))))
            }
        }
        if before != after {
            reply.add(text(.agreementsChanged(on: AgreementID.allCases.filter { after.contains($0) && !before.contains($0) },
                                              off: AgreementID.allCases.filter { before.contains($0) && !after.contains($0) })))
        }
    }

    /// Writes the documents: the charter's version counts up when answers changed since the
    /// last writing.
    private mutating func finish(into reply: inout Reply) {
        beforeFinish = answers
        if let loaded, loaded.content == answers.content, loaded.charter.version > 0 {
            answers.charter.version = loaded.charter.version
        } else {
            answers.charter.version = (loaded?.charter.version ?? 0) + 1
        }
        answers.charter.date = context.date.description
        answers.status = .finished
        answers.position = nil
        reply.documents = Documents(answers, date: context.date, language: context.language)
        reply.add(text(.written(reply.documents!.files.map(\.name), directory: context.directory)))
        mode = .ended(.finished)
        reply.ending = .finished
    }

    // MARK: - Reading answers

    private func requiredText(_ input: String, current: String, limit: Int = 80) throws(Problem) -> String {
        let value = input.isEmpty ? current : input
        guard !value.isEmpty else { throw .answerRequired }
        guard value.count <= limit else {
            throw limit == 100 ? .groupNameTooLong(count: value.count) : .textTooLong(limit: limit, count: value.count)
        }
        return value
    }

    /// Enter keeps what was there; `-` empties it.
    private func optionalText(_ input: String, current: String, limit: Int) throws(Problem) -> String {
        if input == "-" { return "" }
        let value = input.isEmpty ? current : input
        guard value.count <= limit else { throw .textTooLong(limit: limit, count: value.count) }
        return value
    }

    private func number(_ input: String, current: Int) throws(Problem) -> Int {
        if input.isEmpty { return current }
        guard input.count <= 6, input.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(input) else {
            throw .notANumber(input)
        }
        return value
    }

    private func yesNo(_ input: String, current: Bool) throws(Problem) -> Bool {
        let word = input.lowercased()
        if word.isEmpty { return current }
        if CommandWord(word) == .yes { return true }
        if CommandWord(word) == .no { return false }
        throw .choiceUnknown(input, options: [self.word(.yes), self.word(.no)])
    }

    /// A choice by number (`2`) or by one of `words`; returns its index.
    private func choice(_ input: String, count: Int, current: Int, words: [String]) throws(Problem) -> Int {
        if input.isEmpty { return current }
        if let number = Int(input), (1...count).contains(number) { return number - 1 }
        if let index = words.firstIndex(of: input.lowercased()) { return index }
        throw .choiceUnknown(input, options: (1...count).map(String.init))
    }
}

extension String {
    var trimmingSpaces: String { TextInput.collapsingSpaces(self) }
}
