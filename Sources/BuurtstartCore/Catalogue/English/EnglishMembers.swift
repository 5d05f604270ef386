/// The member commands in English: the intake of a new member, the register, warnings and removal.
extension English {
    static func member(_ message: MemberText) -> String {
        switch message {
        case .opening(let group, let version, let members):
            return """
            A new member for \(group). Keep the sign-up at hand. You go through the checklist \
            with the new neighbour, line by line. I store nothing until you type done; \
            a sign-up that cannot be accepted is not stored at all.
            Rules: version \(version). Now in the register: \(members) \(members == 1 ? "member" : "members").
            """
        case .label(let step):
            switch step {
            case .signUp, .residence, .admin: return "Number"
            case .name: return "Name"
            case .address: return "Address"
            case .postcode: return "Postcode"
            case .parentName: return "Parent's or guardian's name"
            case .phone: return "Phone number"
            case .minimumAge, .over16, .parentConsent, .checklist, .rulesTogether: return "yes or no"
            case .summary: return "done"
            }
        case .question(let step, let words):
            let name = words.name
            switch step {
            case .signUp: return "How did the sign-up come in?"
            case .name: return "What is the new member's name? Type it as on the sign-up."
            case .address: return "At which address does \(name) \(words.worksToo ? "live or work" : "live")? For example: Zeeweg 12a"
            case .postcode: return "What is that address's postcode? The area names postcodes. For example: 2225 AB"
            case .residence: return "Does \(name) live at this address\(words.worksToo ? ", or work there" : "")?"
            case .minimumAge: return "Is \(name) \(words.minimumAge) or older?"
            case .over16: return "Is \(name) 16 or older? If not, a parent or guardian gives consent."
            case .parentName: return "What is the name of \(name)'s parent or guardian?"
            case .parentConsent:
                return "Did the parent or guardian sign this? '\(text(.checklistParentConsent))' Everyone in the group then sees \(name)'s phone number."
            case .phone: return "With which phone number does \(name) join the WhatsApp group?"
            case .checklist: return "Did \(name) tick this?"
            case .rulesTogether: return "Did you go through the rules together with \(name)?"
            case .admin: return "Which admin adds \(name)?"
            case .summary: return ""
            }
        case .help(let step, let words):
            switch step {
            case .signUp: return "So that you know what to do with the paper or the message afterwards. Type the number."
            case .name: return "The name as the member gives it. I keep it in the register, on this computer only."
            case .address:
                return "I check at once whether the address is in the group's area. Write the street and house number, such as Zeeweg 12 or Kerkstraat 4-B. Put a street name with a number in quotes: \"Plein 1813\" 7."
            case .postcode: return "The group's area names postcodes. With the postcode I know whether the address belongs to it. Write four digits and two letters, such as 2225 AB."
            case .residence: return "Only someone who \(words.worksToo ? "lives or works" : "lives") in the area can join. Type the number."
            case .minimumAge, .over16: return "Just ask. You need not keep a date of birth. Type yes or no."
            case .parentName: return "The parent or guardian who signs the checklist for \(words.name)."
            case .parentConsent: return "Without a parent's or guardian's consent \(words.name) cannot join. Type yes or no."
            case .phone: return "The number you add in WhatsApp. For example 06-12345678 or +31 6 12345678."
            case .checklist: return "This is a line of the checklist. Only with a yes to every line can \(words.name) join. Type yes or no."
            case .rulesTogether: return "It helps when a new member goes through the rules with an admin. Type yes or no."
            case .admin: return "So the register says who added the member. Type the number or the name."
            case .summary: return "Type done to put the member in the register, or back to change an answer."
            }
        case .optionalLineHelp(let name):
            return "This line of the checklist is not required. With a no, \(name) still joins, only not the separate chat group. Type yes or no."
        case .commandHelp(let command):
            switch command {
            case .help: return "help with the question"
            case .back: return "back to the previous question"
            case .review: return "the answers so far"
            default: return "stop; nothing is stored"
            }
        case .signUpWay(let way):
            switch way {
            case .slip: return "with the letter's sign-up slip"
            case .message: return "by a message (WhatsApp, text or email)"
            case .door: return "at the door or in the street"
            }
        case .residence(let residence):
            return residence == .lives ? "lives there" : "works there"
        case .residenceNeither(let worksToo):
            return worksToo ? "neither" : "does not live there"
        case .admin(let name):
            return name
        case .checklistLine(let item):
            return text(.checklistItem(item))
        case .nameTaken(let name):
            return "\(quoted(name)) is in the register already. Type the name so that you can tell the two apart, for example with a second first name or an initial."
        case .notAName(let text, let step):
            return step == .parentName
                ? "\(quoted(text)) is not a name. Type the name of the parent or guardian, for example Karim el Amrani."
                : "\(quoted(text)) is not a name. Type the new member's name as on the sign-up, for example Fatima el Amrani."
        case .tooLong(let step, let limit, let count):
            return step == .address
                ? "This address is too long: \(count) characters. It may be at most \(limit) characters. Type only the street and the house number, such as Zeeweg 12."
                : "This name is too long: \(count) characters. It may be at most \(limit) characters. Type only the name, as on the sign-up."
        case .phoneNeeded(let name):
            return "Without a phone number you cannot add \(name) to the WhatsApp group. Type the number from the sign-up, for example 06-12345678 or +31 6 12345678."
        case .phoneNotValid(let text):
            return "\(quoted(text)) is not a Dutch phone number. Type the number from the sign-up, for example 06-12345678 or +31 6 12345678."
        case .phoneTaken(let phone, let member):
            return "The number \(phone) is in the register already, for \(member). Check the number on the sign-up and type it again. Is this neighbour a member already? Then type stop."
        case .outside(let outcome):
            switch outcome {
            case .numberOutside(let street, let number, let entries):
                return "This address is outside the area: \(street) belongs to it, but number \(number) does not. These do: \(entries.map { text(.streetEntry($0)) }.joined(separator: "; "))."
            case .notInArea(let street, let postcode):
                return "This address is outside the area: \(street) is not among the streets" + (postcode.map { ", and \($0) is not among the postcodes." } ?? ".")
            case .streetEntry, .postcode:
                return "This address is in the area."
            }
        case .heldBy(let group, let contact):
            return "The address is in the area of \(group)" + (contact.map { " (contact: \($0))" } ?? "") + ". Refer the neighbour to that group."
        case .heldByNone:
            return "No other group I know has this address in its area either. Tell the neighbour they can start a group themselves, or ask the municipality whether there is a group nearby."
        case .noSetKnown:
            return "I do not know which groups there are nearby. Ask the municipality whether there is a group for this address, and tell the neighbour what they say."
        case .sharedPart(let group):
            return "Note: this address is in a part your group shares with \(group). Tell \(group) that this neighbour joins your group, so that nobody is in two groups without knowing."
        case .refused(let refusal, let words):
            let name = words.name
            switch refusal {
            case .outsideArea: return "\(name) cannot join: the address is outside the area."
            case .notInArea: return "\(name) cannot join: only someone who \(words.worksToo ? "lives or works" : "lives") in the area can join."
            case .belowMinimumAge(let age): return "\(name) cannot join: the group is for people aged \(age) and older."
            case .parentDeclined: return "\(name) cannot join without a parent's or guardian's consent."
            case .consentDeclined(let item): return "\(name) cannot join without a yes to this line: '\(text(.checklistItem(item)))'"
            }
        case .nothingStored(let way):
            return "I stored nothing. " + paperRefused(way)
        case .stopped(let way):
            // A pause, not a refusal: the sign-up is kept for the next try.
            return "Stopped. I stored nothing of this sign-up. Take the member in later with buurtstart member." + (paper(way).map { " Keep \($0) until then." } ?? "")
        case .summaryHeading:
            return "Summary of the sign-up"
        case .summaryLine(let line):
            return summaryLine(line)
        case .summaryHint(let name):
            return "Is everything right? Type done to put \(name) in the register. Want to change something? Type back."
        case .notStored(let file, let fault):
            return "Note: I could not write \(file): \(self.fault(fault)). Nothing was changed. Solve it and type done again, or type stop."
        case .stored(let name, let file, let count):
            return "\(name) is in the register (\(file)). Now \(count) \(count == 1 ? "member" : "members")."
        case .nextStepsHeading:
            return "What now?"
        case .addInWhatsApp(let name, let phone):
            return "Add \(name) to the WhatsApp group with number \(phone)."
        case .pasteWelcome(let name):
            return "Send \(name) this welcome in the group (copy and paste):"
        case .welcome(let name, let groupWelcome):
            return "Welcome \(name)!\n" + groupWelcome
        case .keepPaper(let way, let name):
            switch way {
            case .slip: return "Keep the slip and the signed checklist in a safe place while \(name) is a member. Destroy them when \(name) leaves."
            case .message: return "Keep the signed checklist in a safe place while \(name) is a member. Delete the message with the details: they are in the register now."
            case .door: return "Keep the signed checklist in a safe place while \(name) is a member. Destroy it when \(name) leaves."
            }
        case .goThroughRules(let name):
            return "Still go through the rules with \(name), over a cup of coffee for example."
        case .warned(let name, let agreement, let count):
            return "Warning stored for \(name): agreement \(agreement.number), '\(text(.title(agreement)))'. "
                + (count == 1 ? "This is the first warning." : "This is warning \(count). After a warning you may remove a member: use --remove with --reason after-warning.")
        case .sendPrivately(let name):
            return "Send \(name) this message privately, not in the group:"
        case .warningMessage(let name, let group, let agreement, let last):
            return "Hi \(name), in \(group) we agreed: '\(text(.title(agreement)))' (agreement \(agreement.number) of the rules). You did not keep to it. "
                + (last ? "You had a warning before. This is your last warning: next time I will remove you from the group."
                        : "This is a warning. If it happens again, I will remove you from the group.")
                + " Questions? Send me a message."
        case .removedFromRegister(let name, let reason):
            return "\(name) is no longer in the register. I keep nothing of \(name), only the number of members who \(reasonWords(reason))."
        case .removalMessage(let name, let group, let reason, let agreement):
            switch reason {
            case .moved: return "Hi \(name), you are moving. That is why I remove you from \(group). Thank you for taking part, and good luck in your new neighbourhood! Perhaps there is a neighbourhood watch group there too."
            case .left: return "Hi \(name), you asked to leave \(group). I have removed you, and deleted your details. Thank you for taking part!"
            case .outsideArea: return "Hi \(name), the area of \(group) has become smaller, and your address is outside it now. So I have removed you from the group, and deleted your details. Thank you for taking part! There may be a neighbourhood watch group for your address."
            case .afterWarning, .atOnce:
                let rule = agreement.map { "'\(text(.title($0)))' (agreement \($0.number))" } ?? ""
                return "Hi \(name), " + (reason == .afterWarning ? "you had a warning before. Still, you did" : "you did")
                    + " not keep to the agreement \(rule) of \(group). That is why I remove you from the group. I have deleted your details."
            }
        case .afterRemoval(let name):
            return "Remove \(name) from the WhatsApp group. Destroy \(name)'s slip and checklist, and delete messages with the details. Did you record \(name)'s sign-up with --record? Then delete that transcript and the folder beside it too."
        case .tracesLeft(let name, let files):
            return "Note: the group's folder still holds \(name)'s name or number, in \(list(files)). Delete those files, or take \(name)'s details out of them."
        case .recordingInGroupFolder(let file, let folder):
            return "I am not writing the transcript \(file): it lies in the group's folder (\(folder)). The new member's name, address and number would stay there, even after the member leaves. Choose a place outside that folder with --record, and delete the transcript when the member leaves."
        case .changeProblem(let problem):
            switch problem {
            case .unknownMember(let typed, let count):
                return "\(quoted(typed)) is not in the register (\(count) \(count == 1 ? "member" : "members")). Type the name as buurtstart members shows it."
            case .ambiguous(let typed, let names):
                return "Several members are called \(quoted(typed)): \(list(names)). Type the whole name."
            case .sameName(let typed, let picks):
                return "\(picks.count) members in the register are called \(quoted(typed)). Instead of the name, type the address or the phone number, as buurtstart members shows them: \(list(picks.map(quoted), or: true))."
            case .agreementNeeded:
                return "Say which agreement was broken, with --agreement and its number in the rules. For example: --agreement 13"
            case .agreementUnknown(let typed, let chosen):
                return "\(quoted(typed)) is not an agreement of this group. The group has agreements \(list(chosen.map(String.init)))."
            case .notWarned(let name):
                return "\(name) has not had a warning yet. Give a warning first with --warn, or use --reason at-once where the rules allow that."
            }
        case .membersColumn(let column):
            switch column {
            case .name: return "Name"
            case .address: return "Address"
            case .phone: return "Phone"
            case .added: return "Added"
            case .charterVersion: return "Version"
            case .warnings: return "Warnings"
            case .toDo: return "To do"
            }
        case .toDo(let toDo):
            switch toDo {
            case .addressOutside: return "address no longer in the area"
            case .belowMinimumAge(let age): return "ask whether the member is \(age) or older"
            case .olderCharter(let version, let known):
                return "must agree again (was version \(version)" + (known ? ")" : ", not in the history)")
            }
        case .toDoAdvice(let toDo, let name, let first, let pick, let directory):
            switch toDo {
            case .addressOutside(let heldBy):
                let holder = heldBy.isEmpty ? "" : " The address is in the area of \(list(heldBy)): \(first) can sign up there."
                return "\(name): the address is no longer in the area of the rules. Tell \(first).\(holder) "
                    + "Then remove \(first) with:\n  \(MemberCommandLine.remove(pick, reason: .outsideArea, directory: directory, language: .english))"
            case .belowMinimumAge(let age):
                return "\(name): the group is for \(age) and older now. Ask whether \(first) is \(age) or older. "
                    + "If \(first) is younger, remove \(first) with:\n  \(MemberCommandLine.remove(pick, reason: .left, directory: directory, language: .english))"
            case .olderCharter(let version, let known):
                let what = known
                    ? "Something changed since version \(version) that members must agree to again."
                    : "Version \(version) is not in the history in buurtstart.json, so I cannot tell what changed since. Ask again to be safe."
                return "\(name) agreed to version \(version) of the rules. \(what) "
                    + "Ask \(first) to agree again with:\n  \(MemberCommandLine.renew(pick, directory: directory, language: .english))\n"
                    + "If \(first) does not agree, remove \(first) with:\n  \(MemberCommandLine.remove(pick, reason: .left, directory: directory, language: .english))"
            }
        case .membersEmpty(let file):
            return "The register (\(file)) is still empty. Take in a member with: buurtstart member"
        case .membersCount(let count, let toDo):
            return "\(count) \(count == 1 ? "member" : "members")" + (toDo == 0 ? "; nothing needs doing." : "; \(toDo) need something done.")
        case .registerUnreadable(let file, let error):
            let place = "\(file), line \(error.line)" + (error.error.field.map { ", field \($0)" } ?? "")
            let what = switch error.error.kind {
            case .unknownVersion(let version): "I do not know version \(version) (I know version \(RegisterFile.formatVersion))"
            case .missing: "something is missing there"
            case .empty: "the register is empty"
            case .badValue: "that value is not right"
            default: "I cannot read that"
            }
            return "\(place): \(what). Repair that line (see docs/members.md) or put back a backup. Until then I do not change the register."
        }
    }

    /// How the register counts a member who left.
    private static func reasonWords(_ reason: RemovalReason) -> String {
        switch reason {
        case .moved: "moved away"
        case .left: "left of their own accord"
        case .afterWarning: "were removed after a warning"
        case .atOnce: "were removed at once"
        case .outsideArea: "lived outside the smaller area"
        }
    }

    /// The help of `member` and `members`.
    static func memberHelp(_ message: HelpText) -> String {
        switch message {
        case .abstract(.member):
            return "Take in a new member with the checklist, give a warning, or remove a member."
        case .abstract(.members):
            return "Show the group's register of members, with what needs doing."
        case .discussion(.member):
            return """
            Without --warn or --remove you go through the questions and the checklist with a new \
            member, line by line. The address is compared with the area at once. Only at done does \
            the member enter the register (leden.jsonl in the group's folder, readable by you \
            only). A sign-up that cannot be accepted is not stored. Type ? at any question for help.
            With --again a member who agreed to an older version goes through the lines that \
            changed since, yes or no each; a no offers to record that they leave.
            Exit status: 0 when the member was added, agreed again (or already had), a warning stored \
            or a member removed, 1 when the member could not be added, did not agree, or you stopped, 64 for a wrong name or agreement, 65 when \
            buurtstart.json or leden.jsonl is not right, 73 when the folder is in use.

            Examples:
              buurtstart member --dir ~/zeeweg
              buurtstart member --warn "Fatima el Amrani" --agreement 13
              buurtstart member --remove Fatima --reason moved
              buurtstart member --again "Fatima el Amrani"
            """
        case .discussion(.members):
            return "Exit status: 0, also when something needs doing; 65 when buurtstart.json or leden.jsonl is not right."
        case .option(.warn):
            return "Store a warning for this member and show a private message that names the agreement (with --agreement)."
        case .option(.remove):
            return "Remove this member from the register (with --reason) and delete everything of them."
        case .option(.again):
            return "Ask this member to agree again to the rules that changed since the member's version."
        case .option(.reason):
            return "Why the member leaves: moved, left, after-warning, at-once or outside-area (the area became smaller)."
        case .option(.agreement):
            return "The agreement that was broken: its number in the rules."
        case .option(.membersFormat):
            return "How:"
        case .membersFormat(.text): return "a table on the screen, with what needs doing (default)"
        case .membersFormat(.csv): return "CSV for a spreadsheet"
        case .membersFormat(.json): return "JSON, with what needs doing (docs/members.md)"
        case .value(.memberName): return "name"
        default:
            return ""
        }
    }

    /// What to do with a sign-up that was not stored.
    /// The sign-up as it came in, as the object of a sentence; nil for one at the door.
    private static func paper(_ way: SignUpWay) -> String? {
        switch way {
        case .slip: "the slip"
        case .message: "the message with the details"
        case .door: nil
        }
    }

    private static func paperRefused(_ way: SignUpWay) -> String {
        switch way {
        case .slip: "Hand the slip back or destroy it."
        case .message: "Delete the message with the details."
        case .door: "Do not write anything down either."
        }
    }

    private static func summaryLine(_ line: IntakeSummaryLine) -> String {
        switch line {
        case .signedUp(let way): "Sign-up: \(member(.signUpWay(way)))"
        case .name(let name): "Name: \(name)"
        case .address(let address): "Address: \(address)"
        case .residence(let residence): "In the area: \(member(.residence(residence)))"
        case .age(let atLeast, let parent): "Age: \(atLeast) or older" + (parent.map { "; under 16, consent from \($0)" } ?? "")
        case .phone(let phone): "Phone number: \(phone)"
        case .checklist(let ticked, let count): "Checklist: \(ticked) of \(count) lines ticked"
        case .rulesTogether(let together): "Rules gone through together: \(together ? "yes" : "no")"
        case .addedBy(let admin): "Added by: \(admin)"
        case .charter(let version, let date): "Agreed to the rules: version \(version) of \(date)"
        }
    }
}
