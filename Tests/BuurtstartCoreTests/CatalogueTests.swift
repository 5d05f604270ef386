import Testing
@testable import BuurtstartCore

/// Sample values for every document text: each case at least once, and each variant a renderer
/// can choose. Plain values only, as the renderers pass them.
func sampleDocumentTexts() throws -> [DocumentText] {
    let entry = try StreetEntry(parsing: "Zeeweg 1-99 oneven")
    let whole = try StreetEntry(parsing: "Boulevard")
    let postcode = try Postcode(parsing: "2221 AB")
    let settings = AgreementSettings()
    var texts: [DocumentText] = [
        .whatsAppTitle("Buurtpreventie Zeeweg"),
        .whatsAppFillIn,
        .whatsAppArea(streets: ["Zeeweg", "Boulevard"], more: 2, postcodes: []),
        .whatsAppArea(streets: [], more: 3, postcodes: []),
        .whatsAppArea(streets: [], more: 0, postcodes: [postcode]),
        .whatsAppArea(streets: [], more: 0, postcodes: []),
        .whatsAppDescriptionOpening(name: "Buurtpreventie Zeeweg", area: "Zeeweg"),
        .whatsAppDescriptionClosing(admins: ["Anna", "Piet"]),
        .whatsAppWelcomeOpening(name: "Buurtpreventie Zeeweg"),
        .whatsAppWelcomeClosing(admins: ["Anna"]),
        .whatsAppWelcomeClosing(admins: ["Anna", "Piet"]),
        .whatsAppSignUp(.contact("Zeeweg 12")),
        .whatsAppSignUp(.toFillIn),
        .streetEntry(entry), .streetEntry(whole), .streetNumbers(entry), .streetNumbers(whole), .streetSide(entry), .streetSide(whole),
        .charterSubtitle,
        .charterPlace(municipality: "Katwijk", neighbourhood: "Zeeweg"),
        .charterDate(CalendarDate(year: 2026, month: 11, day: 26)!, version: 2),
        .charterBasedOn("Katwijk"),
        .charterPostcodes([postcode]),
        .charterBoundary("Noordzee"),
        .charterSharedWith(group: "Zeeweg-Zuid", shared: .street(entry)),
        .charterSharedWith(group: "Dorp", shared: .postcode(postcode)),
        .charterAdmins(names: ["Anna"], contact: "Anna"),
        .charterAdmins(names: ["Anna", "Piet"], contact: nil),
        .charterNumbering, .charterNoAgreements, .charterCustomIntro, .charterChanges,
        .checklistTitle("Buurtpreventie Zeeweg"), .checklistIntro, .checklistTipsHeading, .checklistParentIntro, .checklistParentConsent, .checklistClosing,
    ]
    for part in [WhatsAppPart.description, .welcome, .chatWelcome, .invitation] { texts.append(.whatsAppSection(part, count: 300, limit: 500)) }
    for worksToo in [false, true] {
        for (age, consent) in [(18, false), (14, true)] {
            texts.append(.whatsAppInvitation(name: "Buurtpreventie Zeeweg", area: "Zeeweg", worksToo: worksToo, minimumAge: age, parentConsent: consent,
                                             neighbouringAdmins: consent))
        }
        texts += [.charterAdminsAddMembers(worksToo: worksToo, adminCount: 1), .charterAdminsAddMembers(worksToo: worksToo, adminCount: 2),
                  .privacyItem(.kept(worksToo: worksToo)), .privacyItem(.why(worksToo: worksToo)),
                  .checklistItem(.livesInArea(worksToo: worksToo, section: 1)), .checklistItem(.dataConsent(worksToo: worksToo)),
                  .checklistItem(.phoneConsent(neighbouringAdmins: worksToo)), .privacyItem(.groupSeesNumber(neighbouringAdmins: worksToo))]
        texts += [true, false].map { .memberRule(.livesInArea(worksToo: worksToo, neighbouringAdmins: $0)) }
    }
    texts += Eligibility.allCases.map { .eligibility($0) } + PhotoRule.allCases.map { .photoRule($0) }
    texts += CharterSection.allCases.map { .charterSection($0) } + AreaColumn.allCases.map { .charterAreaColumn($0) }
    texts += [MemberRule.minimumAge(18), .parentConsent, .phoneVisible(section: 4), .expectedMembers(40), .separateChatGroup].map { .memberRule($0) }
    texts += [.whatsAppChatWelcome(name: "Buurtpreventie Zeeweg", rules: []), .whatsAppChatWelcome(name: "Buurtpreventie Zeeweg", rules: ["Respect."])]
    texts += [PrivacyItem.onlyAdminsSeeKept, .register, .chatGroupSeesNumber, .adminPhonesPrinted, .phoneChain, .parentConsent, .nobodyElse, .howLong, .askAdmin, .refusedSignUp, .supervisor, .phoneChainHowLong].flatMap { [.privacyItem($0), .privacyItem($0, admins: 1)] }
    texts += [ChecklistItem.minimumAge(18), .chatGroupConsent(rules: []), .chatGroupConsent(rules: [.respect, .photos]), .phoneChainConsent, .readRules, .knowsAdmins(["Anna", "Piet"]), .agreement(.saar, settings)].map { .checklistItem($0) }
    texts += [ChecklistTip.saveNumbers, .burgernet].map { .checklistTip($0) }
    let rows: [ContactRow] = [.emergency, .police, .anonymous, .findWijkagent, .burgernet]
    texts += rows.map { .contactMeaning($0) }
    let date = CalendarDate(year: 2026, month: 11, day: 26)!
    texts += [.checklistParentIntro, .checklistParentConsent, .pageDate(date), .letterPlaceDate(municipality: "Katwijk", date: date),
              .letterTitle("Buurtpreventie Zeeweg"), .letterGreeting, .letterClosing, .tearOff, .slipTitle("Buurtpreventie Zeeweg"),
              .privacyIntro(section: 4), .introductionGreeting(wijkagent: ""), .introductionGreeting(wijkagent: "Jansen"), .introductionOpening(name: "Buurtpreventie Zeeweg"),
              .introductionContact(name: "Anna", phone: nil), .introductionAdmins(["Anna", "Piet"]), .introductionSize(45), .introductionSize(nil),
              .introductionPolice(contact: "Anna", call112First: true, behaviourFirst: true),
              .introductionPolice(contact: "Anna", call112First: false, behaviourFirst: false),
              .introductionRules(contact: "Anna", phone: nil),
              .letterOpening(signer: "Anna", others: [], area: "Zeeweg", promises: []),
              .letterOpening(signer: "Anna", others: ["Piet"], area: "Zeeweg", promises: [.residentsWithoutPolice, .call112First])]
    texts += PrintedPage.allCases.map { .pageTitle($0, group: "Buurtpreventie Zeeweg") }
    texts += [FieldLabel.name, .address(worksToo: false), .address(worksToo: true), .phone, .date, .signature, .parentName, .returnTo, .reachContact].map { .fieldLabel($0) }
    texts += [SignUp.contact("Zeeweg 12"), .toFillIn].flatMap { [DocumentText.letterSignUp($0, phoneChain: false), .letterSignUp($0, phoneChain: true), .slipReturn($0)] }
    texts += [.letterAgreementsHeading, .letterOwnAgreementsHeading] + [false, true].flatMap { admins in [false, true].map { .letterPrivacy(neighbouringAdmins: admins, worksToo: $0) } }
    texts += [(false, 18, false), (true, 14, true)].map { .letterJoin(worksToo: $0.0, minimumAge: $0.1, parentConsent: $0.2) }
    texts += PrivacyTopic.allCases.map { .privacyTopic($0) }
    texts += [IntroductionRow.group, .place, .contact, .admins, .size, .date].map { .introductionLabel($0) }
    return texts
}

/// Every case of `DocumentText`, by name: a new case does not compile until it is named here,
/// and the test then asks for a sample of it.
func caseName(_ text: DocumentText) -> String {
    switch text {
    case .whatsAppTitle: "whatsAppTitle"
    case .whatsAppChatWelcome: "whatsAppChatWelcome"
    case .whatsAppSection: "whatsAppSection"
    case .whatsAppFillIn: "whatsAppFillIn"
    case .whatsAppArea: "whatsAppArea"
    case .whatsAppDescriptionOpening: "whatsAppDescriptionOpening"
    case .whatsAppDescriptionClosing: "whatsAppDescriptionClosing"
    case .whatsAppWelcomeOpening: "whatsAppWelcomeOpening"
    case .whatsAppWelcomeClosing: "whatsAppWelcomeClosing"
    case .whatsAppInvitation: "whatsAppInvitation"
    case .whatsAppSignUp: "whatsAppSignUp"
    case .streetEntry: "streetEntry"
    case .streetNumbers: "streetNumbers"
    case .streetSide: "streetSide"
    case .eligibility: "eligibility"
    case .photoRule: "photoRule"
    case .charterSubtitle: "charterSubtitle"
    case .charterPlace: "charterPlace"
    case .charterDate: "charterDate"
    case .charterBasedOn: "charterBasedOn"
    case .charterSection: "charterSection"
    case .charterAreaColumn: "charterAreaColumn"
    case .charterPostcodes: "charterPostcodes"
    case .charterBoundary: "charterBoundary"
    case .charterSharedWith: "charterSharedWith"
    case .memberRule: "memberRule"
    case .charterAdmins: "charterAdmins"
    case .charterAdminPhone: "charterAdminPhone"
    case .charterAdminsAddMembers: "charterAdminsAddMembers"
    case .privacyItem: "privacyItem"
    case .charterNumbering: "charterNumbering"
    case .charterNoAgreements: "charterNoAgreements"
    case .charterCustomIntro: "charterCustomIntro"
    case .contactMeaning: "contactMeaning"
    case .charterChanges: "charterChanges"
    case .checklistTitle: "checklistTitle"
    case .checklistIntro: "checklistIntro"
    case .checklistItem: "checklistItem"
    case .checklistTipsHeading: "checklistTipsHeading"
    case .checklistTip: "checklistTip"
    case .checklistClosing: "checklistClosing"
    case .checklistParentIntro: "checklistParentIntro"
    case .checklistParentConsent: "checklistParentConsent"
    case .pageTitle: "pageTitle"
    case .pageDate: "pageDate"
    case .fieldLabel: "fieldLabel"
    case .letterPlaceDate: "letterPlaceDate"
    case .letterTitle: "letterTitle"
    case .letterGreeting: "letterGreeting"
    case .letterOpening: "letterOpening"
    case .letterJoin: "letterJoin"
    case .letterAgreementsHeading: "letterAgreementsHeading"
    case .letterOwnAgreementsHeading: "letterOwnAgreementsHeading"
    case .letterPrivacy: "letterPrivacy"
    case .letterSignUp: "letterSignUp"
    case .letterClosing: "letterClosing"
    case .tearOff: "tearOff"
    case .slipTitle: "slipTitle"
    case .slipReturn: "slipReturn"
    case .privacyIntro: "privacyIntro"
    case .privacyTopic: "privacyTopic"
    case .introductionGreeting: "introductionGreeting"
    case .introductionOpening: "introductionOpening"
    case .introductionLabel: "introductionLabel"
    case .introductionContact: "introductionContact"
    case .introductionAdmins: "introductionAdmins"
    case .introductionSize: "introductionSize"
    case .introductionPolice: "introductionPolice"
    case .introductionRules: "introductionRules"
    }
}

/// The cases that carry a phone number because the group chose to show one.
let phoneSamples: [DocumentText] = [.charterAdminPhone(name: "Anna", phone: "06-12345678"),
                                    .introductionContact(name: "Anna", phone: "06-12345678"),
                                    .introductionRules(contact: "Anna", phone: "06-12345678")]

/// Every agreement text, for every agreement, with settings that bring out each variant.
func sampleAgreementTexts() -> [AgreementText] {
    var variants: [AgreementSettings] = []
    for photoRule in PhotoRule.allCases {
        for flag in [false, true] {
            var settings = AgreementSettings()
            settings.photoRule = photoRule
            settings.skinColour = flag
            settings.membersUnder18 = flag
            settings.separateChatGroup = flag
            settings.worksToo = flag
            settings.contactAdmin = flag ? "Piet" : ""
            settings.mentionCalled112 = flag
            settings.mentionApproach = flag
            settings.mentionStayNearHome = flag
            settings.mentionForwarding = flag
            settings.mentionPhoneChain = flag
            settings.approachGroup = flag ? 4...4 : 2...4
            variants.append(settings)
        }
    }
    var texts: [AgreementText] = [.noneChosen, .fullTextSeed, .fullTextRecommended,
                                  .fullTextChecklist("A line."), .fullTextWhatsApp("A line. Another line."),
                                  .fullTextConflicts([.approachSafely]), .fullTextRequires([.say112Called])]
    for id in AgreementID.allCases {
        texts += [.title(id), .fullTextHeading(id, on: true), .fullTextHeading(id, on: false)]
        texts += variants.map { .article(id, $0) }
        if id.agreement.checklistLine { texts += variants.map { .checklistLine(id, $0) } }
        if id.agreement.descriptionLine { texts.append(.descriptionLine(id)) }
        if id.agreement.welcomeLine { texts += variants.map { .welcomeLine(id, $0) } }
        if id.isFromSeed { texts += [.seedWarning(id, basedOn: nil), .ownAgreementAgainstAdvice(id)] }
        for other in id.conflicting { texts.append(.leftOffByAll(AgreementPair(id, other))) }
    }
    return texts
}

/// Common Dutch words that an English text never needs; `van`, `die`, `is` and `met` are
/// English words too, and are left out.
let dutchDocumentWords: Set<String> = [
    "de", "het", "een", "je", "jij", "jouw", "niet", "en", "voor", "op", "als", "dan", "ook", "geen", "wat", "wie", "naar",
    "bij", "uit", "zijn", "wordt", "heb", "hebt", "ik", "mijn", "ze", "hun", "zoals", "alleen", "niemand", "iedereen",
    "groep", "buurt", "straat", "straten", "afspraak", "afspraken", "beheerder", "beheerders", "leden", "lid", "spelregels",
    "melding", "meldingen", "verdacht", "verdachte", "bel", "gebeld", "bellen", "gegevens", "telefoonnummer", "jonger",
    "ouder", "verzorger", "toestemming", "kant", "oneven", "alle", "gemeente", "versie", "datum", "naam", "adres",
]

/// Dutch words that English texts keep on purpose, because residents meet them in daily life;
/// and the ids residents type.
let keptDutch = ["Signaleer", "Alarmeer", "Reageer", "wijkagent", "Wijkagent", "Burgernet", "Meld Misdaad Anoniem", "politie.nl"]
    + AgreementID.allCases.map(\.rawValue)

/// The words of `text`, lowercased, without the Dutch it keeps on purpose.
func documentWords(_ text: String) -> [String] {
    var text = text
    for kept in keptDutch { text = text.replacing(kept, with: " ") }
    return text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
}

@Suite("The catalogue")
struct CatalogueTests {
    @Test("the samples name every document text")
    func everyCase() throws {
        let named = Set(try (sampleDocumentTexts() + phoneSamples).map(caseName))
        let all: Set<String> = [
            "whatsAppTitle", "whatsAppSection", "whatsAppFillIn", "whatsAppArea", "whatsAppDescriptionOpening", "whatsAppDescriptionClosing",
            "whatsAppWelcomeOpening", "whatsAppWelcomeClosing", "whatsAppChatWelcome", "whatsAppInvitation", "whatsAppSignUp", "streetEntry", "streetNumbers",
            "streetSide", "eligibility", "photoRule", "charterSubtitle", "charterPlace", "charterDate", "charterBasedOn", "charterSection",
            "charterAreaColumn", "charterPostcodes", "charterBoundary", "charterSharedWith", "memberRule", "charterAdmins", "charterAdminPhone",
            "charterAdminsAddMembers", "privacyItem", "charterNumbering", "charterNoAgreements", "charterCustomIntro",
            "contactMeaning", "charterChanges", "checklistTitle", "checklistIntro", "checklistItem", "checklistTipsHeading",
            "checklistTip", "checklistClosing",
            "checklistParentIntro", "checklistParentConsent", "pageTitle", "pageDate", "fieldLabel", "letterPlaceDate", "letterTitle",
            "letterGreeting", "letterOpening", "letterJoin", "letterAgreementsHeading", "letterOwnAgreementsHeading", "letterPrivacy", "letterSignUp", "letterClosing",
            "tearOff", "slipTitle", "slipReturn", "privacyIntro", "privacyTopic", "introductionGreeting", "introductionOpening",
            "introductionLabel", "introductionContact", "introductionAdmins", "introductionSize", "introductionPolice", "introductionRules",
        ]
        #expect(named == all)
    }

    @Test("every document text and agreement text has words in every language, and no line is empty at either end",
          arguments: Language.allCases)
    func nothingEmpty(_ language: Language) throws {
        let texts = try (sampleDocumentTexts() + phoneSamples).map { ("\($0)", language.text($0)) }
            + sampleAgreementTexts().map { ("\($0)", language.text($0)) }
        for (name, text) in texts {
            #expect(text.contains { $0.isLetter || $0.isNumber }, "empty: \(name)")
            #expect(text.first != " " && text.last != " ", "spaces at an end: \(name)")
            // Fill-in lines line up with spaces on purpose.
            #expect(!text.contains("  ") || text.contains("____"), "two spaces: \(name)")
        }
    }

    @Test("no Dutch in English: every document and agreement text, and the documents themselves")
    func noDutchInEnglish() throws {
        let texts = try (sampleDocumentTexts() + phoneSamples).map { ("\($0)", English.text($0)) }
            + sampleAgreementTexts().map { ("\($0)", English.text($0)) }
        for (name, text) in texts {
            let dutch = documentWords(text).filter(dutchDocumentWords.contains)
            #expect(dutch.isEmpty, "\(dutch) in \(name): \(text)")
        }
        let answers = try documentAnswers { $0.group.name = "Neighbourhood Watch North"; $0.area.boundary = "" ; $0.agreements.custom = [] }
        for (name, text) in try allDocuments(answers, .english) {
            let streetless = text.replacing("Zeeweg", with: "").replacing("Boulevard", with: "")
            let dutch = documentWords(streetless).filter(dutchDocumentWords.contains)
            #expect(dutch.isEmpty, "\(dutch) in \(name)")
        }
    }

    @Test("no text holds a phone number of its own; only the cases that carry a chosen number show one")
    func phoneNumbers() throws {
        let service = ["112", "0900-8844", "0800-7000"]
        for language in Language.allCases {
            let texts = try sampleDocumentTexts().map { language.text($0) } + sampleAgreementTexts().map { language.text($0) }
            for text in texts {
                var rest = text
                for number in service { rest = rest.replacing(number, with: "") }
                let digits = rest.split(whereSeparator: { !$0.isNumber && $0 != "-" && $0 != "+" }).filter { $0.filter(\.isNumber).count >= 6 }
                #expect(digits.isEmpty, "\(digits) in \(text)")
            }
            for sample in phoneSamples { #expect(language.text(sample).contains("06-12345678")) }
        }
    }

    @Test("every seed warning says what the seed asks, in every language")
    func seedWarnings() {
        for language in Language.allCases {
            for id in AgreementID.fromSeed {
                let warning = language.text(AgreementText.seedWarning(id, basedOn: nil))
                let asks = warning.split(separator: ":", maxSplits: 2).last.map(String.init) ?? ""
                #expect(asks.count > 20, "\(language) \(id): \(warning)")
            }
        }
    }

    @Test("agreements that add nothing to a document have no words for it, and those that do have words")
    func declaredLines() {
        let settings = AgreementSettings()
        for language in Language.allCases {
            for id in AgreementID.allCases {
                #expect(language.text(AgreementText.checklistLine(id, settings)).isEmpty != id.agreement.checklistLine, "\(id)")
                #expect(language.text(AgreementText.descriptionLine(id)).isEmpty != id.agreement.descriptionLine, "\(id)")
                #expect(language.text(AgreementText.welcomeLine(id, settings)).isEmpty != id.agreement.welcomeLine, "\(id)")
            }
        }
    }
}
