/// A renewed agreement in Dutch, and the members outside an area that became smaller.
extension Dutch {
    static func text(_ message: RenewalText) -> String {
        switch message {
        case .opening(let name, let first, let version, let current, let lines):
            return """
            Opnieuw akkoord voor \(name). \(first) ging akkoord met versie \(version) van de spelregels; nu geldt versie \(current). \
            Loop \(lines == 1 ? "de regel" : "de \(lines) regels") hieronder samen met \(first) door. \
            Ik verander niets in het ledenregister tot de laatste regel beantwoord is.
            """
        case .notNeeded(let name, let version):
            return "Sinds versie \(version) is er niets veranderd waarvoor \(name) opnieuw akkoord moet gaan. Je kunt het nieuwe akkoord toch vastleggen."
        case .wideningChanges:
            return "Hierdoor zien meer mensen de gegevens van leden:"
        case .noLineChanged(let version):
            return "Geen regel van de checklist is anders dan in versie \(version). Loop daarom de toestemmingen nog één keer door."
        case .versionUnknown(let version):
            return """
            Versie \(version) staat niet in de geschiedenis in buurtstart.json: die map is ouder dan de geschiedenis. \
            Ik weet dus niet wat er sinds versie \(version) veranderd is. Loop voor de zekerheid alle regels van de checklist door.
            """
        case .question(let name):
            return "Gaat \(name) hiermee akkoord?"
        case .help(let name):
            return """
            Deze regel is nieuw of anders sinds de versie waarmee \(name) akkoord ging. \
            Alleen met een ja bij elke regel blijft \(name) lid onder de nieuwe spelregels. Typ ja of nee.
            """
        case .leaveHelp(let name):
            return "Typ ja als \(name) de groep verlaat: ik haal \(name) dan uit het ledenregister. Typ nee om nu niets te veranderen."
        case .cannotStay(let name, let line):
            return "Zonder een ja bij deze regel kan \(name) niet in de groep blijven onder de nieuwe spelregels: '\(text(.checklistItem(line)))'"
        case .leaveQuestion(let name):
            return """
            Verlaat \(name) de groep? Typ ja: dan haal ik \(name) uit het ledenregister en bewaar ik niets meer van \(name). \
            Typ nee als je er eerst nog over wilt praten: dan verander ik niets.
            """
        case .optionalDeclined(let name, _):
            return "Goed: \(name) gaat niet in de aparte chatgroep. Voeg \(name) daar dus niet toe."
        case .renewed(let name, let version, let date, let file):
            return "\(name) is akkoord met versie \(version) van de spelregels (\(date)). Dat staat nu in het ledenregister (\(file))."
        case .keepNewChecklist(let name, let version):
            return "Bewaar de getekende checklist van versie \(version) bij de papieren van \(name), en vernietig de oude."
        case .goodbye(let name, let group, let version):
            return """
            Hoi \(name), je gaat niet akkoord met de nieuwe spelregels van \(group) (versie \(version)). \
            Daarom haal ik je uit de groep. Je gegevens heb ik gewist. Bedankt dat je meedeed!
            """
        case .unchanged(let name, let version, let again, let remove):
            return """
            Er is niets veranderd: \(name) staat nog met versie \(version) in het ledenregister, en buurtstart leden noemt \(name) bij wat er moet gebeuren. \
            Vraag het later opnieuw met: \(again)
            Gaat \(name) weg? Haal \(name) dan weg met: \(remove)
            """
        case .stopped(let again):
            return "Gestopt. Er is niets veranderd in het ledenregister. Vraag het later opnieuw met: \(again)"
        case .notStored(let file, let fault):
            return "Let op: ik kon \(file) niet schrijven: \(self.fault(fault)). Er is niets veranderd. Los het op en typ je antwoord opnieuw, of typ stop."
        case .alreadyCurrent(let name, let version):
            return "\(name) ging al akkoord met versie \(version), de versie die nu geldt. Er verandert niets."
        case .outsideNewArea(let count, let version, let list):
            return """
            Let op: \(count == 1 ? "1 lid woont" : "\(count) leden wonen") niet meer in het gebied van versie \(version). \
            Wie dat \(count == 1 ? "is" : "zijn") en wat je moet doen, zie je met: \(list)
            """
        }
    }
}
