import BuurtstartTestSupport
import Foundation
import Testing
import BuurtstartCore

/// Runs the built `buurtstart` as a resident's shell would, through pipes.
struct Run {
    let status: Int32
    let output: String
    let errors: String
    /// The signal that ended the process, if one did.
    var signal: Int32?
}

enum Binary {
    /// The executable built beside this test bundle, or the one named by BUURTSTART_BINARY.
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["BUURTSTART_BINARY"] { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("buurtstart").path
    }

    /// Runs the binary; with a `wrapper` (such as strace and its options), the wrapper runs it.
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil,
                    environment extra: [String: String] = [:], wrapper: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrapper.first ?? path)
        process.arguments = wrapper.isEmpty ? arguments : wrapper.dropFirst() + [path] + arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = environment(extra)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self),
                   signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil)
    }

    /// The environment the binary runs in during tests: Dutch unless a test asks otherwise (the
    /// language follows LC_ALL and LANG), and a state folder of this test run's own, so that the
    /// history and answers rescued from an unwritable folder never land in the tester's home.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["XDG_STATE_HOME"] = stateHome.path
        environment.merge(extra) { $1 }
        return environment
    }

    /// Made once per test run, under the temporary folder.
    static let stateHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("buurtstart-e2e-state-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("buurtstart-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
}

let textDocumentNames = ["charter.txt", "checklist.txt", "whatsapp.txt"]
/// Every document a session writes: the text files and the pages to print.
let documentNames = textDocumentNames + PrintedPage.allCases.map(\.fileName)

/// The file's inode: a file rewritten (replaced by a rename) has a new one.
func identity(_ folder: URL, _ name: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.systemFileNumber] as? Int)
}

func mode(_ folder: URL, _ name: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// New folders (`names`, side by side) that each hold the finished answers of one whole
/// session, and the folder where that session ran.
func foldersWithAnswers(_ names: [String]) throws -> (source: URL, folders: [URL]) {
    let source = try temporaryFolder()
    _ = try Binary.run(["--dir", source.path, "--date", "2026-11-26"], input: sessionInput)
    let answers = try Data(contentsOf: source.appendingPathComponent("buurtstart.json"))
    let base = try temporaryFolder()
    let folders = try names.map { name -> URL in
        let folder = base.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try answers.write(to: folder.appendingPathComponent("buurtstart.json"))
        return folder
    }
    return (source, folders)
}

/// The answers of a whole piped session, by question (see `AnswerScript`): three streets, two
/// postcodes, residents and workers, a chat group, two admins, the questions-privately agreement
/// and one of the group's own.
let pipedAnswers: [QuestionID: [String]] = [
    .municipality: ["Katwijk"], .neighbourhood: ["Zeeweg"], .groupName: [""],
    .street: ["Zeeweg 1-99 oneven", "Zeeweg 2-40 even", "Voorstraat 10-80", ""],
    .postcode: ["2221 AB", "2221ac", ""], .boundary: ["tussen de Zeeweg en de Noordzee"],
    .minimumAge: ["18"], .eligibility: ["2"], .expectedMembers: ["60"], .chatGroup: ["ja"],
    .adminName: ["Anna", "Piet", ""], .adminPhone: ["06-12345678", ""], .contactAdmin: ["1"],
    .agreements: ["21", ""], .customAgreement: ["Na 23.00 uur alleen berichten bij spoed", ""],
    .burgernet: ["ja"],
]

/// The lines of a piped session up to `question` (not answered).
func pipedLines(until question: QuestionID = .review) -> [String] {
    AnswerScript.lines(base: pipedAnswers, until: question)
}

/// A whole session, one answer per line, ending in klaar.
let sessionInput = (pipedLines() + ["klaar"]).joined(separator: "\n") + "\n"

@Suite("buurtstart through a pipe", .serialized)
struct PipeTests {
    @Test("a whole piped session writes both documents, private answers, and no escape codes")
    func wholeSession() throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Stap 1 van 7: Groep"))
        #expect(run.output.contains("Gemeente: Katwijk"), "the prompt and the typed answer read like the session")
        #expect(!run.output.contains("\u{1B}"))
        let charter = try read(folder, "charter.txt")
        #expect(charter.hasPrefix("Buurtpreventie Zeeweg\n"))
        #expect(charter.contains("Datum: 26 november 2026, versie 1"))
        #expect(charter.contains("Postcodes: 2221 AB, 2221 AC."))
        #expect(charter.contains("Je woont of werkt in het gebied"))
        #expect(charter.contains("Vragen aan een beheerder"))
        #expect(charter.contains("Na 23.00 uur alleen berichten bij spoed"))
        let checklist = try read(folder, "checklist.txt")
        #expect(checklist.contains("[ ] Ik weet wie de beheerders zijn: Anna en Piet."))
        #expect(try mode(folder, "buurtstart.json") == 0o600)
        #expect(try mode(folder, "charter.txt") == 0o644)
        let json = try read(folder, "buurtstart.json")
        #expect(json.contains("\"status\" : \"finished\""))
        #expect(json.contains("06-12345678"))
    }

    @Test("escape sequences in piped input never reach the output; the answer is refused with a message")
    func escapesInInput() throws {
        let folder = try temporaryFolder()
        let run = try Binary.run(["--dir", folder.path], input: "Kat\u{1B}[2Jwijk\nZee\u{202E}weg\nKatwijk\n")
        #expect(run.status == 75)
        #expect(!run.output.contains("\u{1B}"))
        #expect(!run.output.contains("\u{202E}"))
        #expect(run.output.contains("Gemeente: Kat␛[2Jwijk"))
        #expect(run.output.contains("onzichtbare tekens"))
        #expect(try read(folder, "buurtstart.json").contains("\"municipality\" : \"Katwijk\""))
    }

    @Test("the end of input saves and quits with status 75 (input ended before the documents); the next run continues with every answer")
    func endOfInputThenContinue() throws {
        let folder = try temporaryFolder()
        let lines = sessionInput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stopped = pipedLines(until: .eligibility).count
        let first = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: lines.prefix(stopped).joined(separator: "\n") + "\n")
        #expect(first.status == 75)
        #expect(first.errors.contains("Later verder? Typ: buurtstart --dir"), "the stop message goes to standard error")
        let json = try read(folder, "buurtstart.json")
        #expect(json.contains("Voorstraat"))
        #expect(json.contains("\"position\" : \"eligibility\""))
        let second = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"],
                                    input: "ja\n" + lines.dropFirst(stopped).joined(separator: "\n"))
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("nog niet af"))
        #expect(try read(folder, "charter.txt").contains("Voorstraat"))
    }

    @Test("an existing charter is kept when the resident says no, and replaced with --force")
    func overwrite() throws {
        let folder = try temporaryFolder()
        try "mijn eigen tekst\n".write(to: folder.appendingPathComponent("charter.txt"), atomically: true, encoding: .utf8)
        let kept = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput + "nee\nstop\n")
        #expect(kept.status == 0)
        #expect(kept.output.contains("bestaat al"))
        #expect(try read(folder, "charter.txt") == "mijn eigen tekst\n")
        let forced = try Binary.run(["--dir", folder.path, "--date", "2026-11-26", "--force"], input: "\nklaar\n")
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try read(folder, "charter.txt").hasPrefix("Buurtpreventie Zeeweg"))
    }

    @Test("export writes the documents again from the answers, exactly as the session did")
    func export() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let charter = try read(folder, "charter.txt")
        for name in ["charter.txt", "checklist.txt", "whatsapp.txt"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let run = try Binary.run(["export", "--dir", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try read(folder, "charter.txt") == charter)
        #expect(try Binary.run(["export", "--dir", folder.path, "--force"]).status == 0)
    }

    @Test("export again over identical documents: status 0, nothing touched, and said so")
    func exportIdentical() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let before = try documentNames.map { try identity(folder, $0) }
        let again = try Binary.run(["export", "--dir", folder.path])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.errors.isEmpty)
        #expect(again.output.contains(folder.path))
        #expect(try documentNames.map { try identity(folder, $0) } == before, "the same files, not rewritten")
    }

    @Test("export writes a missing document without --force; only a different one needs it, and then nothing is replaced")
    func exportMissingAndDifferent() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let charter = try read(folder, "charter.txt"), whatsApp = try read(folder, "whatsapp.txt")
        let checklist = try identity(folder, "checklist.txt")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("whatsapp.txt"))
        let missing = try Binary.run(["export", "--dir", folder.path])
        #expect(missing.status == 0, "\(missing.errors)")
        #expect(try read(folder, "whatsapp.txt") == whatsApp)
        #expect(try identity(folder, "checklist.txt") == checklist, "an identical document is left alone")

        try "mijn eigen tekst\n".write(to: folder.appendingPathComponent("charter.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("whatsapp.txt"))
        let different = try Binary.run(["export", "--dir", folder.path])
        #expect(different.status == 73)
        #expect(different.errors.contains("charter.txt") && different.errors.contains("--force"))
        #expect(!different.errors.contains("checklist.txt"), "only the document that differs is named")
        #expect(try read(folder, "charter.txt") == "mijn eigen tekst\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("whatsapp.txt").path),
                "the documents are replaced as a set: all or nothing")
        let forced = try Binary.run(["export", "--dir", folder.path, "--force"])
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try read(folder, "charter.txt") == charter)
        #expect(try read(folder, "whatsapp.txt") == whatsApp)
    }

    @Test("export of several folders: every message about one folder names that folder")
    func exportMessagesNameTheFolder() throws {
        let base = try temporaryFolder()
        let changed = base.appendingPathComponent("veranderd"), same = base.appendingPathComponent("hetzelfde")
        let made = base.appendingPathComponent("nieuw"), empty = base.appendingPathComponent("leeg")
        for folder in [changed, same, made] {
            _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        }
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        try "mijn eigen tekst\n".write(to: changed.appendingPathComponent("checklist.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: made.appendingPathComponent("charter.txt"))
        for lang in ["nl", "en"] {
            let run = try Binary.run(["export", "--lang", lang, changed.path, same.path, made.path, empty.path])
            #expect(run.status == 73)
            let lines = (run.output + run.errors).split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(lines)")
            for line in lines {
                #expect([changed, same, made, empty].contains { line.contains($0.path) }, "names no folder: \(line)")
            }
            for folder in [changed, same, made, empty] {
                #expect(lines.contains { $0.contains(folder.path) }, "nothing said about \(folder.lastPathComponent)")
            }
        }
    }

    @Test("check-address: 0 inside, 1 outside, 64 for an unreadable address, 65 without answers")
    func checkAddress() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let inside = try Binary.run(["check-address", "Zeeweg 13", "--dir", folder.path])
        #expect(inside.status == 0)
        #expect(inside.output.contains("Binnen het gebied"))
        let outside = try Binary.run(["check-address", "Zeeweg 42", "--dir", folder.path])
        #expect(outside.status == 1)
        #expect(outside.output.contains("Zeeweg: nummers 1 t/m 99, oneven kant"))
        #expect(try Binary.run(["check-address", "Voorstraat 50", "--postcode", "2221 AC", "--dir", folder.path]).status == 0)
        #expect(try Binary.run(["check-address", "Zeeweg", "--dir", folder.path]).status == 64)
        #expect(try Binary.run(["check-address", "Zeeweg 1", "--dir", try temporaryFolder().path]).status == 65)
    }

    @Test("the language: --lang, else LC_ALL, else LC_MESSAGES, else LANG; English when it starts with en")
    func languageChoice() throws {
        let english = try Binary.run(["--dir", try temporaryFolder().path], input: "", environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.output.contains("Municipality:"))
        let overridden = try Binary.run(["--dir", try temporaryFolder().path], input: "",
                                        environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "nl_NL.UTF-8"])
        #expect(overridden.output.contains("Gemeente:"))
        // LC_MESSAGES, the locale of messages, comes between them (a stranger's was ignored).
        let messages = try Binary.run(["--dir", try temporaryFolder().path], input: "", environment: ["LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"])
        #expect(messages.output.contains("Municipality:"))
        let messagesInDutch = try Binary.run(["--dir", try temporaryFolder().path], input: "", environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"])
        #expect(messagesInDutch.output.contains("Gemeente:"))
        let allOverMessages = try Binary.run(["--dir", try temporaryFolder().path], input: "",
                                             environment: ["LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_GB.UTF-8", "LC_ALL": "nl_NL.UTF-8"])
        #expect(allOverMessages.output.contains("Gemeente:"))
        let flag = try Binary.run(["--dir", try temporaryFolder().path, "--lang", "nl"], input: "", environment: ["LANG": "en_GB.UTF-8"])
        #expect(flag.output.contains("Gemeente:"))
        let unknown = try Binary.run(["--lang", "fr"], input: "")
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("De taal 'fr' ken ik niet. Kies nl of en"))
        let unknownInEnglish = try Binary.run(["replay", "--lang", "fr", "a.txt"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(unknownInEnglish.status == 64)
        #expect(unknownInEnglish.errors.contains("I do not know the language 'fr'"))
        // A usage error speaks the language asked for (a bad date was always said in Dutch).
        let badDate = try Binary.run(["--lang", "en", "--date", "2026-13-01"], input: "")
        #expect(badDate.status == 64)
        #expect(badDate.errors.contains("'2026-13-01' is not a date"))
        let twoOut = try Binary.run(["replay", "--out", "d", "a.txt", "b.txt"])
        #expect(twoOut.status == 64)
        #expect(twoOut.errors.contains("Met --out kan maar één transcript tegelijk"))
    }

    @Test("export of several folders in one process: each is written, a bad one is reported and the rest go on")
    func exportMany() throws {
        let good = try temporaryFolder(), bad = try temporaryFolder(), other = try temporaryFolder()
        for folder in [good, other] {
            _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("charter.txt"))
        }
        let run = try Binary.run(["export", good.path, bad.path, other.path, "--force"])
        #expect(run.status == 65)
        #expect(run.errors.contains(bad.path))
        #expect(FileManager.default.fileExists(atPath: good.appendingPathComponent("charter.txt").path))
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("charter.txt").path))
    }

    @Test("export of many folders: every good one written, problems told in the folders' order")
    func exportManyInOrder() throws {
        let source = try temporaryFolder()
        _ = try Binary.run(["--dir", source.path, "--date", "2026-11-26"], input: sessionInput)
        let answers = try Data(contentsOf: source.appendingPathComponent("buurtstart.json"))
        let base = try temporaryFolder()
        var folders: [URL] = []
        for index in 0..<40 {
            let folder = base.appendingPathComponent(String(format: "%02d", index))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            // Folders 7 and 31 have no answers, 19 has a malformed file.
            if index == 19 { try Data("{".utf8).write(to: folder.appendingPathComponent("buurtstart.json")) }
            if ![7, 19, 31].contains(index) { try answers.write(to: folder.appendingPathComponent("buurtstart.json")) }
            folders.append(folder)
        }
        let run = try Binary.run(["export"] + folders.map(\.path))
        #expect(run.status == 65)
        let problems = run.errors.split(separator: "\n").map(String.init)
        #expect(problems.count == 3)
        #expect(zip(problems, ["07", "19", "31"]).allSatisfy { $0.contains(base.appendingPathComponent($1).path) }, "\(problems)")
        let made = run.output.split(separator: "\n")
        #expect(made.count == 37)
        let written = folders.enumerated().filter { ![7, 19, 31].contains($0.offset) }.map(\.element)
        #expect(zip(made, written).allSatisfy { $0.contains($1.path) }, "in the folders' order")
        for folder in written {
            #expect(try read(folder, "charter.txt") == read(source, "charter.txt"))
        }
    }

    @Test("export of more folders than the process may open files at once: all are written, none left open")
    func exportBeyondOpenFileLimit() throws {
        let (_, folders) = try foldersWithAnswers((0..<150).map { String(format: "%03d", $0) })
        // At most 100 open files, soft and hard: a folder's lock and files are let go before the next.
        let run = try Binary.run(["export"] + folders.map(\.path), wrapper: ["/bin/sh", "-c", "ulimit -n 100 && exec \"$0\" \"$@\""])
        #expect(run.status == 0, "\(run.errors.prefix(300))")
        #expect(folders.allSatisfy { FileManager.default.fileExists(atPath: $0.appendingPathComponent("whatsapp.txt").path) })
    }

    @Test("export --from FILE, or - for standard input: the folders one per line, after those named")
    func exportFrom() throws {
        let (source, folders) = try foldersWithAnswers(["groep 0", "groep 1", "groep 2"])
        let base = folders[0].deletingLastPathComponent()
        let piped = try Binary.run(["export", "--from", "-"], input: folders.map(\.path).joined(separator: "\n") + "\n\n")
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(folders.allSatisfy { FileManager.default.fileExists(atPath: $0.appendingPathComponent("charter.txt").path) })
        #expect(piped.output.split(separator: "\n").count == 3)

        let list = base.appendingPathComponent("groepen.txt")
        try (folders.dropFirst().map(\.path) + [source.path]).joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folders[2].appendingPathComponent("whatsapp.txt"))
        let fromFile = try Binary.run(["export", "--from", list.path, folders[0].path])
        #expect(fromFile.status == 0, "\(fromFile.errors)")
        let lines = fromFile.output.split(separator: "\n")
        #expect(lines.count == 4 && lines[0].contains(folders[0].path) && lines[2].contains(folders[2].path), "\(lines)")
        #expect(FileManager.default.fileExists(atPath: folders[2].appendingPathComponent("whatsapp.txt").path))

        // An empty list exports nothing: not the current folder either.
        let empty = try Binary.run(["export", "--from", "-"], input: "", in: source)
        #expect(empty.status == 0 && empty.output.isEmpty && empty.errors.isEmpty, "\(empty.output)")
        let missing = try Binary.run(["export", "--from", base.appendingPathComponent("nergens.txt").path])
        #expect(missing.status == 74)
        #expect(missing.errors.contains("nergens.txt"))
    }

    @Test("export again without changes leaves the files alone; a changed answer or mode replaces them")
    func exportUnchanged() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        let before = try documentNames.map { try identity(folder, $0) }
        #expect(try Binary.run(["export", "--force", folder.path, folder.path]).status == 0)
        #expect(try documentNames.map { try identity(folder, $0) } == before, "the same files, not rewritten")

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent("checklist.txt").path)
        let answers = folder.appendingPathComponent("buurtstart.json")
        try read(folder, "buurtstart.json").replacing("\"Katwijk\"", with: "\"Noordwijk\"").write(to: answers, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["export", "--force", folder.path]).status == 0)
        #expect(try identity(folder, "charter.txt") != before[0])
        #expect(try read(folder, "charter.txt").contains("Noordwijk"))
        #expect(try identity(folder, "checklist.txt") != before[1])
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("checklist.txt").path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test("export of a missing, unfinished or malformed file: one line naming the file, status 65")
    func exportErrors() throws {
        let folder = try temporaryFolder()
        let missing = try Binary.run(["export", "--dir", folder.path])
        #expect(missing.status == 65)
        #expect(missing.errors.contains("buurtstart.json"))
        // A folder that is not there is not created by a command that only reads answers.
        let nowhere = folder.appendingPathComponent("bestaat-niet")
        for command in [["export", "--dir", nowhere.path], ["check-address", "--dir", nowhere.path, "Zeeweg 1"]] {
            let run = try Binary.run(command)
            #expect(run.status == 65)
            #expect(run.errors.contains("bestaat-niet/buurtstart.json"))
            #expect(!FileManager.default.fileExists(atPath: nowhere.path))
        }

        _ = try Binary.run(["--dir", folder.path], input: "Katwijk\nstop\n")
        let unfinished = try Binary.run(["export", "--dir", folder.path])
        #expect(unfinished.status == 65)
        #expect(unfinished.errors.contains("nog niet af"))

        try #"{"version": 1, "membership": 3}"#.write(to: folder.appendingPathComponent("buurtstart.json"), atomically: true, encoding: .utf8)
        let malformed = try Binary.run(["export", "--dir", folder.path])
        #expect(malformed.status == 65)
        #expect(malformed.errors.split(separator: "\n").count == 1)
        #expect(malformed.errors.contains("veld"))

        // The session refuses it too, and leaves the file as it was.
        let session = try Binary.run(["--dir", folder.path], input: "\n")
        #expect(session.status == 65)
        #expect(try read(folder, "buurtstart.json") == #"{"version": 1, "membership": 3}"#)
    }

    @Test("--help and --version on every command; a bad date is a usage error")
    func helpAndVersion() throws {
        let root = try Binary.run(["--help"])
        #expect(root.status == 0)
        #expect(root.output.contains("start") && root.output.contains("export"))
        for arguments in [["start", "--help"], ["export", "--help"]] {
            let run = try Binary.run(arguments)
            #expect(run.status == 0)
            #expect(run.output.contains("--dir"))
        }
        for arguments in [["--version"], ["start", "--version"], ["export", "--version"]] {
            let run = try Binary.run(arguments)
            #expect(run.status == 0)
            #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        }
        let badDate = try Binary.run(["--date", "2026-02-30"], input: "")
        #expect(badDate.status == 64)
        #expect(badDate.errors.contains("JJJJ-MM-DD"))
    }
}
