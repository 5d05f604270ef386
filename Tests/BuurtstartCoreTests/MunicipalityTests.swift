import Testing
@testable import BuurtstartCore

@Suite("Municipalities")
struct MunicipalityTests {
    @Test("CBS's list of 2026: 342 municipalities, each code GM and four digits, no code or name twice")
    func list() {
        #expect(Municipality.listYear == 2026)
        #expect(Municipality.all.count == 342)
        #expect(Set(Municipality.all.map(\.code)).count == 342)
        #expect(Set(Municipality.all.map(\.name)).count == 342)
        #expect(Municipality.all.allSatisfy { $0.code.wholeMatch(of: /GM[0-9]{4}/) != nil })
        #expect(Municipality.coded("GM0537")?.name == "Katwijk")
    }

    @Test("a name is found regardless of case, accents, apostrophes, the province mark and 'gemeente'")
    func found() {
        for (typed, name, code) in [("katwijk", "Katwijk", "GM0537"), ("Gemeente Katwijk", "Katwijk", "GM0537"),
                                    ("Den Haag", "Den Haag", "GM0518"), ("den haag", "Den Haag", "GM0518"),
                                    ("'s-Gravenhage", "'s-Gravenhage", "GM0518"), ("s Gravenhage", "'s-Gravenhage", "GM0518"),
                                    ("Den Bosch", "Den Bosch", "GM0796"), ("’s-Hertogenbosch", "'s-Hertogenbosch", "GM0796"),
                                    ("Hengelo", "Hengelo", "GM0164"), ("Hengelo (O.)", "Hengelo", "GM0164"),
                                    ("Sudwest-Fryslan", "Súdwest-Fryslân", "GM1900"), ("Bergen (NH.)", "Bergen (NH.)", "GM0373")] {
            guard case .found(let municipality, let kept) = Municipality.match(typed) else {
                Issue.record("\(typed) not found")
                continue
            }
            #expect(municipality.code == code, "\(typed)")
            #expect(kept == name, "\(typed)")
        }
    }

    @Test("a typo gets the closest names; a name two municipalities share gets both; a village gets none")
    func notFound() {
        #expect(Municipality.match("Katwjik") == .unknown(closest: ["Katwijk"]))
        #expect(Municipality.match("Amsterdm") == .unknown(closest: ["Amsterdam"]))
        #expect(Municipality.match("Bergen") == .ambiguous(["Bergen (NH.)", "Bergen (L.)"]))
        #expect(Municipality.match("Rijnsburg") == .unknown(closest: []))
    }

    @Test("groups of Den Haag and 's-Gravenhage are of one municipality; an older file without the code finds it by name")
    func key() {
        var haag = GroupAnswers()
        haag.municipality = "Den Haag"
        var gravenhage = GroupAnswers()
        gravenhage.municipality = "'s-Gravenhage"
        gravenhage.municipalityCode = "GM0518"
        #expect(haag.municipalityKey == "GM0518")
        #expect(haag.municipalityKey == gravenhage.municipalityKey)
        // A file written before the list: no code, still read, its municipality found by name.
        var answers = Answers()
        answers.group.municipality = "Den Bosch"
        let older = String(decoding: AnswersFile.encode(answers), as: UTF8.self)
        #expect(!older.contains("municipalityCode"))
        let read = try? AnswersFile.decode(Array(older.utf8))
        #expect(read?.group.municipalityCode == nil)
        #expect(read?.group.municipalityKey == "GM0796")
        var village = GroupAnswers()
        village.municipality = "Rijnsburg"
        #expect(village.municipalityKey == "rijnsburg")
    }
}

/// Whether the last line was refused with `problem`.
private func refused(_ driver: Driver, _ problem: Problem) -> Bool {
    driver.shown.contains { if case .problem(let shown) = $0 { shown == problem } else { false } }
}

@Suite("The municipality question")
struct MunicipalityQuestionTests {
    @Test("a typo is refused with the name meant, in Dutch and English; the name meant is kept with its code", arguments: Language.allCases)
    func typo(language: Language) {
        var driver = Driver(language: language)
        driver.type("Katwjik")
        #expect(driver.question == .municipality)
        #expect(refused(driver, .municipalityUnknown("Katwjik", closest: ["Katwijk"], count: 342, year: 2026)))
        #expect(language.text(.problem(.municipalityUnknown("Katwjik", closest: ["Katwijk"], count: 342, year: 2026)))
            .contains(language == .dutch ? "Bedoel je Katwijk?" : "Did you mean Katwijk?"))
        driver.type("katwijk")
        #expect(driver.question == .neighbourhood)
        #expect(driver.saved?.group.municipality == "Katwijk")
        #expect(driver.saved?.group.municipalityCode == "GM0537")
    }

    @Test("a village is explained, and kept without a code when typed again", arguments: Language.allCases)
    func village(language: Language) {
        var driver = Driver(language: language)
        driver.type("Rijnsburg")
        #expect(driver.question == .municipality)
        let explained = language.text(.problem(.municipalityUnknown("Rijnsburg", closest: [], count: 342, year: 2026)))
        #expect(explained.contains(language == .dutch ? "Is het een dorp of een wijk?" : "Is it a village or a district?"))
        #expect(refused(driver, .municipalityUnknown("Rijnsburg", closest: [], count: 342, year: 2026)))
        driver.type("Rijnsburg")
        #expect(driver.question == .neighbourhood)
        #expect(driver.shown.contains { if case .municipalityUnlisted("Rijnsburg") = $0 { true } else { false } })
        #expect(driver.saved?.group.municipality == "Rijnsburg")
        #expect(driver.saved?.group.municipalityCode == nil)
    }

    @Test("a different name after a refused one is judged afresh")
    func notTheSameAgain() {
        var driver = Driver()
        driver.type("Rijnsburg", "Katwjik")
        #expect(driver.question == .municipality)
        driver.type("Katwjik")
        #expect(driver.question == .neighbourhood)
    }

    @Test("Bergen: both municipalities are named, and typing it again does not keep it", arguments: Language.allCases)
    func ambiguous(language: Language) {
        var driver = Driver(language: language)
        driver.type("Bergen", "Bergen")
        #expect(driver.question == .municipality)
        #expect(refused(driver, .municipalityAmbiguous("Bergen", names: ["Bergen (NH.)", "Bergen (L.)"])))
        driver.type("Bergen (L.)")
        #expect(driver.saved?.group.municipalityCode == "GM0893")
    }

    @Test("Tab offers the municipalities, Den Haag among them")
    func completions() {
        let driver = Driver()
        #expect(driver.session.completions.contains("Katwijk"))
        #expect(driver.session.completions.contains("Den Haag"))
        #expect(driver.session.completions.contains("'s-Gravenhage"))
    }
}

@Suite("What to do next: the WABP address")
struct NextStepsAddressTests {
    @Test("the steps that send founders to the WABP foundation give its address", arguments: Language.allCases)
    func wabp(language: Language) {
        for step in [NextStep.checkExisting, .register] {
            #expect(language.text(.nextStep(step)).contains("(wabp.nl)"), "\(language): \(step)")
        }
    }
}
