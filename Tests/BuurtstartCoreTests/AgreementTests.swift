import Testing
@testable import BuurtstartCore

/// Every pair of agreements declared to contradict each other, each once.
let conflictingPairs: [(AgreementID, AgreementID)] = AgreementID.allCases.flatMap { first in
    first.conflicting.filter { first.number < $0.number }.map { (first, $0) }
}

/// Every agreement with what it requires.
let requirements: [(AgreementID, AgreementID)] = AgreementID.allCases.flatMap { id in id.agreement.requires.map { (id, $0) } }

@Suite("Choosing agreements")
struct AgreementChoiceTests {
    func choices(_ ids: [AgreementID]) -> AgreementChoices {
        var choices = AgreementChoices()
        choices.selected = AgreementID.allCases.filter(ids.contains)
        return choices
    }

    @Test("numbers, ids, minus, alles, geen and aanbevolen on one line, applied left to right")
    func syntax() throws {
        let start = AgreementChoices()
        #expect(start.selected == AgreementID.recommended)
        var change = try start.applying("21 -fotos saar", language: .dutch)
        #expect(change.choices.has(.questionsPrivately) && !change.choices.has(.photos))
        #expect(change.switchedOn == [.questionsPrivately])
        #expect(change.switchedOff == [.photos])
        change = try start.applying("geen 1 14", language: .dutch)
        #expect(change.choices.selected == [.saar, .respect])
        change = try start.applying("geen aanbevolen", language: .dutch)
        #expect(change.choices.selected == AgreementID.recommended)
        #expect(try start.applying("lijst", language: .dutch).listAsked)
        let reading = try start.applying("? 22 fotos", language: .dutch)
        #expect(reading.toRead == [.stayNearHome, .photos], "read before choosing")
        #expect(reading.choices == start && reading.switchedOn.isEmpty)
        #expect(throws: Problem.agreementUnknown("onzin")) { try start.applying("? onzin", language: .dutch) }
        #expect(try start.applying("GEEN 1", language: .dutch).choices.selected == [.saar], "capitals work too")
        #expect(try start.applying("none 1", language: .english).choices.selected == [.saar], "English words in English")
        #expect(throws: Problem.agreementUnknown("none")) { try start.applying("none", language: .dutch) }
        #expect(throws: Problem.agreementUnknown("onzin")) { try start.applying("3 onzin", language: .dutch) }
        #expect(throws: Problem.agreementUnknown("99")) { try start.applying("99", language: .dutch) }
        #expect(throws: Problem.agreementUnknown("-99")) { try start.applying("-99", language: .dutch) }
    }

    @Test("every conflict is refused when chosen, naming both, the new one first; choosing one of the two works",
          arguments: conflictingPairs.map { [$0.0, $0.1] })
    func conflict(_ pair: [AgreementID]) throws {
        let (first, second) = (pair[0], pair[1])
        for (on, new) in [(first, second), (second, first)] {
            let start = choices(AgreementID.recommended.filter { $0 != new } + [on])
            #expect(throws: Problem.agreementsConflict(new, on)) { try start.applying(new.rawValue, language: .dutch) }
            #expect(throws: Problem.agreementsConflict(new, on)) { try start.applying("\(new.number)", language: .dutch) }
            let resolved = try start.applying("\(new.number) -\(on.number)", language: .dutch)
            #expect(resolved.choices.has(new) && !resolved.choices.has(on))
            #expect(resolved.choices.conflicts.isEmpty)
        }
        let both = choices([first, second])
        #expect(both.conflicts == [AgreementPair(first, second)])
        #expect(throws: Problem.agreementsConflict(first, second)) { try both.confirmed() }
        #expect(both.problems == [.agreementsConflict(first, second)])
    }

    @Test("there is at least one conflict and one requirement, and staying home contradicts approaching together")
    func declaredConflicts() {
        // The parameterized tests below run once per declared pair: none declared, none run.
        #expect(!conflictingPairs.isEmpty && !requirements.isEmpty)
        #expect(conflictingPairs.contains { $0 == (.approachSafely, .stayNearHome) })
        #expect(AgreementID.stayNearHome.conflicts(with: .approachSafely) && AgreementID.approachSafely.conflicts(with: .stayNearHome))
    }

    @Test("an agreement without what it requires is refused, whichever way the line gets there",
          arguments: requirements.map { [$0.0, $0.1] })
    func requirement(_ pair: [AgreementID]) throws {
        let (id, needed) = (pair[0], pair[1])
        let without = choices([id])
        #expect(throws: Problem.agreementNeeds(id, needs: needed)) { try without.confirmed() }
        #expect(throws: Problem.agreementNeeds(id, needs: needed)) { try choices([]).applying(id.rawValue, language: .dutch) }
        #expect(throws: Problem.agreementNeeds(id, needs: needed)) { try choices([id, needed]).applying("-\(needed.number)", language: .dutch) }
        #expect(try choices([]).applying("\(id.number) \(needed.number)", language: .dutch).choices.selected.contains(id))
        #expect(try choices([id, needed]).applying("-\(needed.number) -\(id.number)", language: .dutch).choices.selected.isEmpty)
    }

    @Test("switching off a seed agreement warns with what the seed asks, and keeps the change",
          arguments: AgreementID.fromSeed)
    func seedWarning(_ id: AgreementID) throws {
        // Whatever needs the agreement goes off with it.
        let dependents = AgreementID.allCases.filter { $0.agreement.requires.contains(id) }
        let change = try choices(AgreementID.allCases.filter { !$0.conflicts(with: .approachSafely) })
            .applying(([id] + dependents).map { "-\($0.number)" }.joined(separator: " "), language: .dutch)
        #expect(change.seedWarnings == [id])
        #expect(!change.choices.has(id))
        for language in Language.allCases {
            let warning = language.text(AgreementText.seedWarning(id, basedOn: nil))
            #expect(warning.contains(language == .dutch ? "het advies van veel gemeenten, zoals Katwijk" : "the advice of many municipalities, such as Katwijk"))
            #expect(warning.contains("\(id.number)"))
            #expect(!warning.hasSuffix(": "), "says what the seed asks")
            // With a preset, its source is named too.
            let preset = language.text(AgreementText.seedWarning(id, basedOn: "het advies van de politie Hollands Midden"))
            #expect(preset.contains("het advies van de politie Hollands Midden") && preset.contains("Katwijk"))
        }
    }

    @Test("the seed's agreements are the ones on gemeente Katwijk's page, and the Katwijk preset keeps them all")
    func seed() throws {
        #expect(Set(AgreementID.fromSeed) == [.call112First, .say112Called, .whatIsSuspicious, .describePerson, .describeVehicle,
                                              .approachSafely, .noVigilantism, .photos, .respect, .purposeOnly, .citizensInitiative])
        let katwijk = try #require(Preset.shipped(named: "katwijk"))
        #expect(Set(katwijk.agreements ?? []).isSuperset(of: AgreementID.fromSeed))
    }

    @Test("switching off an agreement not from the seed gives no warning")
    func noSeedWarning() throws {
        for id in AgreementID.recommended where !id.isFromSeed && !AgreementID.recommended.contains(where: { $0.agreement.requires.contains(id) }) {
            #expect(try AgreementChoices().applying("-\(id.number)", language: .dutch).seedWarnings.isEmpty, "\(id)")
        }
    }

    @Test("alles never switches on a contradiction: the one already on stays, else the recommended one")
    func all() throws {
        let fromRecommended = try AgreementChoices().applying("alles", language: .dutch)
        #expect(fromRecommended.choices.conflicts.isEmpty)
        #expect(fromRecommended.choices.has(.approachSafely) && !fromRecommended.choices.has(.stayNearHome))
        #expect(fromRecommended.leftOff == [AgreementPair(.stayNearHome, .approachSafely)])
        #expect(fromRecommended.choices.selected.count == AgreementID.allCases.count - conflictingPairs.count)

        let staying = try choices([.stayNearHome]).applying("alles", language: .dutch)
        #expect(staying.choices.has(.stayNearHome) && !staying.choices.has(.approachSafely))
        #expect(staying.leftOff == [AgreementPair(.approachSafely, .stayNearHome)])
        #expect(try choices([]).applying("geen alles", language: .dutch).choices.has(.approachSafely))
        #expect(throws: Problem.agreementsConflict(.stayNearHome, .approachSafely)) { try choices([]).applying("alles 22", language: .dutch) }
        for language in Language.allCases {
            #expect(language.text(AgreementText.leftOffByAll(AgreementPair(.stayNearHome, .approachSafely))).contains("10"))
        }
    }

    @Test("geen is allowed on the way but explained; Enter with nothing chosen is refused")
    func empty() throws {
        let none = try AgreementChoices().applying("geen", language: .dutch)
        #expect(none.nothingChosen)
        #expect(none.seedWarnings == AgreementID.fromSeed.filter(AgreementID.recommended.contains))
        #expect(throws: Problem.noAgreementChosen) { try none.choices.confirmed() }
        #expect(!(try none.choices.applying("1", language: .dutch).nothingChosen))
        try AgreementChoices().confirmed()
        for language in Language.allCases {
            #expect(!language.text(AgreementText.noneChosen).isEmpty)
            #expect(!language.text(Message.problem(.noAgreementChosen)).isEmpty)
        }
    }

    @Test("the approach group is 2 to a small maximum, in a session's rule, a file and a preset")
    func approachGroup() throws {
        #expect(AgreementChoices.approachGroupSizes == 2...4)
        for size in [0, 1, 5, 20] {
            #expect(throws: Problem.approachGroupTooSmall(size)) { try AnswerCheck.approachGroupSize(size) }
        }
        for size in 2...4 { try AnswerCheck.approachGroupSize(size) }
        let file = String(decoding: AnswersFile.encode(Answers()), as: UTF8.self)
            .replacing("\"approachGroupSize\" : 2", with: "\"approachGroupSize\" : 5")
        #expect(file.contains("\"approachGroupSize\" : 5"))
        #expect(throws: DataFileError(.inconsistent(.approachGroupTooSmall(5)), field: "agreements.approachGroupSize")) {
            try AnswersFile.decode(Array(file.utf8))
        }
        #expect(throws: DataFileError.self) {
            try Preset.decode(Array(#"{"format": 1, "name": "x", "basedOn": "y", "approachGroupSize": 5}"#.utf8))
        }
        for language in Language.allCases {
            #expect(language.text(Message.problem(.approachGroupTooSmall(5))).contains("4"))
        }
    }

    @Test("the approach question refuses 18, so what a session saves loads again (the fuzzer's input before the engine checked 2 to 4)")
    func approachGroupSaved() throws {
        var driver = Driver()
        driver.answer(until: .agreements)
        #expect(driver.question == .agreements)
        #expect(driver.type("", "18").contains("2 tot en met 4"))
        #expect(driver.question == .approachGroupSize)
        let saved = try #require(driver.saved)
        #expect(saved.agreements.approachGroupSize == 2)
        #expect(try AnswersFile.decode(AnswersFile.encode(saved)) == saved)
    }

    @Test("the full text of every agreement, before choosing it: heading, article, what it adds and what it cannot go with",
          arguments: Language.allCases)
    func fullText(_ language: Language) {
        for id in AgreementID.allCases {
            let lines = id.fullText(in: language, answers: Answers())
            #expect(lines.count >= 2)
            #expect(lines[0].contains("\(id.number)") && lines[0].contains("(\(language.text(AgreementText.id(id))))"))
            #expect(lines.allSatisfy { !$0.isEmpty })
            let article = language.text(AgreementText.article(id, AgreementSettings(Answers())))
            #expect(lines.joined(separator: "\n").contains(article))
            if id.agreement.checklistLine {
                #expect(lines.contains { $0.contains(language.text(AgreementText.checklistLine(id, AgreementSettings(Answers())))) })
            }
        }
        let stay = AgreementID.stayNearHome.fullText(in: language, answers: Answers())
        #expect(stay.last?.contains("10") == true)
        let oneCaller = AgreementID.oneCaller.fullText(in: language, answers: Answers())
        #expect(oneCaller.last?.contains("3") == true)
        #expect(AgreementID.photos.fullText(in: language, answers: Answers()).contains { $0.contains("Katwijk") })
    }

    @Test("problems name both agreements by number and title, in every language")
    func problemWords() {
        for language in Language.allCases {
            let conflict = language.text(Message.problem(.agreementsConflict(.stayNearHome, .approachSafely)))
            #expect(conflict.contains("22") && conflict.contains("10"))
            #expect(conflict.contains(language.text(AgreementText.title(.stayNearHome))))
            #expect(conflict.contains("22 -10"), "says how to resolve it")
            let needs = language.text(Message.problem(.agreementNeeds(.oneCaller, needs: .say112Called)))
            #expect(needs.contains("4") && needs.contains("3"))
        }
    }

    @Test("ids stay as they were, so saved files and presets keep loading; wijkagent now means contact, not membership")
    func ids() {
        #expect(AgreementID(rawValue: "wijkagent") == .wijkagentContact)
        #expect(AgreementID.allCases.count == 27)
        #expect(AgreementID(numberOrID: "13") == .noForwarding)
        #expect(AgreementID(numberOrID: "FOTOS") == .photos)
    }
}

@Suite("Signing up")
struct SignUpTests {
    @Test("an older answers file without a sign-up contact still loads; a new one keeps it")
    func signUpContact() throws {
        var (answers, _) = try finishedAnswers()
        #expect(answers.admins.signUpContact == nil)
        let old = AnswersFile.encode(answers)
        #expect(!String(decoding: old, as: UTF8.self).contains("signUpContact"))
        #expect(try AnswersFile.decode(old) == answers)
        answers.admins.signUpContact = "bij Anna, Zeeweg 12"
        let new = AnswersFile.encode(answers)
        #expect(try AnswersFile.decode(new).admins.signUpContact == "bij Anna, Zeeweg 12")
        answers.admins.signUpContact = "bij Anna\u{202E}"
        #expect(answers.firstInconsistency()?.0 == "admins.signUpContact")
    }

    @Test("the invitation says how to sign up: the contact chosen, else a place to fill in, never an admin's number unasked")
    func invitation() throws {
        var (answers, _) = try finishedAnswers()
        #expect(SignUp.way(for: answers.admins) == .toFillIn)
        var whatsApp = WhatsAppRenderer.render(answers, language: .dutch)
        #expect(whatsApp.contains("Aanmelden: [vul hier in"))
        #expect(whatsApp.contains("(Vul eerst in hoe buren zich aanmelden"))
        answers.admins.phonesInCharter = true
        #expect(SignUp.way(for: answers.admins) == .toFillIn, "Piet, the contact, gave no number")
        answers.admins.contact = 0
        // Numbers printed in the charter are for members: the letter and the invitation, which
        // anyone can read and forward, keep the empty place the sign-up question promised.
        #expect(SignUp.way(for: answers.admins) == .toFillIn)
        for language in Language.allCases {
            #expect(!WhatsAppRenderer.render(answers, language: language).contains("06-12345678"))
            let letter = HTMLRenderer.render(PrintedDocument(.letter, answers, date: CalendarDate(year: 2026, month: 11, day: 26)!, language: language))
            #expect(!letter.contains("06-12345678"))
        }
        answers.admins.signUpContact = "briefje in de bus bij Zeeweg 12"
        whatsApp = WhatsAppRenderer.render(answers, language: .dutch)
        #expect(whatsApp.contains("Aanmelden: briefje in de bus bij Zeeweg 12."))
        #expect(!whatsApp.contains("Vul eerst in"))
        #expect(WhatsAppRenderer.render(answers, language: .english).contains("To join: briefje in de bus bij Zeeweg 12."))
    }
}
