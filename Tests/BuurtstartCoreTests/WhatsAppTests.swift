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

/// Issue 24, item 18: the description is shortened by whole parts, never through a name or
/// the 112 line.
@Suite("WhatsApp description shortened by whole parts")
struct WhatsAppDescriptionTests {
    /// The standard answers with `count` admins whose first names are `length` letters long.
    func answers(admins count: Int, length: Int) throws -> Answers {
        var (answers, _) = try finishedAnswers()
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        answers.admins.people = (0..<count).map { index in
            Admin(firstName: "A" + String(repeating: letters[index % 26], count: length - 2) + String(letters[index / 26]), phone: nil)
        }
        answers.admins.contact = 0
        answers.group.name = String(repeating: "Buurtpreventie ", count: 6).collapsedSpaces
        return answers
    }

    @Test("many long admins' names: every name shown is whole, the rest counted, the 112 lines kept",
          arguments: [(4, 40), (8, 40), (12, 30), (30, 12)])
    func manyAdmins(_ count: Int, _ length: Int) throws {
        let answers = try answers(admins: count, length: length)
        #expect(answers.firstInconsistency() == nil)
        for language in Language.allCases {
            let description = WhatsAppRenderer.description(answers, language: language)
            #expect(description.count <= WhatsAppRenderer.descriptionLimit)
            #expect(description.contains(language.text(AgreementText.descriptionLine(.call112First))))
            #expect(description.contains(language.text(AgreementText.descriptionLine(.citizensInitiative))))
            // The last line names admins whole, or none; no line ends cut.
            let closing = try #require(description.split(separator: "\n").last)
            #expect(closing.hasSuffix("."))
            let names = Set(answers.admins.people.map(\.firstName))
            let items = closing.split(separator: ": ").dropFirst().first.map {
                $0.dropLast().replacing(language == .dutch ? " en " : " and ", with: ", ").components(separatedBy: ", ")
            } ?? []
            let shown = items.filter(names.contains)
            #expect(items.count - shown.count <= 1, "a name cut: \(closing)")
            if shown.count < count, !shown.isEmpty {
                #expect(closing.contains(language == .dutch ? "\(count - shown.count) andere" : "\(count - shown.count) other"))
            }
        }
    }

    @Test("lines are left out from the last, the 112 lines last of all")
    func order() throws {
        let answers = try answers(admins: 12, length: 40)
        let description = WhatsAppRenderer.description(answers, language: .dutch)
        let full = answers.agreements.selected.filter(\.agreement.descriptionLine)
        let kept = full.filter { description.contains(Language.dutch.text(AgreementText.descriptionLine($0))) }
        #expect(kept.contains(.call112First) && kept.contains(.citizensInitiative))
        let dropped = full.filter { !kept.contains($0) }
        // What stayed of the others is a beginning of the list.
        let others = full.filter { !WhatsAppRenderer.alwaysDescribed.contains($0) }
        #expect(Array(others.prefix(others.count - dropped.count)) == others.filter(kept.contains))
    }
}
