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
        case .agreementChoice(let id): "Afspraak met een andere keuze: \(title(id))"
        case .ownAgreementAdded(let text): "Nieuwe eigen afspraak: \(text)"
        case .ownAgreementRemoved(let text): "Eigen afspraak vervalt: \(text)"
        case .areaAdded(let part): "Het gebied wordt groter: \(areaPart(part))"
        case .areaRemoved(let part): "Niet meer in het gebied: \(areaPart(part))"
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
        }
    }

    private static func areaPart(_ part: AreaPart) -> String {
        switch part {
        case .street(let entry): text(DocumentText.streetEntry(entry))
        case .postcode(let postcode): "postcode \(postcode.description)"
        }
    }
}
