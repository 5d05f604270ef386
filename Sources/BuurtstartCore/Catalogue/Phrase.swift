/// Small pieces of wording both language tables build with.
enum Phrase {
    /// `Anna`, `Anna and Piet`, `Anna, Piet and Fatima`, with the language's word for "and" or "or".
    static func list(_ items: [String], conjunction: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// A dash for an answer not given yet.
    static func orDash(_ text: String) -> String { text.isEmpty ? "-" : text }

    /// What the resident typed, quoted in a message.
    static func quoted(_ text: String) -> String { "'\(text)'" }
}
