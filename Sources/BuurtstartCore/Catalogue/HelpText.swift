/// What `--help` says, and what the program says itself about a command line it cannot read.
/// ArgumentParser lays the help out (its headings, USAGE and OPTIONS, stay English); the words
/// in it come from here, in the language the command line asks for.
public enum HelpText: Sendable {
    case abstract(Command)
    case discussion(Command)
    case option(Option)
    case value(Value)
    /// The files each `--format` writes, listed under the option.
    case formatFiles(ExportFormat)
    /// A page `export --without` can leave out, listed under the option.
    case leftOutPage(PrintedPage)
    /// USAGE: the session without a command, and the commands.
    case usage

    // Usage errors, each said on its own rather than inside ArgumentParser's English frame.
    /// A word where a command belongs that is not one, with the closest command if one is close.
    case unknownCommand(String, suggestion: String?, commands: [String])
    case unknownOption(String, suggestion: String?)
    case unexpectedArguments([String])
    case missingValue(option: String)
    /// A switch such as `--force` given a value (`--force=ja`).
    case flagWithValue(option: String, value: String)
    case missingArgument(String)
    case invalidValue(String, option: String, choices: [String])
    /// An option of the session given to another command.
    case sessionOnlyOption(String, command: String)
    /// Where to read more: `buurtstart --help`, or the command's own help.
    case seeHelp(command: String)

    /// The commands, as `--help` describes them.
    public enum Command: Sendable {
        case buurtstart, start, export, replay, checkAddress, presets
    }

    /// Each option's and argument's help line.
    public enum Option: Sendable {
        case dir, lang, date, force, noColor, record, preset
        case format, from, folders, without
        case update, out, transcripts
        case address, postcode
    }

    /// The placeholders in USAGE and OPTIONS: `--dir <folder>`.
    public enum Value: Sendable {
        case folder, date, file, preset, address, transcript, page
    }
}

extension Language {
    public func text(_ message: HelpText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }
}
