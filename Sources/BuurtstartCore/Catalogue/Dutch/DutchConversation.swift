/// The conversation: what a session says between the questions, and the review.
extension Dutch {
    static func conversation(_ message: Message) -> String {
        switch message {
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
        case .confirmHelp(.resumeUnfinished):
            return "Typ ja (of druk op Enter) om verder te gaan bij de vraag waar je was. Typ nee om alle vragen opnieuw te doorlopen; je antwoorden blijven dan staan. Typ stop om te stoppen."
        case .confirmHelp(.reopenFinished):
            return "Typ ja (of druk op Enter) om naar het overzicht te gaan en iets te veranderen. Typ nee of stop om niets te veranderen."
        case .confirmHelp(.overwrite):
            return "Typ ja om de oude bestanden te vervangen door de nieuwe versie. Typ nee (of druk op Enter) om ze te laten staan."
        case .confirmHelp(.keepOverlap):
            return "Typ ja om dit deel toch in je gebied te houden. De spelregels noemen dan de andere groep. Typ nee (of druk op Enter) om het niet toe te voegen en het anders te typen."
        case .confirmHelp(.keepOwnAgreement):
            return "Typ ja om deze eigen afspraak toch in de spelregels te zetten. Typ nee (of druk op Enter) om hem niet toe te voegen. Daarna kun je hem anders typen."
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
        case .stepWhy(.group): return "Je groep krijgt een naam, zodat buren hem herkennen en kunnen vinden."
        case .stepWhy(.area): return "Je legt vast welke adressen bij de groep horen. Zo weet je wie lid mag worden."
        case .stepWhy(.members): return "Je spreekt af wie mee mag doen en hoe groot de groep wordt."
        case .stepWhy(.admins): return "Beheerders voegen leden toe en letten op de afspraken."
        case .stepWhy(.agreements): return "Goede afspraken houden de groep rustig, veilig en eerlijk."
        case .stepWhy(.contacts): return "Zo weet iedereen wie je belt, en wanneer."
        case .stepWhy(.review): return "Kijk alles nog één keer na. Daarna maak ik de documenten."
        case .adminPhoneQuestion(let name):
            return "Wat is het telefoonnummer van \(name)? Dit nummer blijft in buurtstart.json. Het komt alleen in de spelregels en in de kennismaking voor de wijkagent als je dat straks kiest. Druk op Enter om over te slaan."
        case .option(.eligibility(.residents)): return "Alleen mensen die in het gebied wonen"
        case .option(.eligibility(.residentsAndWorkers)): return "Mensen die in het gebied wonen of werken"
        case .option(.photoRule(.never)): return "Nooit foto's van mensen sturen"
        case .option(.photoRule(.forDescription)): return "Alleen als het veilig kan en nodig is voor een goede beschrijving"
        case .option(.photoRule(.onlyToPolice)): return "Niet in de groep; alleen aan de politie als die erom vraagt"
        case .option(.paper(.all)): return "Ook de brief voor de buren en de kennismaking voor de wijkagent"
        case .option(.paper(.withoutLetter)): return "Zonder de brief voor de buren"
        case .option(.paper(.withoutIntroduction)): return "Zonder de kennismaking voor de wijkagent"
        case .option(.paper(.neither)): return "Geen van beide"
        case .commandsHeading:
            return "Dit kun je bij elke vraag typen:"
        case .commandHelp(.help): return "uitleg bij de vraag"
        case .commandHelp(.back): return "terug naar de vorige vraag"
        case .commandHelp(.review): return "alle antwoorden tot nu toe"
        case .commandHelp(.stop): return "opslaan en stoppen; later ga je verder"
        case .commandHelp(.save): return "een kopie van je antwoorden ergens anders bewaren"
        case .commandHelp(.change): return "stap N aanpassen, bijvoorbeeld: wijzig 2"
        case .commandHelp(.done): return "klaar met deze lijst, of de documenten maken"
        case .commandHelp(.list): return "de lijst tot nu toe"
        case .commandHelp(.remove): return "nummer N uit de lijst halen"
        case .commandHelp(.all): return "alle afspraken aanzetten"
        case .commandHelp(.none): return "alle afspraken uitzetten"
        case .commandHelp(.recommended): return "de aanbevolen afspraken aanzetten"
        case .commandHelp(.yes): return "ja"
        case .commandHelp(.no): return "nee"
        case .municipalityUnlisted(let name):
            return "Je houdt \(name) als gemeente, zoals je het typte. Het staat niet in de lijst van gemeenten. Daarom kan buurtstart groepen de groep niet bij een gemeente zetten."
        case .groupNameLong(let count):
            return "Let op: deze naam heeft \(count) tekens. Een naam tot \(AnswerLimits.groupNameShown) tekens past overal. Een langere naam wordt soms afgekort."
        case .ageNeedsConsent(let age):
            return """
            Let op: kinderen van \(age) jaar kunnen dan lid worden. Iedereen in de groep ziet het \
            telefoonnummer van een kind, ook volwassenen die het kind niet kent. Onder de \(AnswerLimits.parentConsentAge) moet \
            een ouder of verzorger toestemming geven. Dat staat in de privacywet (AVG). Dit komt \
            ook in de spelregels en op de checklist. In de meeste spelregels is de leeftijd 18 jaar.
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
            return "\(name) is de contactpersoon voor de gemeente en de wijkagent."
        case .agreementsChanged(let on, let off):
            var parts: [String] = []
            if !on.isEmpty { parts.append("Aangezet: " + on.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            if !off.isEmpty { parts.append("Uitgezet: " + off.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            return parts.joined(separator: "\n") + "\nDruk op Enter als je klaar bent."
        case .agreementLine(let id):
            return "\(title(id))  (\(text(AgreementText.id(id))))"
        case .resumeUnfinished(let name):
            return """
            In deze map staan de antwoorden van een groep die nog niet af is\(name.isEmpty ? "" : ": \(name)").
            Wil je verdergaan waar je was? Typ nee om alle vragen opnieuw te doorlopen. Je antwoorden blijven dan staan.
            """
        case .resumeChange(let name, let version):
            return """
            In deze map wordt een nieuwe versie van de spelregels voor \(name.isEmpty ? "een groep" : name) geschreven. \
            Versie \(version) is de laatste die af is. Die geldt nog, tot de nieuwe versie klaar is.
            Wil je verdergaan waar je was? Typ nee om alle vragen opnieuw te doorlopen. Je antwoorden blijven dan staan.
            """
        case .resumeFinished(let name, let version):
            return """
            In deze map staan al spelregels voor \(name.isEmpty ? "een groep" : name) (versie \(version)).
            Wil je iets veranderen? Je gaat dan naar het overzicht. Typ nee om niets te veranderen.
            """
        case .stopped(let command):
            return "Je antwoorden zijn bewaard in buurtstart.json. Later verder? Typ: \(command)"
        case .noInput(let command):
            return "Er kwam geen antwoord binnen, dus ik heb niets bewaard. Start opnieuw en beantwoord de vragen: \(command)"
        case .unchanged:
            return "Er is niets veranderd."
        case .overwriteQuestion(let files, let removing):
            let gone = removing.isEmpty ? "" : "\(list(removing)) \(removing.count == 1 ? "hoort" : "horen") bij een pagina die je nu weglaat. "
            if files.isEmpty { return gone + "Wil je \(removing.count == 1 ? "het" : "ze") uit deze map weghalen?" }
            return "\(list(files)) \(files.count == 1 ? "bestaat" : "bestaan") al in deze map. " + gone
                + (removing.isEmpty ? "Wil je ze vervangen door de nieuwe versie?" : "Wil je ze vervangen door de nieuwe versie, en \(list(removing)) weghalen?")
        case .removedDocuments(let files):
            return "Weggehaald, omdat je de pagina weglaat: \(list(files))."
        case .stalePDFs(let files, let command):
            return "Let op: \(list(files)) \(files.count == 1 ? "hoort" : "horen") nog bij de vorige versie. Maak nieuwe met: \(command)"
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
                return "Kijk of er al een groep is voor jullie gebied: op de kaart van de stichting WABP (wabp.nl), of vraag het de gemeente."
            case .register:
                return "Meld de groep aan bij de stichting WABP (wabp.nl): dan staat hij op de kaart. Vraagt de gemeente erom, meld hem daar dan ook aan. Dat is vaak nodig voor borden op straat."
            case .invite(let letter, let whatsApp, let fillIn):
                return (letter.map { "Doe de brief (\($0)) in elke brievenbus in het gebied. Veel buren zitten nog in geen enkele app: met het strookje melden ze zich op papier aan." }
                    ?? "Nodig alle buren uit: aan de deur, of met een brief in elke brievenbus. Veel buren zitten nog in geen enkele app: geef ze een manier om zich zonder WhatsApp aan te melden.")
                    + " Buren met WhatsApp kun je de uitnodiging uit \(whatsApp) sturen."
                    + (fillIn ? " Vul daarin eerst in hoe buren zich aanmelden, op de plek tussen [ ]." : "")
            case .signUps(let privacy, let checklist, let command):
                return "Bewaar de aanmeldingen zoals \(privacy) zegt. Kijk bij elke aanmelding of het adres in het gebied ligt: \(command) \"straat huisnummer\". Loop met elk nieuw lid de spelregels door, laat \(checklist) invullen, en voeg het lid dan toe."
            case .members(let command, let register):
                return "Loop bij elk nieuw lid de checklist door met buurtstart: die zet het lid in het ledenregister (\(register), alleen op je eigen computer). Geef je het beheer door? Geef dan ook dat bestand zelf door, en wis het daarna bij jou. Een nieuw lid opnemen: \(command)"
            case .introduce(let introduction):
                return (introduction.map { "Geef \($0) aan de wijkagent en de gemeente, en aan de woningcorporatie als die er is." }
                    ?? "Stel de groep voor aan de wijkagent en de gemeente, en aan de woningcorporatie als die er is.")
                    + " De wijkagent wordt geen lid van de groep: de contactpersoon houdt contact buiten de groep."
            case .whatsApp(let file, let otherAdmins, let chatGroup):
                return "In WhatsApp: maak de groep en zet de groepsbeschrijving uit \(file) bij de beschrijving van de groep. "
                    + (otherAdmins ? "Maak de andere beheerders ook beheerder. " : "")
                    + "Zet in de instellingen dat alleen beheerders leden toevoegen en de groep wijzigen. "
                    + (chatGroup ? "Maak ook de aparte groep om te kletsen, dan blijft de meldgroep rustig. " : "")
                    + "Stuur elk nieuw lid het welkomstbericht uit \(file). Zet de uitnodigingslink nooit in de groep: iedereen die hem heeft, kan erbij. "
                    + "De link werkt tot een beheerder hem opnieuw instelt. Doe dat als hij bij anderen terechtkomt."
            case .print(let command):
                return "Open de .html-bestanden in een browser en druk ze af. Of maak er pdf-bestanden van: \(command)"
            case .changeLater(let command):
                return "Later iets veranderen? Start dan opnieuw: \(command)"
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
        case .reviewNotYet(let step):
            return "Stap \(step.rawValue) en verder: nog niet beantwoord."
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
        case .documentsPartlyPlaced(let fault, let resumeCommand):
            return """
            Let op: ik kon niet alle nieuwe documenten op hun plaats zetten: \(self.fault(fault)). Een deel \
            is al nieuw, de rest staat klaar naast de oude. Je antwoorden zijn bewaard. Los het op en start \
            opnieuw (typ: \(resumeCommand)), of maak de documenten met buurtstart export: dan zet ik de rest op zijn plaats.
            """
        case .savedCopy(let path):
            return "Je antwoorden staan nu ook in \(path)."
        case .copyFailed(let path, let fault):
            return "Ik kon \(path) niet schrijven: \(self.fault(fault)). Typ opslaan en kies een andere plek, bijvoorbeeld /tmp/buurt.json."
        case .overlapFound(let group, let shared, let theirs, let contact, let finished):
            return "Let op: de groep \(group) heeft dit deel ook: \(part(shared))."
                + (theirs.map { " Bij die groep staat: \(part($0))." } ?? "")
                + (contact.map { " Contact van die groep: \($0)." } ?? "")
                + (finished ? "" : " Die groep wordt nog opgezet.")
        case .overlapQuestion:
            return "Wil je dit toch in je gebied houden? Soms is dat zo afgesproken. Typ ja om het te houden: dan komt het in de spelregels bij het gebied. Typ nee (of druk op Enter) om het anders te typen."
        case .overlapKept(let part, let groups):
            return "Toegevoegd: \(self.part(part)). De spelregels zeggen dat jullie dit deel delen met \(groups == 1 ? "de andere groep" : "de andere groepen")."
        case .overlapNotAdded(let part):
            let differently = if case .street = part { "bijvoorbeeld met andere nummers, " } else { "" }
            return "Niet toegevoegd: \(self.part(part)). Typ het opnieuw, \(differently)of druk op Enter als je klaar bent."
        case .ownAgreementQuestion:
            return "Een eigen afspraak mag de andere afspraken niet tegenspreken. Wil je deze afspraak toch houden? Typ ja om hem te houden. Typ nee (of druk op Enter) om hem niet toe te voegen."
        case .ownAgreementNotAdded(let text):
            return "Niet toegevoegd: \(text). Typ hem anders, of druk op Enter als je klaar bent."
        case .groupsNone(let folder):
            return "Let op: in \(folder) staat geen andere groep. Ik vergelijk je gebied dus met geen enkele groep."
        case .question, .label, .help, .problem, .entry, .agreement, .changes, .renewal, .reviewLine, .option(.name), .verbatim, .member:
            return routed(message) ?? ""
        }
    }
}
