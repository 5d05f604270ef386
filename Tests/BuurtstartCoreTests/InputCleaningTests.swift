import Testing
@testable import BuurtstartCore

/// Issue 24, items 5-7: one cleaning and refusal for every typed answer and every argument.
@Suite("Nothing invisible accepted")
struct InputCleaningTests {
    /// Characters that show nothing, each alone, between letters, and as a whole answer.
    static let invisible: [Unicode.Scalar] = [
        0x3164, 0x2800, 0xAD, 0x2062, 0xE0041, 0xFFF9, 0x180E, 0x115F, 0xFFA0, 0x34F, 0xFDD0, 0xFFFE, 0x10FFFF, 0x9,
    ].map { Unicode.Scalar(UInt32($0))! }

    @Test("an answer made of, or holding, a character nobody can see is refused", arguments: invisible)
    func refused(_ scalar: Unicode.Scalar) {
        let alone = String(scalar)
        for text in [alone, alone + alone + alone, "Zee" + alone + "weg", alone + " Katwijk"] {
            #expect(throws: Problem.invisibleCharacters, "\(scalar.value)") { try TextInput.clean(text) }
        }
    }

    @Test("combining marks with nothing to sit on are refused; on a letter they are kept")
    func combiningMarks() throws {
        for text in ["\u{301}", "\u{301}\u{308}\u{20DD}", "Zeeweg \u{301}", "\u{200D}", "\u{FE0F}", "Zee\u{200D}weg"] {
            #expect(throws: Problem.invisibleCharacters, "\(text.unicodeScalars.map(\.value))") { try TextInput.clean(text) }
        }
        for text in ["Cafe\u{301}straat", "👨‍👩‍👧 Buurt", "Buurt ❤️", "🏠🚨", "Ĳsselmonde"] {
            #expect(try TextInput.clean(text) == text)
        }
    }

    @Test("a tab in an answer is refused, not made a space; shown, it is a visible stand-in")
    func tab() {
        #expect(throws: Problem.invisibleCharacters) { try TextInput.clean("Zee\tweg 13") }
        #expect(TextInput.visible("Zee\tweg") == "Zee\u{2409}weg")
    }

    @Test("the session refuses an answer of fillers and asks again", arguments: ["\u{3164}", "\u{2800}\u{2800}", "\u{301}", "Katwijk\t"])
    func session(_ typed: String) {
        var driver = Driver()
        let said = driver.type(typed)
        #expect(said.contains("onzichtbare tekens"))
        #expect(driver.session.answers.group.municipality.isEmpty)
        #expect(driver.question == .municipality)
    }

    @Test("an answers file holding a filler is refused, naming the field")
    func answersFile() throws {
        var answers = Answers()
        answers.group.name = "\u{3164}"
        #expect(answers.firstInconsistency()?.0 == "group.name")
        #expect(answers.firstInconsistency()?.1 == .invisibleCharacters)
    }

    @Test("an argument holding an escape, a direction override or a zero-width space is refused, shown visibly",
          arguments: [["check-address", "Zee\u{200B}weg 13"], ["--lang", "en\u{1B}[2J"], ["replay", "a\u{202E}b.txt"],
                      ["export", "--format", "te\u{AD}xt"], ["--dir", "x\u{1B}]0;title\u{7}"]])
    func argument(_ arguments: [String]) throws {
        let problem = try #require(UsageProblem(hiddenIn: arguments))
        for language in Language.allCases {
            let said = problem.texts.map(language.text).joined()
            #expect(!said.unicodeScalars.contains { $0 != "\u{FFFD}" && TextInput.isHidden($0) })
            #expect(said.contains("\u{FFFD}") || said.contains("\u{241B}"))
        }
        #expect(UsageProblem(hiddenIn: ["check-address", "Zeeweg 13", "--dir", "Groep ❤️", "--lang", "en"]) == nil)
    }
}

/// Issue 24, item 19: a number with a mark before it is never taken as part of a street's name.
@Suite("Marked house numbers")
struct MarkedNumberTests {
    @Test("a mark before a number is refused with the entry read without it",
          arguments: [("Zeeweg #5", "#", "Zeeweg 5"), ("Zeeweg +3", "+", "Zeeweg 3"), ("Zeeweg -1", "-", "Zeeweg 1"),
                      ("Zeeweg -5-7", "-", "Zeeweg 5-7"), ("Lange Zeeweg #5 oneven", "#", "Lange Zeeweg 5 oneven")])
    func refused(_ typed: String, _ mark: String, _ understood: String) {
        #expect(throws: Problem.streetWordsUnknown(mark, understood: understood)) { try StreetEntry(parsing: typed) }
    }

    @Test("the session asks again, naming the mark, and stores no street named 'Zeeweg #5'")
    func session() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "")
        #expect(driver.question == .street)
        let said = driver.type("Zeeweg #5")
        #expect(said.contains("'#' begrijp ik niet. Bedoel je: Zeeweg 5?"))
        #expect(driver.session.answers.area.streets.isEmpty)
    }

    @Test("names with a hyphen or a plus inside a word stay names")
    func kept() throws {
        #expect(try StreetEntry(parsing: "Jan-Pieter Heijestraat 4").name == "Jan-Pieter Heijestraat")
        #expect(try StreetEntry(parsing: "Van 't Hoff-laan").name == "Van 't Hoff-laan")
    }
}

/// Issue 24, item 20: a transcript's error names the header line it is about.
@Suite("Transcript header errors")
struct TranscriptHeaderErrorTests {
    @Test("a preset outside the transcript's folder is reported as the preset: line, not start-from")
    func presetPath() throws {
        let text = "# buurtstart-transcript: 1\n# date: 2026-11-26\n# preset: ../elders.json\nWelkom\n"
        let error = try #require(throws: TranscriptError.self) { try Transcript.parse(text) }
        #expect(error == TranscriptError(line: 3, kind: .badFile(.preset, "../elders.json")))
        #expect(Language.dutch.text(ShellText.transcriptError(error, file: "t.txt")).contains("de regel preset:"))
        #expect(!Language.dutch.text(ShellText.transcriptError(error, file: "t.txt")).contains("start-from"))
        #expect(Language.english.text(ShellText.transcriptError(error, file: "t.txt")).contains("the preset: line"))
    }

    @Test("a preset file that cannot be read or is no preset is named, not called the starting file")
    func presetFile() {
        let unreadable = TranscriptError(line: 3, kind: .fileUnreadable(.preset, name: "mijn.json", .missing))
        let invalid = TranscriptError(line: 3, kind: .fileInvalid(.preset, name: "mijn.json", DataFileError(.notJSON)))
        for error in [unreadable, invalid] {
            for language in Language.allCases {
                let said = language.text(ShellText.transcriptError(error, file: "t.txt"))
                #expect(said.hasPrefix("t.txt:3: "))
                #expect(said.contains("mijn.json"))
                #expect(!said.contains("startbestand") && !said.contains("starting file"))
            }
        }
    }
}

/// Issue 24, item 10: Tab offers a street's name as it must be typed.
@Suite("Street names as typed")
struct StreetNameTypedTests {
    @Test("a name that would be read otherwise unquoted is offered in quotes", arguments: [
        ("Plein 1813", "\"Plein 1813\""), ("Laan 1940-1945", "\"Laan 1940-1945\""), ("Zeeweg", "Zeeweg"),
        ("18 Septemberplein", "18 Septemberplein"), ("Lange Ĳzerstraat", "Lange Ĳzerstraat"),
    ])
    func typed(_ name: String, _ expected: String) throws {
        #expect(StreetEntry.typed(name) == expected)
        // What is offered reads back as the whole street of that name.
        let entry = try StreetEntry(parsing: expected)
        #expect(entry.name == name && entry.range == nil && entry.side == nil)
    }

    @Test("the street question's completions hold the quoted name")
    func completions() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "", "\"Plein 1813\" 1-10")
        #expect(driver.session.completions.contains("\"Plein 1813\""))
        #expect(!driver.session.completions.contains("Plein 1813"))
    }
}

/// Issue 24's questionable points, as decided.
@Suite("Questionable points")
struct QuestionablePointTests {
    @Test("a phone number in any line is recognised; lists of numbers are not taken for one", arguments: [
        ("Bel Anna: 06-12345678", true), ("+31 6 12345678", true), ("(071) 123 45 67", true), ("via 0031612345678", true),
        ("1 2 3 4 5 6 7 8 9 10 11", false), ("Zeeweg 1-99 oneven", false), ("Na 23.00 uur", false), ("2221 AB", false),
        ("Laan 10000-99999", false), ("via 0900-8844", false), ("Katwijk", false),
    ])
    func phoneMentioned(_ text: String, _ expected: Bool) {
        #expect(PhoneNumber.isMentioned(in: text) == expected)
    }

    @Test("wijzig -1 at the review says which steps there are, as wijzig 9 does")
    func changeNegative() {
        var driver = Driver()
        driver.type(fullSession)
        #expect(driver.question == .review)
        #expect(Command("wijzig -1", language: .dutch) == .change("-1"))
        let said = driver.type("wijzig -1")
        #expect(said == driver.type("wijzig 9"))
        #expect(said.contains("1 tot en met 7"))
        #expect(driver.question == .review)
    }

    @Test("terug at the review after wijzig 1 goes to the question last answered, and answering it returns to the review")
    func backAfterChange() {
        var driver = Driver()
        driver.type(fullSession)
        driver.type("wijzig 1", "", "", "")
        #expect(driver.question == .review)
        driver.type("terug")
        #expect(driver.question == .groupName)
        driver.type("")
        #expect(driver.question == .review)
        // Back past the changed step's first question: the review again, where wijzig was typed.
        driver.type("terug", "terug", "terug", "terug")
        #expect(driver.question == .review)
    }
}
