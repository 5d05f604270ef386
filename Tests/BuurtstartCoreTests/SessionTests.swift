import BuurtstartTestSupport
import Testing
@testable import BuurtstartCore

/// Drives a session through the runner every front end uses, with a store in memory.
struct Driver {
    var runner: Runner<MemoryStore>
    var screen: [String] = []

    init(saved: Answers? = nil, existing: [String] = [], force: Bool = false, language: Language = .dutch,
         otherGroups: GroupSet? = nil) {
        var context = SessionContext(language: language, date: CalendarDate(year: 2026, month: 11, day: 26)!,
                                     existingDocuments: existing, force: force, directory: "test",
                                     resumeCommand: "buurtstart --dir test")
        context.otherGroups = otherGroups
        runner = Runner(context: context, saved: saved, store: MemoryStore())
        screen += runner.start().map(\.text)
    }

    var session: Session { runner.session }
    var saved: Answers? { runner.store.answers }
    var documents: Documents? { runner.store.documents }
    /// The messages the last line gave.
    var shown: [Message] { runner.shown.map(\.message) }
    var prompt: String { runner.prompt ?? "" }

    /// Types each line and returns what the last one printed.
    @discardableResult
    mutating func type(_ lines: String...) -> String { type(lines) }

    @discardableResult
    mutating func type(_ lines: [String]) -> String {
        var last = ""
        for line in lines {
            screen.append(prompt + line)
            let shown = runner.handle(.line(line)).map(\.text)
            screen += shown
            last = shown.joined(separator: "\n")
        }
        return last
    }

    /// Ctrl-D or the end of piped input.
    mutating func stop() -> String {
        let shown = runner.handle(.endOfInput).map(\.text)
        screen += shown
        return shown.joined(separator: "\n")
    }

    var question: QuestionID? { session.currentQuestion }
}

/// The answers a test session gives, by question (see `AnswerScript`).
let standardAnswers: [QuestionID: [String]] = [
    .municipality: ["Katwijk"], .neighbourhood: ["Zeeweg-Noord"], .groupName: [""],
    .street: ["Zeeweg 1-99 oneven", "Boulevard 2-40 even", ""],
    .postcode: ["2221 AB", ""], .boundary: ["tussen de Zeeweg en de Noordzee"],
    .minimumAge: ["18"], .eligibility: ["1"], .expectedMembers: ["40"], .chatGroup: ["nee"],
    .adminName: ["Anna", "Piet", ""], .adminPhone: ["06-12345678", ""], .contactAdmin: ["2"],
    .phonesInCharter: [""], .signUpContact: [""], .pages: [""], .letterSigner: [""],
    .agreements: [""], .approachGroupSize: [""], .photoRule: [""], .skinColour: [""], .customAgreement: [""],
    .wijkagentName: ["Jansen"], .wijkagentReach: ["via 0900-8844"], .burgernet: ["ja"],
]

extension Driver {
    /// Answers each question by its id, from `answers` first and then from the standard
    /// answers, until `target` is asked (it is not answered). Returns the lines typed.
    @discardableResult
    mutating func answer(until target: QuestionID, _ answers: [QuestionID: [String]] = [:]) -> [String] {
        var script = AnswerScript(answers, base: standardAnswers)
        var typed: [String] = []
        while let question = question, question != target, typed.count < 200 {
            let line = script.line(for: question)
            type(line)
            typed.append(line)
        }
        return typed
    }
}

/// Answers that take a session from the first question to the review.
let fullSession: [String] = {
    var driver = Driver()
    return driver.answer(until: .review)
}()

/// The lines that reach `question` from a fresh session.
func linesReaching(_ question: QuestionID) -> [String] {
    var driver = Driver()
    return driver.answer(until: question)
}

@Suite("The guided session")
struct SessionTests {
    @Test("a whole session reaches the review, and klaar writes both documents")
    func wholeSession() throws {
        var driver = Driver()
        driver.type(fullSession)
        #expect(driver.question == .review)
        #expect(driver.documents == nil)
        driver.type("klaar")
        #expect(driver.session.ending == .finished)
        let documents = try #require(driver.documents)
        #expect(documents.charter.contains("Buurtpreventie Zeeweg-Noord"))
        #expect(documents.charter.contains("Boulevard"))
        #expect(documents.checklist.contains("[ ] Ik ben 18 jaar of ouder."))
        #expect(driver.saved?.status == .finished)
        #expect(driver.saved?.charter.version == 1)
        #expect(driver.saved?.charter.date == "2026-11-26")
    }

    @Test("every accepted answer is saved at once")
    func savesEachAnswer() {
        var driver = Driver()
        driver.type("Katwijk")
        #expect(driver.saved?.group.municipality == "Katwijk")
        #expect(driver.saved?.position == .neighbourhood)
        driver.type("Zeeweg", "", "Zeeweg 1-99 oneven")
        #expect(driver.saved?.area.streets.count == 1)
    }

    @Test("shows each step as Stap N van 7 with a reason")
    func stepHeadings() {
        var driver = Driver()
        driver.type(fullSession)
        for number in 1...7 {
            #expect(driver.screen.contains { $0.hasPrefix("Stap \(number) van 7: ") })
        }
    }

    @Test("help at every question explains it and lists the commands", arguments: QuestionID.allCases.filter { $0 != .adminPhone })
    func helpEverywhere(_ question: QuestionID) throws {
        var driver = Driver()
        driver.type(linesReaching(question))
        try #require(driver.question == question)
        let help = driver.type("?")
        #expect(help.contains("terug"))
        #expect(help.contains("stop"))
        #expect(driver.question == question)
    }

    @Test("stop at every question saves and says how to continue", arguments: QuestionID.allCases)
    func stopEverywhere(_ question: QuestionID) throws {
        var driver = Driver()
        driver.type(linesReaching(question))
        try #require(driver.question == question)
        let before = driver.session.answers
        let said = driver.type("stop")
        #expect(said.contains("buurtstart --dir test"))
        #expect(driver.session.ending == .stopped)
        let saved = try #require(driver.saved)
        #expect(saved.content == before.content)
        #expect(saved.position == (question == .adminPhone ? .adminName : question))
    }

    @Test("overzicht at every question shows the answers and asks the same question again", arguments: QuestionID.allCases)
    func reviewEverywhere(_ question: QuestionID) throws {
        var driver = Driver()
        driver.type(linesReaching(question))
        try #require(driver.question == question)
        let shown = driver.type("overzicht")
        #expect(shown.contains("1. Groep:"))
        // Only the steps reached so far: a later step's defaults were never given as answers.
        if question.step >= .contacts {
            #expect(shown.contains("6. Contacten:"))
        } else {
            #expect(!shown.contains("6. Contacten:"))
            #expect(driver.shown.contains { if case .reviewNotYet(let step) = $0 { step.rawValue == question.step.rawValue + 1 } else { false } })
        }
        #expect(driver.question == question)
    }

    @Test("terug goes back one question and keeps the answer as the default")
    func back() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg")
        #expect(driver.question == .groupName)
        driver.type("terug")
        #expect(driver.question == .neighbourhood)
        #expect(driver.prompt == "Buurt [Zeeweg]: ")
        driver.type("")
        #expect(driver.session.answers.group.neighbourhood == "Zeeweg")
        driver.type("terug", "terug")
        #expect(driver.question == .municipality)
        let said = driver.type("terug")
        #expect(said.contains("eerste vraag"))
    }

    @Test("wijzig N jumps to a step with the answers as defaults and returns to the review")
    func change() {
        var driver = Driver()
        driver.type(fullSession)
        driver.type("wijzig 3")
        #expect(driver.question == .minimumAge)
        #expect(driver.prompt == "Minimumleeftijd [18]: ")
        driver.type("21", "", "", "")
        #expect(driver.question == .review)
        #expect(driver.session.answers.membership.minimumAge == 21)
        #expect(driver.session.answers.area.streets.count == 2)
    }

    @Test("wijzig is refused before the review, and for an unknown step")
    func changeRefused() {
        var driver = Driver()
        driver.type("Katwijk")
        #expect(driver.type("wijzig 1").contains("overzicht"))
        #expect(driver.question == .neighbourhood)
        driver = Driver()
        driver.type(fullSession)
        #expect(driver.type("wijzig 9").contains("1 tot en met 7"))
        #expect(driver.question == .review)
    }

    @Test("a refused answer says what was wrong, gives an example and asks again")
    func refusals() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "")
        #expect(driver.type("Zeeweg 1-99 even").contains("Voorbeeld"))
        #expect(driver.type("2221 AB").contains("volgende vraag"))
        driver.type("Zeeweg 1-99 oneven")
        let overlap = driver.type("Zeeweg 31-35 oneven")
        #expect(overlap.contains("nummer 1"))
        #expect(overlap.contains("Zeeweg: nummers 31 t/m 35"))
        #expect(driver.question == .street)
        #expect(driver.session.answers.area.streets.count == 1)
    }

    @Test("lijst and verwijder N manage the entries of a list")
    func listCommands() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "", "Zeeweg", "Voorstraat 10-80")
        #expect(driver.type("lijst").contains("2. Voorstraat: nummers 10 t/m 80"))
        #expect(driver.type("verwijder 3").contains("1 tot en met 2"))
        driver.type("verwijder 1")
        #expect(driver.session.answers.area.streets.map(\.name) == ["Voorstraat"])
    }

    @Test("klaar ends a list like Enter, and is not stored as an entry")
    func klaarEndsList() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "", "Zeeweg", "klaar")
        #expect(driver.question == .postcode)
        #expect(driver.session.answers.area.streets.map(\.name) == ["Zeeweg"])
    }

    @Test("klaar also ends the agreements, and a first name needs letters")
    func klaarAndNames() {
        var driver = Driver()
        driver.answer(until: .adminName)
        #expect(driver.type("4").contains("geen voornaam"))
        #expect(driver.question == .adminName)
        driver.type("Anna", "", "", "", "", "", "klaar")
        #expect(driver.question == .approachGroupSize)
    }

    @Test("Tab offers the commands, choices, agreement ids and street names that fit the prompt")
    func completions() {
        var driver = Driver()
        #expect(driver.session.completions.contains("overzicht"))
        #expect(!driver.session.completions.contains("wijzig 2"))
        driver.type("Katwijk", "Zeeweg", "", "Zeeweg 1-99 oneven", "Boulevard")
        let streets = driver.session.completions
        #expect(streets.contains("Zeeweg") && streets.contains("Boulevard") && streets.contains("verwijder 2"))
        driver = Driver()
        driver.answer(until: .agreements)
        #expect(driver.session.completions.contains("-fotos"))
        driver.answer(until: .review)
        #expect(driver.session.completions.contains("wijzig 7"))
        #expect(driver.session.completions.contains("klaar"))
    }

    @Test("an empty area is refused when the postcodes end, back at the streets")
    func emptyArea() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "", "", "")
        #expect(driver.question == .street)
        #expect(driver.screen.contains { $0.contains("minstens één straat") })
    }

    @Test("ages: under 13 refused, 13 to 15 accepted with the consent note, over 99 refused")
    func ages() {
        var driver = Driver()
        driver.answer(until: .minimumAge)
        #expect(driver.question == .minimumAge)
        #expect(driver.type("12").contains("13"))
        #expect(driver.question == .minimumAge)
        #expect(driver.type("100").contains("99"))
        #expect(driver.type("achttien").contains("geen getal"))
        #expect(driver.type("15").contains("toestemming"))
        #expect(driver.session.answers.membership.minimumAge == 15)
        #expect(driver.question == .eligibility)
    }

    @Test("members: a warning above 100, refused above 1,024")
    func memberCounts() {
        var driver = Driver()
        driver.answer(until: .expectedMembers)
        #expect(driver.question == .expectedMembers)
        #expect(driver.type("1500").contains("1024"))
        #expect(driver.question == .expectedMembers)
        #expect(driver.type("150").contains("splitsen"))
        #expect(driver.question == .chatGroup)
    }

    @Test("group names: a warning over 25 characters, refused over 100 or empty")
    func groupNames() {
        var driver = Driver()
        driver.type("Katwijk", "")
        #expect(driver.question == .neighbourhood)
        driver.type("Zeeweg")
        #expect(driver.type(String(repeating: "ä", count: 101)).contains("101 tekens"))
        #expect(driver.question == .groupName)
        #expect(driver.type("Buurtpreventie Zeeweg en Boulevard").contains("34 tekens"))
        #expect(driver.question == .street)
    }

    @Test("one admin: a warning, and that admin is the contact without asking")
    func singleAdmin() {
        var driver = Driver()
        driver.answer(until: .adminName)
        #expect(driver.question == .adminName)
        #expect(driver.type("").contains("minstens één beheerder"))
        driver.type("Anna", "")
        #expect(driver.type("").contains("één beheerder"))
        #expect(driver.question == .signUpContact, "no phone number, so no question about numbers in the charter")
        #expect(driver.session.answers.admins.contact == 0)
    }

    @Test("agreements toggle by number and id, all or nothing for one line")
    func agreements() {
        var driver = Driver()
        driver.answer(until: .agreements)
        #expect(driver.question == .agreements)
        #expect(driver.session.answers.agreements.selected == AgreementID.recommended)
        driver.type("21 -fotos")
        #expect(driver.session.answers.agreements.has(.questionsPrivately))
        #expect(!driver.session.answers.agreements.has(.photos))
        #expect(driver.type("-3 onzin").contains("'onzin'"))
        #expect(driver.session.answers.agreements.has(.say112Called))
        driver.type("geen")
        #expect(driver.session.answers.agreements.selected.isEmpty)
        driver.type("alles")
        // Every agreement, except one that contradicts another: that is said, and left off.
        #expect(driver.session.answers.agreements.conflicts.isEmpty)
        #expect(driver.session.answers.agreements.selected.count == AgreementID.allCases.count - 1)
        #expect(driver.shown.contains { if case .agreement(.leftOffByAll) = $0 { true } else { false } })
        driver.type("aanbevolen", "")
        // The settings follow: approach group size, photos, skin colour.
        #expect(driver.question == .approachGroupSize)
        #expect(driver.type("1").contains("2 tot en met 4"))
        driver.type("3", "3", "ja", "Geen honden uitlaten in de melding", "")
        let choices = driver.session.answers.agreements
        #expect(choices.approachGroupSize == 3)
        #expect(choices.photoRule == .onlyToPolice)
        #expect(choices.skinColourInDescription)
        #expect(choices.custom == ["Geen honden uitlaten in de melding"])
        #expect(driver.question == .wijkagentName)
    }

    @Test("settings of agreements that are off are not asked")
    func settingsSkipped() {
        var driver = Driver()
        driver.answer(until: .agreements)
        driver.type("-aanspreken -fotos -signalement", "")
        #expect(driver.question == .customAgreement)
    }

    @Test("a phone number is checked; Enter skips it")
    func phone() {
        var driver = Driver()
        driver.answer(until: .adminName)
        driver.type("Anna")
        #expect(driver.type("12345").contains("06-12345678"))
        #expect(driver.question == .adminPhone)
        driver.type("")
        #expect(driver.session.answers.admins.people == [Admin(firstName: "Anna")])
    }
}

@Suite("Resume and re-run")
struct ResumeTests {
    @Test("after stop, a new session offers to continue at the same question with every answer")
    func resumeAfterStop() throws {
        var first = Driver()
        first.answer(until: .eligibility)
        let question = try #require(first.question)
        _ = first.stop()
        let saved = try AnswersFile.decode(AnswersFile.encode(try #require(first.saved)))

        var second = Driver(saved: saved)
        #expect(second.screen.joined().contains("Buurtpreventie Zeeweg-Noord"))
        second.type("")
        #expect(second.question == question)
        #expect(second.session.answers.content == first.session.answers.content)
        second.answer(until: .review)
        second.type("klaar")
        #expect(second.session.ending == .finished)
    }

    @Test("answering no to continue walks every question again with the answers as defaults")
    func resumeFromStart() throws {
        var first = Driver()
        first.type("Katwijk", "Zeeweg", "stop")
        var second = Driver(saved: first.saved)
        second.type("nee")
        #expect(second.question == .municipality)
        #expect(second.prompt == "Gemeente [Katwijk]: ")
    }

    @Test("a finished folder opens at the review; a change raises the charter's version")
    func rerunChangesVersion() throws {
        var first = Driver()
        first.type(fullSession)
        first.type("klaar")
        let finished = try #require(first.saved)

        var second = Driver(saved: finished, existing: ["charter.txt", "checklist.txt"])
        second.type("ja")
        #expect(second.question == .review)
        second.type("wijzig 3", "21", "", "", "")
        // The change is saved at once, and the folder counts as unfinished until klaar.
        #expect(second.saved?.membership.minimumAge == 21)
        #expect(second.saved?.status == .unfinished)
        #expect(second.type("klaar").contains("vervangen"))
        #expect(second.documents == nil)
        second.type("ja")
        #expect(second.saved?.charter.version == 2)
        #expect(second.documents?.charter.contains("versie 2") == true)
    }

    @Test("existing documents stay when the resident says no")
    func keepsDocuments() throws {
        var first = Driver()
        first.type(fullSession)
        first.type("klaar")
        var second = Driver(saved: first.saved, existing: ["charter.txt"])
        // A new version would replace version 1's charter (the same version is written again without asking).
        second.type("", "wijzig 3", "21", "", "", "")
        second.type("klaar", "")
        #expect(second.documents == nil)
        #expect(second.question == .review)
    }

    @Test("writing again without changes keeps the version")
    func sameVersion() throws {
        var first = Driver()
        first.type(fullSession)
        first.type("klaar")
        var second = Driver(saved: first.saved, force: true)
        second.type("", "klaar")
        #expect(second.saved?.charter.version == 1)
    }

    @Test("no at a finished folder changes nothing")
    func leaveFinished() {
        var first = Driver()
        first.type(fullSession)
        first.type("klaar")
        var second = Driver(saved: first.saved)
        second.type("nee")
        #expect(second.session.ending == .unchanged)
    }
}
