import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal

/// `buurtstart groepen` (`groups`): the register of a set of groups, or the pairs of groups
/// whose areas overlap. For a municipality or a coordinator who keeps every group's folder.
struct GroupsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "groepen", abstract: helpText(.abstract(.groups)),
                             discussion: helpText(.discussion(.groups)), aliases: ["groups"])
    }

    @OptionGroup var groupsOption: GroupsOption

    // Optional, so that the help lists the formats without an English "(default: text)".
    @Option(name: .long, help: ArgumentHelp(helpText(.option(.registerFormat))))
    var format: RegisterFormat?

    @Flag(name: .long, help: ArgumentHelp(helpText(.option(.overlap))))
    var overlap = false

    @OptionGroup var languageOption: LanguageOption

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "groepen", sharing: ["--groups"])
    }

    func run() throws {
        let language = languageOption.language
        let path = groupsOption.groups ?? "."
        let read: GroupFolders
        do { read = try readGroups(path, language: language) } catch { throw ExitCode(error.status) }
        let format = format ?? .text
        sayIfBeingChanged(read.groups, language: language)
        if format == .text, read.groups.isEmpty {
            writeStandardError(TextInput.visibleLines(language.text(.registerEmpty(folder: path))) + "\n")
        } else if overlap {
            writeStandardOutput(RegisterRenderer.overlaps(GroupSet(read.groups).overlappingPairs(), groupCount: read.groups.count,
                                                          format: format, language: language))
        } else {
            writeStandardOutput(RegisterRenderer.register(read.groups, format: format, language: language))
        }
        if let first = read.unreadable.first { throw ExitCode(first.status) }
    }
}

extension RegisterFormat: ExpressibleByArgument {
    /// Each format's use, listed under `--format` in the help.
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, helpText(.registerFormat($0))) })
    }
}

/// Reads a set of groups; each folder that cannot be read is said by name on standard error,
/// with a count at the end. The set itself not readable is a refusal, said, with status 74; a
/// group's own folder in its place, with 64. `remembered`: the set came from a group's
/// buurtstart.json, not from the command line, and the refusal says so.
func readGroups(_ path: String, excluding own: String? = nil, remembered: Bool = false, language: Language) throws(Refusal) -> GroupFolders {
    let read: GroupFolders
    do { read = try GroupFolders.readSet(path, excluding: own) } catch {
        let refusal = switch error {
        case .unreadable(let fault):
            Refusal(.groupsSetUnreadable(path, fault: fault, remembered: remembered), in: language, status: .ioError)
        case .groupFolder:
            Refusal(.groupsSetIsAGroup(path, remembered: remembered), in: language, status: .usage)
        }
        say(refusal)
        throw refusal
    }
    for unreadable in read.unreadable {
        writeStandardError(TextInput.visibleLines(language.text(unreadable.reason)) + "\n")
    }
    if !read.unreadable.isEmpty {
        writeStandardError(TextInput.visibleLines(language.text(.groupsRead(read: read.groups.count, unreadable: read.unreadable.count))) + "\n")
    }
    return read
}

/// Says on standard error, in one line, that a newer version of a finished group is being
/// written, when it is: the command works on the last finished version meanwhile.
func sayIfBeingChanged(_ saved: Answers, language: Language) {
    guard saved.beingChanged, let finished = saved.lastFinished else { return }
    sayBeingChanged(group: finished.group.name, version: finished.charter.version, language: language)
}

/// Says so for each group of a set that is being changed.
func sayIfBeingChanged(_ groups: [GroupRecord], language: Language) {
    for group in groups where group.beingChanged { sayBeingChanged(group: group.title, version: group.version, language: language) }
}

private func sayBeingChanged(group: String, version: Int, language: Language) {
    writeStandardError(TextInput.visibleLines(language.text(ChangeText.newerVersionBeingWritten(group: group, version: version))) + "\n")
}
