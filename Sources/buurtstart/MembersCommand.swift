import ArgumentParser
import BuurtstartCore
import BuurtstartFiles
import BuurtstartTerminal

/// `buurtstart leden` (`members`): the register as a table, CSV or JSON, with what needs doing.
/// It only reads, so it takes no lock and changes nothing.
struct MembersCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "leden", abstract: helpText(.abstract(.members)), discussion: helpText(.discussion(.members)),
                             aliases: ["members"])
    }

    // Optional, so that the help lists the formats without an English "(default: text)".
    @Option(name: .long, help: ArgumentHelp(helpText(.option(.membersFormat))))
    var format: MembersFormat?

    @OptionGroup var options: FolderOptions

    @ParentCommand var top: Buurtstart

    func validate() throws {
        try top.session.belongOnlyToTheSession(not: "leden", sharing: ["--dir"])
    }

    func run() throws {
        let place = options.place
        let folder = try reported(place.existingFolder())
        let group = try reported(place.finishedAnswers(in: folder))
        let language = options.explicitLanguage ?? Language(rawValue: group.language) ?? place.language
        let register = try reported(Place(dir: place.dir, language: language).loadRegister(in: folder))
        // The set the group remembers: who holds an address that is outside now. One that cannot be read is left out.
        let otherGroups = group.groups.flatMap {
            try? GroupSet(readGroups($0, excluding: place.dir, remembered: true, language: language).groups)
        }
        writeStandardOutput(MembersRenderer.render(register, group: group, format: format?.format ?? .text, language: language,
                                                   directory: place.dir, otherGroups: otherGroups))
    }
}

/// `leden --format`: the register's formats, each described for the members' register.
enum MembersFormat: String, CaseIterable, ExpressibleByArgument {
    case text, csv, json

    var format: RegisterFormat { RegisterFormat(rawValue: rawValue) ?? .text }

    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, helpText(.membersFormat($0.format))) })
    }
}
