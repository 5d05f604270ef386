import Foundation
import Testing

/// docs/man/buurtstart.1 is generated (scripts/man); this catches a page left behind when a
/// command, option or help text changes.
@Suite("The man page")
struct ManPageTests {
    @Test("names every command and option, with the help texts the program has now")
    func current() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/man/buurtstart.1"), encoding: .utf8)
        let dump = try Binary.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let abstract = command["abstract"] as? String, !page.contains(abstract) { missing.append(abstract) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                if let abstract = argument["abstract"] as? String, !page.contains(abstract) { missing.append(abstract) }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["commandName"] as? String != "help" {
                if let name = sub["commandName"] as? String, !page.contains(".It Em \(name)") { missing.append(name) }
                visit(sub)
            }
        }
        visit(try #require(tool["command"] as? [String: Any]))
        #expect(missing.isEmpty, "docs/man/buurtstart.1 is out of date (run scripts/man): \(missing)")
    }
}
