import ArgumentParser
import BuurtstartCore
import BuurtstartTerminal
import Glibc

/// The language of the help and of usage errors: `--lang nl|en` anywhere on the command line,
/// otherwise the locale's. Decided once, the first time ArgumentParser asks for a help text,
/// which is before it lays out any help.
let shellLanguage: Language = {
    var arguments = CommandLine.arguments.dropFirst()[...]
    while let argument = arguments.popFirst(), argument != "--" {
        let value = argument == "--lang" ? arguments.first
            : argument.hasPrefix("--lang=") ? String(argument.dropFirst("--lang=".count)) : nil
        if let value, let language = Language(rawValue: value) { return language }
    }
    return .fromEnvironment
}()

/// A help text in the command line's language.
func helpText(_ text: HelpText) -> String {
    shellLanguage.text(text)
}

/// Says a usage problem the program found itself, and ends the command with 64: said on its
/// own, not inside ArgumentParser's English "Error: ... Usage: ..." frame.
func usageError(_ message: String) -> ExitCode {
    writeStandardError(message + "\n")
    return ExitCode(64)
}

extension Buurtstart {
    /// Parses the command line with ArgumentParser and runs the command. A command line it
    /// cannot read is said in the command line's language (a mistyped command with the closest
    /// one, an unknown option with ArgumentParser's suggestion) and ends with 64; anything else
    /// (help, the version, completion scripts, a command's own exit status) as ArgumentParser does.
    static func runParsed(_ arguments: [String]) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure,
               let problem = UsageProblem(message(for: error), arguments: arguments) {
                // The command's own help, also when options come before the command (`--lang en export`).
                let command = (["buurtstart"] + (arguments.first(where: UsageProblem.isCommand).map { [$0] } ?? [])).joined(separator: " ")
                writeStandardError(problem.texts.map(helpText).joined(separator: " ") + "\n" + helpText(.seeHelp(command: command)) + "\n")
                exit(withError: ExitCode.validationFailure)
            }
            exit(withError: error)
        }
    }
}

/// A command line ArgumentParser could not read, as the program says it. ArgumentParser has no
/// hook for its words, so its English message is read back into what went wrong; a message of
/// a kind not known here is left to ArgumentParser.
struct UsageProblem {
    /// What went wrong, then what may help: said one after the other.
    let texts: [HelpText]

    /// The commands, for the closest one to a mistyped word.
    static let commands = ["start", "export", "replay", "check-address", "presets", "groepen", "help"]
    /// Other names of commands (`groups` for `groepen`): understood, not listed.
    static let aliases = ["groups"]

    /// Whether a word names a command, by its name or another.
    static func isCommand(_ word: String) -> Bool { commands.contains(word) || aliases.contains(word) }

    init?(_ message: String, arguments: [String]) {
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

/// Completion for `--preset`: the shipped presets' names, and the folders and `.json` files
/// that begin with what is typed.
@Sendable func presetCompletions(_ words: [String], _ index: Int, _ typed: String) -> [String] {
    Preset.shipped.map(\.name).filter { $0.hasPrefix(typed) } + pathCompletions(typed, fileExtension: ".json")
}

/// Folders and files with the extension whose path begins with `typed`. A folder ends in `/`,
/// except for bash, whose completion script marks folders itself.
func pathCompletions(_ typed: String, fileExtension: String) -> [String] {
    let folderMark = CompletionShell.requesting == .bash ? "" : "/"
    let slash = typed.lastIndex(of: "/")
    let folder = slash.map { String(typed[...$0]) } ?? ""
    let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
    defer { closedir(directory) }
    var found: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard name != ".", name != "..", name.hasPrefix(start), !name.hasPrefix(".") || start.hasPrefix(".") else { continue }
        var status = stat()
        guard stat(folder + name, &status) == 0 else { continue }
        if status.st_mode & S_IFMT == S_IFDIR {
            found.append(folder + name + folderMark)
        } else if name.hasSuffix(fileExtension) {
            found.append(folder + name)
        }
    }
    return found.sorted()
}
