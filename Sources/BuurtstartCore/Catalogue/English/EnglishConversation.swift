/// The conversation: what a session says between the questions, and the review.
extension English {
    static func conversation(_ message: Message) -> String {
        switch message {
        case .welcome:
            return """
            Welcome to buurtstart.
            Together with your neighbours you start a WhatsApp group for neighbourhood watch \
            (buurtpreventie). I will ask you questions in 7 steps. Then I make the group's rules \
            (charter.txt), a checklist for new members (checklist.txt), texts to paste into \
            WhatsApp (whatsapp.txt), and pages to print, such as a letter for every letterbox \
            (.html).
            Your answers are saved after every question. Type ? for help, back to go back one \
            question, and stop to continue later.
            """
        case .blank:
            return ""
        case .commandNotHere(let word):
            return "\(quoted(word)) does nothing at this question. Type your answer, or ? for help."
        case .needsNumber(let word):
            return "Type \(word.word(in: .english)) with a number after it, for example: \(word.word(in: .english)) 2"
        case .confirmHelp(.resumeUnfinished):
            return "Type yes (or press Enter) to continue at the question where you were. Type no to go through every question again; your answers stay. Type stop to stop."
        case .confirmHelp(.reopenFinished):
            return "Type yes (or press Enter) to go to the review and change something. Type no or stop to change nothing."
        case .confirmHelp(.overwrite):
            return "Type yes to replace the old files with the new version. Type no (or press Enter) to leave them."
        case .confirmHelp(.keepOverlap):
            return "Type yes to keep this part in your area anyway. The rules then name the other group. Type no (or press Enter) to leave it out and type it differently."
        case .confirmHelp(.keepOwnAgreement):
            return "Type yes to put this agreement of your own in the rules anyway. Type no (or press Enter) to leave it out. You can then type it differently."
        case .savePathQuestion:
            return "Where do you want to keep a copy of your answers? Type a path, for example /tmp/buurt.json. Press Enter to go back."
        case .savePathLabel:
            return "Path for the copy"
        case .savePathCancelled:
            return "No copy was made."
        case .stopNotSaved:
            return "Note: your answers were NOT saved in the folder."
        case .rescued(let path):
            return "So I saved them in \(path). Only you can read that file. Put it back as buurtstart.json in your folder to continue."
        case .rescueFailed(let fault):
            return "I could not save your answers anywhere else either: \(self.fault(fault)). They are lost."
        case .stepHeading(let step):
            return "Step \(step.rawValue) of \(Step.allCases.count): \(stepName(step))"
        case .stepWhy(.group): return "Your group gets a name, so that neighbours recognise it and can find it."
        case .stepWhy(.area): return "You decide which addresses belong to the group. Then you know who may join."
        case .stepWhy(.members): return "You agree who may join and how big the group will be."
        case .stepWhy(.admins): return "Admins add members and look after the rules."
        case .stepWhy(.agreements): return "Good rules keep the group calm, safe and fair."
        case .stepWhy(.contacts): return "So everyone knows whom to call, and when."
        case .stepWhy(.review): return "Check everything once more. Then I make the documents."
        case .adminPhoneQuestion(let name):
            return "What is \(name)'s phone number? It stays in buurtstart.json. It goes into the rules and the introduction for the wijkagent only if you choose so in a moment. Press Enter to skip."
        case .option(.eligibility(.residents)): return "Only people who live in the area"
        case .option(.eligibility(.residentsAndWorkers)): return "People who live or work in the area"
        case .option(.photoRule(.never)): return "Never send photos of people"
        case .option(.photoRule(.forDescription)): return "Only when it is safe and needed for a good description"
        case .option(.photoRule(.onlyToPolice)): return "Not in the group; only to the police when they ask"
        case .option(.paper(.all)): return "Also the letter for the neighbours and the introduction for the wijkagent"
        case .option(.paper(.withoutLetter)): return "Without the letter for the neighbours"
        case .option(.paper(.withoutIntroduction)): return "Without the introduction for the wijkagent"
        case .option(.paper(.neither)): return "Neither"
        case .commandsHeading:
            return "You can type these at every question:"
        case .commandHelp(.help): return "help with the question"
        case .commandHelp(.back): return "back to the previous question"
        case .commandHelp(.review): return "all answers so far"
        case .commandHelp(.stop): return "save and stop; continue later"
        case .commandHelp(.save): return "keep a copy of your answers somewhere else"
        case .commandHelp(.change): return "change step N, for example: change 2"
        case .commandHelp(.done): return "done with this list, or make the documents"
        case .commandHelp(.list): return "the list so far"
        case .commandHelp(.remove): return "take number N out of the list"
        case .commandHelp(.all): return "switch every agreement on"
        case .commandHelp(.none): return "switch every agreement off"
        case .commandHelp(.recommended): return "switch the recommended agreements on"
        case .commandHelp(.yes): return "yes"
        case .commandHelp(.no): return "no"
        case .municipalityUnlisted(let name):
            return "You keep \(name) as the municipality, as you typed it. It is not on the list of municipalities, so buurtstart groups cannot put the group with a municipality."
        case .groupNameLong(let count):
            return "Note: this name has \(count) characters. A name of up to \(AnswerLimits.groupNameShown) characters fits everywhere. A longer name is sometimes cut short."
        case .ageNeedsConsent(let age):
            return """
            Note: children of \(age) can then become members. Everyone in the group sees a child's \
            phone number, also adults the child does not know. Under \(AnswerLimits.parentConsentAge), a parent or guardian must \
            give permission. That is the privacy law (AVG). This goes into the rules and the \
            checklist too. Most rule lists set the age at 18.
            """
        case .membersAboveAdvice(let count):
            return """
            Note: \(count) members is a lot. A group of 50 to 100 members stays easy to follow. \
            You can also split the area along a street and make two groups.
            """
        case .singleAdmin:
            return """
            Note: the group has one admin now. What if they are ill, on holiday or move away? \
            Two or more admins are better. Type back to add another.
            """
        case .currentList:
            return "This is the list now (type remove and a number to take something out):"
        case .listEmpty:
            return "The list is still empty."
        case .added(let entry):
            return "Added: \(self.entry(entry))"
        case .removed(let entry):
            return "Removed: \(self.entry(entry))"
        case .firstQuestion:
            return "This is the first question. You cannot go back further."
        case .changeNotYet:
            return "You can change steps once you have seen the review (step 7). Type back to change an earlier question."
        case .onlyAdminIsContact(let name):
            return "\(name) is the contact for the municipality and the wijkagent."
        case .agreementsChanged(let on, let off):
            var parts: [String] = []
            if !on.isEmpty { parts.append("Switched on: " + on.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            if !off.isEmpty { parts.append("Switched off: " + off.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            return parts.joined(separator: "\n") + "\nPress Enter when you are done."
        case .agreementLine(let id):
            return "\(title(id))  (\(text(AgreementText.id(id))))"
        case .resumeUnfinished(let name):
            return """
            This folder holds the answers of a group that is not finished yet\(name.isEmpty ? "" : ": \(name)").
            Do you want to continue where you were? Type no to go through all questions again. Your answers stay.
            """
        case .resumeChange(let name, let version):
            return """
            In this folder a new version of the rules for \(name.isEmpty ? "a group" : name) is being written. \
            Version \(version) is the last one finished. It still applies until the new version is finished.
            Do you want to continue where you were? Type no to go through all questions again. Your answers stay.
            """
        case .resumeFinished(let name, let version):
            return """
            This folder already has rules for \(name.isEmpty ? "a group" : name) (version \(version)).
            Do you want to change something? You go to the review. Type no to change nothing.
            """
        case .stopped(let command):
            return "Your answers are saved in buurtstart.json. To continue later, type: \(command)"
        case .noInput(let command):
            return "No answer came in, so nothing was saved. Start again and answer the questions: \(command)"
        case .unchanged:
            return "Nothing has changed."
        case .overwriteQuestion(let files, let removing):
            let gone = removing.isEmpty ? "" : "\(list(removing)) \(removing.count == 1 ? "belongs" : "belong") to a page you now leave out. "
            if files.isEmpty { return gone + "Do you want to remove \(removing.count == 1 ? "it" : "them") from this folder?" }
            return "\(list(files)) already \(files.count == 1 ? "exists" : "exist") in this folder. " + gone
                + (removing.isEmpty ? "Do you want to replace them with the new version?" : "Do you want to replace them with the new version, and remove \(list(removing))?")
        case .removedDocuments(let files):
            return "Removed, as you leave the page out: \(list(files))."
        case .stalePDFs(let files, let command):
            return "Note: \(list(files)) still \(files.count == 1 ? "shows" : "show") the previous version. Make new ones with: \(command)"
        case .notOverwritten:
            return """
            Nothing was replaced. Your answers are saved. Type done if you want to replace the \
            files after all, or stop to stop.
            """
        case .written(let directory):
            return "Done! I made these files in \(directory == "." ? "this folder" : "the folder \(directory)"):"
        case .writtenDocument(let document, let files):
            let what = switch document {
            case .charter: "the rules, to print or to paste into the group"
            case .checklist: "the checklist every new member fills in before joining"
            case .whatsApp: "the group description, the welcome message and the invitation for neighbours, to paste into WhatsApp"
            case .letter: "the letter for every letterbox, with a slip to sign up on paper"
            case .privacy: "the privacy statement: what the admins keep about members, and why"
            case .introduction: "the introduction for the wijkagent and the municipality"
            }
            return "\(list(files)): \(what)"
        case .nextStepsHeading:
            return "What to do next?"
        case .nextStep(let step):
            switch step {
            case .checkExisting:
                return "Check whether there is a group for your area already: on the map of the WABP foundation (wabp.nl), or ask the municipality."
            case .register:
                return "Register the group with the WABP foundation (wabp.nl), so that it shows on the map. If the municipality asks for it, register it there too; it is often needed for street signs."
            case .invite(let letter, let whatsApp, let fillIn):
                return (letter.map { "Put the letter (\($0)) in every letterbox in the area. Many neighbours are in no app yet: with the slip they sign up on paper." }
                    ?? "Invite every neighbour: at the door, or with a letter in every letterbox. Many neighbours are in no app yet: give them a way to sign up without WhatsApp.")
                    + " Neighbours with WhatsApp can get the invitation from \(whatsApp)."
                    + (fillIn ? " First fill in there how neighbours sign up, in the place between [ ]." : "")
            case .signUps(let privacy, let checklist, let command):
                return "Keep the sign-ups as \(privacy) says. For each sign-up, check that the address is in the area: \(command) \"street number\". Go through the rules with each new member, have them fill in \(checklist), and then add them."
            case .members(let command, let register):
                return "Go through the checklist with buurtstart for each new member: it puts the member in the register (\(register), on your own computer only). Handing over to another admin? Hand that file over yourself too, and then delete it on your side. To take in a new member: \(command)"
            case .introduce(let introduction):
                return (introduction.map { "Give \($0) to the wijkagent and the municipality, and to the housing corporation if there is one." }
                    ?? "Introduce the group to the wijkagent and the municipality, and to the housing corporation if there is one.")
                    + " The wijkagent does not become a member: the contact keeps in touch outside the group."
            case .whatsApp(let file, let otherAdmins, let chatGroup):
                return "In WhatsApp: create the group and put the group description from \(file) in the group's description. "
                    + (otherAdmins ? "Make the other admins admin too. " : "")
                    + "In the settings, let only admins add members and change the group. "
                    + (chatGroup ? "Also create the separate group for chatting, so that the alert group stays quiet. " : "")
                    + "Send every new member the welcome message from \(file). Never put the invite link in the group: anyone who has it can join. "
                    + "The link works until an admin resets it. Do that when it reaches others."
            case .print(let command):
                return "Open the .html files in a browser and print them. Or make PDF files of them: \(command)"
            case .changeLater(let command):
                return "Want to change something later? Start again: \(command)"
            }
        case .reviewHint:
            return "Type done to make the rules and the checklist. Want to change something? Type change and the number of the step, for example: change 2."
        case .yesNoLabel:
            return "yes or no"
        case .presetWelcome(let basedOn):
            return "You start from: \(basedOn). You can change that at every question."

        case .interruptHint:
            return "Do you want to stop? Type stop, or press Ctrl-D. Your answers are saved."
        case .historyUnreadable(let path):
            return "Note: I cannot read the earlier answers in \(path). I start with an empty history."

        case .reviewHeading:
            return "Review of your answers so far:"
        case .reviewNotYet(let step):
            return "Step \(step.rawValue) and on: not answered yet."
        case .saveFailed(let file, let fault):
            return """
            Note: I could not save \(file): \(self.fault(fault)). Your answers are not lost: they \
            are still in memory. Fix the problem and give the next answer, and I will try again. \
            Or save them somewhere else: type save, then a path such as /tmp/buurt.json.
            """
        case .documentsFailed(let fault):
            return """
            Note: I could not make the rules and the checklist: \(self.fault(fault)). The old \
            files have not changed. Your answers are still in memory. Fix the problem and type \
            done, or save your answers somewhere else: type save.
            """
        case .documentsPartlyPlaced(let fault, let resumeCommand):
            return """
            Note: I could not put all the new documents in place: \(self.fault(fault)). Some are new \
            already; the others are ready beside the old ones. Your answers are saved. Fix this and start \
            again (type: \(resumeCommand)), or make the documents with buurtstart export: then I put the rest in place.
            """
        case .savedCopy(let path):
            return "Your answers are now also in \(path)."
        case .copyFailed(let path, let fault):
            return "I could not write \(path): \(self.fault(fault)). Type save and choose another place, for example /tmp/buurt.json."
        case .overlapFound(let group, let shared, let theirs, let contact, let finished):
            return "Note: the group \(group) has this part too: \(part(shared))."
                + (theirs.map { " That group has: \(part($0))." } ?? "")
                + (contact.map { " That group's contact: \($0)." } ?? "")
                + (finished ? "" : " That group is still being set up.")
        case .overlapQuestion:
            return "Do you want to keep it in your area anyway? Sometimes that is agreed. Type yes to keep it: the rules then say so in the area section. Type no (or press Enter) to type it differently."
        case .overlapKept(let part, let groups):
            return "Added: \(self.part(part)). The rules say you share this part with \(groups == 1 ? "the other group" : "the other groups")."
        case .overlapNotAdded(let part):
            let differently = if case .street = part { "for example with other numbers, " } else { "" }
            return "Not added: \(self.part(part)). Type it again, \(differently)or press Enter when you are done."
        case .ownAgreementQuestion:
            return "An agreement of your own may not contradict the other agreements. Do you want to keep this one anyway? Type yes to keep it. Type no (or press Enter) to leave it out."
        case .ownAgreementNotAdded(let text):
            return "Not added: \(text). Type it differently, or press Enter when you are done."
        case .groupsNone(let folder):
            return "Note: \(folder) holds no other group. So I compare your area with none."
        case .question, .label, .help, .problem, .entry, .agreement, .changes, .renewal, .reviewLine, .option(.name), .verbatim, .member:
            return routed(message) ?? ""
        }
    }
}
