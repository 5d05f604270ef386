/// What the member commands say: the intake, the register's table, warnings and removal. Each
/// language words every case in one exhaustive `switch` (`DutchMembers`, `EnglishMembers`).
public enum MemberText: Sendable, Equatable {
    case opening(group: String, version: Int, members: Int)
    case label(IntakeStep)
    case question(IntakeStep, IntakeWords)
    case help(IntakeStep, IntakeWords)
    /// The help at a line of the checklist that is not required (the separate chat group).
    case optionalLineHelp(name: String)
    case commandHelp(CommandWord)
    case signUpWay(SignUpWay)
    case residence(Residence)
    /// The option for a neighbour who does not live in the area (nor work there, where the
    /// rules let workers join).
    case residenceNeither(worksToo: Bool)
    case admin(String)
    /// A line of the checklist, in the words of the printed checklist.
    case checklistLine(ChecklistItem)
    /// A member of this name is in the register already.
    case nameTaken(String)
    /// A name (the member's or the parent's, by its step) without a letter.
    case notAName(String, IntakeStep)
    /// The answer to this question is longer than its limit.
    case tooLong(IntakeStep, limit: Int, count: Int)
    /// The phone number was left empty: it is needed for WhatsApp.
    case phoneNeeded(name: String)
    case phoneNotValid(String)
    /// This number is in the register already, for this member.
    case phoneTaken(String, member: String)
    /// The address is outside the area: what the check found.
    case outside(AddressCheck.Outcome)
    /// This group of the remembered set holds the address.
    case heldBy(group: String, contact: String?)
    /// No group of the remembered set holds it.
    case heldByNone
    /// The group remembers no set of groups to look in.
    case noSetKnown
    /// The address lies in a part the group shares with this group.
    case sharedPart(group: String)
    case refused(IntakeRefusal, IntakeWords)
    /// Nothing was stored: what to do with the sign-up, by how it came in.
    case nothingStored(SignUpWay)
    case stopped(SignUpWay)
    case summaryHeading
    case summaryLine(IntakeSummaryLine)
    case summaryHint(name: String)
    case notStored(file: String, fault: FileFault)
    case stored(name: String, file: String, count: Int)
    case nextStepsHeading
    case addInWhatsApp(name: String, phone: String)
    case pasteWelcome(name: String)
    /// The welcome to paste: a greeting by first name, then the group's own welcome.
    case welcome(name: String, groupWelcome: String)
    case keepPaper(SignUpWay, name: String)
    case goThroughRules(name: String)
    /// A warning was stored; `count` is how many the member has had.
    case warned(name: String, agreement: AgreementID, count: Int)
    /// Before a message to send the member privately.
    case sendPrivately(name: String)
    /// The private message of a warning, naming the agreement. `last`: the member was warned
    /// before, so this warning is the last one (the group's rule: one warning, then removal).
    case warningMessage(name: String, group: String, agreement: AgreementID, last: Bool)
    /// The member is gone from the register: nothing of them is kept but a count.
    case removedFromRegister(name: String, reason: RemovalReason)
    /// What to send a member who leaves: a goodbye, or a notice naming the agreement.
    case removalMessage(name: String, group: String, reason: RemovalReason, agreement: AgreementID?)
    /// Remove them in WhatsApp; destroy the slip and the checklist, and any transcript of their intake.
    case afterRemoval(name: String)
    /// After a removal: files in the group's folder, besides the register, that still hold the member's name or number.
    case tracesLeft(name: String, files: [String])
    /// `--record` of an intake into the group's folder: refused, the member would stay there after removal.
    case recordingInGroupFolder(file: String, folder: String)
    case changeProblem(MemberChangeProblem)
    case membersColumn(MemberColumn)
    case toDo(MemberToDo)
    /// Under the table: what to do about a member, with the commands that do it; `pick`: what
    /// picks the member in those commands (the name, or where another member has it, the address or number).
    case toDoAdvice(MemberToDo, name: String, firstName: String, pick: String, directory: String)
    case membersEmpty(file: String)
    /// How many members, and how many need something done.
    case membersCount(Int, toDo: Int)
    /// The register cannot be read: the file, and the line and field where it went wrong.
    case registerUnreadable(file: String, RegisterFileError)
}

/// A line of the intake's summary.
public enum IntakeSummaryLine: Sendable, Hashable {
    case signedUp(SignUpWay)
    case name(String)
    case address(String)
    case residence(Residence)
    /// At least this age; under 16 with this parent's consent.
    case age(atLeast: Int, parent: String?)
    case phone(String)
    case checklist(ticked: Int, of: Int)
    case rulesTogether(Bool)
    case addedBy(String)
    case charter(version: Int, date: String)
}

enum IntakeSummary {
    /// The summary's lines for the questions answered so far.
    static func lines(_ answers: IntakeAnswers, answered: Set<IntakeStep>, context: IntakeContext, admin: String) -> [IntakeSummaryLine] {
        var lines: [IntakeSummaryLine] = []
        if answered.contains(.signUp) { lines.append(.signedUp(answers.signedUp)) }
        if answered.contains(.name) { lines.append(.name(answers.name)) }
        if answered.contains(.address) {
            lines.append(.address(answers.postcode.isEmpty ? answers.address : answers.address + ", " + answers.postcode))
        }
        if answered.contains(.residence) { lines.append(.residence(answers.livesOrWorks)) }
        if answered.contains(.minimumAge) {
            let parent = answered.contains(.parentName) && !answers.over16 ? answers.parent : nil
            lines.append(.age(atLeast: answers.ageAtLeast(context.minimumAge), parent: parent))
        }
        if answered.contains(.phone) { lines.append(.phone(answers.phone)) }
        if answered.contains(where: { if case .checklist = $0 { true } else { false } }) {
            lines.append(.checklist(ticked: answers.ticked.count, of: context.checklist.count))
        }
        if answered.contains(.rulesTogether) { lines.append(.rulesTogether(answers.rulesTogether)) }
        if !admin.isEmpty, answered.contains(.admin) || context.group.admins.people.count == 1, answered.contains(.rulesTogether) {
            lines.append(.addedBy(admin))
        }
        if answered.contains(.rulesTogether) {
            lines.append(.charter(version: context.group.charter.version, date: context.group.charter.date))
        }
        return lines
    }
}

extension IntakeAnswers {
    /// The age the member has at least: the minimum, or 16 when that was asked and said yes to.
    func ageAtLeast(_ minimumAge: Int) -> Int { over16 ? max(minimumAge, 16) : minimumAge }
}

extension Language {
    public func text(_ message: MemberText) -> String {
        switch self {
        case .dutch: Dutch.member(message)
        case .english: English.member(message)
        }
    }
}
