import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal
import Glibc

@main
struct Buurtstart: ParsableCommand {
    static let version = "0.1.0"

    /// ArgumentParser reads every invocation; a command line it cannot read is said in the
    /// resident's language (see `runParsed`).
    static func main() {
        runParsed(Array(CommandLine.arguments.dropFirst()))
    }

    /// Without a command, buurtstart is the guided session: its options are the top-level
    /// help's, and `buurtstart start` is the same session.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "buurtstart",
            abstract: helpText(.abstract(.buurtstart)),
            usage: helpText(.usage),
            discussion: helpText(.discussion(.buurtstart)),
            version: version,
            subcommands: [Start.self, Export.self, ReplayCommand.self, CheckAddressCommand.self, PresetsCommand.self, GroupsCommand.self,
                          MemberCommand.self, MembersCommand.self])
    }

    @OptionGroup var session: SessionOptions

    func run() throws {
        try session.guidedSession.run()
    }
}

/// `--lang`, which every command has.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(helpText(.option(.lang)), valueName: "nl|en"),
            completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    var language: Language { explicitLanguage ?? .fromEnvironment }

    /// The language asked for with `--lang`, if any.
    var explicitLanguage: Language? { lang.flatMap(Language.init(rawValue:)) }

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw usageError(Language.fromEnvironment.text(.unknownLanguage(lang)))
        }
    }
}

/// The folder and the language: what the session, export and check-address share.
struct FolderOptions: ParsableArguments {
    // Optional rather than defaulting to ".", so that ArgumentParser adds no English
    // "(default: .)" to the help, which says the default in the resident's language.
    @Option(name: .long, help: ArgumentHelp(helpText(.option(.dir)), valueName: helpText(.value(.folder))), completion: .directory)
    var dir: String?

    @OptionGroup var languageOption: LanguageOption

    var language: Language { languageOption.language }

    /// The language asked for with `--lang`, if any.
    var explicitLanguage: Language? { languageOption.explicitLanguage }

    var folder: String { dir ?? "." }

    var place: Place { Place(dir: folder, language: language) }
}

extension Place {
    /// The folder's lock; a set of documents a killed run left half done, now completed, is said.
    func lockSaying(_ folder: Folder) throws(Refusal) -> FolderLock {
        let lock = try lock(folder)
        if lock.completedSet { writeStandardError(language.text(.documentsCompleted(directory: dir)) + "\n") }
        return lock
    }
}

/// `body`'s value; a refusal is said on standard error and ends the command with its status.
func reported<T>(_ body: @autoclosure () throws(Refusal) -> T) throws -> T {
    do { return try body() } catch {
        throw say(error)
    }
}

/// Says `refusal` on standard error: the one place where a shell error becomes output. Returns
/// the exit code it ends the command with.
@discardableResult
func say(_ refusal: Refusal) -> ExitCode {
    writeStandardError(refusal.message + "\n")
    return ExitCode(refusal.status)
}

extension ExitCode {
    init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}

/// `--groups DIR`: the session, check-address and groepen share it (one type, as `--force`).
struct GroupsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(helpText(.option(.groups)), valueName: helpText(.value(.folder))), completion: .directory)
    var groups: String?
}

/// `--force`: the session and export both replace existing documents with it. One type, because
/// ArgumentParser gives a command's options to its subcommands too: `buurtstart export --force`
/// is read by the top-level command (the session) and shared with export through this group.
struct ForceOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(helpText(.option(.force))))
    var force = false
}

/// The guided session's options, at the top level and under `start`.
struct SessionOptions: ParsableArguments {
    @OptionGroup var options: FolderOptions

    @Option(name: .long, help: ArgumentHelp(helpText(.option(.date)), valueName: helpText(.value(.date))), completion: .list([]))
    var date: String?

    @OptionGroup var replace: ForceOption

    @OptionGroup var groupsOption: GroupsOption

    @Flag(name: .long, help: ArgumentHelp(helpText(.option(.noColor))))
    var noColor = false

    @Option(name: .long, help: ArgumentHelp(helpText(.option(.record)), valueName: helpText(.value(.file))),
            completion: .file(extensions: ["txt"]))
    var record: String?

    @Option(name: .long, help: ArgumentHelp(helpText(.option(.preset)), valueName: helpText(.value(.preset))),
            completion: .custom(presetCompletions))
    var preset: String?

    @Flag(name: .long, help: ArgumentHelp(helpText(.option(.strict))))
    var strict = false

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw usageError(options.language.text(.badDate(date)))
        }
    }

    var guidedSession: GuidedSession {
        GuidedSession(place: options.place, explicitLanguage: options.explicitLanguage, date: date, force: replace.force,
                      record: record, noColor: noColor, preset: preset, groups: groupsOption.groups,
                      folderNamed: options.dir != nil, strict: strict)
    }

    /// Refuses the session's options that another command was given but has not got (`shared`
    /// are those it has): read by the top-level command, they would be ignored without a word.
    func belongOnlyToTheSession(not command: String, sharing shared: Set<String> = []) throws {
        let given = [("--dir", options.dir != nil), ("--date", date != nil), ("--force", replace.force),
                     ("--no-color", noColor), ("--record", record != nil), ("--preset", preset != nil),
                     ("--groups", groupsOption.groups != nil), ("--strict", strict)]
        if let (option, _) = given.first(where: { $0.1 && !shared.contains($0.0) }) {
            throw usageError(options.language.text(.sessionOnlyOption(option, command: command)))
        }
    }
}

extension Buurtstart {
    struct Start: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "start", abstract: helpText(.abstract(.start)), discussion: helpText(.discussion(.start)))
        }

        @OptionGroup var session: SessionOptions

        func run() throws {
            try session.guidedSession.run()
        }
    }
}

extension ExportFormat: ExpressibleByArgument {
    /// Each format's files, listed under `--format` in the help (instead of ArgumentParser's
    /// English "(values: ...)").
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, helpText(.formatFiles($0))) })
    }
}

extension Language {
    /// Without `--lang`: English when the locale of messages starts with `en`: `LC_ALL`, else
    /// `LC_MESSAGES`, else `LANG`, the first that is set and not empty (as POSIX orders them).
    static var fromEnvironment: Language {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment($0).flatMap { $0.isEmpty ? nil : $0 } }.first
        return forLocale(setting)
    }
}

extension CalendarDate {
    /// Today in the local time zone: the shell's one look at the clock.
    static var today: CalendarDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(year: 2026, month: 1, day: 1)!
    }
}

/// The guided session, as `buurtstart` and `buurtstart start` run it.
struct GuidedSession {
    var place: Place
    /// `--lang`, when given: it wins over the language stored in the answers.
    var explicitLanguage: Language?
    var date: String?
    var force = false
    var record: String?
    var noColor = false
    var preset: String?
    /// `--groups`; without it, the set the answers remember.
    var groups: String?
    /// `--dir` was given: the folder is the resident's choice, not merely where they stood.
    var folderNamed = true
    /// `--strict`: a piped session ends at the first answer it refuses.
    var strict = false

    func run() throws {
        if !folderNamed { try askBeforeWritingHere() }
        // A set named with --groups is read first: one that cannot be read ends the command
        // before anything is made.
        let named = try groups.map { try otherGroups($0, named: true, language: explicitLanguage ?? place.language) }
        let folder = try reported(place.openFolder())
        let lock = try reported(place.lockSaying(folder))
        defer { lock.release() }
        // Refused now, before the resident gives a single answer that could not be saved.
        try reported(place.checkWritable(folder))
        let saved = try reported(place.loadAnswers(in: folder))
        // `--lang` wins and is stored; otherwise the language the answers were given in.
        let language = explicitLanguage ?? saved.flatMap { Language(rawValue: $0.language) } ?? place.language
        let chosen = try preset.map { try loadPreset($0, language: language) }
        let existing = (Documents.names + Documents.pdfNames).filter(folder.exists)
        let date = date.flatMap(CalendarDate.init(iso:)) ?? .today
        var context = SessionContext(
            language: language,
            date: date,
            existingDocuments: existing,
            force: force,
            directory: place.dir,
            resumeCommand: SessionContext.resumeCommand(directory: place.dir))
        // A preset shapes a new session only; saved answers already hold what was chosen.
        context.preset = saved == nil ? chosen?.preset : nil
        if let groups {
            // Remembered as an absolute path, so that a session continued from elsewhere finds it.
            context.groupsFolder = GroupFolders.absolute(groups)
            context.otherGroups = named ?? nil
        } else if let remembered = saved?.groups {
            context.groupsFolder = remembered
            context.otherGroups = try otherGroups(remembered, named: false, language: language)
        }
        let recording: Recording? = try record.map { path throws -> Recording in
            var header = Transcript.Header(date: date)
            header.language = language
            header.options = force ? ["--force"] : []
            header.existing = existing
            header.directory = place.dir
            // As typed: replay finds a relative set beside the transcript.
            header.groups = groups ?? context.groupsFolder
            if saved == nil, let chosen, chosen.isShipped { header.preset = chosen.preset.name }
            // --force, which replaces documents without asking, replaces an earlier transcript too.
            return try openRecording(path, header: header, startAnswers: saved.map(AnswersFile.encode),
                                     presetFile: saved == nil && chosen?.isShipped == false ? chosen?.bytes : nil,
                                     group: folder, force: force, language: language)
        }
        var runner = Runner(context: context, saved: saved, store: FolderStore(
            folder: folder, recording: recording, stateFolder: StateFolder.path(), home: environment("HOME"), today: .today))
        let conversed = try converse(&runner, language: language, noColor: noColor, recording: recording, recordPath: record,
                                     strict: strict)
        // --strict stopped at a refused answer: the answers before it are saved, as at the end
        // of the input, but the script is told that its input was wrong.
        if conversed.strictStop { throw ExitCode(.dataError) }
        if runner.session.ending == .finished { tellMembersOutside(folder: folder, before: saved, language: language) }
        // Stopped while the answers could not be saved in the folder, documents not all in place,
        // or a transcript cut short: say so with the status too.
        if [.stoppedUnsaved, .finishedInPart].contains(runner.session.ending) || conversed.recordingCut { throw ExitCode(.ioError) }
        // Piped input that ended before the documents were written: a script sees it.
        if !conversed.interactive, [.inputEnded, .noInput].contains(runner.session.ending) { throw ExitCode(.inputEnded) }
    }
}

extension GuidedSession {
    /// A session started without `--dir` in a folder that holds other things and no group
    /// (a home folder, Downloads): says where the group's files would go, and asks first at a
    /// terminal. Through a pipe, whose first line would be taken for the answer (and where the
    /// answers file or a log the shell made may lie beside), it is said and the session goes on.
    /// Hidden entries do not count.
    private func askBeforeWritingHere() throws {
        let place = self.place
        guard !Folder(unchecked: place.dir).exists(AnswersFile.name) else { return }
        let present = FolderListing.visibleNames(in: place.dir)
        guard !present.isEmpty else { return }
        let language = explicitLanguage ?? place.language
        let folder = GroupFolders.absolute(place.dir)
        let start = SessionContext.resumeCommand(directory: language.text(.newGroupFolderExample))
        guard isTerminalSession else {
            writeStandardError(language.text(.folderNotEmptyPiped(folder: folder, count: present.count, start: start)) + "\n")
            return
        }
        writeStandardOutput(language.text(.folderNotEmpty(folder: folder, count: present.count)) + "\n")
        var reader = PlainLineReader()
        while true {
            guard case .line(let line) = reader.readLine(prompt: language.text(.folderNotEmptyPrompt), completions: [], remember: false) else {
                writeStandardOutput("\n" + language.text(.folderNotEmptyDeclined(start: start)) + "\n")
                throw ExitCode(.success)
            }
            switch Command(TextInput.collapsingSpaces(line), language: language) {
            case .yes?: return
            case .no?, .stop?:
                writeStandardOutput(language.text(.folderNotEmptyDeclined(start: start)) + "\n")
                throw ExitCode(.success)
            default:
                writeStandardOutput(language.text(.folderNotEmptyYesOrNo) + "\n")
            }
        }
    }

    /// A new version whose area lost a part: how many members live outside it now, and the
    /// command that says who (no names here: a session's output may be kept or shared). A
    /// register that cannot be read is said by `leden`, not here.
    private func tellMembersOutside(folder: Folder, before: Answers?, language: Language) {
        // A change continued from an earlier session compares with the last finished version.
        guard let before = before?.lastFinished,
              let now = try? place.loadAnswers(in: folder), now.charter.version > before.charter.version,
              CharterChange.between(CharterRules(before), CharterRules(now)).contains(where: \.shrinksArea),
              folder.exists(RegisterFile.name),
              let register = try? Place(dir: place.dir, language: language).loadRegister(in: folder) else { return }
        let outside = register.membersOutside(now)
        guard outside > 0 else { return }
        writeStandardOutput(language.text(RenewalText.outsideNewArea(count: outside, version: now.charter.version,
                                                                     list: MemberCommandLine.list(directory: place.dir, language: language))) + "\n")
    }

    /// The groups of the set except this group's own folder. A set named with `--groups` that
    /// cannot be read ends the command (74); one remembered from earlier is said and left out.
    /// Group folders that cannot be read are counted in one warning.
    private func otherGroups(_ path: String, named: Bool, language: Language) throws -> GroupSet? {
        do { return GroupSet(try readGroups(path, excluding: place.dir, remembered: !named, language: language).groups) } catch {
            if named { throw ExitCode(error.status) }
            return nil
        }
    }
}

/// A preset chosen with `--preset`: shipped, by name, or a file.
struct ChosenPreset {
    let preset: Preset
    let isShipped: Bool
    let bytes: [UInt8]
}

/// Finds a shipped preset by name, or reads a preset file; 64 for an unknown name, 65 for a bad file.
func loadPreset(_ nameOrPath: String, language: Language) throws -> ChosenPreset {
    if let shipped = Preset.shipped(named: nameOrPath) {
        return ChosenPreset(preset: shipped, isShipped: true, bytes: [])
    }
    guard nameOrPath.hasSuffix(".json") || nameOrPath.contains("/") else {
        writeStandardError(language.text(.presetUnknown(nameOrPath, known: Preset.shipped.map(\.name))) + "\n")
        throw ExitCode(.usage)
    }
    let slash = nameOrPath.lastIndex(of: "/")
    let parent = slash.map { nameOrPath[..<$0].isEmpty ? "/" : String(nameOrPath[..<$0]) } ?? "."
    let name = slash.map { String(nameOrPath[nameOrPath.index(after: $0)...]) } ?? nameOrPath
    let bytes: [UInt8]
    do throws(Folder.Failure) {
        guard let read = try Folder(existing: parent).read(name) else { throw Folder.Failure(.missing) }
        bytes = read
    } catch {
        writeStandardError(language.text(.cannotRead(nameOrPath, fault: error.fault)) + "\n")
        throw ExitCode(.dataError)
    }
    do { return ChosenPreset(preset: try Preset.decode(bytes), isShipped: false, bytes: bytes) } catch {
        writeStandardError(language.text(.dataFile(error, file: nameOrPath)) + "\n")
        throw ExitCode(.dataError)
    }
}

/// `buurtstart presets`: the shipped presets.
struct PresetsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "presets", abstract: helpText(.abstract(.presets)), discussion: helpText(.discussion(.presets)))
    }

    @OptionGroup var languageOption: LanguageOption

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "presets")
    }

    func run() throws {
        writeStandardOutput(languageOption.language.text(.presetsList(Preset.shipped)) + "\n")
    }
}
