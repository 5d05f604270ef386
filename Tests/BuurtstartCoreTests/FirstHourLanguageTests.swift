import Testing
@testable import BuurtstartCore

/// The review and the agreements' ids as a stranger met them (issue 25): bare numbers in the
/// review, and English ids refused.
@Suite("The review by title, and agreement ids in both languages")
struct FirstHourLanguageTests {
    @Test("the review lists each chosen agreement by number and title, not a row of bare numbers",
          arguments: [(Language.dutch, "5. Afspraken: 20 gekozen", "    1  Werk volgens SAAR", "   12  Foto's van personen"),
                      (.english, "5. Agreements: 20 chosen", "    1  Follow SAAR", "   12  Photos of people")])
    func reviewByTitle(language: Language, heading: String, first: String, photos: String) throws {
        var driver = Driver(language: language)
        driver.answer(until: .review, [.municipality: ["Katwijk"], .burgernet: [language == .dutch ? "ja" : "yes"],
                                       .chatGroup: [language == .dutch ? "nee" : "no"]])
        try #require(driver.question == .review)
        let shown = driver.type(CommandWord.review.word(in: language))
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains(heading), "\(shown)")
        #expect(lines.contains(first))
        #expect(lines.contains(photos))
        #expect(!shown.contains("1, 2, 3"))
    }

    @Test("an agreement's English id is accepted beside the Dutch one, in either language")
    func englishIDs() throws {
        let start = AgreementChoices()
        for language in Language.allCases {
            let off = try start.applying("-photos", language: language)
            #expect(!off.choices.has(.photos))
        }
        let english = try start.applying("questions-private -photos near-home -approach", language: .english)
        #expect(english.choices.has(.questionsPrivately) && english.choices.has(.stayNearHome))
        #expect(!english.choices.has(.photos) && !english.choices.has(.approachSafely))
        #expect(try start.applying("-fotos", language: .english).choices == (try start.applying("-photos", language: .dutch).choices))
        #expect(AgreementID(numberOrID: "Call-112-First") == .call112First)
        #expect(AgreementID(numberOrID: "eerst-112") == .call112First)
    }

    @Test("every agreement has one id per language, and no id names two agreements")
    func idsAreUnique() {
        for language in Language.allCases {
            let ids = AgreementID.allCases.map { language.text(AgreementText.id($0)) }
            #expect(Set(ids).count == ids.count)
        }
        for id in AgreementID.allCases {
            for language in Language.allCases {
                #expect(AgreementID(numberOrID: language.text(AgreementText.id(id))) == id)
            }
        }
    }

    @Test("the list of agreements shows the session's language's ids",
          arguments: [(Language.dutch, "Foto's van personen  (fotos)"), (.english, "Photos of people  (photos)")])
    func listShowsIDs(language: Language, line: String) throws {
        var driver = Driver(language: language)
        driver.answer(until: .agreements, [.burgernet: [language == .dutch ? "ja" : "yes"], .chatGroup: [language == .dutch ? "nee" : "no"]])
        try #require(driver.question == .agreements)
        #expect(driver.screen.contains { $0.hasSuffix(line) })
    }
}
