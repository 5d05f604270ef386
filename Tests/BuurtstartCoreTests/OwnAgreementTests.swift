import Testing
@testable import BuurtstartCore

/// Own agreements that touch what a chosen agreement rules on are questioned, never refused:
/// the warning quotes that agreement, and the founder keeps or drops the own agreement.
@Suite("Own agreements screened")
struct OwnAgreementTests {
    /// A session at the own-agreements question, with the recommended agreements on.
    func atOwnAgreements(_ language: Language = .dutch) -> Driver {
        var driver = Driver(language: language)
        // The same answers; a yes or no in the session's language.
        driver.type(linesReaching(.customAgreement).map { language == .english ? ["nee": "no", "ja": "yes"][$0] ?? $0 : $0 })
        #expect(driver.question == .customAgreement)
        return driver
    }

    @Test("each topic is found, in Dutch and English, and quotes the first chosen agreement ruling on it",
          arguments: [
            ("Let extra op mensen met een donkere huidskleur", AgreementID.behaviourNotAppearance),
            ("Pak een inbreker zelf vast", .noVigilantism),
            ("We delen ook filmpjes van de deurbel", .photos),
            ("Bel bij overlast altijd 112", .call112First),
            ("Watch out for people of foreign origin", .behaviourNotAppearance),
            ("Chase a burglar if you can", .noVigilantism),
            ("We share doorbell videos", .photos),
          ])
    func topics(_ text: String, _ quoted: AgreementID) {
        #expect(AgreementChoices().doubts(about: text) == [.chosen(quoted)])
    }

    @Test("common harmful wordings are questioned, quoting the agreement they go against",
          arguments: [
            ("Volg verdachte personen op afstand", AgreementID.noVigilantism),
            ("Ga erachteraan als iemand wegrent", .noVigilantism),
            ("Houd de verdachte tegen tot de politie er is", .noVigilantism),
            ("Follow suspicious people at a distance", .noVigilantism),
            ("Stop them until the police arrive", .noVigilantism),
            ("Let op Marokkanen", .behaviourNotAppearance),
            ("Let op Oost-Europeanen", .behaviourNotAppearance),
            ("Let op mensen met een hoofddoek", .behaviourNotAppearance),
            ("Let op mensen in trainingspak", .behaviourNotAppearance),
            ("Let op mensen met een hoodie", .behaviourNotAppearance),
            ("Watch people in hoodies", .behaviourNotAppearance),
            ("Watch out for Eastern Europeans", .behaviourNotAppearance),
            ("Meld bij de groep in plaats van bij de politie", .call112First),
            ("Report in the group instead of to the police", .call112First),
            ("Bel 112 als het niet dringend is", .call112First),
            ("Bel bij brand 112", .call112First),
            ("Neem foto's van kentekens en van de bestuurder", .photos),
          ])
    func harmful(_ text: String, _ quoted: AgreementID) {
        #expect(AgreementChoices().doubts(about: text).contains(.chosen(quoted)))
    }

    @Test("harmless wordings, and those that agree with the agreements, are added at once",
          arguments: [
            "Stop met appen na 23.00 uur", "Houd je tuinpoort dicht", "Put the bins out on Monday",
            "Bel 0900-8844 als het niet dringend is", "Call 0900-8844 when it is not urgent",
            "Neem foto's van kentekens", "Take a picture of the number plate", "De volgende keer beter",
            "Zet de container aan de straat", "Blijf binnen zolang dat veilig is", "Geweldig dat je meedoet",
          ])
    func harmlessTable(_ text: String) {
        #expect(AgreementChoices().doubts(about: text).isEmpty)
    }

    @Test("an own agreement on nothing the agreements rule on is added at once")
    func harmless() {
        var driver = atOwnAgreements()
        #expect(driver.type("Na 23.00 uur alleen berichten bij spoed").contains("Toegevoegd"))
        #expect(AgreementChoices().doubts(about: "Na 23.00 uur alleen berichten bij spoed").isEmpty)
    }

    @Test("a topic no chosen agreement rules on is questioned with the municipality's advice")
    func notChosen() {
        var choices = AgreementChoices()
        choices.set(.noVigilantism, false)
        choices.set(.stayNearHome, false)
        #expect(choices.doubts(about: "Pak een inbreker zelf vast") == [.advice(.noVigilantism)])
        for id in [AgreementID.behaviourNotAppearance, .describePerson, .respect] { choices.set(id, false) }
        #expect(choices.doubts(about: "Let op Marokkanen") == [.advice(.respect)])
    }

    @Test("with the agreement off, the warning quotes the advice and asks to keep it", arguments: Language.allCases)
    func againstAdvice(_ language: Language) {
        var driver = Driver(language: language)
        driver.answer(until: .customAgreement, [.agreements: ["-11", ""], .chatGroup: [language == .dutch ? "nee" : "no"], .burgernet: [language == .dutch ? "ja" : "yes"]])
        #expect(driver.question == .customAgreement)
        #expect(!driver.session.answers.agreements.has(.noVigilantism))
        let warned = driver.type(language == .dutch ? "Pak een inbreker zelf vast" : "Catch a burglar yourself")
        let expected = language == .dutch
            ? ["het advies van veel gemeenten, zoals Katwijk", "Afspraak 11 (Speel geen eigen rechter) staat uit.", "speel geen eigen rechter en overtreed geen wetten", "Wil je deze afspraak toch houden?"]
            : ["the advice of many municipalities, such as Katwijk", "Agreement 11 (\(Language.english.text(AgreementText.title(.noVigilantism)))) is off.", "Do you want to keep this one anyway?"]
        for part in expected { #expect(warned.contains(part)) }
        #expect(!warned.contains(language == .dutch ? "Toegevoegd" : "Added"))
        #expect(driver.session.answers.agreements.custom.isEmpty)
    }

    @Test("warned, quoted and kept with ja; warned and dropped with nee or Enter (Dutch)")
    func keptAndDropped() throws {
        var driver = atOwnAgreements()
        let warned = driver.type("Pak een inbreker zelf vast")
        #expect(warned.contains("afspraak 11 (Speel geen eigen rechter)"))
        #expect(warned.contains("\"Je houdt niemand vast en je gaat niemand achterna."))
        #expect(warned.contains("mag de andere afspraken niet tegenspreken"))
        #expect(!warned.contains("Toegevoegd"))
        #expect(driver.session.answers.agreements.custom.isEmpty)
        #expect(driver.type("ja").contains("Toegevoegd: Pak een inbreker zelf vast"))
        #expect(driver.session.answers.agreements.custom == ["Pak een inbreker zelf vast"])
        #expect(driver.question == .customAgreement)

        driver.type("We delen ook filmpjes van de deurbel")
        #expect(driver.type("").contains("Niet toegevoegd: We delen ook filmpjes van de deurbel"))
        driver.type("Let extra op mensen met een donkere huidskleur")
        #expect(driver.type("nee").contains("Niet toegevoegd"))
        #expect(driver.session.answers.agreements.custom == ["Pak een inbreker zelf vast"])
        #expect(driver.question == .customAgreement)
    }

    @Test("warned, quoted and kept or dropped in English")
    func english() {
        var driver = atOwnAgreements(.english)
        let warned = driver.type("We share doorbell videos")
        #expect(warned.contains("agreement 12 (\(Language.english.text(AgreementText.title(.photos))))"))
        #expect(warned.contains("may not contradict the other agreements"))
        #expect(driver.type("no").contains("Not added: We share doorbell videos"))
        driver.type("Chase a burglar if you can")
        #expect(driver.type("yes").contains("Added: Chase a burglar if you can"))
        #expect(driver.session.answers.agreements.custom == ["Chase a burglar if you can"])
    }

    @Test("the help says an own agreement may not contradict the others", arguments: Language.allCases)
    func help(_ language: Language) {
        let help = language.text(.help(.customAgreement))
        #expect(help.contains(language == .dutch ? "mag de andere afspraken niet tegenspreken" : "may not contradict the other agreements"))
    }

    @Test("terug at the question leaves the own agreement out and says so")
    func back() {
        var driver = atOwnAgreements()
        driver.type("Pak een inbreker zelf vast")
        #expect(driver.type("terug").contains("Niet toegevoegd"))
        #expect(driver.session.answers.agreements.custom.isEmpty)
    }
}
