import BuurtstartTestSupport
import Foundation
import Testing

/// Version 2 of transcript 26 (a street and a separate chat group added to version 1), with its
/// history, in a folder whose name needs quoting, and a register: Fatima agreed to version 1,
/// Rosa lives outside the area.
private func changedGroup(history: Bool = true) throws -> URL {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = try temporaryFolder().appendingPathComponent("groep zeeweg")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var answers = try Data(contentsOf: root.appendingPathComponent("transcripts/26-katwijk-tweede-versie/buurtstart.json"))
    if !history {
        // A folder from before the history: version 1 is not kept.
        var object = try #require(try JSONSerialization.jsonObject(with: answers) as? [String: Any])
        object["history"] = nil
        answers = try JSONSerialization.data(withJSONObject: object)
    }
    try answers.write(to: folder.appendingPathComponent("buurtstart.json"))
    let member = { (name: String, address: String, phone: String, version: Int) in
        """
        {"added":"2026-12-01","addedBy":"Joost","address":"\(address)","ageAtLeast":18,"charterDate":"2026-11-26","charterVersion":\(version),\
        "livesOrWorks":"lives","name":"\(name)","phone":"\(phone)","rulesTogether":true,"signedUp":"slip","warnings":[]}
        """
    }
    let register = ["{\"register\":1,\"removed\":{}}", member("Fatima el Amrani", "Zeeweg 12", "06-12345678", 1),
                    member("Rosa van Dijk", "Strandweg 3", "06-22223333", 2)].joined(separator: "\n") + "\n"
    try Data(register.utf8).write(to: folder.appendingPathComponent("leden.jsonl"))
    for name in ["buurtstart.json", "leden.jsonl"] {
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent(name).path)
    }
    return folder
}

/// The commands a text prints on lines of their own (`  buurtstart ...`).
private func printedCommands(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("buurtstart ") }
}

/// Runs a printed command as typed in a shell, with the built binary as `buurtstart`.
private func runAsPrinted(_ command: String, input: String = "") throws -> Run {
    let directory = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    var environment = Binary.environment()
    environment["PATH"] = directory + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    (process.standardInput, process.standardOutput, process.standardError) = (stdin, stdout, stderr)
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
}

@Suite("Agreeing again, and members outside a smaller area, from the command line", .serialized)
struct RenewalCommandTests {
    @Test("agreeing again with a no to the optional chat-group line: the member stays on the new version, with that no in the register")
    func optionalLineDeclined() throws {
        let folder = try changedGroup()
        let renewed = try Binary.run(["lid", "--opnieuw", "Fatima", "--dir", folder.path], input: "nee\n")
        #expect(renewed.status == 0, "\(renewed.output) \(renewed.errors)")
        let register = try String(contentsOf: folder.appendingPathComponent("leden.jsonl"), encoding: .utf8)
        let fatima = try #require(register.split(separator: "\n").first { $0.contains("Fatima") })
        #expect(fatima.contains("\"chatGroup\":false") && fatima.contains("\"charterVersion\":2"), "\(fatima)")
    }

    @Test("leden says who must agree again and what to do; the printed command records it, and runs as printed")
    func renewedAsPrinted() throws {
        let folder = try changedGroup()
        let list = try Binary.run(["leden", "--dir", folder.path])
        #expect(list.status == 0)
        #expect(list.output.contains("opnieuw akkoord nodig (was versie 1)"))
        let commands = printedCommands(list.output)
        let renew = try #require(commands.first { $0.contains("--opnieuw") })
        #expect(renew == "buurtstart lid --opnieuw 'Fatima el Amrani' --dir '\(folder.path)'")
        #expect(commands.contains("buurtstart lid --weg 'Fatima el Amrani' --reden weg --dir '\(folder.path)'"))
        let renewed = try runAsPrinted(renew, input: "ja\n")
        #expect(renewed.status == 0, "\(renewed.output) \(renewed.errors)")
        #expect(renewed.output.contains("Er komt een aparte chatgroep om te praten"))
        #expect(renewed.output.contains("Fatima el Amrani is akkoord met versie 2 van de spelregels"))
        let after = try Binary.run(["leden", "--dir", folder.path])
        #expect(!after.output.contains("opnieuw akkoord nodig"))
        let again = try runAsPrinted(renew)
        #expect(again.status == 0 && again.output.contains("ging al akkoord met versie 2, de versie die nu geldt. Er verandert niets."))
    }

    @Test("the removals leden prints run as printed: for one who does not agree, and for an address outside")
    func removalsAsPrinted() throws {
        let folder = try changedGroup()
        let list = try Binary.run(["leden", "--dir", folder.path])
        #expect(list.output.contains("Rosa van Dijk: het adres ligt niet meer in het gebied van de spelregels. Vertel het Rosa."))
        for command in printedCommands(list.output) where command.contains("--weg") {
            let run = try runAsPrinted(command)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        let register = try read(folder, "leden.jsonl")
        #expect(!register.contains("Fatima") && !register.contains("Rosa"))
        #expect(register.contains("\"left\":1") && register.contains("\"outside-area\":1"))
    }

    @Test("in English, from a folder without the history: every line is asked, a no offers leaving, and nothing of her is kept")
    func englishLeaving() throws {
        let folder = try changedGroup(history: false)
        let list = try Binary.run(["members", "--dir", folder.path, "--lang", "en"])
        #expect(list.output.contains("must agree again (was version 1, not in the history)"))
        #expect(printedCommands(list.output).contains("buurtstart member --again 'Fatima el Amrani' --dir '\(folder.path)'"))
        let run = try Binary.run(["member", "--again", "Fatima el Amrani", "--dir", folder.path, "--lang", "en"], input: "no\nyes\n")
        #expect(run.status == 1)
        #expect(run.output.contains("Version 1 is not in the history in buurtstart.json"))
        #expect(run.output.contains("Without a yes to this line Fatima cannot stay in the group under the new rules"))
        #expect(run.output.contains("Hi Fatima, you do not agree to the new rules of Buurtpreventie Zeeweg (version 2)."))
        #expect(run.output.contains("Fatima el Amrani is no longer in the register."))
        let register = try read(folder, "leden.jsonl")
        #expect(!register.contains("Fatima") && !register.contains("12345678") && register.contains("\"left\":1"))
    }

    @Test("a new version whose area is smaller says how many members live outside it now, without names, and the command that lists them")
    func smallerArea() throws {
        let folder = try changedGroup()
        // Rosa at Voorstraat 5: inside version 2, outside once Voorstraat is taken out.
        let register = try read(folder, "leden.jsonl").replacingOccurrences(of: "Strandweg 3", with: "Voorstraat 5")
        try Data(register.utf8).write(to: folder.appendingPathComponent("leden.jsonl"))
        let session = try Binary.run(["--dir", folder.path, "--force", "--date", "2026-12-20"],
                                     input: "\nwijzig 2\nverwijder 2\n\n\n\nklaar\nja\n")
        #expect(session.status == 0, "\(session.errors)")
        let said = "Let op: 1 lid woont niet meer in het gebied van versie 3. Wie dat is en wat je moet doen, zie je met: "
        #expect(session.output.contains(said + "buurtstart leden --dir '\(folder.path)'"))
        #expect(!session.output.contains("Rosa"))
        let command = try #require(session.output.split(separator: "\n").first { $0.hasPrefix(said) }).dropFirst(said.count)
        let list = try runAsPrinted(String(command))
        #expect(list.status == 0 && list.output.contains("Rosa van Dijk: het adres ligt niet meer in het gebied"))
    }
}
