/// The words about a change of the rules: what the session says before writing a new
/// version, and the message for the group in whatsapp.txt. Each language words each case.
public enum ChangeText: Sendable {
    /// Above the list of changes, before the documents are written.
    case sessionHeading(from: Int, to: Int)
    /// One change, as a line of a list (in the session and in the group's message).
    case change(CharterChange)
    /// Some changes widen who sees members' data: ask them to agree again.
    case sessionAgreeAgain([CharterChange])
    /// The admins' numbers are printed in the rules from now on: ask each admin first.
    case sessionAdminsConsent
    /// The heading of the group's message in whatsapp.txt.
    case whatsAppSection(version: Int)
    /// The group's message: the changes (worded), whether members are asked to agree again,
    /// and the admins who hand out the new rules.
    case announcement(name: String, version: Int, changes: [String], agreeAgain: Bool, admins: [String])
    /// `export`, `groepen`, `check-address`: a newer version than this finished one is being written.
    case newerVersionBeingWritten(group: String, version: Int)
}

extension Language {
    public func text(_ message: ChangeText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }
}
