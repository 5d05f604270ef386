import BuurtstartCore
import Foundation
import Testing

/// docs/man/buurtstart.1 is written by hand, in English; these checks hold it to the program,
/// so that a new command, option, help text, exit status or in-session command cannot be left
/// out of it or go stale.
@Suite("The man page")
struct ManPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let page = (try? String(contentsOf: root.appendingPathComponent("docs/man/buurtstart.1"), encoding: .utf8)) ?? ""

    /// The page's lines from the `.Sh` or `.Ss` heading `title` to the next heading of that level.
    static func section(_ title: String, level: String = ".Sh") -> String {
        var lines: [Substring] = []
        var inside = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(level + " ") || (level == ".Ss" && line.hasPrefix(".Sh ")) {
                inside = line.hasPrefix(level + " " + title)
                continue
            }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// The program's own description of its commands and options, in English.
    static func commands() throws -> [[String: Any]] {
        let dump = try Binary.run(["--experimental-dump-help"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(dump.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let command = try #require(tool["command"] as? [String: Any])
        return [command] + (command["subcommands"] as? [[String: Any]] ?? [])
    }

    @Test("has the sections a Debian user expects")
    func sections() {
        for title in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "IN-SESSION COMMANDS", "FILES",
                      "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
            #expect(Self.page.contains("\n.Sh \(title)\n"), "no section \(title)")
        }
    }

    @Test("lists every command and every option under its command, with the program's English help texts")
    func commandsAndOptions() throws {
        let commandSection = Self.section("COMMANDS")
        for command in try Self.commands() {
            let name = try #require(command["commandName"] as? String)
            // The top-level command's options are the session's: they are listed under start.
            let title = name == "buurtstart" ? "start" : name
            if name != "buurtstart" {
                #expect(commandSection.contains(".It Cm \(name)"), "the command \(name) is not under COMMANDS")
                if name != "help", let abstract = command["abstract"] as? String {
                    #expect(commandSection.contains(abstract), "COMMANDS, \(name): the help says \"\(abstract)\"")
                }
            }
            guard name != "help" else { continue }
            let options = Self.section(title, level: ".Ss")
            // mandoc wants each sentence on a line of its own: compare the help with the text as read.
            let read = options.replacingOccurrences(of: "\n", with: " ")
            #expect(!options.isEmpty, "OPTIONS has no subsection for \(title)")
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }
                    .compactMap { $0["name"] as? String }
                if names.contains("help") || names.contains("version") { continue }
                let label = names.first.map { ".It Fl -\($0)" } ?? ".It Ar \(argument["valueName"] as? String ?? "")"
                #expect(options.contains(label), "OPTIONS, \(title): no \(label)")
                if let abstract = argument["abstract"] as? String {
                    #expect(read.contains(abstract), "OPTIONS, \(title): the help says \"\(abstract)\"")
                }
                for (value, description) in argument["allValueDescriptions"] as? [String: String] ?? [:] {
                    #expect(options.contains(".It Cm \(value)\n\(description)\n"), "OPTIONS, \(title): \(value) is \"\(description)\"")
                }
            }
        }
    }

    @Test("EXIT STATUS is the README's table")
    func exitStatus() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = try #require(readme.components(separatedBy: "### Exit statuses").dropFirst().first?
            .components(separatedBy: "\n#").first)
        let documented = Set(table.split(separator: "\n").compactMap { row -> [Int]? in
            guard row.hasPrefix("| "), let cell = row.split(separator: "|").first else { return nil }
            let numbers = cell.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return numbers.isEmpty ? nil : numbers
        }.joined())
        #expect(documented.isSuperset(of: [0, 1, 64, 65, 73, 74, 130]), "the README's table was not read: \(documented)")
        let statuses = Set(Self.section("EXIT STATUS").split(separator: "\n").filter { $0.hasPrefix(".It ") }
            .flatMap { $0.dropFirst(4).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } })
        #expect(statuses == documented)
        // Both are the program's own list, which the shell exits with.
        #expect(documented == Set(ExitStatus.allCases.map { Int($0.rawValue) }))
        #expect(!Self.page.contains(".Ex -std"), "the generic 'exits 0 on success, and >0 if an error occurs' contradicts the table")
    }

    @Test("IN-SESSION COMMANDS names every command word in both languages")
    func inSessionCommands() {
        let section = Self.section("IN-SESSION COMMANDS")
        for command in CommandWord.allCases {
            for language in Language.allCases {
                let word = command.word(in: language)
                #expect(section.contains("Cm \(word == "?" ? "\\&?" : word)"), "\(word) is not under IN-SESSION COMMANDS")
            }
        }
    }

    @Test("FILES and ENVIRONMENT name what the program reads and writes")
    func filesAndEnvironment() {
        let files = Self.section("FILES")
        for name in [AnswersFile.name] + Documents.names + ["buurtstart/history"] {
            #expect(files.contains(name), "\(name) is not under FILES")
        }
        #expect(files.contains("0600") && files.contains("0644"))
        let environment = Self.section("ENVIRONMENT")
        for variable in ["LANG", "LC_ALL", "NO_COLOR", "TERM", "XDG_STATE_HOME"] {
            #expect(environment.contains("Ev \(variable)"), "\(variable) is not under ENVIRONMENT")
        }
    }

    @Test("carries the program's version, and groff reads it without a warning")
    func versionAndLint() throws {
        let version = try Binary.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Self.page.contains("\n.Os buurtstart \(version)\n"))
        let groff = Process()
        groff.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        groff.arguments = ["-mandoc", "-ww", "-z", "-Tutf8", Self.root.appendingPathComponent("docs/man/buurtstart.1").path]
        let warnings = Pipe()
        groff.standardError = warnings
        try groff.run()
        let said = String(decoding: warnings.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        groff.waitUntilExit()
        #expect(groff.terminationStatus == 0 && said.isEmpty, "groff: \(said)")
    }
}
