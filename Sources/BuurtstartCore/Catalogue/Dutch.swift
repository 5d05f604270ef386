/// Every Dutch text, at language level B1: short sentences, everyday words, and "je"
/// throughout. One `switch`, so a text can never be missing.
enum Dutch {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                         "augustus", "september", "oktober", "november", "december"]

    static func stepName(_ step: Step) -> String {
        switch step {
        case .group: "Groep"
        case .area: "Gebied"
        case .members: "Leden"
        case .admins: "Beheerders"
        case .agreements: "Afspraken"
        case .contacts: "Contacten"
        case .review: "Overzicht"
        }
    }

    static func sideName(_ side: Side) -> String { side == .even ? "even" : "oneven" }

    static func numbers(_ range: HouseNumberRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first) t/m \(range.last)"
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        Phrase.list(items, conjunction: or ? "of" : "en")
    }

    /// A list entry as the session shows it.
    static func entry(_ entry: ListEntry) -> String {
        switch entry {
        case .street(let street): text(.streetEntry(street))
        case .postcode(let postcode): postcode.description
        case .admin(let name, let phone): [name, phone].compactMap { $0 }.joined(separator: ", ")
        case .custom(let text): text
        }
    }

    static func orDash(_ text: String) -> String { Phrase.orDash(text) }

    static func quoted(_ text: String) -> String { Phrase.quoted(text) }
}
