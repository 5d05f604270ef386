import Foundation
import Testing

/// What a resident notices when a file was edited by hand or by someone else: nothing from a
/// file reaches the terminal or a document raw.
@Suite("Files under real use", .serialized)
struct TrustTests {
    @Test("an escape sequence in an admin's phone is refused by export and the session, naming the field, never shown raw")
    func escapeInAnswersFile() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let file = folder.appendingPathComponent("buurtstart.json")
        let edited = try read(folder, "buurtstart.json")
            .replacingOccurrences(of: "\"06-12345678\"", with: "\"06-1234\\u001b[2J5678\"")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["export", "--force"], []] {
            let run = try Binary.run(arguments + ["--dir", folder.path], input: "\n")
            #expect(run.status == 65)
            #expect(run.errors.contains("buurtstart.json, veld admins.people[0].phone"))
            #expect(!(run.output + run.errors).contains("\u{1B}"))
        }
        #expect(try !read(folder, "charter.txt").contains("\u{1B}"))
    }
}
