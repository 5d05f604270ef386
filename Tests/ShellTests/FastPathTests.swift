import ArgumentParser
import Testing
@testable import buurtstart

@Suite("The fast path reads arguments as ArgumentParser does")
struct FastPathTests {
    static let accepted: [[String]] = [
        [], ["start"], ["--dir", "buurt"], ["--dir=buurt"], ["start", "--dir", "/tmp/a b"], ["--lang", "nl"],
        ["--date", "2026-11-26"], ["--date=2026-02-28"], ["--force"], ["--no-color"], ["--record", "t.txt"],
        ["--dir", "x", "--force", "--record=r.txt", "--no-color", "--date", "2026-11-26", "--lang=nl"],
        ["--preset", "katwijk"], ["--preset=eigen.json", "--dir", "buurt"],
    ]

    static let leftToArgumentParser: [[String]] = [
        ["--help"], ["-h"], ["start", "--help"], ["--dir"], ["--dir", "--force"],
        ["--dir", "a", "--dir", "b"], ["--force", "--force"], ["--date", "2026-02-30"], ["--lang", "fr"],
        ["--version", "--force"], ["--unknown"], ["stray"], ["--dir="], ["--force=yes"],
    ]

    @Test("what the fast path accepts, ArgumentParser reads to the same session", arguments: accepted)
    func same(_ arguments: [String]) throws {
        guard case .session(let fast)? = FastPath.parse(arguments) else {
            Issue.record("the fast path should take \(arguments)")
            return
        }
        let parsed = try Buurtstart.parseAsRoot(arguments)
        let start = try #require(parsed as? Buurtstart.Start)
        #expect(start.guidedSession == fast)
    }

    @Test("what it is not sure of goes to ArgumentParser", arguments: leftToArgumentParser)
    func declines(_ arguments: [String]) {
        #expect(FastPath.parse(arguments) == nil)
    }

    static let replays: [[String]] = [
        ["replay", "a.txt"], ["replay", "a.txt", "b.txt"], ["replay", "--update", "a.txt"], ["replay", "--out", "d", "a.txt"],
        ["replay", "a.txt", "--out=d"], ["replay", "--lang", "en", "a.txt", "b.txt"],
    ]

    @Test("replay: what the fast path accepts, ArgumentParser reads the same", arguments: replays)
    func sameReplay(_ arguments: [String]) throws {
        guard case .replay(let fast)? = FastPath.parse(arguments) else {
            Issue.record("the fast path should take \(arguments)")
            return
        }
        let parsed = try #require(try Buurtstart.parseAsRoot(arguments) as? ReplayCommand)
        #expect(parsed.replayRun == fast)
    }

    @Test("replay: what it is not sure of goes to ArgumentParser", arguments: [
        ["replay"], ["replay", "--help"], ["replay", "--out", "d", "a.txt", "b.txt"], ["replay", "--update", "--update", "a"],
        ["replay", "--lang", "fr", "a"], ["replay", "-x", "a"],
    ])
    func declinesReplay(_ arguments: [String]) {
        #expect(FastPath.parse(arguments) == nil)
    }

    static let exports: [[String]] = [
        ["export"], ["export", "--force"], ["export", "--dir", "buurt"], ["export", "--dir=buurt", "--lang", "en"],
        ["export", "a", "b", "c"], ["export", "--force", "a", "--format", "markdown", "b"], ["export", "--format=json", "--dir", "x"],
        ["export", "--dir", "x", "a"], ["export", "a", "a"],
    ]

    @Test("export: what the fast path accepts, ArgumentParser reads the same", arguments: exports)
    func sameExport(_ arguments: [String]) throws {
        guard case .export(let fast)? = FastPath.parse(arguments) else {
            Issue.record("the fast path should take \(arguments)")
            return
        }
        let parsed = try #require(try Buurtstart.parseAsRoot(arguments) as? Buurtstart.Export)
        #expect(parsed.exportRun == fast)
    }

    @Test("export: what it is not sure of goes to ArgumentParser", arguments: [
        ["export", "--help"], ["export", "--format", "pdf"], ["export", "--format"], ["export", "--force", "--force"],
        ["export", "--lang", "fr"], ["export", "-f"], ["export", "--dir", "--force"], ["export", ""], ["export", "--force=yes"],
    ])
    func declinesExport(_ arguments: [String]) {
        #expect(FastPath.parse(arguments) == nil)
    }

    @Test("--version alone is answered directly")
    func version() {
        #expect(FastPath.parse(["--version"]) == .version)
    }
}
