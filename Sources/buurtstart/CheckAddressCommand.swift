import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal

/// `buurtstart check-address`: does an address belong to the group's area? For admins who
/// check a new member before adding them.
struct CheckAddressCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check-address", abstract: helpText(.abstract(.checkAddress)),
                             discussion: helpText(.discussion(.checkAddress)))
    }

    @Argument(help: ArgumentHelp(helpText(.option(.address)), valueName: helpText(.value(.address))), completion: .list([]))
    var address: String

    @Option(name: .long, help: ArgumentHelp(helpText(.option(.postcode)), valueName: "postcode"), completion: .list([]))
    var postcode: String?

    @OptionGroup var options: FolderOptions

    @OptionGroup var groupsOption: GroupsOption

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "check-address", sharing: ["--dir", "--groups"])
        if options.dir != nil, groupsOption.groups != nil {
            throw usageError(options.language.text(.optionsExclusive("--dir", "--groups")))
        }
    }

    func run() throws {
        let place = options.place
        let parsedAddress: AddressCheck.Address
        var parsedPostcode: Postcode?
        do throws(Problem) {
            parsedAddress = try AddressCheck.Address(parsing: address)
            if let postcode { parsedPostcode = try Postcode(parsing: postcode) }
        } catch {
            writeStandardError(place.language.text(Message.problem(error)) + "\n")
            throw ExitCode(.usage)
        }
        if let groups = groupsOption.groups {
            // Every group of the set; the words in the language asked for, or the locale's.
            let read: GroupFolders
            do { read = try readGroups(groups, language: place.language) } catch { throw ExitCode(error.status) }
            let found = GroupSet(read.groups).holding(parsedAddress, postcode: parsedPostcode)
            sayIfBeingChanged(found.map(\.group), language: place.language)
            let typed = TextInput.collapsingSpaces(address)
            let said: ShellText = found.isEmpty
                ? .addressInNoGroup(address: typed, read: read.groups.count, unreadable: read.unreadable.count, postcodeGiven: parsedPostcode != nil)
                : .addressInGroups(address: typed, found.map { (group: $0.group.title, entry: $0.entry, position: $0.position, finished: $0.group.finished) },
                                   unreadable: read.unreadable.count)
            writeStandardOutput(TextInput.visibleLines(place.language.text(said)) + "\n")
            // None found is only sure when every group could be read: else the first problem's status.
            if found.isEmpty { throw ExitCode(read.unreadable.first?.status ?? .no) }
            return
        }
        let folder = try reported(place.existingFolder())
        let saved = try reported(place.requiredAnswers(in: folder))
        // A group being changed is checked against its area as last finished.
        let answers = saved.lastFinished ?? saved
        let outcome = AddressCheck.check(parsedAddress, postcode: parsedPostcode, in: answers.area)
        // The group's own language, unless --lang asks for another.
        let language = options.explicitLanguage ?? Language(rawValue: answers.language) ?? place.language
        sayIfBeingChanged(saved, language: language)
        writeStandardOutput(language.text(ShellText.addressOutcome(outcome)) + "\n")
        if !outcome.isInside { throw ExitCode(.no) }
    }
}
