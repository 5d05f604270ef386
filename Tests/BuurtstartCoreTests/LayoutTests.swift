import Testing
@testable import BuurtstartCore

/// Every document line within 72 columns as a terminal or a printer shows it: wide characters
/// take two columns, combining marks none.
@Suite("Layout in terminal columns")
struct LayoutTests {
    @Test("measures columns as a terminal shows them", arguments: [
        ("Zeeweg", 6), ("日本", 4), ("🏠", 2), ("👨‍👩‍👧", 2), ("e\u{301}", 1), ("é", 1), ("Ĳ", 1), ("❤️", 2),
        ("한국", 4), ("ｗｉｄｅ", 8), ("", 0), ("a\u{301}\u{302}b", 2),
    ])
    func columns(text: String, columns: Int) {
        #expect(TextLayout.columns(text) == columns)
    }

    @Test("wide characters are wrapped by their columns")
    func wideWords() {
        let lines = TextLayout.wrap(String(repeating: "日本語 ", count: 40), first: "- ", rest: "  ")
        #expect(lines.allSatisfy { TextLayout.columns($0) <= 72 })
        #expect(lines.count > 3)
    }

    @Test("a word longer than a line is broken, nothing lost")
    func longWord() {
        let word = String(repeating: "x", count: 100) + String(repeating: "語", count: 60)
        let lines = TextLayout.wrap("kort " + word + " eind", first: "12. ", rest: "    ")
        #expect(lines.allSatisfy { TextLayout.columns($0) <= 72 })
        #expect(lines.first == "12. kort")
        #expect(lines.joined().filter { $0 != " " } == "12.kort" + word + "eind")
    }

    @Test("a long title is wrapped and underlined within the width")
    func title() {
        var page = Page()
        page.heading(String(repeating: "Buurtpreventie ", count: 8) + "🏠🏠", underline: "=")
        let lines = page.text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TextLayout.columns($0) <= 72 })
        #expect(lines.last?.allSatisfy { $0 == "=" } == true)
        #expect(lines.dropLast().contains { $0.hasSuffix("🏠🏠") })
    }

    @Test("a table line wider than the page is wrapped, a narrow one kept as it is")
    func lines() {
        var page = Page()
        page.line("112            Spoed")
        page.line(String(repeating: "通", count: 50))
        let lines = page.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "112            Spoed")
        #expect(lines.allSatisfy { TextLayout.columns($0) <= 72 })
        #expect(lines.dropFirst().joined() == String(repeating: "通", count: 50))
    }

    @Test("every line of the charter and the checklist fits, with the longest answers a session takes")
    func documents() throws {
        let (_, documents) = try finishedAnswers { driver in
            driver.type("wijzig 1", "Katwijk", String(repeating: "東", count: 80), String(repeating: "日本語 ", count: 25), "",
                        "", "", "", "", "", "")
            driver.type("wijzig 2", String(repeating: "通", count: 80) + " 1-99 oneven", "", "",
                        String(repeating: "grensgebied", count: 18))
            driver.type("wijzig 5", "", "", "", "", String(repeating: "🏠", count: 300), "")
        }
        for (name, text) in [("charter", documents.charter), ("checklist", documents.checklist)] {
            for line in text.split(separator: "\n") {
                #expect(TextLayout.columns(String(line)) <= 72, "\(name): \(line)")
            }
        }
        #expect(documents.charter.contains(String(repeating: "🏠", count: 30)))
    }

    @Test("a numbered or bulleted line wraps on a terminal with its later lines under its text")
    func listIndents() {
        #expect(TextLayout.listIndents("  7. Open de bestanden") == ("  ", "     "))
        #expect(TextLayout.listIndents("  - charter.txt: de spelregels") == ("  ", "    "))
        #expect(TextLayout.listIndents("Klaar! Ik heb") == ("", ""))
        #expect(TextLayout.listIndents("  2026 is een jaar") == ("  ", "  "))
        let line = "  7. " + String(repeating: "woord ", count: 30)
        let (first, rest) = TextLayout.listIndents(line)
        let wrapped = TextLayout.wrap(String(line.dropFirst(first.count)), first: first, rest: rest, width: 40)
        #expect(wrapped.count > 1 && wrapped.dropFirst().allSatisfy { $0.hasPrefix("     woord") })
    }
}
