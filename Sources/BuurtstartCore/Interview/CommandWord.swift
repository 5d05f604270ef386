/// The words a resident can type instead of an answer. Each language has its own spelling; all
/// spellings work in every session (a Dutch word keeps working in English), and the session's
/// own language is what it shows.
public enum CommandWord: CaseIterable, Sendable {
    case help, back, review, stop, change, done, list, remove, save, all, none, recommended, yes, no

    /// The spelling shown in `language`.
    public func word(in language: Language) -> String {
        spellings(language)[0]
    }

    /// Every spelling in `language`, the shown one first.
    func spellings(_ language: Language) -> [String] {
        switch language {
        case .dutch:
            switch self {
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
        case .english:
            switch self {
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

    /// The command a word names, in any language (case ignored).
    public init?(_ word: some StringProtocol) {
        // Every typed line is checked: look the word up rather than walk every spelling.
        guard word.utf8.count <= 12, let found = Self.bySpelling[word.lowercased()] else { return nil }
        self = found
    }

    private static let bySpelling: [String: CommandWord] = {
        var table: [String: CommandWord] = [:]
        for command in allCases {
            for language in Language.allCases {
                for spelling in command.spellings(language) where table[spelling] == nil { table[spelling] = command }
            }
        }
        return table
    }()
}
