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

@Suite("Replay under real use", .serialized)
struct ReplayUnderUseTests {
    @Test("a transcript holding a raw escape sequence is invalid (65, file:line), nothing raw printed")
    func rawEscape() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        try replace("Hoe heet je buurt, wijk of straat?", with: "Hoe heet je \u{1B}[2J\rbuurt?", in: transcript)
        let run = try Binary.run(["replay", transcript.path])
        #expect(run.status == 65)
        #expect(run.output.contains("ongeldig    \(transcript.path)"))
        #expect(run.errors.contains("01-katwijk-zeeweg.txt:"))
        #expect(!(run.output + run.errors).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("a document holding a control character differs with a visible diff")
    func documentDiff() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        try replace("versie 1", with: "versie\u{1B}[31m 1\r", in: folder.appendingPathComponent("01-katwijk-zeeweg/charter.txt"))
        let run = try Binary.run(["replay", transcript.path])
        #expect(run.status == 1)
        #expect(run.output.contains("versie\\u{1B}[31m 1\\u{D}"))
        #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("replay --update that cannot write says so and fails")
    func updateFails() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        // A file where the documents' folder should be: nothing can be written there, even as root.
        let companion = folder.appendingPathComponent("01-katwijk-zeeweg")
        try FileManager.default.removeItem(at: companion)
        try Data("geen map".utf8).write(to: companion)
        let run = try Binary.run(["replay", "--update", transcript.path])
        #expect(run.status == 73)
        #expect(!run.output.contains("bijgewerkt "))
        #expect(run.output.contains("mislukt     \(transcript.path)"))
        #expect(run.output.contains("0 geslaagd, 1 mislukt"))
        #expect(run.errors.contains(companion.path))
    }
}

@Suite("Help about the history")
struct HistoryHelpTests {
    @Test("--help says where earlier answers are kept, what is not kept, and how to clear them")
    func help() throws {
        for arguments in [["--help"], ["start", "--help"]] {
            let run = try Binary.run(arguments)
            #expect(run.status == 0)
            // Words, not the help's line breaks.
            let words = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("rm ~/.local/state/buurtstart/history"), "\(arguments)")
        }
    }
}
