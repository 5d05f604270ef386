/// What a session says once the documents are written: each document with its files and what
/// it is for, then the founder's next steps (domain.md, "Starting a group"): check that no group
/// exists yet, register it, invite every neighbour, handle the sign-ups, introduce the group to
/// the wijkagent, set it up in WhatsApp, print.

/// A document the session wrote, for the list of what was made.
public enum WrittenDocument: Sendable, Hashable {
    case charter, checklist, whatsApp, letter, privacy, introduction

    /// Each document written, with its files, in the order the list shows them.
    static func list(_ documents: Documents) -> [(WrittenDocument, [String])] {
        let printed = Set(documents.pages.map(\.page))
        func page(_ page: PrintedPage) -> [String] { printed.contains(page) ? [page.fileName] : [] }
        let all: [(WrittenDocument, [String])] = [
            (.charter, [Documents.charterFile] + page(.charter)),
            (.checklist, [Documents.checklistFile] + page(.checklist)),
            (.whatsApp, [Documents.whatsAppFile]),
            (.letter, page(.letter)),
            (.privacy, page(.privacy)),
            (.introduction, page(.introduction)),
        ]
        return all.filter { !$0.1.isEmpty }
    }
}

/// One of the founder's next steps. File names are carried as values, so that a step names
/// only files that were written.
public enum NextStep: Sendable, Hashable {
    case checkExisting
    case register
    /// `letter`: the letter's file, nil when it was left out; `fillIn`: the invitation still
    /// has a place to fill in how to sign up (no sign-up contact was given).
    case invite(letter: String?, whatsApp: String, fillIn: Bool)
    /// `checkCommand`: how to check an address, with the folder where it is not this one.
    case signUps(privacy: String, checklist: String, checkCommand: String)
    /// Take in each new member with `command` (`buurtstart lid`), which keeps the register.
    case members(command: String, register: String)
    /// `introduction`: its file, nil when it was left out.
    case introduce(introduction: String?)
    /// `otherAdmins`: there are admins besides the founder; `chatGroup`: the group chose a
    /// separate group to chat in.
    case whatsApp(String, otherAdmins: Bool, chatGroup: Bool)
    /// Print the pages from a browser, or as PDF with this command: before the letter goes out.
    case print(exportCommand: String)
    /// `command`: how to start buurtstart again for this group.
    case changeLater(command: String)

    /// The command that makes the PDFs: with `--force` when the folder has PDFs already, which
    /// show an earlier version now and which export would otherwise refuse to replace.
    static func pdfExportCommand(_ context: SessionContext) -> String {
        let force = context.existingDocuments.contains(where: Documents.pdfNames.contains)
        return SessionContext.command("buurtstart export", directory: context.directory) + " --format pdf" + (force ? " --force" : "")
    }

    static func steps(_ documents: Documents, _ answers: Answers, context: SessionContext) -> [NextStep] {
        let printed = Set(documents.pages.map(\.page))
        let directory = context.directory
        return [
            .checkExisting, .register,
            .print(exportCommand: pdfExportCommand(context)),
            .invite(letter: printed.contains(.letter) ? PrintedPage.letter.fileName : nil, whatsApp: Documents.whatsAppFile,
                    fillIn: SignUp.way(for: answers.admins) == .toFillIn),
            .signUps(privacy: PrintedPage.privacy.fileName, checklist: PrintedPage.checklist.fileName,
                     checkCommand: SessionContext.command("buurtstart check-address", directory: directory)),
            .members(command: SessionContext.command("buurtstart lid", directory: directory), register: RegisterFile.name),
            .introduce(introduction: printed.contains(.introduction) ? PrintedPage.introduction.fileName : nil),
            .whatsApp(Documents.whatsAppFile, otherAdmins: answers.admins.people.count > 1, chatGroup: answers.membership.separateChatGroup),
            .changeLater(command: context.resumeCommand),
        ]
    }
}

extension Session {
    /// The documents written: what each is for, and what to do next.
    func written(_ documents: Documents, into reply: inout Reply) {
        reply.say(.written(directory: context.directory))
        for (document, files) in WrittenDocument.list(documents) {
            reply.say(.writtenDocument(document, files: files), prefix: "  - ")
        }
        let removed = context.existingDocuments.filter(Set(documents.leftOut).contains)
        if !removed.isEmpty { reply.say(.removedDocuments(removed)) }
        // The session writes no PDF: one an earlier export made of a page written now is old.
        let stale = context.existingDocuments.filter(Set(documents.pages.map(\.page.pdfName)).contains)
        if !stale.isEmpty {
            reply.say(.stalePDFs(stale, command: NextStep.pdfExportCommand(context)),
                      as: .warning)
        }
        reply.say(.nextStepsHeading)
        for (index, step) in NextStep.steps(documents, answers, context: context).enumerated() {
            reply.say(.nextStep(step), prefix: "  \(index + 1). ")
        }
    }
}
