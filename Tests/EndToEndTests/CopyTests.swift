import Foundation
import Testing

@Suite("opslaan: a copy of the answers", .serialized)
struct CopyTests {
    @Test("a copy never replaces an existing file (another group's answers stay); the reply names the file in full")
    func neverReplaces() throws {
        let folder = try temporaryFolder()
        let other = folder.appendingPathComponent("buurtstart-ander.json")
        try Data("{\"anders\":1}".utf8).write(to: other)
        let run = try Binary.run(["--dir", folder.appendingPathComponent("g").path, "--date", "2026-11-26"],
                                 input: "Leiden\nopslaan\n\(other.path)\nopslaan\nkopie.json\n", in: folder)
        #expect(run.status == 75, "\(run.errors)")
        #expect(try String(contentsOf: other, encoding: .utf8) == "{\"anders\":1}")
        #expect(run.output.contains("er staat al een bestand met die naam"))
        let copy = folder.appendingPathComponent("kopie.json").path
        #expect(run.output.contains("Je antwoorden staan nu ook in \(copy)."))
        #expect(try mode(folder, "kopie.json") == 0o600)
    }
}
