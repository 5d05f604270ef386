/// The command line's help and usage errors.
extension English {
    static func text(_ message: HelpText) -> String {
        switch message {
        case .value(.folder): return "folder"
        case .value(.date): return "YYYY-MM-DD"
        case .value(.file): return "file"
        case .value(.preset): return "name|file"
        case .value(.address): return "address"
        case .value(.transcript): return "transcript"
        case .value(.page): return "page"
        case .leftOutPage(let page): return page == .letter ? "the letter for the neighbours (letter.html)" : "the introduction for the wijkagent (introduction.html)"
        case .formatFiles(.text): return "charter.txt, checklist.txt and whatsapp.txt (the default)"
        case .formatFiles(.markdown): return "charter.md and checklist.md"
        case .formatFiles(.json): return "charter.json"
        case .formatFiles(.html): return "charter.html, checklist.html, letter.html, privacy.html and introduction.html: pages to print"
        case .formatFiles(.pdf): return "the same pages as PDF (with Chromium; apt install chromium)"
        case .registerFormat(.text): return "a table on the screen (default)"
        case .registerFormat(.csv): return "CSV for a spreadsheet"
        case .registerFormat(.json): return "JSON for a municipality's own systems (docs/register.md)"
        case .abstract(.member), .abstract(.members), .discussion(.member), .discussion(.members), .option(.warn), .option(.remove), .option(.again),
             .option(.reason), .option(.agreement), .option(.membersFormat), .membersFormat, .value(.memberName):
            return memberHelp(message)
        case .usage:
            return "buurtstart [<options>]\nbuurtstart <subcommand> [<options>]"
        // ArgumentParser's own words, exactly: the frame is found by them (HelpFrame).
        case .frame(.overview): return "OVERVIEW"
        case .frame(.usage): return "USAGE"
        case .frame(.arguments): return "ARGUMENTS"
        case .frame(.options): return "OPTIONS"
        case .frame(.subcommands): return "SUBCOMMANDS"
        case .frame(.helpOption): return "Show help information."
        case .frame(.versionOption): return "Show the version."
        case .frame(.seeCommandHelp): return "See '\(HelpFrame.commandMark) <subcommand>' for detailed help."

        case .unknownCommand(let word):
            return "'\(word)' is not a command of buurtstart."
        case .didYouMeanCommand(let command):
            return "Did you mean 'buurtstart \(command)'?"
        case .commandsAre(let commands):
            return "The commands are \(list(commands))."
        case .unknownOption(let option):
            return "Unknown option '\(option)'."
        case .didYouMean(let option):
            return "Did you mean '\(option)'?"
        case .unexpectedArguments(let words):
            return "\(list(words.map(quoted))) \(words.count == 1 ? "does" : "do") not belong here."
        case .missingValue(let option):
            return "\(option) needs a value after it."
        case .flagWithValue(let option, let value):
            return "\(option) is a switch without a value. Type just \(option), without '=\(value)'."
        case .missingArgument(let name):
            return "The \(name) is missing."
        case .invalidValue(let value, let option):
            return "\(option) cannot be '\(value)'."
        case .choose(let choices):
            return "Choose \(list(choices, or: true))."
        case .sessionOnlyOption(let option, let command):
            return "\(option) is for the guided session; 'buurtstart \(command)' does not take it."
        case .optionsExclusive(let first, let second):
            return "\(first) and \(second) cannot be given together. Choose one."
        case .argumentHidden(let shown):
            return "'\(shown)' contains invisible or control characters (shown here as \u{FFFD} or \u{241B}). Type it again by hand, without them."
        case .seeHelp(let command):
            return "See '\(command) --help' for the options and examples."
        case .abstract(.buurtstart):
            return "Start a neighbourhood-prevention WhatsApp group: answer a few questions, and get the group's rules, a checklist for new members and texts for WhatsApp."
        case .abstract(.start):
            return "The guided session, and what buurtstart does without a command: answer the questions, then write charter.txt, checklist.txt and whatsapp.txt."
        case .abstract(.export):
            return "Write the documents again from a finished buurtstart.json, without asking anything."
        case .abstract(.replay):
            return "Replay transcripts and compare the screen and the documents with what was recorded."
        case .abstract(.checkAddress):
            return "Check whether an address lies inside the group's area in buurtstart.json."
        case .abstract(.presets):
            return "List the municipal presets shipped with buurtstart."
        case .abstract(.groups):
            return "List every group in a folder of groups (a register), or with --overlap which areas overlap."
        case .discussion(.buurtstart):
            return """
            Without a command, buurtstart starts the guided session (the same as 'buurtstart start') \
            in the current folder, or in the folder given with --dir. It asks its questions in 7 steps. \
            At any question, type ? for an explanation and the commands you can type there \
            (back, review, stop and more).

            Earlier answers (Up arrow, Ctrl-R) are kept in ~/.local/state/buurtstart/history \
            (or $XDG_STATE_HOME/buurtstart/history), readable by you only. Names, phone numbers \
            and refused answers are never kept. To clear them: rm ~/.local/state/buurtstart/history

            Examples:
              buurtstart --dir ~/zeeweg
                  Start the group's session in the folder ~/zeeweg, or continue it.
              buurtstart --preset katwijk --lang en
                  Start from gemeente Katwijk's advice, in English.
              buurtstart export --dir ~/zeeweg --format markdown
                  Write the documents again, as Markdown.
            """
        case .discussion(.start):
            return """
            At any question, type ? for an explanation and the commands you can type there.

            Earlier answers (Up arrow, Ctrl-R) are kept in ~/.local/state/buurtstart/history \
            (or $XDG_STATE_HOME/buurtstart/history), readable by you only. Names, phone numbers \
            and refused answers are never kept. To clear them: rm ~/.local/state/buurtstart/history
            """
        case .discussion(.export):
            return "With several folders (a municipality with many groups), a problem in one is reported and the others go on; the exit status is then the first non-zero one. With --format pdf, Chromium gets \(PrintedPage.printSeconds) seconds per page; BUURTSTART_PRINT_TIMEOUT sets another number."
        case .discussion(.replay):
            return "Exit status: \(ExitStatus.success) when every transcript replays identically, \(ExitStatus.no) when one differs, \(ExitStatus.dataError) when one is malformed, \(ExitStatus.cannotCreate) when --update cannot write a file."
        case .discussion(.checkAddress):
            return "Exit status: \(ExitStatus.success) inside, \(ExitStatus.no) outside, \(ExitStatus.usage) an address that cannot be read, \(ExitStatus.dataError) a missing or bad buurtstart.json. With --groups: \(ExitStatus.success) when the address lies in at least one group's area, \(ExitStatus.no) when it lies in none, \(ExitStatus.ioError) when the folder of groups cannot be read."
        case .discussion(.presets):
            return "Your own preset file: see docs/presets.md."
        case .discussion(.groups):
            return """
            A folder of groups holds one folder per group, each with its buurtstart.json (as a \
            municipality or a coordinator keeps them). buurtstart only reads it and writes nothing \
            there. A folder that cannot be read is named; the others go on. Phone numbers are in \
            it only where a group puts them in its rules.
            Exit status: \(ExitStatus.success) when every folder could be read, \(ExitStatus.dataError) or \(ExitStatus.ioError) when one could not (the \
            first), \(ExitStatus.ioError) when the folder of groups itself cannot be read.

            Examples:
              buurtstart groups --groups ~/municipality/groups
              buurtstart groups --groups ~/municipality/groups --format csv > groups.csv
              buurtstart groups --groups ~/municipality/groups --overlap
            """
        case .option(.dir):
            return "The folder with buurtstart.json and the documents (default: the current folder; only a session creates it when it is missing)."
        case .option(.lang):
            return "The language of what buurtstart says and writes. Without it, a session, export or check-address speaks the language the group's answers were given in; otherwise English when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with en, Dutch when not."
        case .option(.date):
            return "The date on the charter (default: today). Pins the date for replay and tests."
        case .option(.force):
            return "Replace existing documents without asking (export needs it only for a document that holds a different text)."
        case .option(.strict):
            return "Stop a session whose answers do not come from the keyboard (a pipe or a file) at the first answer that does not fit: with the question and the line number, and exit status \(ExitStatus.dataError). Without it, the question is asked again and the next line goes to that question."
        case .option(.noColor):
            return "No colour, even on a terminal (NO_COLOR and TERM=dumb do the same)."
        case .option(.record):
            return "Record the session as a transcript in this file (a new one; --force replaces an earlier one); the files it writes go to a folder beside it."
        case .option(.preset):
            return "Start from a municipality's advice: a name from 'buurtstart presets', or your own preset file (NAME.json)."
        case .option(.format):
            return "Which documents to write:"
        case .option(.from):
            return "Also export the folders listed in this file, one per line; - reads them from standard input."
        case .option(.without):
            return "Leave out this page, this time (may be given more than once; without it, what the session chose holds):"
        case .option(.folders):
            return "Several folders, each with its own buurtstart.json (instead of --dir)."
        case .option(.update):
            return "Accept what the program produces now: rewrite the transcripts and their documents."
        case .option(.out):
            return "Also write the documents (and buurtstart.json) a transcript produces to this folder; one transcript only."
        case .option(.transcripts):
            return "Transcript files (NAME.txt, with the folder NAME beside it for the documents)."
        case .option(.address):
            return "The street and house number, for example \"Zeeweg 12\"."
        case .option(.postcode):
            return "The postcode, for example \"2221 AB\", for areas named by postcode."
        case .option(.groups):
            return "A folder of groups (one folder per group, each with its buurtstart.json). In a session: each street and postcode is compared with those groups' areas (and the folder is remembered); with check-address: which groups the address lies in; with groepen: the groups of the register (default: the current folder)."
        case .option(.overlap):
            return "List every pair of groups whose areas overlap, with the parts they share."
        case .option(.registerFormat):
            return "How:"
        }
    }
}
