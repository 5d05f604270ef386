/// The documents: charter, checklist and whatsapp.txt, and how answers are described in them.
extension Dutch {
    static func text(_ message: DocumentText) -> String {
        switch message {
        case .whatsAppTitle(let name):
            return "WhatsApp-teksten voor \(name)\n" + String(repeating: "=", count: min(72, 22 + name.count))
                + "\nKopieer elk deel apart naar WhatsApp. *Sterretjes* maken tekst vet, _lage streepjes_ schuin."
        case .whatsAppSection(let part, let count, let limit):
            switch part {
            case .description: return "\n--- Groepsbeschrijving (\(count) van hoogstens \(limit) tekens) ---"
            case .welcome: return "--- Welkomstbericht voor nieuwe leden ---"
            case .invitation: return "--- Uitnodiging voor buren ---"
            }
        case .whatsAppArea(let streets, let more, let postcodes):
            if streets.isEmpty, more == 0 {
                return postcodes.isEmpty ? "onze buurt" : "postcode " + list(postcodes.map(\.description))
            }
            let named = more > 0 ? streets + ["\(more) andere \(more == 1 ? "straat" : "straten")"] : streets
            return named.isEmpty ? "onze buurt" : list(named)
        case .whatsAppDescription(let answers, let area):
            let admins = list(answers.admins.people.map(\.firstName))
            return """
            *\(answers.group.name)*
            Buurtpreventie voor \(area). Alleen voor meldingen van verdachte situaties.
            Zie je iets verdachts? Bel eerst 112. Zet daarna een bericht in de groep en zeg dat je 112 hebt gebeld.
            Geen gezellige berichten, geen reacties onder een melding, respect voor iedereen.
            Vraag een beheerder om de spelregels: \(admins).
            """
        case .whatsAppWelcome(let answers):
            let admins = list(answers.admins.people.map(\.firstName))
            return """
            Welkom in *\(answers.group.name)*!
            Deze groep is alleen voor meldingen van verdachte situaties in onze buurt.

            *Zo werkt het: SAAR*
            1. _Signaleer_: je ziet iets dat niet klopt.
            2. _Alarmeer_: bel 112.
            3. _App_: zet een bericht in de groep. Zeg wat je ziet, waar, en dat je 112 hebt gebeld.
            4. _Reageer_: doe alleen iets als het veilig is.

            Lees de spelregels goed door. Vragen? Stuur een beheerder een privébericht: \(admins).
            """
        case .whatsAppInvitation(let answers, let area):
            let members = answers.membership
            let who = members.eligibility == .residents ? "in het gebied woont" : "in het gebied woont of werkt"
            let contact = answers.admins.people.indices.contains(answers.admins.contact) ? answers.admins.people[answers.admins.contact] : nil
            let reach = contact.map { admin in
                admin.firstName + (answers.admins.phonesInCharter ? admin.phone.map { " (\($0))" } ?? "" : "")
            } ?? "een beheerder"
            return """
            *Doe mee met \(answers.group.name)*
            We hebben een WhatsApp-groep om elkaar te waarschuwen bij verdachte situaties in \(area).
            Meedoen kan als je \(who) en \(members.minimumAge) jaar of ouder bent.
            Let op: iedereen in de groep ziet je telefoonnummer.
            Aanmelden? Stuur een bericht aan \(reach). Je krijgt dan eerst de spelregels.
            """

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
            case .forDescription: return "alleen als het nodig is voor een beschrijving"
            case .onlyToPolice: return "alleen naar de politie"
            }

        case .charterSubtitle:
            return "Spelregels van onze buurtpreventiegroep op WhatsApp"
        case .charterPlace(let group):
            return "Gemeente \(group.municipality), buurt \(group.neighbourhood)"
        case .charterDate(let date, let version):
            return "Datum: \(date.day) \(months[date.month - 1]) \(date.year), versie \(version)"
        case .charterBasedOn(let basedOn):
            return "Gebaseerd op de aanbevelingen van \(basedOn)."
        case .charterSection(let section):
            switch section {
            case .area: return "Ons gebied"
            case .membership: return "Wie mag meedoen"
            case .admins: return "Beheerders"
            case .agreements: return "Onze afspraken"
            case .saar: return "Zo meld je iets: SAAR"
            case .contacts: return "Belangrijke nummers"
            case .changes: return "De spelregels veranderen"
            }
        case .charterAreaColumns:
            return "Straat|Huisnummers|Kant"
        case .charterPostcodes(let postcodes):
            return "Postcodes: " + postcodes.map(\.description).joined(separator: ", ") + "."
        case .charterBoundary(let boundary):
            return "Grens van het gebied: \(boundary)"
        case .memberRule(let rule):
            switch rule {
            case .livesInArea(let worksToo):
                return worksToo ? "Je woont of werkt in het gebied van de groep." : "Je woont in het gebied van de groep."
            case .minimumAge(let age):
                return "Je bent \(age) jaar of ouder."
            case .parentConsent:
                return "Ben je jonger dan 16? Dan heb je toestemming nodig van je ouder of verzorger, want de groep toont je telefoonnummer."
            case .phoneVisible:
                return "Iedereen in de groep ziet je telefoonnummer. De beheerders delen je gegevens met niemand."
            case .expectedMembers(let count):
                return "We verwachten ongeveer \(count) leden."
            case .separateChatGroup:
                return "Er is ook een aparte chatgroep om gewoon te praten. Deze groep is alleen voor meldingen."
            }
        case .charterAdmins(let admins):
            let names = admins.people.map(\.firstName)
            var text = names.count == 1
                ? "De beheerder van de groep is \(names[0])."
                : "De beheerders van de groep zijn \(list(names))."
            if admins.people.indices.contains(admins.contact) {
                text += " \(names[admins.contact]) is het aanspreekpunt voor de gemeente en de politie."
            }
            if admins.phonesInCharter {
                for admin in admins.people { if let phone = admin.phone { text += "\n\(admin.firstName): \(phone)" } }
            }
            return text + "\nDe beheerders voegen nieuwe leden toe. Ze kijken eerst of je in het gebied woont en bespreken deze spelregels met je."
        case .agreementTitle(let id):
            return title(id)
        case .agreementArticle(let id, let choices, let answers):
            return article(id, choices, answers)
        case .charterCustomIntro:
            return "Onze eigen afspraken:"
        case .saarIntro:
            return "Zie je iets verdachts? Volg dan deze vier stappen."
        case .saarStep(let number):
            switch number {
            case 1: return "S - Signaleer: je ziet iets dat niet klopt. Ook een onderbuikgevoel telt."
            case 2: return "A - Alarmeer: bel 112. Zeg dat je belt over een verdachte situatie."
            case 3: return "A - App: zet een bericht in de groep. Zeg wat je ziet, waar, en dat je 112 hebt gebeld."
            default: return "R - Reageer: doe alleen iets als het veilig is. Kijk van een afstand, doe een lamp aan, of spreek iemand samen aan."
            }
        case .contactsList(let contacts):
            var lines = [
                "112            Spoed. Ook bij een verdachte situatie die nu gebeurt.",
                "0900-8844      Politie, als het geen spoed heeft.",
                "0800-7000      Meld Misdaad Anoniem: meld een misdaad zonder je naam te noemen. Niet voor spoed.",
            ]
            if !contacts.wijkagentName.isEmpty {
                lines.append("Wijkagent      \(contacts.wijkagentName)" + (contacts.wijkagentReach.isEmpty ? "" : ", \(contacts.wijkagentReach)"))
            } else {
                lines.append("Wijkagent      Zoek je wijkagent op politie.nl, bij 'Mijn wijkagent'.")
            }
            if contacts.recommendBurgernet {
                lines.append("Burgernet      Installeer de Burgernet-app. Daarmee vraagt de politie je soms om uit te kijken naar iemand in de buurt.")
            }
            return lines.joined(separator: "\n")
        case .charterChanges:
            return """
            De beheerders kunnen deze spelregels veranderen. Ze zeggen het in de groep als er \
            iets verandert, en ze maken een nieuwe versie met een nieuwe datum. Heb je een idee \
            voor een betere afspraak? Stuur een beheerder een privébericht.
            """

        case .checklistTitle(let name):
            return "Checklist voor nieuwe leden van \(name)"
        case .checklistIntro:
            return """
            Loop deze lijst door voordat een beheerder je toevoegt aan de groep. Zet een kruisje \
            in elk vakje. Kun je iets niet aankruisen? Vraag het een beheerder.
            """
        case .checklistNameLine:
            return "Naam: ____________________________   Datum: ______________"
        case .checklistItem(let item):
            switch item {
            case .livesInArea(let worksToo):
                return worksToo
                    ? "Ik woon of werk in het gebied van de groep (zie hoofdstuk 1 van de spelregels)."
                    : "Ik woon in het gebied van de groep (zie hoofdstuk 1 van de spelregels)."
            case .minimumAge(let age): return "Ik ben \(age) jaar of ouder."
            case .parentConsent: return "Ben ik jonger dan 16? Dan heeft mijn ouder of verzorger toestemming gegeven."
            case .readRules: return "Ik heb de spelregels gelezen en ik houd me eraan."
            case .phoneVisible: return "Ik weet dat iedereen in de groep mijn telefoonnummer ziet."
            case .savedNumbers: return "Ik heb 112 en 0900-8844 opgeslagen in mijn telefoon."
            case .burgernet: return "Ik heb de Burgernet-app geïnstalleerd."
            case .knowsSAAR: return "Ik ken de vier stappen van SAAR: Signaleer, Alarmeer, App, Reageer."
            case .knowsAdmins(let names): return "Ik weet wie de beheerders zijn: \(list(names))."
            case .leavesWhenMoving: return "Als ik uit het gebied verhuis, verlaat ik de groep."
            }
        case .checklistAgreement(let id, let choices):
            return checklistLine(id, choices)
        case .checklistClosing:
            return "Alles aangekruist? Geef de lijst aan een beheerder. Die voegt je dan toe aan de groep."
        }
    }
}
