import Testing
@testable import BuurtstartCore

/// What a stranger found trying issue 21 as a resident and as a municipality officer.
extension RuleWordingTests {
    @Test("the letter sets the group's own agreements apart, under their own heading", arguments: Language.allCases)
    func ownAgreementsApartInLetter(_ language: Language) throws {
        let answers = try documentAnswers { $0.agreements.custom = ["Pak een inbreker zelf vast"] }
        let letter = page(.letter, answers, language)
        let heading = language == .dutch ? "Eigen afspraken:" : "Own agreements:"
        #expect(letter.contains("\(heading) Pak een inbreker zelf vast"))
        #expect(!letter.contains("· Pak een inbreker zelf vast"))
        #expect(!page(.letter, try documentAnswers { $0.agreements.custom = [] }, language).contains(heading))
    }

    @Test("SAAR's first step says what makes someone suspicious, not what to look away from", arguments: Language.allCases)
    func saarSaysWhatIsSuspicious(_ language: Language) {
        let article = language.text(AgreementText.article(.saar, AgreementSettings()))
        #expect(!article.contains(language == .dutch ? "niet op hoe iemand eruitziet" : "not at how someone looks"))
        #expect(article.contains(language == .dutch ? "Wat iemand verdacht maakt, is wat die doet, niet hoe die eruitziet." : "What makes someone suspicious is what they do, not how they look."))
    }
}

@Suite("Own agreements: a yes or no is not one")
struct OwnAgreementYesNoTests {
    @Test("a bare yes or no, in any language, is refused with what to type", arguments: ["nee", "ja", "no", "Yes", "NEE"])
    func refused(_ typed: String) {
        var driver = Driver()
        driver.answer(until: .customAgreement)
        let said = driver.type(typed)
        #expect(!said.contains("Toegevoegd"))
        #expect(said.contains("is geen afspraak") && said.contains("Druk dan op Enter"))
        #expect(driver.session.answers.agreements.custom.isEmpty)
        #expect(driver.question == .customAgreement)
    }

    @Test("the English refusal", arguments: ["no", "nee"])
    func english(_ typed: String) {
        #expect(Language.english.text(.problem(.ownAgreementIsYesOrNo(typed))).contains("is not an agreement"))
    }
}

extension RuleWordingTests {
    @Test("with the phone chain: the slip's number consent is for members with WhatsApp, the letter does not say everyone needs WhatsApp, privacy.html says how long the chain's details are kept", arguments: Language.allCases)
    func phoneChainLeftovers(_ language: Language) throws {
        var answers = try documentAnswers()
        answers.agreements.set(.phoneChain, true)
        let dutch = language == .dutch
        #expect(slip(answers, language).contains(dutch ? "Met WhatsApp: ik vind het goed dat iedereen in de groep mijn telefoonnummer ziet"
                                                       : "With WhatsApp: I agree that everyone in the group sees my phone number"))
        let whatsAppLater = dutch ? "Een telefoon met WhatsApp heb je pas nodig als je lid wordt." : "You only need a phone with WhatsApp once you become a member."
        #expect(!page(.letter, answers, language).contains(whatsAppLater))
        let howLong = dutch ? "Sta je op de belketen? Dan bewaren de beheerders je naam en nummer zolang je daarop staat."
                            : "Are you on the phone chain? Then the admins keep your name and number for as long as you are on it."
        #expect(page(.privacy, answers, language).contains(howLong))
        // The checklist is for members, who have WhatsApp: its consent stays as it was.
        #expect(!page(.checklist, answers, language).contains(dutch ? "Met WhatsApp:" : "With WhatsApp:"))

        answers.agreements.set(.phoneChain, false)
        #expect(page(.letter, answers, language).contains(whatsAppLater))
        #expect(!slip(answers, language).contains(dutch ? "Met WhatsApp:" : "With WhatsApp:"))
        #expect(!page(.privacy, answers, language).contains(howLong))
    }
}
