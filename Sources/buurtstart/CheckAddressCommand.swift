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

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "check-address", sharing: ["--dir"])
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
            throw ExitCode(64)
        }
        let folder = try reported(place.existingFolder())
        let answers = try reported(place.requiredAnswers(in: folder))
        let outcome = AddressCheck.check(parsedAddress, postcode: parsedPostcode, in: answers.area)
        // The group's own language, unless --lang asks for another.
        let language = options.explicitLanguage ?? Language(rawValue: answers.language) ?? place.language
        writeStandardOutput(language.text(ShellText.addressOutcome(outcome)) + "\n")
        if !outcome.isInside { throw ExitCode(1) }
    }
}
