import Foundation
import Testing

/// Copies one transcript of the corpus, with its folder, into a scratch folder.
func copyOfCorpus(_ name: String) throws -> URL {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("transcripts")
    let folder = try temporaryFolder()
    try FileManager.default.copyItem(at: corpus.appendingPathComponent(name + ".txt"), to: folder.appendingPathComponent(name + ".txt"))
    try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    return folder
}

func replace(_ old: String, with new: String, in file: URL) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
}

@Suite("buurtstart replay", .serialized)
struct ReplayTests {
    @Test("a one-character change in the expected output fails with a readable diff; --update makes it pass")
    func changedOutput() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        try replace("Hoe heet je buurt, wijk of straat?", with: "Hoe heet je buurt, wijk of straat!", in: transcript)
        let failed = try Binary.run(["replay", transcript.path])
        #expect(failed.status == 1)
        #expect(failed.output.contains("wijkt af    \(transcript.path)"))
        #expect(failed.output.contains("-Hoe heet je buurt, wijk of straat!"))
        #expect(failed.output.contains("+Hoe heet je buurt, wijk of straat?"))
        #expect(failed.output.contains("@@ -"))
        #expect(failed.output.contains("buurtstart replay --update \(transcript.path)"))
        #expect(failed.output.hasSuffix("0 geslaagd, 1 mislukt\n"))
        #expect(failed.output.contains("(opgenomen)") && failed.output.contains("(opnieuw afgespeeld)"))

        let updated = try Binary.run(["replay", "--update", transcript.path])
        #expect(updated.status == 0)
        #expect(updated.output.contains("01-katwijk-zeeweg.txt"))
        let again = try Binary.run(["replay", transcript.path])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output.hasSuffix("1 geslaagd, 0 mislukt\n"))
    }

    @Test("a changed document fails replay and names it; --update rewrites it")
    func changedDocument() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        let charter = folder.appendingPathComponent("01-katwijk-zeeweg/charter.txt")
        try replace("versie 1", with: "versie 7", in: charter)
        let failed = try Binary.run(["replay", transcript.path])
        #expect(failed.status == 1)
        #expect(failed.output.contains("charter.txt"))
        #expect(failed.output.contains("-Datum: 26 november 2026, versie 7"))
        _ = try Binary.run(["replay", "--update", transcript.path])
        #expect(try String(contentsOf: charter, encoding: .utf8).contains("versie 1"))
    }

    @Test("a document spelled differently but equivalently (é as e and an accent) still differs: files are compared byte for byte")
    func equivalentSpelling() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        let charter = folder.appendingPathComponent("01-katwijk-zeeweg/charter.txt")
        let text = try String(contentsOf: charter, encoding: .utf8)
        let decomposed = text.replacingOccurrences(of: "één persoon", with: "e\u{301}e\u{301}n persoon")
        #expect(Array(decomposed.utf8) != Array(text.utf8))
        try Data(decomposed.utf8).write(to: charter)
        let failed = try Binary.run(["replay", transcript.path])
        #expect(failed.status == 1)
        #expect(failed.output.contains("charter.txt"))
    }

    @Test("many transcripts in one run (replayed on several threads): reported in the order given")
    func manyInOrder() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let good = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        let changedFolder = try copyOfCorpus("01-katwijk-zeeweg")
        let changed = changedFolder.appendingPathComponent("01-katwijk-zeeweg.txt")
        try replace("Hoe heet je buurt, wijk of straat?", with: "Hoe heet je buurt, wijk of straat!", in: changed)
        let missing = folder.appendingPathComponent("bestaat-niet.txt")
        var files = Array(repeating: good.path, count: 24)
        files[9] = changed.path
        files[17] = missing.path
        // In English: the report speaks the command line's language.
        let run = try Binary.run(["replay", "--lang", "en"] + files)
        #expect(run.status == 65)
        let verdicts = run.output.split(separator: "\n").filter { $0.hasPrefix("ok ") || $0.hasPrefix("differs ") || $0.hasPrefix("invalid ") }
        #expect(verdicts.count == 24)
        #expect(verdicts[9] == "differs  \(changed.path)")
        #expect(verdicts[17] == "invalid  \(missing.path)")
        #expect(verdicts.enumerated().allSatisfy { [9, 17].contains($0.offset) || $0.element == "ok       \(good.path)" })
        #expect(run.output.hasSuffix("22 passed, 2 failed\n"))
    }

    @Test("a malformed transcript is invalid: file:line and what is wrong, status 65")
    func malformed() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let transcript = folder.appendingPathComponent("01-katwijk-zeeweg.txt")
        try replace("# date: 2026-11-26", with: "# date: 2026-13-01", in: transcript)
        let run = try Binary.run(["replay", transcript.path])
        #expect(run.status == 65)
        #expect(run.output.contains("ongeldig    \(transcript.path)"))
        #expect(run.errors.contains("01-katwijk-zeeweg.txt:4:"))
        #expect(run.errors.contains("JJJJ-MM-DD"))
    }

    @Test("a live session recorded through a pipe replays to the identical transcript and documents")
    func recordedSessionReplays() throws {
        let folder = try temporaryFolder()
        let transcript = folder.appendingPathComponent("opname.txt")
        let run = try Binary.run(["--dir", "buurt", "--date", "2026-11-26", "--record", transcript.path],
                                 input: sessionInput, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let recorded = try String(contentsOf: transcript, encoding: .utf8)
        #expect(recorded.hasPrefix("# buurtstart-transcript: 1\n# lang: nl\n# date: 2026-11-26\n# dir: buurt\n"))
        #expect(recorded.contains("\n» Katwijk\n"))
        // The documents written in the session folder are the ones stored with the transcript.
        for name in ["charter.txt", "checklist.txt", "buurtstart.json"] {
            #expect(try read(folder.appendingPathComponent("buurt"), name) == read(folder.appendingPathComponent("opname"), name))
        }
        let replay = try Binary.run(["replay", transcript.path])
        #expect(replay.status == 0, "\(replay.output)")

        // --out turns the transcript into a new group's documents.
        let out = folder.appendingPathComponent("nieuw")
        #expect(try Binary.run(["replay", "--out", out.path, transcript.path]).status == 0)
        #expect(try read(out, "charter.txt") == read(folder.appendingPathComponent("buurt"), "charter.txt"))
    }

    @Test("a preset file: the session starts from it, the recording carries it, replay uses it; bad ones are refused")
    func presetFile() throws {
        let folder = try temporaryFolder()
        let preset = folder.appendingPathComponent("noordwijk.json")
        try #"{"format": 1, "name": "noordwijk", "basedOn": "gemeente Noordwijk", "municipality": "Noordwijk", "minimumAge": 21}"#
            .write(to: preset, atomically: true, encoding: .utf8)
        let transcript = folder.appendingPathComponent("met-voorinstelling.txt")
        let run = try Binary.run(["--dir", "buurt", "--date", "2026-11-26", "--preset", preset.path, "--record", transcript.path],
                                 input: "\nZeeweg\n\nZeeweg\n\n\n\n\nstop\n", in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Gemeente [Noordwijk]:"))
        #expect(run.output.contains("Minimumleeftijd [21]:"))
        let recorded = try String(contentsOf: transcript, encoding: .utf8)
        #expect(recorded.contains("# preset: met-voorinstelling/preset.json"))
        #expect(try Binary.run(["replay", transcript.path]).status == 0)

        let unknown = try Binary.run(["--preset", "utopia"], input: "")
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("katwijk"))
        try #"{"format": 1, "name": "x", "basedOn": "y", "minimumAge": 9}"#.write(to: preset, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["--preset", preset.path], input: "", in: try temporaryFolder())
        #expect(bad.status == 65)
        #expect(bad.errors.contains("minimumAge"))
    }

    @Test("replay --out into a folder that cannot be made says so, with status 73")
    func outFails() throws {
        let folder = try copyOfCorpus("01-katwijk-zeeweg")
        let run = try Binary.run(["replay", "--out", "/proc/self/nieuw", folder.appendingPathComponent("01-katwijk-zeeweg.txt").path])
        #expect(run.status == 73)
        #expect(run.errors.contains("/proc/self/nieuw"))
    }

    @Test("a session killed half way leaves a transcript that replays")
    func interruptedRecording() throws {
        let folder = try temporaryFolder()
        let transcript = folder.appendingPathComponent("half.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["--dir", folder.appendingPathComponent("buurt").path, "--date", "2026-11-26", "--record", transcript.path]
        process.environment = Binary.environment()
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("Katwijk\nZeeweg\n\nZeeweg 1-99 oneven\n".utf8))
        // Wait until the last answer is recorded and the next prompt written after it (two
        // writes: killed between them, the transcript would end before the prompt), then kill
        // without warning.
        func waiting() -> Bool {
            guard let text = try? String(contentsOf: transcript, encoding: .utf8) else { return false }
            return text.contains("Toegevoegd: Zeeweg") && text.hasSuffix("Straat (Enter = klaar):\n")
        }
        for _ in 0..<500 where !waiting() {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let replay = try Binary.run(["replay", transcript.path])
        #expect(replay.status == 0, "\(replay.output)")
        #expect(try String(contentsOf: transcript, encoding: .utf8).hasSuffix("Straat (Enter = klaar):\n"))
    }
}

@Suite("Recording under any name")
struct RecordAnyNameTests {
    @Test("--record takes any name: a.rec is the transcript, a.rec.files its folder, and it replays")
    func anyName() throws {
        let folder = try temporaryFolder()
        let buurt = folder.appendingPathComponent("buurt").path
        _ = try Binary.run(["--dir", buurt, "--date", "2026-11-26"], input: "Katwijk\n")
        let transcript = folder.appendingPathComponent("a.rec")
        let run = try Binary.run(["--dir", buurt, "--date", "2026-11-26", "--record", transcript.path], input: "ja\nZeeweg\n")
        #expect(run.status == 75, "\(run.errors)")
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: transcript.path, isDirectory: &isFolder) && !isFolder.boolValue)
        #expect(FileManager.default.fileExists(atPath: transcript.path + ".files/start.json"))
        let replay = try Binary.run(["replay", transcript.path])
        #expect(replay.status == 0, "\(replay.output)\(replay.errors)")
    }
}
