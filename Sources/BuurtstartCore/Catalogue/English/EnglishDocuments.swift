/// The documents: charter, checklist and whatsapp.txt, and how answers are described in them.
extension English {
    static func text(_ message: DocumentText) -> String {
        switch message {
        case .pageDate, .letterPlaceDate, .introductionContact, .introductionAdmins:
            return document(message)
        case .whatsAppTitle(let name):
            return "WhatsApp texts for \(name)\n" + String(repeating: "=", count: min(72, 19 + name.count))
                + "\nCopy each part into WhatsApp separately. *Asterisks* make text bold, _underscores_ italic."
        case .whatsAppSection(let part, let count, let limit):
            switch part {
            case .description: return "\n--- Group description (\(count) of at most \(limit) characters) ---"
            case .chatWelcome: return "--- Welcome message for the separate chat group ---"
            case .welcome: return "--- Welcome message for new members ---"
            case .invitation: return "--- Invitation for neighbours ---"
            }
        case .whatsAppFillIn:
            return "(First fill in how neighbours sign up: in the place between [ ].)"
        case .whatsAppArea(let streets, let more, let postcodes):
            if streets.isEmpty, more == 0 {
                return postcodes.isEmpty ? "our neighbourhood" : "postcode " + list(postcodes.map(\.description))
            }
            let other = streets.isEmpty ? "" : "other "
            let named = streets + (more > 0 ? ["\(more) \(other)\(more == 1 ? "street" : "streets")"] : [])
            return list(named)
        case .whatsAppDescriptionOpening(let name, let area):
            return "*\(name)*\nNeighbourhood watch for \(area)."
        case .whatsAppDescriptionClosing(let admins, let more):
            let named = admins + (more > 0 ? ["\(more) \(more == 1 ? "other" : "others")"] : [])
            return admins.isEmpty ? "An admin gives you the group's rules." : "An admin gives you the group's rules: \(list(named))."
        case .whatsAppWelcomeOpening(let name):
            return "Welcome to *\(name)*!\nIn this group we warn each other about suspicious situations in our neighbourhood."
        case .whatsAppWelcomeClosing(let admins):
            return "Please read the rules carefully. \(admins.count == 1 ? "The admin is" : "The admins are") \(list(admins))."
        case .whatsAppChatWelcome(let name, let rules):
            return """
            Welcome to the chat group of *\(name)*!
            Here you simply talk with the neighbours. Do you see something suspicious? Do not post it here, but in *\(name)*.
            Here too, everyone sees your phone number.
            """ + rules.map { "\n" + $0 }.joined()
        case .whatsAppInvitation(let name, let area, let worksToo, let minimumAge, let parentConsent, let neighbouringAdmins):
            return """
            *Join \(name)*
            We have a WhatsApp group to warn each other about suspicious situations in \(area).
            You can join if you \(worksToo ? "live or work" : "live") in the area and are \(minimumAge) or older.\
            \(parentConsent ? " Are you under \(AnswerLimits.parentConsentAge)? Then a parent or guardian must give permission." : "")
            Everyone in the group sees your phone number\(neighbouringAdmins ? ", also the admins of groups nearby" : ""). \
            The admins keep your name, address and phone number while you are a member.
            """
        case .whatsAppSignUp(let signUp):
            let way = switch signUp {
            case .contact(let contact): contact
            case .toFillIn: "[fill in how neighbours reach an admin, for example a house number]"
            }
            return "To join: \(way). You will first get the group's rules and a checklist."

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
            case .forDescription: return "only when safe and needed for a description"
            case .onlyToPolice: return "only to the police"
            }

        case .charterSubtitle:
            return "The rules of our neighbourhood watch group on WhatsApp"
        case .charterPlace(let municipality, let neighbourhood):
            return "Municipality of \(municipality), neighbourhood \(neighbourhood)"
        case .charterDate(let date, let version):
            return "Date: \(date.day) \(months[date.month - 1]) \(date.year), version \(version)"
        case .charterBasedOn(let basedOn):
            return "Based on: \(basedOn)."
        case .charterSection(let section):
            return sectionName(section)
        case .charterAreaColumn(let column):
            switch column {
            case .street: return "Street"
            case .numbers: return "House numbers"
            case .side: return "Side"
            }
        case .charterPostcodes(let postcodes):
            return "Postcodes: " + postcodes.map(\.description).joined(separator: ", ") + "."
        case .charterBoundary(let boundary):
            return "Boundary of the area: \(boundary)"
        case .charterSharedWith(let group, let shared):
            return "We share this part with the group \(group): \(part(shared))."
        case .memberRule(let rule):
            switch rule {
            case .livesInArea(let worksToo, let neighbouringAdmins):
                return (worksToo ? "You live or work in the group's area." : "You live in the group's area.")
                    + (neighbouringAdmins
                        ? " The admins of groups nearby are members too, even if they do not live here (agreement \(AgreementID.neighbouringAdmins.number))."
                        : "")
            case .minimumAge(let age):
                return "You are \(age) or older."
            case .parentConsent:
                return "Are you under \(AnswerLimits.parentConsentAge)? Then you need permission from a parent or guardian, who signs the checklist for it."
            case .phoneVisible(let section):
                return "Everyone in the group sees your phone number. You give your permission for that on the checklist. Section \(section), '\(sectionName(.privacy))', says more."
            case .expectedMembers(let count):
                return "We expect about \(count) members."
            case .separateChatGroup:
                return "There is also a separate chat group for ordinary chatting. This group is for reports."
            }
        case .charterAdmins(let names, let contact):
            return (names.count == 1 ? "The group's admin is \(names[0])." : "The group's admins are \(list(names)).")
                + (contact.map { " \($0) is the contact for the municipality and the wijkagent, the community police officer." } ?? "")
        case .charterAdminPhone(let name, let phone):
            return "\(name): \(phone)"
        case .charterAdminsAddMembers(let worksToo, let adminCount):
            let place = worksToo ? "live or work" : "live"
            return adminCount == 1
                ? "The admin adds new members. First the admin checks that you \(place) in the area, and goes through these rules with you."
                : "The admins add new members. First they check that you \(place) in the area, and go through these rules with you."
        case .privacyItem(let item):
            return privacy(item)
        case .charterNumbering:
            return "Each agreement has a fixed number. Is a number missing? Then the group did not choose that agreement."
        case .charterNoAgreements:
            return "The group has not chosen any agreements from the list yet."
        case .charterCustomIntro:
            return "Our own agreements:"
        case .contactMeaning(let row):
            switch row {
            case .emergency:
                return "Is something suspicious or dangerous happening now, such as a burglary or someone trying doors? Call 112. Every second counts."
            case .police:
                return "Police, not urgent: something that keeps happening (such as a car that drives around every evening), a nuisance, or something that is already over."
            case .anonymous:
                return "Meld Misdaad Anoniem: tell what you know about a crime without giving your name. Not for emergencies."
            case .wijkagent, .findWijkagent:
                return "Find your community police officer on politie.nl, with your postcode."
            case .burgernet:
                return "Install the Burgernet app. Through it the police sometimes ask you to look out for someone in the area. No need to sign up: the app follows where you are."
            }
        case .charterChanges:
            return """
            The admins can change these rules. They say so in the group when something changes, \
            and they make a new version with a new date. Sometimes a change lets more people see \
            your phone number. For example when admins of other groups become members, or a chat \
            group is added. Then the admins first ask you whether you agree. Have an idea for a \
            better agreement? Send an admin a message.
            """

        case .checklistTitle(let name):
            return "Checklist for new members of \(name)"
        case .checklistIntro:
            return """
            Go through this list before an admin adds you to the group. Tick every box you agree \
            with. Cannot tick something? Ask an admin.
            """
        case .checklistItem(let item):
            switch item {
            case .livesInArea(let worksToo, let section):
                return "I \(worksToo ? "live or work" : "live") in the group's area (see section \(section) of the rules)."
            case .minimumAge(let age):
                return "I am \(age) or older."
            case .readRules:
                return "I have read the rules and I keep to them."
            case .phoneConsent(let neighbouringAdmins):
                return "I agree that everyone in the group sees my phone number"
                    + (neighbouringAdmins ? ", including the admins of groups nearby." : ".")
            case .dataConsent(let worksToo):
                return "I agree that the admins keep my name, \(worksToo ? "address (or work address)" : "address") and phone number while I am a member."
            case .chatGroupConsent(let rules):
                return "Not required: do I join the separate chat group? Then everyone there may see my number."
                    + (rules.isEmpty ? "" : " \(rules.count == 1 ? "Agreement" : "Agreements") \(list(rules.map { "\($0.number)" })) \(rules.count == 1 ? "holds" : "hold") there too.")
            case .phoneChainConsent:
                return "No smartphone: put me on the phone chain. Whoever calls gets my name and number."
            case .agreement(let id, let settings):
                return text(AgreementText.checklistLine(id, settings))
            case .knowsAdmins(let names):
                return "I know who the admins are: \(list(names))."
            }
        case .checklistTipsHeading:
            return "Tips (not a condition for joining):"
        case .checklistTip(let tip):
            switch tip {
            case .saveNumbers: return "Save 112 and 0900-8844 in your phone."
            case .burgernet: return "Install the Burgernet app."
            }
        case .checklistParentIntro:
            return "Are you under \(AnswerLimits.parentConsentAge)? Then a parent or guardian fills this in:"
        case .checklistParentConsent:
            return """
            I give permission for my child to take part. Everyone in the group sees my child's number, also adults my \
            child does not know. The admins keep the details while my child is a member.
            """
        case .fieldLabel(let label):
            return field(label)
        case .pageTitle(let page, let group):
            switch page {
            case .charter: return "Rules of \(group)"
            case .checklist: return "Checklist for new members of \(group)"
            case .letter: return "Letter to the neighbours: \(group)"
            case .privacy: return "Privacy statement of \(group)"
            case .introduction: return "Introducing \(group)"
            }
        case .letterTitle(let name):
            return "Join \(name)"
        case .letterGreeting:
            return "Dear neighbours,"
        case .letterOpening(let signer, let others, let area, let promises):
            let who = others.isEmpty ? "I am \(signer), and I am starting" : "I am \(signer). Together with \(list(others)), I am starting"
            return """
            \(who) a neighbourhood-prevention group on WhatsApp for \(area). In that group we warn \
            each other when we see something suspicious, such as someone trying doors. That way we \
            look after our neighbourhood together.
            """ + promises.map { promise in
                switch promise {
                case .residentsWithoutPolice: " The group is by and for the neighbourhood: the police are not members."
                case .call112First: " Is something suspicious happening now? Then we call 112 first."
                }
            }.joined()
        case .letterJoin(let worksToo, let minimumAge, let parentConsent):
            return "You can join if you \(worksToo ? "live or work" : "live") in the area and are \(minimumAge) or older."
                + (parentConsent ? " Under \(AnswerLimits.parentConsentAge)? Then a parent or guardian must give permission." : "")
        case .letterAgreementsHeading:
            return "What the members agree with each other:"
        case .letterPrivacy(let neighbouringAdmins):
            return "Everyone in the group sees your phone number"
                + (neighbouringAdmins ? ", including the admins of groups nearby." : ".")
                + " The admins keep your name, address and phone number while you are a member. The privacy statement says exactly who sees what. An admin gives it to you."
        case .letterSignUp(let signUp, let phoneChain):
            let way = signUp == .toFillIn ? "Hand it in at the address at the bottom of the slip." : text(.slipReturn(signUp))
            return "Want to join? Fill in the slip below. \(way) You will then get the rules and a checklist first. You only need a phone with WhatsApp once you become a member."
                + (phoneChain ? " No smartphone? Then tick the phone chain." : "")
        case .letterClosing:
            return "Kind regards,"
        case .tearOff:
            return "Cut here"
        case .slipTitle(let name):
            return "I want to join \(name)"
        case .slipReturn(let signUp):
            switch signUp {
            case .contact(let contact): return "To join: \(contact)."
            case .toFillIn: return "Hand in this slip at:"
            }
        case .privacyIntro(let section):
            return "What do the admins keep about the members of this group, and why? It is below. The rules say the same in part \(section), '\(sectionName(.privacy))'."
        case .privacyTopic(let topic):
            switch topic {
            case .kept: return "What do the admins keep?"
            case .why: return "Why?"
            case .whoSees: return "Who sees what?"
            case .howLong: return "How long?"
            case .removal: return "Seeing it or having it removed"
            case .admins: return "Who are the admins?"
            }
        case .introductionGreeting(let wijkagent):
            return "Dear \(wijkagent.isEmpty ? "wijkagent" : wijkagent), dear colleague at the municipality,"
        case .introductionOpening(let name):
            return "With this letter we introduce our neighbourhood-prevention group on WhatsApp: \(name). Below is who we are, the group's area, and who your contact is."
        case .introductionLabel(let row):
            switch row {
            case .group: return "Name of the group"
            case .place: return "Municipality and neighbourhood"
            case .contact: return "Contact"
            case .admins: return "Admins"
            case .size: return "Expected size"
            case .date: return "Date"
            }
        case .introductionSize(let count):
            return count.map { "about \($0) members" } ?? "not known yet"
        case .introductionPolice(let contact, let call112First, let behaviourFirst):
            return "The police are not members of the group."
                + (call112First ? " When members see something suspicious happening now, they call 112 first." : "")
                + (behaviourFirst ? " For the group, suspicious is what someone does, where and when. Appearance or origin makes nobody suspicious." : "")
                + " \(contact) is the group's contact for the wijkagent and the municipality, outside the group."
        case .introductionRules(let contact, let phone):
            let how = phone.map { " You can reach \(contact) on \($0)." } ?? " How to reach \(contact) is below."
            return "We are glad to send you the group's rules. Questions or tips for the group? Please contact \(contact)." + how
        case .checklistClosing:
            return "All ticked and filled in? Give the list to an admin, who checks your address and then adds you to the group. The admins keep this list while you are a member."
        }
    }

    /// The label of a line to fill in by hand, without its colon.
    static func field(_ label: FieldLabel) -> String {
        switch label {
        case .name: "Name"
        case .address(let worksToo): worksToo ? "Address (home or work)" : "Address"
        case .phone: "Phone number"
        case .date: "Date"
        case .signature: "Signature"
        case .parentName: "Name of parent or guardian"
        case .returnTo: "Address"
        case .reachContact: "Phone or e-mail"
        }
    }

    static func sectionName(_ section: CharterSection) -> String {
        switch section {
        case .area: "Our area"
        case .membership: "Who may join"
        case .admins: "Admins"
        case .privacy: "Your details"
        case .agreements: "Our agreements"
        case .contacts: "Which number to call"
        case .changes: "Changing the rules"
        }
    }

    private static func privacy(_ item: PrivacyItem) -> String {
        switch item {
        case .kept(let worksToo):
            return "The admins keep your name, \(worksToo ? "your address (or the address where you work)" : "your address") and your phone number. They also keep the checklist you filled in."
        case .why(let worksToo):
            return "That way they check that you \(worksToo ? "live or work" : "live") in the area. And that way they can add you to the group."
        case .onlyAdminsSeeKept:
            return "Only the admins see your address and your checklist."
        case .groupSeesNumber(let neighbouringAdmins):
            return "In WhatsApp everyone in the group sees your phone number."
                + (neighbouringAdmins ? " That includes the admins of groups nearby (agreement \(AgreementID.neighbouringAdmins.number))." : "")
        case .adminPhonesPrinted:
            return "The admins' phone numbers are in the rules. Everyone who gets the rules sees them."
        case .chatGroupSeesNumber:
            return "Do you join the separate chat group too? Then everyone in that group sees your phone number as well."
        case .phoneChain:
            return "There is a phone chain (agreement \(AgreementID.phoneChain.number)). For it, the admins also keep the name and number of neighbours without a smartphone. The members who call them get that number."
        case .parentConsent:
            return "Are you under \(AnswerLimits.parentConsentAge)? Then a parent or guardian gives permission on the checklist for two things: everyone in the group sees your phone number, and the admins keep your details."
        case .nobodyElse:
            return "Apart from this, the admins give your details to no one."
        case .howLong:
            return "They keep your details while you are a member. Do you leave the group, or does an admin remove you? Then they delete your details and throw away your checklist."
        case .refusedSignUp:
            return "Can you not become a member, for example because your address is outside the area? Then the admins throw your slip and your checklist away at once."
        case .supervisor:
            return "The Autoriteit Persoonsgegevens (the Dutch data protection authority) supervises the privacy law (AVG)."
        case .askAdmin:
            return "Want to know what the admins keep about you, or want them to delete something? Ask an admin."
        }
    }
}
