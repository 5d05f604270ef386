/// Every English text: plain words and short sentences, for residents whose first language is
/// not Dutch. One `switch`, so a text can never be missing. Dutch terms residents meet in
/// daily life (wijkagent, Burgernet, Meld Misdaad Anoniem) are kept and explained.
enum English {
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]

    static func stepName(_ step: Step) -> String {
        switch step {
        case .group: "Group"
        case .area: "Area"
        case .members: "Members"
        case .admins: "Admins"
        case .agreements: "Agreements"
        case .contacts: "Contacts"
        case .review: "Review"
        }
    }

    static func sideName(_ side: Side) -> String { side == .even ? "even" : "odd" }

    static func numbers(_ range: HouseNumberRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first) to \(range.last)"
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        Phrase.list(items, conjunction: or ? "or" : "and")
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
