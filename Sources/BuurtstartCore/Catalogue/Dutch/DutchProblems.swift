/// What was wrong with an answer or a file, and what to do.
extension Dutch {
    static func problem(_ problem: Problem) -> String {
        switch problem {
        case .answerRequired:
            return "Je hebt nog niets ingevuld. Typ een antwoord, of ? voor uitleg."
        case .invisibleCharacters:
            return "Je antwoord bevat onzichtbare tekens, stuurtekens of tekens die niet goed zijn doorgekomen. Typ het antwoord opnieuw met de hand."
        case .textTooLong(let limit, let count):
            return "Dit antwoord is te lang: \(count) tekens. Het mag hoogstens \(limit) tekens zijn. Maak het korter."
        case .groupNameTooLong(let count):
            return "Deze naam is te lang: \(count) tekens. Het mag hoogstens \(AnswerLimits.groupName) tekens zijn. Kies een kortere naam, bijvoorbeeld: Buurtpreventie Zeeweg."
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
        case .streetAmbiguous(let name, let numbers):
            let kind = numbers.contains(where: { !$0.isNumber }) ? "huisnummers" : "huisnummer"
            return """
            \(quoted(name + " " + numbers)) kan twee dingen betekenen. Typ wat je bedoelt:
              \(kind) \(numbers) van de straat \(name): "\(name)" \(numbers)
              de hele straat met de naam \(name) \(numbers): "\(name) \(numbers)"
            """
        case .streetNumberInName(let name, let rest):
            return """
            In \(quoted(name + " " + rest)) staat een getal in de naam van de straat.
              Hoort het bij de naam? Zet de naam tussen aanhalingstekens: "\(name)" \(rest)
              Anders: typ één nummer of één reeks, bijvoorbeeld Voorstraat 10-80.
            """
        case .streetWordsUnknown(let words, let understood):
            return """
            \(quoted(words)) begrijp ik niet. Bedoel je: \(understood)? Typ een straat, dan eventueel \
            huisnummers en een kant, bijvoorbeeld: Zeeweg 1-99 oneven.
            """
        case .streetQuoteUnclosed:
            return "Ik mis het aanhalingsteken achter de naam. Voorbeeld: \"Plein 1813\" of \"Plein 1813\" 1-20."
        case .areaEmpty:
            return "Het gebied is nog leeg. Vul minstens één straat of één postcode in."
        case .notANumber(let text):
            return "\(quoted(text)) is geen getal. Typ alleen cijfers, bijvoorbeeld 18."
        case .ageBelowWhatsAppMinimum(let age):
            return "\(age) jaar is te jong: WhatsApp mag in de EU pas vanaf \(AnswerLimits.age.lowerBound) jaar. Kies 13 of ouder, bijvoorbeeld 18."
        case .ageTooHigh(let age):
            return "\(age) jaar is te hoog. Kies een leeftijd van 13 tot en met 99, bijvoorbeeld 18."
        case .membersTooFew:
            return "Een groep heeft minstens 2 leden. Typ een aantal, bijvoorbeeld 40. Weet je het niet? Typ dan -."
        case .membersAboveWhatsAppLimit(let count):
            return "\(count) leden past niet: een WhatsApp-groep heeft hoogstens 1024 leden. Maak twee groepen en verdeel het gebied langs een straat."
        case .municipalityUnknown(let text, let closest, let count, let year):
            let keep = "Is \(quoted(text)) toch goed? Typ het dan nog een keer."
            guard closest.isEmpty else {
                return "\(quoted(text)) staat niet in de lijst van de \(count) gemeenten van \(year). Bedoel je \(list(closest, or: true))? Typ dan die naam. \(keep)"
            }
            return """
            \(quoted(text)) staat niet in de lijst van de \(count) gemeenten van \(year). Is het een dorp of een wijk? \
            Typ dan de gemeente waar het bij hoort. De naam van je dorp of wijk typ je bij de volgende vraag. \(keep)
            """
        case .municipalityAmbiguous(let text, let names):
            return "Er zijn \(names.count) gemeenten met de naam \(text): \(list(names)). Typ de naam met de letters erachter, bijvoorbeeld \(names[0])."
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
        case .signerNotAName(let text):
            return "\(quoted(text)) is geen voornaam. Typ de voornaam waarmee je de brief ondertekent, bijvoorbeeld Anna."
        case .positionUnknown(let number, let count):
            if count == 0 { return "De lijst is leeg. Er is niets om weg te halen." }
            return "Er is geen nummer \(number). Kies een nummer van 1 tot en met \(count). Typ lijst om de lijst te zien."
        case .agreementUnknown(let word):
            return "\(quoted(word)) ken ik niet als afspraak. Typ een nummer (3), een min en een nummer om uit te zetten (-3), of: alles, geen, aanbevolen."
        case .agreementsConflict(let new, let other):
            return """
            Afspraak \(named(new)) en afspraak \(named(other)) spreken elkaar tegen. \
            Kies er één: typ \(new.number) -\(other.number) of -\(new.number) \(other.number).
            """
        case .agreementNeeds(let id, let needed):
            return """
            Afspraak \(named(id)) werkt alleen samen met afspraak \(named(needed)). \
            Zet ze allebei aan (\(id.number) \(needed.number)), of zet afspraak \(id.number) uit (-\(id.number)).
            """
        case .noAgreementChosen:
            return "Er staat nog geen afspraak aan. Een groep zonder afspraken werkt niet goed. Typ aanbevolen, of de nummers van de afspraken die je wilt."
        case .approachGroupTooSmall:
            let sizes = AgreementChoices.approachGroupSizes
            return "Kies een aantal van \(sizes.lowerBound) tot en met \(sizes.upperBound). In je eentje iemand aanspreken is niet veilig, en met meer mensen wordt het een groep tegen één."
        case .addressShape(let text):
            return "\(quoted(text)) begrijp ik niet als adres. Schrijf de straat en het huisnummer, bijvoorbeeld: Zeeweg 12."
        case .addressWordsUnknown(let text, let words, let understood):
            return "\(quoted(text)) begrijp ik niet als adres: \(quoted(words)) hoort er niet in. Bedoel je: \(understood)? Schrijf de straat en het huisnummer, bijvoorbeeld: Zeeweg 12."
        case .addressNumberInName(let text, let name, let number):
            return """
            \(quoted(text)) begrijp ik niet als adres: er staat een getal in de naam van de straat.
              Hoort het bij de naam? Zet de naam tussen aanhalingstekens: "\(name)" \(number)
              Anders: schrijf de straat en één huisnummer, bijvoorbeeld: Zeeweg 12.
            """
        case .dateShape(let text):
            if text.isEmpty { return "De datum ontbreekt. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26." }
            return "\(quoted(text)) is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26."
        case .numberBelow(let number, let lowest):
            return "\(number) is te laag. Het laagste getal hier is \(lowest)."
        case .numberAbove(let number, let highest):
            return "\(number) is te hoog. Het hoogste getal hier is \(highest)."
        case .agreementTwice(let id):
            return "Afspraak \(id) staat twee keer in de lijst. Haal er één weg."
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
        case .symbolicLink: "daar staat een verwijzing naar een ander bestand; die volg ik niet, zodat ik niet per ongeluk een ander bestand overschrijf"
        case .alreadyExists: "er staat al een bestand met die naam; kies een nieuwe naam"
        case .groupFile: "dat is een bestand van de groep zelf, en dat vervang ik niet door een transcript"
        case .notRegularFile: "dat is geen gewoon bestand (maar bijvoorbeeld een pijp of een apparaat); ik lees alleen gewone bestanden"
        case .tooLarge(let limit): "het bestand is groter dan \(limit >> 20) MB, veel groter dan een bestand van buurtstart ooit wordt; ik lees het niet"
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
        case .duplicateKey:
            return "\(place) staat twee keer in het bestand, en ik weet niet welke waarde je bedoelt. Haal er één weg (zie docs/answers.md) of zet een reservekopie terug."
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
        case .badFile(let header, let path):
            return "de regel \(header.rawValue): noemt '\(path)', maar dat moet een bestand naast het transcript zijn, zonder .. of / vooraan."
        case .unknownDocument(let name):
            return "'\(name)' is geen document van buurtstart. Gebruik charter.txt of checklist.txt."
        case .unescaped(let line):
            return "de regel '\(line)' begint met » of # maar is geen invoer of kop. Zet er een \\ voor als het uitvoer is."
        case .badEscape(let text):
            return "'\(text)' bevat een \\ die ik niet begrijp. Schrijf \\\\ voor een \\, of \\u{1B} voor een onzichtbaar teken."
        case .controlCharacter(let shown):
            let windows = shown == "\\u{D}" ? " Is het bestand met Windows-regeleinden opgeslagen? Sla het op met alleen LF." : ""
            return "deze regel bevat een onzichtbaar stuurteken (\(shown)). Een transcript is gewone tekst: haal het teken weg, of schrijf het in getypte invoer als \(shown).\(windows)"
        case .afterEnd:
            return "na het einde van de invoer (␄) kan niets meer getypt zijn."
        case .fileUnreadable(let header, let name, let fault):
            return "het bestand '\(name)' van de regel \(header.rawValue): is niet te lezen: \(self.fault(fault))."
        case .fileInvalid(_, let name, let error):
            return dataFile(error, file: name)
        case .badGroups:
            return "de regel groups: mist een map. Voorbeeld: # groups: groepen"
        case .groupsUnreadable(let fault):
            return "de map met groepen is niet te lezen: \(self.fault(fault))."
        }
    }
}
