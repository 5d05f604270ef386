/// Every Dutch text, at language level B1: short sentences, everyday words, and "je"
/// throughout. One `switch`, so a text can never be missing.
enum Dutch {
    static func text(_ message: Message) -> String {
        switch message {
        case .welcome:
            return """
            Welkom bij buurtstart.
            Samen met je buren start je een WhatsApp-groep voor buurtpreventie. Ik stel je \
            vragen in 7 stappen. Daarna maak ik de spelregels (charter.txt), een checklist voor \
            nieuwe leden (checklist.txt) en teksten om in WhatsApp te plakken (whatsapp.txt).
            Na elke vraag worden je antwoorden bewaard. Typ ? voor uitleg, terug om een vraag \
            terug te gaan, en stop om later verder te gaan.
            """
        case .stepHeading(let step):
            return "Stap \(step.rawValue) van \(Step.allCases.count): \(stepName(step))"
        case .stepWhy(let step):
            switch step {
            case .group: return "Je groep krijgt een naam, zodat buren hem herkennen en kunnen vinden."
            case .area: return "Je legt vast welke adressen bij de groep horen. Zo weet je wie lid mag worden."
            case .members: return "Je spreekt af wie mee mag doen en hoe groot de groep wordt."
            case .admins: return "Beheerders voegen leden toe en letten op de afspraken."
            case .agreements: return "Goede afspraken houden de groep rustig, veilig en eerlijk."
            case .contacts: return "Zo weet iedereen wie je belt, en wanneer."
            case .review: return "Kijk alles nog één keer na. Daarna maak ik de documenten."
            }
        case .question(let question, let answers):
            return self.question(question, answers)
        case .label(let question):
            return label(question)
        case .defaultGroupName(let neighbourhood):
            return neighbourhood.isEmpty ? "Buurtpreventie" : "Buurtpreventie \(neighbourhood)"
        case .help(let question):
            return help(question)
        case .commands(let atReview):
            var lines = [
                "Dit kun je bij elke vraag typen:",
                "  ?           uitleg bij de vraag",
                "  terug       terug naar de vorige vraag",
                "  overzicht   alle antwoorden tot nu toe",
                "  stop        opslaan en stoppen; later ga je verder",
            ]
            if atReview { lines.append("  wijzig N    stap N aanpassen, bijvoorbeeld: wijzig 2") }
            return lines.joined(separator: "\n")
        case .problem(let problem):
            return self.problem(problem)
        case .groupNameLong(let count):
            return "Let op: deze naam heeft \(count) tekens. Een naam tot 25 tekens past overal. Een langere naam wordt soms afgekort."
        case .ageNeedsConsent:
            return """
            Let op: ben je jonger dan 16? Dan heb je toestemming nodig van je ouder of \
            verzorger. Dat staat in de privacywet (AVG). Dit komt ook in de spelregels en de checklist.
            """
        case .membersAboveAdvice(let count):
            return """
            Let op: \(count) leden is veel. Een groep van 50 tot 100 leden blijft overzichtelijk. \
            Je kunt het gebied ook splitsen langs een straat en twee groepen maken.
            """
        case .singleAdmin:
            return """
            Let op: de groep heeft nu één beheerder. Wat als die ziek is, op vakantie gaat of \
            verhuist? Twee of meer beheerders is beter. Typ terug om er nog een toe te voegen.
            """
        case .currentList:
            return "Dit staat er nu in (typ verwijder en een nummer om iets weg te halen):"
        case .listEmpty:
            return "De lijst is nog leeg."
        case .added(let item):
            return "Toegevoegd: \(item)"
        case .removed(let item):
            return "Weggehaald: \(item)"
        case .firstQuestion:
            return "Dit is de eerste vraag. Verder terug kan niet."
        case .changeNotYet:
            return "Wijzigen kan als je het overzicht hebt gezien (stap 7). Typ terug om een vorige vraag te veranderen."
        case .onlyAdminIsContact(let name):
            return "\(name) is het aanspreekpunt voor de gemeente en de politie."
        case .agreementsChanged(let on, let off):
            var parts: [String] = []
            if !on.isEmpty { parts.append("Aangezet: " + on.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            if !off.isEmpty { parts.append("Uitgezet: " + off.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            return parts.joined(separator: "\n") + "\nDruk op Enter als je klaar bent."
        case .agreementListLine(let id, let selected):
            let number = id.number < 10 ? " \(id.number)" : "\(id.number)"
            return "  [\(selected ? "x" : " ")] \(number)  \(title(id))  (\(id.rawValue))"
        case .resumeUnfinished(let name):
            return """
            In deze map staan de antwoorden van een groep die nog niet af is\(name.isEmpty ? "" : ": \(name)").
            Wil je verdergaan waar je was? Typ nee om alle vragen opnieuw te doorlopen. Je antwoorden blijven dan staan.
            """
        case .resumeFinished(let name, let version):
            return """
            In deze map staan al spelregels voor \(name.isEmpty ? "een groep" : name) (versie \(version)).
            Wil je iets veranderen? Je gaat dan naar het overzicht. Typ nee om niets te veranderen.
            """
        case .stopped(let command):
            return "Je antwoorden zijn bewaard in buurtstart.json. Later verder? Typ: \(command)"
        case .unchanged:
            return "Er is niets veranderd."
        case .overwriteQuestion(let files):
            return "\(list(files)) \(files.count == 1 ? "bestaat" : "bestaan") al in deze map. Wil je ze vervangen door de nieuwe versie?"
        case .notOverwritten:
            return """
            Er is niets vervangen. Je antwoorden zijn wel bewaard. Typ klaar als je de \
            bestanden toch wilt vervangen, of stop om te stoppen.
            """
        case .written(let files, let directory):
            return """
            Klaar! Ik heb \(list(files)) gemaakt in \(directory == "." ? "deze map" : "de map \(directory)").
            Druk de spelregels af of plak ze in de groep. Later iets veranderen? Start buurtstart dan opnieuw in deze map.
            """
        case .reviewHint:
            return "Typ klaar om de spelregels en de checklist te maken. Iets aanpassen? Typ wijzig en het nummer van de stap, bijvoorbeeld: wijzig 2."
        case .yesNoLabel:
            return "ja of nee"
        case .presetWelcome(let basedOn):
            return "Je begint met de aanbevelingen van \(basedOn). Bij elke vraag kun je ze aanpassen."
        case .presetsList(let presets):
            return (["Voorinstellingen (gebruik: buurtstart --preset NAAM, of --preset BESTAND.json):"]
                + presets.map { "  \($0.name)  \($0.basedOn) (\($0.agreements?.count ?? AgreementID.recommended.count) afspraken)" })
                .joined(separator: "\n")
        case .presetUnknown(let name, let known):
            return "Voorinstelling '\(name)' ken ik niet. Kies uit: \(list(known, or: true)), of geef een bestand: --preset mijn-gemeente.json"
        case .interruptHint:
            return "Wil je stoppen? Typ stop, of druk op Ctrl-D. Je antwoorden worden bewaard."
        case .historyUnreadable(let path):
            return "Let op: ik kan de eerdere antwoorden in \(path) niet lezen. Ik begin met een lege geschiedenis."

        case .dataFile(let error, let file):
            return dataFile(error, file: file)
        case .saveFailed(let file, let fault):
            return """
            Let op: ik kon \(file) niet opslaan: \(self.fault(fault)). Je antwoorden zijn niet \
            verloren: ze staan nog in het geheugen. Los het op en geef het volgende antwoord, dan \
            probeer ik het opnieuw. Of bewaar ze ergens anders met: opslaan PAD (bijvoorbeeld opslaan /tmp/buurt.json).
            """
        case .documentsFailed(let fault):
            return """
            Let op: ik kon de spelregels en de checklist niet maken: \(self.fault(fault)). De oude \
            bestanden zijn niet veranderd. Je antwoorden staan nog in het geheugen. Los het op en typ \
            klaar, of bewaar je antwoorden ergens anders met: opslaan PAD.
            """
        case .savedCopy(let path):
            return "Je antwoorden staan nu ook in \(path)."
        case .copyFailed(let path, let fault):
            return "Ik kon \(path) niet schrijven: \(self.fault(fault)). Kies een andere plek, bijvoorbeeld: opslaan /tmp/buurt.json"
        case .folderInUse(let folder):
            return "In de map \(folder) loopt al een sessie van buurtstart. Maak die eerst af, of stop hem met stop. Zo overschrijven twee sessies elkaars antwoorden niet."
        case .documentsExist(let files):
            return "\(list(files)) \(files.count == 1 ? "bestaat" : "bestaan") al. Er is niets vervangen. Gebruik --force om ze te vervangen."
        case .exported(let files, let directory):
            return "Gemaakt: \(list(files)) in \(directory == "." ? "deze map" : "de map \(directory)")."
        case .badDate(let text):
            return "'\(text)' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26."
        case .unknownLanguage(let language):
            return "De taal '\(language)' ken ik niet. Kies \(list(Language.allCases.map(\.rawValue), or: true)), bijvoorbeeld --lang nl."
        case .replayOutNeedsOneFile:
            return "Met --out kan maar één transcript tegelijk. Noem er één, of laat --out weg."
        case .cannotUseFolder(let folder, let fault):
            return "Ik kan de map \(folder) niet gebruiken: \(self.fault(fault)). Kies een andere map met --dir."
        case .cannotRead(let file, let fault):
            return "Ik kan \(file) niet lezen: \(self.fault(fault)). Kijk of het bestand er goed staat."

        case .transcriptError(let error, let file):
            return "\(file):\(error.line): \(transcriptProblem(error.kind))"
        case .replayDiffers(let file, let line):
            return "\(file):\(line): hier wijkt de uitvoer voor het eerst af."
        case .replayUpdateHint(let file):
            return "Is de nieuwe uitvoer goed? Werk het transcript bij met: buurtstart replay --update \(file)"
        case .replayUpdated(let file, let changed):
            return "\(file): bijgewerkt: \(list(changed))."
        case .replayUnchanged(let file):
            return "\(file): niets veranderd."
        case .recordingFailed(let file, let fault):
            return "Ik kan het transcript \(file) niet schrijven: \(self.fault(fault)). Kies een andere plek met --record."

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
        case .addressOutcome(let outcome):
            switch outcome {
            case .streetEntry(let entry, let position):
                return "Binnen het gebied: het adres valt onder nummer \(position) van de straten, \(text(.streetEntry(entry)))."
            case .postcode(let postcode, let position):
                return "Binnen het gebied: de postcode valt onder nummer \(position) van de postcodes, \(postcode)."
            case .numberOutside(let street, let number, let entries):
                return "Buiten het gebied: \(street) hoort erbij, maar nummer \(number) niet. Wel: \(entries.map { text(.streetEntry($0)) }.joined(separator: "; "))."
            case .notInArea(let street, let postcode):
                return "Buiten het gebied: \(street) staat niet bij de straten" + (postcode.map { ", en \($0) niet bij de postcodes." } ?? ". Geef ook de postcode met --postcode als het gebied postcodes noemt.")
            }

        case .streetEntry(let entry):
            var text = entry.name
            if let range = entry.range { text += " " + numbers(range) }
            switch (entry.range, entry.side) {
            case (nil, nil): text += ", hele straat"
            case (_, .some(let side)): text += ", \(sideName(side)) kant"
            default: break
            }
            return text
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

        case .reviewHeading:
            return "Overzicht van je antwoorden tot nu toe:"
        case .reviewGroup(let group):
            return "1. Groep: \(orDash(group.name)) (gemeente \(orDash(group.municipality)), buurt \(orDash(group.neighbourhood)))"
        case .reviewArea(let area):
            var lines = ["2. Gebied: " + (area.streets.isEmpty ? "geen straten" : area.streets.map { text(.streetEntry($0)) }.joined(separator: "; "))]
            lines.append("   Postcodes: " + (area.postcodes.isEmpty ? "geen" : area.postcodes.map(\.description).joined(separator: ", ")))
            if !area.boundary.isEmpty { lines.append("   Grens: \(area.boundary)") }
            return lines.joined(separator: "\n")
        case .reviewMembers(let members):
            var parts = ["\(members.minimumAge) jaar en ouder", text(.eligibility(members.eligibility))]
            if let count = members.expectedMembers { parts.append("ongeveer \(count) leden") }
            parts.append("aparte chatgroep: \(members.separateChatGroup ? "ja" : "nee")")
            return "3. Leden: " + parts.joined(separator: "; ")
        case .reviewAdmins(let admins):
            let names = admins.people.enumerated().map { index, admin in
                admin.firstName + (index == admins.contact ? " (aanspreekpunt)" : "") + (admin.phone.map { ", \($0)" } ?? "")
            }
            return "4. Beheerders: " + (names.isEmpty ? "nog geen" : names.joined(separator: "; "))
                + (admins.phonesInCharter ? "; nummers in de spelregels" : "")
        case .reviewAgreements(let choices):
            var lines = ["5. Afspraken: \(choices.selected.count) gekozen: " + choices.selected.map { String($0.number) }.joined(separator: ", ")]
            var settings: [String] = []
            if choices.has(.approachSafely) { settings.append("aanspreken met minstens \(choices.approachGroupSize)") }
            if choices.has(.photos) { settings.append("foto's: \(text(.photoRule(choices.photoRule)))") }
            if choices.has(.describePerson) { settings.append("huidskleur in beschrijving: \(choices.skinColourInDescription ? "ja" : "nee")") }
            if !settings.isEmpty { lines.append("   " + settings.joined(separator: "; ")) }
            if !choices.custom.isEmpty { lines.append("   Eigen afspraken: " + choices.custom.joined(separator: " / ")) }
            return lines.joined(separator: "\n")
        case .reviewContacts(let contacts):
            var parts = ["112, 0900-8844, 0800-7000"]
            if !contacts.wijkagentName.isEmpty {
                parts.append("wijkagent: \(contacts.wijkagentName)" + (contacts.wijkagentReach.isEmpty ? "" : " (\(contacts.wijkagentReach))"))
            }
            parts.append("Burgernet aanraden: \(contacts.recommendBurgernet ? "ja" : "nee")")
            return "6. Contacten: " + parts.joined(separator: "; ")

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

    // MARK: - Pieces

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                         "augustus", "september", "oktober", "november", "december"]

    static func stepName(_ step: Step) -> String {
        switch step {
        case .group: "Groep"
        case .area: "Gebied"
        case .members: "Leden"
        case .admins: "Beheerders"
        case .agreements: "Afspraken"
        case .contacts: "Contacten"
        case .review: "Overzicht"
        }
    }

    static func sideName(_ side: Side) -> String { side == .even ? "even" : "oneven" }

    static func numbers(_ range: HouseNumberRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first) t/m \(range.last)"
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        Phrase.list(items, conjunction: or ? "of" : "en")
    }

    static func orDash(_ text: String) -> String { Phrase.orDash(text) }

    static func quoted(_ text: String) -> String { Phrase.quoted(text) }

    // MARK: - Questions

    static func question(_ question: QuestionID, _ answers: Answers) -> String {
        switch question {
        case .municipality:
            return "In welke gemeente ligt je buurt?"
        case .neighbourhood:
            return "Hoe heet je buurt, wijk of straat?"
        case .groupName:
            return "Hoe gaat de groep heten? Druk op Enter voor de naam tussen de haken."
        case .street:
            return """
            Welke straten horen bij de groep? Typ één straat per regel.
            Voorbeelden: Zeeweg, Zeeweg 1-99 oneven, Boulevard 2-40 even, Voorstraat 10-80.
            Druk op Enter als alle straten erin staan.
            """
        case .postcode:
            return """
            Welke postcodes horen bij de groep? Typ één postcode per regel, bijvoorbeeld 2221 AB. \
            Alleen de 4 cijfers mag ook, bijvoorbeeld 2221.
            Druk op Enter als je klaar bent. Geen postcodes noemen mag ook.
            """
        case .boundary:
            return """
            Wil je de grens van het gebied in woorden beschrijven? Bijvoorbeeld: tussen de Zeeweg \
            en de Noordzee. Druk op Enter om over te slaan. Typ - om de grens te wissen.
            """
        case .minimumAge:
            return "Hoe oud moet je minstens zijn om mee te doen? Meestal is dat 18 jaar."
        case .eligibility:
            return """
            Wie mag meedoen?
              1. Alleen mensen die in het gebied wonen
              2. Mensen die in het gebied wonen of werken
            """
        case .expectedMembers:
            return "Hoeveel leden verwacht je ongeveer? Druk op Enter als je het niet weet."
        case .chatGroup:
            return "Komt er naast deze groep voor meldingen ook een aparte groep om te kletsen? Dan blijft de meldgroep rustig."
        case .adminName:
            return """
            Wie worden de beheerders? Typ de voornaam van één beheerder per regel. Kies er liefst \
            twee of meer, zodat de groep niet van één persoon afhangt.
            Druk op Enter als iedereen erin staat.
            """
        case .adminPhone:
            let name = answers.admins.people.last?.firstName ?? ""
            return "Wat is het telefoonnummer van \(name)? Dit komt niet in de spelregels. Druk op Enter om over te slaan."
        case .phonesInCharter:
            return """
            Wil je de telefoonnummers van de beheerders in de spelregels zetten? Iedereen die de \
            spelregels krijgt, ziet ze dan. Zonder nummers vinden leden de beheerders in de groep.
            """
        case .contactAdmin:
            var lines = ["Wie is het aanspreekpunt voor de gemeente en de politie?"]
            for (index, admin) in answers.admins.people.enumerated() { lines.append("  \(index + 1). \(admin.firstName)") }
            return lines.joined(separator: "\n")
        case .agreements:
            return """
            Welke afspraken maakt de groep? Een kruisje [x] betekent: gekozen. De aanbevolen afspraken staan al aan.
            Typ een nummer om een afspraak aan te zetten (3), of met een min ervoor om hem uit te zetten (-3). \
            Meer tegelijk mag ook: 3 -5 19. Of typ: alles, geen, aanbevolen of lijst.
            Druk op Enter als je klaar bent.
            """
        case .approachGroupSize:
            return "Met hoeveel leden spreek je iemand minstens aan? Doe het nooit alleen. Meestal is dat 2."
        case .photoRule:
            return """
            Wat mag de groep met foto's van een persoon die verdacht lijkt?
              1. Nooit foto's van mensen sturen
              2. Alleen als het nodig is voor een goede beschrijving
              3. Alleen naar de politie sturen, niet in de groep
            """
        case .skinColour:
            return """
            Mag huidskleur in de beschrijving van een persoon? Beschrijf vooral wat iemand doet. \
            Hoe iemand eruitziet, zegt niet of iemand verdacht is.
            """
        case .customAgreement:
            return "Wil je eigen afspraken toevoegen? Typ één afspraak per regel, in een korte zin. Druk op Enter als je klaar bent."
        case .wijkagentName:
            return """
            Hoe heet de wijkagent van jullie buurt? Je vindt de wijkagent op politie.nl, bij \
            'Mijn wijkagent'. Druk op Enter om over te slaan. Typ - om te wissen.
            """
        case .wijkagentReach:
            return "Hoe bereik je de wijkagent? Bijvoorbeeld: via 0900-8844. Druk op Enter om over te slaan."
        case .burgernet:
            return "Raad je de leden de Burgernet-app aan? Daarmee vraagt de politie soms om uit te kijken naar iemand in de buurt."
        case .review:
            return ""
        }
    }

    static func label(_ question: QuestionID) -> String {
        switch question {
        case .municipality: "Gemeente"
        case .neighbourhood: "Buurt"
        case .groupName: "Naam van de groep"
        case .street: "Straat (Enter = klaar)"
        case .postcode: "Postcode (Enter = klaar)"
        case .boundary: "Grens"
        case .minimumAge: "Minimumleeftijd"
        case .eligibility, .contactAdmin, .photoRule: "Keuze"
        case .expectedMembers: "Aantal leden"
        case .chatGroup: "Aparte chatgroep (ja/nee)"
        case .adminName: "Voornaam (Enter = klaar)"
        case .adminPhone: "Telefoonnummer"
        case .phonesInCharter: "Nummers in de spelregels (ja/nee)"
        case .agreements: "Afspraken (Enter = klaar)"
        case .approachGroupSize: "Aantal"
        case .skinColour: "Huidskleur (ja/nee)"
        case .customAgreement: "Eigen afspraak (Enter = klaar)"
        case .wijkagentName: "Wijkagent"
        case .wijkagentReach: "Bereikbaar via"
        case .burgernet: "Burgernet (ja/nee)"
        case .review: "klaar, wijzig N of stop"
        }
    }

    static func help(_ question: QuestionID) -> String {
        let list = "Typ lijst om te zien wat er al staat, en verwijder 2 om nummer 2 weg te halen."
        switch question {
        case .municipality:
            return "De gemeente komt in de spelregels. Veel gemeenten plaatsen een bord als de groep bij hen bekend is."
        case .neighbourhood:
            return "Bijvoorbeeld de naam van de wijk (Zeeweg-Noord) of van de straat (Zeeweg). Daarmee maak ik een naam voor de groep."
        case .groupName:
            return "Kies een naam die buren herkennen. Tot 25 tekens past overal. Langer dan 100 tekens kan niet."
        case .street:
            return """
            Een straat mag heel (Zeeweg), of een deel: huisnummers (Voorstraat 10-80) en één kant \
            (Zeeweg 1-99 oneven, Boulevard 2-40 even). Twee regels van dezelfde straat mogen niet \
            overlappen. \(list)
            """
        case .postcode:
            return "Buren zoeken een groep vaak op postcode. Een postcode heeft 4 cijfers en 2 letters. \(list)"
        case .boundary:
            return "Een zin helpt buren om het gebied te zien, bijvoorbeeld: tussen de Zeeweg, de Voorstraat en de duinen."
        case .minimumAge:
            return "De meeste groepen kiezen 18 jaar. WhatsApp mag in de EU vanaf 13 jaar. Onder de 16 is toestemming van een ouder nodig."
        case .eligibility:
            return "Typ 1 of 2. Mensen die er werken, zijn er vaak overdag, als de bewoners weg zijn."
        case .expectedMembers:
            return "Een getal is genoeg, bijvoorbeeld 40. Boven de 100 leden wordt een groep onrustig. WhatsApp staat hoogstens 1024 leden toe."
        case .chatGroup:
            return "Veel mensen ergeren zich aan te veel berichten. Een aparte chatgroep houdt de meldgroep rustig. Typ ja of nee."
        case .adminName:
            return "Alleen de voornaam komt in de spelregels. Het telefoonnummer vraag ik apart; het blijft in buurtstart.json. \(list)"
        case .adminPhone:
            return "Bijvoorbeeld 06-12345678 of +31 6 12345678. Het nummer komt niet in de spelregels of de checklist."
        case .phonesInCharter:
            return "De spelregels worden vaak afgedrukt of gedeeld. Kies alleen ja als de beheerders dat goed vinden. In de checklist staan nooit telefoonnummers."
        case .contactAdmin:
            return "De gemeente en de politie nemen contact op met deze beheerder. Typ het nummer of de voornaam."
        case .agreements:
            return "Typ bijvoorbeeld 19 om afspraak 19 aan te zetten, of -19 om hem uit te zetten. De naam tussen haakjes werkt ook: -fotos."
        case .approachGroupSize:
            return "Iemand aanspreken doe je alleen als het veilig is. Met meer mensen is het veiliger. Typ een getal van 2 tot en met 20."
        case .photoRule:
            return "Een foto delen kan iemand schaden, ook als die niets heeft gedaan. Typ 1, 2 of 3."
        case .skinColour:
            return "Onderzoek laat zien dat mensen in zulke groepen soms worden verdacht om hun uiterlijk. Daarom staat dit standaard op nee."
        case .customAgreement:
            return "Bijvoorbeeld: Na 23.00 uur alleen berichten bij spoed. \(list)"
        case .wijkagentName:
            return "De wijkagent is de agent voor jullie buurt. De naam komt bij de belangrijke nummers."
        case .wijkagentReach:
            return "Bijvoorbeeld: via 0900-8844, of via politie.nl."
        case .burgernet:
            return "Burgernet is een gratis app van de politie. Je hoeft je niet aan te melden."
        case .review:
            return "Typ klaar om de documenten te maken, wijzig 2 om stap 2 aan te passen, of stop om later verder te gaan."
        }
    }

    // MARK: - Problems

    static func problem(_ problem: Problem) -> String {
        switch problem {
        case .answerRequired:
            return "Je hebt nog niets ingevuld. Typ een antwoord, of ? voor uitleg."
        case .invisibleCharacters:
            return "Je antwoord bevat onzichtbare tekens, stuurtekens of tekens die niet goed zijn doorgekomen. Typ het antwoord opnieuw met de hand."
        case .textTooLong(let limit, let count):
            return "Dit antwoord is te lang: \(count) tekens. Het mag hoogstens \(limit) tekens zijn. Maak het korter."
        case .groupNameTooLong(let count):
            return "Deze naam is te lang: \(count) tekens. Het mag hoogstens 100 tekens zijn. Kies een kortere naam, bijvoorbeeld: Buurtpreventie Zeeweg."
        case .postcodeShape(let text):
            return "\(quoted(text)) is geen postcode. Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 2221 AB. Alleen de 4 cijfers mag ook: 2221."
        case .postcodeStartsWithZero(let text):
            return "\(quoted(text)) is geen postcode: een postcode begint nooit met een 0. Voorbeeld: 2221 AB."
        case .postcodeLettersNotIssued(let pair):
            return "Postcodes met de letters \(pair) bestaan niet (SA, SD en SS worden niet gebruikt). Kijk de postcode na, bijvoorbeeld op een brief."
        case .postcodeDuplicate(let new, let existing, let position):
            if new == existing { return "\(new) staat al in de lijst (nummer \(position))." }
            if new.isWithin(existing) { return "\(new) valt al onder \(existing) (nummer \(position)). Je hoeft hem niet apart te noemen." }
            return "\(new) omvat \(existing) (nummer \(position)). Wil je heel \(new)? Typ dan eerst verwijder \(position)."
        case .postcodeInStreetQuestion(let text):
            return "\(quoted(text)) lijkt een postcode. Postcodes vul je in bij de volgende vraag. Typ hier een straat, bijvoorbeeld: Zeeweg 1-99 oneven."
        case .streetNameMissing:
            return "Ik mis de naam van de straat. Voorbeeld: Zeeweg of Zeeweg 1-99 oneven."
        case .houseNumberShape(let text):
            return "\(quoted(text)) zijn geen huisnummers die ik begrijp. Typ één nummer (12) of een reeks (10-80), zonder letters. Voorbeeld: Voorstraat 10-80."
        case .houseNumberOutOfRange(let number):
            return "Huisnummer \(number) kan niet. Kies een nummer van 1 tot en met \(StreetEntry.highestNumber)."
        case .rangeReversed(let first, let last):
            return "De reeks \(first)-\(last) loopt achteruit. Zet het laagste nummer eerst: \(last)-\(first)."
        case .sideParityMismatch(let side, let numbers):
            let wrong = list(numbers.map(String.init))
            let verb = numbers.count == 1 ? "is" : "zijn"
            return side == .even
                ? "Je schreef even, maar \(wrong) \(verb) oneven. Voorbeeld: Zeeweg 2-98 even, of Zeeweg 1-99 oneven."
                : "Je schreef oneven, maar \(wrong) \(verb) even. Voorbeeld: Zeeweg 1-99 oneven, of Zeeweg 2-98 even."
        case .streetOverlap(let new, let existing, let position):
            let newText = text(.streetEntry(new)), oldText = text(.streetEntry(existing))
            if new == existing { return "\(newText) staat al in de lijst (nummer \(position))." }
            return "\(newText) overlapt met nummer \(position): \(oldText). Pas een van de twee aan. Met verwijder \(position) haal je nummer \(position) weg."
        case .areaEmpty:
            return "Het gebied is nog leeg. Vul minstens één straat of één postcode in."
        case .notANumber(let text):
            return "\(quoted(text)) is geen getal. Typ alleen cijfers, bijvoorbeeld 18."
        case .ageBelowWhatsAppMinimum(let age):
            return "\(age) jaar is te jong: WhatsApp mag in de EU pas vanaf 13 jaar. Kies 13 of ouder, bijvoorbeeld 18."
        case .ageTooHigh(let age):
            return "\(age) jaar is te hoog. Kies een leeftijd van 13 tot en met 99, bijvoorbeeld 18."
        case .membersTooFew:
            return "Een groep heeft minstens 2 leden. Typ een aantal, bijvoorbeeld 40. Weet je het niet? Typ dan -."
        case .membersAboveWhatsAppLimit(let count):
            return "\(count) leden past niet: een WhatsApp-groep heeft hoogstens 1024 leden. Maak twee groepen en verdeel het gebied langs een straat."
        case .choiceUnknown(let text, let options):
            return "\(quoted(text)) is geen keuze die ik ken. Typ \(list(options, or: true))."
        case .phoneShape(let text):
            return "\(quoted(text)) is geen Nederlands telefoonnummer. Voorbeeld: 06-12345678 of +31 6 12345678. Druk op Enter als je geen nummer wilt geven."
        case .adminsMissing:
            return "Een groep heeft minstens één beheerder. Typ een voornaam, bijvoorbeeld Anna."
        case .adminTwice(let name):
            return "\(name) staat al in de lijst. Typ een andere voornaam, of voeg een letter toe (Anna B.)."
        case .firstNameNeedsLetters(let text):
            return "\(quoted(text)) is geen voornaam. Typ de voornaam van een beheerder, bijvoorbeeld Anna. Druk op Enter als iedereen erin staat."
        case .positionUnknown(let number, let count):
            if count == 0 { return "De lijst is leeg. Er is niets om weg te halen." }
            return "Er is geen nummer \(number). Kies een nummer van 1 tot en met \(count). Typ lijst om de lijst te zien."
        case .agreementUnknown(let word):
            return "\(quoted(word)) ken ik niet als afspraak. Typ een nummer (3), een min en een nummer om uit te zetten (-3), of: alles, geen, aanbevolen."
        case .approachGroupTooSmall:
            return "Kies een aantal van 2 tot en met 20. Alleen iemand aanspreken is niet veilig."
        case .addressShape(let text):
            return "\(quoted(text)) begrijp ik niet als adres. Schrijf de straat en het huisnummer, bijvoorbeeld: Zeeweg 12."
        case .stepUnknown:
            return "Welke stap wil je wijzigen? Typ wijzig en een nummer van 1 tot en met 7, bijvoorbeeld: wijzig 2."
        }
    }

    static func fault(_ fault: FileFault) -> String {
        switch fault {
        case .diskFull: "de schijf is vol"
        case .noPermission: "je mag daar niet schrijven of lezen"
        case .readOnly: "de map kan alleen gelezen worden"
        case .isDirectory: "daar staat een map in plaats van een bestand"
        case .notDirectory: "dat is geen map"
        case .symbolicLink: "daar staat een snelkoppeling (symbolische link); die volg ik niet, zodat ik niet per ongeluk een ander bestand overschrijf"
        case .missing: "dat bestand of die map bestaat niet"
        case .other(let words): "de computer meldt: \(words)"
        }
    }

    static func dataFile(_ error: DataFileError, file: String) -> String {
        let place = error.field.map { "\(file), veld \($0)" } ?? file
        switch error.kind {
        case .empty:
            return "\(file) is leeg. Zet een reservekopie terug, of haal het bestand weg om opnieuw te beginnen."
        case .notJSON:
            return "\(file) is geen geldig JSON-bestand. Zet een reservekopie terug, of herstel het bestand (zie docs/answers.md)."
        case .unknownVersion(let version):
            return "\(place): versie \(version) ken ik niet (ik ken versie \(Answers.currentVersion)). Gebruik de buurtstart die het bestand heeft gemaakt."
        case .missing:
            return "\(place) ontbreekt. Vul het aan (zie docs/answers.md) of zet een reservekopie terug."
        case .wrongType:
            return "\(place) heeft een verkeerd soort waarde. Herstel het (zie docs/answers.md) of zet een reservekopie terug."
        case .badValue:
            return "\(place) heeft een waarde die ik niet ken. Herstel het (zie docs/answers.md) of zet een reservekopie terug."
        case .inconsistent(let problem):
            return "\(place): \(self.problem(problem)) Herstel het bestand (zie docs/answers.md) of zet een reservekopie terug."
        case .unfinished:
            return "\(file) is nog niet af. Start buurtstart in deze map om de vragen af te maken."
        }
    }

    static func transcriptProblem(_ kind: TranscriptError.Kind) -> String {
        switch kind {
        case .notATranscript:
            return "dit is geen transcript van buurtstart. De eerste regel moet zijn: # buurtstart-transcript: 1"
        case .unknownVersion(let version):
            return "transcriptversie \(version) ken ik niet. Ik ken versie \(Transcript.formatVersion)."
        case .unknownLanguage(let language):
            return "taal '\(language)' ken ik niet. Gebruik: \(Language.allCases.map(\.rawValue).joined(separator: ", "))."
        case .badDate(let text):
            return "'\(text)' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26."
        case .missingDate:
            return "de kop mist een datum. Voeg toe: # date: 2026-11-26"
        case .unknownOption(let option):
            return "optie \(option) ken ik niet in een transcript. Alleen --force mag."
        case .badDirectory:
            return "de regel dir: mist een map. Voorbeeld: # dir: ."
        case .badStartFrom(let path):
            return "start-from '\(path)' moet een bestand naast het transcript zijn, zonder .. of / vooraan."
        case .unknownDocument(let name):
            return "'\(name)' is geen document van buurtstart. Gebruik charter.txt of checklist.txt."
        case .unescaped(let line):
            return "de regel '\(line)' begint met » of # maar is geen invoer of kop. Zet er een \\ voor als het uitvoer is."
        case .badEscape(let text):
            return "'\(text)' bevat een \\ die ik niet begrijp. Schrijf \\\\ voor een \\, of \\u{1B} voor een onzichtbaar teken."
        case .afterEnd:
            return "na het einde van de invoer (␄) kan niets meer getypt zijn."
        case .startFromUnreadable(let fault):
            return "het startbestand is niet te lezen: \(self.fault(fault))."
        case .startFrom(let error):
            return dataFile(error, file: "startbestand")
        }
    }

    // MARK: - Agreements

    static func title(_ id: AgreementID) -> String {
        switch id {
        case .saar: "Werk volgens SAAR"
        case .call112First: "Eerst 112 bellen"
        case .say112Called: "Zeg dat je 112 hebt gebeld"
        case .oneCaller: "Eén persoon belt 112"
        case .allClear: "Meld als het voorbij is"
        case .behaviourNotAppearance: "Let op gedrag, niet op uiterlijk"
        case .whatIsSuspicious: "Wat is verdacht?"
        case .describePerson: "Beschrijf de persoon"
        case .describeVehicle: "Beschrijf het voertuig"
        case .approachSafely: "Iemand aanspreken alleen als het veilig is"
        case .noVigilantism: "Speel geen eigen rechter"
        case .photos: "Foto's van personen"
        case .respect: "Wees respectvol"
        case .purposeOnly: "Alleen voor meldingen"
        case .noReplies: "Geen reacties onder een melding"
        case .citizensInitiative: "Een groep van bewoners"
        case .removal: "Wie zich niet aan de afspraken houdt"
        case .adminDecides: "De beheerders beslissen"
        case .leaveWhenMoving: "Verhuizen"
        case .questionsPrivately: "Vragen aan een beheerder"
        case .stayNearHome: "Blijf bij je eigen huis"
        case .noAdverts: "Geen reclame en geen hoofdletters"
        case .ownMessages: "Je eigen berichten"
        case .neighbouringAdmins: "Beheerders van groepen in de buurt"
        case .wijkagentInGroup: "De wijkagent in de groep"
        case .phoneChain: "Buren zonder smartphone"
        }
    }

    static func article(_ id: AgreementID, _ choices: AgreementChoices, _ answers: Answers) -> String {
        switch id {
        case .saar:
            return "Zie je iets verdachts? Volg dan de vier stappen van SAAR: Signaleer, Alarmeer, App, Reageer. Hoofdstuk 5 legt ze uit."
        case .call112First:
            return "Gebeurt er nu iets verdachts? Bel eerst 112. Zet pas daarna een bericht in de groep."
        case .say112Called:
            return "Zet in je bericht dat je 112 hebt gebeld. Zo bellen er niet tien mensen over hetzelfde."
        case .oneCaller:
            return "Heeft iemand al 112 gebeld? Dan bel jij niet ook. Bel wel opnieuw als je iets nieuws ziet, bijvoorbeeld welke kant iemand op gaat."
        case .allClear:
            return "Is het voorbij, of was het loos alarm? Dan meldt degene die de melding deed dat in de groep. Bijvoorbeeld: 'Alles veilig, het was een bezorger.' Zo weet iedereen dat niemand meer hoeft op te letten."
        case .behaviourNotAppearance:
            return "Verdacht is wat iemand doet, waar en wanneer. Huidskleur, kleding of afkomst maken iemand niet verdacht. Meld dus gedrag, niet alleen hoe iemand eruitziet."
        case .whatIsSuspicious:
            return "Bijvoorbeeld: iemand kijkt bij huizen naar binnen of probeert deuren. Onbekenden hangen rond op een vreemd tijdstip. Een onbekende auto rijdt elke avond rondjes door de buurt. Iemand vernielt iets, of jongeren zorgen voor overlast."
        case .describePerson:
            let base = "Beschrijf eerst wat de persoon doet en welke kant hij op gaat. Daarna: man of vrouw, lengte, kleding, gezicht en opvallende kenmerken, zoals een tas of een tatoeage."
            return base + (choices.skinColourInDescription
                ? " Huidskleur mag je noemen als het helpt om iemand te herkennen."
                : " Noem geen huidskleur of afkomst.")
        case .describeVehicle:
            return "Noem bij een auto, scooter of fiets de kleur, het merk, het type en het kenteken. Zeg ook welke kant het op rijdt."
        case .approachSafely:
            return "Spreek iemand alleen aan als je je veilig voelt, en nooit alleen: doe het met minstens \(choices.approachGroupSize) leden. Neem geen risico. Bel bij twijfel eerst 112."
        case .noVigilantism:
            return "Je houdt niemand vast en je achtervolgt niemand. Je overtreedt geen wetten of regels. Dus ook: geen telefoon in je hand als je rijdt."
        case .photos:
            switch choices.photoRule {
            case .never: return "Stuur geen foto's of filmpjes van mensen in de groep. Beschrijf de persoon in woorden."
            case .forDescription: return "Stuur alleen een foto van een persoon als dat nodig is voor een goede beschrijving. Een foto kan iemand schaden, ook als die niets heeft gedaan."
            case .onlyToPolice: return "Stuur foto's of filmpjes van een persoon alleen naar de politie, nooit in de groep."
            }
        case .respect:
            return "Je vloekt niet, je scheldt niet en je discrimineert niet. Je schrijft met respect voor iedereen."
        case .purposeOnly:
            return "De groep is alleen voor verdachte situaties. Stuur geen andere berichten en geen privéberichten. Zo blijft elk bericht belangrijk."
                + (answers.membership.separateChatGroup ? " Voor gewone berichten is er de aparte chatgroep." : "")
        case .noReplies:
            return "Reageer niet met 'bedankt', duimpjes of andere reacties op een melding. Schrijf alleen iets als je nieuwe informatie hebt."
        case .citizensInitiative:
            return "Deze groep is van en voor bewoners. De politie komt alleen als je 112 belt, niet op een bericht in de groep."
        case .removal:
            return "Houdt een lid zich niet aan de afspraken? Dan krijgt die eerst een waarschuwing van een beheerder. Gebeurt het weer, dan haalt de beheerder die persoon uit de groep."
        case .adminDecides:
            return "Staat iets niet in deze afspraken? Dan beslissen de beheerders."
        case .leaveWhenMoving:
            return "Ga je verhuizen uit het gebied? Verlaat dan de groep en laat het een beheerder weten."
        case .questionsPrivately:
            return "Heb je een vraag over de groep? Stel die aan een beheerder in een privébericht, niet in de groep."
        case .stayNearHome:
            return "Gebeurt er iets in de buurt? Blijf dan bij je eigen huis en let op wat je daar ziet. Ga niet allemaal naar dezelfde plek."
        case .noAdverts:
            return "Zet geen reclame in de groep. Schrijf niet in HOOFDLETTERS: dat leest als schreeuwen."
        case .ownMessages:
            return "Je bent zelf verantwoordelijk voor wat je in de groep zet."
        case .neighbouringAdmins:
            return "De beheerders van groepen in de buurt mogen lid zijn van deze groep. Zo waarschuwen de groepen elkaar."
        case .wijkagentInGroup:
            return "De wijkagent mag lid zijn van de groep. De wijkagent leest mee, maar reageert niet op meldingen. Bel bij iets verdachts altijd 112."
        case .phoneChain:
            return "Sommige buren hebben geen smartphone. Bij een melding belt een lid in de buurt hen op."
        }
    }

    /// The checklist line for an agreement that asks something of the member; empty when the
    /// fixed checklist already covers it or it asks nothing of a member.
    static func checklistLine(_ id: AgreementID, _ choices: AgreementChoices) -> String {
        switch id {
        case .call112First: "Ik bel eerst 112 en zet pas daarna een bericht in de groep."
        case .say112Called: "Ik zet in mijn bericht of ik 112 heb gebeld."
        case .oneCaller: "Heeft iemand al 112 gebeld? Dan bel ik alleen als ik iets nieuws zie."
        case .allClear: "Is mijn melding voorbij of was het loos alarm? Dan meld ik dat in de groep."
        case .behaviourNotAppearance: "Ik meld wat iemand doet, niet alleen hoe iemand eruitziet."
        case .approachSafely: "Ik spreek iemand alleen aan als het veilig is, met minstens \(choices.approachGroupSize) leden."
        case .noVigilantism: "Ik speel geen eigen rechter en houd me aan de wet."
        case .photos:
            switch choices.photoRule {
            case .never: "Ik stuur geen foto's van mensen in de groep."
            case .forDescription: "Ik stuur alleen een foto van iemand als dat nodig is voor een beschrijving."
            case .onlyToPolice: "Ik stuur foto's van mensen alleen naar de politie."
            }
        case .respect: "Ik vloek niet, ik scheld niet en ik discrimineer niet."
        case .purposeOnly: "Ik gebruik de groep alleen voor verdachte situaties."
        case .noReplies: "Ik reageer niet met bedankjes of duimpjes op een melding."
        case .citizensInitiative: "Ik weet dat de politie alleen komt als ik 112 bel."
        case .questionsPrivately: "Vragen over de groep stel ik privé aan een beheerder."
        case .stayNearHome: "Bij een melding blijf ik bij mijn eigen huis."
        case .noAdverts: "Ik zet geen reclame in de groep."
        case .ownMessages: "Ik ben zelf verantwoordelijk voor mijn berichten."
        case .saar, .whatIsSuspicious, .describePerson, .describeVehicle, .removal, .adminDecides,
             .leaveWhenMoving, .neighbouringAdmins, .wijkagentInGroup, .phoneChain:
            ""
        }
    }
}

