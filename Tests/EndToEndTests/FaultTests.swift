import BuurtstartCore
import Foundation
import Testing

/// Runs the binary with its input written line by line, waiting for `until` after each.
final class LiveSession: @unchecked Sendable {
    let process = Process()
    let stdin = Pipe(), stdout = Pipe()
    private let lock = NSLock()
    private var buffer = Data() // guarded by `lock`

    init(_ arguments: [String], in folder: URL? = nil) throws {
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        process.environment = Binary.environment()
        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.withLock { self.buffer.append(data) }
        }
        try process.run()
    }

    var output: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

    func send(_ line: String) { stdin.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// Waits until the output holds `count` prompts' worth of echoed answers: a line typed is
    /// echoed after its prompt, so `count` newlines after the prompt of the first question.
    func waitForEchoes(_ count: Int, seconds: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let text = output
            if let start = text.range(of: "Gemeente") {
                if text[start.lowerBound...].filter({ $0 == "\n" }).count >= count, text.hasSuffix(": ") { return true }
            }
            usleep(5_000)
        }
        return false
    }

    /// Waits until the output holds `text`.
    func waitFor(_ text: String, seconds: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if output.contains(text) { return true }
            usleep(5_000)
        }
        return false
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        stdout.fileHandleForReading.readabilityHandler = nil
    }
}

/// Runs a system tool and returns its exit status.
@discardableResult
func runTool(_ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

@Suite("Faults that must lose nothing", .serialized)
struct FaultTests {
    @Test("killed with SIGKILL after each input in turn: a restart offers to continue with every answer given")
    func killAfterEachInput() throws {
        var lines = sessionInput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast(2) // the final "" and klaar
        let context = SessionContext(date: CalendarDate(year: 2026, month: 11, day: 26)!)
        var (engine, _) = Session.start(context: context)
        var expected: Answers?
        for count in 1...lines.count {
            // What the engine, run in-process, says must be saved after this many answers.
            if let save = engine.handle(.line(lines[count - 1])).saved { expected = save }
            let folder = try temporaryFolder()
            let session = try LiveSession(["--dir", folder.path, "--date", "2026-11-26"])
            for line in lines.prefix(count) { session.send(line) }
            let settled = waitUntilSaved(expected, in: folder)
            session.kill()
            #expect(settled, "the answers after input \(count) were not saved")
            let restart = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"],
                                         input: "ja\n" + lines.dropFirst(count).joined(separator: "\n") + "\nklaar\n")
            #expect(restart.status == 0, "after input \(count): \(restart.errors)")
            #expect(restart.output.contains("nog niet af"), "after input \(count)")
            #expect((try? read(folder, "charter.txt"))?.contains("Voorstraat") == true, "after input \(count)")
        }
    }

    /// Waits until `buurtstart.json` holds exactly `expected`; a half-written file never decodes.
    private func waitUntilSaved(_ expected: Answers?, in folder: URL, seconds: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let bytes = try? Data(contentsOf: folder.appendingPathComponent("buurtstart.json")),
               let saved = try? AnswersFile.decode(Array(bytes)), saved == expected {
                return true
            }
            usleep(5_000)
        }
        return false
    }

    private func waitForPrompt(_ session: LiveSession, after line: String, seconds: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        let echo = ": " + line + "\n"
        while Date() < end {
            let text = session.output
            if let range = text.range(of: echo, options: .backwards), text[range.upperBound...].hasSuffix(": ") { return true }
            usleep(5_000)
        }
        return false
    }

    @Test("a second session or an export in the same folder is refused while the first runs; a killed session leaves no lock")
    func oneSessionPerFolder() throws {
        let folder = try temporaryFolder()
        let first = try LiveSession(["--dir", folder.path])
        first.send("Katwijk")
        _ = waitForPrompt(first, after: "Katwijk")
        let second = try Binary.run(["--dir", folder.path], input: "Leiden\n")
        #expect(second.status == 73)
        #expect(second.errors.contains("loopt al een sessie"))
        let export = try Binary.run(["export", "--force", "--dir", folder.path])
        #expect(export.status == 73)
        #expect(export.errors.contains("loopt al een sessie"))
        #expect(try read(folder, "buurtstart.json").contains("Katwijk"))
        first.kill()
        // The system let go of the killed session's lock: the next session starts.
        let third = try Binary.run(["--dir", folder.path], input: "ja\nZeeweg\n")
        #expect(third.status == 75, "\(third.errors)")
        #expect(try read(folder, "buurtstart.json").contains("Zeeweg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["buurtstart.json"])
    }

    @Test("a symlink in place of an output file is refused, not followed")
    func symlinkRefused() throws {
        let folder = try temporaryFolder()
        let elsewhere = try temporaryFolder().appendingPathComponent("geheim.txt")
        try "niet overschrijven\n".write(to: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("charter.txt"), withDestinationURL: elsewhere)
        let run = try Binary.run(["--dir", folder.path, "--date", "2026-11-26", "--force"], input: sessionInput + "stop\n")
        #expect(run.output.contains("verwijzing naar een ander bestand"))
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "niet overschrijven\n")
        #expect(try read(folder, "buurtstart.json").contains("\"status\" : \"unfinished\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("checklist.txt").path),
                "both documents or neither")
    }

    @Test("documents that cannot be written: old files intact, the session goes back to the review, opslaan saves elsewhere")
    func documentsFail() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("charter.txt/bezet"), withIntermediateDirectories: true)
        try "oude checklist\n".write(to: folder.appendingPathComponent("checklist.txt"), atomically: true, encoding: .utf8)
        let copy = try temporaryFolder().appendingPathComponent("kopie.json")
        let run = try Binary.run(["--dir", folder.path, "--date", "2026-11-26", "--force"],
                                 input: sessionInput + "opslaan\n\(copy.path)\nstop\n")
        #expect(run.status == 0)
        #expect(run.output.contains("niet maken: daar staat een map in plaats van een bestand"))
        #expect(run.output.contains("klaar, wijzig N of stop:"), "back at the review")
        #expect(try read(folder, "checklist.txt") == "oude checklist\n")
        #expect(try String(contentsOf: copy, encoding: .utf8).contains("Voorstraat"))
        let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    /// A session whose answers file is replaced by a folder after the first answer, once the
    /// second (Zeeweg) has been given and could not be saved.
    private func sessionThatCannotSave() throws -> LiveSession {
        let folder = try temporaryFolder()
        let session = try LiveSession(["--dir", folder.path, "--date", "2026-11-26"])
        session.send("Katwijk")
        #expect(waitForPrompt(session, after: "Katwijk"))
        let answers = folder.appendingPathComponent("buurtstart.json")
        try FileManager.default.removeItem(at: answers)
        try FileManager.default.createDirectory(at: answers.appendingPathComponent("bezet"), withIntermediateDirectories: true)
        session.send("Zeeweg")
        #expect(waitForPrompt(session, after: "Zeeweg"))
        return session
    }

    /// Today in the local time zone, as the program reads it, `YYYY-MM-DD`.
    private static func localDate() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Types `opslaan` and the copy's path, then ends the input: the session ends with 74,
    /// as its folder holds no saved answers.
    private func saveElsewhereAndStop(_ session: LiveSession, to copy: URL) throws {
        session.send("opslaan")
        session.send(copy.path)
        #expect(waitForPrompt(session, after: copy.path))
        try session.stdin.fileHandleForWriting.close()
        session.process.waitUntilExit()
        #expect(session.process.terminationStatus == 74)
    }

    @Test("a save that fails mid-session: told in plain words, answers kept in memory, opslaan saves them, status 74")
    func saveFailsMidSession() throws {
        let copy = try temporaryFolder().appendingPathComponent("antwoorden.json")
        let session = try sessionThatCannotSave()
        #expect(session.output.contains("niet opslaan: daar staat een map in plaats van een bestand"))
        #expect(session.output.contains("opslaan"))
        try saveElsewhereAndStop(session, to: copy)
        let saved = try String(contentsOf: copy, encoding: .utf8)
        #expect(saved.contains("Katwijk") && saved.contains("Zeeweg"))
    }

    @Test("stopped while the folder cannot be saved to: the answers are rescued to the state folder, not lost")
    func rescuedAtStop() throws {
        let before = Self.localDate()
        let session = try sessionThatCannotSave()
        try session.stdin.fileHandleForWriting.close()
        session.process.waitUntilExit()
        let after = Self.localDate()
        // The state folder is the one the session was given: this test run's own, never the
        // tester's home (tests once left their rescued answers in ~/.local/state).
        let state = Binary.stateHome.appendingPathComponent("buurtstart")
        let suffix = "-\(session.process.processIdentifier).json"
        let names = try FileManager.default.contentsOfDirectory(atPath: state.path)
            .filter { $0.hasPrefix("rescue-") && $0.hasSuffix(suffix) }
        try #require(names.count == 1, "one rescue copy for this session: \(names)")
        // The copy is named after the day it was written (the clock's, not the session's
        // --date), so that the newest rescue sorts last; a run past midnight may see either day.
        let day = String(names[0].dropFirst("rescue-".count).dropLast(suffix.count))
        #expect(day == before || day == after, "named after the day it was written, not 2026-11-26")
        let rescued = state.appendingPathComponent(names[0])
        #expect(try String(contentsOf: rescued, encoding: .utf8).contains("Zeeweg"))
        #expect(try mode(rescued.deletingLastPathComponent(), rescued.lastPathComponent) == 0o600)
    }

    @Test("a full disk mid-session: told in plain words, the old answers file intact, opslaan saves elsewhere",
          .enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func diskFull() throws {
        let mountPoint = try temporaryFolder()
        #expect(try runTool(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.path]) == 0)
        defer { _ = try? runTool(["umount", "-l", mountPoint.path]) }
        let folder = mountPoint.appendingPathComponent("buurt")
        let copy = try temporaryFolder().appendingPathComponent("antwoorden.json")
        let session = try LiveSession(["--dir", folder.path, "--date", "2026-11-26"])
        session.send("Katwijk")
        #expect(waitForPrompt(session, after: "Katwijk"))
        let before = try read(folder, "buurtstart.json")
        // Fill the disk to the last byte.
        let filler = try FileHandle(forWritingTo: {
            let url = mountPoint.appendingPathComponent("vol")
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            return url
        }())
        let block = Data(repeating: 0x2A, count: 4096)
        while (try? filler.write(contentsOf: block)) != nil {}
        try? filler.close()
        session.send("Zeeweg")
        #expect(waitForPrompt(session, after: "Zeeweg"))
        #expect(session.output.contains("niet opslaan: de schijf is vol"))
        #expect(try read(folder, "buurtstart.json") == before, "the old answers file is intact")
        try saveElsewhereAndStop(session, to: copy)
        #expect(try String(contentsOf: copy, encoding: .utf8).contains("Zeeweg"))
    }

    @Test("a folder that cannot be written is refused at the start, before any answer is given")
    func folderNotWritable() throws {
        let run = try Binary.run(["--dir", "/proc/self", "--date", "2026-11-26"], input: "Katwijk\n")
        #expect(run.status == 73)
        #expect(run.errors.contains("/proc/self"))
    }

    @Test("a piped session does not load libedit: only a terminal needs it")
    func noLineEditorInPipes() throws {
        let session = try LiveSession(["--dir", try temporaryFolder().path])
        session.send("Katwijk")
        #expect(waitForPrompt(session, after: "Katwijk"))
        let maps = try String(contentsOfFile: "/proc/\(session.process.processIdentifier)/maps", encoding: .utf8)
        session.kill()
        #expect(maps.contains("libc.so"), "the map must list libraries for this test to mean anything")
        #expect(!maps.contains("libedit"))
    }

    @Test("files that hold answers are private (0600); documents are readable (0644)")
    func modes() throws {
        let folder = try temporaryFolder()
        let transcript = folder.appendingPathComponent("t.txt")
        _ = try Binary.run(["--dir", "buurt", "--date", "2026-11-26", "--record", transcript.path], input: sessionInput, in: folder)
        let buurt = folder.appendingPathComponent("buurt")
        #expect(try mode(buurt, "buurtstart.json") == 0o600)
        #expect(try mode(folder, "t.txt") == 0o600)
        #expect(try mode(folder.appendingPathComponent("t"), "buurtstart.json") == 0o600)
        #expect(try mode(buurt, "charter.txt") == 0o644)
        #expect(try mode(buurt, "checklist.txt") == 0o644)
        #expect(try mode(folder, "buurt") == 0o700)
    }

    @Test("no network code: the binary calls no socket function and loads no networking library")
    func noNetwork() throws {
        func tool(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let symbols = try tool(["nm", "-D", "--undefined-only", Binary.path])
        #expect(symbols.contains("open"), "nm must list the binary's imports for this test to mean anything")
        for name in ["socket", "connect", "getaddrinfo", "gethostbyname", "sendto", "sendmsg", "recvfrom", "bind", "listen", "accept"] {
            #expect(!symbols.split(separator: "\n").contains { $0.split(separator: " ").last.map { $0.hasPrefix(name + "@") || $0 == name } ?? false },
                    "\(name)")
        }
        let libraries = try tool(["ldd", Binary.path])
        for library in ["FoundationNetworking", "libcurl", "libssl", "libFoundation.so"] {
            #expect(!libraries.contains(library), "\(library)")
        }
    }
}
