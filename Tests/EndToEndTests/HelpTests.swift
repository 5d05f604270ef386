import Foundation
import Testing

/// `--help`, usage errors and completion, as a resident meets them, in both languages. The
/// language comes from `--lang` or the locale, as for a session.
@Suite("Help and usage errors")
struct HelpTests {
    static let dutch = ["LANG": "C.UTF-8"], english = ["LANG": "en_GB.UTF-8"]

    @Test("the top-level help is Dutch by default: the session's options, examples, and ? in a session")
    func dutchHelp() throws {
        let run = try Binary.run(["--help"], environment: Self.dutch)
        #expect(run.status == 0)
        for text in ["Start een buurtpreventiegroep op WhatsApp", "--dir <map>", "--lang <nl|en>", "--preset <naam|bestand>",
                     "--date <JJJJ-MM-DD>", "--record <bestand>", "Voorbeelden:", "buurtstart --preset katwijk --lang en",
                     "Typ bij elke vraag ? voor uitleg", "buurtstart <commando> [<opties>]", "export",
                     // ArgumentParser's frame, in Dutch too (it writes it in English only).
                     "OVERZICHT: Start", "GEBRUIK: buurtstart [<opties>]\n         buurtstart <commando>", "\nOPTIES:\n",
                     "\nCOMMANDO'S:\n", "-h, --help              Toon deze hulp.", "Zie 'buurtstart help <commando>'"] {
            #expect(run.output.contains(text), "\(text)")
        }
        for english in ["Start a neighbourhood", "Examples:", "The folder", "(default:", "OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS",
                        "Show help information", "Show the version", "for detailed help"] {
            #expect(!run.output.contains(english), "English in the Dutch help: \(english)")
        }
    }

    @Test("English with an English locale, or with --lang en; --lang nl wins over the locale")
    func englishHelp() throws {
        for (arguments, environment) in [(["--help"], Self.english), (["--lang", "en", "--help"], Self.dutch),
                                         (["--help", "--lang=en"], Self.dutch), (["-h"], ["LC_ALL": "en_US.UTF-8"])] {
            let run = try Binary.run(arguments, environment: environment)
            #expect(run.status == 0)
            for text in ["Start a neighbourhood-prevention WhatsApp group", "--dir <folder>", "--preset <name|file>",
                         "Examples:", "type ? for an explanation", "buurtstart <subcommand> [<options>]",
                         "OVERVIEW: Start", "USAGE: buurtstart", "\nOPTIONS:\n", "\nSUBCOMMANDS:\n", "Show help information.",
                         "See 'buurtstart help <subcommand>' for detailed help."] {
                #expect(run.output.contains(text), "\(arguments) \(environment): \(text)")
            }
            #expect(!run.output.contains("Voorbeelden"))
        }
        let dutch = try Binary.run(["--lang", "nl", "--help"], environment: Self.english)
        #expect(dutch.output.contains("Voorbeelden:"))
    }

    @Test("each command's help, through --help and through help, in both languages")
    func commandHelp() throws {
        let export = try Binary.run(["export", "--help"], environment: Self.dutch)
        #expect(export.status == 0)
        #expect(export.output.contains("Maak de documenten opnieuw"))
        #expect(export.output.contains("markdown          - charter.md en checklist.md"))
        #expect(!export.output.contains("(values:"), "the formats are listed in the resident's words")
        let english = try Binary.run(["help", "export"], environment: Self.english)
        #expect(english.output.contains("Write the documents again"))
        #expect(english.output.contains("markdown          - charter.md and checklist.md"))
        let check = try Binary.run(["check-address", "--help", "--lang", "en"], environment: Self.dutch)
        #expect(check.output.contains("<address>"))
        #expect(check.output.contains("Exit status: 0 inside, 1 outside"))
        let replay = try Binary.run(["help", "replay"], environment: Self.dutch)
        #expect(replay.output.contains("<transcript> ..."))
        #expect(replay.output.contains("Speel transcripten opnieuw af"))
        #expect(replay.output.contains("GEBRUIK: buurtstart replay") && replay.output.contains("\nARGUMENTEN:\n"))
        let member = try Binary.run(["lid", "--help"], environment: Self.dutch)
        #expect(member.output.hasPrefix("OVERZICHT: ") && !member.output.contains("USAGE"))
        #expect(member.output.components(separatedBy: "\n\n")[0].split(separator: "\n").allSatisfy { $0.count <= 80 }, "the overview wrapped again after its longer heading")
    }

    /// A usage error the program says itself: on standard error, status 64, and never inside
    /// ArgumentParser's English "Error: ... Usage: ..." frame.
    func usageError(_ arguments: [String], _ environment: [String: String]) throws -> String {
        let run = try Binary.run(arguments, environment: environment)
        #expect(run.status == 64, "\(arguments): \(run.status)")
        #expect(run.output.isEmpty)
        #expect(!run.errors.contains("Error:") && !run.errors.contains("Usage:") && !run.errors.contains("USAGE"),
                "\(arguments): \(run.errors)")
        return run.errors
    }

    @Test("a mistyped command gets the closest one, in both languages")
    func mistypedCommand() throws {
        #expect(try usageError(["exprot"], Self.dutch) == """
            'exprot' is geen commando van buurtstart. Bedoel je 'buurtstart export'?
            Zie 'buurtstart --help' voor de opties en voorbeelden.

            """)
        #expect(try usageError(["exprot", "--dir", "x"], Self.english) == """
            'exprot' is not a command of buurtstart. Did you mean 'buurtstart export'?
            See 'buurtstart --help' for the options and examples.

            """)
        #expect(try usageError(["chek-address", "Zeeweg 1"], Self.dutch).contains("Bedoel je 'buurtstart check-address'?"))
        #expect(try usageError(["--lang", "en", "replya"], Self.dutch).contains("Did you mean 'buurtstart replay'?"))
        let far = try usageError(["Katwijk"], Self.dutch)
        #expect(far.contains("'Katwijk' is geen commando van buurtstart. De commando's zijn start, export, replay, check-address, presets en groepen."))
        #expect(try usageError(["groups", "--overlapp"], Self.english).hasSuffix("See 'buurtstart groups --help' for the options and examples.\n"))
    }

    @Test("a mistyped option gets ArgumentParser's suggestion, in the resident's words")
    func mistypedOption() throws {
        #expect(try usageError(["--lnag", "en"], Self.dutch).hasPrefix("De optie '--lnag' ken ik niet. Bedoel je '--lang'?\n"))
        #expect(try usageError(["--lnag", "en"], Self.english).hasPrefix("Unknown option '--lnag'. Did you mean '--lang'?\n"))
        let export = try usageError(["export", "--froce"], Self.dutch)
        #expect(export == "De optie '--froce' ken ik niet. Bedoel je '--force'?\nZie 'buurtstart export --help' voor de opties en voorbeelden.\n")
    }

    @Test("a switch given a value is said in one language, with the command's own help")
    func switchWithValue() throws {
        #expect(try usageError(["export", "--force=ja"], Self.dutch)
                == "--force is een schakelaar zonder waarde. Typ alleen --force, zonder '=ja'.\nZie 'buurtstart export --help' voor de opties en voorbeelden.\n")
        #expect(try usageError(["--no-color=1"], Self.english).hasPrefix("--no-color is a switch without a value."))
    }

    @Test("a usage error points to the command's own help, also when an option comes before the command")
    func helpOfTheCommand() throws {
        #expect(try usageError(["--lang", "en", "export", "--format", "pdfx"], Self.dutch)
                == "--format cannot be 'pdfx'. Choose text, markdown, json, html or pdf.\nSee 'buurtstart export --help' for the options and examples.\n")
    }

    @Test("the program's own usage errors, in both languages and in one piece")
    func ownUsageErrors() throws {
        #expect(try usageError(["--date", "2026-13-01"], Self.dutch)
                == "'2026-13-01' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26.\n")
        #expect(try usageError(["--date", "2026-13-01"], Self.english)
                == "'2026-13-01' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26.\n")
        #expect(try usageError(["start", "--lang", "en", "--date", "x"], Self.dutch).hasPrefix("'x' is not a date."))
        #expect(try usageError(["--lang", "fr"], Self.dutch).hasPrefix("De taal 'fr' ken ik niet."))
        #expect(try usageError(["--lang", "fr"], Self.english).hasPrefix("I do not know the language 'fr'."))
        #expect(try usageError(["export", "--format", "docx"], Self.dutch).hasPrefix("--format kan niet 'docx' zijn. Kies text, markdown, json, html of pdf.\n"))
        #expect(try usageError(["export", "--format", "docx"], Self.english).hasPrefix("--format cannot be 'docx'. Choose text, markdown, json, html or pdf.\n"))
        #expect(try usageError(["export", "--without", "charter"], Self.dutch).hasPrefix("--without kan niet 'charter' zijn. Kies brief of kennismaking.\n"))
        #expect(try usageError(["export", "--without", "charter"], Self.english).hasPrefix("--without cannot be 'charter'. Choose letter or introduction.\n"))
        #expect(try usageError(["export", "--dir"], Self.dutch).hasPrefix("Na --dir hoort een waarde.\n"))
        #expect(try usageError(["check-address"], Self.dutch).hasPrefix("Het adres ontbreekt.\n"))
        #expect(try usageError(["check-address"], Self.english).hasPrefix("The address is missing.\n"))
        #expect(try usageError(["replay", "--out", "d", "a.txt", "b.txt"], Self.english).hasPrefix("--out takes one transcript"))
        #expect(try usageError(["export", "--date", "2026-11-26"], Self.dutch)
                == "--date hoort bij de sessie met vragen, niet bij 'buurtstart export'.\n")
        #expect(try usageError(["replay", "--preset", "katwijk", "a.txt"], Self.english)
                == "--preset is for the guided session; 'buurtstart replay' does not take it.\n")
        #expect(try usageError(["replay", "--dir", "buurt", "a.txt"], Self.dutch)
                == "--dir hoort bij de sessie met vragen, niet bij 'buurtstart replay'.\n")
    }

    @Test("--force after export is export's")
    func forceAfterExport() throws {
        let folder = try temporaryFolder()
        let session = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        #expect(session.status == 0)
        try "changed\n".write(to: folder.appendingPathComponent("charter.txt"), atomically: true, encoding: .utf8)
        #expect(try Binary.run(["export", "--dir", folder.path]).status == 73)
        #expect(try Binary.run(["export", "--dir", folder.path, "--force"]).status == 0)
        #expect(try read(folder, "charter.txt").hasPrefix("Buurtpreventie"))
    }

    @Test("completion offers values: languages, formats, presets and preset files, folders and transcripts")
    func completion() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gemeente"), withIntermediateDirectories: true)
        try "{}".write(to: folder.appendingPathComponent("eigen.json"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("notities.txt"), atomically: true, encoding: .utf8)
        // What the completion scripts ask the program for --preset: the words, the word's index, the cursor.
        let all = try Binary.run(["---completion", "--", "--preset", "2", "0", "buurtstart", "--preset", ""], in: folder)
        #expect(all.output.split(separator: "\n") == ["katwijk", "landelijk", "eigen.json", "gemeente/"])
        // bash's script marks folders itself.
        let bash = try Binary.run(["---completion", "--", "--preset", "2", "0", "buurtstart", "--preset", ""], in: folder,
                                  environment: ["SAP_SHELL": "bash"])
        #expect(bash.output.split(separator: "\n") == ["katwijk", "landelijk", "eigen.json", "gemeente"])
        let some = try Binary.run(["---completion", "start", "--", "--preset", "3", "1", "buurtstart", "start", "--preset", "l"], in: folder)
        #expect(some.output.split(separator: "\n") == ["landelijk"])
        for shell in ["bash", "zsh", "fish"] {
            let script = try Binary.run(["--generate-completion-script", shell]).output
            #expect(["nl en", "'nl' 'en'", "'nl'$'\\n''en'"].contains(where: script.contains), "\(shell): --lang")
            #expect(script.contains("markdown"), "\(shell): --format")
            #expect(script.contains("---completion -- --preset"), "\(shell): --preset")
        }
        let bashScript = try Binary.run(["--generate-completion-script", "bash"]).output
        #expect(bashScript.contains("'--dir')\n        __buurtstart_add_completions -d"), "folders for --dir")
        #expect(bashScript.contains("__buurtstart_add_completions -o plusdirs -fX '!*.@(txt)'"), "transcripts for replay and --record")
    }
}
