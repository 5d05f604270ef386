import Testing
@testable import BuurtstartCore

@Suite("Texts for WhatsApp")
struct WhatsAppTests {
    @Test("the description fits WhatsApp's limit in visible characters, even for a long name and many streets")
    func descriptionFits() throws {
        var (answers, _) = try finishedAnswers()
        answers.group.name = String(repeating: "👨‍👩‍👧 Buurt ", count: 12).collapsedSpaces
        var area = Area()
        for index in 0..<300 { try area.add(try StreetEntry(parsing: "Voorbeeldstraat-\(index)")) }
        answers.area = area
        let description = WhatsAppRenderer.description(answers, language: .dutch)
        #expect(description.count <= WhatsAppRenderer.descriptionLimit)
        #expect(description.contains("voor 300 straten"))
    }

    @Test("the file has the three parts, WhatsApp's markup only, and no admin's number, also when the charter prints them")
    func parts() throws {
        let (answers, documents) = try finishedAnswers()
        let text = documents.whatsApp
        for part in ["Groepsbeschrijving", "Welkomstbericht", "Uitnodiging"] { #expect(text.contains(part)) }
        #expect(text.contains("*\(answers.group.name)*"))
        #expect(text.contains("_Signaleer_"))
        #expect(!text.contains("#") && !text.contains("```") && !text.contains("**"))
        #expect(!text.contains("12345678"))
        let (_, withPhones) = try finishedAnswers { driver in driver.type("wijzig 4", "", "1", "ja", "", "", "") }
        #expect(withPhones.charter.contains("06-12345678"))
        #expect(!withPhones.whatsApp.contains("12345678") && withPhones.whatsApp.contains("Aanmelden: [vul hier in"))
    }
}
