/// The session's side of a change to finished rules: what changed, said before writing, and
/// a change that came back to the finished version, which writes nothing.
extension Session {
    /// The version finished last: as loaded, or as kept while a change was being written.
    var previousFinished: Answers? {
        loadedFinished ?? answers.history?.lastFinished
    }

    /// Nothing differs from the finished version, whose documents are all there: nothing is
    /// written and nothing asked. A file made unfinished by a change that was undone is saved
    /// as the finished version again.
    mutating func keepUnchanged(_ previous: Answers, into reply: inout Reply) {
        if answers.status == .unfinished {
            var restored = previous
            restored.history = CharterHistory.after(nil, finishing: previous, in: answers.history)
            answers = restored
            reply.effects.append(.save(answers))
        }
        mode = .ended(.unchanged)
        reply.say(.unchanged)
    }

    /// Nothing in the rules differs from the finished version `previous`: no change to list,
    /// so no new version (the pages chosen or the letter's signer alone make none). Every
    /// change that makes a new version is one `CharterChange.between` lists.
    func sameRules(_ previous: Answers) -> Bool {
        CharterChange.between(CharterRules(previous), CharterRules(answers)).isEmpty
    }

    /// The changes from the finished version, before the documents are written, whether
    /// members are asked to agree again, and whether the admins are asked first.
    func sayChanges(from previous: Answers, into reply: inout Reply) {
        let changes = CharterChange.between(CharterRules(previous), CharterRules(answers))
        guard !changes.isEmpty else { return }
        reply.say(.changes(.sessionHeading(from: previous.charter.version, to: writtenVersion + 1)))
        for change in changes { reply.say(.changes(.change(change)), prefix: "  - ") }
        if changes.contains(where: \.needsAgreementAgain) {
            reply.say(.changes(.sessionAgreeAgain(changes.filter(\.needsAgreementAgain))), as: .warning)
        }
        if changes.contains(where: \.needsAdminsConsent) { reply.say(.changes(.sessionAdminsConsent), as: .warning) }
    }

    /// The history after finishing: the version before kept with its number and date.
    mutating func keepInHistory(_ previous: Answers?) {
        answers.history = CharterHistory.after(previous, finishing: answers, in: answers.history)
    }
}
