/// A change of the rules, in Dutch.
extension Dutch {
    static func text(_ message: ChangeText) -> String {
        switch message {
        case .sessionHeading(let from, let to):
            return "Dit verandert er van versie \(from) naar versie \(to):"
        case .change(let change):
            return line(change.kind)
        case .sessionAgreeAgain(let changes):
            return """
            Door \(list(changes.map { "\"\(line($0.kind))\"" })) zien meer mensen de gegevens van leden. \
            Leden gaven daar nog geen toestemming voor. Vraag ze opnieuw of ze akkoord zijn. \
            Het bericht voor de groep in whatsapp.txt zegt dat ook.
            """
        case .sessionAdminsConsent:
            return """
            De telefoonnummers van de beheerders komen in de spelregels. Iedereen die de spelregels leest, \
            ziet ze dan, ook op papier. Vraag eerst elke beheerder of dat goed is.
            """
        case .whatsAppSection(let version):
            return "--- Nieuwe spelregels (versie \(version)): bericht voor de groep ---"
        case .announcement(let name, let version, let changes, let agreeAgain, let admins):
            let again = !agreeAgain ? "" : """
                \n\nDoor deze verandering zien meer mensen je telefoonnummer of gegevens. \
                Daarom vragen we je opnieuw of je akkoord bent. Een beheerder vraagt het je. \
                Ben je het er niet mee eens? Dan kun je de groep verlaten. Je telefoonnummer en gegevens halen we dan weg.
                """
            return """
            *Nieuwe spelregels (versie \(version))*
            De spelregels van *\(name)* zijn veranderd. Dit is er anders:
            """ + changes.map { "\n- " + $0 }.joined() + again
                + "\n\nDe nieuwe spelregels krijg je van \(admins.count == 1 ? "de beheerder" : "een beheerder"): \(list(admins))."
        case .newerVersionBeingWritten(let group, let version):
            return "Let op: voor \(group.isEmpty ? "deze groep" : group) wordt een nieuwe versie geschreven. Tot die klaar is, geldt versie \(version)."
        }
    }

    private static func line(_ kind: CharterChange.Kind) -> String {
        switch kind {
        case .agreementAdded(let id): "Nieuwe afspraak: \(title(id))"
        case .agreementRemoved(let id): "Afspraak vervalt: \(title(id))"
        case .agreementChoice(let id, let was, let now): "Afspraak met een andere keuze: \(title(id)): nu \(choice(now)) (was: \(choice(was)))"
        case .ownAgreementAdded(let text): "Nieuwe eigen afspraak: \(text)"
        case .ownAgreementRemoved(let text): "Eigen afspraak vervalt: \(text)"
        case .areaAdded(let part): "Het gebied wordt groter: \(areaPart(part))"
        case .areaRemoved(let part): "Niet meer in het gebied: \(areaPart(part))"
        case .streetChanged(let now, let was, let direction):
            switch direction {
            case .grows: "Het gebied wordt groter: \(entries(now)) (was: \(entries(was)))"
            case .shrinks: "Het gebied wordt kleiner: \(entries(now)) (was: \(entries(was)))"
            case .both: "Het gebied verandert: \(entries(now)) (was: \(entries(was)))"
            }
        case .boundary(let text): text.isEmpty ? "De grens van het gebied staat niet meer apart beschreven" : "Nieuwe grens van het gebied: \(text)"
        case .minimumAge(_, let to): "Leden zijn nu \(to) jaar of ouder"
        case .eligibility(let now): "Wie mag meedoen: \(text(DocumentText.eligibility(now)))"
        case .adminAdded(let name): "Nieuwe beheerder: \(name)"
        case .adminRemoved(let name): "\(name) is geen beheerder meer"
        case .contactAdmin(let name): "Contactpersoon voor gemeente en politie: \(name)"
        case .phonesInCharter(let on): on ? "De telefoonnummers van de beheerders staan in de spelregels" : "De telefoonnummers van de beheerders staan niet meer in de spelregels"
        case .wijkagent: "De gegevens van de wijkagent zijn veranderd"
        case .burgernet(let on): on ? "We raden Burgernet aan" : "We raden Burgernet niet meer aan"
        case .chatGroup(let on): on ? "Er komt een aparte chatgroep om te praten" : "De aparte chatgroep stopt"
        case .groupName(let name): "De groep heet nu \(name)"
        case .place(let municipality, let neighbourhood): "Nieuwe plaats van de groep: \(text(DocumentText.charterPlace(municipality: municipality, neighbourhood: neighbourhood)))"
        case .expectedMembers(let count): count.map { "We verwachten nu ongeveer \($0) leden" } ?? "Het aantal leden dat we verwachten, staat er niet meer in"
        case .signUpContact(let contact): contact.map { "Aanmelden kan nu \($0)" } ?? "Hoe je je aanmeldt, staat niet meer in de uitnodiging: vraag het een beheerder"
        case .adminPhone(let name): "\(name) heeft een ander telefoonnummer in de spelregels"
        }
    }

    private static func choice(_ choice: CharterChange.AgreementChoice) -> String {
        switch choice {
        case .approachGroupSize(let size): "iemand aanspreken met minstens \(size) mensen"
        case .photos(let rule): text(DocumentText.photoRule(rule))
        case .skinColour(let shown): shown ? "huidskleur noemen in een beschrijving" : "geen huidskleur noemen in een beschrijving"
        }
    }

    private static func entries(_ entries: [StreetEntry]) -> String {
        list(entries.map { text(DocumentText.streetEntry($0)) })
    }

    private static func areaPart(_ part: AreaPart) -> String {
        switch part {
        case .street(let entry): text(DocumentText.streetEntry(entry))
        case .postcode(let postcode): "postcode \(postcode.description)"
        }
    }
}
