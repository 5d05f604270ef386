import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
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
    return ExitCode(.usage)
}

extension Buurtstart {
    /// Parses the command line with ArgumentParser and runs the command. A command line it
    /// cannot read is said in the command line's language (a mistyped command with the closest
    /// one, an unknown option with ArgumentParser's suggestion) and ends with 64; anything else
    /// (help, the version, completion scripts, a command's own exit status) as ArgumentParser does.
    static func runParsed(_ arguments: [String]) {
        // A shell asking for completions passes what is typed so far: it gets none, not an error.
        if arguments.first != "---completion", let problem = UsageProblem(hiddenIn: arguments) { refuse(problem, arguments) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure,
               let problem = UsageProblem(message(for: error), arguments: arguments) {
                refuse(problem, arguments)
            }
            // A help: its frame (headings, --help, --version) in the command line's language.
            if exitCode(for: error) == .success,
               let help = HelpFrame.localised(fullMessage(for: error), in: shellLanguage, width: terminalWidth() ?? 80) {
                writeStandardOutput(help + "\n")
                exit(withError: ExitCode.success)
            }
            exit(withError: error)
        }
    }

    /// Says a command line that cannot be run, with where to read more, and ends with 64.
    private static func refuse(_ problem: UsageProblem, _ arguments: [String]) -> Never {
        // The command's own help, also when options come before the command (`--lang en export`).
        let command = (["buurtstart"] + (arguments.first(where: UsageProblem.isCommand).map { [$0] } ?? [])).joined(separator: " ")
        writeStandardError(problem.texts.map(helpText).joined(separator: " ") + "\n" + helpText(.seeHelp(command: command)) + "\n")
        exit(withError: ExitCode.validationFailure)
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
    FolderListing.completions(of: typed, fileExtension: fileExtension, folderMark: CompletionShell.requesting == .bash ? "" : "/")
}
