#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import BuurtstartCore

@Suite("Export formats")
struct ExportFormatTests {
    let date = CalendarDate(year: 2026, month: 11, day: 26)!

    @Test("Markdown: headings, a table for the area, numbered articles, boxes, and typed text escaped")
    func markdown() throws {
        var (answers, _) = try finishedAnswers()
        answers.agreements.custom = ["Geen *grappen* | of # koppen"]
        let charter = MarkdownRenderer.charter(answers, date: date, language: .dutch)
        #expect(charter.hasPrefix("# Buurtpreventie Zeeweg-Noord\n"))
        #expect(charter.contains("## 1. Ons gebied"))
        #expect(charter.contains("| Zeeweg | 1 t/m 99 | oneven |"))
        #expect(charter.contains("1. **Werk volgens SAAR**"))
        #expect(charter.contains("Geen \\*grappen\\* \\| of \\# koppen"))
        #expect(charter.contains("- **112**: Gebeurt er nu iets verdachts"))
        #expect(charter.contains("## 4. Je gegevens"))
        #expect(charter.contains("- E1. Geen \\*grappen\\*"), "own agreements numbered apart")
        let checklist = MarkdownRenderer.checklist(answers, date: date, language: .dutch)
        #expect(checklist.contains("- [ ] Ik ben 18 jaar of ouder."))
    }

    @Test("JSON: the documented schema, first names only, phone numbers only when chosen")
    func json() throws {
        let (answers, _) = try finishedAnswers()
        let text = CharterJSON(answers, date: date, language: .dutch).encoded()
        let decoded = try JSONDecoder().decode(CharterJSON.self, from: Data(text.utf8))
        #expect(decoded.schema == "buurtstart-charter/1")
        #expect(decoded.streets.first == CharterJSON.Street(name: "Zeeweg", first: 1, last: 99, side: "odd"))
        #expect(decoded.admins.map(\.firstName) == ["Anna", "Piet"])
        #expect(decoded.admins.allSatisfy { $0.phone == nil })
        #expect(decoded.agreements.first?.id == "saar")
        #expect(decoded.checklist.contains("Ik ben 18 jaar of ouder."))
        #expect(!text.contains("12345678"))
    }

    @Test("each format names its files")
    func files() throws {
        let (answers, _) = try finishedAnswers()
        #expect(ExportFormat.text.files(answers, date: date, language: .dutch).map(\.name) == ["charter.txt", "checklist.txt", "whatsapp.txt"])
        #expect(ExportFormat.markdown.files(answers, date: date, language: .dutch).map(\.name) == ["charter.md", "checklist.md"])
        #expect(ExportFormat.json.files(answers, date: date, language: .dutch).map(\.name) == ["charter.json"])
    }
}
