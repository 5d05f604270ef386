/// The agreements: title, article in the charter, line in the checklist.
extension English {
    static func title(_ id: AgreementID) -> String {
        switch id {
        case .saar: "Follow SAAR"
        case .call112First: "Call 112 first"
        case .say112Called: "Say that you called 112"
        case .oneCaller: "One person calls 112"
        case .allClear: "Say when it is over"
        case .behaviourNotAppearance: "Look at behaviour, not appearance"
        case .whatIsSuspicious: "What is suspicious?"
        case .describePerson: "Describe the person"
        case .describeVehicle: "Describe the vehicle"
        case .approachSafely: "Only speak to someone when it is safe"
        case .noVigilantism: "Do not take the law into your own hands"
        case .photos: "Photos of people"
        case .respect: "Be respectful"
        case .purposeOnly: "Only for reports"
        case .noReplies: "No replies under a report"
        case .citizensInitiative: "A group of residents"
        case .removal: "If someone breaks the rules"
        case .adminDecides: "The admins decide"
        case .leaveWhenMoving: "Moving away"
        case .questionsPrivately: "Questions to an admin"
        case .stayNearHome: "Stay near your own home"
        case .noAdverts: "No adverts and no capitals"
        case .ownMessages: "Your own messages"
        case .neighbouringAdmins: "Admins of groups nearby"
        case .wijkagentInGroup: "The wijkagent in the group"
        case .phoneChain: "Neighbours without a smartphone"
        }
    }

    static func article(_ id: AgreementID, _ choices: AgreementChoices, _ answers: Answers) -> String {
        switch id {
        case .saar:
            return "See something suspicious? Then follow the four steps of SAAR: Signaleer, Alarmeer, App, Reageer. Section 5 explains them."
        case .call112First:
            return "Is something suspicious happening now? Call 112 first. Only then post in the group."
        case .say112Called:
            return "Say in your message that you called 112. That way ten people do not call about the same thing."
        case .oneCaller:
            return "Has someone already called 112? Then you do not call as well. Do call again if you see something new, for example which way someone goes."
        case .allClear:
            return "Is it over, or was it a false alarm? Then whoever reported it says so in the group. For example: 'All clear, it was a delivery driver.' That way everyone knows nobody needs to keep watch."
        case .behaviourNotAppearance:
            return "Suspicious is what someone does, where and when. Skin colour, clothes or origin do not make anyone suspicious. So report behaviour, not only how someone looks."
        case .whatIsSuspicious:
            return "For example: someone looks into houses or tries doors. Strangers hang around at an odd hour. An unknown car drives around the neighbourhood every evening. Someone damages things, or young people cause a nuisance."
        case .describePerson:
            let base = "First describe what the person does and which way they go. Then: man or woman, height, clothes, face and anything that stands out, such as a bag or a tattoo."
            return base + (choices.skinColourInDescription
                ? " You may mention skin colour if it helps to recognise someone."
                : " Do not mention skin colour or origin.")
        case .describeVehicle:
            return "For a car, scooter or bike, give the colour, the make, the type and the licence plate. Also say which way it is going."
        case .approachSafely:
            return "Only speak to someone when you feel safe, and never alone: do it with at least \(choices.approachGroupSize) members. Take no risks. When in doubt, call 112 first."
        case .noVigilantism:
            return "You do not hold or chase anyone. You break no laws or rules. That also means: no phone in your hand while driving."
        case .photos:
            switch choices.photoRule {
            case .never: return "Do not send photos or videos of people in the group. Describe the person in words."
            case .forDescription: return "Only send a photo of a person when it is needed for a good description. A photo can harm someone, even if they did nothing."
            case .onlyToPolice: return "Only send photos or videos of a person to the police, never to the group."
            }
        case .respect:
            return "You do not swear, insult or discriminate. You write with respect for everyone."
        case .purposeOnly:
            return "The group is only for suspicious situations. Do not send other messages or private messages. That way every message stays important."
                + (answers.membership.separateChatGroup ? " For ordinary messages there is the separate chat group." : "")
        case .noReplies:
            return "Do not reply to a report with 'thanks', thumbs-up or other reactions. Only write if you have new information."
        case .citizensInitiative:
            return "This group is by and for residents. The police only come when you call 112, not for a message in the group."
        case .removal:
            return "Does a member not keep to the rules? Then they first get a warning from an admin. If it happens again, the admin removes that person from the group."
        case .adminDecides:
            return "Is something not covered by these rules? Then the admins decide."
        case .leaveWhenMoving:
            return "Moving out of the area? Then leave the group and let an admin know."
        case .questionsPrivately:
            return "Have a question about the group? Ask an admin in a private message, not in the group."
        case .stayNearHome:
            return "Is something happening in the neighbourhood? Then stay near your own home and watch what you see there. Do not all go to the same place."
        case .noAdverts:
            return "Do not post adverts in the group. Do not write in CAPITALS: it reads as shouting."
        case .ownMessages:
            return "You are responsible for what you post in the group."
        case .neighbouringAdmins:
            return "The admins of groups nearby may be members of this group. That way the groups warn each other."
        case .wijkagentInGroup:
            return "The wijkagent may be a member of the group. The wijkagent reads along but does not respond to reports. Always call 112 about something suspicious."
        case .phoneChain:
            return "Some neighbours have no smartphone. When there is a report, a member nearby calls them."
        }
    }

    /// The checklist line for an agreement that asks something of the member; empty when the
    /// fixed checklist already covers it or it asks nothing of a member.
    static func checklistLine(_ id: AgreementID, _ choices: AgreementChoices) -> String {
        switch id {
        case .call112First: "I call 112 first and only then post in the group."
        case .say112Called: "I say in my message whether I called 112."
        case .oneCaller: "If someone has already called 112, I only call when I see something new."
        case .allClear: "When my report is over or was a false alarm, I say so in the group."
        case .behaviourNotAppearance: "I report what someone does, not only how someone looks."
        case .approachSafely: "I only speak to someone when it is safe, with at least \(choices.approachGroupSize) members."
        case .noVigilantism: "I do not take the law into my own hands, and I keep to the law."
        case .photos:
            switch choices.photoRule {
            case .never: "I do not send photos of people to the group."
            case .forDescription: "I only send a photo of someone when it is needed for a description."
            case .onlyToPolice: "I only send photos of people to the police."
            }
        case .respect: "I do not swear, insult or discriminate."
        case .purposeOnly: "I use the group only for suspicious situations."
        case .noReplies: "I do not reply to a report with thanks or thumbs-up."
        case .citizensInitiative: "I know that the police only come when I call 112."
        case .questionsPrivately: "I ask questions about the group privately to an admin."
        case .stayNearHome: "During a report I stay near my own home."
        case .noAdverts: "I do not post adverts in the group."
        case .ownMessages: "I am responsible for my own messages."
        case .saar, .whatIsSuspicious, .describePerson, .describeVehicle, .removal, .adminDecides,
             .leaveWhenMoving, .neighbouringAdmins, .wijkagentInGroup, .phoneChain:
            ""
        }
    }
}
