import ArgumentParser
import BuurtstartCore
import BuurtstartTerminal

/// `buurtstart check-address`: does an address belong to the group's area? For admins who
/// check a new member before adding them.
struct CheckAddressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-address",
        abstract: "Check whether an address lies inside the group's area in buurtstart.json.",
        discussion: "Exit status: 0 inside, 1 outside, 64 an address that cannot be read, 65 a bad or missing buurtstart.json.")

    @OptionGroup var options: FolderOptions

    @Argument(help: "The street and house number, e.g. \"Zeeweg 12\".")
    var address: String

    @Option(name: .long, help: "The postcode, e.g. \"2221 AB\", for areas named by postcode.")
    var postcode: String?

    func run() throws {
        let place = options.place
        let text = { (message: ShellText) in place.language.text(message) }
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
        writeStandardOutput(text(.addressOutcome(outcome)) + "\n")
        if !outcome.isInside { throw ExitCode(1) }
    }
}
