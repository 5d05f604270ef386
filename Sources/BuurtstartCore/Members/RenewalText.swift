/// What a renewed agreement says (`buurtstart lid --opnieuw`), and what a new version whose area
/// shrank says of the members outside it. Each language words every case in one exhaustive
/// `switch` (`DutchRenewal`, `EnglishRenewal`).
public enum RenewalText: Sendable, Equatable {
    /// Who, the version they agreed to and the one that holds now, and how many lines follow.
    case opening(name: String, firstName: String, version: Int, current: Int, lines: Int)
    /// No change since the member's version needs agreement again; it may be recorded anyway.
    case notNeeded(name: String, version: Int)
    /// Above the changes that need agreement again.
    case wideningChanges
    /// No line of the checklist changed: the consents are gone through once more.
    case noLineChanged(version: Int)
    /// The history does not keep the member's version: every line is asked, to be safe.
    case versionUnknown(version: Int)
    case question(name: String)
    case help(name: String)
    case leaveHelp(name: String)
    /// A changed line answered no: the member cannot stay under the new rules.
    case cannotStay(name: String, line: ChecklistItem)
    case leaveQuestion(name: String)
    /// A no to a line that is not required: the member stays, without what it is for.
    case optionalDeclined(name: String, line: ChecklistItem)
    case renewed(name: String, version: Int, date: String, file: String)
    case keepNewChecklist(name: String, version: Int)
    /// The private message for a member who leaves because they do not agree.
    case goodbye(name: String, group: String, version: Int)
    /// A no, and the member stays for now: nothing changed; the commands for later.
    case unchanged(name: String, version: Int, again: String, remove: String)
    case stopped(again: String)
    /// The register could not be written: nothing changed, the answer may be typed again.
    case notStored(file: String, fault: FileFault)
    case alreadyCurrent(name: String, version: Int)
    /// A new version whose area is smaller: this many members live outside it now.
    case outsideNewArea(count: Int, version: Int, list: String)
}

extension Language {
    public func text(_ message: RenewalText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }
}
