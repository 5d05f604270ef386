/// The session's side of its effects: stopping, confirming, finishing, and what it says once
/// it knows how an effect went. Nothing is said to have happened before it has.
extension Session {
    /// `stop`, Ctrl-D or the end of input: save, then say goodbye once the save is done.
    mutating func stop(endOfInput: Bool, into reply: inout Reply) {
        guard prompt != nil else { return }
        if endOfInput, !lineTyped, startedNew {
            // Nothing was answered: no file is left behind for nothing.
            reply.say(.noInput(startCommand: context.resumeCommand), as: .warning)
            mode = .ended(.noInput)
            return
        }
        if answers.status == .unfinished {
            mode = .stopping(returnTo: mode, endOfInput: endOfInput)
            reply.effects.append(.save(answers))
        } else {
            reply.say(.stopped(resumeCommand: context.resumeCommand))
            mode = .ended(.stopped)
        }
    }

    mutating func confirm(_ confirmation: Confirmation, _ input: String, into reply: inout Reply) {
        let command = Command(input, language: language)
        if let held = confirmation.heldBack, let command, commandAtHeldBack(command, input, held, into: &reply) { return }
        switch command {
        case .help?:
            reply.say(.confirmHelp(confirmation))
            // The overlap and own-agreement questions are part of the walk: its commands work here too.
            if confirmation.heldBack != nil { commandsHelp(into: &reply) }
            return
        case .stop? where confirmation == .reopenFinished:
            mode = .ended(.unchanged)
            return reply.say(.unchanged)
        case .stop?:
            return stop(endOfInput: false, into: &reply)
        case .yes?, .no?:
            break
        case nil where input.isEmpty:
            break
        default:
            let options = [CommandWord.yes.word(in: language), CommandWord.no.word(in: language)]
            return reply.say(.problem(.choiceUnknown(input, options: options)), as: .error)
        }
        let yes = input.isEmpty ? confirmation.enterMeansYes : command == .yes
        switch (confirmation, yes) {
        case (.resumeUnfinished, _):
            // No means: go through every question again, with the answers as defaults.
            let position = yes ? answers.position ?? .municipality : .municipality
            // terug goes back through the questions asked before the stop.
            trail = Question.all.prefix { $0.id != position }.filter { !$0.isFollowUp && $0.askedWhen(answers) }.map(\.id)
            // A change to a finished file returns to the review when its step is done.
            returnToReview = writtenVersion > 0 && position.step != .review
            enter(position, into: &reply, remember: false)
        case (.reopenFinished, true):
            enter(.review, into: &reply)
        case (.reopenFinished, false):
            mode = .ended(.unchanged)
            reply.say(.unchanged)
        case (.overwrite, true):
            finish(into: &reply)
        case (.overwrite, false):
            reply.say(.notOverwritten, as: .warning)
            mode = .asking(.review)
        case (.keepOverlap(let pending), true):
            // Checked against this area when typed; nothing has changed it since.
            try? answers.area.add(pending.part)
            for found in pending.overlaps {
                answers.area.sharedWith.append(KeptOverlap(group: found.group, ours: found.overlap.ours, shared: found.overlap.shared))
            }
            reply.say(.overlapKept(pending.part, groups: Set(pending.overlaps.map(\.group)).count))
            enter(pending.question, into: &reply, remember: false, announce: false)
        case (.keepOverlap(let pending), false):
            reply.say(.overlapNotAdded(pending.part))
            enter(pending.question, into: &reply, remember: false, announce: false)
        case (.keepOwnAgreement(let pending), true):
            answers.agreements.custom.append(pending.text)
            reply.say(.added(.custom(pending.text)))
            enter(.customAgreement, into: &reply, remember: false, announce: false)
        case (.keepOwnAgreement(let pending), false):
            reply.say(.ownAgreementNotAdded(pending.text))
            enter(.customAgreement, into: &reply, remember: false, announce: false)
        }
    }

    /// The walk's commands at the overlap or own-agreement question, which is part of the list
    /// the entry was typed at: they work as there (`command`), the entry held back meanwhile.
    /// `overzicht` and `opslaan` come back to the question; `terug` (one question back: the
    /// list) and `wijzig` leave the entry out, and say so. False for a command that is not one
    /// of these.
    private mutating func commandAtHeldBack(_ command: Command, _ input: String, _ held: (question: QuestionID, notAdded: Message, ask: Message),
                                            into reply: inout Reply) -> Bool {
        switch command {
        case .review, .save:
            return self.command(input, at: held.question, into: &reply)
        case .back:
            reply.say(held.notAdded)
            enter(held.question, into: &reply, remember: false, announce: false)
            return true
        case .change:
            // Before the review `wijzig` is refused, and the question stays.
            guard reviewReached else { return self.command(input, at: held.question, into: &reply) }
            reply.say(held.notAdded)
            mode = .asking(held.question)
            return self.command(input, at: held.question, into: &reply)
        default:
            return false
        }
    }

    /// Says which chosen agreements an own agreement just typed seems to contradict, quoting
    /// each (or the municipality's advice, where the agreement on that topic is off), and asks
    /// whether to keep it.
    mutating func askToKeep(_ pending: PendingOwnAgreement, into reply: inout Reply) {
        let settings = AgreementSettings(answers)
        for doubt in pending.doubts {
            switch doubt {
            case .chosen(let id): reply.say(.agreement(.ownAgreementDoubt(id, settings)), as: .warning)
            case .advice(let id): reply.say(.agreement(.ownAgreementAgainstAdvice(id)), as: .warning)
            }
        }
        reply.say(.ownAgreementQuestion)
        mode = .confirming(.keepOwnAgreement(pending))
    }

    /// Says what a part just typed shares with other groups, and asks whether to keep it.
    mutating func askToKeep(_ pending: PendingOverlap, into reply: inout Reply) {
        for found in pending.overlaps {
            let overlap = found.overlap
            reply.say(.overlapFound(group: found.group, shared: overlap.shared, theirs: overlap.theirs == overlap.shared ? nil : overlap.theirs,
                                    contact: found.contact.isEmpty ? nil : found.contact, finished: found.finished), as: .warning)
        }
        reply.say(.overlapQuestion)
        mode = .confirming(.keepOverlap(pending))
    }

    /// `opslaan`, then a path: a copy of the answers there. Enter on its own or `terug` goes
    /// back; the commands work here as at every prompt, so `stop` or `?` is never taken for a
    /// file name (a file named so is typed as `./stop`).
    mutating func savePath(_ input: String, back: Mode, into reply: inout Reply) {
        switch Command(input, language: language) {
        case .help?:
            return reply.say(.savePathQuestion)
        case .stop?:
            mode = back
            return stop(endOfInput: false, into: &reply)
        case .back?:
            mode = back
            return reply.say(.savePathCancelled)
        case .some:
            return reply.say(.commandNotHere(input), as: .warning)
        case nil:
            mode = back
            guard !input.isEmpty else { return reply.say(.savePathCancelled) }
            reply.effects.append(.copy(answers, to: input))
        }
    }

    /// `klaar` at the review: write the documents, after a yes when they would replace others.
    mutating func finishOrConfirm(into reply: inout Reply) {
        // The documents these answers make, and the files of a page they leave out.
        let printed = PrintedPage.pages(for: answers)
        let made = Set(Documents.textNames + printed.map(\.fileName))
        let leftOut = Set(Documents.leftOut(printed))
        let replacing = context.existingDocuments.filter(made.contains), removing = context.existingDocuments.filter(leftOut.contains)
        if let previous = previousFinished, previous.content == answers.content, made.isSubset(of: context.existingDocuments) {
            return keepUnchanged(previous, into: &reply)
        }
        // The same rules are the same version: its documents are written again as they were,
        // and only a page's file that goes is asked about.
        let sameVersion = previousFinished.map(sameRules) ?? false
        if let previous = previousFinished, !sameVersion { sayChanges(from: previous, into: &reply) }
        if !sameVersion && !replacing.isEmpty || !removing.isEmpty, !context.force {
            mode = .confirming(.overwrite)
            reply.say(.overwriteQuestion(replacing: replacing, removing: removing))
        } else {
            finish(into: &reply)
        }
    }

    /// Writes the documents: the charter's version counts up when the rules changed since the
    /// last finished version (`sameRules`), and never goes down; the same rules keep their
    /// version and its date.
    private mutating func finish(into reply: inout Reply) {
        beforeFinish = answers
        let previous = previousFinished
        var date = context.date
        if let previous, sameRules(previous) {
            answers.charter.version = previous.charter.version
            date = CalendarDate(iso: previous.charter.date) ?? date
        } else {
            // Never past the highest a file may hold (and never an overflow).
            answers.charter.version = min(writtenVersion, AnswerLimits.highestCharterVersion - 1) + 1
        }
        answers.charter.date = date.description
        answers.status = .finished
        answers.position = nil
        keepInHistory(previous)
        mode = .finishing
        reply.effects.append(.finish(Documents(answers, date: date, language: language), answers))
    }

    /// Says what became of an effect, and moves on where that decides the way.
    mutating func settle(_ effect: Effect, _ outcome: Outcome, into reply: inout Reply) {
        switch (effect, outcome, mode) {
        case (.save, .failed, .stopping(_, true)):
            reply.say(.stopNotSaved, as: .error)
            reply.effects.append(.rescue(answers))
        case (.save, .failed(let fault), .stopping(let back, false)):
            mode = back
            reply.say(.saveFailed(file: AnswersFile.name, fault: fault), as: .error)
        case (.save, .failed(let fault), _):
            reply.say(.saveFailed(file: AnswersFile.name, fault: fault), as: .error)
        case (.save, _, .stopping(_, let endOfInput)):
            reply.say(.stopped(resumeCommand: context.resumeCommand))
            mode = .ended(endOfInput ? .inputEnded : .stopped)
        case (.rescue, .written(let path), _):
            reply.say(.rescued(path), as: .warning)
            mode = .ended(.stoppedUnsaved)
        case (.rescue, .failed(let fault), _):
            reply.say(.rescueFailed(fault), as: .error)
            mode = .ended(.stoppedUnsaved)
        case (.finish, .failed(let fault), _):
            // Nothing was replaced: back to the review, with every answer.
            answers = beforeFinish ?? answers
            answers.position = .review
            mode = .asking(.review)
            reply.say(.documentsFailed(fault: fault), as: .error)
            reply.effects.append(.save(answers))
        case (.finish, .partlyDone(let fault), _):
            // Some documents are new already: nothing is said to be unchanged, and nothing more
            // is saved now, which would cross the set the next start completes.
            mode = .ended(.finishedInPart)
            reply.say(.documentsPartlyPlaced(fault: fault, resumeCommand: context.resumeCommand), as: .error)
        case (.finish(let documents, _), _, _):
            mode = .ended(.finished)
            written(documents, into: &reply)
        case (.copy(_, let path), .failed(let fault), _):
            reply.say(.copyFailed(path: path, fault: fault), as: .error)
        case (.copy(_, let typed), _, _):
            if case .written(let path) = outcome { reply.say(.savedCopy(path)) } else { reply.say(.savedCopy(typed)) }
        case (.save, _, _), (.rescue, .done, _), (.rescue, .partlyDone, _):
            break
        }
    }
}
