import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal

/// `buurtstart lid` (`member`): the intake of a new member, a conversation on the session's
/// engine; or, with `--waarschuw` or `--weg`, a warning or a removal. Every change to the
/// register is made under the folder's lock and written at once.
struct MemberCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lid", abstract: helpText(.abstract(.member)), discussion: helpText(.discussion(.member)),
                             aliases: ["member"])
    }

    @Option(name: [.customLong("waarschuw"), .customLong("warn")], help: ArgumentHelp(helpText(.option(.warn)), valueName: helpText(.value(.memberName))))
    var warn: String?

    @Option(name: [.customLong("weg"), .customLong("remove")], help: ArgumentHelp(helpText(.option(.remove)), valueName: helpText(.value(.memberName))))
    var remove: String?

    @Option(name: [.customLong("opnieuw"), .customLong("again")], help: ArgumentHelp(helpText(.option(.again)), valueName: helpText(.value(.memberName))))
    var again: String?

    @Option(name: [.customLong("reden"), .customLong("reason")], help: ArgumentHelp(helpText(.option(.reason))),
            completion: .list(RemovalReason.allCases.map(\.rawValue)))
    var reason: String?

    @Option(name: [.customLong("afspraak"), .customLong("agreement")], help: ArgumentHelp(helpText(.option(.agreement))))
    var agreement: String?

    @OptionGroup var options: FolderOptions

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "lid", sharing: ["--dir", "--date", "--record", "--force", "--no-color"])
        if warn != nil, remove != nil { throw usageError(options.language.text(.optionsExclusive("--waarschuw", "--weg"))) }
        if again != nil, warn != nil || remove != nil {
            throw usageError(options.language.text(.optionsExclusive("--opnieuw", warn != nil ? "--waarschuw" : "--weg")))
        }
        if let reason, RemovalReason(typed: reason) == nil {
            throw usageError(options.language.text(.invalidValue(reason, option: "--reden")))
        }
        if remove != nil, reason == nil { throw usageError(options.language.text(.missingValue(option: "--reden"))) }
    }

    func run() throws {
        let place = options.place
        let folder = try reported(place.existingFolder())
        let lock = try reported(place.lockSaying(folder))
        defer { lock.release() }
        let group = try reported(place.finishedAnswers(in: folder))
        let language = options.explicitLanguage ?? Language(rawValue: group.language) ?? place.language
        var register = try reported(Place(dir: place.dir, language: language).loadRegister(in: folder))
        let date = top.session.date.flatMap(CalendarDate.init(iso:)) ?? .today
        if let name = warn ?? remove {
            return try change(name, in: &register, group: group, folder: folder, language: language, date: date)
        }
        try reported(place.checkWritable(folder))
        if let again {
            return try renew(again, register: register, group: group, folder: folder, language: language, date: date)
        }
        var context = IntakeContext(group: group, register: register, language: language, date: date, directory: place.dir)
        if let remembered = group.groups {
            // The set the group remembers: who holds an address outside. One that cannot be read is said and left out.
            context.otherGroups = try? GroupSet(readGroups(remembered, excluding: place.dir, remembered: true, language: language).groups)
        }
        if let path = top.session.record, Recording.lies(path, inside: folder) {
            // The register is the one file of the group's folder that holds a member, and
            // removal clears it; a transcript there would keep them after removal.
            writeStandardError(language.text(MemberText.recordingInGroupFolder(file: path, folder: folder.path)) + "\n")
            throw ExitCode(.cannotCreate)
        }
        let recording = try top.session.record.map { path in
            // Replayed as an intake, from the group's answers as they were (an empty register).
            var header = Transcript.Header(date: date)
            header.language = language
            header.directory = place.dir
            header.command = "lid"
            return try openRecording(path, header: header, startAnswers: AnswersFile.encode(group), group: folder,
                                     force: top.session.replace.force, language: language)
        }
        let (intake, opening) = Intake.start(context)
        var runner = ConversationRunner(intake, opening: opening, store: RegisterStore(folder: folder, recording: recording))
        let conversed = try converse(&runner, language: language, noColor: top.session.noColor, recording: recording,
                                     recordPath: top.session.record)
        if conversed.recordingCut { throw ExitCode(.ioError) }
        if runner.session.ending != .added { throw ExitCode(.no) }
    }

    /// `--opnieuw`: the member goes through the lines that changed since their version, on the
    /// intake's engine; a member on the current version is told so, and nothing changes.
    private func renew(_ name: String, register: Register, group: Answers, folder: Folder, language: Language,
                       date: CalendarDate) throws {
        let index: Int
        do throws(MemberChangeProblem) { index = try register.member(named: name) } catch {
            writeStandardError(language.text(MemberText.changeProblem(error)) + "\n")
            throw ExitCode(.usage)
        }
        let context = RenewalContext(group: group, register: register, member: index, language: language, date: date,
                                     directory: options.place.dir)
        guard let (renewal, opening) = Renewal.start(context) else {
            return writeStandardOutput(language.text(Renewal.alreadyCurrent(context)) + "\n")
        }
        var runner = ConversationRunner(renewal, opening: opening, store: RegisterStore(folder: folder))
        _ = try converse(&runner, language: language, noColor: top.session.noColor)
        if runner.session.ending == .left { sayTraces(of: register.members[index], in: folder, language: language) }
        if runner.session.ending != .renewed { throw ExitCode(.no) }
    }

    /// `--waarschuw` or `--weg`: the change, written at once, then what to send and to do.
    private func change(_ name: String, in register: inout Register, group: Answers, folder: Folder, language: Language,
                        date: CalendarDate) throws {
        var said: [MemberText] = []
        var removed: Member?
        do throws(MemberChangeProblem) {
            let index = try register.member(named: name)
            let member = register.members[index]
            let agreement = try agreement.map { typed throws(MemberChangeProblem) in try AgreementID.chosen(typed, in: group) }
            let groupName = group.group.name
            if warn != nil {
                guard let agreement else { throw .agreementNeeded(.afterWarning) }
                try register.apply(.warn(agreement), to: index, date: date)
                said = [.warned(name: member.name, agreement: agreement, count: member.warnings.count + 1),
                        .sendPrivately(name: member.firstName),
                        .warningMessage(name: member.firstName, group: groupName, agreement: agreement, last: !member.warnings.isEmpty)]
            } else if let reason = reason.flatMap(RemovalReason.init(typed:)) {
                try register.apply(.remove(reason, agreement: agreement), to: index, date: date)
                removed = member
                said = [.removedFromRegister(name: member.name, reason: reason), .sendPrivately(name: member.firstName),
                        .removalMessage(name: member.firstName, group: groupName, reason: reason, agreement: agreement),
                        .afterRemoval(name: member.firstName)]
            }
        } catch {
            writeStandardError(language.text(MemberText.changeProblem(error)) + "\n")
            throw ExitCode(.usage)
        }
        do throws(Folder.Failure) {
            try folder.write(RegisterFile.name, RegisterFile.encode(register), mode: 0o600)
        } catch {
            writeStandardError(language.text(MemberText.notStored(file: folder.file(RegisterFile.name), fault: error.fault)) + "\n")
            throw ExitCode(.ioError)
        }
        writeStandardOutput(said.map { language.text($0) + "\n" }.joined())
        if let removed { sayTraces(of: removed, in: folder, language: language) }
    }

    /// After a removal: any file in the group's folder besides the register that still holds
    /// the member's name or number, for the admin to delete.
    private func sayTraces(of member: Member, in folder: Folder, language: Language) {
        let files = MemberTraces.files(in: folder, holding: member)
        if !files.isEmpty { writeStandardError(language.text(MemberText.tracesLeft(name: member.firstName, files: files)) + "\n") }
    }
}
