import Testing
@testable import BuurtstartCore

/// The defects found by trying the program as a new user would; each test failed before its fix.
@Suite("Defects of the first round")
struct DefectTests {
    /// A finished folder with two admins, reopened.
    func finishedWithTwoAdmins() throws -> Answers {
        var driver = Driver()
        driver.type(fullSession + ["klaar"])
        return try #require(driver.saved)
    }

    @Test("removing every admin and walking on never reaches the contact question: back to the admins")
    func crashWalk() throws {
        var driver = Driver(saved: try finishedWithTwoAdmins())
        driver.type("ja", "wijzig 4", "", "wijzig 4", "verwijder 1", "verwijder 1", "verwijder 1", "terug", "1")
        #expect(driver.question == .adminName)
        #expect(driver.screen.contains { $0.contains("minstens één beheerder") })
        // The "1" meant for the contact question is no name: refused, and no admin is made of it.
        #expect(driver.screen.last?.hasPrefix("'1' is geen voornaam") == true)
        #expect(driver.session.answers.admins.people.isEmpty)
        // With one admin, removed: the review is not reached with "nog geen" beheerders.
        var one = Driver()
        one.answer(until: .review, [.adminName: ["Anna", ""]])
        one.type("klaar")
        try #require(one.documents != nil)
        var reopened = Driver(saved: one.saved)
        reopened.type("ja", "wijzig 4", "verwijder 1", "terug")
        #expect(reopened.question == .adminName)
        #expect(!reopened.screen.contains { $0.contains("Beheerders: nog geen") })
    }

    @Test("free text that starts with a command word is the answer", arguments: [
        ("Save 112 in your phone", Language.english), ("Change your profile photo", .english),
        ("Opslaan doe je in je telefoon", .dutch), ("Stop met appen na 23.00 uur", .dutch),
        ("Wijzig 2 keer per jaar je wachtwoord", .dutch),
    ])
    func freeTextIsAnAnswer(_ sentence: String, _ language: Language) throws {
        var driver = Driver(language: language)
        driver.type(linesReaching(.customAgreement).map { translated($0, to: language) })
        try #require(driver.question == .customAgreement)
        driver.type(sentence)
        // One about 112 or a photo is questioned first (issue 21): kept with a yes.
        if driver.question == nil { driver.type(CommandWord.yes.word(in: language)) }
        #expect(driver.session.answers.agreements.custom == [sentence])
        #expect(driver.runner.store.copies.isEmpty)
    }

    @Test("a command word where it means nothing is explained, not stored")
    func commandWordNotStored() {
        var driver = Driver()
        driver.type("klaar")
        #expect(driver.question == .municipality)
        #expect(driver.session.answers.group.municipality.isEmpty)
        #expect(driver.shown.contains { if case .commandNotHere("klaar") = $0 { true } else { false } })
    }

    @Test("the session's language is kept with its answers (the shell continuing in it: LanguageKeptTests)")
    func storedLanguage() throws {
        var english = Driver(language: .english)
        english.type("Leiden")
        _ = english.stop()
        #expect(try #require(english.saved).language == "en")
        var dutch = Driver()
        dutch.type("Leiden")
        _ = dutch.stop()
        #expect(try #require(dutch.saved).language == "nl")
    }

    @Test("? at the overwrite question explains that question")
    func overwriteHelp() {
        var driver = Driver(existing: ["charter.txt"])
        driver.type(fullSession + ["klaar", "?"])
        #expect(driver.shown.contains { if case .confirmHelp(.overwrite) = $0 { true } else { false } })
    }

    @Test("a change stopped before klaar and finished in a later session raises the version")
    func versionAfterInterruptedChange() throws {
        var first = Driver(saved: try finishedWithTwoAdmins())
        first.type("ja", "wijzig 1", "Noordwijk")
        _ = first.stop()
        let changed = try #require(first.saved)
        #expect(changed.status == .unfinished)
        #expect(changed.charter.version == 1)
        var second = Driver(saved: changed)
        second.type("ja", "wijzig 7", "klaar")
        #expect(second.saved?.charter.version == 2)
        #expect(second.documents?.charter.contains("versie 2") == true)
    }

    @Test("when the answers cannot be saved, stop never says they were; at the end of input a rescue copy is made")
    func noFalseSaved() throws {
        var driver = Driver()
        driver.runner.store.failure = .diskFull
        driver.type("Katwijk", "stop")
        #expect(driver.session.ending == nil)
        #expect(!driver.screen.contains { $0.contains("zijn bewaard in buurtstart.json") })
        _ = driver.stop()
        #expect(driver.session.ending == .stoppedUnsaved)
        #expect(driver.shown.contains { if case .stopNotSaved = $0 { true } else { false } })
        #expect(!driver.screen.contains { $0.contains("zijn bewaard in buurtstart.json") })
    }

    @Test("after continuing an unfinished session, terug goes back to the question before")
    func backAfterResume() throws {
        var first = Driver()
        first.answer(until: .postcode)
        try #require(first.question == .postcode)
        _ = first.stop()
        var resumed = Driver(saved: first.saved)
        resumed.type("ja", "terug")
        #expect(resumed.question == .street)
        var english = Driver(saved: first.saved, language: .english)
        english.type("yes", "back")
        #expect(english.question == .street)
    }

    @Test("after continuing with nee, the overview still shows the steps answered before")
    func overviewAfterRestart() throws {
        var first = Driver()
        first.answer(until: .eligibility)
        _ = first.stop()
        var resumed = Driver(saved: first.saved)
        resumed.type("nee", "overzicht")
        #expect(resumed.screen.contains { $0.hasPrefix("2. Gebied: Zeeweg") })
        #expect(resumed.screen.contains { $0.hasPrefix("3. Leden:") })
    }

    @Test("a change to a finished file, stopped and continued, returns to the review when its step is done")
    func resumedChangeReturnsToReview() throws {
        var first = Driver(saved: try finishedWithTwoAdmins())
        first.type("ja", "wijzig 1", "Noordwijk")
        _ = first.stop()
        var second = Driver(saved: first.saved)
        second.type("ja", "", "")
        #expect(second.question == .review)
    }
}

@Suite("Street entries a stranger typed")
struct StrangerStreetTests {
    @Test("a comma or a quote inside an entry is refused with how it reads without, never kept in the name",
          arguments: [("Zeeweg, 1-99", "Zeeweg 1-99"), ("Plein \"1813\"", "\"Plein 1813\"")])
    func refused(_ typed: String, _ suggestion: String) {
        #expect(throws: Problem.streetWordsUnknown(typed.contains(",") ? "," : "\"", understood: suggestion)) {
            try StreetEntry(parsing: typed)
        }
    }
}

@Suite("Signing up without WhatsApp")
struct SignUpQuestionTests {
    @Test("the sign-up contact is asked after the admins, kept out of history, and printed in the invitation")
    func asked() throws {
        var driver = Driver()
        driver.answer(until: .signUpContact)
        try #require(driver.question == .signUpContact)
        #expect(!driver.session.keepsInHistory)
        driver.type("bij Anna, Zeeweg 12")
        #expect(driver.session.answers.admins.signUpContact == "bij Anna, Zeeweg 12")
        driver.answer(until: .review)
        driver.type("klaar")
        #expect(try #require(driver.documents).whatsApp.contains("Aanmelden: bij Anna, Zeeweg 12."))
    }
}

@Suite("Defects found by reading the code")
struct ReadingDefectTests {
    @Test("at the save path prompt, ? explains it and stop stops: neither becomes a file", arguments: Language.allCases)
    func commandsAtSavePath(_ language: Language) throws {
        let save = CommandWord.save.word(in: language)
        var driver = Driver(language: language)
        driver.type("Katwijk", save, "?")
        #expect(driver.shown.contains { if case .savePathQuestion = $0 { true } else { false } })
        #expect(driver.runner.store.copies.isEmpty)
        driver.type(CommandWord.back.word(in: language))
        #expect(driver.shown.contains { if case .savePathCancelled = $0 { true } else { false } })
        #expect(driver.question == .neighbourhood)
        driver.type(save, "stop")
        #expect(driver.runner.store.copies.isEmpty)
        #expect(driver.session.ending == .stopped)
        // A file of that name is still possible, as a path.
        var named = Driver(language: language)
        named.type("Katwijk", save, "./stop")
        #expect(named.runner.store.copies.count == 1)
    }

    @Test("verwijder with a number beyond the list is refused as a number, never stored as a name",
          arguments: ["verwijder 1000", "verwijder 99999999999999999999", "verwijder 1.5", "verwijder 1a", "verwijder 1 2", "verwijder ½"])
    func removeBeyondTheList(_ typed: String) throws {
        var driver = Driver()
        driver.answer(until: .adminName)
        driver.type("Anna", "")
        driver.type(typed)
        let digits = String(typed.dropFirst("verwijder ".count))
        #expect(driver.shown.contains { if case .problem(.positionUnknown(digits, count: 1)) = $0 { true } else { false } })
        #expect(driver.session.answers.admins.people == [Admin(firstName: "Anna")])
        #expect(driver.question == .adminName)
    }
}
