import Testing
@testable import BuurtstartCore

/// Issue 21: what the documents and the session say is true for the rules chosen, and the
/// short sentences agree with the long ones.
@Suite("Rules a municipality can recommend")
struct RuleWordingTests {
    let date = CalendarDate(year: 2026, month: 11, day: 26)!

    func page(_ page: PrintedPage, _ answers: Answers, _ language: Language) -> String {
        flat(visibleText(HTMLRenderer.render(PrintedDocument(page, answers, date: date, language: language))))
    }

    func documents(_ answers: Answers, _ language: Language) -> Documents {
        Documents(answers, date: date, language: language)
    }

    /// The part of the letter below the line to cut along: the slip.
    func slip(_ answers: Answers, _ language: Language) -> String {
        let letter = page(.letter, answers, language)
        return String(letter.split(separator: language == .dutch ? "Knip hier af" : "Cut here").last ?? "")
    }

    @Test("under 16, the parent agrees that every member sees the child's number: checklist and slip", arguments: Language.allCases)
    func parentConsentNamesTheNumber(_ language: Language) throws {
        let answers = try documentAnswers { $0.membership.minimumAge = 14 }
        let phrase = language == .dutch ? "Iedereen in de groep ziet het nummer van mijn kind, ook volwassenen die mijn kind niet kent"
                                        : "Everyone in the group sees my child's number, also adults my child does not know"
        #expect(flat(documents(answers, language).checklist).contains(phrase))
        #expect(page(.checklist, answers, language).contains(phrase))
        #expect(slip(answers, language).contains(phrase))
        #expect(page(.privacy, answers, language).contains(language == .dutch ? "toestemming voor twee dingen: iedereen in de groep ziet je telefoonnummer" : "permission on the checklist for two things: everyone in the group sees your phone number"))
    }

    @Test("a minimum age under 16: the session says adults the child does not know see its number, and that most choose 18", arguments: Language.allCases)
    func youngMembersWarning(_ language: Language) {
        let said = flat(language.text(.ageNeedsConsent(14)))
        #expect(said.contains(language == .dutch ? "volwassenen die het kind niet kent" : "adults the child does not know"))
        #expect(said.contains("14") && said.contains("18"))
    }

    @Test("the introduction reaches the contact by the printed number or a line, never by the sign-up address; 112 first only when chosen; 'u' in Dutch", arguments: Language.allCases)
    func introduction(_ language: Language) throws {
        var answers = try documentAnswers {
            $0.admins.signUpContact = "briefje in de bus bij Zeeweg 12"
            $0.admins.phonesInCharter = false
        }
        var intro = page(.introduction, answers, language)
        #expect(!intro.contains("Zeeweg 12"))
        #expect(intro.contains(language == .dutch ? "Telefoon of e-mail" : "Phone or e-mail"))
        #expect(intro.contains(language == .dutch ? "eerst 112" : "call 112 first"))
        #expect(intro.contains(language == .dutch ? "Uiterlijk of afkomst maakt niemand verdacht" : "Appearance or origin makes nobody suspicious"))
        if language == .dutch {
            #expect(intro.contains("sturen we u graag") && intro.contains("uw contactpersoon"))
            #expect(!intro.contains(" je ") && !intro.contains("aanspreekpunt"))
        }
        answers.admins.phonesInCharter = true
        intro = page(.introduction, answers, language)
        #expect(intro.contains("06-87654321"))
        answers.agreements.set(.saar, false)
        answers.agreements.set(.call112First, false)
        answers.agreements.set(.behaviourNotAppearance, false)
        intro = page(.introduction, answers, language)
        #expect(!intro.contains(language == .dutch ? "eerst 112" : "call 112 first"))
        #expect(!intro.contains(language == .dutch ? "Uiterlijk of afkomst" : "Appearance or origin"))
    }

    /// The words of every document a group gets, flattened.
    func everything(_ answers: Answers, _ language: Language) throws -> String {
        try allDocuments(answers, language).map(\.text).joined(separator: "\n")
    }

    @Test("item 4: behaviour is what makes someone suspicious; no line says to leave looks out of a description", arguments: Language.allCases)
    func behaviourFirst(_ language: Language) throws {
        let text = try everything(documentAnswers(), language)
        for old in ["Ik meld wat iemand doet, niet hoe iemand eruitziet", "Meld wat iemand doet, niet hoe iemand eruitziet",
                    "I report what someone does, not how someone looks", "Report what someone does, not how someone looks"] {
            #expect(!text.contains(old))
        }
        #expect(text.contains(language == .dutch ? "Ik vind iemand verdacht om wat die doet, niet om uiterlijk of afkomst." : "I find someone suspicious for what they do, not for their looks or origin."))
    }

    @Test("item 5: no promise that the police come; a message is not a report, and which number to call", arguments: Language.allCases)
    func policeRole(_ language: Language) throws {
        let text = try everything(documentAnswers(), language)
        for old in ["De politie komt als je 112 belt", "alleen komt als ik 112 bel", "The police come when you call 112", "only come when I call 112",
                    "De politie zit niet in de groep: bel 112.", "The police are not in the group: call 112."] {
            #expect(!text.contains(old), "\(old)")
        }
        #expect(text.contains(language == .dutch ? "Een bericht in de groep is dus geen melding bij de politie." : "So a message in the group is not a report to the police."))
        #expect(text.contains(language == .dutch ? "Bij spoed bel ik 112, anders 0900-8844" : "In an emergency I call 112, otherwise 0900-8844"))
    }

    @Test("item 6: with the phone chain, the letter has a line for neighbours without a smartphone and the slip a box with its consent", arguments: Language.allCases)
    func phoneChainOnPaper(_ language: Language) throws {
        var answers = try documentAnswers()
        answers.agreements.set(.phoneChain, true)
        let box = flat(language.text(.checklistItem(.phoneChainConsent)))
        #expect(box.contains(language == .dutch ? "Wie belt, krijgt mijn naam en nummer." : "Whoever calls gets my name and number."))
        #expect(slip(answers, language).contains(box))
        #expect(page(.letter, answers, language).contains(language == .dutch ? "Geen smartphone? Kruis dan de belketen aan." : "No smartphone? Then tick the phone chain."))
        answers.agreements.set(.phoneChain, false)
        #expect(!page(.letter, answers, language).contains(box))
        #expect(!page(.letter, answers, language).contains(language == .dutch ? "Geen smartphone?" : "No smartphone?"))
    }

    @Test("item 7: the chat group in the checklist (optional, its consent and rules), privacy.html and whatsapp.txt", arguments: Language.allCases)
    func chatGroupEverywhere(_ language: Language) throws {
        var answers = try documentAnswers()
        let consent = language == .dutch ? "Dan mag iedereen daar mijn nummer zien." : "Then everyone there may see my number."
        let checklist = flat(documents(answers, language).checklist)
        #expect(checklist.contains(consent))
        #expect(checklist.contains(language == .dutch ? "De afspraken 12, 13 en 14 gelden daar ook." : "Agreements 12, 13 and 14 hold there too."))
        #expect(page(.privacy, answers, language).contains(language == .dutch ? "Ga je ook in de aparte chatgroep?" : "Do you join the separate chat group too?"))
        let whatsApp = documents(answers, language).whatsApp
        #expect(whatsApp.contains(language == .dutch ? "--- Welkomstbericht voor de aparte chatgroep ---" : "--- Welcome message for the separate chat group ---"))
        #expect(!slip(answers, language).contains(consent), "the slip asks only what joining needs")
        answers.membership.separateChatGroup = false
        #expect(!flat(documents(answers, language).checklist).contains(consent))
        #expect(!documents(answers, language).whatsApp.contains(language == .dutch ? "chatgroep" : "chat group"))
    }

    @Test("item 8: neighbouring admins pass an alert on without photos, names or numbers; the forwarding and removal rules say so", arguments: Language.allCases)
    func neighbouringAdminsAndForwarding(_ language: Language) throws {
        var answers = try documentAnswers()
        answers.agreements.set(.neighbouringAdmins, true)
        let settings = AgreementSettings(answers)
        let forwarding = language.text(AgreementText.article(.noForwarding, settings))
        #expect(forwarding.contains(language == .dutch ? "zonder foto's, namen of telefoonnummers" : "without photos, names or phone numbers"))
        #expect(language.text(AgreementText.article(.removal, settings)).contains("\(AgreementID.noForwarding.number)"))
        #expect(language.text(AgreementText.article(.neighbouringAdmins, settings)).contains(language == .dutch ? "zonder foto's, namen of telefoonnummers" : "without photos, names or phone numbers"))
        answers.agreements.set(.neighbouringAdmins, false)
        #expect(!language.text(AgreementText.article(.noForwarding, AgreementSettings(answers))).contains(language == .dutch ? "groepen in de buurt" : "groups nearby"))
    }

    @Test("item 9: the invitation names the neighbouring admins where the letter and checklist do", arguments: Language.allCases)
    func invitationNamesNeighbouringAdmins(_ language: Language) throws {
        var answers = try documentAnswers()
        answers.agreements.set(.neighbouringAdmins, true)
        let invitation = try #require(documents(answers, language).whatsApp.split(separator: "---").last.map(String.init))
        #expect(invitation.contains(language == .dutch ? "ook de beheerders van groepen in de buurt" : "also the admins of groups nearby"))
        answers.agreements.set(.neighbouringAdmins, false)
        #expect(!documents(answers, language).whatsApp.contains(language == .dutch ? "groepen in de buurt" : "groups nearby"))
    }

    @Test("item 11: the next steps let only admins add members, keep the link out of the group, and say how long a link works", arguments: Language.allCases)
    func nextStepsInvite(_ language: Language) throws {
        let answers = try documentAnswers()
        let context = SessionContext(date: date, directory: "w", resumeCommand: SessionContext.resumeCommand(directory: "w"))
        let said = NextStep.steps(Documents(answers, date: date, language: language), answers, context: context)
            .map { language.text(Message.nextStep($0)) }.joined(separator: " ")
        #expect(!said.contains("werkt maar een tijdje") && !said.contains("only works for a while"))
        #expect(said.contains(language == .dutch ? "alleen beheerders leden toevoegen" : "let only admins add members"))
        #expect(said.contains(language == .dutch ? "Zet de uitnodigingslink nooit in de groep" : "Never put the invite link in the group"))
        #expect(said.contains(language == .dutch ? "werkt tot een beheerder hem opnieuw instelt" : "works until an admin resets it"))
    }

    @Test("item 12: the charter's part on changes says members are asked first when more people would see their number", arguments: Language.allCases)
    func changesAskFirst(_ language: Language) throws {
        let charter = flat(documents(try documentAnswers(), language).charter)
        #expect(charter.contains(language == .dutch ? "Dan vragen de beheerders je eerst of je dat goed vindt." : "Then the admins first ask you whether you agree."))
    }

    @Test("item 13: 0900-8844, 's-Gravenweg and a quoted name stay on one line; article numbers from 10 have room")
    func unbrokenOnPaper() throws {
        #expect(HTMLRenderer.unbroken("Bel 0900-8844 of 112.") == "Bel <span class=\"nowrap\">0900-8844</span> of 112.")
        #expect(HTMLRenderer.unbroken("de 's-Gravenweg") == "de <span class=\"nowrap\">&#39;s-Gravenweg</span>")
        #expect(HTMLRenderer.unbroken("in deel 4, 'Je gegevens'.") == "in deel 4, <span class=\"nowrap\">&#39;Je gegevens&#39;.</span>")
        #expect(HTMLRenderer.unbroken("'s Avonds z'n foto's") == "&#39;s Avonds z&#39;n foto&#39;s")
        var answers = try documentAnswers()
        try answers.area.add(try StreetEntry(parsing: "'s-Gravenweg 1-20"))
        let html = HTMLRenderer.render(PrintedDocument(.charter, answers, date: date, language: .dutch))
        #expect(html.contains("<span class=\"nowrap\">&#39;s-Gravenweg</span>"))
        #expect(html.contains("<span class=\"nowrap\">0900-8844</span>"))
        #expect(html.contains("ol.articles { padding-left: 2.4em; }"))
    }

    @Test("own agreements are numbered apart, E1 and E2, in every form of the charter, whatever the list holds", arguments: Language.allCases)
    func ownAgreementsNumberedApart(_ language: Language) throws {
        let answers = try documentAnswers { $0.agreements.custom = ["Na 23.00 uur alleen bij spoed", "Honden uitlaten? Let op de buurt."] }
        let charter = documents(answers, language).charter
        #expect(charter.contains("E1. Na 23.00 uur alleen bij spoed") && charter.contains("E2. Honden uitlaten?"))
        #expect(!charter.contains("\(AgreementID.allCases.count + 1). Na 23.00"))
        let html = HTMLRenderer.render(PrintedDocument(.charter, answers, date: date, language: language))
        #expect(html.contains("<li class=\"own\"><span class=\"label\">E1.</span>Na 23.00 uur alleen bij spoed</li>"))
        #expect(MarkdownRenderer.charter(answers, date: date, language: language).contains("- E2. Honden uitlaten?"))
        let json = CharterJSON(answers, date: date, language: language)
        #expect(json.agreements.filter { $0.id == nil }.map(\.label) == ["E1", "E2"])
        // Only the list's own numbers can leave gaps to explain.
        var listed = answers
        listed.agreements.selected = Array(AgreementID.allCases.prefix(3))
        #expect(!Article.hasGaps(listed))
    }

    @Test("weak items: a welcome without SAAR has the 112 line; the agreements question makes no claim about a preset; privacy.html on refused sign-ups and the AP", arguments: Language.allCases)
    func weakItems(_ language: Language) throws {
        var answers = try documentAnswers()
        let line = language.text(AgreementText.descriptionLine(.call112First))
        #expect(!WhatsAppRenderer.welcome(answers, language: language).contains(line), "SAAR's steps already say it")
        answers.agreements.set(.saar, false)
        #expect(WhatsAppRenderer.welcome(answers, language: language).contains(line))
        #expect(!language.text(.question(.agreements)).contains(language == .dutch ? "aanbevolen afspraken staan al aan" : "recommended agreements are on already"))
        let privacy = page(.privacy, answers, language)
        #expect(privacy.contains("Autoriteit Persoonsgegevens"))
        #expect(privacy.contains(language == .dutch ? "gooien de beheerders je strookje en je checklist meteen weg" : "throw your slip and your checklist away at once"))
        #expect(!flat(documents(answers, language).charter).contains("Autoriteit Persoonsgegevens"), "the charter keeps its three pages")
    }
}
