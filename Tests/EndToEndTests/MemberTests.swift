import BuurtstartTestSupport
import Foundation
import Testing

/// A finished group in a folder of its own: Zeeweg 1-49 odd, one admin (Anna).
private func groupFolder() throws -> URL {
    let folder = try temporaryFolder()
    // Answered by question, so that a new question in the session changes nothing here.
    let lines = AnswerScript.lines(base: [
        .municipality: ["Katwijk"], .neighbourhood: ["Zeeweg-Zuid"], .street: ["Zeeweg 1-49 oneven", ""],
        .minimumAge: ["18"], .adminName: ["Anna", ""], .adminPhone: ["06-12345678"],
    ])
    let input = (lines + ["klaar"]).joined(separator: "\n") + "\n"
    let run = try Binary.run(["--dir", folder.path, "--date", "2026-11-20"], input: input)
    #expect(run.status == 0, "\(run.errors)")
    return folder
}

/// An intake through a pipe: the sign-up, the name, the address, the age and the number, then a
/// yes to every line of the checklist and to going through the rules, and `klaar`.
private func intake(name: String = "Fatima el Amrani", address: String = "Zeeweg 13", phone: String = "06-87654321") -> String {
    (["1", name, address, "1", "ja", phone] + Array(repeating: "ja", count: 40) + ["klaar"]).joined(separator: "\n") + "\n"
}

private let register = "leden.jsonl"

/// Every file under `folder`, hidden ones too, that holds any of `needles`.
private func filesHolding(_ needles: [String], in folder: URL) -> [String] {
    let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    return paths.filter { path in
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { return false }
        let text = String(decoding: data, as: UTF8.self)
        return needles.contains { text.contains($0) }
    }
}

@Suite("Members from the command line", .serialized)
struct MemberCommandTests {
    @Test("an intake through a pipe: the member in a private register, the welcome with the first name; leden lists them")
    func accepted() throws {
        let folder = try groupFolder()
        let run = try Binary.run(["lid", "--dir", folder.path, "--date", "2026-12-01"], input: intake())
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Welkom Fatima!"))
        let path = folder.appendingPathComponent(register).path
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let list = try Binary.run(["leden", "--dir", folder.path])
        #expect(list.status == 0 && list.output.contains("Fatima el Amrani") && list.output.contains("06-87654321"))
        let english = try Binary.run(["members", "--dir", folder.path, "--format", "json", "--lang", "en"])
        #expect(english.output.contains("\"toDo\" : ["))
    }

    @Test("an intake recorded with --record replays as an intake")
    func recordedIntakeReplays() throws {
        let folder = try groupFolder()
        let transcript = try temporaryFolder().appendingPathComponent("intake.txt")
        let run = try Binary.run(["lid", "--dir", folder.path, "--date", "2026-12-01", "--record", transcript.path], input: intake())
        #expect(run.status == 0, "\(run.errors)")
        let recorded = try String(contentsOf: transcript, encoding: .utf8)
        #expect(recorded.contains("# command: lid\n"))
        let replay = try Binary.run(["replay", transcript.path])
        #expect(replay.status == 0, "\(replay.output) \(replay.errors)")
    }

    @Test("an address outside, or a consent answered no: nothing is stored, exit 1")
    func refused() throws {
        let folder = try groupFolder()
        let outside = try Binary.run(["lid", "--dir", folder.path], input: intake(address: "Zeeweg 14"))
        #expect(outside.status == 1)
        #expect(outside.output.contains("Dit adres ligt buiten het gebied: Zeeweg hoort erbij, maar nummer 14 niet."))
        let declined = (["1", "Henk", "Zeeweg 15", "1", "ja", "06-11112222", "ja", "nee"]).joined(separator: "\n") + "\n"
        let refused = try Binary.run(["lid", "--dir", folder.path], input: declined)
        #expect(refused.status == 1 && refused.output.contains("Geef het strookje terug of vernietig het."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(register).path))
        #expect(filesHolding(["Henk", "Zeeweg 15", "11112222"], in: folder).isEmpty)
    }

    @Test("a warning, then each kind of removal: afterwards the folder holds the name, address and number nowhere")
    func removal() throws {
        for (reason, agreement) in [("verhuisd", nil), ("weg", nil), ("na-waarschuwing", "14"), ("meteen", "14")] as [(String, String?)] {
            let folder = try groupFolder()
            #expect(try Binary.run(["lid", "--dir", folder.path], input: intake()).status == 0)
            #expect(try Binary.run(["lid", "--dir", folder.path], input: intake(name: "Henk de Vries", address: "Zeeweg 21", phone: "06-33334444")).status == 0)
            let warned = try Binary.run(["lid", "--dir", folder.path, "--waarschuw", "Fatima", "--afspraak", "14", "--date", "2026-12-02"])
            #expect(warned.status == 0 && warned.output.contains("afspraak 14"), "\(warned.errors)")
            var arguments = ["lid", "--dir", folder.path, "--weg", "fatima el amrani", "--reden", reason]
            if let agreement { arguments += ["--afspraak", agreement] }
            let removed = try Binary.run(arguments)
            #expect(removed.status == 0, "\(reason): \(removed.errors)")
            #expect(removed.output.contains("Haal Fatima uit de WhatsApp-groep"))
            #expect(filesHolding(["Fatima", "Zeeweg 13", "87654321", "8765 4321"], in: folder) == [], "\(reason)")
            let list = try Binary.run(["leden", "--dir", folder.path])
            #expect(list.output.contains("Henk de Vries"))
        }
    }

    @Test("a removal that names no one in the register, or no agreement where one is needed, changes nothing: exit 64")
    func wrongNames() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake()).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent(register))
        let unknown = try Binary.run(["lid", "--dir", folder.path, "--weg", "Kees", "--reden", "weg"])
        #expect(unknown.status == 64 && unknown.errors.contains("'Kees' staat niet in het ledenregister"))
        let noAgreement = try Binary.run(["lid", "--dir", folder.path, "--weg", "Fatima", "--reden", "meteen"])
        #expect(noAgreement.status == 64)
        #expect(try Data(contentsOf: folder.appendingPathComponent(register)) == before)
    }

    @Test("a hand-edited register that cannot be read is named with its line and never written over")
    func handEdited() throws {
        let folder = try groupFolder()
        let path = folder.appendingPathComponent(register)
        let broken = Data("{\"register\":1,\"removed\":{}}\n{\"name\": \"Fatima\",\n".utf8)
        try broken.write(to: path)
        for arguments in [["lid"], ["leden"], ["lid", "--weg", "Fatima", "--reden", "weg"]] {
            let run = try Binary.run(arguments + ["--dir", folder.path], input: intake())
            #expect(run.status == 65 && run.errors.contains("leden.jsonl, regel 2"), "\(arguments): \(run.errors)")
        }
        #expect(try Data(contentsOf: path) == broken)
    }

    @Test("--record of an intake inside the group's folder is refused (exit 73, nothing written); outside it, --force replaces an earlier transcript")
    func recordOutsideTheFolder() throws {
        let folder = try groupFolder()
        for path in [folder.appendingPathComponent("intake.txt").path, folder.appendingPathComponent("opnames/intake.txt").path,
                     folder.path + "/./intake.txt"] {
            let run = try Binary.run(["lid", "--dir", folder.path, "--record", path], input: intake())
            #expect(run.status == 73 && run.errors.contains("in de map van de groep"), "\(path): \(run.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(register).path))
        #expect(filesHolding(["Fatima", "87654321"], in: folder).isEmpty)
        let transcript = try temporaryFolder().appendingPathComponent("intake.txt")
        #expect(try Binary.run(["lid", "--dir", folder.path, "--record", transcript.path], input: intake()).status == 0)
        let henk = intake(name: "Henk de Vries", address: "Zeeweg 21", phone: "06-33334444")
        let refused = try Binary.run(["lid", "--dir", folder.path, "--record", transcript.path], input: henk)
        #expect(refused.status == 73 && refused.errors.contains("gebruik --force"), "\(refused.errors)")
        let replaced = try Binary.run(["lid", "--dir", folder.path, "--record", transcript.path, "--force"], input: henk)
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect(try String(contentsOf: transcript, encoding: .utf8).contains("Henk de Vries"))
    }

    @Test("a removal names any other file in the group's folder that still holds the member's name or number (an older transcript, a copy)")
    func tracesNamed() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake()).status == 0)
        let old = folder.appendingPathComponent("opnames")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("» Fatima el Amrani\n".utf8).write(to: old.appendingPathComponent("intake.txt"))
        try Data("bel 06-87654321\n".utf8).write(to: folder.appendingPathComponent("notities.txt"))
        let removed = try Binary.run(["lid", "--dir", folder.path, "--weg", "Fatima", "--reden", "verhuisd"])
        #expect(removed.status == 0)
        #expect(removed.errors.contains("staan nog de naam of het nummer van Fatima, in notities.txt en opnames/intake.txt"), "\(removed.errors)")
        let clean = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", clean.path], input: intake()).status == 0)
        let none = try Binary.run(["lid", "--dir", clean.path, "--weg", "Fatima", "--reden", "verhuisd"])
        #expect(none.status == 0 && none.errors.isEmpty, "\(none.errors)")
    }

    @Test("two members of the same name (a hand-edited register): the name alone changes nothing and says what picks each; the address removes the right one")
    func sameName() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake(name: "Jan Jansen")).status == 0)
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake(name: "Jan Jansen B", address: "Zeeweg 21", phone: "06-33334444")).status == 0)
        let path = folder.appendingPathComponent(register)
        try Data(try String(contentsOf: path, encoding: .utf8).replacing("Jan Jansen B", with: "Jan Jansen").utf8).write(to: path)
        let before = try Data(contentsOf: path)
        for option in ["--weg", "--waarschuw"] {
            let ambiguous = try Binary.run(["lid", "--dir", folder.path, option, "Jan Jansen", "--reden", "verhuisd", "--afspraak", "14"].filter { option == "--weg" || !["--reden", "verhuisd"].contains($0) })
            #expect(ambiguous.status == 64 && ambiguous.errors.contains("'Zeeweg 13' of 'Zeeweg 21'"), "\(option): \(ambiguous.errors)")
        }
        #expect(try Data(contentsOf: path) == before)
        let removed = try Binary.run(["lid", "--dir", folder.path, "--weg", "Zeeweg 21", "--reden", "verhuisd"])
        #expect(removed.status == 0, "\(removed.errors)")
        let left = try String(contentsOf: path, encoding: .utf8)
        #expect(left.contains("Zeeweg 13") && !left.contains("Zeeweg 21") && !left.contains("33334444"))
    }

    @Test("a second warning says it is the last one; a removal at once greets with a small letter after the comma")
    func secondWarning() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake()).status == 0)
        let first = try Binary.run(["lid", "--dir", folder.path, "--waarschuw", "Fatima", "--afspraak", "14"])
        #expect(first.output.contains("Gebeurt het nog eens") && !first.output.contains("laatste"))
        let second = try Binary.run(["lid", "--dir", folder.path, "--waarschuw", "Fatima", "--afspraak", "14"])
        #expect(second.output.contains("Dit is je laatste waarschuwing: de volgende keer haal ik je uit de groep."), "\(second.output)")
        #expect(!second.output.contains("Gebeurt het nog eens"))
        let removed = try Binary.run(["lid", "--dir", folder.path, "--weg", "Fatima", "--reden", "meteen", "--afspraak", "14"])
        #expect(removed.output.contains("Hoi Fatima, je hebt je niet gehouden"), "\(removed.output)")
    }

    @Test("a hand-edited register with CRLF and a byte order mark is read; a date that is no day is named with its line and never written over")
    func handEditedLines() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path, "--date", "2026-12-01"], input: intake()).status == 0)
        let path = folder.appendingPathComponent(register)
        let written = try String(contentsOf: path, encoding: .utf8)
        try Data([0xEF, 0xBB, 0xBF] + Array(written.replacing("\n", with: "\r\n").utf8)).write(to: path)
        let list = try Binary.run(["leden", "--dir", folder.path])
        #expect(list.status == 0 && list.output.contains("Fatima el Amrani"), "\(list.errors)")
        let badDate = Data(written.replacing("\"added\":\"2026-12-01\"", with: "\"added\":\"2026-02-30\"").utf8)
        try badDate.write(to: path)
        for arguments in [["leden"], ["lid", "--waarschuw", "Fatima", "--afspraak", "14"]] {
            let run = try Binary.run(arguments + ["--dir", folder.path])
            #expect(run.status == 65 && run.errors.contains("leden.jsonl, regel 2, veld added"), "\(arguments): \(run.errors)")
        }
        #expect(try Data(contentsOf: path) == badDate)
    }

    @Test("an intake killed before klaar leaves the register as it was")
    func killed() throws {
        let folder = try groupFolder()
        #expect(try Binary.run(["lid", "--dir", folder.path], input: intake()).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent(register))
        let live = try LiveSession(["lid", "--dir", folder.path])
        for line in ["1", "Henk de Vries", "Zeeweg 21", "1", "ja", "06-33334444", "ja"] { live.send(line) }
        #expect(live.waitFor("Heeft Henk dit aangevinkt?\nja of nee: ja\n"))
        live.kill()
        #expect(try Data(contentsOf: folder.appendingPathComponent(register)) == before)
        #expect(filesHolding(["Henk", "33334444"], in: folder).isEmpty)
    }
}
