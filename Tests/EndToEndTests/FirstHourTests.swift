import Foundation
import Testing

/// Messages that point the way when a resident starts in the wrong place or the input ends.
@Suite("The first hour: messages that point the right way", .serialized)
struct FirstHourTests {
    @Test("export and check-address in a folder without a group say how to start one and how to name the group's folder",
          arguments: [("C.UTF-8", "in deze map staat geen groep", "Een nieuwe groep start je met: buurtstart\n", "Zet dan --dir"),
                      ("en_GB.UTF-8", "this folder holds no group", "To start a new group: buurtstart\n", "add --dir")])
    func noGroupHere(language: String, says: String, start: String, dir: String) throws {
        let empty = try temporaryFolder()
        for arguments in [["export"], ["check-address", "Zeeweg 12"]] {
            let run = try Binary.run(arguments, in: empty, environment: ["LANG": language])
            #expect(run.status == 65)
            #expect(run.errors.contains(says), "\(run.errors)")
            #expect(run.errors.contains(start), "\(run.errors)")
            #expect(run.errors.contains(dir))
            #expect(!run.errors.contains("docs/answers.md"))
        }
        let elsewhere = empty.appendingPathComponent("zeeweg").path
        let named = try Binary.run(["export", "--dir", elsewhere], environment: ["LANG": language])
        #expect(named.errors.contains("buurtstart --dir \(elsewhere)\n"), "\(named.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test("a session with no input at all leaves nothing behind, says so, and exits 75",
          arguments: [("C.UTF-8", "Er kwam geen antwoord binnen, dus ik heb niets bewaard."), ("en_GB.UTF-8", "No answer came in, so nothing was saved.")])
    func noInput(language: String, says: String) throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(["--date", "2026-11-26"], input: "", in: folder, environment: ["LANG": language])
        #expect(run.status == 75)
        #expect(run.errors.contains(says), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("buurtstart.json").path))
    }

    @Test("a piped session whose input ends before the documents are written keeps its answers and exits 75")
    func inputEndsEarly() throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(["--date", "2026-11-26"], input: "Katwijk\nZeeweg\n", in: folder)
        #expect(run.status == 75)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("buurtstart.json").path))
        // stop typed on purpose is a stop on request.
        let stopped = try Binary.run(["--date", "2026-11-26"], input: "ja\nstop\n", in: folder)
        #expect(stopped.status == 0, "\(stopped.errors)")
    }

    @Test("export --without takes a page's Dutch and English name, and leaves that page out",
          arguments: [("brief", "letter.html"), ("kennismaking", "introduction.html"), ("letter", "letter.html"), ("introduction", "introduction.html")])
    func withoutInBothLanguages(name: String, page: String) throws {
        let folder = try temporaryFolder()
        let session = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        #expect(session.status == 0, "\(session.errors)")
        for file in ["letter.html", "introduction.html", "charter.html"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(file)) }
        let run = try Binary.run(["export", "--dir", folder.path, "--format", "html", "--without", name])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(page).path), "\(name) leaves \(page) out")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("charter.html").path))
    }
}
