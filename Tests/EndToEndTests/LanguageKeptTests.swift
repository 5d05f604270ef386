import Foundation
import Testing

@Suite("The language a group chose is kept", .serialized)
struct LanguageKeptTests {
    @Test("a session started in English continues in English without --lang; export writes English; --lang wins")
    func keptOnResumeAndExport() throws {
        let folder = try temporaryFolder()
        let english = sessionInput.replacing("\nja\n", with: "\nyes\n").replacing("\nklaar\n", with: "\ndone\n")
        let lines = english.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try Binary.run(["--dir", folder.path, "--date", "2026-11-26", "--lang", "en"],
                                   input: lines.prefix(pipedLines(until: .street).count).joined(separator: "\n") + "\n")
        #expect(first.status == 75, "\(first.errors)")
        // Continued with the command it printed: no --lang, a Dutch locale.
        let second = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"],
                                    input: "yes\n" + lines.dropFirst(pipedLines(until: .street).count).joined(separator: "\n"))
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("yes or no [yes]:"))
        #expect(second.output.contains("Done!"))
        #expect(try read(folder, "charter.txt").contains("The rules of our neighbourhood watch group"))
        let export = try Binary.run(["export", "--dir", folder.path, "--force"])
        #expect(export.status == 0, "\(export.errors)")
        // What export and check-address say about the group is in its language too.
        #expect(!export.output.contains("map"), "\(export.output)")
        let check = try Binary.run(["check-address", "Zeeweg 13", "--dir", folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasPrefix("Inside the area"), "\(check.output)")
        #expect(try read(folder, "charter.txt").contains("The rules of our neighbourhood watch group"))
        let dutch = try Binary.run(["export", "--dir", folder.path, "--force", "--lang", "nl"])
        #expect(dutch.status == 0, "\(dutch.errors)")
        #expect(try read(folder, "charter.txt").contains("Spelregels"))
    }
}
