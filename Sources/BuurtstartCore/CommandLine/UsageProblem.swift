/// A command line ArgumentParser could not read, as the program says it. ArgumentParser has no
/// hook for its words, so its English message is read back into what went wrong; a message of
/// a kind not known here is left to ArgumentParser.
public struct UsageProblem: Sendable {
    /// What went wrong, then what may help: said one after the other.
    public let texts: [HelpText]

    /// The commands, for the closest one to a mistyped word.
    public static let commands = ["start", "export", "replay", "check-address", "presets", "groepen", "help"]
    /// Other names of commands (`groups` for `groepen`): understood, not listed.
    public static let aliases = ["groups"]

    /// Whether a word names a command, by its name or another.
    public static func isCommand(_ word: String) -> Bool { commands.contains(word) || aliases.contains(word) }

    /// The first argument that holds a character nobody can see, refused as a typed answer is
    /// (`TextInput.refuseHidden`): before any command reads it, so that no message, file name
    /// or address check ever gets one. Nil when every argument is clean.
    public init?(hiddenIn arguments: [String]) {
        guard let argument = arguments.first(where: { TextInput.firstHidden(in: $0) != nil }) else { return nil }
        texts = [.argumentHidden(TextInput.visible(argument))]
    }

    public init?(_ message: String, arguments: [String]) {
        if let match = message.wholeMatch(of: /Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?/) {
            texts = [.unknownOption(String(match.1))] + (match.2.map { [.didYouMean(String($0))] } ?? [])
        } else if let match = message.wholeMatch(of: /Unexpected argument '(.*)'|\d+ unexpected arguments: '(.*)'/) {
            let words = (match.1 ?? match.2 ?? "").components(separatedBy: "', '")
            // At the top level, a stray word is where a command belongs.
            if let word = words.first, !arguments.contains(where: Self.isCommand) {
                texts = [.unknownCommand(word),
                         Self.closest(to: word, among: Self.commands.dropLast()).map { .didYouMeanCommand($0) }
                            ?? .commandsAre(Array(Self.commands.dropLast()))]
            } else {
                texts = [.unexpectedArguments(words)]
            }
        } else if let match = message.wholeMatch(of: /The option '(--[^']+)' does not take any value, but '(.*)' was specified\./) {
            texts = [.flagWithValue(option: String(match.1), value: String(match.2))]
        } else if let match = message.wholeMatch(of: /Missing value for '([^' ]+)(?: <[^>]*>)?'/) {
            texts = [.missingValue(option: String(match.1))]
        } else if let match = message.wholeMatch(of: /Missing expected argument '<([^>]+)>.*'/) {
            texts = [.missingArgument(String(match.1))]
        } else if let match = message.wholeMatch(of: /(?s)The value '(.*)' is invalid for '(--[^ ']+)(?: <[^>]*>)?'(.*)/) {
            let choices = match.3.matches(of: /'([^']*)'/).map { String($0.1) }
            texts = [.invalidValue(String(match.1), option: String(match.2))] + (choices.isEmpty ? [] : [.choose(choices)])
        } else {
            return nil
        }
    }

    /// The candidate closest to a mistyped word: at most two letters off, or the word is how
    /// it begins.
    static func closest(to word: String, among candidates: some Collection<String>) -> String? {
        let typed = word.lowercased()
        let scored = candidates.map { ($0, editDistance(Array(typed), Array($0))) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 { return best.0 }
        return typed.count >= 3 ? candidates.first { $0.hasPrefix(typed) } : nil
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
