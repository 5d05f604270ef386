import BuurtstartCore
import Foundation
import Testing

/// A finished group folder (version 1), made by a whole session, with its files as bytes.
private func finishedGroup() throws -> (folder: URL, state: FolderState) {
    let folder = try temporaryFolder()
    let run = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
    #expect(run.status == 0, "\(run.errors)")
    return (folder, try FolderState(folder))
}

/// Runs with `timeout` around the binary: a run that waits on a FIFO is killed (137) instead
/// of hanging the tests.
private func runBounded(_ arguments: [String], input: String = "", in directory: URL? = nil) throws -> Run {
    try Binary.run(arguments, input: input, in: directory, wrapper: ["/usr/bin/timeout", "-s", "KILL", "10"])
}

@Suite("Nothing overwritten unasked", .serialized)
struct OverwriteTests {
    @Test("replay --out onto a group's folder replaces nothing without --force, and never while a session holds it")
    func replayOutOntoGroup() throws {
        let (group, before) = try finishedGroup()
        let corpus = try copyOfCorpus("02-valkenburg-dorp")
        let transcript = corpus.appendingPathComponent("02-valkenburg-dorp.txt").path
        let refused = try Binary.run(["replay", "--out", group.path, transcript])
        #expect(refused.status == 73)
        #expect(refused.errors.contains("buurtstart.json") && refused.errors.contains("--force"), "\(refused.errors)")
        #expect(try FolderState(group) == before, "the group's answers and documents are as they were")

        let session = try LiveSession(["--dir", group.path])
        #expect(session.waitFor("ja of nee"))
        let locked = try Binary.run(["replay", "--force", "--out", group.path, transcript])
        session.kill()
        #expect(locked.status == 73)
        #expect(locked.errors.contains("loopt al een sessie"), "\(locked.errors)")
        #expect(try FolderState(group) == before)

        let forced = try Binary.run(["replay", "--force", "--out", group.path, transcript])
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try read(group, "charter.txt") == read(corpus.appendingPathComponent("02-valkenburg-dorp"), "charter.txt"))
    }

    @Test("--record never writes over the group's own files, even with --force, nor over another file unasked")
    func recordOntoFiles() throws {
        let (group, before) = try finishedGroup()
        let elsewhere = try temporaryFolder()
        // The transcript named as a file of the group, or beside a folder that is the group's.
        for record in [group.appendingPathComponent("charter.txt").path, group.appendingPathComponent("buurtstart.json").path,
                       group.path + ".txt"] {
            for force in [[], ["--force"]] {
                let run = try Binary.run(["--dir", group.path, "--date", "2026-11-27", "--record", record] + force, input: "nee\n")
                #expect(run.status == 73, "\(record) \(force)")
                #expect(run.errors.contains(record), "\(run.errors)")
                #expect(try FolderState(group) == before, "\(record) \(force)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: group.appendingPathComponent("start.json").path))

        let notes = elsewhere.appendingPathComponent("notities.txt")
        try "mijn notities\n".write(to: notes, atomically: true, encoding: .utf8)
        let refused = try Binary.run(["--dir", group.path, "--date", "2026-11-27", "--record", notes.path], input: "nee\n")
        #expect(refused.status == 73)
        #expect(refused.errors.contains("--force"), "\(refused.errors)")
        #expect(try read(elsewhere, "notities.txt") == "mijn notities\n")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("notities").path), "nothing made beside it")

        let asked = try Binary.run(["--dir", group.path, "--date", "2026-11-27", "--record", notes.path, "--force"], input: "nee\n")
        #expect(asked.status == 0, "\(asked.errors)")
        #expect(try read(elsewhere, "notities.txt").hasPrefix("# buurtstart-transcript: 1\n"))
    }

    @Test("a rename that fails once the documents' set counts: said as it is, and the next start completes the set")
    func failedRenameSaidAsItIs() throws {
        try #require(FileManager.default.isExecutableFile(atPath: KillTests.strace), "strace is missing: scripts/test installs it")
        let (start, old) = try finishedGroup()
        let input = "ja\nwijzig 3\n21\n\n\n\nklaar\nja\n"
        let reference = try copied(start)
        #expect(try Binary.run(["--date", "2026-11-27", "--dir", reference.path], input: input).status == 0)
        let new = try FolderState(reference)
        var mixed = 0
        // From the Nth rename on, every rename fails with EIO (a disk that went bad).
        for rename in 1...40 {
            let folder = try copied(start)
            let run = try Binary.run(["--date", "2026-11-27", "--dir", folder.path], input: input, wrapper: [
                KillTests.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:error=EIO:when=\(rename)+",
            ])
            let left = try FolderState(folder)
            if left.documents == new.documents { break }
            if left.documents == old.documents {
                continue
            }
            mixed += 1
            let context = "EIO from rename \(rename)"
            #expect(!run.output.contains("niet veranderd"), "\(context): \(run.output)")
            #expect(run.output.contains("Een deel is al nieuw"), "\(context)")
            #expect(run.status == 74, "\(context)")
            // The next start puts the rest in place, and says so.
            let next = try Binary.run(["--date", "2026-11-27", "--dir", folder.path], input: "")
            let state = try FolderState(folder)
            #expect(state.documents == new.documents, "\(context)")
            #expect(state.savedAnswers == new.savedAnswers, "\(context)")
            #expect(state.others.isEmpty, "\(context): \(state.others)")
            #expect(next.errors.contains(folder.path), "\(context): \(next.errors)")
        }
        #expect(mixed > 0, "no failure landed between the documents' renames")
    }

    @Test("--record onto a full disk: said at once, the transcript ends at a whole line, status 74",
          .enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func recordDiskFull() throws {
        let mountPoint = try temporaryFolder()
        #expect(try runTool(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path]) == 0)
        defer { _ = try? runTool(["umount", "-l", mountPoint.path]) }
        // Fill the disk, then leave two pages free: the transcript starts, and runs out.
        let filler = mountPoint.appendingPathComponent("vol")
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        let block = Data(repeating: 0x2A, count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        let size = try handle.offset()
        try handle.truncate(atOffset: size > 8192 ? size - 8192 : 0)
        try handle.close()
        let group = try temporaryFolder()
        let transcript = mountPoint.appendingPathComponent("opname.txt")
        let run = try Binary.run(["--dir", group.path, "--date", "2026-11-26", "--record", transcript.path], input: sessionInput)
        #expect(run.status == 74, "\(run.errors)")
        #expect(run.errors.contains(transcript.path) && run.errors.contains("de schijf is vol"), "\(run.errors)")
        let recorded = try String(contentsOf: transcript, encoding: .utf8)
        #expect(recorded.hasPrefix("# buurtstart-transcript: 1\n"))
        #expect(recorded.hasSuffix("\n"), "cut at a whole line")
        #expect(try read(group, "charter.txt").contains("Voorstraat"), "the session itself went on to its end")
    }
}

@Suite("Nothing hangs on a file that is not a file", .serialized)
struct NotAFileTests {
    @Test("a FIFO as buurtstart.json: export, start and check-address refuse it at once (74)")
    func fifoAnswers() throws {
        let folder = try temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("buurtstart.json").path, 0o600) == 0)
        for arguments in [["export"], [], ["check-address", "Zeeweg 1"]] {
            let run = try runBounded(arguments + ["--dir", folder.path], input: "Katwijk\n")
            #expect(run.status == 74, "\(arguments): \(run.status)")
            #expect(run.errors.contains("geen gewoon bestand"), "\(arguments): \(run.errors)")
        }
    }

    @Test("a FIFO as a preset or as a transcript to replay is refused at once (65)")
    func fifoPresetAndTranscript() throws {
        let folder = try temporaryFolder()
        let preset = folder.appendingPathComponent("voorinstelling.json"), transcript = folder.appendingPathComponent("opname.txt")
        #expect(mkfifo(preset.path, 0o600) == 0 && mkfifo(transcript.path, 0o600) == 0)
        let session = try runBounded(["--dir", folder.appendingPathComponent("buurt").path, "--preset", preset.path], input: "Katwijk\n")
        #expect(session.status == 65, "\(session.status)")
        #expect(session.errors.contains("geen gewoon bestand"), "\(session.errors)")
        let replay = try runBounded(["replay", transcript.path])
        #expect(replay.status == 65, "\(replay.status)")
        #expect(replay.errors.contains("geen gewoon bestand"), "\(replay.errors)")
    }

    @Test("an answers file far larger than any group's is refused before it is read")
    func hugeAnswers() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("buurtstart.json")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        // Sparse: 512 MB that take no room on the disk.
        #expect(truncate(file.path, 512 << 20) == 0)
        for arguments in [["export"], []] {
            let run = try runBounded(arguments + ["--dir", folder.path], input: "")
            #expect(run.status == 74, "\(arguments): \(run.status)")
            #expect(run.errors.contains("groter dan 32 MB"), "\(arguments): \(run.errors)")
        }
    }

    @Test("charter.version at the largest number is refused as too high, not counted on to overflow at klaar")
    func versionAtIntMax() throws {
        let (folder, _) = try finishedGroup()
        try read(folder, "buurtstart.json").replacing("\"version\" : 1\n  },", with: "\"version\" : 9223372036854775807\n  },")
            .write(to: folder.appendingPathComponent("buurtstart.json"), atomically: true, encoding: .utf8)
        for (arguments, input) in [(["export", "--force"], ""), (["--date", "2026-11-27"], "ja\nklaar\nja\n")] {
            let run = try runBounded(arguments + ["--dir", folder.path], input: input)
            #expect(run.status == 65, "\(arguments): \(run.status) \(run.errors)")
            #expect(run.errors.contains("charter.version"), "\(arguments): \(run.errors)")
        }
    }
}
