/// The command line: files, export, replay, presets and the address check.
extension Dutch {
    static func text(_ message: ShellText) -> String {
        switch message {
        case .presetsList(let presets):
            return (["Startpunten met de keuzes van een gemeente of van veel groepen (gebruik: buurtstart --preset NAAM, of --preset BESTAND.json):"]
                + presets.map { "  \($0.name)  \($0.basedOn) (\($0.agreements?.count ?? AgreementID.recommended.count) afspraken)" })
                .joined(separator: "\n")
        case .presetUnknown(let name, let known):
            return "Het startpunt '\(name)' ken ik niet. Kies uit: \(list(known, or: true)), of geef een bestand: --preset mijn-gemeente.json"

        case .dataFile(let error, let file):
            return dataFile(error, file: file)
        case .folderInUse(let folder):
            return "In de map \(folder) loopt al een sessie van buurtstart. Maak die eerst af, of stop hem met stop. Zo overschrijven twee sessies elkaars antwoorden niet."
        case .documentsCompleted(let directory):
            return """
            In \(directory == "." ? "deze map" : "de map \(directory)") stopte buurtstart terwijl de documenten werden \
            vervangen. Dat heb ik nu afgemaakt: alle documenten horen weer bij elkaar.
            """
        case .documentsExist(let files, let directory):
            return """
            In \(directory == "." ? "deze map" : "de map \(directory)") \(files.count == 1 ? "staat" : "staan") al \(list(files)) \
            met een andere tekst. Er is niets vervangen. Gebruik --force om ze te vervangen.
            """
        case .exported(let files, let directory):
            return "Gemaakt: \(list(files)) in \(directory == "." ? "deze map" : "de map \(directory)")."
        case .documentsUpToDate(let files, let directory):
            return "Niets veranderd: \(list(files)) in \(directory == "." ? "deze map" : "de map \(directory)") \(files.count == 1 ? "was" : "waren") al bij."
        case .badDate(let text):
            return "'\(text)' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-26."
        case .unknownLanguage(let language):
            return "De taal '\(language)' ken ik niet. Kies \(list(Language.allCases.map(\.rawValue), or: true)), bijvoorbeeld --lang nl."
        case .replayOutNeedsOneFile:
            return "Met --out kan maar één transcript tegelijk. Noem er één, of laat --out weg."
        case .noGroupInFolder(let file, let start):
            return "\(file) ontbreekt: in deze map staat geen groep. Staat je groep in een andere map? Zet dan --dir en die map achter de opdracht. Een nieuwe groep start je met: \(start)"
        case .folderNotEmpty(let folder, let count):
            return "Je start buurtstart in de map \(folder). Daar \(count == 1 ? "staat al 1 bestand of map" : "staan al \(count) bestanden of mappen"), maar nog geen groep. Ik zet de bestanden van je groep (buurtstart.json en de documenten) in deze map."
        case .folderNotEmptyPrompt:
            return "Wil je de groep in deze map maken? (ja/nee): "
        case .folderNotEmptyYesOrNo:
            return "Typ ja of nee."
        case .folderNotEmptyDeclined(let start):
            return "Ik heb niets geschreven. Maak je groep in een eigen map, bijvoorbeeld zo:\n\(start)"
        case .folderNotEmptyPiped(let folder, let count, let start):
            return "Je start buurtstart in de map \(folder). Daar \(count == 1 ? "staat al 1 bestand of map" : "staan al \(count) bestanden of mappen"), maar nog geen groep. Ik zet de bestanden van je groep (buurtstart.json en de documenten) in deze map. Wil je een andere map? Kies die dan met --dir, bijvoorbeeld:\n\(start)"
        case .newGroupFolderExample:
            return "buurtpreventie"
        case .strictStopped(let question, let line):
            return "Gestopt door --strict: het antwoord op regel \(line) van de invoer past niet bij de vraag '\(question)'. Verbeter die regel. De antwoorden ervoor zijn bewaard: als je buurtstart opnieuw start, gaat de sessie daarmee verder."
        case .cannotUseFolder(let folder, let fault):
            return "Ik kan de map \(folder) niet gebruiken: \(self.fault(fault)). Kies een andere map met --dir."
        case .cannotUseStateFolder(let folder, let fault):
            return "Ik kan de map \(folder) niet gebruiken: \(self.fault(fault)). Daar houd ik bij welke pdf-bestanden ik al maakte. Maak die map bruikbaar, of kies een andere met XDG_STATE_HOME."
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
        case .replayUpdateFailed(let file, let fault):
            return "Ik kan \(file) niet schrijven: \(self.fault(fault)). Het transcript is niet goed bijgewerkt. Los het op en probeer het opnieuw."
        case .replayUnchanged(let file):
            return "\(file): niets veranderd."
        case .replayVerdict(.passed): return "klopt"
        case .replayVerdict(.differs): return "wijkt af"
        case .replayVerdict(.invalid): return "ongeldig"
        case .replayVerdict(.updated): return "bijgewerkt"
        case .replayVerdict(.failed): return "mislukt"
        case .replayTotal(let passed, let failed): return "\(passed) geslaagd, \(failed) mislukt"
        case .replaySide(let recorded): return recorded ? "(opgenomen)" : "(opnieuw afgespeeld)"
        case .recordingFailed(let file, let fault):
            return "Ik kan het transcript \(file) niet schrijven: \(self.fault(fault)). Kies een andere plek met --record."
        case .documentsPartlyPlaced(let directory, let fault):
            return "Ik kon niet alle nieuwe documenten in \(directory == "." ? "deze map" : "de map \(directory)") op hun plaats zetten: \(self.fault(fault)). Een deel is al nieuw, de rest staat klaar naast de oude. Los het op en maak ze opnieuw met export, of start buurtstart in de map: dan zet ik de rest op zijn plaats."
        case .recordingExists(let file, let folder):
            return "\(file) of een bestand in de map \(folder) bestaat al. Er is niets vervangen. Kies een andere naam met --record, of gebruik --force om ze te vervangen."
        case .recordingOntoGroup(let file, let folder):
            return "Ik schrijf het transcript \(file) niet: het transcript of de map ernaast (\(folder)) zou de eigen bestanden van de groep vervangen, zoals buurtstart.json. Kies een andere naam met --record."
        case .recordingCut(let file, let fault):
            return "Let op: ik kon het transcript \(file) niet afmaken: \(self.fault(fault)). Het houdt op bij de laatste hele regel die lukte. De sessie gaat gewoon door."

        case .browserMissing:
            return "Voor pdf-bestanden heb ik Chromium nodig, en dat vind ik niet. Installeer het met: sudo apt install chromium. Of maak de pagina's met --format html, open ze in een browser en druk ze af."
        case .printingPages(let count):
            return "Ik maak \(count) \(count == 1 ? "pdf-bestand" : "pdf-bestanden") met Chromium."
        case .pagePrinted(let file):
            return "Klaar: \(file)"
        case .printFailed(let page, let status):
            return "Chromium kon geen pdf maken van \(page)\(status.map { " (status \($0))" } ?? ""). Er is niets vervangen. Probeer --format html, en druk de pagina af vanuit een browser."
        case .printTimedOut(let page, let seconds):
            return "Chromium was na \(seconds) \(seconds == 1 ? "seconde" : "seconden") nog niet klaar met \(page). Ik heb het gestopt, en er is niets vervangen. Probeer het later opnieuw, of maak de pagina's met --format html en druk ze af vanuit een browser."
        case .printedTooLong(let file, let pages, let maximum):
            let sheets = maximum == 1 ? "één A4" : "\(maximum) A4's"
            return "Let op: \(file) is \(pages) A4's lang, en dat mag maar \(sheets) zijn." + (file.hasPrefix("letter.") ? " Het strookje staat dan niet op de brief." : "")
                + " Maak teksten korter (bijvoorbeeld de straten, de eigen afspraken of waar buren zich aanmelden) en maak de pdf opnieuw."
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
        case .addressInNoGroup(let address, let read, let unreadable, let postcodeGiven):
            return "\(address) valt in het gebied van geen enkele groep (\(read) \(read == 1 ? "groep" : "groepen") gelezen)."
                + (unreadable == 0 ? "" : " Maar \(unreadable) \(unreadable == 1 ? "map" : "mappen") kon ik niet lezen (zie hierboven): daar kan het adres wel in vallen.")
                + (postcodeGiven ? "" : " Noemen de gebieden postcodes? Geef dan ook de postcode met --postcode.")
        case .addressInGroups(let address, let found, let unreadable):
            return (["\(address) valt in het gebied van \(found.count == 1 ? "1 groep" : "\(found.count) groepen"):"]
                + found.map { "  \($0.group)\($0.finished ? "" : " (wordt nog opgezet)"): " + matched($0.entry, $0.position) }
                + (unreadable == 0 ? [] : ["\(unreadable) \(unreadable == 1 ? "map" : "mappen") kon ik niet lezen (zie hierboven): misschien valt het adres ook daarin."]))
                .joined(separator: "\n")
        case .registerColumn(let column):
            switch column {
            case .name: return "Naam"
            case .municipality: return "Gemeente"
            case .neighbourhood: return "Buurt"
            case .area: return "Gebied"
            case .expectedMembers: return "Leden"
            case .contact: return "Contact"
            case .version: return "Versie"
            case .date: return "Datum"
            case .finished: return "Klaar"
            }
        case .registerArea(let streets, let more, let postcodes):
            let named = streets + (more > 0 ? ["nog \(more)"] : [])
            return [named.joined(separator: ", "), postcodes.map(\.description).joined(separator: ", ")]
                .filter { !$0.isEmpty }.joined(separator: "; ")
        case .registerFinished(let finished):
            return finished ? "ja" : "nee"
        case .registerMunicipality(let name, let groups):
            return "\(name.isEmpty ? "Gemeente nog niet ingevuld" : "Gemeente \(name)"): \(groups == 1 ? "1 groep" : "\(groups) groepen")"
        case .registerEmpty(let folder):
            return "In \(folder) staan geen mappen van groepen (een map met een buurtstart.json)."
        case .overlapPair(let first, let second):
            return "\(first) en \(second) delen een deel van hun gebied:"
        case .overlapPairPart(let overlap):
            return "  \(part(overlap.ours))  en  \(part(overlap.theirs))  (samen: \(part(overlap.shared)))"
        case .noOverlaps(let groups):
            return "Geen overlap: geen twee groepen delen een deel van hun gebied (\(groups) \(groups == 1 ? "groep" : "groepen") gelezen)."
        case .groupsRead(let read, let unreadable):
            return "\(read) \(read == 1 ? "groep" : "groepen") gelezen; \(unreadable) \(unreadable == 1 ? "map kon" : "mappen konden") niet gelezen worden (zie hierboven)."
        case .groupsSetUnreadable(let folder, let fault, let remembered):
            return "Ik kan de map met groepen \(quoted(folder)) niet lezen: \(self.fault(fault))." + groupsSetAdvice(remembered)
        case .groupFolderUnreadable(let file, let fault):
            return "Ik kan \(file) niet lezen: \(self.fault(fault)). Deze groep sla ik over; de andere groepen lees ik wel. Kijk of de map van de groep en de buurtstart.json erin te lezen zijn."
        case .groupsSetIsAGroup(let folder, let remembered):
            return "\(quoted(folder)) is de map van één groep: er staat een buurtstart.json in." + groupsSetAdvice(remembered)
        }
    }

    /// What to do about a set of groups that cannot be used: give the folder that holds the
    /// group folders; a remembered one is said to come from buurtstart.json, and the session goes on.
    private static func groupsSetAdvice(_ remembered: Bool) -> String {
        remembered
            ? " Deze map staat in buurtstart.json, van een eerdere keer. Ik vergelijk je gebied nu met geen andere groep. Wil je dat wel? Geef de map waarin de mappen van de groepen staan: --groups MAP."
            : " Geef met --groups de map waarin de mappen van de groepen staan."
    }

    /// Which entry of a group's area holds an address.
    private static func matched(_ entry: AreaPart, _ position: Int) -> String {
        switch entry {
        case .street(let street): "straat \(position), \(text(.streetEntry(street)))"
        case .postcode(let postcode): "postcode \(position), \(postcode)"
        }
    }
}
