import Foundation
import Testing

/// A session started without --dir, at a terminal, in a folder that holds other things and no
/// group: it says where it would write and asks first.
@Suite("Asked before writing into a folder that is not empty", .serialized)
struct FolderQuestionTests {
    typealias T = Terminal

    /// A scratch folder holding a file of the resident's own.
    func folderWithAFile() throws -> (folder: URL, state: URL) {
        let (folder, state) = try scratch()
        try Data("boodschappen".utf8).write(to: folder.appendingPathComponent("lijstje.txt"))
        return (folder, state)
    }

    @Test("nee writes nothing, and shows a command for a folder of the group's own on a line of its own")
    func declined() throws {
        let (folder, state) = try folderWithAFile()
        let terminal = try Terminal(folder: folder, state: state)
        #expect(terminal.waitFor("Wil je de groep in deze map maken? (ja/nee):"))
        #expect(terminal.screen.contains("Je start buurtstart in de map \(folder.path)"))
        #expect(terminal.screen.contains("staat al 1 bestand of map"))
        terminal.type("misschien" + T.enter)
        #expect(terminal.waitFor("Typ ja of nee."))
        terminal.type("nee" + T.enter)
        #expect(terminal.exitStatus() == 0)
        #expect(terminal.screen.contains("Ik heb niets geschreven."))
        #expect(terminal.screen.contains("\nbuurtstart --dir buurtpreventie\r\n") || terminal.screen.contains("\nbuurtstart --dir buurtpreventie\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["lijstje.txt"], "\(names)")
    }

    @Test("ja starts the session there; an empty folder or a group's folder is not asked about")
    func accepted() throws {
        let (folder, state) = try folderWithAFile()
        let terminal = try Terminal(folder: folder, state: state, environment: ["LANG": "en_GB.UTF-8"])
        #expect(terminal.waitFor("Make the group in this folder? (yes/no):"))
        terminal.type("yes" + T.enter)
        #expect(terminal.waitFor("Municipality:"))
        terminal.type("Katwijk" + T.enter)
        #expect(terminal.waitFor("Neighbourhood:"))
        #expect(try terminal.answers().contains("Katwijk"))
        terminal.type("stop" + T.enter)
        #expect(terminal.exitStatus() == 0)

        // Now it is a group's folder: continued without a question.
        let again = try Terminal(folder: folder, state: state, environment: ["LANG": "en_GB.UTF-8"])
        #expect(again.waitFor("Do you want to continue where you were?"))
        #expect(!again.screen.contains("Make the group in this folder?"))

        let (empty, otherState) = try scratch()
        let fresh = try Terminal(folder: empty, state: otherState)
        #expect(fresh.waitFor("Gemeente:"))
        #expect(!fresh.screen.contains("Wil je de groep in deze map maken?"))
    }
}
