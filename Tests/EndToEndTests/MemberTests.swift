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
