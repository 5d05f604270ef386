/// What a session shows about itself: the answers so far, and the commands that work.
extension Session {
    /// The answers so far, step by step: up to the current step, or all of them once the
    /// review has been reached. Steps not reached yet have no answers to show.
    func summary(into reply: inout Reply) {
        let through = reviewReached ? Step.contacts : max(furthestStep, currentQuestion?.step ?? .group)
        for step in Step.allCases where step <= through {
            for (index, line) in reviewLines(step).enumerated() {
                reply.say(.reviewLine(line), prefix: index == 0 ? "\(step.rawValue). " : "")
            }
        }
        if through < .contacts { reply.say(.reviewNotYet(Step(rawValue: through.rawValue + 1)!)) }
    }

    /// What the overview shows of one step: which lines, and which parts in each.
    private func reviewLines(_ step: Step) -> [ReviewLine] {
        func line(_ label: ReviewLabel?, _ words: [ReviewPart], indented: Bool = false) -> ReviewLine {
            ReviewLine(label, words.map(ReviewValue.words), indented: indented)
        }
        switch step {
        case .group:
            let group = answers.group
            return [line(.group, [.group(name: group.name, municipality: group.municipality, neighbourhood: group.neighbourhood)])]
        case .area:
            let area = answers.area
            var lines = [line(.area, area.streets.isEmpty ? [.noStreets] : area.streets.map(ReviewPart.street)),
                         area.postcodes.isEmpty ? line(.postcodes, [.none], indented: true)
                            : ReviewLine(.postcodes, [.typed(area.postcodes.map(\.description).joined(separator: ", "))], indented: true)]
            if !area.boundary.isEmpty { lines.append(ReviewLine(.boundary, [.typed(area.boundary)], indented: true)) }
            // The overlaps kept with other groups, as the charter's area section will say them.
            let kept = area.keptOverlaps
            if !kept.isEmpty { lines.append(line(.sharedWith, kept.map { .sharedWith(group: $0.group, shared: $0.shared) }, indented: true)) }
            return lines
        case .members:
            let members = answers.membership
            return [line(.members, [.minimumAge(members.minimumAge), .eligibility(members.eligibility)]
                + (members.expectedMembers.map { [.expectedMembers($0)] } ?? []) + [.separateChatGroup(members.separateChatGroup)])]
        case .admins:
            let admins = answers.admins
            let people = admins.people.enumerated().map {
                ReviewPart.admin(ReviewAdmin(name: $1.firstName, phone: $1.phone, isContact: $0 == admins.contact))
            }
            let paper = answers.paper
            return [line(.admins, (people.isEmpty ? [.noAdminsYet] : people) + (admins.phonesInCharter ? [.phonesInCharter] : [])),
                    line(.toPrint, [paper.letter ? .letter(signer: paper.signer) : .noLetter,
                                    paper.introduction ? .introduction : .noIntroduction], indented: true)]
        case .agreements:
            let choices = answers.agreements
            // By title, each on a line: "1, 2, 3" says nothing to a founder checking what the group agrees to.
            var lines = [line(.agreements, [.chosenAgreements(count: choices.selected.count)])]
                + choices.selected.map { ReviewLine(nil, [.agreement($0)], indented: true) }
            var settings: [ReviewPart] = []
            if choices.has(.approachSafely) { settings.append(.approachGroupSize(choices.approachGroupSize)) }
            if choices.has(.photos) { settings.append(.photoRule(choices.photoRule)) }
            if choices.has(.describePerson) { settings.append(.skinColourInDescription(choices.skinColourInDescription)) }
            if !settings.isEmpty { lines.append(line(nil, settings, indented: true)) }
            if !choices.custom.isEmpty { lines.append(ReviewLine(.ownAgreements, [.typed(choices.custom.joined(separator: " / "))], indented: true)) }
            return lines
        case .contacts:
            let contacts = answers.contacts
            return [line(.contacts, [.emergencyNumbers]
                + (contacts.wijkagentName.isEmpty ? [] : [.wijkagent(name: contacts.wijkagentName, reach: contacts.wijkagentReach)])
                + [.recommendBurgernet(contacts.recommendBurgernet)])]
        case .review:
            return []
        }
    }

    /// The commands that work at every question, each with what it does.
    func commandsHelp(into reply: inout Reply) {
        reply.say(.commandsHeading)
        for command in [CommandWord.help, .back, .review, .stop, .save] + (reviewReached ? [.change] : []) {
            let typed = command == .help ? "?" : command == .change ? command.word(in: language) + " N" : command.word(in: language)
            reply.say(.commandHelp(command), prefix: "  " + typed + String(repeating: " ", count: max(1, 12 - typed.count)))
        }
    }
}
