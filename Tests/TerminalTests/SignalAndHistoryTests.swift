import CPseudoTerminal
import Foundation
import Testing

/// Keys and signals a person sends at a prompt that are not answers: Ctrl-\, Ctrl-Z and `fg`,
/// a window resized; and what the history keeps of the answers.
@Suite("Signals and history on a real terminal", .serialized)
struct SignalAndHistoryTests {
    typealias T = Terminal

    /// What the program wrote since `mark` (a length of `screen`), without its colours (the
    /// bold prompt ends before the space after its colon).
    func since(_ mark: Int, in terminal: Terminal) -> String {
        String(terminal.screen.dropFirst(mark)).replacing(/\x1B\[[0-9;]*m/, with: "")
    }

    @Test("Ctrl-\\ at a prompt does nothing: no crash report, the line stays, the session goes on")
    func ctrlBackslash() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Kat")
        terminal.type("\u{1C}")
        terminal.drain(for: 0.5)
        #expect(!terminal.screen.contains("crashed"))
        #expect(!terminal.screen.contains("Backtrace"))
        terminal.type("wijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        #expect(try terminal.answers().contains("\"municipality\" : \"Katwijk\""))
        terminal.type(T.ctrlD)
        #expect(terminal.exitStatus() == 0)
    }

    @Test("a window resize draws the prompt and the line again from the start of the line")
    func resize() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Zwol")
        let mark = terminal.screen.count
        var size = winsize(ws_row: 20, ws_col: 50, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(terminal.master, UInt(TIOCSWINSZ), &size)
        terminal.drain(for: 0.5)
        let redrawn = since(mark, in: terminal)
        // Back to the start of the line and cleared below, then the prompt once, with the line.
        #expect(redrawn.hasPrefix("\r\u{1B}[J"), "\(redrawn.debugDescription)")
        #expect(redrawn.components(separatedBy: "Gemeente:").count == 2, "\(redrawn.debugDescription)")
        #expect(redrawn.contains("Zwol"))
        terminal.type("le" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        #expect(try terminal.answers().contains("\"municipality\" : \"Zwolle\""))
    }

    @Test("Ctrl-Z and SIGSTOP/SIGCONT: after continuing, the prompt and the line are drawn again and typing goes on")
    func stopAndContinue() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Zwo")
        var mark = terminal.screen.count
        // Started outside a shell's job control, a stop from the terminal is dropped by the
        // system; the program still restores the terminal, and draws the line again.
        terminal.type("\u{1A}")
        terminal.drain(for: 0.3)
        #expect(since(mark, in: terminal).contains("Gemeente: Zwo"))
        mark = terminal.screen.count
        kill(terminal.pid, SIGSTOP)
        terminal.drain(for: 0.2)
        kill(terminal.pid, SIGCONT)
        terminal.drain(for: 0.3)
        #expect(since(mark, in: terminal).contains("Gemeente: Zwo"))
        terminal.type("lle" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        #expect(try terminal.answers().contains("\"municipality\" : \"Zwolle\""))
    }

    @Test("a FIFO as the history file: said, and the first question asked without waiting on it")
    func historyFifo() throws {
        let (folder, state) = try scratch()
        let ours = state.appendingPathComponent("buurtstart")
        try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
        #expect(mkfifo(ours.appendingPathComponent("history").path, 0o600) == 0)
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:", seconds: 10))
        #expect(terminal.screen.contains("kan de eerdere antwoorden in \(ours.path)/history niet lezen"))
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type(T.ctrlD)
        #expect(terminal.exitStatus(seconds: 10) == 0, "the history is not written to the FIFO at the end either")
    }

    @Test("names, phone numbers and refused lines never reach the history file; other answers do")
    func historyKeepsNoPersonalData() throws {
        let (folder, state) = try scratch()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        for answer in ["Katwijk", "Zeeweg", "", "Boulevard", "", "", "", "achttien", "21", "", "", ""] {
            terminal.type(answer + T.enter)
        }
        #expect(terminal.waitFor("Voornaam (Enter = klaar):"))
        terminal.type("Annabel" + T.enter)
        #expect(terminal.waitFor("Telefoonnummer:"))
        terminal.type("06-87654321" + T.enter)
        #expect(terminal.waitFor("Toegevoegd: Annabel, 06-87654321"))
        // Up at the next name does not bring back the phone number or the name.
        terminal.type(T.up + T.up + T.enter)
        terminal.type(T.ctrlD)
        #expect(terminal.exitStatus() == 0)
        let history = try String(contentsOf: state.appendingPathComponent("buurtstart/history"), encoding: .utf8)
        #expect(history.contains("Katwijk"))
        #expect(history.contains("Boulevard"))
        #expect(history.contains("21"))
        #expect(!history.contains("Annabel"))
        #expect(!history.contains("87654321"))
        #expect(!history.contains("achttien"))
        #expect(try !terminal.answers().contains("\"firstName\" : \"21\""))
    }

    @Test("a link put where the history goes is replaced by the history, never written through")
    func historyLinkNotFollowed() throws {
        let (folder, state) = try scratch()
        let elsewhere = folder.deletingLastPathComponent().appendingPathComponent("elsewhere.txt")
        try "keep me\n".write(to: elsewhere, atomically: true, encoding: .utf8)
        let history = state.appendingPathComponent("buurtstart/history")
        try FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: history, withDestinationURL: elsewhere)
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Gemeente:"))
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Buurt:"))
        terminal.type(T.ctrlD)
        #expect(terminal.exitStatus() == 0)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "keep me\n")
        let kind = try FileManager.default.attributesOfItem(atPath: history.path)[.type] as? FileAttributeType
        #expect(kind == .typeRegular)
        #expect(try String(contentsOf: history, encoding: .utf8).contains("Katwijk"))
        let left = try FileManager.default.contentsOfDirectory(atPath: history.deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    }
}
