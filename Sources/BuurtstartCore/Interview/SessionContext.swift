/// What a session needs from outside, passed in so that the core never reads the clock,
/// the environment or the disk.
public struct SessionContext: Sendable {
    /// The language of the session and its documents: `--lang`, else the saved one, else the locale.
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
    /// The other groups' areas (`--groups`, without this group's own folder): each street and
    /// postcode typed is checked against them. Nil when no set of groups was named.
    public var otherGroups: GroupSet?
    /// The set of groups as it is remembered in the answers, so that a session continued later
    /// compares with it again.
    public var groupsFolder: String?

    public init(language: Language = .dutch, date: CalendarDate, existingDocuments: [String] = [],
                force: Bool = false, directory: String = ".", resumeCommand: String = "buurtstart") {
        self.language = language
        self.date = date
        self.existingDocuments = existingDocuments
        self.force = force
        self.directory = directory
        self.resumeCommand = resumeCommand
    }

    /// `buurtstart`, or `buurtstart --dir DIR` with the folder quoted for a shell when needed.
    public static func resumeCommand(directory: String) -> String {
        command("buurtstart", directory: directory)
    }

    /// `command`, followed by `--dir DIR` unless the folder is the current one.
    static func command(_ command: String, directory: String) -> String {
        guard directory != "." else { return command }
        return "\(command) --dir \(shellWord(directory))"
    }

    /// `word` as a shell reads it back: as it is when plain, else in single quotes.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./~".contains($0) }
        return plain ? word : "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}

/// A prompt: its label and the answer Enter takes.
public struct Prompt: Sendable {
    public let label: Message
    public let defaultAnswer: String?
}

/// A yes-or-no question outside the walk.
public enum Confirmation: Sendable, Hashable {
    /// Continue an unfinished file, or go through it from the start?
    case resumeUnfinished
    /// Change a finished file, or leave it?
    case reopenFinished
    /// May existing documents be replaced?
    case overwrite
    /// A street or postcode just typed overlaps other groups: keep it, or type it again?
    case keepOverlap(PendingOverlap)
    /// An own agreement just typed touches what a chosen agreement rules on: keep it anyway?
    case keepOwnAgreement(PendingOwnAgreement)

    /// What Enter answers: yes, except where yes would replace or keep something.
    var enterMeansYes: Bool {
        switch self {
        case .resumeUnfinished, .reopenFinished: true
        case .overwrite, .keepOverlap, .keepOwnAgreement: false
        }
    }

    /// For an entry held back at a list: the list's question, what is said when the entry is
    /// left out, and the question asked again after `overzicht`.
    var heldBack: (question: QuestionID, notAdded: Message, ask: Message)? {
        switch self {
        case .keepOverlap(let pending): (pending.question, .overlapNotAdded(pending.part), .overlapQuestion)
        case .keepOwnAgreement(let pending): (.customAgreement, .ownAgreementNotAdded(pending.text), .ownAgreementQuestion)
        case .resumeUnfinished, .reopenFinished, .overwrite: nil
        }
    }
}

/// An own agreement held back until the founder says to keep it: its text, and the chosen
/// agreements it seems to contradict (`AgreementChoices.doubts(about:)`).
public struct PendingOwnAgreement: Hashable, Sendable {
    let text: String
    let doubts: [OwnAgreementDoubt]
}

/// A part of the area that overlaps other groups, held back until the founder says to keep it.
public struct PendingOverlap: Hashable, Sendable {
    /// The list it was typed at, to return to.
    let question: QuestionID
    let part: AreaPart
    let overlaps: [GroupOverlap]
}
