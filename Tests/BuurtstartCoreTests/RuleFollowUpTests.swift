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

extension RuleWordingTests {
    @Test("with workers allowed, the agreement's title and the letter's and invitation's address agree with the slip", arguments: Language.allCases)
    func workersAgree(_ language: Language) throws {
        let dutch = language == .dutch
        let answers = try documentAnswers { $0.membership.eligibility = .residentsAndWorkers }
        let title = language.text(AgreementText.title(.citizensInitiative))
        #expect(!title.contains(dutch ? "bewoners" : "residents"))
        let address = dutch ? "je naam, adres (of werkadres) en telefoonnummer" : "your name, address (or work address) and phone number"
        #expect(page(.letter, answers, language).contains(address))
        #expect(flat(documents(answers, language).whatsApp).contains(address))
        let residents = try documentAnswers { $0.membership.eligibility = .residents }
        #expect(!page(.letter, residents, language).contains(dutch ? "(of werkadres)" : "(or work address)"))
    }

    @Test("the admin's phone question says the number can go into the introduction too", arguments: Language.allCases)
    func adminPhoneSaysIntroduction(_ language: Language) {
        let question = language.text(.adminPhoneQuestion(name: "Anna"))
        #expect(question.contains(language == .dutch ? "in de kennismaking voor de wijkagent" : "the introduction for the wijkagent"))
        #expect(language.text(.help(.adminPhone)).contains(language == .dutch ? "kennismaking" : "introduction"))
    }
}

extension RuleWordingTests {
    @Test("a group with one admin reads 'de beheerder' on the checklist, in the charter's privacy part and in privacy.html", arguments: Language.allCases)
    func oneAdminSingular(_ language: Language) throws {
        let dutch = language == .dutch
        var answers = try documentAnswers { $0.agreements.set(.phoneChain, true) }
        answers.admins.people.removeLast(answers.admins.people.count - 1)
        answers.admins.contact = 0
        let name = answers.admins.people[0].firstName
        let checklist = flat(documents(answers, language).checklist)
        #expect(checklist.contains(dutch ? "Ik weet wie de beheerder is: \(name)." : "I know who the admin is: \(name)."))
        for text in [flat(documents(answers, language).charter), page(.privacy, answers, language)] {
            #expect(text.contains(dutch ? "De beheerder bewaart je naam" : "The admin keeps your name"))
            #expect(text.contains(dutch ? "Verder geeft de beheerder je gegevens aan niemand." : "Apart from this, the admin gives your details to no one."))
            #expect(!text.contains(dutch ? "De beheerders bewaren" : "The admins keep"))
        }
        #expect(page(.privacy, answers, language).contains(dutch ? "Dan bewaart de beheerder je naam en nummer zolang je daarop staat." : "Then the admin keeps your name and number for as long as you are on it."))
        // Two admins: the plural, as before.
        let two = try documentAnswers()
        #expect(flat(documents(two, language).checklist).contains(dutch ? "Ik weet wie de beheerders zijn:" : "I know who the admins are:"))
        #expect(page(.privacy, two, language).contains(dutch ? "De beheerders bewaren je naam" : "The admins keep your name"))
    }
}
