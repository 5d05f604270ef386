/// The agreements: title, article in the charter, lines in the checklist and in WhatsApp, and
/// what the session says about them.
extension English: AgreementWording {
    static func title(_ id: AgreementID) -> String {
        switch id {
        case .saar: "Follow SAAR"
        case .call112First: "Call 112 before you post"
        case .say112Called: "Say that you called 112"
        case .oneCaller: "One person calls 112"
        case .allClear: "Say when it is over"
        case .behaviourNotAppearance: "Look at behaviour, not appearance"
        case .whatIsSuspicious: "What is suspicious, and which number do you call?"
        case .describePerson: "Describe the person"
        case .describeVehicle: "Describe the vehicle"
        case .approachSafely: "Speaking to someone: safely and together"
        case .noVigilantism: "Do not take the law into your own hands"
        case .photos: "Photos of people"
        case .noForwarding: "What is in the group stays in the group"
        case .respect: "Be respectful"
        case .purposeOnly: "The group is for reports"
        case .noReplies: "No replies under a report"
        case .citizensInitiative: "A neighbourhood group, without the police"
        case .removal: "If someone breaks the rules"
        case .adminDecides: "The admins decide"
        case .leaveWhenMoving: "Leaving the area"
        case .questionsPrivately: "Questions to an admin"
        case .stayNearHome: "Stay near your own home"
        case .noAdverts: "No adverts, no shouting"
        case .ownMessages: "Your own messages"
        case .neighbouringAdmins: "Admins of groups nearby"
        case .wijkagentContact: "Contact with the wijkagent"
        case .phoneChain: "Neighbours without a smartphone"
        }
    }

    static func id(_ id: AgreementID) -> String {
        switch id {
        case .saar: "saar"
        case .call112First: "call-112-first"
        case .say112Called: "called-112"
        case .oneCaller: "one-caller"
        case .allClear: "all-clear"
        case .behaviourNotAppearance: "behaviour"
        case .whatIsSuspicious: "suspicious"
        case .describePerson: "description"
        case .describeVehicle: "vehicle"
        case .approachSafely: "approach"
        case .noVigilantism: "no-vigilantism"
        case .photos: "photos"
        case .noForwarding: "no-forwarding"
        case .respect: "respect"
        case .purposeOnly: "reports-only"
        case .noReplies: "no-replies"
        case .citizensInitiative: "citizens-initiative"
        case .removal: "removal"
        case .adminDecides: "admins-decide"
        case .leaveWhenMoving: "moving"
        case .questionsPrivately: "questions-private"
        case .stayNearHome: "near-home"
        case .noAdverts: "no-adverts"
        case .ownMessages: "own-messages"
        case .neighbouringAdmins: "nearby-groups"
        case .wijkagentContact: "wijkagent"
        case .phoneChain: "phone-chain"
        }
    }

    static func sentence(_ message: AgreementText) -> String {
        switch message {
        case .seedWarning(let id, let basedOn):
            let source = basedOn.map { "you started from \($0). Agreement \(named(id)) is also" } ?? "agreement \(named(id)) is"
            return "Please note: \(source) part of the advice of many municipalities, such as Katwijk. That advice asks: \(seedAsks(id))"
        case .leftOffByAll(let pair):
            return "Agreement \(named(pair.first)) is off: it cannot go with agreement \(named(pair.second))."
        case .noneChosen:
            return "No agreement is on now. Type the numbers of the agreements you want, or type recommended."
        case .fullTextHeading(let id, let on):
            return "Agreement \(id.number): \(title(id)) (\(self.id(id))), now \(on ? "on" : "off")"
        case .fullTextChecklist(let line):
            return "On the checklist: \(line)"
        case .fullTextWhatsApp(let line):
            return "In WhatsApp: \(line)"
        case .fullTextSeed:
            return "This agreement is part of the advice of many municipalities, such as Katwijk."
        case .fullTextRecommended:
            return "Recommended: this agreement is on when you start."
        case .fullTextConflicts(let ids):
            return "Cannot go with: " + list(ids.map(named), or: true) + "."
        case .fullTextRequires(let ids):
            return "Only works together with: " + list(ids.map(named)) + "."
        case .ownAgreementDoubt(let id, let settings):
            return "Note: this agreement seems to go against agreement \(named(id)). It says: \"\(TextInput.lines(article(id, settings)).joined(separator: " "))\""
        case .ownAgreementAgainstAdvice(let id):
            return "Note: this agreement seems to go against the advice of many municipalities, such as Katwijk. Agreement \(named(id)) is off. But the advice asks: \(seedAsks(id))"
        case .title, .id, .article, .checklistLine, .descriptionLine, .welcomeLine:
            return text(message)
        }
    }

    static func article(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar:
            let app = settings.mentionCalled112 ? "Say what you see, where, and that you called 112." : "Say what you see and where."
            var react = "R - Reageer (respond): only do something when it is safe. Watch from a distance, or switch on a light."
            if settings.mentionApproach {
                react += " Never speak to someone on your own (agreement \(AgreementID.approachSafely.number))."
            }
            if settings.mentionStayNearHome {
                react += " Stay near your own home (agreement \(AgreementID.stayNearHome.number))."
            }
            return """
            See something suspicious? Then follow the four steps of SAAR:
            S - Signaleer (notice): you see someone do something that does not fit the place or the time. What makes someone suspicious is what they do, not how they look.
            A - Alarmeer (alert): is it happening now? Call 112. Say that you are calling about a suspicious situation.
            A - App: post in the group. \(app)
            \(react)
            """
        case .call112First:
            return "Is something suspicious happening now? Call 112 first. Only then post in the group."
        case .say112Called:
            return "Say in your message that you called 112. That way ten people do not call about the same thing."
        case .oneCaller:
            return "Has someone in the group said that they called 112? Then you do not need to call as well. Do you see something new, for example which way someone goes? Then do call again."
        case .allClear:
            return "Is it over, or was it a false alarm? Then whoever reported it says so in the group. For example: 'All clear, it was a delivery driver.' That way everyone knows nobody needs to keep watch."
        case .behaviourNotAppearance:
            return "Suspicious is what someone does, where and when. How someone looks does not make that person suspicious: not their skin colour, not their clothes and not their origin. So report what you see someone do."
        case .whatIsSuspicious:
            return """
            Suspicious is someone who does something that does not fit the place or the time. For example: someone looks into houses or tries doors. Or strangers keep hanging around at an odd hour.
            Is it happening now? Call 112.
            Does something keep happening, such as an unknown car that drives around the neighbourhood every evening? Is there a nuisance, for example from young people? Or is something already over, such as damage? Then call 0900-8844 or tell the wijkagent. That is not for 112.
            """
        case .describePerson:
            let skin = settings.skinColour
                ? "You may mention skin colour if it helps to recognise someone, but it is never a reason to find someone suspicious."
                : "Do not mention skin colour or origin."
            return "First describe what the person does and which way they go. Then how the person looks: man or woman, height, clothes, face, and anything that stands out, such as a bag or a tattoo. " + skin
        case .describeVehicle:
            return "For a car, scooter or bike, give the colour, the make, the type and the licence plate. Also say which way it is going."
        case .approachSafely:
            var text = "Only speak to someone when you feel safe. Never do it on your own: do it with \(groupSize(settings.approachGroup)) members. Take no risks. In doubt? Call 112 first."
            if settings.membersUnder18 { text += " Are you under 18? Then you do not speak to anyone." }
            return text
        case .noVigilantism:
            return "You do not hold or chase anyone. You break no laws or rules. That also means: no phone in your hand while driving."
        case .photos:
            switch settings.photoRule {
            case .never:
                return "Do not send photos or videos of people to the group. Describe the person in words. Do the police ask for a photo you took anyway? Then give it to the police, and to nobody else."
            case .forDescription:
                return "Only take a photo of a person when it is safe to do so, and only when you need it for a good description. A photo can harm someone, even if they did nothing. Never forward the photo outside the group and never put it online. Was it a false alarm? Then everyone deletes the photo. Do the police ask for the photo? Then give it to the police."
            case .onlyToPolice:
                return "Do not send photos or videos of people to the group, and not to anyone else either. Have a photo that could help the police? Give it to the police when they ask for it."
            }
        case .noForwarding:
            var text = "Do not forward messages, photos or screenshots from the group to others, and put nothing online. That way you harm nobody who is innocent."
            if settings.mentionPhoneChain {
                text += " You do tell the neighbours on the phone chain (agreement \(AgreementID.phoneChain.number)) what is going on, but without photos."
            }
            if settings.mentionNeighbouringAdmins {
                text += " Only the admins of groups nearby (agreement \(AgreementID.neighbouringAdmins.number)) pass a report on to their own group. They do so without photos, names or phone numbers."
            }
            return text
        case .respect:
            return "You do not swear, insult or discriminate. You write with respect about everyone, including the people you report."
        case .purposeOnly:
            return "Only post reports of suspicious situations in the group. No chatting, no messages about other things, and no messages meant for one person. That way every message stays important."
                + (settings.separateChatGroup ? " For ordinary messages there is the separate chat group." : "")
        case .noReplies:
            return "Do not reply to a report with 'thanks', thumbs-up or other reactions. Only write when you have new information."
        case .citizensInitiative:
            let who = settings.worksToo ? "the people who live or work in the area" : "residents"
            return "This group is by and for \(who). The police are not members of the group and do not read along. So a message in the group is not a report to the police. Is something suspicious happening now? Call 112. Not urgent? Call 0900-8844."
        case .removal:
            let reasons = settings.mentionForwarding
                ? "Anyone who discriminates, threatens, or forwards messages or photos outside the group"
                    + (settings.mentionNeighbouringAdmins ? " (other than agreement \(AgreementID.noForwarding.number) allows)" : "")
                : "Anyone who discriminates or threatens"
            return "Does a member not keep to the rules? Then that person first gets a warning from an admin. If it happens again, an admin removes that person from the group. \(reasons) is removed at once, without a warning."
        case .adminDecides:
            return "Is something not covered by these rules? Then the admins decide."
        case .leaveWhenMoving:
            return settings.worksToo
                ? "Moving out of the area, or no longer working there? Then leave the group and let an admin know."
                : "Moving out of the area? Then leave the group and let an admin know."
        case .questionsPrivately:
            return "Have a question about the group? Do not ask it in the group, but in a message to an admin."
        case .stayNearHome:
            return "Is something happening in the neighbourhood? Then stay near your own home and watch what you see there. Do not all go to the same place."
        case .noAdverts:
            return "Do not post adverts in the group. Do not write in CAPITALS: it reads as shouting."
        case .ownMessages:
            return "You are responsible for what you post in the group."
        case .neighbouringAdmins:
            return "The admins of groups nearby are members of this group too, even if they do not live in our area. That way the groups warn each other. So they also see your phone number. Such an admin may pass a report on to their own group, but without photos, names or phone numbers."
        case .wijkagentContact:
            let who = settings.contactAdmin.isEmpty ? "One admin" : "Admin \(settings.contactAdmin)"
            return "\(who) keeps in touch with the wijkagent, the community police officer. The wijkagent is not a member of the group. Does something keep happening, or is there a nuisance? Tell that admin, or call 0900-8844 yourself. Is something happening now? Call 112."
        case .phoneChain:
            return "Some neighbours have no smartphone. They are on a phone chain: when there is a report, a member nearby calls them. For this the admins keep their name and phone number, and give that number to the members who call."
        }
    }

    /// `at least 2 and at most 4`, or `4` when the group chose the most allowed.
    private static func groupSize(_ sizes: ClosedRange<Int>) -> String {
        sizes.count == 1 ? "\(sizes.lowerBound)" : "at least \(sizes.lowerBound) and at most \(sizes.upperBound)"
    }

    static func checklistLine(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar: return "I know the four steps of SAAR: Signaleer, Alarmeer, App, Reageer."
        case .call112First: return "If something suspicious is happening now, I call 112 first, and only then post in the group."
        case .say112Called: return "I say in my message that I called 112."
        case .oneCaller: return "If someone has already called 112, I only call again when I see something new."
        case .allClear: return "When my report is over or was a false alarm, I say so in the group."
        case .behaviourNotAppearance: return "I find someone suspicious for what they do, not for their looks or origin."
        case .approachSafely:
            return "I only speak to someone when it is safe, and never on my own: with \(groupSize(settings.approachGroup)) members."
                + (settings.membersUnder18 ? " If I am under 18, I do not speak to anyone." : "")
        case .noVigilantism: return "I do not take the law into my own hands, and I keep to the law."
        case .photos:
            switch settings.photoRule {
            case .never: return "I do not send photos of people to the group."
            case .forDescription: return "I only take a photo of someone when it is safe and needed for a description. I never forward it outside the group."
            case .onlyToPolice: return "I do not send photos of people to the group. I only give a photo to the police, when they ask for it."
            }
        case .noForwarding: return "I forward nothing from the group to others, and I put nothing online."
        case .respect: return "I do not swear, insult or discriminate."
        case .purposeOnly: return "I only post reports of suspicious situations in the group."
        case .noReplies: return "I do not reply to a report with thanks or thumbs-up."
        case .citizensInitiative: return "The police are not in the group. In an emergency I call 112, otherwise 0900-8844."
        case .leaveWhenMoving:
            return settings.worksToo
                ? "If I move out of the area, or no longer work there, I leave the group."
                : "If I move out of the area, I leave the group."
        case .questionsPrivately: return "I ask questions about the group in a message to an admin, not in the group."
        case .stayNearHome: return "During a report I stay near my own home."
        case .noAdverts: return "I do not post adverts in the group."
        case .ownMessages: return "I am responsible for my own messages."
        case .whatIsSuspicious, .describePerson, .describeVehicle, .removal, .adminDecides,
             .neighbouringAdmins, .wijkagentContact, .phoneChain:
            return ""
        }
    }

    static func descriptionLine(_ id: AgreementID) -> String {
        switch id {
        case .purposeOnly: "Only reports of suspicious situations, no other messages."
        case .call112First: "Is something suspicious happening now? Call 112 first. Then post in the group."
        case .say112Called: "Say in your message that you called 112."
        case .noReplies: "No replies under a report."
        case .respect: "Respect for everyone."
        case .noForwarding: "Nothing is forwarded outside the group."
        case .citizensInitiative: "The police are not in the group. Something suspicious now? Call 112. Not urgent: 0900-8844."
        default: ""
        }
    }

    static func welcomeLine(_ id: AgreementID, _ settings: AgreementSettings) -> String {
        switch id {
        case .saar:
            return """
            *How it works: SAAR*
            1. _Signaleer_ (notice): you see someone do something that does not fit the place or the time.
            2. _Alarmeer_ (alert): is it happening now? Call 112.
            3. _App_: post in the group. \(settings.mentionCalled112 ? "Say what you see, where, and that you called 112." : "Say what you see and where.")
            4. _Reageer_ (respond): only do something when it is safe.
            """
        case .call112First: return descriptionLine(id)
        case .allClear: return "Is it over, or was it a false alarm? Then say so in the group."
        case .behaviourNotAppearance: return "Suspicious is what someone does, where and when. Appearance makes nobody suspicious."
        case .photos:
            switch settings.photoRule {
            case .never: return "Do not send photos of people."
            case .forDescription: return "A photo of a person only when it is safe and needed for a description."
            case .onlyToPolice: return "Do not send photos of people to the group."
            }
        case .noForwarding: return "Do not forward anything from this group, and put nothing online."
        case .questionsPrivately: return "Questions about the group? Do not ask them in the group, but in a message to an admin."
        default: return ""
        }
    }

    /// What the seed page asks, in our own words, for a seed agreement that is switched off.
    private static func seedAsks(_ id: AgreementID) -> String {
        switch id {
        case .call112First: "if you see something suspicious happening now, call 112 first."
        case .say112Called: "let the group know that you called 112, so that no more people call about the same thing."
        case .whatIsSuspicious: "agree together what striking behaviour is, for example someone who seems to be scouting the neighbourhood."
        case .describePerson: "describe a suspect clearly, for example their clothes, height and face."
        case .describeVehicle: "for a vehicle, give the colour, the make, the type and the licence plate."
        case .approachSafely: "only speak to someone when you feel safe, preferably with 2 or more members, and take no risks."
        case .noVigilantism: "do not take the law into your own hands and break no laws, not even with a phone in your hand while driving."
        case .photos: "only send a photo of a suspect when it is needed for a clear description."
        case .respect: "mind your language: no swearing, no insults and no discrimination."
        case .purposeOnly: "only use the group for suspicious situations, so that every message stays important."
        case .citizensInitiative: "the police are not members of the group, and respond to reports through 112."
        default: ""
        }
    }
}
