import CPseudoTerminal
import Foundation
import Testing

/// The built program on a pseudo-terminal: keys go in as a person types them, and the screen
/// output is read back.
final class Terminal {
    let pid: pid_t
    let master: Int32
    let initialSettings: termios
    private(set) var screen = ""
    let folder: URL

    static var binary: String {
        ProcessInfo.processInfo.environment["BUURTSTART_BINARY"]
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("buurtstart").path
    }

    init(folder: URL, state: URL, environment extra: [String: String] = [:], arguments: [String] = []) throws {
        self.folder = folder
        var environment = ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state.path, "XDG_STATE_HOME": state.path,
                           "PATH": "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        let argv = [Self.binary, "--date", "2026-11-26"] + arguments
        var master: Int32 = -1
        var settings = termios()
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        pid = buurt_pty_spawn(Self.binary, cArguments, cEnvironment, folder.path, 30, 100, &master, &settings)
        guard pid > 0 else { throw POSIXError(.ECHILD) }
        self.master = master
        initialSettings = settings
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Types keys, then gives the program a moment, as a person's typing would: a terminal
    /// discards typed-ahead input when Ctrl-C interrupts.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        drain(for: 0.15)
    }

    static let enter = "\r", up = "\u{1B}[A", left = "\u{1B}[D", tab = "\t"
    static let ctrlC = "\u{03}", ctrlD = "\u{04}", ctrlR = "\u{12}", ctrlU = "\u{15}"

    /// Reads what the program printed for `seconds`.
    func drain(for seconds: Double) {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end { readAvailable(timeout: 20) }
    }

    /// Waits until the screen holds `text`; false if it never comes.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if screen.contains(text) { return true }
            readAvailable(timeout: 50)
        }
        return screen.contains(text)
    }

    private func readAvailable(timeout: Int32) {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { screen += String(decoding: buffer[0..<count], as: UTF8.self) }
    }

    /// Waits for the program to end; its exit status, or 128 + the signal that ended it.
    func exitStatus(seconds: Double = 20) -> Int32? {
        let end = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < end {
            readAvailable(timeout: 20)
            if waitpid(pid, &status, WNOHANG) == pid {
                let low = status & 0x7F
                return low == 0 ? (status >> 8) & 0xFF : 128 + low
            }
        }
        return nil
    }

    func answers() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("buurtstart.json"), encoding: .utf8)
    }
}

func scratch() throws -> (folder: URL, state: URL) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("buurtstart-pty-\(UUID().uuidString)")
    let folder = base.appendingPathComponent("buurt"), state = base.appendingPathComponent("state")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    return (folder, state)
}

@Suite("Line editing in a real terminal", .serialized)
struct TerminalTests {
    typealias T = Terminal

    @Test("Up recalls the previous answer")
    func upRecalls() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type(T.up + T.enter)
        #expect(terminal.waitFor("Naam van de groep [Buurtpreventie Katwijk]"))
        #expect(try terminal.answers().contains("\"neighbourhood\" : \"Katwijk\""))
    }

    @Test("Tab completes a command and a choice, and lists several matches")
    func tabCompletes() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("overz" + T.tab + T.enter)
        #expect(terminal.waitFor("Overzicht van je antwoorden"))
        for answer in ["Katwijk", "Zeeweg", "", "Zeeweg", "", "", "", "", "", ""] { terminal.type(answer + T.enter) }
        #expect(terminal.waitFor("Aparte chatgroep (ja/nee) [nee]:"))
        terminal.type("j" + T.tab + T.enter)
        #expect(terminal.waitFor("Stap 4 van 7"))
        #expect(try terminal.answers().contains("\"separateChatGroup\" : true"))
    }

    @Test("Tab completes a street name entered before, and lists several under the prompt")
    func tabStreets() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Katwijk" + T.enter + "Zeeweg" + T.enter + T.enter)
        terminal.type("Zeeweg 1-99 oneven" + T.enter + "Zeestraat" + T.enter)
        #expect(terminal.waitFor("Toegevoegd: Zeestraat"))
        terminal.type("zee" + T.tab)
        #expect(terminal.waitFor("Zeeweg  Zeestraat"))
        terminal.type("w" + T.tab + "2-40 even" + T.enter)
        #expect(terminal.waitFor("Toegevoegd: Zeeweg: nummers 2 t/m 40, even kant"))
    }

    @Test("Ctrl-R finds an earlier answer")
    func reverseSearch() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Noordwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type(T.ctrlR + "ordwij")
        terminal.type(T.enter)
        terminal.type(T.enter)
        #expect(terminal.waitFor("Naam van de groep"))
        #expect(try terminal.answers().contains("\"neighbourhood\" : \"Noordwijk\""))
    }

    @Test("a non-ASCII street name typed with a cursor move in the middle is stored exactly")
    func unicodeEditing() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Katwijk" + T.enter + "Hôtel" + T.enter + T.enter)
        #expect(terminal.waitFor("Straat (Enter = klaar):"))
        terminal.type("Lange zerstraat" + String(repeating: T.left, count: 9) + "Ĳ" + T.enter)
        #expect(terminal.waitFor("Toegevoegd: Lange Ĳzerstraat"))
        let answers = try terminal.answers()
        #expect(answers.contains("\"name\" : \"Lange Ĳzerstraat\""))
        #expect(answers.contains("\"neighbourhood\" : \"Hôtel\""))
    }

    @Test("Ctrl-C clears the line; on an empty line it says how to stop")
    func ctrlC() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Leiden")
        terminal.type(T.ctrlC)
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        #expect(try terminal.answers().contains("\"municipality\" : \"Katwijk\""))
        terminal.type(T.ctrlC)
        #expect(terminal.waitFor("Typ stop, of druk op Ctrl-D"))
    }

    @Test("Ctrl-D on an empty line saves every answer and exits 0; inside a line it deletes a character")
    func ctrlD() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        // One key group at a time, as a person types.
        terminal.type("Katwijkx")
        terminal.type(T.left)
        terminal.type(T.ctrlD)
        terminal.type(T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type("Zeeweg" + T.enter)
        #expect(terminal.waitFor("Naam van de groep"))
        terminal.type(T.ctrlD)
        #expect(terminal.exitStatus() == 0)
        #expect(terminal.screen.contains("Later verder?"))
        let answers = try terminal.answers()
        #expect(answers.contains("\"municipality\" : \"Katwijk\""))
        #expect(answers.contains("\"neighbourhood\" : \"Zeeweg\""))
    }

    @Test("after SIGTERM the terminal settings are as before the start, the answers saved, status 143")
    func sigterm() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type("Zee")
        kill(terminal.pid, SIGTERM)
        #expect(terminal.exitStatus() == 143)
        var after = termios()
        #expect(buurt_pty_settings(terminal.master, &after) == 0)
        let before = terminal.initialSettings
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        #expect(withUnsafeBytes(of: after.c_cc) { Array($0) } == withUnsafeBytes(of: before.c_cc) { Array($0) })
        #expect(try terminal.answers().contains("\"municipality\" : \"Katwijk\""))
    }

    @Test("history from one session is recalled in the next, kept private")
    func historyBetweenSessions() throws {
        let (folder, state) = try scratch()
        do {
            let first = try Terminal(folder: folder, state: state)
            #expect(first.waitFor("Gemeente:"))
            first.type("Oegstgeest" + T.enter)
            #expect(first.waitFor("Buurt:"))
            first.type(T.ctrlD)
            #expect(first.exitStatus() == 0)
        }
        let history = state.appendingPathComponent("buurtstart/history")
        let mode = try FileManager.default.attributesOfItem(atPath: history.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let (otherFolder, _) = try scratch()
        let second = try Terminal(folder: otherFolder, state: state)
        #expect(second.waitFor("Gemeente:"))
        second.type(T.up + T.enter)
        #expect(second.waitFor("Buurt:"))
        #expect(try second.answers().contains("\"municipality\" : \"Oegstgeest\""))
    }

    @Test("a corrupt history file gives one warning and the session goes on")
    func corruptHistory() throws {
        let (folder, state) = try scratch()
        let history = state.appendingPathComponent("buurtstart/history")
        try FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0x00, 0x13, 0x37]).write(to: history)
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        #expect(terminal.screen.components(separatedBy: "niet lezen").count == 2)
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
    }

    @Test("with NO_COLOR the output holds no colour codes; without it, warnings are coloured")
    func noColour() throws {
        func run(_ environment: [String: String]) throws -> String {
            let (folder, state) = try scratch()
            let terminal = try Terminal(folder: folder, state: state, environment: environment)
            #expect(terminal.waitFor("Gemeente:"))
            terminal.type("Katwijk" + T.enter + "Zeeweg" + T.enter + "Buurtpreventie Zeeweg en Boulevard" + T.enter)
            #expect(terminal.waitFor("Straat (Enter = klaar):"))
            return terminal.screen
        }
        let plain = try run(["NO_COLOR": "1"])
        #expect(plain.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) == nil)
        let coloured = try run([:])
        #expect(coloured.contains("\u{1B}[33mLet op: deze naam"))
    }
}
