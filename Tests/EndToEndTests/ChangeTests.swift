import BuurtstartCore
import Foundation
import Testing

/// The commands a session's output suggests: each `buurtstart ...` at the end of a line, split
/// into its words (the test's folders hold no spaces). A placeholder for an address the
/// resident types (`"straat huisnummer"`) ends the command; the caller fills it in.
private func suggestedCommands(in output: String) -> [[String]] {
    output.split(separator: "\n").compactMap { line in
        guard let start = line.firstRange(of: "buurtstart ")?.lowerBound else { return nil }
        let command = line[start...].split(separator: "\"")[0]
        return command.split(separator: " ").map(String.init)
    }
}

@Suite("Changing a finished group", .serialized)
struct ChangeTests {
    @Test("a change stopped half way: export, groepen and check-address work on the finished version, and say a newer one is being written")
    func stoppedHalfWay() throws {
        let set = try temporaryFolder()
        let folder = set.appendingPathComponent("zeeweg")
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let written = try read(folder, "charter.txt")
        // Yes to change it, to the members, a new age, then stop.
        let stopped = try Binary.run(["--dir", folder.path, "--date", "2026-12-01"], input: "\nwijzig 3\n21\nstop\n")
        #expect(stopped.status == 0)
        #expect(try read(folder, "buurtstart.json").contains("\"status\" : \"unfinished\""))
        #expect(try mode(folder, "buurtstart.json") == 0o600)
        let note = "Let op: voor Buurtpreventie Zeeweg wordt een nieuwe versie geschreven. Tot die klaar is, geldt versie 1."

        let export = try Binary.run(["export", "--dir", folder.path])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.errors == note + "\n")
        #expect(export.output.hasPrefix("Niets veranderd: "), "\(export.output)")
        #expect(try read(folder, "charter.txt") == written)

        let english = try Binary.run(["check-address", "Zeeweg 5", "--dir", folder.path, "--lang", "en"])
        #expect(english.errors == "Note: a new version is being written for Buurtpreventie Zeeweg. Until it is finished, version 1 applies.\n")

        let register = try Binary.run(["groepen", "--groups", set.path, "--format", "csv"])
        #expect(register.status == 0)
        #expect(register.output.contains(",true,"), "\(register.output)")
        #expect(register.errors == note + "\n")

        let check = try Binary.run(["check-address", "Zeeweg 5", "--dir", folder.path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.errors == note + "\n")
        let inSet = try Binary.run(["check-address", "Zeeweg 5", "--groups", set.path])
        #expect(inSet.status == 0)
        #expect(inSet.errors == note + "\n")
    }

    @Test("every command a session suggests after a change runs as printed, the PDF export included")
    func suggestedCommandsRun() throws {
        let folder = try temporaryFolder()
        let log = try temporaryFolder().appendingPathComponent("browser.log")
        let path = try PrintPipeTests.browser(log: log, numbered: true).path + ":/usr/bin:/bin"
        let first = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        // Version 1's PDFs, made as the session said.
        let firstExport = try #require(suggestedCommands(in: first.output).first { $0.contains("--format") })
        #expect(try Binary.run(Array(firstExport.dropFirst()), environment: ["PATH": path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("charter.pdf").path))

        // Version 2: a new age, yes to replacing the documents.
        let second = try Binary.run(["--dir", folder.path, "--date", "2026-12-01"], input: "\nwijzig 3\n21\n\n\n\nklaar\nja\n")
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("Dit verandert er van versie 1 naar versie 2:\n  - Leden zijn nu 21 jaar of ouder"))
        #expect(try read(folder, "whatsapp.txt").contains("*Nieuwe spelregels (versie 2)*"))
        let commands = suggestedCommands(in: second.output)
        #expect(commands.count >= 4, "\(commands)")
        for command in commands {
            var arguments = Array(command.dropFirst())
            var input = ""
            if arguments.first == "check-address" { arguments.append("Zeeweg 5") }
            // Starting again at a finished group: no, change nothing.
            if arguments.first == "--dir" { input = "nee\n" }
            // An intake with no sign-up typed adds no one: it ends with 1, as its help says.
            let expected: Int32 = arguments.first == "lid" ? 1 : 0
            let run = try Binary.run(arguments, input: input, environment: ["PATH": path])
            #expect(run.status == expected, "\(command.joined(separator: " ")): \(run.status) \(run.errors)")
        }
        #expect(try read(folder, "charter.pdf").hasPrefix("%PDF"))
    }
}
