/// The overview's words: the label of each line, and each part of it.
extension English {
    static func reviewLabel(_ label: ReviewLabel) -> String {
        switch label {
        case .group: "Group"
        case .area: "Area"
        case .postcodes: "Postcodes"
        case .boundary: "Boundary"
        case .sharedWith: "Shared with"
        case .members: "Members"
        case .admins: "Admins"
        case .toPrint: "To print"
        case .agreements: "Agreements"
        case .ownAgreements: "Own agreements"
        case .contacts: "Contacts"
        }
    }

    static func reviewPart(_ part: ReviewPart) -> String {
        switch part {
        case .group(let name, let municipality, let neighbourhood): "\(orDash(name)) (municipality \(orDash(municipality)), neighbourhood \(orDash(neighbourhood)))"
        case .street(let street): text(.streetEntry(street))
        case .noStreets: "no streets"
        case .none: "none"
        case .minimumAge(let age): "\(age) and older"
        case .eligibility(let eligibility): text(.eligibility(eligibility))
        case .expectedMembers(let count): "about \(count) members"
        case .separateChatGroup(let separate): "separate chat group: \(separate ? "yes" : "no")"
        case .admin(let admin): admin.name + (admin.isContact ? " (contact)" : "") + (admin.phone.map { ", \($0)" } ?? "")
        case .noAdminsYet: "none yet"
        case .phonesInCharter: "numbers in the rules"
        case .letter(let signer): "letter for the neighbours" + (signer.isEmpty ? "" : " (from \(signer))")
        case .noLetter: "no letter"
        case .introduction: "introduction for the wijkagent"
        case .noIntroduction: "no introduction"
        case .chosenAgreements(let count): "\(count) chosen"
        case .approachGroupSize(let size): "approach with at least \(size)"
        case .photoRule(let rule): "photos: \(text(.photoRule(rule)))"
        case .skinColourInDescription(let shown): "skin colour in a description: \(shown ? "yes" : "no")"
        case .emergencyNumbers: "112, 0900-8844, 0800-7000"
        case .wijkagent(let name, let reach): "wijkagent: \(name)" + (reach.isEmpty ? "" : " (\(reach))")
        case .recommendBurgernet(let recommend): "recommend Burgernet: \(recommend ? "yes" : "no")"
        case .sharedWith(let group, let shared): "\(group) (\(Self.part(shared)))"
        }
    }
}
