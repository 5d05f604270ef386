/// De woorden van het overzicht: de naam van elke regel, en elk deel ervan.
extension Dutch {
    static func reviewLabel(_ label: ReviewLabel) -> String {
        switch label {
        case .group: "Groep"
        case .area: "Gebied"
        case .postcodes: "Postcodes"
        case .boundary: "Grens"
        case .sharedWith: "Gedeeld met"
        case .members: "Leden"
        case .admins: "Beheerders"
        case .toPrint: "Afdrukken"
        case .agreements: "Afspraken"
        case .ownAgreements: "Eigen afspraken"
        case .contacts: "Contacten"
        }
    }

    static func reviewPart(_ part: ReviewPart) -> String {
        switch part {
        case .group(let name, let municipality, let neighbourhood): "\(orDash(name)) (gemeente \(orDash(municipality)), buurt \(orDash(neighbourhood)))"
        case .street(let street): text(.streetEntry(street))
        case .noStreets: "geen straten"
        case .none: "geen"
        case .minimumAge(let age): "\(age) jaar en ouder"
        case .eligibility(let eligibility): text(.eligibility(eligibility))
        case .expectedMembers(let count): "ongeveer \(count) leden"
        case .separateChatGroup(let separate): "aparte chatgroep: \(separate ? "ja" : "nee")"
        case .admin(let admin): admin.name + (admin.isContact ? " (contactpersoon)" : "") + (admin.phone.map { ", \($0)" } ?? "")
        case .noAdminsYet: "nog geen"
        case .phonesInCharter: "nummers in de spelregels"
        case .letter(let signer): "brief voor de buren" + (signer.isEmpty ? "" : " (van \(signer))")
        case .noLetter: "geen brief"
        case .introduction: "kennismaking voor de wijkagent"
        case .noIntroduction: "geen kennismaking"
        case .chosenAgreements(let count): "\(count) gekozen"
        case .approachGroupSize(let size): "aanspreken met minstens \(size)"
        case .photoRule(let rule): "foto's: \(text(.photoRule(rule)))"
        case .skinColourInDescription(let shown): "huidskleur in beschrijving: \(shown ? "ja" : "nee")"
        case .emergencyNumbers: "112, 0900-8844, 0800-7000"
        case .wijkagent(let name, let reach): "wijkagent: \(name)" + (reach.isEmpty ? "" : " (\(reach))")
        case .recommendBurgernet(let recommend): "Burgernet aanraden: \(recommend ? "ja" : "nee")"
        case .sharedWith(let group, let shared): "\(group) (\(Self.part(shared)))"
        }
    }
}
