/// The documents: charter, checklist and whatsapp.txt, and how answers are described in them.
extension Dutch {
    static func text(_ message: DocumentText) -> String {
        switch message {
        case .pageDate, .letterPlaceDate, .introductionContact, .introductionAdmins:
            return document(message)
        case .whatsAppTitle(let name):
            return "WhatsApp-teksten voor \(name)\n" + String(repeating: "=", count: min(72, 22 + name.count))
                + "\nKopieer elk deel apart naar WhatsApp. *Sterretjes* maken tekst vet, _lage streepjes_ schuin."
        case .whatsAppSection(let part, let count, let limit):
            switch part {
            case .description: return "\n--- Groepsbeschrijving (\(count) van hoogstens \(limit) tekens) ---"
            case .welcome: return "--- Welkomstbericht voor nieuwe leden ---"
            case .chatWelcome: return "--- Welkomstbericht voor de aparte chatgroep ---"
            case .invitation: return "--- Uitnodiging voor buren ---"
            }
        case .whatsAppFillIn:
            return "(Vul eerst in hoe buren zich aanmelden: op de plek tussen [ ].)"
        case .whatsAppArea(let streets, let more, let postcodes):
            if streets.isEmpty, more == 0 {
                return postcodes.isEmpty ? "onze buurt" : "postcode " + list(postcodes.map(\.description))
            }
            let other = streets.isEmpty ? "" : "andere "
            let named = streets.map(withArticle) + (more > 0 ? ["\(more) \(other)\(more == 1 ? "straat" : "straten")"] : [])
            return list(named)
        case .whatsAppDescriptionOpening(let name, let area):
            return "*\(name)*\nBuurtpreventie voor \(area)."
        case .whatsAppDescriptionClosing(let admins, let more):
            let named = admins + (more > 0 ? ["\(more) \(more == 1 ? "andere" : "anderen")"] : [])
            return admins.isEmpty ? "De spelregels krijg je van een beheerder." : "De spelregels krijg je van een beheerder: \(list(named))."
        case .whatsAppWelcomeOpening(let name):
            return "Welkom in *\(name)*!\nIn deze groep waarschuwen we elkaar voor verdachte situaties in onze buurt."
        case .whatsAppWelcomeClosing(let admins):
            return "Lees de spelregels goed door. \(admins.count == 1 ? "De beheerder is" : "De beheerders zijn") \(list(admins))."
        case .whatsAppChatWelcome(let name, let rules):
            return """
            Welkom in de chatgroep van *\(name)*!
            Hier praat je gewoon met de buren. Zie je iets verdachts? Zet dat niet hier, maar in *\(name)*.
            Ook hier ziet iedereen je telefoonnummer.
            """ + rules.map { "\n" + $0 }.joined()
        case .whatsAppInvitation(let name, let area, let worksToo, let minimumAge, let parentConsent, let neighbouringAdmins):
            return """
            *Doe mee met \(name)*
            We hebben een WhatsApp-groep om elkaar te waarschuwen bij verdachte situaties in \(area).
            Meedoen kan als je in het gebied \(worksToo ? "woont of werkt" : "woont") en \(minimumAge) jaar of ouder bent.\
            \(parentConsent ? " Ben je jonger dan \(AnswerLimits.parentConsentAge)? Dan moet je ouder of verzorger toestemming geven." : "")
            Iedereen in de groep ziet je telefoonnummer\(neighbouringAdmins ? ", ook de beheerders van groepen in de buurt" : ""). \
            De beheerders bewaren je naam, adres en telefoonnummer zolang je lid bent.
            """
        case .whatsAppSignUp(let signUp):
            let way = switch signUp {
            case .contact(let contact): contact
            case .toFillIn: "[vul hier in hoe buren een beheerder bereiken, bijvoorbeeld een huisnummer]"
            }
            return "Aanmelden: \(way). Je krijgt dan eerst de spelregels en een checklist."

        case .streetEntry(let entry):
            // What was understood, in so many words: where the name ends, which numbers, which side.
            var parts: [String] = []
            if let range = entry.range { parts.append((range.first == range.last ? "nummer " : "nummers ") + numbers(range)) }
            if let side = entry.side { parts.append("\(sideName(side)) kant") }
            return entry.name + ": " + (parts.isEmpty ? "hele straat" : parts.joined(separator: ", "))
        case .streetNumbers(let entry):
            return entry.range.map(numbers) ?? "alle"
        case .streetSide(let entry):
            return entry.side.map(sideName) ?? "beide kanten"
        case .eligibility(let eligibility):
            switch eligibility {
            case .residents: return "alleen bewoners"
            case .residentsAndWorkers: return "bewoners en mensen die er werken"
            }
        case .photoRule(let rule):
            switch rule {
            case .never: return "nooit foto's van mensen"
            case .forDescription: return "alleen als het veilig kan en nodig is voor een beschrijving"
            case .onlyToPolice: return "alleen aan de politie"
            }

        case .charterSubtitle:
            return "Spelregels van onze buurtpreventiegroep op WhatsApp"
        case .charterPlace(let municipality, let neighbourhood):
            return "Gemeente \(municipality), buurt \(neighbourhood)"
        case .charterDate(let date, let version):
            return "Datum: \(date.day) \(months[date.month - 1]) \(date.year), versie \(version)"
        case .charterBasedOn(let basedOn):
            return "Gebaseerd op: \(basedOn)."
        case .charterSection(let section):
            return sectionName(section)
        case .charterAreaColumn(let column):
            switch column {
            case .street: return "Straat"
            case .numbers: return "Huisnummers"
            case .side: return "Kant"
            }
        case .charterPostcodes(let postcodes):
            return "Postcodes: " + postcodes.map(\.description).joined(separator: ", ") + "."
        case .charterBoundary(let boundary):
            return "Grens van het gebied: \(boundary)"
        case .charterSharedWith(let group, let shared):
            return "Dit deel delen we met de groep \(group): \(part(shared))."
        case .memberRule(let rule):
            switch rule {
            case .livesInArea(let worksToo, let neighbouringAdmins):
                return (worksToo ? "Je woont of werkt in het gebied van de groep." : "Je woont in het gebied van de groep.")
                    + (neighbouringAdmins
                        ? " De beheerders van groepen in de buurt zijn ook lid, ook als ze hier niet wonen (afspraak \(AgreementID.neighbouringAdmins.number))."
                        : "")
            case .minimumAge(let age):
                return "Je bent \(age) jaar of ouder."
            case .parentConsent:
                return "Ben je jonger dan \(AnswerLimits.parentConsentAge)? Dan heb je toestemming nodig van je ouder of verzorger. Die tekent daarvoor op de checklist."
            case .phoneVisible(let section):
                return "Iedereen in de groep ziet je telefoonnummer. Daar geef je toestemming voor op de checklist. Meer hierover staat in deel \(section), '\(sectionName(.privacy))'."
            case .expectedMembers(let count):
                return "We verwachten ongeveer \(count) leden."
            case .separateChatGroup:
                return "Er is ook een aparte chatgroep om gewoon te praten. Deze groep is voor meldingen."
            }
        case .charterAdmins(let names, let contact):
            return (names.count == 1 ? "De beheerder van de groep is \(names[0])." : "De beheerders van de groep zijn \(list(names)).")
                + (contact.map { " \($0) is de contactpersoon voor de gemeente en de wijkagent." } ?? "")
        case .charterAdminPhone(let name, let phone):
            return "\(name): \(phone)"
        case .charterAdminsAddMembers(let worksToo, let adminCount):
            let (who, verb, they) = adminCount == 1 ? ("De beheerder", "voegt", "kijkt die") : ("De beheerders", "voegen", "kijken ze")
            return "\(who) \(verb) nieuwe leden toe. Eerst \(they) of je in het gebied \(worksToo ? "woont of werkt" : "woont"), en \(adminCount == 1 ? "loopt die" : "lopen ze") deze spelregels met je door."
        case .privacyItem(let item):
            return privacy(item)
        case .charterNumbering:
            return "Elke afspraak heeft een vast nummer. Ontbreekt er een nummer? Dan heeft de groep die afspraak niet gekozen."
        case .charterNoAgreements:
            return "De groep heeft nog geen afspraken uit de lijst gekozen."
        case .charterCustomIntro:
            return "Onze eigen afspraken:"
        case .contactMeaning(let row):
            switch row {
            case .emergency:
                return "Gebeurt er nu iets verdachts of gevaarlijks, zoals een inbraak of iemand die deuren probeert? Bel 112. Elke seconde telt."
            case .police:
                return "Politie, geen spoed: iets wat steeds terugkomt (zoals een auto die elke avond rondjes rijdt), overlast, of iets wat al voorbij is."
            case .anonymous:
                return "Meld Misdaad Anoniem: vertel wat je weet over een misdaad, zonder je naam te noemen. Niet voor spoed."
            case .wijkagent, .findWijkagent:
                return "Zoek je wijkagent op politie.nl, met je postcode."
            case .burgernet:
                return "Installeer de Burgernet-app. Daarmee vraagt de politie je soms om uit te kijken naar iemand in de buurt. Aanmelden hoeft niet: de app volgt de plek waar je bent."
            }
        case .charterChanges:
            return """
            De beheerders kunnen deze spelregels veranderen. Ze zeggen het in de groep als er \
            iets verandert, en ze maken een nieuwe versie met een nieuwe datum. Soms zien na een \
            verandering meer mensen je telefoonnummer. Bijvoorbeeld als beheerders van andere \
            groepen lid worden, of als er een chatgroep bij komt. Dan vragen de beheerders je eerst \
            of je dat goed vindt. Heb je een idee voor een betere afspraak? Stuur een beheerder een bericht.
            """

        case .checklistTitle(let name):
            return "Checklist voor nieuwe leden van \(name)"
        case .checklistIntro:
            return """
            Loop deze lijst door voordat een beheerder je aan de groep toevoegt. Zet een kruisje \
            in elk vakje waar je het mee eens bent. Kun je iets niet aankruisen? Vraag het een beheerder.
            """
        case .checklistItem(let item):
            switch item {
            case .livesInArea(let worksToo, let section):
                return "Ik \(worksToo ? "woon of werk" : "woon") in het gebied van de groep (zie deel \(section) van de spelregels)."
            case .minimumAge(let age):
                return "Ik ben \(age) jaar of ouder."
            case .readRules:
                return "Ik heb de spelregels gelezen en ik houd me eraan."
            case .phoneConsent(let neighbouringAdmins):
                return "Ik vind het goed dat iedereen in de groep mijn telefoonnummer ziet"
                    + (neighbouringAdmins ? ", ook de beheerders van groepen in de buurt." : ".")
            case .dataConsent(let worksToo):
                return "Ik vind het goed dat de beheerders mijn naam, \(worksToo ? "adres (of werkadres)" : "adres") en telefoonnummer bewaren zolang ik lid ben."
            case .chatGroupConsent(let rules):
                return "Niet verplicht: ga ik in de aparte chatgroep? Dan mag iedereen daar mijn nummer zien."
                    + (rules.isEmpty ? "" : " \(rules.count == 1 ? "Afspraak" : "De afspraken") \(list(rules.map { "\($0.number)" })) \(rules.count == 1 ? "geldt" : "gelden") daar ook.")
            case .phoneChainConsent:
                return "Geen smartphone: zet me op de belketen. Wie belt, krijgt mijn naam en nummer."
            case .agreement(let id, let settings):
                return text(AgreementText.checklistLine(id, settings))
            case .knowsAdmins(let names):
                return "Ik weet wie de beheerders zijn: \(list(names))."
            }
        case .checklistTipsHeading:
            return "Tips (geen voorwaarde om mee te doen):"
        case .checklistTip(let tip):
            switch tip {
            case .saveNumbers: return "Zet 112 en 0900-8844 in je telefoon."
            case .burgernet: return "Installeer de Burgernet-app."
            }
        case .checklistParentIntro:
            return "Ben je jonger dan \(AnswerLimits.parentConsentAge)? Dan vult je ouder of verzorger dit in:"
        case .checklistParentConsent:
            return """
            Ik geef toestemming dat mijn kind meedoet. Iedereen in de groep ziet het nummer van mijn kind, ook \
            volwassenen die mijn kind niet kent. De beheerders bewaren de gegevens zolang mijn kind lid is.
            """
        case .fieldLabel(let label):
            return field(label)
        case .pageTitle(let page, let group):
            switch page {
            case .charter: return "Spelregels van \(group)"
            case .checklist: return "Checklist voor nieuwe leden van \(group)"
            case .letter: return "Brief voor de buren: \(group)"
            case .privacy: return "Privacyverklaring van \(group)"
            case .introduction: return "Kennismaking met \(group)"
            }
        case .letterTitle(let name):
            return "Doe mee met \(name)"
        case .letterGreeting:
            return "Beste buren,"
        case .letterOpening(let signer, let others, let area, let promises):
            let who = others.isEmpty ? "Ik ben \(signer), en ik start" : "Ik ben \(signer). Samen met \(list(others)) start ik"
            return """
            \(who) een buurtpreventiegroep op WhatsApp voor \(area). In die groep waarschuwen we \
            elkaar als we iets verdachts zien, zoals iemand die aan deuren voelt. Zo letten we samen \
            op onze buurt.
            """ + promises.map { promise in
                switch promise {
                case .residentsWithoutPolice: " De groep is van en voor de buurt: de politie is geen lid."
                case .call112First: " Gebeurt er nu iets verdachts? Dan bellen we eerst 112."
                }
            }.joined()
        case .letterJoin(let worksToo, let minimumAge, let parentConsent):
            return "Meedoen kan als je in het gebied \(worksToo ? "woont of werkt" : "woont") en \(minimumAge) jaar of ouder bent."
                + (parentConsent ? " Ben je jonger dan \(AnswerLimits.parentConsentAge)? Dan moet je ouder of verzorger toestemming geven." : "")
        case .letterAgreementsHeading:
            return "Dit spreken de leden met elkaar af:"
        case .letterPrivacy(let neighbouringAdmins):
            return "Iedereen in de groep ziet je telefoonnummer"
                + (neighbouringAdmins ? ", ook de beheerders van groepen in de buurt." : ".")
                + " De beheerders bewaren je naam, adres en telefoonnummer zolang je lid bent. In de privacyverklaring staat precies wie wat ziet. Die krijg je van een beheerder."
        case .letterSignUp(let signUp, let phoneChain):
            let way = signUp == .toFillIn ? "Lever het in op het adres onderaan het strookje." : text(.slipReturn(signUp))
            return "Wil je meedoen? Vul dan het strookje hieronder in. \(way) Je krijgt dan eerst de spelregels en een checklist. Een telefoon met WhatsApp heb je pas nodig als je lid wordt."
                + (phoneChain ? " Geen smartphone? Kruis dan de belketen aan." : "")
        case .letterClosing:
            return "Met vriendelijke groet,"
        case .tearOff:
            return "Knip hier af"
        case .slipTitle(let name):
            return "Ik wil meedoen met \(name)"
        case .slipReturn(let signUp):
            switch signUp {
            case .contact(let contact): return "Aanmelden: \(contact)."
            case .toFillIn: return "Lever dit strookje in bij:"
            }
        case .privacyIntro(let section):
            return "Wat bewaren de beheerders van de leden van deze groep, en waarom? Dat staat hieronder. Hetzelfde staat in deel \(section) van de spelregels, '\(sectionName(.privacy))'."
        case .privacyTopic(let topic):
            switch topic {
            case .kept: return "Wat bewaren de beheerders?"
            case .why: return "Waarom?"
            case .whoSees: return "Wie ziet wat?"
            case .howLong: return "Hoe lang?"
            case .removal: return "Inzien of laten verwijderen"
            case .admins: return "Wie zijn de beheerders?"
            }
        case .introductionGreeting(let wijkagent):
            return "Beste \(wijkagent.isEmpty ? "wijkagent" : wijkagent), beste medewerker van de gemeente,"
        case .introductionOpening(let name):
            return "Met deze brief stellen we onze buurtpreventiegroep op WhatsApp aan u voor: \(name). Hieronder staat wie we zijn, welk gebied de groep heeft en wie uw contactpersoon is."
        case .introductionLabel(let row):
            switch row {
            case .group: return "Naam van de groep"
            case .place: return "Gemeente en buurt"
            case .contact: return "Contactpersoon"
            case .admins: return "Beheerders"
            case .size: return "Verwachte grootte"
            case .date: return "Datum"
            }
        case .introductionSize(let count):
            return count.map { "ongeveer \($0) leden" } ?? "nog niet bekend"
        case .introductionPolice(let contact, let call112First, let behaviourFirst):
            return "De politie is geen lid van de groep."
                + (call112First ? " Zien leden iets verdachts dat nu gebeurt? Dan bellen ze eerst 112." : "")
                + (behaviourFirst ? " Verdacht is voor de groep wat iemand doet, waar en wanneer. Uiterlijk of afkomst maakt niemand verdacht." : "")
                + " \(contact) is de contactpersoon van de groep voor de wijkagent en de gemeente, buiten de groep om."
        case .introductionRules(let contact, let phone):
            let how = phone.map { " U bereikt \(contact) op \($0)." } ?? " Hieronder staat hoe u \(contact) bereikt."
            return "De spelregels van de groep sturen we u graag. Heeft u vragen of tips voor de groep? Neem dan contact op met \(contact)." + how
        case .checklistClosing:
            return "Alles aangekruist en ingevuld? Geef de lijst aan een beheerder. Die kijkt je adres na en voegt je dan toe aan de groep. De beheerders bewaren deze lijst zolang je lid bent."
        }
    }

    /// Het label van een regel om met de hand in te vullen, zonder dubbele punt.
    static func field(_ label: FieldLabel) -> String {
        switch label {
        case .name: "Naam"
        case .address(let worksToo): worksToo ? "Adres (wonen of werken)" : "Adres"
        case .phone: "Telefoonnummer"
        case .date: "Datum"
        case .signature: "Handtekening"
        case .parentName: "Naam ouder of verzorger"
        case .returnTo: "Adres"
        case .reachContact: "Telefoon of e-mail"
        }
    }

    static func sectionName(_ section: CharterSection) -> String {
        switch section {
        case .area: "Ons gebied"
        case .membership: "Wie mag meedoen"
        case .admins: "Beheerders"
        case .privacy: "Je gegevens"
        case .agreements: "Onze afspraken"
        case .contacts: "Welk nummer bel je?"
        case .changes: "De spelregels veranderen"
        }
    }

    private static func privacy(_ item: PrivacyItem) -> String {
        switch item {
        case .kept(let worksToo):
            return "De beheerders bewaren je naam, \(worksToo ? "je adres (of het adres waar je werkt)" : "je adres") en je telefoonnummer. Ze bewaren ook de checklist die je hebt ingevuld."
        case .why(let worksToo):
            return "Zo gaan ze na of je in het gebied \(worksToo ? "woont of werkt" : "woont"). En zo kunnen ze je aan de groep toevoegen."
        case .onlyAdminsSeeKept:
            return "Je adres en je checklist zien alleen de beheerders."
        case .groupSeesNumber(let neighbouringAdmins):
            return "In WhatsApp ziet iedereen in de groep je telefoonnummer."
                + (neighbouringAdmins ? " Dat zijn ook de beheerders van groepen in de buurt (afspraak \(AgreementID.neighbouringAdmins.number))." : "")
        case .adminPhonesPrinted:
            return "De telefoonnummers van de beheerders staan in de spelregels. Iedereen die de spelregels krijgt, ziet ze."
        case .chatGroupSeesNumber:
            return "Ga je ook in de aparte chatgroep? Dan ziet iedereen in die groep je telefoonnummer ook."
        case .phoneChain:
            return "Er is een belketen (afspraak \(AgreementID.phoneChain.number)). Daarvoor bewaren de beheerders ook de naam en het nummer van buren zonder smartphone. De leden die hen bellen, krijgen dat nummer."
        case .parentConsent:
            return "Ben je jonger dan \(AnswerLimits.parentConsentAge)? Dan geeft je ouder of verzorger op de checklist toestemming voor twee dingen: iedereen in de groep ziet je telefoonnummer, en de beheerders bewaren je gegevens."
        case .nobodyElse:
            return "Verder geven de beheerders je gegevens aan niemand."
        case .howLong:
            return "Ze bewaren je gegevens zolang je lid bent. Ga je uit de groep, of haalt een beheerder je eruit? Dan verwijderen ze je gegevens en gooien ze je checklist weg."
        case .refusedSignUp:
            return "Kun je geen lid worden, bijvoorbeeld omdat je adres buiten het gebied ligt? Dan gooien de beheerders je strookje en je checklist meteen weg."
        case .supervisor:
            return "De Autoriteit Persoonsgegevens houdt toezicht op de privacywet (AVG)."
        case .askAdmin:
            return "Wil je weten wat de beheerders van je bewaren, of wil je dat ze iets verwijderen? Vraag het een beheerder."
        }
    }

    /// A street as it reads in a sentence: `de Zeeweg`, `het Stationsplein`; a name that
    /// starts with its own article, or is not a word, stays as it is.
    static func withArticle(_ street: String) -> String {
        let words = street.split(separator: " ")
        guard let first = words.first, first.first?.isLetter == true else { return street }
        if ["de", "het", "'t", "den", "ter", "ten"].contains(first.lowercased()) { return street }
        // The noun that decides the article: the last word made of letters (`Plein 1813`).
        let noun = words.last(where: { $0.allSatisfy { $0.isLetter || $0 == "-" } })?.lowercased() ?? ""
        let neuter = ["plein", "pad", "park", "plantsoen", "erf", "veld", "eiland", "einde", "water", "bos",
                      "hout", "land", "dorp", "kwartier", "steegje", "straatje", "laantje", "pleintje"]
        return (neuter.contains { noun.hasSuffix($0) } ? "het " : "de ") + street
    }
}
