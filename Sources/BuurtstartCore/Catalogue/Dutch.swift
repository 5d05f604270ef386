/// Every Dutch text, at language level B1: short sentences, everyday words, and "je"
/// throughout. One `switch`, so a text can never be missing.
enum Dutch: Vocabulary {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                         "augustus", "september", "oktober", "november", "december"]
    static let stepNames = ["Groep", "Gebied", "Leden", "Beheerders", "Afspraken", "Contacten", "Overzicht"]
    static let through = "t/m"
    static let sideNames = (even: "even", odd: "oneven")
    static let and = "en"
    static let or = "of"

    /// The commands a resident can type instead of an answer, the shown spelling first.
    static func spellings(_ command: CommandWord) -> [String] {
        switch command {
        case .help: ["help", "hulp", "?"]
        case .back: ["terug"]
        case .review: ["overzicht"]
        case .stop: ["stop"]
        case .change: ["wijzig"]
        case .done: ["klaar"]
        case .list: ["lijst"]
        case .remove: ["verwijder"]
        case .save: ["opslaan"]
        case .all: ["alles"]
        case .none: ["geen"]
        case .recommended: ["aanbevolen"]
        case .yes: ["ja", "j"]
        case .no: ["nee", "n"]
        }
    }
}
