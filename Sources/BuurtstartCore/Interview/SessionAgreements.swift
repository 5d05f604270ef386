/// The agreements step: choosing by number, word or name, reading one in full, and the list
/// with what is on.
extension Session {
    /// Applies `3 -5 saar alles aanbevolen geen` all or nothing, or shows `? 21` in full; a
    /// contradiction is refused by the agreement model, naming both.
    mutating func chooseAgreements(_ input: String, into reply: inout Reply) throws(Problem) {
        let change = try answers.agreements.applying(input, language: language)
        for id in change.toRead {
            let parts = id.fullText(settings: AgreementSettings(answers), on: answers.agreements.has(id), language: language)
            for part in parts { reply.say(.agreement(part)) }
        }
        guard change.toRead.isEmpty else { return }
        answers.agreements = change.choices
        let (on, off) = (change.switchedOn, change.switchedOff)
        if change.listAsked || (on.isEmpty && off.isEmpty) { agreementList(into: &reply) }
        for pair in change.leftOff { reply.say(.agreement(.leftOffByAll(pair)), as: .warning) }
        for id in change.seedWarnings { reply.say(.agreement(.seedWarning(id, basedOn: answers.basedOn)), as: .warning) }
        if change.nothingChosen { reply.say(.agreement(.noneChosen), as: .warning) }
        // Last, as it ends with what to do next: Enter when done.
        if !on.isEmpty || !off.isEmpty { reply.say(.agreementsChanged(on: on, off: off)) }
    }

    func agreementList(into reply: inout Reply) {
        for id in AgreementID.allCases {
            let number = id.number < 10 ? " \(id.number)" : "\(id.number)"
            reply.say(.agreementLine(id), prefix: "  [\(answers.agreements.has(id) ? "x" : " ")] \(number)  ")
        }
    }
}
