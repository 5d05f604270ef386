import Foundation
import Testing

/// `export --format pdf` with a browser that never finishes: stopped after its time, said, and
/// no private page left in the state folder, also none of an export that was killed before.
@Suite("Printing through a browser that hangs")
struct PrintTests {
    @Test("a hanging Chromium is stopped after its time with all its processes, export says so, and the work folders of killed runs are removed")
    func hangingBrowser() throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        // A "chromium" that starts a child and waits forever.
        let bin = try temporaryFolder(), state = try temporaryFolder()
        let browser = bin.appendingPathComponent("chromium")
        try "#!/bin/sh\nsleep 987 &\nwait\n".write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        // The work folder of an export killed earlier: a pid that no longer runs.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let left = state.appendingPathComponent("buurtstart/print-\(ended.processIdentifier)")
        try FileManager.default.createDirectory(at: left, withIntermediateDirectories: true)
        try "06-21436587".write(to: left.appendingPathComponent("charter.html"), atomically: true, encoding: .utf8)

        let start = Date()
        let run = try Binary.run(["export", "--dir", folder.path, "--format", "pdf"], environment: [
            "PATH": bin.path + ":/usr/bin:/bin", "BUURTSTART_PRINT_TIMEOUT": "1", "XDG_STATE_HOME": state.path,
        ])
        #expect(Date().timeIntervalSince(start) < 20, "export waited for the browser")
        #expect(run.status == 70)
        #expect(run.errors.contains("Chromium was na 1 seconde nog niet klaar met charter.html. Ik heb het gestopt, en er is niets vervangen."), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("charter.pdf").path))
        let kept = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("buurtstart").path)
        #expect(!kept.contains { $0.hasPrefix("print-") }, "work folders left: \(kept)")
        // The browser's own child was stopped with it.
        let children = Process()
        children.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        children.arguments = ["-f", "sleep 987"]
        children.standardOutput = FileHandle.nullDevice
        try children.run()
        children.waitUntilExit()
        #expect(children.terminationStatus == 1, "the browser's child still runs")
    }

    @Test("Ctrl-C, Ctrl-\\ or SIGTERM while Chromium prints: the browser and its children are stopped, its work folder is removed, nothing is written, and export ends with 128 + the signal, without a crash report",
          arguments: [SIGINT, SIGQUIT, SIGTERM])
    func stopped(by signal: Int32) throws {
        let folder = try temporaryFolder()
        _ = try Binary.run(["--dir", folder.path, "--date", "2026-11-26"], input: sessionInput)
        // A "chromium" that starts a child, says the child's number, and waits forever.
        let bin = try temporaryFolder(), state = try temporaryFolder()
        let child = bin.appendingPathComponent("child")
        let browser = bin.appendingPathComponent("chromium")
        try "#!/bin/sh\nsleep 9\(signal)9 &\necho $! > '\(child.path).new'\nmv '\(child.path).new' '\(child.path)'\nwait\n"
            .write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)

        // Foundation's Process starts the program with the test runner's blocked signals: one
        // that does not read them waits for the browser until its time is up (30 s), and fails.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["export", "--dir", folder.path, "--format", "pdf"]
        process.environment = Binary.environment(["PATH": bin.path + ":/usr/bin:/bin", "BUURTSTART_PRINT_TIMEOUT": "30", "XDG_STATE_HOME": state.path])
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The browser runs once its child's number is there.
        var tries = 0
        while !FileManager.default.fileExists(atPath: child.path), process.isRunning, tries < 3_000 {
            usleep(10_000)
            tries += 1
        }
        let pid = try #require(Int32(read(bin, "child").trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(process.processIdentifier, signal)
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // SIGKILL ends a process at once, but another process may see it end a moment later.
        var running = Self.isRunning(pid)
        for _ in 0..<500 where running {
            usleep(10_000)
            running = Self.isRunning(pid)
        }
        if running { kill(pid, SIGKILL) }

        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal,
                "ended by \(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)")
        #expect(String(decoding: said, as: UTF8.self) == "", "no crash report, no message")
        #expect(!running, "the browser's child still runs")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("charter.pdf").path))
        let kept = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("buurtstart").path)
        #expect(!kept.contains { $0.hasPrefix("print-") }, "work folders left: \(kept)")
    }

    /// Whether a process runs: it exists and is not a zombie waiting for a parent to reap it.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let state = stat.split(separator: ")").last?.split(separator: " ").first else { return false }
        return state != "Z" && state != "X"
    }
}
