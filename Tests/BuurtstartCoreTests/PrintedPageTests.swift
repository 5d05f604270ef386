import Testing
@testable import BuurtstartCore

/// The founder's kit on paper: what the printed pages say and how they are made. scripts/test-print
/// prints them through Chromium and checks the page counts; these tests check the HTML itself.
@Suite("The printed pages")
struct PrintedPageTests {
    let date = CalendarDate(year: 2026, month: 11, day: 26)!

    func page(_ page: PrintedPage, _ answers: Answers, _ language: Language = .dutch) -> String {
        HTMLRenderer.render(PrintedDocument(page, answers, date: date, language: language))
    }

    @Test("every page is one self-contained file: A4, its language, real headings, and nothing to load", arguments: Language.allCases)
    func selfContained(_ language: Language) throws {
        let answers = try documentAnswers { $0.group.name = "Zeeweg <b>\"&\" 'x'</b>"; $0.agreements.custom = ["<script>alert(1)</script>"] }
        for printed in PrintedPage.allCases {
            let html = page(printed, answers, language)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"), "\(printed)")
            #expect(html.contains("@page { size: A4;"), "\(printed)")
            #expect(html.contains("<h1>"), "\(printed)")
            for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http:", "https:", "<b>"] {
                #expect(!html.contains(forbidden), "\(printed) holds \(forbidden)")
            }
            #expect(html.contains("Zeeweg &lt;b&gt;&quot;&amp;&quot; &#39;x&#39;&lt;/b&gt;"), "\(printed): the typed name escaped")
        }
        #expect(page(.charter, answers, language).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("a quote or bracket with a mark on it is escaped too: no typed character ends an attribute or starts a tag")
    func escapesMarkedCharacters() {
        // "'" + U+0301 and "<" + U+0338 are single characters to Swift, not "'" or "<".
        #expect(HTMLRenderer.escape("O'\u{301}Brien <\u{338}b> & Zoë") == "O&#39;\u{301}Brien &lt;\u{338}b&gt; &amp; Zoë")
        #expect(HTMLRenderer.escape("Zeeweg 12") == "Zeeweg 12")
    }

    @Test("the checklist's boxes and the slip's boxes are drawn boxes, not form fields that may print blank")
    func boxesPrint() throws {
        let answers = try documentAnswers()
        for printed in [PrintedPage.checklist, .letter] {
            let html = page(printed, answers)
            #expect(!html.contains("<input"))
            #expect(html.contains("<li><span class=\"box\" aria-hidden=\"true\"></span>"))
        }
        #expect(HTMLRenderer.style.contains(".box {") && HTMLRenderer.style.contains("border: 1.5px solid #000"))
    }

    @Test("the charter page says what charter.txt says: every section, article and privacy item")
    func charterAgrees() throws {
        let answers = try documentAnswers()
        let html = flat(visibleText(page(.charter, answers)))
        let text = Documents(answers, date: date, language: .dutch).charter
        for section in CharterSection.allCases { #expect(html.contains("\(section.rawValue). \(Dutch.sectionName(section))")) }
        for id in answers.agreements.selected { #expect(html.contains(flat(Dutch.text(AgreementText.title(id)))), "\(id)") }
        for item in PrivacyItem.items(for: answers) {
            let said = flat(Dutch.text(.privacyItem(item)))
            #expect(html.contains(said) && flat(text).contains(said), "\(item)")
        }
    }

    @Test("the privacy statement says exactly the charter's privacy items and its own, under what, why, who, how long and removal")
    func privacyAgrees() throws {
        for phoneChain in [false, true] {
            let answers = try documentAnswers { $0.agreements.set(.phoneChain, phoneChain) }
            let html = page(.privacy, answers)
            let all = PrivacyItem.items(for: answers) + PrivacyItem.pageOnly(for: answers)
            let items = PrivacyTopic.allCases.flatMap { topic in all.filter { $0.topic == topic } }
            let listed = html.matches(of: /<li>(.*?)<\/li>/).map { String($0.1) }
            #expect(listed == items.map { HTMLRenderer.escape(Dutch.text(.privacyItem($0))) })
            for topic in [PrivacyTopic.kept, .why, .whoSees, .howLong, .removal] {
                #expect(html.contains("<h2>\(HTMLRenderer.escape(Dutch.text(.privacyTopic(topic))))</h2>"), "\(topic)")
            }
            #expect(html.contains("belketen") == phoneChain)
        }
    }

    @Test("the letter: signed with the founder's first name, the chosen agreements, and a slip with name, address, phone, consent and date")
    func letter() throws {
        var answers = try documentAnswers()
        answers.paper.signer = "Marieke"
        answers.admins.signUpContact = "bij Marieke, Zeeweg 12"
        answers.agreements.selected = [.saar, .call112First]
        let html = flat(visibleText(page(.letter, answers)))
        #expect(html.contains("Met vriendelijke groet, Marieke"))
        #expect(html.contains("Ik ben Marieke. Samen met Anna en Piet start ik"))
        #expect(html.contains("Werk volgens SAAR") && html.contains("Eerst 112 bellen") && !html.contains("Wees respectvol"))
        let slip = try #require(html.split(separator: "Knip hier af").last.map(String.init))
        for label in ["Naam:", "Adres (wonen of werken):", "Telefoonnummer:", "Datum:", "Handtekening:", "Aanmelden: bij Marieke, Zeeweg 12."] {
            #expect(slip.contains(label), "\(label)")
        }
        for item in [ChecklistItem.phoneConsent(neighbouringAdmins: false), .dataConsent(worksToo: true)] {
            #expect(slip.contains(flat(Dutch.text(.checklistItem(item)))), "\(item)")
        }
        // Members from 16: no parent's line; from 14: one, on the slip too.
        #expect(!slip.contains("Naam ouder of verzorger"))
        answers.membership.minimumAge = 14
        #expect(flat(visibleText(page(.letter, answers))).split(separator: "Knip hier af").last?.contains("Naam ouder of verzorger") == true)
        // No way to sign up given: a line to write it on.
        answers.admins.signUpContact = nil
        answers.admins.phonesInCharter = false
        #expect(flat(visibleText(page(.letter, answers))).contains("Lever dit strookje in bij: Adres:"))
    }

    @Test("the letter promises only what was chosen, and shows the group's own agreements as typed", arguments: Language.allCases)
    func letterPromisesOnlyChosen(_ language: Language) throws {
        var answers = try documentAnswers()
        answers.agreements.selected = [.respect]
        answers.agreements.custom = ["Na 23.00 uur alleen nog meldingen.", "Honden uitlaten? Let op de buurt."]
        // What each promise adds to the opening.
        let base = language.text(DocumentText.letterOpening(signer: "A", others: [], area: "Z", promises: []))
        let said = { (promise: LetterPromise) in
            flat(String(language.text(DocumentText.letterOpening(signer: "A", others: [], area: "Z", promises: [promise])).dropFirst(base.count)))
        }
        let police = said(.residentsWithoutPolice), call = said(.call112First)
        #expect(!police.isEmpty && !call.isEmpty)
        var html = flat(visibleText(page(.letter, answers, language)))
        #expect(!html.contains(police) && !html.contains(call), "neither 17 nor 2 chosen")
        #expect(html.contains("Na 23.00 uur alleen nog meldingen.") && html.contains("Honden uitlaten? Let op de buurt."))
        #expect(!html.contains("1 eigen") && !html.contains("2 eigen") && !html.contains("of our own"))
        answers.agreements.selected = [.call112First, .citizensInitiative]
        answers.agreements.custom = []
        html = flat(visibleText(page(.letter, answers, language)))
        #expect(html.contains(police) && html.contains(call))
        // Only own agreements: still listed.
        answers.agreements.selected = []
        answers.agreements.custom = ["Na 23.00 uur alleen nog meldingen."]
        #expect(flat(visibleText(page(.letter, answers, language))).contains("Na 23.00 uur alleen nog meldingen."))
    }

    @Test("the privacy statement points to the rules for the admins' numbers: it is not the rules itself")
    func privacyPointsToRules() throws {
        let answers = try documentAnswers { $0.admins.phonesInCharter = true }
        #expect(flat(visibleText(page(.privacy, answers))).contains("De telefoonnummers van de beheerders staan in de spelregels."))
        #expect(flat(visibleText(page(.privacy, answers, .english))).contains("The admins' phone numbers are in the rules."))
    }

    @Test("the introduction: name, area as the charter's table, contact, size, date, and the police are no members")
    func introduction() throws {
        let answers = try documentAnswers { $0.membership.expectedMembers = 45; $0.admins.contact = 1 }
        let html = page(.introduction, answers)
        let text = flat(visibleText(html))
        #expect(text.contains("Naam van de groep Buurtpreventie Zeeweg-Noord"))
        #expect(text.contains("Contactpersoon Piet") && !text.contains("87654321"), "no number unless the group prints numbers")
        #expect(text.contains("Verwachte grootte ongeveer 45 leden"))
        #expect(text.contains("Datum 26 november 2026"))
        #expect(text.contains("De politie is geen lid van de groep."))
        #expect(html.contains("<td>Zeeweg</td><td>1 t/m 99</td><td>oneven</td>"))
        var printed = answers
        printed.admins.phonesInCharter = true
        #expect(flat(visibleText(page(.introduction, printed))).contains("Contactpersoon Piet, 06-87654321"))
    }

    @Test("the introduction greets the wijkagent by name, has no charter section number, and always gives a way to reach the contact")
    func introductionReachesContact() throws {
        var answers = try documentAnswers { $0.contacts.wijkagentName = "Mark de Vries"; $0.admins.contact = 1 }
        answers.admins.phonesInCharter = false
        answers.admins.signUpContact = nil
        var html = page(.introduction, answers)
        var text = flat(visibleText(html))
        #expect(text.contains("Beste Mark de Vries, beste medewerker van de gemeente,"))
        #expect(html.contains("<h2>Ons gebied</h2>") && !html.contains("1. Ons gebied"))
        #expect(text.contains("Neem dan contact op met Piet. Hieronder staat hoe u Piet bereikt. Telefoon of e-mail:"), "a line to fill in")
        #expect(!text.contains("87654321"), "no number the group did not choose to print")
        answers.admins.signUpContact = "bij Piet, Zeeweg 12"
        text = flat(visibleText(page(.introduction, answers)))
        // The sign-up address is for slips, not the way to reach the contact.
        #expect(!text.contains("Zeeweg 12") && text.contains("Telefoon of e-mail:"))
        answers.admins.signUpContact = nil
        answers.admins.phonesInCharter = true
        text = flat(visibleText(page(.introduction, answers)))
        #expect(text.contains("U bereikt Piet op 06-87654321."))
        answers.contacts.wijkagentName = ""
        html = page(.introduction, answers, .english)
        #expect(flat(visibleText(html)).contains("Dear wijkagent, dear colleague at the municipality,"))
    }

    @Test("left-out pages are not written, and a file from before the pages loads with every page")
    func leavingOut() throws {
        var answers = try documentAnswers { $0.charter.date = "2026-11-26" }
        #expect(Documents(answers, date: date, language: .dutch).files.map(\.name)
            == ["charter.txt", "checklist.txt", "whatsapp.txt", "charter.html", "checklist.html", "letter.html", "privacy.html", "introduction.html"])
        answers.paper.letter = false
        answers.paper.introduction = false
        #expect(Documents(answers, date: date, language: .dutch).pageFiles.map(\.name) == ["charter.html", "checklist.html", "privacy.html"])
        let encoded = String(decoding: AnswersFile.encode(answers), as: UTF8.self)
        #expect(encoded.contains("\"paper\""))
        #expect(try AnswersFile.decode(AnswersFile.encode(answers)).paper == answers.paper)
        // A file written before `paper` existed.
        let old = encoded.replacing(/,\s*"paper" : \{[^}]*\}/, with: "")
        #expect(!old.contains("paper"))
        let loaded = try AnswersFile.decode(Array(old.utf8))
        #expect(loaded.paper.letter && loaded.paper.introduction && loaded.paper.signer.isEmpty)
    }

    @Test("what to do next follows the answers: one admin, a chat group, the welcome message's file, --dir, printing before the letter goes out")
    func nextSteps() throws {
        func steps(_ answers: Answers, directory: String = "w") -> [String] {
            let context = SessionContext(date: date, directory: directory, resumeCommand: SessionContext.resumeCommand(directory: directory))
            return NextStep.steps(Documents(answers, date: date, language: .dutch), answers, context: context).map { Language.dutch.text(Message.nextStep($0)) }
        }
        var answers = try documentAnswers { $0.admins.people = [Admin(firstName: "Anna", phone: nil)]; $0.admins.contact = 0 }
        answers.membership.separateChatGroup = false
        answers.admins.signUpContact = nil
        var said = steps(answers)
        #expect(!said.joined().contains("andere beheerders"), "one admin")
        #expect(!said.joined().contains("kletsen"))
        #expect(said.contains { $0.contains("Stuur elk nieuw lid het welkomstbericht uit whatsapp.txt.") })
        #expect(said.contains { $0.contains("buurtstart check-address --dir w \"straat huisnummer\"") })
        #expect(said.last == "Later iets veranderen? Start dan opnieuw: buurtstart --dir w")
        #expect(said.contains { $0.contains("Vul daarin eerst in hoe buren zich aanmelden, op de plek tussen [ ].") })
        let print = try #require(said.firstIndex { $0.contains("druk ze af") }), invite = try #require(said.firstIndex { $0.contains("Doe de brief (letter.html) in elke brievenbus") })
        #expect(print < invite, "the letter is printed before it goes out")
        answers.admins.people.append(Admin(firstName: "Piet", phone: nil))
        answers.membership.separateChatGroup = true
        answers.admins.signUpContact = "bij Anna, Zeeweg 12"
        said = steps(answers, directory: ".")
        #expect(said.joined().contains("Maak de andere beheerders ook beheerder") && said.joined().contains("Maak ook de aparte groep om te kletsen"))
        #expect(!said.joined().contains("tussen [ ]"))
        #expect(said.contains { $0.contains("ligt: buurtstart check-address \"straat huisnummer\"") })
    }

    @Test("the sign-up question says its answer goes on the letter's slip, and what skipping leaves there", arguments: Language.allCases)
    func signUpQuestionNamesTheSlip(_ language: Language) {
        let asked = flat(language.text(Message.question(.signUpContact)))
        #expect(asked.contains(language == .dutch ? "op het strookje onder de brief" : "on the slip below the letter"))
        #expect(asked.contains(language == .dutch ? "lege plek om met de hand in te vullen" : "a blank is left to fill in by hand"))
    }

    @Test("the session asks which pages, and the signer only when there is a letter; what to do next names only written files")
    func session() throws {
        var driver = Driver()
        driver.answer(until: .pages)
        try #require(driver.question == .pages)
        driver.type("2")
        #expect(driver.question == .agreements, "no letter, so no signer")
        #expect(driver.session.answers.paper.letter == false && driver.session.answers.paper.introduction)
        driver.answer(until: .review)
        driver.type("klaar")
        let documents = try #require(driver.documents)
        #expect(!documents.files.map(\.name).contains("letter.html"))
        let end = driver.screen.suffix(20).joined(separator: "\n")
        #expect(!end.contains("letter.html"))
        #expect(end.contains("introduction.html: de kennismaking voor de wijkagent en de gemeente"))
        #expect(end.contains("Wat doe je nu?") && end.contains("  1. Kijk of er al een groep is"))
        #expect(end.contains("buurtstart export --dir test --format pdf"))

        // The files of the old letter are not replaced: they are named as going, and go.
        var again = Driver(existing: ["charter.txt", "letter.html", "letter.pdf", "charter.pdf"])
        again.answer(until: .review, [.pages: ["2"]])
        again.type("klaar")
        #expect(again.screen.contains { $0.hasPrefix("charter.txt bestaat al in deze map. letter.html en letter.pdf horen bij een pagina die je nu weglaat.") })
        again.type("ja")
        #expect(try #require(again.documents).leftOut == ["letter.html", "letter.pdf"])
        #expect(again.screen.contains("Weggehaald, omdat je de pagina weglaat: letter.html en letter.pdf."))
        // The charter's PDF of an earlier export is not made by a session: said to be old, with
        // the command that replaces it.
        #expect(again.screen.contains("Let op: charter.pdf hoort nog bij de vorige versie. Maak nieuwe met: buurtstart export --dir test --format pdf --force"))

        var signed = Driver()
        signed.answer(until: .letterSigner)
        try #require(signed.question == .letterSigner)
        #expect(signed.prompt == "Voornaam [Piet]: ", "the contact admin's name is the default")
        #expect(!signed.session.keepsInHistory)
        // A yes, a no or a number is no name to sign with: asked again.
        for typed in ["ja", "2", "Yes"] {
            let said = signed.type(typed)
            #expect(said.contains("is geen voornaam. Typ de voornaam waarmee je de brief ondertekent"), "\(typed): \(said)")
            #expect(signed.question == .letterSigner && signed.session.answers.paper.signer.isEmpty, "\(typed)")
        }
        signed.type("Annelies")
        #expect(signed.session.answers.paper.signer == "Annelies")
    }
}
