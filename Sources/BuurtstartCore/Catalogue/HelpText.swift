/// What `--help` says, and what the program says itself about a command line it cannot read.
/// ArgumentParser lays the help out; the words in it, its headings included, come from here, in
/// the language the command line asks for.
public enum HelpText: Sendable {
    case abstract(Command)
    case discussion(Command)
    case option(Option)
    case value(Value)
    /// The files each `--format` writes, listed under the option.
    case formatFiles(ExportFormat)
    /// What each register format is, listed under `groepen --format`.
    case registerFormat(RegisterFormat)
    /// What each format of `leden --format` is.
    case membersFormat(RegisterFormat)
    /// A page `export --without` can leave out, listed under the option.
    case leftOutPage(PrintedPage)
    /// USAGE: the session without a command, and the commands.
    case usage
    /// ArgumentParser's headings and its own lines, put in the language afterwards; the
    /// English words are ArgumentParser's (`HelpFrame.localised`).
    case frame(HelpFrame)

    // Usage errors, each said on its own rather than inside ArgumentParser's English frame.
    /// A word where a command belongs that is not one; followed by the closest command if one
    /// is close, or else by the list of commands.
    case unknownCommand(String)
    case didYouMeanCommand(String)
    case commandsAre([String])
    /// An option that is not one; followed by the closest option if ArgumentParser knows one.
    case unknownOption(String)
    case didYouMean(String)
    case unexpectedArguments([String])
    case missingValue(option: String)
    /// A switch such as `--force` given a value (`--force=ja`).
    case flagWithValue(option: String, value: String)
    case missingArgument(String)
    /// A value the option does not take; followed by the values it takes, when they are few.
    case invalidValue(String, option: String)
    case choose([String])
    /// An option of the session given to another command.
    case sessionOnlyOption(String, command: String)
    /// Two options that cannot be given together.
    case optionsExclusive(String, String)
    /// An argument (or a folder listed for export) holding a character nobody can see, made
    /// visible: refused as a typed answer is (`TextInput.refuseHidden`).
    case argumentHidden(String)
    /// Where to read more: `buurtstart --help`, or the command's own help.
    case seeHelp(command: String)

    /// The commands, as `--help` describes them.
    public enum Command: Sendable {
        case buurtstart, start, export, replay, checkAddress, presets, groups
        case member, members
    }

    /// Each option's and argument's help line.
    public enum Option: Sendable {
        case dir, lang, date, force, noColor, record, preset, strict
        case format, from, folders, without
        case update, out, transcripts
        case address, postcode
        case groups, overlap, registerFormat
        case warn, remove, again, reason, agreement, membersFormat
    }

    /// The placeholders in USAGE and OPTIONS: `--dir <folder>`.
    public enum Value: Sendable {
        case folder, date, file, preset, address, transcript, page
        case memberName
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
