import Testing
@testable import BuurtstartCore

/// A transcript is plain text: what acts on a terminal is invalid in it, and a diff shows it.
@Suite("Transcripts under real use")
struct ReplayTrustTests {
    let header = "# buurtstart-transcript: 1\n# date: 2026-11-26\n"

    @Test("a raw control character or escape sequence makes a transcript invalid at its line", arguments: [
        ("Welkom\n\u{1B}[2JGemeente:\n» Katwijk", 4, "\\u{1B}"),
        ("Welkom\r\n» Katwijk", 3, "\\u{D}"),
        ("Welkom\n» Kat\u{7}wijk", 4, "\\u{7}"),
        ("Welkom\n» Zee\u{202E}weg", 4, "\\u{202E}"),
    ])
    func controlCharacters(body: String, line: Int, shown: String) {
        do {
            _ = try Transcript.parse(header + body)
            Issue.record("accepted")
        } catch {
            #expect(error.line == line)
            #expect(error.kind == .controlCharacter(shown))
            let said = Language.dutch.text(ShellText.transcriptError(error, file: "t.txt"))
            #expect(said.hasPrefix("t.txt:\(line): "))
            #expect(said.contains(shown))
            #expect(!said.unicodeScalars.contains(where: TextInput.isHidden))
        }
    }

    @Test("a header line with a control character is invalid before its value is quoted")
    func headerLine() {
        do {
            _ = try Transcript.parse("# buurtstart-transcript: 1\n# lang: \u{1B}]0;x\u{7}\n# date: 2026-11-26\n")
            Issue.record("accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.kind == .controlCharacter("\\u{1B}"))
        }
    }

    @Test("a diff shows control characters and trailing spaces as visible escapes")
    func visibleDiff() throws {
        let difference = try #require(TextDifference.between(expected: "a\nKat\u{1B}[2Jwijk\r\nb", actual: "a\nKatwijk \nb",
                                                             expectedName: "x", actualName: "y"))
        #expect(difference.diff.contains("-Kat\\u{1B}[2Jwijk\\u{D}"))
        #expect(difference.diff.contains("+Katwijk\\u{20}"))
        #expect(TextInput.lines(difference.diff).allSatisfy { !$0.unicodeScalars.contains(where: TextInput.isHidden) })
    }
}
