import Testing
@testable import BuurtstartCore

/// Issue 24, items 16 and 17: an answers file edited by hand is refused where it contradicts
/// itself, as the session would have refused it, and where a key is written twice.
@Suite("Answers files that contradict themselves")
struct AnswersFileTrustTests {
    func finishedFile() throws -> (Answers, String) {
        let (answers, _) = try finishedAnswers()
        return (answers, String(decoding: AnswersFile.encode(answers), as: UTF8.self))
    }

    func refusal(_ answers: Answers) -> DataFileError? {
        do { _ = try AnswersFile.decode(AnswersFile.encode(answers)); return nil } catch { return error }
    }

    @Test("contradicting agreements are refused, naming both, finished or not")
    func conflict() throws {
        var (answers, _) = try finishedFile()
        answers.agreements.selected.removeAll { $0 == .stayNearHome || $0 == .approachSafely }
        answers.agreements.selected += [.stayNearHome, .approachSafely]
        #expect(refusal(answers) == DataFileError(.inconsistent(.agreementsConflict(.stayNearHome, .approachSafely)), field: "agreements.selected"))
        answers.status = .unfinished
        #expect(refusal(answers) == DataFileError(.inconsistent(.agreementsConflict(.stayNearHome, .approachSafely)), field: "agreements.selected"))
    }

    @Test("an agreement without the one it needs is refused")
    func requirement() throws {
        var (answers, _) = try finishedFile()
        answers.agreements.selected.removeAll { $0 == .say112Called }
        if !answers.agreements.selected.contains(.oneCaller) { answers.agreements.selected.append(.oneCaller) }
        #expect(refusal(answers) == DataFileError(.inconsistent(.agreementNeeds(.oneCaller, needs: .say112Called)), field: "agreements.selected"))
    }

    @Test("a finished file without any agreement is refused; an unfinished one may have none yet")
    func none() throws {
        var (answers, _) = try finishedFile()
        answers.agreements.selected = []
        #expect(refusal(answers) == DataFileError(.inconsistent(.noAgreementChosen), field: "agreements.selected"))
        answers.status = .unfinished
        #expect(refusal(answers) == nil)
    }

    @Test("a key written twice is refused, naming it, wherever it is", arguments: [
        ("\"name\" : \"Buurtpreventie Zeeweg-Noord\"", "\"name\" : \"Buurtpreventie Zeeweg-Noord\", \"name\" : \"Andere naam\"", "group.name"),
        ("\"firstName\" : \"Piet\"", "\"firstName\" : \"Piet\", \"first\\u004eame\" : \"Klaas\"", "admins.people[1].firstName"),
        ("\"status\" : \"finished\"", "\"status\" : \"finished\", \"status\" : \"unfinished\"", "status"),
    ])
    func duplicateKey(original: String, replacement: String, field: String) throws {
        let (_, text) = try finishedFile()
        let edited = text.replacing(original, with: replacement)
        #expect(edited != text, "the edit changed nothing")
        #expect(throws: DataFileError(.duplicateKey, field: field)) { try AnswersFile.decode(Array(edited.utf8)) }
        for language in Language.allCases {
            let said = language.text(ShellText.dataFile(DataFileError(.duplicateKey, field: field), file: "buurtstart.json"))
            #expect(said.contains("buurtstart.json") && said.contains(field))
        }
    }

    @Test("the same key in different objects is no duplicate")
    func sameKeyElsewhere() throws {
        let (answers, text) = try finishedFile()
        #expect(try AnswersFile.decode(Array(text.utf8)) == answers)
    }
}
