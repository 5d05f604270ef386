import Foundation
import Testing

/// Issue 24, item 5: every command-line argument is cleaned and refused as a typed answer is.
@Suite("Arguments under real use", .serialized)
struct ArgumentTrustTests {
    /// Each option that takes text, given a value holding an escape sequence (a window title
    /// that would be set, a screen that would be cleared) or a direction override.
    static let commandLines: [[String]] = [
        ["check-address", "Zee\u{200B}weg 13"],
        ["check-address", "Zeeweg 13", "--postcode", "2225\u{1B}[2J"],
        ["--preset", "kat\u{1B}]0;pwned\u{7}wijk"],
        ["--date", "2026-11-26\u{202E}"],
        ["--lang", "en\u{1B}[31m"],
        ["export", "--format", "t\u{AD}ext"],
        ["export", "--without", "letter\u{1B}[2J"],
        ["--dir", "buurt\u{1B}[2J"],
        ["--record", "sessie\u{2066}.txt"],
        ["replay", "opname\u{1B}[5m.txt"],
    ]

    @Test("an argument holding a hidden character is refused with 64, shown visibly, before anything is made",
          arguments: commandLines)
    func refused(_ arguments: [String]) throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(arguments, input: "Katwijk\n", in: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("onzichtbare tekens"))
        let all = run.output + run.errors
        #expect(!all.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{200B}" || $0 == "\u{202E}" || $0 == "\u{2066}" || $0 == "\u{AD}" })
        // Nothing made: no answers, no documents, no transcript.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("check-address with a zero-width space in the street is refused, not answered 'outside'")
    func zeroWidthAddress() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let clean = try Binary.run(["check-address", "Zeeweg 13", "--dir", folder.path])
        let hidden = try Binary.run(["check-address", "Zee\u{200B}weg 13", "--dir", folder.path])
        #expect(clean.status == 0)
        #expect(hidden.status == 64)
        #expect(hidden.output.isEmpty)
        #expect(hidden.errors.contains("'Zee\u{FFFD}weg 13'"))
    }

    @Test("a folder name read by export --from - holding an escape is refused (65, its line), shown visibly")
    func listedFolder() throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(["export", "--from", "-"], input: "buurt\nzee\u{1B}]0;pwned\u{7}weg\n", in: folder)
        #expect(run.status == 65)
        #expect(run.errors.contains("-:2: 'zee\u{241B}]0;pwned\u{2407}weg'"))
        #expect(!(run.output + run.errors).contains("\u{1B}"))
    }
}

/// Issue 24, item 20, as replay says it.
@Suite("Replay names the header", .serialized)
struct ReplayHeaderTests {
    @Test("a missing preset file is reported at the # preset: line, by its name")
    func missingPreset() throws {
        let folder = try temporaryFolder()
        let transcript = folder.appendingPathComponent("t.txt")
        try Data("# buurtstart-transcript: 1\n# lang: nl\n# date: 2026-11-26\n#preset: mijn.json\nWelkom\n".utf8).write(to: transcript)
        let run = try Binary.run(["replay", transcript.path])
        #expect(run.status == 65)
        #expect(run.errors.contains("t.txt:4: het bestand 'mijn.json' van de regel preset: is niet te lezen"))
    }
}
