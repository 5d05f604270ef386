/// The conversation: what a session says between the questions, and the review.
extension Dutch {
    static func conversation(_ message: Message) -> String {
        switch message {
        case .question, .label, .help, .problem, .entry, .agreement:
            return say(message)
        case .welcome:
            return """
            Welkom bij buurtstart.
            Samen met je buren start je een WhatsApp-groep voor buurtpreventie. Ik stel je \
            vragen in 7 stappen. Daarna maak ik de spelregels (charter.txt), een checklist voor \
            nieuwe leden (checklist.txt), teksten om in WhatsApp te plakken (whatsapp.txt), en \
            pagina's om af te drukken, zoals een brief voor elke brievenbus (.html).
            Na elke vraag worden je antwoorden bewaard. Typ ? voor uitleg, terug om een vraag \
            terug te gaan, en stop om later verder te gaan.
            """
        case .blank:
            return ""
        case .commandNotHere(let word):
            return "\(quoted(word)) werkt niet bij deze vraag. Typ je antwoord, of ? voor uitleg."
        case .needsNumber(let word):
            return "Typ \(word.word(in: .dutch)) met een nummer erachter, bijvoorbeeld: \(word.word(in: .dutch)) 2"
        case .confirmHelp(let confirmation):
            switch confirmation {
            case .resumeUnfinished:
                return "Typ ja (of druk op Enter) om verder te gaan bij de vraag waar je was. Typ nee om alle vragen opnieuw te doorlopen; je antwoorden blijven dan staan. Typ stop om te stoppen."
            case .reopenFinished:
                return "Typ ja (of druk op Enter) om naar het overzicht te gaan en iets te veranderen. Typ nee of stop om niets te veranderen."
            case .overwrite:
                return "Typ ja om de oude bestanden te vervangen door de nieuwe versie. Typ nee (of druk op Enter) om ze te laten staan."
            }
        case .savePathQuestion:
            return "Waar wil je een kopie van je antwoorden bewaren? Typ een pad, bijvoorbeeld /tmp/buurt.json. Druk op Enter om terug te gaan."
        case .savePathLabel:
            return "Pad voor de kopie"
        case .savePathCancelled:
            return "Er is geen kopie gemaakt."
        case .stopNotSaved:
            return "Let op: je antwoorden zijn NIET bewaard in de map."
        case .rescued(let path):
            return "Ik heb je antwoorden daarom bewaard in \(path). Alleen jij kunt dat bestand lezen. Zet het terug als buurtstart.json in je map om verder te gaan."
        case .rescueFailed(let fault):
            return "Ik kon je antwoorden ook nergens anders bewaren: \(self.fault(fault)). Ze zijn verloren."
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
        case .adminPhoneQuestion(let name):
            return "Wat is het telefoonnummer van \(name)? Dit nummer blijft in buurtstart.json. Het komt alleen in de spelregels als je dat straks kiest. Druk op Enter om over te slaan."
        case .option(let option):
            switch option {
            case .eligibility(.residents): return "Alleen mensen die in het gebied wonen"
            case .eligibility(.residentsAndWorkers): return "Mensen die in het gebied wonen of werken"
            case .photoRule(.never): return "Nooit foto's van mensen sturen"
            case .photoRule(.forDescription): return "Alleen als het veilig kan en nodig is voor een goede beschrijving"
            case .photoRule(.onlyToPolice): return "Niet in de groep; alleen aan de politie als die erom vraagt"
            case .name(let name): return name
            case .paper(.all): return "Ook de brief voor de buren en de kennismaking voor de wijkagent"
            case .paper(.withoutLetter): return "Zonder de brief voor de buren"
            case .paper(.withoutIntroduction): return "Zonder de kennismaking voor de wijkagent"
            case .paper(.neither): return "Geen van beide"
            }
        case .signerName(let name):
            return name
        case .defaultGroupName(let neighbourhood):
            return neighbourhood.isEmpty ? "Buurtpreventie" : "Buurtpreventie \(neighbourhood)"
        case .commandsHeading:
            return "Dit kun je bij elke vraag typen:"
        case .commandHelp(let command):
            switch command {
            case .help: return "uitleg bij de vraag"
            case .back: return "terug naar de vorige vraag"
            case .review: return "alle antwoorden tot nu toe"
            case .stop: return "opslaan en stoppen; later ga je verder"
            case .save: return "een kopie van je antwoorden ergens anders bewaren"
            case .change: return "stap N aanpassen, bijvoorbeeld: wijzig 2"
            case .done: return "klaar met deze lijst, of de documenten maken"
            case .list: return "de lijst tot nu toe"
            case .remove: return "nummer N uit de lijst halen"
            case .all: return "alle afspraken aanzetten"
            case .none: return "alle afspraken uitzetten"
            case .recommended: return "de aanbevolen afspraken aanzetten"
            case .yes: return "ja"
            case .no: return "nee"
            }
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
        case .added(let entry):
            return "Toegevoegd: \(self.entry(entry))"
        case .removed(let entry):
            return "Weggehaald: \(self.entry(entry))"
        case .firstQuestion:
            return "Dit is de eerste vraag. Verder terug kan niet."
        case .changeNotYet:
            return "Wijzigen kan als je het overzicht hebt gezien (stap 7). Typ terug om een vorige vraag te veranderen."
        case .onlyAdminIsContact(let name):
            return "\(name) is het aanspreekpunt voor de gemeente en de wijkagent."
        case .agreementsChanged(let on, let off):
            var parts: [String] = []
            if !on.isEmpty { parts.append("Aangezet: " + on.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            if !off.isEmpty { parts.append("Uitgezet: " + off.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            return parts.joined(separator: "\n") + "\nDruk op Enter als je klaar bent."
        case .agreementLine(let id):
            return "\(title(id))  (\(id.rawValue))"
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
        case .written(let directory):
            return "Klaar! Ik heb deze bestanden gemaakt in \(directory == "." ? "deze map" : "de map \(directory)"):"
        case .writtenDocument(let document, let files):
            let what = switch document {
            case .charter: "de spelregels, om af te drukken of in de groep te plakken"
            case .checklist: "de checklist die elk nieuw lid invult voordat het erbij komt"
            case .whatsApp: "de groepsbeschrijving, het welkomstbericht en de uitnodiging voor de buren, om in WhatsApp te plakken"
            case .letter: "de brief voor elke brievenbus, met een strookje om je op papier aan te melden"
            case .privacy: "de privacyverklaring: wat de beheerders van de leden bewaren, en waarom"
            case .introduction: "de kennismaking voor de wijkagent en de gemeente"
            }
            return "\(list(files)): \(what)"
        case .nextStepsHeading:
            return "Wat doe je nu?"
        case .nextStep(let step):
            switch step {
            case .checkExisting:
                return "Kijk of er al een groep is voor jullie gebied: op de kaart van de stichting WABP, of vraag het de gemeente."
            case .register:
                return "Meld de groep aan bij de stichting WABP: dan staat hij op de kaart. Vraagt de gemeente erom, meld hem daar dan ook aan. Dat is vaak nodig voor borden op straat."
            case .invite(let letter, let whatsApp):
                return (letter.map { "Druk \($0) af en doe de brief in elke brievenbus in het gebied. Veel buren zitten nog in geen enkele app: met het strookje melden ze zich op papier aan." }
                    ?? "Nodig alle buren uit: aan de deur, of met een brief in elke brievenbus. Veel buren zitten nog in geen enkele app: geef ze een manier om zich zonder WhatsApp aan te melden.")
                    + " Buren met WhatsApp kun je de uitnodiging uit \(whatsApp) sturen."
            case .signUps(let privacy, let checklist):
                return "Bewaar de aanmeldingen zoals \(privacy) zegt. Kijk bij elke aanmelding of het adres in het gebied ligt (buurtstart check-address). Loop met elk nieuw lid de spelregels door, laat \(checklist) invullen, en voeg het lid dan toe."
            case .introduce(let introduction):
                return (introduction.map { "Geef \($0) aan de wijkagent en de gemeente, en aan de woningcorporatie als die er is." }
                    ?? "Stel de groep voor aan de wijkagent en de gemeente, en aan de woningcorporatie als die er is.")
                    + " De wijkagent wordt geen lid van de groep: het aanspreekpunt houdt contact buiten de groep."
            case .whatsApp(let file):
                return "In WhatsApp: maak de groep en zet de groepsbeschrijving uit \(file) bij de beschrijving van de groep. Maak de andere beheerders ook beheerder, en kies wie de instellingen van de groep mag wijzigen. Stuur elk nieuw lid het welkomstbericht. Een uitnodigingslink werkt maar een tijdje."
            case .print(let command):
                return "Open de .html-bestanden in een browser en druk ze af. Of maak er pdf-bestanden van: \(command)"
            case .changeLater:
                return "Later iets veranderen? Start buurtstart dan opnieuw in deze map."
            }
        case .reviewHint:
            return "Typ klaar om de spelregels en de checklist te maken. Iets aanpassen? Typ wijzig en het nummer van de stap, bijvoorbeeld: wijzig 2."
        case .yesNoLabel:
            return "ja of nee"
        case .presetWelcome(let basedOn):
            return "Je begint met: \(basedOn). Bij elke vraag kun je dat aanpassen."

        case .interruptHint:
            return "Wil je stoppen? Typ stop, of druk op Ctrl-D. Je antwoorden worden bewaard."
        case .historyUnreadable(let path):
            return "Let op: ik kan de eerdere antwoorden in \(path) niet lezen. Ik begin met een lege geschiedenis."

        case .reviewHeading:
            return "Overzicht van je antwoorden tot nu toe:"
        case .reviewGroup(let group):
            return "Groep: \(orDash(group.name)) (gemeente \(orDash(group.municipality)), buurt \(orDash(group.neighbourhood)))"
        case .reviewArea(let area):
            var lines = ["Gebied: " + (area.streets.isEmpty ? "geen straten" : area.streets.map { text(.streetEntry($0)) }.joined(separator: "; "))]
            lines.append("   Postcodes: " + (area.postcodes.isEmpty ? "geen" : area.postcodes.map(\.description).joined(separator: ", ")))
            if !area.boundary.isEmpty { lines.append("   Grens: \(area.boundary)") }
            return lines.joined(separator: "\n")
        case .reviewMembers(let members):
            var parts = ["\(members.minimumAge) jaar en ouder", text(.eligibility(members.eligibility))]
            if let count = members.expectedMembers { parts.append("ongeveer \(count) leden") }
            parts.append("aparte chatgroep: \(members.separateChatGroup ? "ja" : "nee")")
            return "Leden: " + parts.joined(separator: "; ")
        case .reviewAdmins(let admins, let phonesInCharter, let paper):
            let names = admins.map { $0.name + ($0.isContact ? " (aanspreekpunt)" : "") + ($0.phone.map { ", \($0)" } ?? "") }
            let letter = paper.letter ? "brief voor de buren" + (paper.signer.isEmpty ? "" : " (van \(paper.signer))") : "geen brief"
            return "Beheerders: " + (names.isEmpty ? "nog geen" : names.joined(separator: "; "))
                + (phonesInCharter ? "; nummers in de spelregels" : "")
                + "\n   Afdrukken: \(letter); \(paper.introduction ? "kennismaking voor de wijkagent" : "geen kennismaking")"
        case .reviewNotYet(let step):
            return "Stap \(step.rawValue) en verder: nog niet beantwoord."
        case .reviewAgreements(let choices):
            var lines = ["Afspraken: \(choices.selected.count) gekozen: " + choices.selected.map { String($0.number) }.joined(separator: ", ")]
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
            return "Contacten: " + parts.joined(separator: "; ")
        case .saveFailed(let file, let fault):
            return """
            Let op: ik kon \(file) niet opslaan: \(self.fault(fault)). Je antwoorden zijn niet \
            verloren: ze staan nog in het geheugen. Los het op en geef het volgende antwoord, dan \
            probeer ik het opnieuw. Of bewaar ze ergens anders: typ opslaan, en daarna een pad zoals /tmp/buurt.json.
            """
        case .documentsFailed(let fault):
            return """
            Let op: ik kon de spelregels en de checklist niet maken: \(self.fault(fault)). De oude \
            bestanden zijn niet veranderd. Je antwoorden staan nog in het geheugen. Los het op en typ \
            klaar, of bewaar je antwoorden ergens anders: typ opslaan.
            """
        case .savedCopy(let path):
            return "Je antwoorden staan nu ook in \(path)."
        case .copyFailed(let path, let fault):
            return "Ik kon \(path) niet schrijven: \(self.fault(fault)). Typ opslaan en kies een andere plek, bijvoorbeeld /tmp/buurt.json."
        }
    }
}
