import Testing
@testable import BuurtstartCore

/// What is read from a file passes the checks typed input passes, field by field, and a
/// refusal names the file and the field without letting a hidden character through.
@Suite("Answers read from a file")
struct AnswersValidationTests {
    /// The standard session's finished answers file with `change` applied to its text.
    func file(_ change: (String) -> String) throws -> [UInt8] {
        let (answers, _) = try finishedAnswers()
        return Array(change(String(decoding: AnswersFile.encode(answers), as: UTF8.self)).utf8)
    }

    func refusal(_ bytes: [UInt8]) -> DataFileError? {
        do { _ = try AnswersFile.decode(bytes); return nil } catch { return error }
    }

    @Test("an escape sequence or a control character in any text is refused, naming the field", arguments: [
        ("\"firstName\" : \"Piet\"", "\"firstName\" : \"Piet\", \"phone\" : \"06\\u001b[2J12345678\"", "admins.people[1].phone"),
        ("\"firstName\" : \"Anna\"", "\"firstName\" : \"An\\u009bna\"", "admins.people[0].firstName"),
        ("\"charter\" :", "\"basedOn\" : \"gemeente\\u001b]52;c;aGFsbG8=\\u0007 Katwijk\", \"charter\" :", "basedOn"),
        ("\"name\" : \"Buurtpreventie Zeeweg-Noord\"", "\"name\" : \"Buurt\\tpreventie\"", "group.name"),
        ("\"wijkagentReach\" : \"via 0900-8844\"", "\"wijkagentReach\" : \"via \\u202e0900\"", "contacts.wijkagentReach"),
        ("\"custom\" : [\n\n    ]", "\"custom\" : [\"Geen\\rreclame\"]", "agreements.custom[0]"),
        ("\"name\" : \"Boulevard\"", "\"name\" : \"Boule\\u001bvard\"", "area.streets[1].name"),
    ])
    func hiddenCharacters(original: String, replacement: String, field: String) throws {
        let bytes = try file { $0.replacing(original, with: replacement) }
        #expect(bytes != (try file { $0 }), "the edit changed nothing")
        #expect(refusal(bytes) == DataFileError(.inconsistent(.invisibleCharacters), field: field))
    }

    @Test("each field is checked as a typed answer would be", arguments: [
        ("\"phone\" : \"06-12345678\"", "\"phone\" : \"12345\"", "admins.people[0].phone", Problem.phoneShape("12345")),
        ("\"firstName\" : \"Piet\"", "\"firstName\" : \"anna\"", "admins.people[1].firstName", .adminTwice("anna")),
        ("\"firstName\" : \"Piet\"", "\"firstName\" : \"42\"", "admins.people[1].firstName", .firstNameNeedsLetters("42")),
        ("\"language\" : \"nl\"", "\"language\" : \"de\"", "language", .choiceUnknown("de", options: ["nl", "en"])),
        ("\"date\" : \"2026-11-26\"", "\"date\" : \"2026-13-45\"", "charter.date", .dateShape("2026-13-45")),
        ("\"version\" : 1\n  },", "\"version\" : -1\n  },", "charter.version", .numberBelow(-1, lowest: 1)),
        ("\"version\" : 1\n  },", "\"version\" : 9223372036854775807\n  },", "charter.version",
         .numberAbove(Int.max, highest: AnswerLimits.highestCharterVersion)),
        ("\"selected\" : [\n      \"saar\",", "\"selected\" : [\n      \"saar\", \"saar\",", "agreements.selected[1]", .agreementTwice("saar")),
        ("\"municipality\" : \"Katwijk\"", "\"municipality\" : \"\(String(repeating: "k", count: 81))\"", "group.municipality",
         .textTooLong(limit: 80, count: 81)),
        ("\"custom\" : [\n\n    ]", "\"custom\" : [\"\"]", "agreements.custom[0]", .answerRequired),
        ("\"wijkagentName\" : \"Jansen\"", "\"wijkagentName\" : \"\(String(repeating: "j", count: 61))\"", "contacts.wijkagentName",
         .textTooLong(limit: 60, count: 61)),
        // The letter's signer is held to the signer question's own check, as typed.
        ("\"signer\" : \"Piet\"", "\"signer\" : \"ja\"", "paper.signer", .signerNotAName("ja")),
        ("\"signer\" : \"Piet\"", "\"signer\" : \"2\"", "paper.signer", .signerNotAName("2")),
    ])
    func fields(original: String, replacement: String, field: String, problem: Problem) throws {
        let bytes = try file { $0.replacing(original, with: replacement) }
        #expect(bytes != (try file { $0 }), "the edit changed nothing")
        #expect(refusal(bytes) == DataFileError(.inconsistent(problem), field: field))
    }

    @Test("a number that is not whole names its field")
    func fractions() throws {
        let age = try file { $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : 18.5") }
        #expect(refusal(age) == DataFileError(.wrongType, field: "membership.minimumAge"))
        let range = try file { $0.replacing("\"first\" : 1,", with: "\"first\" : 1e400,") }
        #expect(refusal(range) == DataFileError(.wrongType, field: "area.streets[0].range.first"))
    }

    @Test("a bad date is refused as a bad date, not as unfinished; an unfinished file may have none")
    func dates() throws {
        let finishedWithout = try file { $0.replacing("\"date\" : \"2026-11-26\"", with: "\"date\" : \"\"") }
        #expect(refusal(finishedWithout) == DataFileError(.inconsistent(.dateShape("")), field: "charter.date"))
        var driver = Driver()
        driver.type("Katwijk")
        let unfinished = try #require(driver.saved)
        #expect(throws: Never.self) { try AnswersFile.decode(AnswersFile.encode(unfinished)) }
    }

    @Test("the refusal names the file and the field, says what to do, and shows no hidden character")
    func message() throws {
        let bytes = try file { $0.replacing("\"firstName\" : \"Piet\"", with: "\"firstName\" : \"Piet\", \"phone\" : \"06\\u001b[2J1\"") }
        let error = try #require(refusal(bytes))
        for language in Language.allCases {
            let said = language.text(ShellText.dataFile(error, file: "buurt/buurtstart.json"))
            #expect(said.contains("buurt/buurtstart.json"))
            #expect(said.contains("admins.people[1].phone"))
            #expect(said.contains("docs/answers.md"))
            #expect(!said.unicodeScalars.contains(where: TextInput.isHidden))
        }
    }
}
