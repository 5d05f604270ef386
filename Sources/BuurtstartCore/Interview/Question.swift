/// The seven steps of a session, in order.
public enum Step: Int, CaseIterable, Sendable, Comparable {
    case group = 1, area, members, admins, agreements, contacts, review

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Where `wijzig N` and a first visit start.
    public var firstQuestion: QuestionID {
        switch self {
        case .group: .municipality
        case .area: .street
        case .members: .minimumAge
        case .admins: .adminName
        case .agreements: .agreements
        case .contacts: .wijkagentName
        case .review: .review
        }
    }
}

/// Every question a session asks. The raw value is what `buurtstart.json` stores as the
/// position to continue at.
public enum QuestionID: String, Codable, CaseIterable, Sendable {
    case municipality, neighbourhood, groupName
    case street, postcode, boundary
    case minimumAge, eligibility, expectedMembers, chatGroup
    case adminName, adminPhone, contactAdmin, phonesInCharter
    case agreements, approachGroupSize, photoRule, skinColour, customAgreement
    case wijkagentName, wijkagentReach, burgernet
    case review

    public var step: Step {
        switch self {
        case .municipality, .neighbourhood, .groupName: .group
        case .street, .postcode, .boundary: .area
        case .minimumAge, .eligibility, .expectedMembers, .chatGroup: .members
        case .adminName, .adminPhone, .contactAdmin, .phonesInCharter: .admins
        case .agreements, .approachGroupSize, .photoRule, .skinColour, .customAgreement: .agreements
        case .wijkagentName, .wijkagentReach, .burgernet: .contacts
        case .review: .review
        }
    }

    /// Questions that collect a list, one entry per answer, until an empty line.
    public var collectsList: Bool {
        [.street, .postcode, .adminName, .customAgreement].contains(self)
    }

    /// The question asked after this one, given the answers so far.
    func next(in answers: Answers) -> QuestionID {
        let choices = answers.agreements
        switch self {
        case .municipality: return .neighbourhood
        case .neighbourhood: return .groupName
        case .groupName: return .street
        case .street: return .postcode
        case .postcode: return .boundary
        case .boundary: return .minimumAge
        case .minimumAge: return .eligibility
        case .eligibility: return .expectedMembers
        case .expectedMembers: return .chatGroup
        case .chatGroup: return .adminName
        case .adminName: return .contactAdmin
        case .adminPhone: return .adminName
        case .contactAdmin:
            return answers.admins.people.contains { $0.phone != nil } ? .phonesInCharter : .agreements
        case .phonesInCharter: return .agreements
        case .agreements:
            return choices.has(.approachSafely) ? .approachGroupSize : QuestionID.approachGroupSize.next(in: answers)
        case .approachGroupSize:
            return choices.has(.photos) ? .photoRule : QuestionID.photoRule.next(in: answers)
        case .photoRule:
            return choices.has(.describePerson) ? .skinColour : .customAgreement
        case .skinColour: return .customAgreement
        case .customAgreement: return .wijkagentName
        case .wijkagentName:
            return answers.contacts.wijkagentName.isEmpty ? .burgernet : .wijkagentReach
        case .wijkagentReach: return .burgernet
        case .burgernet: return .review
        case .review: return .review
        }
    }
}

/// One line a session shows, with what kind of line it is so that a terminal may colour it.
public struct OutputLine: Hashable, Sendable {
    public enum Kind: Sendable { case text, heading, warning, error }
    public let kind: Kind
    public let text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The two documents a finished session writes.
public struct Documents: Hashable, Sendable {
    public static let charterFile = "charter.txt"
    public static let checklistFile = "checklist.txt"
    public static let whatsAppFile = "whatsapp.txt"
    /// Every document a session writes.
    public static let names = [charterFile, checklistFile, whatsAppFile]

    public let charter: String
    public let checklist: String
    public let whatsApp: String

    /// Both documents for these answers.
    public init(_ answers: Answers, date: CalendarDate, language: Language) {
        charter = CharterRenderer.render(answers, date: date, language: language)
        checklist = ChecklistRenderer.render(answers, language: language)
        whatsApp = WhatsAppRenderer.render(answers, language: language)
    }

    /// Each file name with its contents, in the order they are written.
    public var files: [(name: String, contents: String)] {
        [(Self.charterFile, charter), (Self.checklistFile, checklist), (Self.whatsAppFile, whatsApp)]
    }
}

/// How a session ended.
public enum Ending: Hashable, Sendable {
    /// Stopped on request (`stop`, Ctrl-D, end of input): answers saved, can continue later.
    case stopped
    /// Documents written.
    case finished
    /// Nothing to do: a finished folder left unchanged.
    case unchanged
}

/// What one input line produced: lines to show, and what the shell must carry out.
public struct Reply: Sendable {
    public var lines: [OutputLine] = []
    /// Answers to save to `buurtstart.json` now, when anything changed.
    public var save: Answers?
    /// Documents to write, after `klaar`.
    public var documents: Documents?
    /// `opslaan PAD`: a copy of the answers to write to this path.
    public var saveCopyTo: String?
    public var ending: Ending?

    public init(lines: [OutputLine] = []) {
        self.lines = lines
    }

    mutating func add(_ text: String, as kind: OutputLine.Kind = .text) {
        for line in TextInput.lines(text) {
            lines.append(OutputLine(kind, line))
        }
    }
}
