/// The command line's help and usage errors.
extension English {
    static func text(_ message: HelpText) -> String {
        switch message {
        case .abstract(let command):
            return abstract(command)
        case .discussion(let command):
            return discussion(command)
        case .option(let option):
            return self.option(option)
        case .value(let value):
            switch value {
            case .folder: return "folder"
            case .date: return "YYYY-MM-DD"
            case .file: return "file"
            case .preset: return "name|file"
            case .address: return "address"
            case .transcript: return "transcript"
            case .page: return "page"
            }
        case .leftOutPage(let page):
            return page == .letter ? "the letter for the neighbours (letter.html)" : "the introduction for the wijkagent (introduction.html)"
        case .formatFiles(let format):
            switch format {
            case .text: return "charter.txt, checklist.txt and whatsapp.txt (the default)"
            case .markdown: return "charter.md and checklist.md"
            case .json: return "charter.json"
            case .html: return "charter.html, checklist.html, letter.html, privacy.html and introduction.html: pages to print"
            case .pdf: return "the same pages as PDF (with Chromium; apt install chromium)"
            }
        case .usage:
            return "buurtstart [<options>]\nbuurtstart <subcommand> [<options>]"

        case .unknownCommand(let word, let suggestion, let commands):
            return "'\(word)' is not a command of buurtstart. "
                + (suggestion.map { "Did you mean 'buurtstart \($0)'?" } ?? "The commands are \(list(commands)).")
        case .unknownOption(let option, let suggestion):
            return "Unknown option '\(option)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unexpectedArguments(let words):
            return "\(list(words.map(quoted))) \(words.count == 1 ? "does" : "do") not belong here."
        case .missingValue(let option):
            return "\(option) needs a value after it."
        case .flagWithValue(let option, let value):
            return "\(option) is a switch without a value. Type just \(option), without '=\(value)'."
        case .missingArgument(let name):
            return "The \(name) is missing."
        case .invalidValue(let value, let option, let choices):
            return "\(option) cannot be '\(value)'." + (choices.isEmpty ? "" : " Choose \(list(choices, or: true)).")
        case .sessionOnlyOption(let option, let command):
            return "\(option) is for the guided session; 'buurtstart \(command)' does not take it."
        case .seeHelp(let command):
            return "See '\(command) --help' for the options and examples."
        }
    }

    private static func abstract(_ command: HelpText.Command) -> String {
        switch command {
        case .buurtstart:
            return "Start a neighbourhood-prevention WhatsApp group: answer a few questions, and get the group's rules, a checklist for new members and texts for WhatsApp."
        case .start:
            return "The guided session, and what buurtstart does without a command: answer the questions, then write charter.txt, checklist.txt and whatsapp.txt."
        case .export:
            return "Write the documents again from a finished buurtstart.json, without asking anything."
        case .replay:
            return "Replay transcripts and compare the screen and the documents with what was recorded."
        case .checkAddress:
            return "Check whether an address lies inside the group's area in buurtstart.json."
        case .presets:
            return "List the municipal presets shipped with buurtstart."
        }
    }

    private static func discussion(_ command: HelpText.Command) -> String {
        switch command {
        case .buurtstart:
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
        case .start:
            return """
            At any question, type ? for an explanation and the commands you can type there.

            Earlier answers (Up arrow, Ctrl-R) are kept in ~/.local/state/buurtstart/history \
            (or $XDG_STATE_HOME/buurtstart/history), readable by you only. Names, phone numbers \
            and refused answers are never kept. To clear them: rm ~/.local/state/buurtstart/history
            """
        case .export:
            return "With several folders (a municipality with many groups), a problem in one is reported and the others go on; the exit status is then the first non-zero one."
        case .replay:
            return "Exit status: 0 when every transcript replays identically, 1 when one differs, 65 when one is malformed, 73 when --update cannot write a file."
        case .checkAddress:
            return "Exit status: 0 inside, 1 outside, 64 an address that cannot be read, 65 a missing or bad buurtstart.json."
        case .presets:
            return "Your own preset file: see docs/presets.md."
        }
    }

    private static func option(_ option: HelpText.Option) -> String {
        switch option {
        case .dir:
            return "The folder with buurtstart.json and the documents (default: the current folder; only a session creates it when it is missing)."
        case .lang:
            return "The language of what buurtstart says and writes. Without it, a session, export or check-address speaks the language the group's answers were given in; otherwise English when LC_ALL or LANG starts with en, Dutch when not."
        case .date:
            return "The date on the charter (default: today). Pins the date for replay and tests."
        case .force:
            return "Replace existing documents without asking (export needs it only for a document that holds a different text)."
        case .noColor:
            return "No colour, even on a terminal (NO_COLOR and TERM=dumb do the same)."
        case .record:
            return "Record the session as a transcript in this file; the files it writes go to a folder beside it."
        case .preset:
            return "Start from a municipality's advice: a name from 'buurtstart presets', or your own preset file (NAME.json)."
        case .format:
            return "Which documents to write:"
        case .from:
            return "Also export the folders listed in this file, one per line; - reads them from standard input."
        case .without:
            return "Leave out this page, this time (may be given more than once; without it, what the session chose holds):"
        case .folders:
            return "Several folders, each with its own buurtstart.json (instead of --dir)."
        case .update:
            return "Accept what the program produces now: rewrite the transcripts and their documents."
        case .out:
            return "Also write the documents (and buurtstart.json) a transcript produces to this folder; one transcript only."
        case .transcripts:
            return "Transcript files (NAME.txt, with the folder NAME beside it for the documents)."
        case .address:
            return "The street and house number, for example \"Zeeweg 12\"."
        case .postcode:
            return "The postcode, for example \"2221 AB\", for areas named by postcode."
        }
    }
}
