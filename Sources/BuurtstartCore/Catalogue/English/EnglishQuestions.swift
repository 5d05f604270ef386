/// Each question: its text, its short label for the prompt, and its help.
extension English {
    static func question(_ question: QuestionID) -> String {
        switch question {
        case .municipality:
            return "In which municipality is your neighbourhood?"
        case .neighbourhood:
            return "What is the name of your neighbourhood, district or street?"
        case .groupName:
            return "What will the group be called? Press Enter for the name in brackets."
        case .street:
            return """
            Which streets belong to the group? Type one street per line.
            Examples: Zeeweg, Zeeweg 1-99 odd, Boulevard 2-40 even, Voorstraat 10-80.
            Press Enter when all streets are in.
            """
        case .postcode:
            return """
            Which postcodes belong to the group? Type one postcode per line, for example 2221 AB. \
            Only the 4 digits is fine too, for example 2221.
            Press Enter when you are done. Naming no postcodes is fine too.
            """
        case .boundary:
            return """
            Do you want to describe the area's boundary in words? For example: between the Zeeweg \
            and the North Sea. Press Enter to skip. Type - to clear the boundary.
            """
        case .minimumAge:
            return "How old must members be at least? Usually it is 18."
        case .eligibility:
            return "Who may join?"
        case .expectedMembers:
            return "About how many members do you expect? Press Enter if you do not know."
        case .chatGroup:
            return "Will there be a separate group for chatting, besides this group for reports? That keeps the report group quiet."
        case .adminName:
            return """
            Who will be the admins? Type the first name of one admin per line. Preferably choose \
            two or more, so the group does not depend on one person.
            Press Enter when everyone is in.
            """
        case .adminPhone:
            return "What is this admin's phone number? Press Enter to skip."
        case .signUpContact:
            return """
            Where can neighbours without WhatsApp sign up? This goes into the invitation for \
            neighbours, after 'To join:', and on the slip below the letter. For example: with Anna, \
            Zeeweg 12. Give only what the admin wants to share. Press Enter to skip: then a blank is \
            left to fill in by hand. Type - to clear.
            """
        case .pages:
            return """
            I also make pages to print: the rules, the checklist and a privacy statement. Which \
            of these do you want as well?
            """
        case .letterSigner:
            return "Which first name do you sign the letter to the neighbours with?"
        case .contactAdmin:
            return "Who is the contact for the municipality and the wijkagent, the community police officer?"
        case .phonesInCharter:
            return """
            Do you want to put the admins' phone numbers in the rules? Everyone who gets the rules \
            then sees them. Without numbers, members find the admins in the group.
            """
        case .agreements:
            return """
            Which agreements does the group make? A cross [x] means: on. You can switch any agreement on or off.
            Type a number to switch an agreement on (3), or with a minus in front to switch it off (-3). \
            Several at once is fine: 3 -5 19. Or type: all, none, recommended or list.
            Press Enter when you are done.
            """
        case .approachGroupSize:
            return "With how many members at least do you speak to someone? Never do it on your own. Usually it is 2."
        case .photoRule:
            return "What may the group do with photos of a person who seems suspicious?"
        case .skinColour:
            return """
            May skin colour be part of a description of a person? Describe above all what someone \
            does. How someone looks does not tell whether they are suspicious.
            """
        case .customAgreement:
            return "Do you want to add agreements of your own? Type one agreement per line, as a short sentence. An agreement of your own may not contradict the other agreements. Press Enter when you are done."
        case .wijkagentName:
            return """
            What is the name of your neighbourhood's community police officer (wijkagent)? You \
            find them on politie.nl, with your postcode. Press Enter to skip. Type - to clear.
            """
        case .wijkagentReach:
            return "How do people reach the wijkagent? For example: through 0900-8844. Press Enter to skip."
        case .burgernet:
            return "Do you recommend the Burgernet app to members? Through it the police sometimes ask people to look out for someone in the area."
        case .review:
            return ""
        }
    }

    static func label(_ question: QuestionID) -> String {
        switch question {
        case .municipality: "Municipality"
        case .neighbourhood: "Neighbourhood"
        case .groupName: "Name of the group"
        case .street: "Street (Enter = done)"
        case .postcode: "Postcode (Enter = done)"
        case .boundary: "Boundary"
        case .minimumAge: "Minimum age"
        case .eligibility, .contactAdmin, .photoRule: "Choice"
        case .expectedMembers: "Number of members"
        case .chatGroup: "Separate chat group (yes/no)"
        case .adminName: "First name (Enter = done)"
        case .adminPhone: "Phone number"
        case .signUpContact: "Sign up with"
        case .pages: "Choice"
        case .letterSigner: "First name"
        case .phonesInCharter: "Numbers in the rules (yes/no)"
        case .agreements: "Agreements (Enter = done)"
        case .approachGroupSize: "Number"
        case .skinColour: "Skin colour (yes/no)"
        case .customAgreement: "Own agreement (Enter = done)"
        case .wijkagentName: "Wijkagent"
        case .wijkagentReach: "Reachable through"
        case .burgernet: "Burgernet (yes/no)"
        case .review: "done, change N or stop"
        }
    }

    static func help(_ question: QuestionID) -> String {
        let list = "Type list to see what is in it, and remove 2 to take out number 2."
        switch question {
        case .municipality:
            return "The municipality goes into the rules. Many municipalities put up a sign once they know about the group."
        case .neighbourhood:
            return "For example the name of the district (Zeeweg-Noord) or of the street (Zeeweg). I use it to suggest a name for the group."
        case .groupName:
            return "Choose a name neighbours recognise. Up to \(AnswerLimits.groupNameShown) characters fits everywhere. More than \(AnswerLimits.groupName) characters is not possible."
        case .street:
            return """
            A street may be whole (Zeeweg), or a part: house numbers (Voorstraat 10-80) and one side \
            (Zeeweg 1-99 odd, Boulevard 2-40 even). Two lines of the same street may not overlap. \
            Is there a number in the name, as in Plein 1813? Then put the name in quotes: "Plein 1813" \
            for the whole street, or "Plein 1813" 1-20 for a part. \(list)
            """
        case .postcode:
            return "Neighbours often look a group up by postcode. A postcode has 4 digits and 2 letters. \(list)"
        case .boundary:
            return "A sentence helps neighbours see the area, for example: between the Zeeweg, the Voorstraat and the dunes."
        case .minimumAge:
            return "Most groups choose 18. WhatsApp is allowed from \(AnswerLimits.age.lowerBound) in the EU. Under \(AnswerLimits.parentConsentAge), a parent's permission is needed."
        case .eligibility:
            return "Type 1 or \(Eligibility.allCases.count). People who work in the area are often there during the day, when residents are away."
        case .expectedMembers:
            return "A number is enough, for example 40. Above 100 members a group gets busy. WhatsApp allows at most 1024 members."
        case .chatGroup:
            return "Many people are annoyed by too many messages. A separate chat group keeps the report group quiet. Type yes or no."
        case .adminName:
            return "Only the first name goes into the rules. I ask for the phone number separately; it stays in buurtstart.json. \(list)"
        case .adminPhone:
            return "For example 06-12345678 or +31 6 12345678. The number goes into the rules and the introduction for the wijkagent only if you choose so, and never into the checklist."
        case .signUpContact:
            return "Many neighbours are not in any app yet. With an address or another contact they sign up on paper. Anyone can read the invitation: put in it only what the admin wants to share."
        case .pages:
            return "The letter goes into every letterbox in the area. At the bottom is a slip to sign up on paper. The introduction is for the wijkagent and the municipality. Type the number."
        case .letterSigner:
            return "Usually the name of whoever starts the group. Only the first name goes into the letter."
        case .contactAdmin:
            return "The municipality and the wijkagent contact this admin. Type the number or the first name."
        case .phonesInCharter:
            return "The rules are often printed or shared. Only choose yes if the admins agree. The checklist never holds phone numbers."
        case .agreements:
            return "Type for example 19 to switch agreement 19 on, or -19 to switch it off. The name in brackets works too: -photos."
        case .approachGroupSize:
            return "Only speak to someone when it is safe, and never on your own. A few people together are safer; too many become a group against one person. Type a number from \(AgreementChoices.approachGroupSizes.lowerBound) to \(AgreementChoices.approachGroupSizes.upperBound)."
        case .photoRule:
            return "Sharing a photo can harm someone, even if they did nothing. Type 1, 2 or 3."
        case .skinColour:
            return "Research shows that people in such groups are sometimes suspected because of how they look. That is why the default is no."
        case .customAgreement:
            return "For example: After 23:00 only messages about emergencies. An agreement of your own may not contradict the other agreements. Is it about appearance, holding or following someone, photos or film, or 112? Then I show which agreement it seems to contradict. You decide whether it stays. \(list)"
        case .wijkagentName:
            return "The wijkagent is the police officer for your neighbourhood. The name goes with the important numbers."
        case .wijkagentReach:
            return "For example: through 0900-8844, or through politie.nl."
        case .burgernet:
            return "Burgernet is a free app of the police. You do not need to register."
        case .review:
            return "Type done to make the documents, change 2 to change step 2, or stop to continue later."
        }
    }
}
