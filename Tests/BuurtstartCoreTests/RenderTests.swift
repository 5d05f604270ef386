import Testing
@testable import BuurtstartCore

/// The answers of the standard session, finished.
func finishedAnswers(_ edit: (inout Driver) -> Void = { _ in }) throws -> (Answers, Documents) {
    var driver = Driver()
    driver.type(fullSession)
    edit(&driver)
    driver.type("klaar")
    return (try #require(driver.saved), try #require(driver.documents))
}

@Suite("Wrapping")
struct WrapTests {
    @Test("wraps at 72 columns without breaking words that fit; a longer word gets lines of its own")
    func wraps() {
        let text = String(repeating: "woord ", count: 40) + String(repeating: "x", count: 80)
        let lines = TextLayout.wrap(text, first: "1. ", rest: "   ")
        #expect(lines.dropLast().allSatisfy { $0.count <= 72 })
        #expect(lines.suffix(2) == ["   " + String(repeating: "x", count: 69), "   " + String(repeating: "x", count: 11)])
        #expect(lines.joined(separator: " ").split(separator: " ").filter { $0 == "woord" }.count == 40)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   ") })
    }

    @Test("lays out paragraphs: an empty one is an empty line, one of spaces keeps its indent only")
    func paragraphs() {
        var page = Page()
        page.heading("Regels", underline: "=")
        page.paragraphs("a\n\n   \nb  c", first: "- ", rest: "  ")
        page.wrap("", first: "1. ")
        #expect(page.text == "Regels\n======\n- a\n\n-\n- b  c\n1.\n")
    }

    @Test("counts characters, not bytes")
    func graphemes() {
        let lines = TextLayout.wrap(String(repeating: "ĳĳĳĳĳĳĳĳĳ ", count: 8))
        #expect(lines.first?.count == 69)
    }

    @Test("keeps spaces inside a line, for columns")
    func columns() {
        #expect(TextLayout.wrap("112            Spoed") == ["112            Spoed"])
    }
}

@Suite("The charter and the checklist")
struct DocumentTests {
    @Test("every line of both documents fits 72 columns")
    func width() throws {
        let (_, documents) = try finishedAnswers { driver in
            driver.type("wijzig 5", "alles", "", "", "", "", String(repeating: "Heel lange eigen afspraak ", count: 10), "")
        }
        for line in (documents.charter + documents.checklist).split(separator: "\n") {
            #expect(line.count <= 72, "\(line)")
        }
    }

    @Test("the charter holds the title, date, area table, rules, admins, personal data, articles, SAAR, numbers and how it changes")
    func charterContents() throws {
        let (_, documents) = try finishedAnswers()
        let charter = documents.charter
        for expected in [
            "Buurtpreventie Zeeweg-Noord\n===========================",
            "Gemeente Katwijk, buurt Zeeweg-Noord",
            "Datum: 26 november 2026, versie 1",
            "Straat     Huisnummers  Kant",
            "Zeeweg     1 t/m 99     oneven",
            "Boulevard  2 t/m 40     even",
            "Postcodes: 2221 AB.",
            "Grens van het gebied: tussen de Zeeweg en de Noordzee",
            "- Je bent 18 jaar of ouder.",
            "De beheerders van de groep zijn Anna en Piet. Piet is de",
            "1. Werk volgens SAAR",
            "S - Signaleer", "A - Alarmeer", "A - App", "R - Reageer",
            "4. Je gegevens",
            "112        Gebeurt er nu iets verdachts",
            "0900-8844", "0800-7000",
            "Wijkagent  Jansen, via 0900-8844",
            "7. De spelregels veranderen",
        ] {
            #expect(charter.contains(expected), "missing: \(expected)")
        }
    }

    @Test("admins' phone numbers appear in neither document")
    func noPhoneNumbers() throws {
        let (answers, documents) = try finishedAnswers()
        #expect(answers.admins.people[0].phone == "06-12345678")
        #expect(!documents.charter.contains("12345678"))
        #expect(!documents.checklist.contains("12345678"))
    }

    @Test("admins' phone numbers appear in the charter only when chosen, and never in the checklist")
    func phonesWhenChosen() throws {
        let (_, documents) = try finishedAnswers { driver in driver.type("wijzig 4", "", "", "ja", "", "", "") }
        #expect(documents.charter.contains("Anna: 06-12345678"))
        #expect(!documents.checklist.contains("12345678"))
    }

    @Test("chosen agreements keep their list number in the charter; custom ones are numbered apart, E1")
    func articles() throws {
        let (_, documents) = try finishedAnswers { driver in
            driver.type("wijzig 5", "geen", "1 14", "", "Na 23.00 uur alleen bij spoed", "klaar")
        }
        #expect(documents.charter.contains("1. Werk volgens SAAR"))
        #expect(documents.charter.contains("14. Wees respectvol"))
        #expect(documents.charter.contains("E1. Na 23.00 uur alleen bij spoed"))
        #expect(documents.charter.contains("Ontbreekt er een nummer?"))
        #expect(!documents.charter.contains("Eerst 112 bellen"))
    }

    @Test("settings change the article: group size, photos, skin colour")
    func parameters() throws {
        let (_, documents) = try finishedAnswers { driver in
            driver.type("wijzig 5", "", "4", "3", "ja", "")
        }
        #expect(documents.charter.contains("doe het met 4 leden"))
        #expect(flat(documents.charter).contains("Geef hem aan de politie als die erom vraagt"))
        #expect(documents.charter.contains("Huidskleur mag je noemen"))
        #expect(documents.checklist.contains("met 4 leden"))
    }

    @Test("the checklist has a box for each fixed item and for agreements that ask something")
    func checklist() throws {
        let (_, documents) = try finishedAnswers()
        let checklist = documents.checklist
        for expected in [
            "[ ] Ik woon in het gebied", "[ ] Ik ben 18 jaar of ouder.", "[ ] Ik heb de spelregels gelezen",
            "[ ] Ik vind het goed dat iedereen in de groep mijn telefoonnummer ziet.",
            "[ ] Ik vind het goed dat de beheerders mijn naam, adres en",
            "[ ] Ik ken de vier stappen van SAAR", "[ ] Ik weet wie de beheerders zijn: Anna en Piet.",
            "[ ] Verhuis ik uit het gebied? Dan ga ik uit de groep.", "Dan bel ik eerst 112",
            "[ ] Ik stuur niets uit de groep door naar anderen",
            "Tips (geen voorwaarde om mee te doen):\n--------", "\n- Zet 112 en 0900-8844 in je telefoon.\n- Installeer de Burgernet-app.",
            "Adres: ____",
        ] {
            #expect(checklist.contains(expected), "missing: \(expected)")
        }
    }

    @Test("an age under 16 brings the consent line to both documents")
    func consent() throws {
        let (_, documents) = try finishedAnswers { driver in driver.type("wijzig 3", "15", "", "", "") }
        #expect(documents.charter.contains("toestemming nodig van je ouder"))
        #expect(documents.checklist.contains("Ben je jonger dan 16? Dan vult je ouder of verzorger dit in:"))
        #expect(documents.checklist.contains("Naam ouder of verzorger:"))
        #expect(!documents.checklist.contains("[ ] Ben ik jonger dan 16"))
    }
}

@Suite("The answers file")
struct AnswersFileTests {
    @Test("what is saved loads back the same")
    func roundTrip() throws {
        let (answers, _) = try finishedAnswers()
        #expect(try AnswersFile.decode(AnswersFile.encode(answers)) == answers)
    }

    func decodeError(_ json: String) -> DataFileError? {
        do { _ = try AnswersFile.decode(Array(json.utf8)); return nil } catch { return error }
    }

    func edited(_ change: (inout String) -> Void) throws -> String {
        let (answers, _) = try finishedAnswers()
        var json = String(decoding: AnswersFile.encode(answers), as: UTF8.self)
        change(&json)
        return json
    }

    @Test("empty, not JSON, truncated, or of another version")
    func wholeFile() throws {
        #expect(decodeError("") == DataFileError(.empty))
        #expect(decodeError("hallo") == DataFileError(.notJSON))
        let full = try edited { _ in }
        #expect(decodeError(String(full.prefix(full.count / 2)))?.kind == .notJSON)
        #expect(decodeError("{\"version\": 2}") == DataFileError(.unknownVersion(2), field: "version"))
        #expect(decodeError("{}") == DataFileError(.missing, field: "version"))
    }

    @Test("a wrong type, a missing field and an unknown agreement name the field")
    func fields() throws {
        let wrongType = try edited { $0 = $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : \"18\"") }
        #expect(decodeError(wrongType) == DataFileError(.wrongType, field: "membership.minimumAge"))
        let missing = try edited { $0 = $0.replacing("\"minimumAge\" : 18,", with: "") }
        #expect(decodeError(missing) == DataFileError(.missing, field: "membership.minimumAge"))
        let unknown = try edited { $0 = $0.replacing("\"saar\"", with: "\"sauna\"") }
        #expect(decodeError(unknown) == DataFileError(.badValue, field: "agreements.selected[0]"))
    }

    @Test("answers a session would refuse are refused on load")
    func inconsistent() throws {
        let young = try edited { $0 = $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : 9") }
        #expect(decodeError(young) == DataFileError(.inconsistent(.ageBelowWhatsAppMinimum(9)), field: "membership.minimumAge"))
        let parity = try edited { $0 = $0.replacing("\"side\" : \"odd\"", with: "\"side\" : \"even\"") }
        #expect(decodeError(parity)?.field == "area.streets[0]")
        let overlap = try edited { $0 = $0.replacing("\"name\" : \"Boulevard\"", with: "\"name\" : \"Zeeweg\"").replacing("\"side\" : \"even\"", with: "\"side\" : null") }
        #expect(decodeError(overlap)?.field == "area")
    }
}
