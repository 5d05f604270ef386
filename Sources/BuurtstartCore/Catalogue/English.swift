/// Every English text: plain words and short sentences, for residents whose first language is
/// not Dutch. One `switch`, so a text can never be missing. Dutch terms residents meet in
/// daily life (wijkagent, Burgernet, Meld Misdaad Anoniem) are kept and explained.
enum English: Vocabulary {
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]
    static let stepNames = ["Group", "Area", "Members", "Admins", "Agreements", "Contacts", "Review"]
    static let through = "to"
    static let sideNames = (even: "even", odd: "odd")
    static let and = "and"
    static let or = "or"

    /// The commands a resident can type instead of an answer, the shown spelling first.
    static func spellings(_ command: CommandWord) -> [String] {
        switch command {
        case .help: ["help", "?"]
        case .back: ["back"]
        case .review: ["review"]
        case .stop: ["stop"]
        case .change: ["change"]
        case .done: ["done"]
        case .list: ["list"]
        case .remove: ["remove"]
        case .save: ["save"]
        case .all: ["all"]
        case .none: ["none"]
        case .recommended: ["recommended"]
        case .yes: ["yes", "y"]
        case .no: ["no"]
        }
    }
}
