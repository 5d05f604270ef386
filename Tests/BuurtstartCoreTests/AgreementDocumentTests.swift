import Testing
@testable import BuurtstartCore

/// `text` with every run of spaces and line breaks as one space, so that a sentence is found
/// wherever a document wrapped it.
func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

/// Finished answers for a group, built directly (not through a session), with every agreement
/// that can go together on, members under 18, workers, two admins with numbers.
func documentAnswers(_ edit: (inout Answers) -> Void = { _ in }) throws -> Answers {
    var answers = Answers()
    answers.status = .finished
    answers.group.municipality = "Katwijk"
    answers.group.neighbourhood = "Zeeweg-Noord"
    answers.group.name = "Buurtpreventie Zeeweg-Noord"
    try answers.area.add(try StreetEntry(parsing: "Zeeweg 1-99 oneven"))
    try answers.area.add(try StreetEntry(parsing: "Boulevard 2-40 even"))
    try answers.area.add(try Postcode(parsing: "2221 AB"))
    answers.membership.minimumAge = 16
    answers.membership.eligibility = .residentsAndWorkers
    answers.membership.separateChatGroup = true
    answers.admins.people = [Admin(firstName: "Anna", phone: "06-12345678"), Admin(firstName: "Piet", phone: "06-87654321")]
    answers.admins.contact = 1
    answers.agreements.selected = AgreementChoices.everything(keeping: []).selected
    answers.agreements.custom = ["Na 23.00 uur alleen bij spoed"]
    answers.contacts.wijkagentName = "Jansen"
    answers.contacts.wijkagentReach = "via 0900-8844"
    answers.charter.version = 1
    edit(&answers)
    return answers
}

/// Every document a group gets, in one language: the three texts, Markdown, and the JSON's
/// strings, each flattened.
func allDocuments(_ answers: Answers, _ language: Language) throws -> [(name: String, text: String)] {
    let date = CalendarDate(year: 2026, month: 11, day: 26)!
    let documents = Documents(answers, date: date, language: language)
    let json = CharterJSON(answers, date: date, language: language)
    let jsonText = [json.name, json.boundary] + json.agreements.flatMap { [$0.title ?? "", $0.text, $0.id ?? ""] }
        + json.checklist + json.privacy
    let texts: [(String, String)] = [("charter.txt", documents.charter), ("checklist.txt", documents.checklist), ("whatsapp.txt", documents.whatsApp),
            ("charter.md", MarkdownRenderer.charter(answers, date: date, language: language)),
            ("checklist.md", MarkdownRenderer.checklist(answers, date: date, language: language)),
            ("charter.json", jsonText.joined(separator: "\n"))]
    return (texts + documents.pages.map { ($0.page.fileName, visibleText($0.html)) })
        .map { ($0.0, flat($0.1.replacing("\\", with: ""))) }
}

/// Words that show an agreement is meant, beyond its own texts: references from other texts.
func marks(of id: AgreementID, _ language: Language) -> [String] {
    let reference = language == .dutch ? "afspraak \(id.number))" : "agreement \(id.number))"
    let words: [String] = switch (id, language) {
    case (.saar, _): ["SAAR", "Signaleer"]
    case (.say112Called, .dutch): ["dat je 112 hebt gebeld", "dat ik 112 heb gebeld"]
    case (.say112Called, .english): ["that you called 112", "that I called 112"]
    case (.noForwarding, .dutch): ["doorstuurt", "doorsturen", "schermafbeelding", "niets online"]
    case (.noForwarding, .english): ["forwards messages", "Nothing is forwarded", "screenshots", "nothing online"]
    case (.phoneChain, .dutch): ["belketen"]
    case (.phoneChain, .english): ["phone chain"]
    case (.neighbouringAdmins, .dutch): ["groepen in de buurt"]
    case (.neighbouringAdmins, .english): ["groups nearby"]
    case (.wijkagentContact, .dutch): ["houdt contact met de wijkagent"]
    case (.wijkagentContact, .english): ["keeps in touch with the wijkagent"]
    case (.stayNearHome, .dutch): ["eigen huis"]
    case (.stayNearHome, .english): ["own home"]
    case (.allClear, .dutch): ["Alles veilig"]
    case (.allClear, .english): ["All clear"]
    default: []
    }
    return words + [reference]
}

/// Each text an agreement itself adds to the documents, in a language, flattened.
func ownTexts(of id: AgreementID, _ answers: Answers, _ language: Language) -> [String] {
    let settings = AgreementSettings(answers)
    var texts = [language.text(AgreementText.title(id)), language.text(AgreementText.article(id, settings))]
    if id.agreement.checklistLine { texts.append(language.text(AgreementText.checklistLine(id, settings))) }
    if id.agreement.descriptionLine { texts.append(language.text(AgreementText.descriptionLine(id))) }
    if id.agreement.welcomeLine { texts.append(language.text(AgreementText.welcomeLine(id, settings))) }
    return texts.flatMap { TextInput.lines($0) }.map(flat).filter { !$0.isEmpty }
}

@Suite("Documents follow the chosen agreements")
struct AgreementDocumentTests {
    @Test("off means absent: no document holds an agreement's texts or a reference to it once it is off; on means present",
          arguments: AgreementID.allCases)
    func offMeansAbsent(_ id: AgreementID) throws {
        let on = try documentAnswers { answers in
            for other in id.conflicting { answers.agreements.set(other, false) }
            answers.agreements.set(id, true)
            for needed in id.agreement.requires { answers.agreements.set(needed, true) }
        }
        var off = on
        off.agreements.set(id, false)
        for dependent in AgreementID.allCases where dependent.agreement.requires.contains(id) { off.agreements.set(dependent, false) }
        for language in Language.allCases {
            let present = try allDocuments(on, language)
            #expect(present[0].text.contains(flat(language.text(AgreementText.title(id)))), "\(id) on: its article")
            for (name, text) in try allDocuments(off, language) {
                for own in ownTexts(of: id, on, language) + marks(of: id, language) {
                    #expect(!text.contains(own), "\(language) \(name) still says, with \(id) off: \(own)")
                }
            }
        }
    }

    @Test("with every agreement off, the charter says so and nothing is stated as a rule")
    func noneChosen() throws {
        let answers = try documentAnswers { $0.agreements.selected = []; $0.agreements.custom = [] }
        for language in Language.allCases {
            let documents = try allDocuments(answers, language)
            #expect(documents[0].text.contains(flat(language.text(DocumentText.charterNoAgreements))))
            for id in AgreementID.allCases {
                for (name, text) in documents {
                    for own in ownTexts(of: id, answers, language) { #expect(!text.contains(own), "\(name): \(own)") }
                }
            }
        }
    }

    @Test("no document says the police or the wijkagent are, or may be, members",
          arguments: Language.allCases)
    func policeNotMembers(_ language: Language) throws {
        let forbidden = language == .dutch
            ? ["wijkagent mag lid", "politie mag lid", "wijkagent is lid", "politie is lid", "agent in de groep", "wijkagent leest mee",
               "politie leest mee", "agenten in de groep", "politie in de groep zit"]
            : ["wijkagent may be", "police may be", "wijkagent is a member", "police are members", "officer in the group",
               "wijkagent in the group", "reads along", "police read along", "police are in the group"]
        let sets: [Answers] = try [
            documentAnswers(),
            documentAnswers { $0.agreements.selected = AgreementID.allCases.filter { $0 != .approachSafely } },
            documentAnswers { $0.agreements.selected = [.wijkagentContact, .citizensInitiative] },
            documentAnswers { $0.agreements.selected = [] },
        ]
        for answers in sets {
            for (name, text) in try allDocuments(answers, language) {
                for phrase in forbidden { #expect(!text.lowercased().contains(phrase.lowercased()), "\(name): \(phrase)") }
            }
        }
        let contact = try allDocuments(documentAnswers(), language)[0].text
        #expect(contact.contains(language == .dutch ? "De wijkagent is geen lid van de groep" : "The wijkagent is not a member of the group"))
    }

    @Test("the privacy wording says who sees what for the rules chosen, and promises no more",
          arguments: [false, true], [false, true])
    func privacy(neighbouringAdmins: Bool, phoneChain: Bool) throws {
        for printed in [false, true] {
            let answers = try documentAnswers { answers in
                answers.agreements.set(.neighbouringAdmins, neighbouringAdmins)
                answers.agreements.set(.phoneChain, phoneChain)
                answers.admins.phonesInCharter = printed
            }
            let items = PrivacyItem.items(for: answers)
            #expect(items.contains(.groupSeesNumber(neighbouringAdmins: neighbouringAdmins)))
            #expect(items.contains(.phoneChain) == phoneChain)
            #expect(items.contains(.adminPhonesPrinted) == printed)
            // "Nobody else" comes after every item that says who sees something.
            let nobodyElse = try #require(items.firstIndex(of: .nobodyElse))
            #expect(items.indices.filter { index in
                switch items[index] {
                case .groupSeesNumber, .phoneChain, .adminPhonesPrinted, .onlyAdminsSeeKept: true
                default: false
                }
            }.allSatisfy { $0 < nobodyElse })
            #expect(ChecklistItem.items(for: answers).contains(.phoneConsent(neighbouringAdmins: neighbouringAdmins)))
            for language in Language.allCases {
                let section = flat(items.map { language.text(DocumentText.privacyItem($0)) }.joined(separator: " "))
                #expect(section.contains(language == .dutch ? "groepen in de buurt" : "groups nearby") == neighbouringAdmins)
                #expect(section.contains(language == .dutch ? "belketen" : "phone chain") == phoneChain)
                for (name, text) in try allDocuments(answers, language) {
                    for promise in ["delen je gegevens met niemand", "share your details with no one", "met niemand gedeeld", "shared with no one"] {
                        #expect(!text.contains(promise), "\(name): \(promise)")
                    }
                    // Anna's number is printed in the charter; Piet's, the contact's, also in the
                    // introduction for the wijkagent, never in the letter or the invitation, which anyone can forward.
                    #expect(text.contains("12345678") == (printed && ["charter.txt", "charter.md", "charter.html"].contains(name)), "\(name)")
                    #expect(text.contains("87654321") == (printed && ["charter.txt", "charter.md", "charter.html", "introduction.html"].contains(name)), "\(name)")
                }
            }
        }
    }

    @Test("the charter has a privacy section that says what is kept, why, who sees it, how long and how to have it removed")
    func privacySection() throws {
        let charter = flat(Documents(try documentAnswers(), date: CalendarDate(year: 2026, month: 11, day: 26)!, language: .dutch).charter)
        for expected in ["4. Je gegevens", "bewaren je naam, je adres (of het adres waar je werkt) en je telefoonnummer",
                         "Zo gaan ze na of je in het gebied woont of werkt", "Je adres en je checklist zien alleen de beheerders",
                         "zolang je lid bent", "verwijderen ze je gegevens", "Vraag het een beheerder",
                         "Verder geven de beheerders je gegevens aan niemand."] {
            #expect(charter.contains(expected), "\(expected)")
        }
    }

    @Test("members under 18: the approach rule says they approach nobody; under 16: a parent signs the checklist")
    func youngMembers() throws {
        let young = try documentAnswers { $0.membership.minimumAge = 14 }
        let documents = try allDocuments(young, .dutch)
        #expect(documents[0].text.contains("Ben je jonger dan 18? Dan spreek je niemand aan."))
        #expect(documents[1].text.contains("Ben ik jonger dan 18, dan spreek ik niemand aan."))
        #expect(documents[1].text.contains("Naam ouder of verzorger:"))
        #expect(documents[1].text.contains("Ik geef toestemming dat mijn kind meedoet"))
        #expect(documents[2].text.contains("Ben je jonger dan 16? Dan moet je ouder of verzorger toestemming geven."))
        let adults = try allDocuments(documentAnswers { $0.membership.minimumAge = 18 }, .dutch)
        #expect(!adults[0].text.contains("jonger dan 18") && !adults[1].text.contains("ouder of verzorger"))
        let sixteen = try allDocuments(documentAnswers { $0.membership.minimumAge = 16 }, .dutch)
        #expect(sixteen[0].text.contains("jonger dan 18") && !sixteen[1].text.contains("ouder of verzorger"))
    }

    @Test("the checklist asks consent, not knowledge; tips are not boxes; workers are covered by the address and leaving rules")
    func checklist() throws {
        let checklist = Documents(try documentAnswers(), date: CalendarDate(year: 2026, month: 11, day: 26)!, language: .dutch).checklist
        #expect(checklist.contains("[ ] Ik vind het goed dat iedereen in de groep mijn telefoonnummer ziet"))
        #expect(flat(checklist).contains("[ ] Ik vind het goed dat de beheerders mijn naam, adres (of werkadres) en telefoonnummer bewaren zolang ik lid ben."))
        #expect(flat(checklist).contains("[ ] Ik stuur niets uit de groep door naar anderen, en ik zet niets online."))
        #expect(flat(checklist).contains("[ ] Verhuis ik uit het gebied, of werk ik er niet meer? Dan ga ik uit de groep."))
        #expect(checklist.contains("Adres (wonen of werken): ___"))
        #expect(!checklist.contains("[ ] Ik weet dat iedereen"))
        #expect(!checklist.contains("[ ] Ik heb de Burgernet-app") && checklist.contains("- Installeer de Burgernet-app."))
        #expect(!checklist.contains("[ ] Ik heb 112") && checklist.contains("- Zet 112 en 0900-8844 in je telefoon."))
    }

    @Test("which number when: 112 for what happens now, 0900-8844 or the wijkagent for patterns and nuisance, 0800-7000 not for emergencies")
    func numbers() throws {
        let charter = flat(Documents(try documentAnswers(), date: CalendarDate(year: 2026, month: 11, day: 26)!, language: .dutch).charter)
        #expect(charter.contains("Gebeurt er nu iets verdachts of gevaarlijks, zoals een inbraak of iemand die deuren probeert? Bel 112."))
        #expect(charter.contains("0900-8844 Politie, geen spoed: iets wat steeds terugkomt"))
        #expect(charter.contains("0800-7000 Meld Misdaad Anoniem") && charter.contains("Niet voor spoed."))
        #expect(charter.contains("Bel dan 0900-8844 of vertel het de wijkagent. Dat is niet voor 112."))
        #expect(!charter.contains("onderbuikgevoel") && !charter.contains("Mijn wijkagent"))
        let english = flat(Documents(try documentAnswers(), date: CalendarDate(year: 2026, month: 11, day: 26)!, language: .english).charter)
        #expect(!english.contains("gut feeling"))
    }

    @Test("removal is at once for discrimination and threats, and for forwarding only when forwarding is ruled out")
    func removal() throws {
        let settings = AgreementSettings(try documentAnswers { $0.agreements.set(.neighbouringAdmins, false) })
        #expect(settings.mentionForwarding)
        let text = Language.dutch.text(AgreementText.article(.removal, settings))
        #expect(text.contains("Wie discrimineert, dreigt, of berichten of foto's buiten de groep doorstuurt, gaat meteen uit de groep"))
    }

    @Test("every line of the charter and the checklist fits 72 columns, in both languages, whatever is chosen")
    func width() throws {
        for answers in [try documentAnswers(), try documentAnswers { $0.membership.minimumAge = 13 }] {
            for language in Language.allCases {
                let documents = Documents(answers, date: CalendarDate(year: 2026, month: 11, day: 26)!, language: language)
                for line in (documents.charter + documents.checklist).split(separator: "\n") {
                    #expect(line.count <= 72, "\(line)")
                }
            }
        }
    }

    @Test("streets read with their article in Dutch sentences")
    func streetArticles() {
        #expect(Dutch.withArticle("Zeeweg") == "de Zeeweg")
        #expect(Dutch.withArticle("Stationsplein") == "het Stationsplein")
        #expect(Dutch.withArticle("Plein 1813") == "het Plein 1813")
        #expect(Dutch.withArticle("Noordeinde") == "het Noordeinde")
        #expect(Dutch.withArticle("De Genestetlaan") == "De Genestetlaan")
        #expect(Dutch.withArticle("1e Hugo de Grootstraat") == "1e Hugo de Grootstraat")
        #expect(Language.dutch.text(DocumentText.whatsAppArea(streets: ["Zeeweg", "Boulevard"], more: 3, postcodes: []))
                == "de Zeeweg, de Boulevard en 3 andere straten")
    }
}

/// What a printed page shows: its text without the style sheet, the tags and the entities.
func visibleText(_ html: String) -> String {
    var text = ""
    var inTag = false
    let body = html.split(separator: "</style>", maxSplits: 1).last.map(String.init) ?? html
    for character in body {
        if character == "<" { inTag = true; text.append(" ") } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
    }
    return text.replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
        .replacing("&quot;", with: "\"").replacing("&#39;", with: "'")
}
