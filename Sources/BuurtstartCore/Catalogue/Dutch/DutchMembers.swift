/// The member commands in Dutch: the intake of a new member, the register, warnings and removal.
extension Dutch {
    static func member(_ message: MemberText) -> String {
        switch message {
        case .opening(let group, let version, let members):
            return """
            Een nieuw lid voor \(group). Houd de aanmelding bij de hand. Je loopt de checklist samen \
            met de nieuwe buur door, regel voor regel. Ik bewaar niets tot je klaar typt; \
            een aanmelding die niet kan, bewaar ik helemaal niet.
            Spelregels: versie \(version). Nu in het ledenregister: \(members) \(members == 1 ? "lid" : "leden").
            """
        case .label(let step):
            switch step {
            case .signUp, .residence, .admin: return "Nummer"
            case .name: return "Naam"
            case .address: return "Adres"
            case .postcode: return "Postcode"
            case .parentName: return "Naam ouder of verzorger"
            case .phone: return "Telefoonnummer"
            case .minimumAge, .over16, .parentConsent, .checklist, .rulesTogether: return "ja of nee"
            case .summary: return "klaar"
            }
        case .question(let step, let words):
            let name = words.name
            switch step {
            case .signUp: return "Hoe kwam de aanmelding binnen?"
            case .name: return "Wat is de naam van het nieuwe lid? Typ de naam zoals op de aanmelding."
            case .address: return "Op welk adres \(words.worksToo ? "woont of werkt" : "woont") \(name)? Bijvoorbeeld: Zeeweg 12a"
            case .postcode: return "Wat is de postcode van dat adres? Het gebied noemt postcodes. Bijvoorbeeld: 2225 AB"
            case .residence: return "Woont \(name) op dit adres\(words.worksToo ? ", of werkt \(name) er" : "")?"
            case .minimumAge: return "Is \(name) \(words.minimumAge) jaar of ouder?"
            case .over16: return "Is \(name) 16 jaar of ouder? Zo niet, dan geeft een ouder of verzorger toestemming."
            case .parentName: return "Wat is de naam van de ouder of verzorger van \(name)?"
            case .parentConsent:
                return "Heeft de ouder of verzorger dit ondertekend? '\(text(.checklistParentConsent))' Iedereen in de groep ziet dan het telefoonnummer van \(name)."
            case .phone: return "Met welk telefoonnummer komt \(name) in de WhatsApp-groep?"
            case .checklist: return "Heeft \(name) dit aangevinkt?"
            case .rulesTogether: return "Heb je de spelregels samen met \(name) doorgenomen?"
            case .admin: return "Welke beheerder voegt \(name) toe?"
            case .summary: return ""
            }
        case .help(let step, let words):
            switch step {
            case .signUp: return "Zo weet je straks wat je met het papier of het bericht doet. Typ het nummer."
            case .name: return "De naam zoals het lid die zelf geeft. Ik bewaar hem in het ledenregister, alleen op deze computer."
            case .address:
                return "Ik kijk meteen of het adres in het gebied van de groep ligt. Schrijf straat en huisnummer, zoals Zeeweg 12 of Kerkstraat 4-B. Een straatnaam met een cijfer zet je tussen aanhalingstekens: \"Plein 1813\" 7."
            case .postcode: return "Het gebied van de groep noemt postcodes. Met de postcode weet ik of het adres erbij hoort. Schrijf vier cijfers en twee letters, zoals 2225 AB."
            case .residence: return "Alleen wie in het gebied \(words.worksToo ? "woont of werkt" : "woont") kan lid worden. Typ het nummer."
            case .minimumAge, .over16: return "Vraag het gewoon. Je hoeft geen geboortedatum te bewaren. Typ ja of nee."
            case .parentName: return "De ouder of verzorger die de checklist voor \(words.name) ondertekent."
            case .parentConsent: return "Zonder toestemming van een ouder of verzorger kan \(words.name) geen lid worden. Typ ja of nee."
            case .phone: return "Het nummer dat je in WhatsApp toevoegt. Bijvoorbeeld 06-12345678 of +31 6 12345678."
            case .checklist: return "Dit is een regel van de checklist. Alleen met een ja bij elke regel kan \(words.name) lid worden. Typ ja of nee."
            case .rulesTogether: return "Het helpt als een nieuw lid de spelregels met een beheerder doorneemt. Typ ja of nee."
            case .admin: return "Zo staat in het register wie het lid heeft toegevoegd. Typ het nummer of de naam."
            case .summary: return "Typ klaar om het lid in het ledenregister te zetten, of terug om een antwoord aan te passen."
            }
        case .optionalLineHelp(let name):
            return "Deze regel van de checklist is niet verplicht. Met een nee wordt \(name) toch lid, alleen niet van de aparte chatgroep. Typ ja of nee."
        case .commandHelp(let command):
            switch command {
            case .help: return "uitleg bij de vraag"
            case .back: return "terug naar de vorige vraag"
            case .review: return "de antwoorden tot nu toe"
            default: return "stoppen; er wordt niets bewaard"
            }
        case .signUpWay(let way):
            switch way {
            case .slip: return "met het strookje van de brief"
            case .message: return "met een bericht (WhatsApp, sms of mail)"
            case .door: return "aan de deur of op straat"
            }
        case .residence(let residence):
            return residence == .lives ? "woont er" : "werkt er"
        case .residenceNeither(let worksToo):
            return worksToo ? "geen van beide" : "woont er niet"
        case .admin(let name):
            return name
        case .checklistLine(let item):
            return text(.checklistItem(item))
        case .nameTaken(let name):
            return "\(quoted(name)) staat al in het ledenregister. Typ de naam zo dat je de twee uit elkaar houdt, bijvoorbeeld met een tweede voornaam of een initiaal."
        case .notAName(let text, let step):
            return step == .parentName
                ? "\(quoted(text)) is geen naam. Typ de naam van de ouder of verzorger, bijvoorbeeld Karim el Amrani."
                : "\(quoted(text)) is geen naam. Typ de naam van het nieuwe lid zoals op de aanmelding, bijvoorbeeld Fatima el Amrani."
        case .tooLong(let step, let limit, let count):
            return step == .address
                ? "Dit adres is te lang: \(count) tekens. Het mag hoogstens \(limit) tekens zijn. Typ alleen de straat en het huisnummer, zoals Zeeweg 12."
                : "Deze naam is te lang: \(count) tekens. Hij mag hoogstens \(limit) tekens zijn. Typ alleen de naam, zoals op de aanmelding."
        case .phoneNeeded(let name):
            return "Zonder telefoonnummer kun je \(name) niet toevoegen in de WhatsApp-groep. Typ het nummer van de aanmelding, bijvoorbeeld 06-12345678 of +31 6 12345678."
        case .phoneNotValid(let text):
            return "\(quoted(text)) is geen Nederlands telefoonnummer. Typ het nummer van de aanmelding, bijvoorbeeld 06-12345678 of +31 6 12345678."
        case .phoneTaken(let phone, let member):
            return "Het nummer \(phone) staat al in het ledenregister, bij \(member). Kijk het nummer op de aanmelding na en typ het opnieuw. Is deze buur al lid? Typ dan stop."
        case .outside(let outcome):
            switch outcome {
            case .numberOutside(let street, let number, let entries):
                return "Dit adres ligt buiten het gebied: \(street) hoort erbij, maar nummer \(number) niet. Wel: \(entries.map { text(.streetEntry($0)) }.joined(separator: "; "))."
            case .notInArea(let street, let postcode):
                return "Dit adres ligt buiten het gebied: \(street) staat niet bij de straten" + (postcode.map { ", en \($0) niet bij de postcodes." } ?? ".")
            case .streetEntry, .postcode:
                return "Dit adres ligt in het gebied."
            }
        case .heldBy(let group, let contact):
            return "Het adres ligt wel in het gebied van \(group)" + (contact.map { " (contact: \($0))" } ?? "") + ". Verwijs de buur naar die groep."
        case .heldByNone:
            return "Ook geen andere groep die ik ken heeft dit adres in haar gebied. Vertel de buur dat die zelf een groep kan beginnen, of vraag de gemeente of er een groep in de buurt is."
        case .noSetKnown:
            return "Ik weet niet welke groepen er in de buurt zijn. Vraag de gemeente of er een groep is voor dit adres, en vertel de buur wat de gemeente zegt."
        case .sharedPart(let group):
            return "Let op: dit adres ligt in een deel dat je groep deelt met \(group). Vertel \(group) dat deze buur bij jullie lid wordt, zodat die niet in twee groepen zit zonder het te weten."
        case .refused(let refusal, let words):
            let name = words.name
            switch refusal {
            case .outsideArea: return "\(name) kan geen lid worden: het adres ligt buiten het gebied."
            case .notInArea: return "\(name) kan geen lid worden: alleen wie in het gebied \(words.worksToo ? "woont of werkt" : "woont") kan lid worden."
            case .belowMinimumAge(let age): return "\(name) kan geen lid worden: de groep is voor \(age) jaar en ouder."
            case .parentDeclined: return "\(name) kan geen lid worden zonder toestemming van een ouder of verzorger."
            case .consentDeclined(let item): return "\(name) kan geen lid worden zonder een ja bij deze regel: '\(text(.checklistItem(item)))'"
            }
        case .nothingStored(let way):
            return "Ik heb niets bewaard. " + paperRefused(way)
        case .stopped(let way):
            // A pause, not a refusal: the sign-up is kept for the next try.
            return "Gestopt. Ik heb niets bewaard van deze aanmelding. Neem het lid later op met buurtstart lid." + (paper(way).map { " Bewaar \($0) tot dan." } ?? "")
        case .summaryHeading:
            return "Overzicht van de aanmelding"
        case .summaryLine(let line):
            return summaryLine(line)
        case .summaryHint(let name):
            return "Klopt alles? Typ klaar om \(name) in het ledenregister te zetten. Iets aanpassen? Typ terug."
        case .notStored(let file, let fault):
            return "Let op: ik kon \(file) niet schrijven: \(self.fault(fault)). Er is niets veranderd. Los het op en typ opnieuw klaar, of typ stop."
        case .stored(let name, let file, let count):
            return "\(name) staat in het ledenregister (\(file)). Nu \(count) \(count == 1 ? "lid" : "leden")."
        case .nextStepsHeading:
            return "Wat nu?"
        case .addInWhatsApp(let name, let phone):
            return "Voeg \(name) toe in de WhatsApp-groep met nummer \(phone)."
        case .pasteWelcome(let name):
            return "Stuur \(name) dit welkomstbericht in de groep (kopieer en plak):"
        case .welcome(let name, let groupWelcome):
            return "Welkom \(name)!\n" + groupWelcome
        case .keepPaper(let way, let name):
            switch way {
            case .slip: return "Bewaar het strookje en de getekende checklist op een veilige plek zolang \(name) lid is. Vernietig ze als \(name) weggaat."
            case .message: return "Bewaar de getekende checklist op een veilige plek zolang \(name) lid is. Wis het bericht met de gegevens: ze staan nu in het register."
            case .door: return "Bewaar de getekende checklist op een veilige plek zolang \(name) lid is. Vernietig hem als \(name) weggaat."
            }
        case .goThroughRules(let name):
            return "Neem de spelregels nog samen met \(name) door, bijvoorbeeld bij een kop koffie."
        case .warned(let name, let agreement, let count):
            return "Waarschuwing bewaard voor \(name): afspraak \(agreement.number), '\(text(.title(agreement)))'. "
                + (count == 1 ? "Dit is de eerste waarschuwing." : "Dit is waarschuwing \(count). Na een waarschuwing mag je een lid weghalen: gebruik --weg met --reden na-waarschuwing.")
        case .sendPrivately(let name):
            return "Stuur \(name) dit bericht privé, niet in de groep:"
        case .warningMessage(let name, let group, let agreement, let last):
            return "Hoi \(name), in \(group) hebben we afgesproken: '\(text(.title(agreement)))' (afspraak \(agreement.number) van de spelregels). Daar heb je je niet aan gehouden. "
                + (last ? "Je hebt al eerder een waarschuwing gehad. Dit is je laatste waarschuwing: de volgende keer haal ik je uit de groep."
                        : "Dit is een waarschuwing. Gebeurt het nog eens, dan haal ik je uit de groep.")
                + " Vragen? Stuur me een bericht."
        case .removedFromRegister(let name, let reason):
            return "\(name) staat niet meer in het ledenregister. Ik bewaar niets meer van \(name), alleen het aantal leden dat \(reasonWords(reason))."
        case .removalMessage(let name, let group, let reason, let agreement):
            switch reason {
            case .moved: return "Hoi \(name), je gaat verhuizen. Daarom haal ik je uit \(group). Bedankt dat je meedeed, en succes in je nieuwe buurt! Misschien is daar ook een buurtpreventiegroep."
            case .left: return "Hoi \(name), je hebt gevraagd om uit \(group) te gaan. Dat heb ik gedaan, en je gegevens heb ik gewist. Bedankt dat je meedeed!"
            case .outsideArea: return "Hoi \(name), het gebied van \(group) is kleiner geworden en je adres valt er nu buiten. Daarom haal ik je uit de groep. Je gegevens heb ik gewist. Bedankt dat je meedeed! Misschien is er een buurtpreventiegroep voor jouw adres."
            case .afterWarning, .atOnce:
                let rule = agreement.map { "'\(text(.title($0)))' (afspraak \($0.number))" } ?? ""
                return "Hoi \(name), " + (reason == .afterWarning ? "je hebt eerder een waarschuwing gekregen. Toch heb je je" : "je hebt je")
                    + " niet gehouden aan de afspraak \(rule) van \(group). Daarom haal ik je uit de groep. Je gegevens heb ik gewist."
            }
        case .afterRemoval(let name):
            return "Haal \(name) uit de WhatsApp-groep. Vernietig het strookje en de checklist van \(name), en wis berichten met de gegevens. Heb je de aanmelding van \(name) opgenomen met --record? Wis dan ook dat transcript en de map ernaast."
        case .tracesLeft(let name, let files):
            return "Let op: in de map van de groep staan nog de naam of het nummer van \(name), in \(list(files)). Wis die bestanden, of haal de gegevens van \(name) eruit."
        case .recordingInGroupFolder(let file, let folder):
            return "Ik schrijf het transcript \(file) niet: het ligt in de map van de groep (\(folder)). Daar zouden de naam, het adres en het nummer van het nieuwe lid blijven staan, ook als het lid later weggaat. Kies met --record een plek buiten die map, en wis het transcript als het lid weggaat."
        case .changeProblem(let problem):
            switch problem {
            case .unknownMember(let typed, let count):
                return "\(quoted(typed)) staat niet in het ledenregister (\(count) \(count == 1 ? "lid" : "leden")). Typ de naam zoals buurtstart leden hem toont."
            case .ambiguous(let typed, let names):
                return "Er zijn meer leden met de naam \(quoted(typed)): \(list(names)). Typ de hele naam."
            case .sameName(let typed, let picks):
                return "Er staan \(picks.count) leden met de naam \(quoted(typed)) in het ledenregister. Typ in plaats van de naam het adres of het telefoonnummer, zoals buurtstart leden ze toont: \(list(picks.map(quoted), or: true))."
            case .agreementNeeded:
                return "Zeg welke afspraak er niet is nagekomen, met --afspraak en het nummer uit de spelregels. Bijvoorbeeld: --afspraak 13"
            case .agreementUnknown(let typed, let chosen):
                return "\(quoted(typed)) is geen afspraak van deze groep. De groep heeft de afspraken \(list(chosen.map(String.init)))."
            case .notWarned(let name):
                return "\(name) heeft nog geen waarschuwing gehad. Geef eerst een waarschuwing met --waarschuw, of gebruik --reden meteen als de afspraken zeggen dat dit meteen mag."
            }
        case .membersColumn(let column):
            switch column {
            case .name: return "Naam"
            case .address: return "Adres"
            case .phone: return "Telefoon"
            case .added: return "Toegevoegd"
            case .charterVersion: return "Versie"
            case .warnings: return "Waarsch."
            case .toDo: return "Te doen"
            }
        case .toDo(let toDo):
            switch toDo {
            case .addressOutside: return "adres niet meer in het gebied"
            case .belowMinimumAge(let age): return "vraag of het lid \(age) jaar of ouder is"
            case .olderCharter(let version, let known):
                return "opnieuw akkoord nodig (was versie \(version)" + (known ? ")" : ", niet in de geschiedenis)")
            }
        case .toDoAdvice(let toDo, let name, let first, let pick, let directory):
            switch toDo {
            case .addressOutside(let heldBy):
                let holder = heldBy.isEmpty ? "" : " Het adres ligt in het gebied van \(list(heldBy)): daar kan \(first) zich aanmelden."
                return "\(name): het adres ligt niet meer in het gebied van de spelregels. Vertel het \(first).\(holder) "
                    + "Haal \(first) daarna weg met:\n  \(MemberCommandLine.remove(pick, reason: .outsideArea, directory: directory, language: .dutch))"
            case .belowMinimumAge(let age):
                return "\(name): de groep is nu voor \(age) jaar en ouder. Vraag of \(first) \(age) jaar of ouder is. "
                    + "Is \(first) jonger? Haal \(first) dan weg met:\n  \(MemberCommandLine.remove(pick, reason: .left, directory: directory, language: .dutch))"
            case .olderCharter(let version, let known):
                let what = known
                    ? "Sinds versie \(version) is er iets veranderd waarvoor leden opnieuw akkoord moeten gaan."
                    : "Versie \(version) staat niet in de geschiedenis in buurtstart.json, dus ik weet niet wat er sindsdien veranderd is. Vraag het voor de zekerheid opnieuw."
                return "\(name) ging akkoord met versie \(version) van de spelregels. \(what) "
                    + "Vraag \(first) opnieuw om akkoord met:\n  \(MemberCommandLine.renew(pick, directory: directory, language: .dutch))\n"
                    + "Gaat \(first) niet akkoord? Haal \(first) dan weg met:\n  \(MemberCommandLine.remove(pick, reason: .left, directory: directory, language: .dutch))"
            }
        case .membersEmpty(let file):
            return "Het ledenregister (\(file)) is nog leeg. Neem een lid op met: buurtstart lid"
        case .membersCount(let count, let toDo):
            return "\(count) \(count == 1 ? "lid" : "leden")" + (toDo == 0 ? "; er hoeft niets te gebeuren." : "; bij \(toDo) moet iets gebeuren.")
        case .registerUnreadable(let file, let error):
            let place = "\(file), regel \(error.line)" + (error.error.field.map { ", veld \($0)" } ?? "")
            let what = switch error.error.kind {
            case .unknownVersion(let version): "versie \(version) ken ik niet (ik ken versie \(RegisterFile.formatVersion))"
            case .missing: "daar ontbreekt iets"
            case .empty: "het register is leeg"
            case .badValue: "die waarde klopt niet"
            default: "dat kan ik niet lezen"
            }
            return "\(place): \(what). Herstel die regel (zie docs/members.md) of zet een reservekopie terug. Tot dan verander ik het register niet."
        }
    }

    /// How the register counts a member who left.
    private static func reasonWords(_ reason: RemovalReason) -> String {
        switch reason {
        case .moved: "verhuisd is"
        case .left: "zelf is weggegaan"
        case .afterWarning: "na een waarschuwing is verwijderd"
        case .atOnce: "meteen is verwijderd"
        case .outsideArea: "buiten het kleinere gebied woonde"
        }
    }

    /// The help of `lid` and `leden`.
    static func memberHelp(_ message: HelpText) -> String {
        switch message {
        case .abstract(.member):
            return "Neem een nieuw lid op met de checklist, geef een waarschuwing, of haal een lid weg."
        case .abstract(.members):
            return "Toon het ledenregister van de groep, met wat er moet gebeuren."
        case .discussion(.member):
            return """
            Zonder --waarschuw of --weg loop je met een nieuw lid de vragen en de checklist door, \
            regel voor regel. Het adres wordt meteen met het gebied vergeleken. Pas bij klaar komt \
            het lid in het ledenregister (leden.jsonl in de map van de groep, alleen voor jou te \
            lezen). Een aanmelding die niet kan, wordt niet bewaard. Typ bij elke vraag ? voor uitleg.
            Met --opnieuw loop je met een lid dat akkoord ging met een oudere versie de regels door \
            die sindsdien veranderd zijn, met ja of nee; bij een nee kun je vastleggen dat het lid weggaat.
            Afsluitstatus: 0 als het lid is opgenomen, opnieuw akkoord ging (of dat al was), een \
            waarschuwing bewaard of een lid weggehaald, 1 als het lid niet kon worden opgenomen, niet \
            akkoord ging of je stopte, 64 bij een verkeerde naam of afspraak, \
            65 als buurtstart.json of leden.jsonl niet klopt, 73 als de map in gebruik is.

            Voorbeelden:
              buurtstart lid --dir ~/zeeweg
              buurtstart lid --waarschuw "Fatima el Amrani" --afspraak 13
              buurtstart lid --weg Fatima --reden verhuisd
              buurtstart lid --opnieuw "Fatima el Amrani"
            """
        case .discussion(.members):
            return "Afsluitstatus: 0, ook als er iets moet gebeuren; 65 als buurtstart.json of leden.jsonl niet klopt."
        case .option(.warn):
            return "Bewaar een waarschuwing voor dit lid en toon een privébericht dat de afspraak noemt (met --afspraak)."
        case .option(.remove):
            return "Haal dit lid uit het register (met --reden) en wis alles van het lid."
        case .option(.again):
            return "Vraag dit lid opnieuw om akkoord met de regels die veranderd zijn sinds de versie van het lid."
        case .option(.reason):
            return "Waarom het lid weggaat: verhuisd, weg (zelf weg), na-waarschuwing, meteen of buiten-gebied (het gebied werd kleiner)."
        case .option(.agreement):
            return "De afspraak die niet is nagekomen: het nummer uit de spelregels."
        case .option(.membersFormat):
            return "Hoe:"
        case .membersFormat(.text): return "een tabel op het scherm, met wat er moet gebeuren (standaard)"
        case .membersFormat(.csv): return "CSV voor een spreadsheet"
        case .membersFormat(.json): return "JSON, met wat er moet gebeuren (docs/members.md)"
        case .value(.memberName): return "naam"
        default:
            return ""
        }
    }

    /// What to do with a sign-up that was not stored.
    /// The sign-up as it came in, as the object of a sentence; nil for one at the door.
    private static func paper(_ way: SignUpWay) -> String? {
        switch way {
        case .slip: "het strookje"
        case .message: "het bericht met de gegevens"
        case .door: nil
        }
    }

    private static func paperRefused(_ way: SignUpWay) -> String {
        switch way {
        case .slip: "Geef het strookje terug of vernietig het."
        case .message: "Wis het bericht met de gegevens."
        case .door: "Schrijf ook niets op."
        }
    }

    private static func summaryLine(_ line: IntakeSummaryLine) -> String {
        switch line {
        case .signedUp(let way): "Aanmelding: \(member(.signUpWay(way)))"
        case .name(let name): "Naam: \(name)"
        case .address(let address): "Adres: \(address)"
        case .residence(let residence): "In het gebied: \(member(.residence(residence)))"
        case .age(let atLeast, let parent): "Leeftijd: \(atLeast) jaar of ouder" + (parent.map { "; jonger dan 16, toestemming van \($0)" } ?? "")
        case .phone(let phone): "Telefoonnummer: \(phone)"
        case .checklist(let ticked, let count): "Checklist: \(ticked) van \(count) regels aangevinkt"
        case .rulesTogether(let together): "Spelregels samen doorgenomen: \(together ? "ja" : "nee")"
        case .addedBy(let admin): "Toegevoegd door: \(admin)"
        case .charter(let version, let date): "Akkoord met de spelregels: versie \(version) van \(date)"
        }
    }
}
