/// A change of the rules, in English.
extension English {
    static func text(_ message: ChangeText) -> String {
        switch message {
        case .sessionHeading(let from, let to):
            return "This changes from version \(from) to version \(to):"
        case .change(let change):
            return line(change.kind)
        case .sessionAgreeAgain(let changes):
            return """
            With \(list(changes.map { "\"\(line($0.kind))\"" })), more people see members' details. \
            Members have not agreed to that yet. Ask them again whether they agree. \
            The message for the group in whatsapp.txt says so too.
            """
        case .sessionAdminsConsent:
            return """
            The admins' phone numbers go into the rules. Everyone who reads the rules then sees them, \
            on paper too. Ask each admin first whether that is all right.
            """
        case .whatsAppSection(let version):
            return "--- New rules (version \(version)): message for the group ---"
        case .announcement(let name, let version, let changes, let agreeAgain, let admins):
            let again = !agreeAgain ? "" : """
                \n\nWith this change, more people see your phone number or details. \
                So we ask you again whether you agree. An admin will ask you. \
                Do you not agree? Then you can leave the group. We then remove your phone number and details.
                """
            return """
            *New rules (version \(version))*
            The rules of *\(name)* have changed. This is different:
            """ + changes.map { "\n- " + $0 }.joined() + again
                + "\n\nYou get the new rules from \(admins.count == 1 ? "the admin" : "an admin"): \(list(admins))."
        case .newerVersionBeingWritten(let group, let version):
            return "Note: a new version is being written for \(group.isEmpty ? "this group" : group). Until it is finished, version \(version) applies."
        }
    }

    private static func line(_ kind: CharterChange.Kind) -> String {
        switch kind {
        case .agreementAdded(let id): "New agreement: \(title(id))"
        case .agreementRemoved(let id): "Agreement dropped: \(title(id))"
        case .agreementChoice(let id, let was, let now): "Agreement with another choice: \(title(id)): now \(choice(now)) (was: \(choice(was)))"
        case .ownAgreementAdded(let text): "New own agreement: \(text)"
        case .ownAgreementRemoved(let text): "Own agreement dropped: \(text)"
        case .areaAdded(let part): "The area grows: \(areaPart(part))"
        case .areaRemoved(let part): "No longer in the area: \(areaPart(part))"
        case .streetChanged(let now, let was, let direction):
            switch direction {
            case .grows: "The area grows: \(entries(now)) (was: \(entries(was)))"
            case .shrinks: "The area shrinks: \(entries(now)) (was: \(entries(was)))"
            case .both: "The area changes: \(entries(now)) (was: \(entries(was)))"
            }
        case .boundary(let text): text.isEmpty ? "The area's boundary is no longer described apart" : "New boundary of the area: \(text)"
        case .minimumAge(_, let to): "Members are now \(to) or older"
        case .eligibility(let now): "Who may join: \(text(DocumentText.eligibility(now)))"
        case .adminAdded(let name): "New admin: \(name)"
        case .adminRemoved(let name): "\(name) is no longer an admin"
        case .contactAdmin(let name): "Contact for the municipality and police: \(name)"
        case .phonesInCharter(let on): on ? "The admins' phone numbers are in the rules" : "The admins' phone numbers are no longer in the rules"
        case .wijkagent: "The wijkagent's details have changed"
        case .burgernet(let on): on ? "We recommend Burgernet" : "We no longer recommend Burgernet"
        case .chatGroup(let on): on ? "A separate chat group is added, to talk" : "The separate chat group stops"
        case .groupName(let name): "The group is now called \(name)"
        case .place(let municipality, let neighbourhood): "New place of the group: \(text(DocumentText.charterPlace(municipality: municipality, neighbourhood: neighbourhood)))"
        case .expectedMembers(let count): count.map { "We now expect about \($0) members" } ?? "The number of members we expect is no longer given"
        case .signUpContact(let contact): contact.map { "To sign up now: \($0)" } ?? "The invitation no longer says how to sign up: ask an admin"
        case .adminPhone(let name): "\(name) has another phone number in the rules"
        }
    }

    private static func choice(_ choice: CharterChange.AgreementChoice) -> String {
        switch choice {
        case .approachGroupSize(let size): "approach someone with at least \(size) people"
        case .photos(let rule): text(DocumentText.photoRule(rule))
        case .skinColour(let shown): shown ? "skin colour named in a description" : "no skin colour named in a description"
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
