import BuurtstartCore
import Foundation
import Testing

/// The documents and the answers file of a folder, as bytes, and what else lies in it.
struct FolderState: Equatable {
    var documents: [String: Data] = [:]
    var answers: Data?
    var others: [String] = []

    init(_ folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            if documentNames.contains(name) || name == "letter.pdf" {
                documents[name] = data
            } else if name == "buurtstart.json" {
                answers = data
            } else {
                others.append(name)
            }
        }
    }

    /// The charter's version, from "versie N" on its date line.
    var charterVersion: Int? {
        guard let charter = documents["charter.txt"],
              let match = String(decoding: charter, as: UTF8.self).firstMatch(of: /, versie (\d+)\n/) else { return nil }
        return Int(match.1)
    }

    var savedAnswers: Answers? { answers.flatMap { try? AnswersFile.decode(Array($0)) } }
}

/// A copy of a folder, hidden files included.
func copied(_ folder: URL) throws -> URL {
    let copy = try temporaryFolder()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: copy.appendingPathComponent(name))
    }
    return copy
}

/// Kills with SIGKILL at every rename the program makes, one run per rename (strace injects
/// the signal into the Nth `rename` call), and checks after each kill that the folder holds one
/// whole set of documents, or a state that the next export or start makes whole.
@Suite("Documents replaced as a set, whatever the moment of a kill", .serialized)
struct KillTests {
    static let strace = "/usr/bin/strace"

    /// Runs the binary under strace, killed at its `rename`th rename; `killed` is false when
    /// it made fewer renames and ran to its end.
    func run(killedAt rename: Int, _ arguments: [String], input: String) throws -> (killed: Bool, run: Run) {
        let run = try Binary.run(arguments, input: input, wrapper: [
            Self.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:signal=SIGKILL:when=\(rename)",
        ])
        return (run.signal == SIGKILL, run)
    }

    /// Kills `arguments` at every rename in a copy of `start`; after each kill, `export` and a
    /// session (stopped at once) each repair their own copy of what was left.
    func killAtEveryRename(from start: URL, _ arguments: [String], input: String,
                           old: FolderState, new: FolderState) throws {
        var kills = 0, halfReplaced = 0
        for rename in 1...100 {
            let folder = try copied(start)
            let (killed, run) = try self.run(killedAt: rename, arguments + ["--dir", folder.path], input: input)
            guard killed else {
                #expect(run.status == 0, "\(run.errors)")
                #expect(try FolderState(folder) == new, "after the whole run")
                break
            }
            kills += 1
            let left = try FolderState(folder)
            if left.documents != old.documents, left.documents != new.documents { halfReplaced += 1 }
            for repair in [["export", "--dir"], ["--date", "2026-11-27", "--dir"]] {
                let repaired = try copied(folder)
                let said = try Binary.run(repair + [repaired.path], input: "")
                let state = try FolderState(repaired)
                let context = "killed at rename \(rename), then \(repair[0]): \(said.errors)"
                #expect(state.others.isEmpty, "temporary files left: \(state.others); \(context)")
                #expect(state.documents == old.documents || state.documents == new.documents, "a mixed set; \(context)")
                // The answers go with the documents: finished answers are the ones they were made
                // from; unfinished ones (a change not yet written) go with the old documents.
                let answers = try #require(state.savedAnswers, "\(context)")
                if answers.status == .finished {
                    #expect(answers.charter.version == state.charterVersion, "\(context)")
                    if new.answers != old.answers {
                        #expect((state.documents == new.documents) == (answers == new.savedAnswers), "\(context)")
                    }
                } else {
                    #expect(state.documents == old.documents, "\(context)")
                }
                #expect((state.charterVersion ?? 0) >= (left.charterVersion ?? 0), "the version went down; \(context)")
                if left.documents != old.documents, left.documents != new.documents {
                    #expect(said.errors.contains(repaired.path), "completed without a word; \(context)")
                }
            }
        }
        #expect(kills >= 2, "the run made too few renames to test")
        #expect(halfReplaced > 0, "no kill landed between the documents' renames")
    }

    /// A finished folder (version 1), made by a whole session.
    func finishedFolder() throws -> URL {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        return folder
    }

    @Test("a session that changes an answer, killed at every rename: all old or all new documents after the next export or start")
    func sessionKilled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: scripts/test installs it")
        let start = try finishedFolder()
        // Back to the review, step 3: minimum age 21, klaar, and yes to replacing the documents.
        let input = "ja\nwijzig 3\n21\n\n\n\nklaar\nja\n"
        let reference = try copied(start)
        let whole = try Binary.run(["--date", "2026-11-27", "--dir", reference.path], input: input)
        #expect(whole.status == 0, "\(whole.errors)")
        let old = try FolderState(start), new = try FolderState(reference)
        #expect(old.charterVersion == 1 && new.charterVersion == 2)
        try killAtEveryRename(from: start, ["--date", "2026-11-27"], input: input, old: old, new: new)
    }

    @Test("a session that leaves out the letter, killed at every rename: the old letter and its PDF stay with the old set, and go with the new")
    func leftOutKilled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: scripts/test installs it")
        let start = try finishedFolder()
        try "%PDF-1.4 old letter\n".write(to: start.appendingPathComponent("letter.pdf"), atomically: true, encoding: .utf8)
        // Back to step 4, Enter through it up to the pages: 2, without the letter.
        let input = "ja\nwijzig 4\n\n\n\n\n2\nklaar\nja\n"
        let reference = try copied(start)
        let whole = try Binary.run(["--date", "2026-11-27", "--dir", reference.path], input: input)
        #expect(whole.status == 0, "\(whole.errors)")
        let old = try FolderState(start), new = try FolderState(reference)
        #expect(old.documents["letter.html"] != nil && old.documents["letter.pdf"] != nil)
        #expect(new.documents["letter.html"] == nil && new.documents["letter.pdf"] == nil, "\(whole.output)")
        #expect(whole.output.contains("Weggehaald, omdat je de pagina weglaat: letter.html en letter.pdf."))
        try killAtEveryRename(from: start, ["--date", "2026-11-27"], input: input, old: old, new: new)
    }

    @Test("temporary files of dead runs are removed, but only by a run that holds the folder's lock, and never a live process's")
    func leftOversCleaned() throws {
        let folder = try finishedFolder()
        // The pid of a process that has ended, and of one that is alive (this test).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ".buurtstart.\(ended.processIdentifier).charter.txt.new"
        let alive = ".buurtstart.\(ProcessInfo.processInfo.processIdentifier).opslaan.json.new"
        let session = try LiveSession(["--dir", folder.path])
        #expect(session.waitFor("ja of nee"))
        for name in [dead, alive] { try "half\n".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        let refused = try Binary.run(["export", "--dir", folder.path])
        #expect(refused.status == 73)
        #expect(try FolderState(folder).others == [dead, alive].sorted(), "removed while a session holds the folder")
        session.kill()
        let export = try Binary.run(["export", "--dir", folder.path])
        #expect(export.status == 0, "\(export.errors)")
        #expect(try FolderState(folder).others == [alive])
    }

    @Test("export --force of changed answers, killed at every rename: all old or all new documents after the next export or start")
    func exportKilled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.strace), "strace is missing: scripts/test installs it")
        let start = try finishedFolder()
        let answers = start.appendingPathComponent("buurtstart.json")
        // A new group name: every document changes.
        try read(start, "buurtstart.json").replacing("\"Buurtpreventie Zeeweg\"", with: "\"Buurtpreventie Zeeweg-Noord\"")
            .write(to: answers, atomically: true, encoding: .utf8)
        let reference = try copied(start)
        #expect(try Binary.run(["export", "--force", "--dir", reference.path]).status == 0)
        let old = try FolderState(start), new = try FolderState(reference)
        #expect(textDocumentNames.allSatisfy { old.documents[$0] != new.documents[$0] })
        try killAtEveryRename(from: start, ["export", "--force"], input: "", old: old, new: new)
    }
}
