/// The words a resident can type instead of an answer. Each language has its own spellings;
/// a session understands those of its own language, and `?` everywhere.
public enum CommandWord: CaseIterable, Sendable {
    case help, back, review, stop, change, done, list, remove, save, all, none, recommended, yes, no

    /// The spelling shown in `language`.
    public func word(in language: Language) -> String {
        spellings(language)[0]
    }

    /// Every spelling in `language`, the shown one first: the language's own word list says them.
    func spellings(_ language: Language) -> [String] {
        language.spellings(self)
    }

    /// The command `word` names in `language` (case ignored); `?` works in every language.
    init?(_ word: some StringProtocol, in language: Language) {
        let word = word.lowercased()
        if word == "?" { self = .help; return }
        guard let found = Self.allCases.first(where: { $0.spellings(language).contains(word) }) else { return nil }
        self = found
    }

    /// Whether `text` is a yes or a no in any language: an answer to a yes-or-no question,
    /// never a name or an agreement.
    static func isYesOrNo(_ text: String) -> Bool {
        Language.allCases.contains { CommandWord(text, in: $0).map { [.yes, .no].contains($0) } ?? false }
    }
}

/// A typed line that is a command, in its exact form: the word alone, or `wijzig 3` and
/// `verwijder 2` with a number. Anything else is an answer, so a sentence that starts with a
/// command word ("Wijzig je profielfoto") is never taken for one.
public enum Command: Equatable, Sendable {
    case help, back, review, stop, save, done, list, all, none, recommended, yes, no
    /// `wijzig` and `verwijder` with their number as typed: whatever follows that starts with a
    /// digit (`1000`, `1.5`, `1a`, `1 2`), so that a mistyped number is a number not in the list,
    /// never an answer named so. Only whole numbers are then found.
    case change(String)
    case remove(String)
    /// `wijzig` or `verwijder` without its number.
    case needsNumber(CommandWord)

    public init?(_ line: String, language: Language) {
        let words = line.split(separator: " ")
        guard let first = words.first, let word = CommandWord(first, in: language) else { return nil }
        if words.count >= 2 {
            // A sign is read too: `wijzig -1` is a step that does not exist, said with the steps
            // that do, not an answer. A sentence after the word ("Wijzig je profielfoto") is one.
            let number = words.dropFirst().joined(separator: " ")
            let digits = number.first == "-" || number.first == "+" ? number.dropFirst() : Substring(number)
            // Words after the number make a sentence ("Wijzig 2 keer per jaar je wachtwoord").
            guard word == .change || word == .remove, digits.first?.isNumber == true,
                  words.count == 2 || !number.contains(where: \.isLetter) else { return nil }
            self = word == .change ? .change(number) : .remove(number)
            return
        }
        switch word {
        case .help: self = .help
        case .back: self = .back
        case .review: self = .review
        case .stop: self = .stop
        case .save: self = .save
        case .done: self = .done
        case .list: self = .list
        case .all: self = .all
        case .none: self = .none
        case .recommended: self = .recommended
        case .yes: self = .yes
        case .no: self = .no
        case .change, .remove: self = .needsNumber(word)
        }
    }
}
