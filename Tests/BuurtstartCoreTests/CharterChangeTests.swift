#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import BuurtstartCore

/// The answers of a whole standard session, finished as version 1.
func finishedVersion1(_ language: Language = .dutch) throws -> Answers {
    var driver = Driver(language: language)
    driver.type(fullSession.map { translated($0, to: language) })
    driver.type(CommandWord.done.word(in: language))
    return try #require(driver.saved)
}

extension Driver {
    /// Opens finished answers, changes the step's answers given (Enter keeps the others), and
    /// comes back to the review.
    mutating func change(step: Step, _ typed: [QuestionID: String]) {
        type("")
        type("\(CommandWord.change.word(in: session.context.language)) \(step.rawValue)")
        var left = typed
        var count = 0
        while let question, question != .review, count < 50 {
            type(left.removeValue(forKey: question) ?? "")
            count += 1
        }
    }
}

/// The words of one change, in a language.
func words(_ change: CharterChange, _ language: Language) -> String {
    language.text(Message.changes(.change(change)))
}

@Suite("Changing the rules: history, what changed, agreeing again")
struct CharterChangeTests {
    @Test("a file from before the history loads unchanged, and a first version keeps no history")
    func olderFileLoads() throws {
        let first = try finishedVersion1()
        #expect(first.history == nil)
        let bytes = AnswersFile.encode(first)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("history"))
        let loaded = try AnswersFile.decode(bytes)
        #expect(loaded == first)
        #expect(AnswersFile.encode(loaded) == bytes)
    }

    @Test("version 2 keeps version 1's comparable parts, without phone numbers, and the file reads back the same")
    func historyKept() throws {
        var driver = Driver(saved: try finishedVersion1(), force: true)
        driver.change(step: .members, [.minimumAge: "21"])
        driver.type("klaar")
        let second = try #require(driver.saved)
        #expect(second.charter.version == 2)
        let kept = try #require(second.history?.version(1))
        #expect(kept.rules.membership.minimumAge == 18)
        #expect(kept.rules.admins.people.allSatisfy { $0.phone == nil })
        #expect(second.history?.lastFinished == nil)
        #expect(try AnswersFile.decode(AnswersFile.encode(second)) == second)
    }

    @Test("a change stopped half way keeps the finished version for the commands that need one")
    func stoppedHalfWay() throws {
        let first = try finishedVersion1()
        var driver = Driver(saved: first)
        driver.type("", "wijzig 3", "21")
        _ = driver.stop()
        let saved = try #require(driver.saved)
        #expect(saved.status == .unfinished)
        #expect(saved.membership.minimumAge == 21)
        #expect(saved.beingChanged)
        let finished = try #require(saved.lastFinished)
        #expect(finished.status == .finished)
        #expect(finished.content == first.content)
        #expect(finished.charter == first.charter)
        // The register and the area check see the finished group.
        let record = GroupRecord(folder: "zeeweg", answers: saved)
        #expect(record.finished && record.beingChanged && record.version == 1)
        #expect(try AnswersFile.decode(AnswersFile.encode(saved)) == saved)
        // Its documents are the ones version 1 wrote.
        let date = try #require(CalendarDate(iso: finished.charter.date))
        #expect(Documents(finished, date: date, language: .dutch) == Documents(first, date: date, language: .dutch))
    }

    @Test("a session that changes nothing writes nothing and asks nothing", arguments: Language.allCases)
    func unchanged(_ language: Language) throws {
        let first = try finishedVersion1(language)
        var driver = Driver(saved: first, existing: Documents.names, language: language)
        driver.type("", CommandWord.done.word(in: language))
        #expect(driver.session.ending == .unchanged)
        #expect(driver.documents == nil)
        #expect(driver.saved == nil)
        #expect(driver.shown.map { language.text($0) } == [language.text(Message.unchanged)])
    }

    @Test("a change that is undone before klaar makes the file finished again, as version 1, and writes nothing")
    func changedBack() throws {
        let first = try finishedVersion1()
        var driver = Driver(saved: first, existing: Documents.names)
        driver.type("", "wijzig 3", "21")
        _ = driver.stop()
        var again = Driver(saved: driver.saved, existing: Documents.names)
        again.type("", "wijzig 3", "18")
        while let question = again.question, question != .review { again.type("") }
        again.type("klaar")
        #expect(again.session.ending == .unchanged)
        #expect(again.documents == nil)
        #expect(again.saved == first)
    }

    @Test("klaar shows what changed before writing, and whatsapp.txt has the message for the group", arguments: Language.allCases)
    func announced(_ language: Language) throws {
        var driver = Driver(saved: try finishedVersion1(language), force: true, language: language)
        driver.change(step: .members, [.minimumAge: "21"])
        let said = driver.type(CommandWord.done.word(in: language))
        let documents = try #require(driver.documents)
        let heading = language.text(Message.changes(.sessionHeading(from: 1, to: 2)))
        let line = language == .dutch ? "Leden zijn nu 21 jaar of ouder" : "Members are now 21 or older"
        #expect(said.contains(heading + "\n  - " + line))
        // Said before the documents are written.
        let written = language.text(Message.written(directory: "test"))
        #expect(try #require(said.firstRange(of: heading)).lowerBound < #require(said.firstRange(of: written)).lowerBound)
        let title = language == .dutch ? "Nieuwe spelregels (versie 2)" : "New rules (version 2)"
        #expect(documents.whatsApp.contains("*\(title)*"))
        #expect(documents.whatsApp.contains("- " + line))
        #expect(documents.whatsApp.contains(language == .dutch ? "De nieuwe spelregels krijg je van een beheerder: Anna en Piet."
                                                               : "You get the new rules from an admin: Anna and Piet."))
        // A higher age lets fewer people see the numbers: nobody is asked again.
        #expect(!documents.whatsApp.contains(language == .dutch ? "opnieuw" : "again"))
        #expect(!said.contains(language == .dutch ? "Vraag ze opnieuw" : "Ask them again"))
    }

    @Test("a change that widens who sees members' numbers asks them to agree again, in the session and the message", arguments: Language.allCases)
    func agreeAgain(_ language: Language) throws {
        var driver = Driver(saved: try finishedVersion1(language), force: true, language: language)
        driver.change(step: .members, [.chatGroup: CommandWord.yes.word(in: language)])
        let said = driver.type(CommandWord.done.word(in: language))
        let whatsApp = try #require(driver.documents?.whatsApp)
        if language == .dutch {
            #expect(said.contains("  - Er komt een aparte chatgroep om te praten"))
            #expect(said.contains("Door \"Er komt een aparte chatgroep om te praten\" zien meer mensen de gegevens van leden."))
            #expect(whatsApp.contains("Daarom vragen we je opnieuw of je akkoord bent."))
            #expect(whatsApp.contains("Ben je het er niet mee eens? Dan kun je de groep verlaten."))
        } else {
            #expect(said.contains("  - A separate chat group is added, to talk"))
            #expect(said.contains("With \"A separate chat group is added, to talk\", more people see members' details."))
            #expect(whatsApp.contains("So we ask you again whether you agree."))
            #expect(whatsApp.contains("Do you not agree? Then you can leave the group."))
        }
    }

    @Test("version 3 is compared with version 2, and the history keeps both earlier versions")
    func thirdVersion() throws {
        var second = Driver(saved: try finishedVersion1(), force: true)
        second.change(step: .members, [.minimumAge: "21"])
        second.type("klaar")
        var third = Driver(saved: second.saved, force: true)
        third.change(step: .contacts, [.wijkagentName: "De Vries"])
        third.type("klaar")
        let answers = try #require(third.saved)
        #expect(answers.charter.version == 3)
        #expect(answers.history?.versions.map(\.version) == [1, 2])
        let whatsApp = try #require(third.documents?.whatsApp)
        #expect(whatsApp.contains("*Nieuwe spelregels (versie 3)*"))
        #expect(whatsApp.contains("- De gegevens van de wijkagent zijn veranderd"))
        #expect(!whatsApp.contains("- Leden zijn nu"))
        // Any two kept versions can be compared.
        #expect(answers.changes(since: 1)?.changes.map(\.kind) == [.minimumAge(from: 18, to: 21), .wijkagent])
    }

    /// Each kind of change: how the answers change, its words in Dutch and English, and
    /// whether members must agree again.
    static let kinds: [(change: @Sendable (inout Answers) -> Void, dutch: String, english: String, again: Bool)] = [
        ({ $0.agreements.set(.phoneChain, true) }, "Nieuwe afspraak: ", "New agreement: ", true),
        ({ $0.agreements.set(.neighbouringAdmins, true) }, "Nieuwe afspraak: ", "New agreement: ", true),
        ({ $0.agreements.set(.questionsPrivately, true) }, "Nieuwe afspraak: ", "New agreement: ", false),
        ({ $0.agreements.set(.respect, false) }, "Afspraak vervalt: ", "Agreement dropped: ", false),
        ({ $0.agreements.photoRule = .never }, "Afspraak met een andere keuze: ", "Agreement with another choice: ", false),
        ({ $0.agreements.custom.append("Geen berichten na 23.00 uur") }, "Nieuwe eigen afspraak: Geen berichten na 23.00 uur",
         "New own agreement: Geen berichten na 23.00 uur", false),
        ({ try? $0.area.add(StreetEntry(parsing: "Voorstraat")) }, "Het gebied wordt groter: Voorstraat", "The area grows: Voorstraat", false),
        ({ $0.area.postcodes.removeAll() }, "Niet meer in het gebied: postcode 2221 AB", "No longer in the area: postcode 2221 AB", false),
        ({ $0.area.boundary = "tot de duinen" }, "Nieuwe grens van het gebied: tot de duinen", "New boundary of the area: tot de duinen", false),
        ({ $0.membership.minimumAge = 16 }, "Leden zijn nu 16 jaar of ouder", "Members are now 16 or older", true),
        ({ $0.membership.minimumAge = 21 }, "Leden zijn nu 21 jaar of ouder", "Members are now 21 or older", false),
        ({ $0.membership.eligibility = .residentsAndWorkers }, "Wie mag meedoen: bewoners en mensen die er werken",
         "Who may join: residents and people who work there", true),
        ({ $0.membership.separateChatGroup = true }, "Er komt een aparte chatgroep om te praten", "A separate chat group is added, to talk", true),
        ({ $0.admins.people.append(Admin(firstName: "Fatima")) }, "Nieuwe beheerder: Fatima", "New admin: Fatima", false),
        ({ $0.admins.phonesInCharter = true }, "De telefoonnummers van de beheerders staan in de spelregels",
         "The admins' phone numbers are in the rules", false),
        ({ $0.group.name = "Buurtpreventie Duin" }, "De groep heet nu Buurtpreventie Duin", "The group is now called Buurtpreventie Duin", false),
        ({ $0.membership.expectedMembers = 80 }, "We verwachten nu ongeveer 80 leden", "We now expect about 80 members", false),
        ({ $0.admins.signUpContact = "bij Piet, Zeeweg 3" }, "Aanmelden kan nu bij Piet, Zeeweg 3", "To sign up now: bij Piet, Zeeweg 3", false),
        ({ $0.admins.contact = 0 }, "Contactpersoon voor gemeente en politie: Anna", "Contact for the municipality and police: Anna", false),
        ({ $0.contacts.wijkagentReach = "via het politiebureau" }, "De gegevens van de wijkagent zijn veranderd", "The wijkagent's details have changed", false),
        ({ $0.contacts.recommendBurgernet = false }, "We raden Burgernet niet meer aan", "We no longer recommend Burgernet", false),
    ]

    @Test("each kind of change has its words in Dutch and English, and needs agreement again only when it widens who sees members' data",
          arguments: kinds.indices)
    func eachKind(_ index: Int) throws {
        let (change, dutch, english, again) = Self.kinds[index]
        let before = try finishedVersion1()
        var after = before
        change(&after)
        let changes = CharterChange.between(CharterRules(before), CharterRules(after))
        try #require(changes.count == 1, "\(changes)")
        #expect(words(changes[0], .dutch).hasPrefix(dutch))
        #expect(words(changes[0], .english).hasPrefix(english))
        #expect(changes[0].needsAgreementAgain == again)
        // The message for the group says so, in both languages.
        after.charter.version = 2
        after.history = CharterHistory.after(before, finishing: after, in: nil)
        for language in Language.allCases {
            let whatsApp = WhatsAppRenderer.render(after, language: language)
            #expect(whatsApp.contains("- " + words(changes[0], language)))
            #expect(whatsApp.contains(language == .dutch ? "vragen we je opnieuw" : "we ask you again") == again)
        }
    }

    @Test("the English words about changes hold no Dutch")
    func englishHasNoDutch() throws {
        let before = try finishedVersion1(.english)
        var changes: [CharterChange] = []
        for (change, _, _, _) in Self.kinds {
            var after = before
            change(&after)
            changes += CharterChange.between(CharterRules(before), CharterRules(after))
        }
        let texts: [ChangeText] = changes.map { .change($0) } + [
            .sessionHeading(from: 1, to: 2), .sessionAgreeAgain(changes.filter(\.needsAgreementAgain)), .whatsAppSection(version: 2),
            .announcement(name: "Group", version: 2, changes: ["A change"], agreeAgain: true, admins: ["Anna"]),
            .newerVersionBeingWritten(group: "Group", version: 1),
        ]
        for text in texts {
            // The group's own texts (an own agreement, a boundary) are as typed.
            let words = Language.english.text(text).replacing("Geen berichten na 23.00 uur", with: "")
                .replacing("tot de duinen", with: "")
            for dutch in dutchWords { #expect(!(" " + words + " ").contains(dutch), "\(words)") }
        }
    }

    @Test("the PDF export the session suggests after a change replaces the old PDFs (--force), and only then")
    func pdfCommand() throws {
        var withPDFs = Driver(saved: try finishedVersion1(), existing: Documents.names + Documents.pdfNames, force: true)
        withPDFs.change(step: .members, [.minimumAge: "21"])
        let said = withPDFs.type("klaar")
        #expect(said.contains("buurtstart export --dir test --format pdf --force"))
        #expect(!said.contains("--format pdf\n"))
        var first = Driver()
        first.type(fullSession)
        #expect(first.type("klaar").contains("buurtstart export --dir test --format pdf\n"))
    }
}

@Suite("The history in buurtstart.json")
struct CharterHistoryFileTests {
    @Test("last finished answers kept in a file are checked as a file's are, and named by their field")
    func lastFinishedChecked() throws {
        var driver = Driver(saved: try finishedVersion1())
        driver.type("", "wijzig 3", "21")
        _ = driver.stop()
        var saved = try #require(driver.saved)
        var kept = try #require(saved.history?.lastFinished)
        kept.membership.minimumAge = 9
        saved.history?.lastFinished = kept
        #expect(throws: DataFileError(.inconsistent(.ageBelowWhatsAppMinimum(9)), field: "history.lastFinished.membership.minimumAge")) {
            try AnswersFile.decode(AnswersFile.encode(saved))
        }
        kept.membership.minimumAge = 18
        kept.status = .unfinished
        saved.history?.lastFinished = kept
        #expect(throws: DataFileError(.badValue, field: "history.lastFinished.status")) {
            try AnswersFile.decode(AnswersFile.encode(saved))
        }
    }
}

@Suite("Changing the rules: what a stranger found")
struct CharterChangeDefectTests {
    /// The change from `before` to `after` with one street's entries replaced.
    static func streetChange(_ before: [String], _ after: [String]) throws -> CharterChange {
        var old = try finishedVersion1()
        old.area.removeStreet(at: 0)
        var new = old
        for entry in before { try old.area.add(StreetEntry(parsing: entry)) }
        for entry in after { try new.area.add(StreetEntry(parsing: entry)) }
        let changes = CharterChange.between(CharterRules(old), CharterRules(new))
        try #require(changes.count == 1, "\(changes)")
        return changes[0]
    }

    @Test("a street's change is worded in its real direction: grows, shrinks, or both ways")
    func streetDirection() throws {
        let cases: [([String], [String], String, String)] = [
            (["Zeeweg 1-99 oneven"], ["Zeeweg 1-49 oneven"], "Het gebied wordt kleiner: ", "The area shrinks: "),
            (["Zeeweg 1-99 oneven", "Zeeweg 2-98 even"], ["Zeeweg 1-99 oneven"], "Het gebied wordt kleiner: ", "The area shrinks: "),
            (["Zeeweg 1-99 oneven"], ["Zeeweg 1-99 oneven", "Zeeweg 2-98 even"], "Het gebied wordt groter: ", "The area grows: "),
            (["Zeeweg 1-99 oneven"], ["Zeeweg 51-151 oneven"], "Het gebied verandert: ", "The area changes: "),
        ]
        for (before, after, dutch, english) in cases {
            let change = try Self.streetChange(before, after)
            #expect(words(change, .dutch).hasPrefix(dutch), "\(words(change, .dutch))")
            #expect(words(change, .english).hasPrefix(english), "\(words(change, .english))")
            #expect(!change.needsAgreementAgain)
        }
        #expect(words(try Self.streetChange(["Zeeweg 1-99 oneven"], ["Zeeweg 1-49 oneven"]), .dutch)
            == "Het gebied wordt kleiner: Zeeweg: nummers 1 t/m 49, oneven kant (was: Zeeweg: nummers 1 t/m 99, oneven kant)")
    }

    @Test("a changed choice says the new choice and the old one", arguments: Language.allCases)
    func choiceSaid(_ language: Language) throws {
        let before = try finishedVersion1()
        var after = before
        after.agreements.photoRule = before.agreements.photoRule == .never ? .onlyToPolice : .never
        let change = try #require(CharterChange.between(CharterRules(before), CharterRules(after)).first)
        let said = words(change, language)
        #expect(said.contains(language.text(DocumentText.photoRule(after.agreements.photoRule))), "\(said)")
        #expect(said.contains(language.text(DocumentText.photoRule(before.agreements.photoRule))), "\(said)")
    }

    @Test("the admins' numbers printed ask the admins, and do not say members' data is seen by more people", arguments: Language.allCases)
    func phonesPrinted(_ language: Language) throws {
        var driver = Driver(saved: try finishedVersion1(language), force: true, language: language)
        driver.change(step: .admins, [.phonesInCharter: CommandWord.yes.word(in: language)])
        let said = driver.type(CommandWord.done.word(in: language))
        #expect(said.contains(language.text(Message.changes(.sessionAdminsConsent))))
        #expect(!said.contains(language == .dutch ? "gegevens van leden" : "members' details"))
        #expect(!(try #require(driver.documents?.whatsApp)).contains(language == .dutch ? "opnieuw" : "again"))
    }

    @Test("an unchanged re-run in a folder missing a page restores it with the same version and date, and asks nothing",
          arguments: Language.allCases)
    func missingPageRestored(_ language: Language) throws {
        var first = try finishedVersion1(language)
        first.charter.date = "2026-11-01"
        var driver = Driver(saved: first, existing: Documents.names.filter { $0 != "letter.html" }, language: language)
        driver.type("", CommandWord.done.word(in: language))
        let saved = try #require(driver.saved)
        #expect(saved.charter.version == 1)
        #expect(saved.charter.date == "2026-11-01")
        #expect(driver.documents?.pages.contains { $0.page == .letter } == true)
        #expect(!driver.shown.contains { if case .overwriteQuestion = $0 { true } else { false } })
    }

    @Test("the pages chosen alone make no new version; the group's name does, and is listed")
    func pagesAndName() throws {
        let first = try finishedVersion1()
        var pages = Driver(saved: first, force: true)
        pages.change(step: .admins, [.pages: "4"])
        pages.type("klaar")
        #expect(pages.saved?.charter.version == 1)
        var name = Driver(saved: first, force: true)
        name.change(step: .group, [.groupName: "Buurtpreventie Duin"])
        let said = name.type("klaar")
        #expect(name.saved?.charter.version == 2)
        #expect(said.contains("  - De groep heet nu Buurtpreventie Duin"))
        #expect(try #require(name.documents?.whatsApp).contains("- De groep heet nu Buurtpreventie Duin"))
    }

    @Test("resuming a group being changed says a new version is being written and which finished version holds", arguments: Language.allCases)
    func resumeBeingChanged(_ language: Language) throws {
        var driver = Driver(saved: try finishedVersion1(language), language: language)
        driver.type("", "\(CommandWord.change.word(in: language)) 3", "21")
        _ = driver.stop()
        let again = Driver(saved: driver.saved, language: language)
        #expect(again.shown.contains { if case .resumeChange(_, version: 1) = $0 { true } else { false } }, "\(again.screen)")
        #expect(!again.screen.joined().contains(language == .dutch ? "nog niet af" : "not finished yet"))
    }
}
