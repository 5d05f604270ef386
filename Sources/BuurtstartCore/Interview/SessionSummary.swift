/// What a session shows about itself: the answers so far, and the commands that work.
extension Session {
    /// The answers so far, step by step: up to the current step, or all of them once the
    /// review has been reached. Steps not reached yet have no answers to show.
    func summary(into reply: inout Reply) {
        let through = reviewReached ? Step.contacts : max(furthestStep, currentQuestion?.step ?? .group)
        let all: [(Step, Message)] = [
            (.group, .reviewGroup(answers.group)), (.area, .reviewArea(answers.area)),
            (.members, .reviewMembers(answers.membership)),
            (.admins, .reviewAdmins(answers.admins.people.enumerated().map {
                ReviewAdmin(name: $1.firstName, phone: $1.phone, isContact: $0 == answers.admins.contact)
            }, phonesInCharter: answers.admins.phonesInCharter, paper: answers.paper)),
            (.agreements, .reviewAgreements(answers.agreements)), (.contacts, .reviewContacts(answers.contacts)),
        ]
        for (step, message) in all where step <= through { reply.say(message, prefix: "\(step.rawValue). ") }
        if through < .contacts { reply.say(.reviewNotYet(Step(rawValue: through.rawValue + 1)!)) }
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
