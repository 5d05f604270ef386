/// What changed for a member since the version of the rules they agreed to, from the versions
/// kept in the history: whether they must agree again (a change that needs it, declared once in
/// `CharterChange.needsAgreementAgain`), and the checklist's lines to go through with them.
public struct AgreementSince: Hashable, Sendable {
    /// The version the member agreed to.
    public let version: Int
    /// The version that holds now.
    public let current: Int
    /// Every change from the member's version to the current one; nil when the history does not
    /// keep the member's version (a folder from before the history).
    public let changes: [CharterChange]?
    /// The checklist's lines to agree to again: those that are new or worded otherwise since
    /// the member's version, all of them when that version is not kept, and the consents when
    /// no line changed.
    public let lines: [ChecklistItem]
    /// No line of the checklist changed: the consents are gone through once more.
    public let noLineChanged: Bool

    /// What changed for `member` in `group`; nil for a member on the current version.
    public init?(_ member: Member, group: Answers) {
        guard member.charterVersion < group.charter.version else { return nil }
        version = member.charterVersion
        current = group.charter.version
        let now = Self.checklist(group)
        if let kept = group.history?.version(member.charterVersion) {
            changes = CharterChange.between(kept.rules, CharterRules(group))
            var then = group
            (then.area, then.membership, then.admins) = (kept.rules.area, kept.rules.membership, kept.rules.admins)
            (then.agreements, then.contacts) = (kept.rules.agreements, kept.rules.contacts)
            // A line changed when its words did, in either language: the settings behind a line
            // (a chat group, say) may change without changing what the member agrees to.
            let before = Set(Self.checklist(then).map(Self.words))
            let changed = now.filter { !before.contains(Self.words($0)) }
            noLineChanged = changed.isEmpty
            lines = changed.isEmpty ? ChecklistItem.consents(for: group).filter(now.contains) : changed
        } else {
            changes = nil
            noLineChanged = false
            lines = now
        }
    }

    /// Whether the member must agree again before the new rules hold for them: a change since
    /// their version needs it, or, their version not being kept, it cannot be told (then yes).
    public var needed: Bool { changes.map { $0.contains(where: \.needsAgreementAgain) } ?? true }

    /// Whether the history keeps the member's version.
    public var known: Bool { changes != nil }

    private static func words(_ item: ChecklistItem) -> [String] {
        Language.allCases.map { $0.text(DocumentText.checklistItem(item)) }
    }

    private static let anyDate = CalendarDate(year: 2000, month: 1, day: 1)!

    /// The checklist's lines as the intake asks them, from the declaration the printed checklist
    /// comes from (living in the area and the age are questions of their own there).
    static func checklist(_ group: Answers) -> [ChecklistItem] {
        // The date is no part of the checklist: any valid one does.
        IntakeContext(group: group, register: Register(), language: .dutch, date: anyDate).checklist
    }
}

/// The member commands as an admin types them, with the member's name and the folder: the
/// to-do list and the conversations print them, and each runs as printed.
public enum MemberCommandLine {
    /// `buurtstart lid --opnieuw NAAM` (`member --again NAME`).
    public static func renew(_ name: String, directory: String, language: Language) -> String {
        let option = language == .dutch ? "lid --opnieuw" : "member --again"
        return SessionContext.command("buurtstart \(option) \(SessionContext.shellWord(name))", directory: directory)
    }

    /// `buurtstart lid --weg NAAM --reden REDEN` (`member --remove NAME --reason REASON`).
    public static func remove(_ name: String, reason: RemovalReason, directory: String, language: Language) -> String {
        let option = language == .dutch ? "lid --weg" : "member --remove"
        let reasonOption = language == .dutch ? "--reden \(reason.dutchWord)" : "--reason \(reason.rawValue)"
        return SessionContext.command("buurtstart \(option) \(SessionContext.shellWord(name)) \(reasonOption)", directory: directory)
    }

    /// `buurtstart leden` (`members`).
    public static func list(directory: String, language: Language) -> String {
        SessionContext.command(language == .dutch ? "buurtstart leden" : "buurtstart members", directory: directory)
    }
}
