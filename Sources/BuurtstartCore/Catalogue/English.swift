/// Every English text: plain words and short sentences, for residents whose first language is
/// not Dutch. One `switch`, so a text can never be missing. Dutch terms residents meet in
/// daily life (wijkagent, Burgernet, Meld Misdaad Anoniem) are kept and explained.
enum English {
    static func text(_ message: Message) -> String {
        switch message {
        case .welcome:
            return """
            Welcome to buurtstart.
            Together with your neighbours you start a WhatsApp group for neighbourhood watch \
            (buurtpreventie). I will ask you questions in 7 steps. Then I make the group's rules \
            (charter.txt), a checklist for new members (checklist.txt) and texts to paste into \
            WhatsApp (whatsapp.txt).
            Your answers are saved after every question. Type ? for help, back to go back one \
            question, and stop to continue later.
            """
        case .stepHeading(let step):
            return "Step \(step.rawValue) of \(Step.allCases.count): \(stepName(step))"
        case .stepWhy(let step):
            switch step {
            case .group: return "Your group gets a name, so that neighbours recognise it and can find it."
            case .area: return "You decide which addresses belong to the group. Then you know who may join."
            case .members: return "You agree who may join and how big the group will be."
            case .admins: return "Admins add members and look after the rules."
            case .agreements: return "Good rules keep the group calm, safe and fair."
            case .contacts: return "So everyone knows whom to call, and when."
            case .review: return "Check everything once more. Then I make the documents."
            }
        case .question(let question, let answers):
            return self.question(question, answers)
        case .label(let question):
            return label(question)
        case .defaultGroupName(let neighbourhood):
            return neighbourhood.isEmpty ? "Buurtpreventie" : "Buurtpreventie \(neighbourhood)"
        case .help(let question):
            return help(question)
        case .commands(let atReview):
            var lines = [
                "You can type these at every question:",
                "  ?           help with the question",
                "  back        back to the previous question",
                "  review      all answers so far",
                "  stop        save and stop; continue later",
            ]
            if atReview { lines.append("  change N    change step N, for example: change 2") }
            lines.append("The Dutch words (terug, overzicht, wijzig, klaar) work too.")
            return lines.joined(separator: "\n")
        case .problem(let problem):
            return self.problem(problem)
        case .groupNameLong(let count):
            return "Note: this name has \(count) characters. A name of up to 25 characters fits everywhere. A longer name is sometimes cut short."
        case .ageNeedsConsent:
            return """
            Note: members under 16 need permission from a parent or guardian. That is the \
            privacy law (AVG). This goes into the rules and the checklist too.
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
            return "This is in the list now (type remove and a number to take something out):"
        case .listEmpty:
            return "The list is still empty."
        case .added(let item):
            return "Added: \(item)"
        case .removed(let item):
            return "Removed: \(item)"
        case .firstQuestion:
            return "This is the first question. You cannot go back further."
        case .changeNotYet:
            return "You can change steps once you have seen the review (step 7). Type back to change an earlier question."
        case .onlyAdminIsContact(let name):
            return "\(name) is the contact for the municipality and the police."
        case .agreementsChanged(let on, let off):
            var parts: [String] = []
            if !on.isEmpty { parts.append("Switched on: " + on.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            if !off.isEmpty { parts.append("Switched off: " + off.map { "\($0.number) (\(title($0)))" }.joined(separator: ", ") + ".") }
            return parts.joined(separator: "\n") + "\nPress Enter when you are done."
        case .agreementListLine(let id, let selected):
            let number = id.number < 10 ? " \(id.number)" : "\(id.number)"
            return "  [\(selected ? "x" : " ")] \(number)  \(title(id))  (\(id.rawValue))"
        case .resumeUnfinished(let name):
            return """
            This folder holds the answers of a group that is not finished yet\(name.isEmpty ? "" : ": \(name)").
            Do you want to continue where you were? Type no to go through all questions again. Your answers stay.
            """
        case .resumeFinished(let name, let version):
            return """
            This folder already has rules for \(name.isEmpty ? "a group" : name) (version \(version)).
            Do you want to change something? You go to the review. Type no to change nothing.
            """
        case .stopped(let command):
            return "Your answers are saved in buurtstart.json. To continue later, type: \(command)"
        case .unchanged:
            return "Nothing has changed."
        case .overwriteQuestion(let files):
            return "\(list(files)) already \(files.count == 1 ? "exists" : "exist") in this folder. Do you want to replace them with the new version?"
        case .notOverwritten:
            return """
            Nothing was replaced. Your answers are saved. Type done if you want to replace the \
            files after all, or stop to stop.
            """
        case .written(let files, let directory):
            return """
            Done! I made \(list(files)) in \(directory == "." ? "this folder" : "the folder \(directory)").
            Print the rules or paste them into the group. Want to change something later? Start buurtstart again in this folder.
            """
        case .reviewHint:
            return "Type done to make the rules and the checklist. Want to change something? Type change and the number of the step, for example: change 2."
        case .yesNoLabel:
            return "yes or no"
        case .presetWelcome(let basedOn):
            return "You start from the advice of \(basedOn). You can change it at every question."
        case .presetsList(let presets):
            return (["Presets (use: buurtstart --preset NAME, or --preset FILE.json):"]
                + presets.map { "  \($0.name)  \($0.basedOn) (\($0.agreements?.count ?? AgreementID.recommended.count) agreements)" })
                .joined(separator: "\n")
        case .presetUnknown(let name, let known):
            return "I do not know the preset '\(name)'. Choose from: \(list(known, or: true)), or give a file: --preset my-municipality.json"
        case .interruptHint:
            return "Do you want to stop? Type stop, or press Ctrl-D. Your answers are saved."
        case .historyUnreadable(let path):
            return "Note: I cannot read the earlier answers in \(path). I start with an empty history."

        case .dataFile(let error, let file):
            return dataFile(error, file: file)
        case .saveFailed(let file, let fault):
            return """
            Note: I could not save \(file): \(self.fault(fault)). Your answers are not lost: they \
            are still in memory. Fix the problem and give the next answer, and I will try again. \
            Or save them somewhere else with: save PATH (for example save /tmp/buurt.json).
            """
        case .documentsFailed(let fault):
            return """
            Note: I could not make the rules and the checklist: \(self.fault(fault)). The old \
            files have not changed. Your answers are still in memory. Fix the problem and type \
            done, or save your answers somewhere else with: save PATH.
            """
        case .savedCopy(let path):
            return "Your answers are now also in \(path)."
        case .copyFailed(let path, let fault):
            return "I could not write \(path): \(self.fault(fault)). Choose another place, for example: save /tmp/buurt.json"
        case .folderInUse(let folder):
            return "A buurtstart session is already running in the folder \(folder). Finish it first, or end it with stop. That way two sessions do not overwrite each other's answers."
        case .documentsExist(let files):
            return "\(list(files)) already \(files.count == 1 ? "exists" : "exist"). Nothing was replaced. Use --force to replace them."
        case .exported(let files, let directory):
            return "Made: \(list(files)) in \(directory == "." ? "this folder" : "the folder \(directory)")."
        case .badDate(let text):
            return "'\(text)' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26."
        case .unknownLanguage(let language):
            return "I do not know the language '\(language)'. Choose \(list(Language.allCases.map(\.rawValue), or: true)), for example --lang en."
        case .replayOutNeedsOneFile:
            return "--out takes one transcript at a time. Name one, or leave out --out."
        case .cannotUseFolder(let folder, let fault):
            return "I cannot use the folder \(folder): \(self.fault(fault)). Choose another folder with --dir."
        case .cannotRead(let file, let fault):
            return "I cannot read \(file): \(self.fault(fault)). Check that the file is there and intact."

        case .transcriptError(let error, let file):
            return "\(file):\(error.line): \(transcriptProblem(error.kind))"
        case .replayDiffers(let file, let line):
            return "\(file):\(line): this is where the output first differs."
        case .replayUpdateHint(let file):
            return "Is the new output right? Update the transcript with: buurtstart replay --update \(file)"
        case .replayUpdated(let file, let changed):
            return "\(file): updated: \(list(changed))."
        case .replayUnchanged(let file):
            return "\(file): nothing changed."
        case .recordingFailed(let file, let fault):
            return "I cannot write the transcript \(file): \(self.fault(fault)). Choose another place with --record."

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
        case .addressOutcome(let outcome):
            switch outcome {
            case .streetEntry(let entry, let position):
                return "Inside the area: the address falls under street number \(position), \(text(.streetEntry(entry)))."
            case .postcode(let postcode, let position):
                return "Inside the area: the postcode falls under postcode number \(position), \(postcode)."
            case .numberOutside(let street, let number, let entries):
                return "Outside the area: \(street) belongs to it, but number \(number) does not. It has: \(entries.map { text(.streetEntry($0)) }.joined(separator: "; "))."
            case .notInArea(let street, let postcode):
                return "Outside the area: \(street) is not among the streets" + (postcode.map { ", and \($0) is not among the postcodes." } ?? ". Give the postcode too with --postcode if the area lists postcodes.")
            }

        case .streetEntry(let entry):
            var text = entry.name
            if let range = entry.range { text += " " + numbers(range) }
            switch (entry.range, entry.side) {
            case (nil, nil): text += ", whole street"
            case (_, .some(let side)): text += ", \(sideName(side)) side"
            default: break
            }
            return text
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

        case .reviewHeading:
            return "Review of your answers so far:"
        case .reviewGroup(let group):
            return "1. Group: \(orDash(group.name)) (municipality \(orDash(group.municipality)), neighbourhood \(orDash(group.neighbourhood)))"
        case .reviewArea(let area):
            var lines = ["2. Area: " + (area.streets.isEmpty ? "no streets" : area.streets.map { text(.streetEntry($0)) }.joined(separator: "; "))]
            lines.append("   Postcodes: " + (area.postcodes.isEmpty ? "none" : area.postcodes.map(\.description).joined(separator: ", ")))
            if !area.boundary.isEmpty { lines.append("   Boundary: \(area.boundary)") }
            return lines.joined(separator: "\n")
        case .reviewMembers(let members):
            var parts = ["\(members.minimumAge) and older", text(.eligibility(members.eligibility))]
            if let count = members.expectedMembers { parts.append("about \(count) members") }
            parts.append("separate chat group: \(members.separateChatGroup ? "yes" : "no")")
            return "3. Members: " + parts.joined(separator: "; ")
        case .reviewAdmins(let admins):
            let names = admins.people.enumerated().map { index, admin in
                admin.firstName + (index == admins.contact ? " (contact)" : "") + (admin.phone.map { ", \($0)" } ?? "")
            }
            return "4. Admins: " + (names.isEmpty ? "none yet" : names.joined(separator: "; "))
                + (admins.phonesInCharter ? "; numbers in the rules" : "")
        case .reviewAgreements(let choices):
            var lines = ["5. Agreements: \(choices.selected.count) chosen: " + choices.selected.map { String($0.number) }.joined(separator: ", ")]
            var settings: [String] = []
            if choices.has(.approachSafely) { settings.append("approach with at least \(choices.approachGroupSize)") }
            if choices.has(.photos) { settings.append("photos: \(text(.photoRule(choices.photoRule)))") }
            if choices.has(.describePerson) { settings.append("skin colour in a description: \(choices.skinColourInDescription ? "yes" : "no")") }
            if !settings.isEmpty { lines.append("   " + settings.joined(separator: "; ")) }
            if !choices.custom.isEmpty { lines.append("   Own agreements: " + choices.custom.joined(separator: " / ")) }
            return lines.joined(separator: "\n")
        case .reviewContacts(let contacts):
            var parts = ["112, 0900-8844, 0800-7000"]
            if !contacts.wijkagentName.isEmpty {
                parts.append("wijkagent: \(contacts.wijkagentName)" + (contacts.wijkagentReach.isEmpty ? "" : " (\(contacts.wijkagentReach))"))
            }
            parts.append("recommend Burgernet: \(contacts.recommendBurgernet ? "yes" : "no")")
            return "6. Contacts: " + parts.joined(separator: "; ")

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

    // MARK: - Pieces

    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]

    static func stepName(_ step: Step) -> String {
        switch step {
        case .group: "Group"
        case .area: "Area"
        case .members: "Members"
        case .admins: "Admins"
        case .agreements: "Agreements"
        case .contacts: "Contacts"
        case .review: "Review"
        }
    }

    static func sideName(_ side: Side) -> String { side == .even ? "even" : "odd" }

    static func numbers(_ range: HouseNumberRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first) to \(range.last)"
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        Phrase.list(items, conjunction: or ? "or" : "and")
    }

    static func orDash(_ text: String) -> String { Phrase.orDash(text) }

    static func quoted(_ text: String) -> String { Phrase.quoted(text) }

    // MARK: - Questions

    static func question(_ question: QuestionID, _ answers: Answers) -> String {
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
            return """
            Who may join?
              1. Only people who live in the area
              2. People who live or work in the area
            """
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
            let name = answers.admins.people.last?.firstName ?? ""
            return "What is \(name)'s phone number? It does not go into the rules unless you choose so. Press Enter to skip."
        case .contactAdmin:
            var lines = ["Who is the contact for the municipality and the police?"]
            for (index, admin) in answers.admins.people.enumerated() { lines.append("  \(index + 1). \(admin.firstName)") }
            return lines.joined(separator: "\n")
        case .phonesInCharter:
            return """
            Do you want to put the admins' phone numbers in the rules? Everyone who gets the rules \
            then sees them. Without numbers, members find the admins in the group.
            """
        case .agreements:
            return """
            Which agreements does the group make? A cross [x] means: chosen. The recommended agreements are on already.
            Type a number to switch an agreement on (3), or with a minus in front to switch it off (-3). \
            Several at once is fine: 3 -5 19. Or type: all, none, recommended or list.
            Press Enter when you are done.
            """
        case .approachGroupSize:
            return "With how many members at least do you speak to someone? Never do it alone. Usually it is 2."
        case .photoRule:
            return """
            What may the group do with photos of a person who seems suspicious?
              1. Never send photos of people
              2. Only when needed for a good description
              3. Only send them to the police, not to the group
            """
        case .skinColour:
            return """
            May skin colour be part of a description of a person? Describe above all what someone \
            does. How someone looks does not tell whether they are suspicious.
            """
        case .customAgreement:
            return "Do you want to add agreements of your own? Type one agreement per line, as a short sentence. Press Enter when you are done."
        case .wijkagentName:
            return """
            What is the name of your neighbourhood's community police officer (wijkagent)? You \
            find them on politie.nl, under 'Mijn wijkagent'. Press Enter to skip. Type - to clear.
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
            return "Choose a name neighbours recognise. Up to 25 characters fits everywhere. More than 100 characters is not possible."
        case .street:
            return """
            A street may be whole (Zeeweg), or a part: house numbers (Voorstraat 10-80) and one side \
            (Zeeweg 1-99 odd, Boulevard 2-40 even). Two lines of the same street may not overlap. \(list)
            """
        case .postcode:
            return "Neighbours often look a group up by postcode. A postcode has 4 digits and 2 letters. \(list)"
        case .boundary:
            return "A sentence helps neighbours see the area, for example: between the Zeeweg, the Voorstraat and the dunes."
        case .minimumAge:
            return "Most groups choose 18. WhatsApp is allowed from 13 in the EU. Under 16, a parent's permission is needed."
        case .eligibility:
            return "Type 1 or 2. People who work in the area are often there during the day, when residents are away."
        case .expectedMembers:
            return "A number is enough, for example 40. Above 100 members a group gets busy. WhatsApp allows at most 1024 members."
        case .chatGroup:
            return "Many people are annoyed by too many messages. A separate chat group keeps the report group quiet. Type yes or no."
        case .adminName:
            return "Only the first name goes into the rules. I ask for the phone number separately; it stays in buurtstart.json. \(list)"
        case .adminPhone:
            return "For example 06-12345678 or +31 6 12345678. The number goes into the rules only if you choose so, and never into the checklist."
        case .contactAdmin:
            return "The municipality and the police contact this admin. Type the number or the first name."
        case .phonesInCharter:
            return "The rules are often printed or shared. Only choose yes if the admins agree. The checklist never holds phone numbers."
        case .agreements:
            return "Type for example 19 to switch agreement 19 on, or -19 to switch it off. The name in brackets works too: -fotos."
        case .approachGroupSize:
            return "Only speak to someone when it is safe. With more people it is safer. Type a number from 2 to 20."
        case .photoRule:
            return "Sharing a photo can harm someone, even if they did nothing. Type 1, 2 or 3."
        case .skinColour:
            return "Research shows that people in such groups are sometimes suspected because of how they look. That is why the default is no."
        case .customAgreement:
            return "For example: After 23:00 only messages about emergencies. \(list)"
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

    // MARK: - Problems

    static func problem(_ problem: Problem) -> String {
        switch problem {
        case .answerRequired:
            return "You have not filled anything in yet. Type an answer, or ? for help."
        case .invisibleCharacters:
            return "Your answer contains invisible characters, control characters or characters that did not come through well. Please type the answer again by hand."
        case .textTooLong(let limit, let count):
            return "This answer is too long: \(count) characters. It may be at most \(limit) characters. Please make it shorter."
        case .groupNameTooLong(let count):
            return "This name is too long: \(count) characters. It may be at most 100 characters. Choose a shorter name, for example: Buurtpreventie Zeeweg."
        case .postcodeShape(let text):
            return "\(quoted(text)) is not a postcode. A postcode has 4 digits and 2 letters, for example 2221 AB. Only the 4 digits is fine too: 2221."
        case .postcodeStartsWithZero(let text):
            return "\(quoted(text)) is not a postcode: a postcode never starts with 0. Example: 2221 AB."
        case .postcodeLettersNotIssued(let pair):
            return "Postcodes with the letters \(pair) do not exist (SA, SD and SS are not used). Please check the postcode, for example on a letter."
        case .postcodeDuplicate(let new, let existing, let position):
            if new == existing { return "\(new) is already in the list (number \(position))." }
            if new.isWithin(existing) { return "\(new) already falls under \(existing) (number \(position)). You do not need to name it separately." }
            return "\(new) includes \(existing) (number \(position)). Do you want all of \(new)? Then first type remove \(position)."
        case .postcodeInStreetQuestion(let text):
            return "\(quoted(text)) looks like a postcode. Postcodes come at the next question. Type a street here, for example: Zeeweg 1-99 odd."
        case .streetNameMissing:
            return "I miss the name of the street. Example: Zeeweg or Zeeweg 1-99 odd."
        case .houseNumberShape(let text):
            return "I do not understand \(quoted(text)) as house numbers. Type one number (12) or a range (10-80), without letters. Example: Voorstraat 10-80."
        case .houseNumberOutOfRange(let number):
            return "House number \(number) is not possible. Choose a number from 1 to \(StreetEntry.highestNumber)."
        case .rangeReversed(let first, let last):
            return "The range \(first)-\(last) runs backwards. Put the lowest number first: \(last)-\(first)."
        case .sideParityMismatch(let side, let numbers):
            let wrong = list(numbers.map(String.init))
            let verb = numbers.count == 1 ? "is" : "are"
            return side == .even
                ? "You wrote even, but \(wrong) \(verb) odd. Example: Zeeweg 2-98 even, or Zeeweg 1-99 odd."
                : "You wrote odd, but \(wrong) \(verb) even. Example: Zeeweg 1-99 odd, or Zeeweg 2-98 even."
        case .streetOverlap(let new, let existing, let position):
            let newText = text(.streetEntry(new)), oldText = text(.streetEntry(existing))
            if new == existing { return "\(newText) is already in the list (number \(position))." }
            return "\(newText) overlaps with number \(position): \(oldText). Change one of the two. With remove \(position) you take out number \(position)."
        case .areaEmpty:
            return "The area is still empty. Fill in at least one street or one postcode."
        case .notANumber(let text):
            return "\(quoted(text)) is not a number. Type digits only, for example 18."
        case .ageBelowWhatsAppMinimum(let age):
            return "\(age) is too young: WhatsApp is allowed from 13 in the EU. Choose 13 or older, for example 18."
        case .ageTooHigh(let age):
            return "\(age) is too high. Choose an age from 13 to 99, for example 18."
        case .membersTooFew:
            return "A group has at least 2 members. Type a number, for example 40. Do not know? Then type -."
        case .membersAboveWhatsAppLimit(let count):
            return "\(count) members does not fit: a WhatsApp group has at most 1024 members. Make two groups and split the area along a street."
        case .choiceUnknown(let text, let options):
            return "\(quoted(text)) is not a choice I know. Type \(list(options, or: true))."
        case .phoneShape(let text):
            return "\(quoted(text)) is not a Dutch phone number. Example: 06-12345678 or +31 6 12345678. Press Enter if you do not want to give a number."
        case .adminsMissing:
            return "A group has at least one admin. Type a first name, for example Anna."
        case .adminTwice(let name):
            return "\(name) is already in the list. Type another first name, or add a letter (Anna B.)."
        case .firstNameNeedsLetters(let text):
            return "\(quoted(text)) is not a first name. Type an admin's first name, for example Anna. Press Enter when everyone is in."
        case .positionUnknown(let number, let count):
            if count == 0 { return "The list is empty. There is nothing to remove." }
            return "There is no number \(number). Choose a number from 1 to \(count). Type list to see the list."
        case .agreementUnknown(let word):
            return "I do not know \(quoted(word)) as an agreement. Type a number (3), a minus and a number to switch off (-3), or: all, none, recommended."
        case .approachGroupTooSmall:
            return "Choose a number from 2 to 20. Speaking to someone alone is not safe."
        case .addressShape(let text):
            return "I do not understand \(quoted(text)) as an address. Write the street and the house number, for example: Zeeweg 12."
        case .stepUnknown:
            return "Which step do you want to change? Type change and a number from 1 to 7, for example: change 2."
        }
    }

    static func fault(_ fault: FileFault) -> String {
        switch fault {
        case .diskFull: "the disk is full"
        case .noPermission: "you may not write or read there"
        case .readOnly: "the folder can only be read"
        case .isDirectory: "there is a folder where a file should be"
        case .notDirectory: "that is not a folder"
        case .symbolicLink: "there is a shortcut (symbolic link); I do not follow it, so that I never overwrite another file by accident"
        case .missing: "that file or folder does not exist"
        case .other(let words): "the computer says: \(words)"
        }
    }

    static func dataFile(_ error: DataFileError, file: String) -> String {
        let place = error.field.map { "\(file), field \($0)" } ?? file
        switch error.kind {
        case .empty:
            return "\(file) is empty. Restore a backup, or remove the file to start again."
        case .notJSON:
            return "\(file) is not a valid JSON file. Restore a backup, or repair the file (see docs/answers.md)."
        case .unknownVersion(let version):
            return "\(place): I do not know version \(version) (I know version \(Answers.currentVersion)). Use the buurtstart that made the file."
        case .missing:
            return "\(place) is missing. Add it (see docs/answers.md) or restore a backup."
        case .wrongType:
            return "\(place) has the wrong kind of value. Repair it (see docs/answers.md) or restore a backup."
        case .badValue:
            return "\(place) has a value I do not know. Repair it (see docs/answers.md) or restore a backup."
        case .inconsistent(let problem):
            return "\(place): \(self.problem(problem)) Repair the file (see docs/answers.md) or restore a backup."
        case .unfinished:
            return "\(file) is not finished yet. Start buurtstart in this folder to finish the questions."
        }
    }

    static func transcriptProblem(_ kind: TranscriptError.Kind) -> String {
        switch kind {
        case .notATranscript:
            return "this is not a buurtstart transcript. The first line must be: # buurtstart-transcript: 1"
        case .unknownVersion(let version):
            return "I do not know transcript version \(version). I know version \(Transcript.formatVersion)."
        case .unknownLanguage(let language):
            return "I do not know the language '\(language)'. Use: \(Language.allCases.map(\.rawValue).joined(separator: ", "))."
        case .badDate(let text):
            return "'\(text)' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-26."
        case .missingDate:
            return "the header has no date. Add: # date: 2026-11-26"
        case .unknownOption(let option):
            return "I do not know the option \(option) in a transcript. Only --force is allowed."
        case .badDirectory:
            return "the dir: line has no folder. Example: # dir: ."
        case .badStartFrom(let path):
            return "'\(path)' must be a file beside the transcript, without .. or a leading /."
        case .unknownDocument(let name):
            return "'\(name)' is not a buurtstart document. Use charter.txt, checklist.txt or whatsapp.txt."
        case .unescaped(let line):
            return "the line '\(line)' starts with » or # but is neither input nor header. Put a \\ in front if it is output."
        case .badEscape(let text):
            return "'\(text)' has a \\ I do not understand. Write \\\\ for a \\, or \\u{1B} for an invisible character."
        case .afterEnd:
            return "after the end of input (␄) nothing can be typed any more."
        case .startFromUnreadable(let fault):
            return "the starting file cannot be read: \(self.fault(fault))."
        case .startFrom(let error):
            return dataFile(error, file: "starting file")
        }
    }

    // MARK: - Agreements

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
