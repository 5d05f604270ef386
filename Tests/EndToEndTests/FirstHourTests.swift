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

    @Test("a piped session without --dir in a folder with other files says where it writes, on standard error, and goes on",
          arguments: [("C.UTF-8", "staan al 2 bestanden of mappen"), ("en_GB.UTF-8", "holds 2 files or folders")])
    func pipedIntoFolderWithFiles(language: String, says: String) throws {
        let folder = try temporaryFolder()
        // The answers file and a log the shell made before the program ran: they do not stop it.
        try Data(sessionInput.utf8).write(to: folder.appendingPathComponent("antwoorden.txt"))
        try Data().write(to: folder.appendingPathComponent("log.txt"))
        // The piped answers are Dutch: in English, the session is only started.
        let dutch = language == "C.UTF-8"
        let run = try Binary.run(["--date", "2026-11-26"], input: dutch ? sessionInput : "Katwijk\n", in: folder, environment: ["LANG": language])
        #expect(run.status == (dutch ? 0 : 75), "\(run.errors)")
        #expect(run.errors.contains(folder.path) && run.errors.contains(says), "\(run.errors)")
        #expect(run.errors.contains("\nbuurtstart --dir "), "the command on a line of its own")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(dutch ? "charter.txt" : "buurtstart.json").path))
        // With --dir, or in a group's folder, nothing is said.
        let named = try Binary.run(["--dir", ".", "--date", "2026-11-26"], input: "", in: folder, environment: ["LANG": language])
        #expect(!named.errors.contains(says))
    }

    @Test("--strict ends a piped session at the first refused answer, naming the question and the line, with 65; the answers before it are saved",
          arguments: [("C.UTF-8", "Gestopt door --strict: het antwoord op regel 4 van de invoer past niet bij de vraag 'Straat (Enter = klaar)'"),
                      ("en_GB.UTF-8", "Stopped by --strict: the answer on line 4 of the input does not fit the question 'Street (Enter = done)'")])
    func strict(language: String, says: String) throws {
        let folder = try temporaryFolder()
        let input = "Katwijk\nZeeweg\n\nZeeweg #5\nZeeweg\n\n"
        let run = try Binary.run(["--strict", "--date", "2026-11-26"], input: input, in: folder, environment: ["LANG": language])
        #expect(run.status == 65)
        #expect(run.errors.contains(says), "\(run.errors)")
        let answers = try read(folder, "buurtstart.json")
        #expect(answers.contains("Katwijk") && !answers.contains("\"Zeeweg\" :") )
        // Without --strict the question is asked again and the next line answers it.
        let lenient = try temporaryFolder()
        let run2 = try Binary.run(["--date", "2026-11-26"], input: input, in: lenient, environment: ["LANG": language])
        #expect(run2.status == 75)
        #expect(!run2.errors.contains("--strict"))
    }
}
