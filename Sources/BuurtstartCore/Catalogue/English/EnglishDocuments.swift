/// The documents: charter, checklist and whatsapp.txt, and how answers are described in them.
extension English {
    static func text(_ message: DocumentText) -> String {
        switch message {
        case .whatsAppTitle(let name):
            return "WhatsApp texts for \(name)\n" + String(repeating: "=", count: min(72, 19 + name.count))
                + "\nCopy each part into WhatsApp separately. *Asterisks* make text bold, _underscores_ italic."
        case .whatsAppSection(let part, let count, let limit):
            switch part {
            case .description: return "\n--- Group description (\(count) of at most \(limit) characters) ---"
            case .welcome: return "--- Welcome message for new members ---"
            case .invitation: return "--- Invitation for neighbours ---"
            }
        case .whatsAppArea(let streets, let more, let postcodes):
            if streets.isEmpty, more == 0 {
                return postcodes.isEmpty ? "our neighbourhood" : "postcode " + list(postcodes.map(\.description))
            }
            let named = more > 0 ? streets + ["\(more) other \(more == 1 ? "street" : "streets")"] : streets
            return named.isEmpty ? "our neighbourhood" : list(named)
        case .whatsAppDescription(let answers, let area):
            let admins = list(answers.admins.people.map(\.firstName))
            return """
            *\(answers.group.name)*
            Neighbourhood watch for \(area). Only for reports of suspicious situations.
            See something suspicious? Call 112 first. Then post in the group and say that you called 112.
            No chatting, no replies under a report, respect for everyone.
            Ask an admin for the group's rules: \(admins).
            """
        case .whatsAppWelcome(let answers):
            let admins = list(answers.admins.people.map(\.firstName))
            return """
            Welcome to *\(answers.group.name)*!
            This group is only for reports of suspicious situations in our neighbourhood.

            *How it works: SAAR*
            1. _Signaleer_ (notice): you see something that is not right.
            2. _Alarmeer_ (alert): call 112.
            3. _App_: post in the group. Say what you see, where, and that you called 112.
            4. _Reageer_ (respond): only do something when it is safe.

            Please read the rules carefully. Questions? Send an admin a private message: \(admins).
            """
        case .whatsAppInvitation(let answers, let area):
            let members = answers.membership
            let who = members.eligibility == .residents ? "live in the area" : "live or work in the area"
            let contact = answers.admins.people.indices.contains(answers.admins.contact) ? answers.admins.people[answers.admins.contact] : nil
            let reach = contact.map { admin in
                admin.firstName + (answers.admins.phonesInCharter ? admin.phone.map { " (\($0))" } ?? "" : "")
            } ?? "an admin"
            return """
            *Join \(answers.group.name)*
            We have a WhatsApp group to warn each other about suspicious situations in \(area).
            You can join if you \(who) and are \(members.minimumAge) or older.
            Please note: everyone in the group sees your phone number.
            To join, send a message to \(reach). You will get the group's rules first.
            """

        case .streetEntry(let entry):
            // What was understood, in so many words: where the name ends, which numbers, which side.
            var parts: [String] = []
            if let range = entry.range { parts.append((range.first == range.last ? "number " : "numbers ") + numbers(range)) }
            if let side = entry.side { parts.append("\(sideName(side)) side") }
            return entry.name + ": " + (parts.isEmpty ? "whole street" : parts.joined(separator: ", "))
        case .streetNumbers(let entry):
            return entry.range.map(numbers) ?? "all"
        case .streetSide(let entry):
            return entry.side.map(sideName) ?? "both sides"
        case .eligibility(let eligibility):
            switch eligibility {
            case .residents: return "residents only"
            case .residentsAndWorkers: return "residents and people who work there"
            }
        case .photoRule(let rule):
            switch rule {
            case .never: return "never photos of people"
            case .forDescription: return "only when needed for a description"
            case .onlyToPolice: return "only to the police"
            }

        case .charterSubtitle:
            return "The rules of our neighbourhood watch group on WhatsApp"
        case .charterPlace(let group):
            return "Municipality of \(group.municipality), neighbourhood \(group.neighbourhood)"
        case .charterDate(let date, let version):
            return "Date: \(date.day) \(months[date.month - 1]) \(date.year), version \(version)"
        case .charterBasedOn(let basedOn):
            return "Based on the advice of \(basedOn)."
        case .charterSection(let section):
            switch section {
            case .area: return "Our area"
            case .membership: return "Who may join"
            case .admins: return "Admins"
            case .agreements: return "Our agreements"
            case .saar: return "How to report: SAAR"
            case .contacts: return "Important numbers"
            case .changes: return "Changing the rules"
            }
        case .charterAreaColumns:
            return "Street|House numbers|Side"
        case .charterPostcodes(let postcodes):
            return "Postcodes: " + postcodes.map(\.description).joined(separator: ", ") + "."
        case .charterBoundary(let boundary):
            return "Boundary of the area: \(boundary)"
        case .memberRule(let rule):
            switch rule {
            case .livesInArea(let worksToo):
                return worksToo ? "You live or work in the group's area." : "You live in the group's area."
            case .minimumAge(let age):
                return "You are \(age) or older."
            case .parentConsent:
                return "Are you under 16? Then you need permission from a parent or guardian, because the group shows your phone number."
            case .phoneVisible:
                return "Everyone in the group sees your phone number. The admins share your details with no one."
            case .expectedMembers(let count):
                return "We expect about \(count) members."
            case .separateChatGroup:
                return "There is also a separate chat group for ordinary chatting. This group is only for reports."
            }
        case .charterAdmins(let admins):
            let names = admins.people.map(\.firstName)
            var text = names.count == 1
                ? "The group's admin is \(names[0])."
                : "The group's admins are \(list(names))."
            if admins.people.indices.contains(admins.contact) {
                text += " \(names[admins.contact]) is the contact for the municipality and the police."
            }
            if admins.phonesInCharter {
                for admin in admins.people { if let phone = admin.phone { text += "\n\(admin.firstName): \(phone)" } }
            }
            return text + "\nThe admins add new members. They first check that you live in the area and go through these rules with you."
        case .agreementTitle(let id):
            return title(id)
        case .agreementArticle(let id, let choices, let answers):
            return article(id, choices, answers)
        case .charterCustomIntro:
            return "Our own agreements:"
        case .saarIntro:
            return "See something suspicious? Then follow these four steps."
        case .saarStep(let number):
            switch number {
            case 1: return "S - Signaleer (notice): you see something that is not right. A gut feeling counts too."
            case 2: return "A - Alarmeer (alert): call 112. Say that you are calling about a suspicious situation."
            case 3: return "A - App: post in the group. Say what you see, where, and that you called 112."
            default: return "R - Reageer (respond): only do something when it is safe. Watch from a distance, switch on a light, or speak to the person together."
            }
        case .contactsList(let contacts):
            var lines = [
                "112            Emergencies, including a suspicious situation happening now.",
                "0900-8844      Police, when it is not urgent.",
                "0800-7000      Meld Misdaad Anoniem: report a crime without giving your name. Not for emergencies.",
            ]
            if !contacts.wijkagentName.isEmpty {
                lines.append("Wijkagent      \(contacts.wijkagentName)" + (contacts.wijkagentReach.isEmpty ? "" : ", \(contacts.wijkagentReach)"))
            } else {
                lines.append("Wijkagent      Find your community police officer on politie.nl, under 'Mijn wijkagent'.")
            }
            if contacts.recommendBurgernet {
                lines.append("Burgernet      Install the Burgernet app. Through it the police sometimes ask you to look out for someone in the area.")
            }
            return lines.joined(separator: "\n")
        case .charterChanges:
            return """
            The admins can change these rules. They say so in the group when something changes, \
            and they make a new version with a new date. Have an idea for a better agreement? \
            Send an admin a private message.
            """

        case .checklistTitle(let name):
            return "Checklist for new members of \(name)"
        case .checklistIntro:
            return """
            Go through this list before an admin adds you to the group. Tick every box. Cannot \
            tick something? Ask an admin.
            """
        case .checklistNameLine:
            return "Name: ____________________________   Date: ______________"
        case .checklistItem(let item):
            switch item {
            case .livesInArea(let worksToo):
                return worksToo
                    ? "I live or work in the group's area (see section 1 of the rules)."
                    : "I live in the group's area (see section 1 of the rules)."
            case .minimumAge(let age): return "I am \(age) or older."
            case .parentConsent: return "If I am under 16: my parent or guardian has given permission."
            case .readRules: return "I have read the rules and I keep to them."
            case .phoneVisible: return "I know that everyone in the group sees my phone number."
            case .savedNumbers: return "I have saved 112 and 0900-8844 in my phone."
            case .burgernet: return "I have installed the Burgernet app."
            case .knowsSAAR: return "I know the four steps of SAAR: Signaleer, Alarmeer, App, Reageer."
            case .knowsAdmins(let names): return "I know who the admins are: \(list(names))."
            case .leavesWhenMoving: return "If I move out of the area, I leave the group."
            }
        case .checklistAgreement(let id, let choices):
            return checklistLine(id, choices)
        case .checklistClosing:
            return "All ticked? Give the list to an admin, who will then add you to the group."
        }
    }
}
