import Testing
@testable import BuurtstartCore

@Suite("Transcripts")
struct TranscriptTests {
    func recorded(_ inputs: [String]) -> Transcript {
        var header = Transcript.Header(date: CalendarDate(year: 2026, month: 11, day: 26)!)
        header.lines = header.written()
        let empty = Transcript(header: header, lines: inputs.map(Transcript.Line.input))
        return Replay.run(empty, startAnswers: nil).transcript
    }

    @Test("written and parsed again, a transcript is the same")
    func roundTrip() throws {
        let transcript = recorded(fullSession + ["klaar"])
        let parsed = try Transcript.parse(transcript.written())
        #expect(parsed.lines == transcript.lines)
        #expect(parsed.inputs == fullSession + ["klaar"])
    }

    @Test("output that looks like input, a comment or the end is escaped, and read back as output")
    func escaping() throws {
        for text in ["» Katwijk", "# kop", "\\ schuin", "␄ einde"] {
            let line = Transcript.write(.output(text))
            #expect(line == "\\" + text)
            var header = Transcript.Header(date: CalendarDate(year: 2026, month: 11, day: 26)!)
            header.lines = header.written()
            let parsed = try Transcript.parse((header.lines + [line]).joined(separator: "\n"))
            #expect(parsed.lines == [.output(text)])
        }
        // Input is taken literally after the marker, even when it starts with the marker.
        #expect(Transcript.write(.input("» dubbel")) == "» » dubbel")
    }

    @Test("typed control characters, backslashes, tabs and a trailing space are escaped, and read back exactly")
    func inputEscapes() throws {
        for typed in ["Kat\u{1B}[2Jwijk", "a\\b", "\\u{41}", "Zee\u{202E}weg", "tab\there", "spatie ", "\u{0}"] {
            let line = Transcript.write(.input(typed))
            #expect(!line.unicodeScalars.contains(where: TextInput.isHidden) && !line.hasSuffix(" "), "\(line)")
            var header = Transcript.Header(date: CalendarDate(year: 2026, month: 11, day: 26)!)
            header.lines = header.written()
            let parsed = try Transcript.parse((header.lines + [line]).joined(separator: "\n"))
            #expect(parsed.lines == [.input(typed)])
        }
        #expect(throws: TranscriptError.self) { try Transcript.parse("# buurtstart-transcript: 1\n# date: 2026-11-26\n» a\\qb") }
    }

    @Test("a transcript whose recorded text no longer matches the catalogue differs, at that line")
    func catalogueChange() throws {
        let current = recorded(fullSession)
        // As if recorded when the catalogue said something else.
        let old = try Transcript.parse(current.written().replacing(
            "Hoe heet je buurt, wijk of straat?", with: "Hoe heet je buurt, wijk of straat!"))
        let replayed = Replay.run(old, startAnswers: nil).transcript
        let difference = try #require(TextDifference.between(expected: old.written(), actual: replayed.written(),
                                                             expectedName: "a", actualName: "b"))
        #expect(difference.diff.contains("-Hoe heet je buurt, wijk of straat!"))
        #expect(difference.diff.contains("+Hoe heet je buurt, wijk of straat?"))
        #expect(old.written().split(separator: "\n", omittingEmptySubsequences: false)[difference.line - 1]
            == "Hoe heet je buurt, wijk of straat!")
        #expect(Replay.run(current, startAnswers: nil).transcript.written() == current.written())
    }

    @Test("a session with a set of groups names it in the header, and replays with it")
    func groupsHeader() throws {
        var header = Transcript.Header(date: CalendarDate(year: 2026, month: 11, day: 26)!)
        header.groups = "groepen"
        header.lines = header.written()
        #expect(header.lines.last == "# groups: groepen")
        let inputs = linesReaching(.street) + ["Zeeweg 1-99 oneven", "nee"]
        let others = GroupSet([try group("zuid", name: "Zeeweg-Zuid", streets: ["Zeeweg 41-61"])])
        let replayed = Replay.run(Transcript(header: header, lines: inputs.map(Transcript.Line.input)), startAnswers: nil, otherGroups: others)
        let parsed = try Transcript.parse(replayed.transcript.written())
        #expect(parsed.header.groups == "groepen")
        #expect(replayed.transcript.written().contains("Let op: de groep Zeeweg-Zuid heeft dit deel ook"))
        #expect(replayed.files[AnswersFile.name]?.contains("\"groups\" : \"groepen\"") == true)
    }

    @Test("malformed headers and bodies name the line", arguments: [
        ("hallo", 1),
        ("# buurtstart-transcript: 2\n# date: 2026-11-26", 1),
        ("# buurtstart-transcript: 1\n# lang: fr\n# date: 2026-11-26", 2),
        ("# buurtstart-transcript: 1\n# lang: nl", 3),
        ("# buurtstart-transcript: 1\n# date: 2026-11-26\n# options: --verbose", 3),
        ("# buurtstart-transcript: 1\n# date: 2026-11-26\n# start-from: ../geheim.json", 3),
        ("# buurtstart-transcript: 1\n# date: 2026-11-26\nWelkom\n»x", 4),
        ("# buurtstart-transcript: 1\n# date: 2026-11-26\n␄\n» Katwijk", 4),
        ("# buurtstart-transcript: 1\n# date: 2026-11-26\n# groups:", 3),
    ])
    func malformed(text: String, line: Int) {
        #expect(throws: TranscriptError.self) { try Transcript.parse(text) }
        do { _ = try Transcript.parse(text) } catch { #expect(error.line == line) }
    }
}
