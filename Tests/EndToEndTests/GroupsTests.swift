import Foundation
import Testing

/// A whole session for a group with these streets, one per line, ending in klaar.
private func groupSession(_ name: String, streets: [String], admin: String = "Anna") -> String {
    (["Katwijk", name, ""] + streets + ["", "", "", "18", "", "", "", admin, "06-12345678"] + Array(repeating: "", count: 12) + ["klaar"])
        .joined(separator: "\n") + "\n"
}

/// A set of groups: `noord` (Zeeweg 51-99 odd, contact Anna) and `dorp` (Voorstraat, contact
/// Piet), a folder with a broken buurtstart.json, and a folder that is no group.
private func groupSet() throws -> URL {
    let set = try temporaryFolder()
    for (folder, name, streets, admin) in [("noord", "Zeeweg-Noord", ["Zeeweg 51-99 oneven"], "Anna"),
                                           ("dorp", "Dorp", ["Voorstraat", "Zeeweg 61-71"], "Piet")] {
        let run = try Binary.run(["--dir", set.appendingPathComponent(folder).path, "--date", "2026-11-20"],
                                 input: groupSession(name, streets: streets, admin: admin))
        #expect(run.status == 0, "\(run.errors)")
    }
    let broken = set.appendingPathComponent("kapot")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: false)
    try Data("{\"version\": 1,".utf8).write(to: broken.appendingPathComponent("buurtstart.json"))
    try FileManager.default.createDirectory(at: set.appendingPathComponent("archief"), withIntermediateDirectories: false)
    return set
}

/// Every path under `folder` with its size and modification time: what reading must not change.
private func snapshot(_ folder: URL) throws -> [String] {
    let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    return try paths.sorted().map { path in
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
        return "\(path) \(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
    }
}

@Suite("A set of groups from the command line", .serialized)
struct GroupsCommandTests {
    @Test("groepen: every readable group in the register, an unreadable folder named, the status says so, nothing written")
    func register() throws {
        let set = try groupSet()
        let before = try snapshot(set)
        let run = try Binary.run(["groepen", "--groups", set.path])
        #expect(run.status == 65)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "Gemeente Katwijk: 2 groepen")
        #expect(lines[1].hasPrefix("  Naam"))
        #expect(lines[2].hasPrefix("  Buurtpreventie Dorp") && lines[2].contains("Voorstraat, Zeeweg") && lines[2].contains("Piet"))
        #expect(lines[3].hasPrefix("  Buurtpreventie Zeeweg-Noord") && lines[3].contains("Anna"))
        #expect(!run.output.contains("06-"))
        #expect(run.errors.contains("kapot/buurtstart.json"))
        #expect(run.errors.contains("2 groepen gelezen; 1 map kon niet gelezen worden"))
        #expect(try snapshot(set) == before)
    }

    @Test("groups (the English alias): CSV and JSON, and --overlap with the entries of each pair")
    func formatsAndOverlap() throws {
        let set = try groupSet()
        let csv = try Binary.run(["groups", "--groups", set.path, "--format", "csv", "--lang", "en"])
        #expect(csv.output.hasPrefix("folder,name,municipality,neighbourhood,area,expectedMembers,contact,version,date,finished,contactPhone\r\n"))
        #expect(csv.output.contains("noord,Buurtpreventie Zeeweg-Noord,Katwijk,Zeeweg-Noord,Zeeweg 51-99 odd,,Anna,1,2026-11-20,true,\r\n"))
        #expect(csv.errors.contains("kapot/buurtstart.json is not"))
        let json = try Binary.run(["groups", "--groups", set.path, "--format", "json"])
        #expect(json.output.contains("\"schema\" : \"buurtstart-register/1\""))
        #expect(!json.output.contains("06-"))
        let overlap = try Binary.run(["groepen", "--groups", set.path, "--overlap"])
        #expect(overlap.output == """
            Buurtpreventie Dorp en Buurtpreventie Zeeweg-Noord delen een deel van hun gebied:
              Zeeweg: nummers 61 t/m 71  en  Zeeweg: nummers 51 t/m 99, oneven kant  (samen: Zeeweg: nummers 61 t/m 71, oneven kant)

            """)
        let missing = try Binary.run(["groepen", "--groups", set.appendingPathComponent("nergens").path])
        #expect(missing.status == 74)
        #expect(missing.errors.contains("nergens"))
    }

    @Test("check-address --groups: which groups hold the address, with the entry; 0 for one or more, 1 for none")
    func checkAddress() throws {
        let set = try groupSet()
        let two = try Binary.run(["check-address", "Zeeweg 63", "--groups", set.path])
        #expect(two.status == 0)
        #expect(two.output == """
            Zeeweg 63 valt in het gebied van 2 groepen:
              Buurtpreventie Dorp: straat 2, Zeeweg: nummers 61 t/m 71
              Buurtpreventie Zeeweg-Noord: straat 1, Zeeweg: nummers 51 t/m 99, oneven kant
            1 map kon ik niet lezen (zie hierboven): misschien valt het adres ook daarin.

            """)
        // With a folder that could not be read, "none" is not sure: the answer says so, and the status is that folder's (65).
        let unsure = try Binary.run(["check-address", "Zeeweg 72", "--groups", set.path, "--lang", "en"])
        #expect(unsure.status == 65)
        #expect(unsure.output.hasPrefix("Zeeweg 72 lies in no group's area (2 groups read). But I could not read 1 folder (see above): the address may lie in it."))
        try FileManager.default.removeItem(at: set.appendingPathComponent("kapot"))
        let none = try Binary.run(["check-address", "  Zeeweg   72 ", "--groups", set.path, "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.output == "Zeeweg 72 lies in no group's area (2 groups read). Do the areas name postcodes? Then give the postcode with --postcode too.\n")
        let withPostcode = try Binary.run(["check-address", "Zeeweg 72", "--postcode", "2221 AB", "--groups", set.path])
        #expect(withPostcode.status == 1 && !withPostcode.output.contains("--postcode"))
        // A group's answers that cannot be read are said as that group's, skipped while the others are read.
        let dorp = set.appendingPathComponent("dorp/buurtstart.json")
        try FileManager.default.removeItem(at: dorp)
        try FileManager.default.createDirectory(at: dorp, withIntermediateDirectories: false)
        let skipped = try Binary.run(["check-address", "Zeeweg 63", "--groups", set.path])
        #expect(skipped.status == 0)
        #expect(skipped.errors.contains("dorp/buurtstart.json niet lezen") && skipped.errors.contains("Deze groep sla ik over; de andere groepen lees ik wel."))
        #expect(!skipped.errors.contains("Kijk of het bestand er goed staat"))
        #expect(try Binary.run(["check-address", "Zeeweg 63", "--groups", set.path, "--dir", set.path]).status == 64)
        // An address it cannot read is refused (64), never looked up as a street no group has.
        for (address, words) in [("Zeeweg nr 63", "'nr'"), ("Zeeweg 63 63", "getal in de naam")] {
            for place in [["--groups", set.path], ["--dir", set.appendingPathComponent("noord").path]] {
                let unread = try Binary.run(["check-address", address] + place)
                #expect(unread.status == 64, "\(address) \(place)")
                #expect(unread.output.isEmpty && unread.errors.contains("begrijp ik niet als adres") && unread.errors.contains(words))
            }
        }
        // Without --groups, the group's own folder as before.
        let own = try Binary.run(["check-address", "Zeeweg 63", "--dir", set.appendingPathComponent("noord").path])
        #expect(own.status == 0 && own.output.hasPrefix("Binnen het gebied"))
    }

    @Test("a session with --groups: its own folder is not another group, and a continued session remembers the set")
    func session() throws {
        let set = try groupSet()
        let own = set.appendingPathComponent("nieuw")
        let first = try Binary.run(["--dir", own.path, "--groups", set.path], input: "Katwijk\nNieuw\n\nZeeweg 1-50\nstop\n")
        #expect(!first.output.contains("Let op: de groep"))
        #expect(try read(own, "buurtstart.json").contains("\"groups\" : \"\(set.path)\""))
        // Continued without --groups. Its own saved Zeeweg 1-50 is no other group's; Dorp's and Zeeweg-Noord's are.
        let second = try Binary.run(["--dir", own.path], input: "\nverwijder 1\nZeeweg 1-40\nZeeweg 55-65\n")
        #expect(second.output.contains("Toegevoegd: Zeeweg: nummers 1 t/m 40"))
        #expect(second.output.contains("Let op: de groep Buurtpreventie Dorp heeft dit deel ook: Zeeweg: nummers 61 t/m 65."))
        #expect(second.output.contains("Let op: de groep Buurtpreventie Zeeweg-Noord heeft dit deel ook: Zeeweg: nummers 55 t/m 65, oneven kant."))
        #expect(!second.output.contains("Buurtpreventie Nieuw heeft"))
        // The broken folder is named before the session starts, and the session goes on.
        #expect(second.errors.contains("kapot/buurtstart.json"))
        // A set named with --groups that cannot be read ends the command before any question.
        let missing = try Binary.run(["--dir", own.path, "--groups", set.appendingPathComponent("nergens").path], input: "\n")
        #expect(missing.status == 74)
        let notMade = set.appendingPathComponent("nooit")
        #expect(try Binary.run(["--dir", notMade.path, "--groups", set.appendingPathComponent("nergens").path], input: "\n").status == 74)
        #expect(!FileManager.default.fileExists(atPath: notMade.path))
    }

    @Test("a group still being set up is said to be so in check-address and in the session's warning")
    func unfinishedGroup() throws {
        let set = try groupSet()
        let half = try Binary.run(["--dir", set.appendingPathComponent("half").path], input: "Katwijk\nHalf\n\nZeeweg 63\nstop\n")
        #expect(half.status == 0)
        let found = try Binary.run(["check-address", "Zeeweg 63", "--groups", set.path])
        #expect(found.output.contains("  Buurtpreventie Half (wordt nog opgezet): straat 1, Zeeweg: nummer 63\n"))
        #expect(found.output.contains("  Buurtpreventie Dorp: straat 2"))
        let session = try Binary.run(["--dir", set.appendingPathComponent("nieuw").path, "--groups", set.path], input: "Katwijk\nNieuw\n\nZeeweg 63\nstop\n")
        #expect(session.output.contains("Let op: de groep Buurtpreventie Half heeft dit deel ook: Zeeweg: nummer 63. Die groep wordt nog opgezet."))
        #expect(!session.output.contains("Buurtpreventie Dorp heeft dit deel ook: Zeeweg: nummer 63. Die groep"))
    }

    @Test("a group's own folder given as the set is refused (64) by every command, saying which folder to give; a set with no group is said in the session")
    func groupFolderAsSet() throws {
        let set = try groupSet()
        let noord = set.appendingPathComponent("noord").path
        for arguments in [["groepen", "--groups", noord], ["check-address", "Zeeweg 63", "--groups", noord],
                          ["--dir", set.appendingPathComponent("nieuw").path, "--groups", noord]] {
            let run = try Binary.run(arguments, input: "Katwijk\n")
            #expect(run.status == 64, "\(arguments)")
            #expect(run.errors.contains("is de map van één groep") && run.errors.contains("de map waarin de mappen van de groepen staan"))
        }
        #expect(!FileManager.default.fileExists(atPath: set.appendingPathComponent("nieuw").path))
        let empty = try temporaryFolder()
        let alone = try Binary.run(["--dir", set.appendingPathComponent("nieuw").path, "--groups", empty.path], input: "stop\n")
        #expect(alone.output.contains("Let op: in \(empty.path) staat geen andere groep. Ik vergelijk je gebied dus met geen enkele groep."))
    }

    @Test("a set given as a relative path is remembered as an absolute one; a remembered set that cannot be read is said to be the remembered one")
    func rememberedSet() throws {
        let set = try groupSet()
        let parent = set.deletingLastPathComponent()
        let own = set.appendingPathComponent("nieuw")
        let first = try Binary.run(["--dir", own.path, "--groups", set.lastPathComponent], input: "Katwijk\nNieuw\n\nstop\n", in: parent)
        #expect(first.status == 0, "\(first.errors)")
        #expect(try read(own, "buurtstart.json").contains("\"groups\" : \"\(set.path)\""))
        // Continued from another folder: the set is found, and compared with.
        let elsewhere = try temporaryFolder()
        let second = try Binary.run(["--dir", own.path], input: "\nZeeweg 55\nstop\n", in: elsewhere)
        #expect(second.output.contains("Let op: de groep Buurtpreventie Zeeweg-Noord heeft dit deel ook"))
        // The set moved away: said as the remembered set, with what to do, and the session goes on.
        try FileManager.default.moveItem(at: set, to: parent.appendingPathComponent(set.lastPathComponent + "-weg"))
        let third = try Binary.run(["--dir", parent.appendingPathComponent(set.lastPathComponent + "-weg/nieuw").path], input: "\nstop\n")
        #expect(third.status == 0)
        #expect(third.errors.contains("Ik kan de map met groepen '\(set.path)' niet lezen"))
        #expect(third.errors.contains("Deze map staat in buurtstart.json, van een eerdere keer.") && third.errors.contains("--groups MAP"))
    }
}

@Suite("A transcript that names a set of groups", .serialized)
struct GroupsTranscriptTests {
    @Test("replays with the set beside it; without it, it is invalid at the groups line")
    func replay() throws {
        let folder = try copyOfCorpus("19-katwijk-al-een-groep-hier")
        let transcript = folder.appendingPathComponent("19-katwijk-al-een-groep-hier.txt")
        let missing = try Binary.run(["replay", transcript.path])
        #expect(missing.status == 65)
        #expect(missing.errors.contains("19-katwijk-al-een-groep-hier.txt:5: de map met groepen is niet te lezen"))
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("transcripts/groepen")
        try FileManager.default.copyItem(at: corpus, to: folder.appendingPathComponent("groepen"))
        let replayed = try Binary.run(["replay", transcript.path])
        #expect(replayed.status == 0, "\(replayed.output)")
    }
}
