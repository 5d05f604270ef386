import Testing
@testable import BuurtstartCore

@Suite("Presets")
struct PresetTests {
    @Test("katwijk and landelijk are shipped, and every shipped preset loads")
    func shipped() {
        #expect(Preset.shipped.map(\.name) == ["katwijk", "landelijk"])
    }

    @Test("katwijk follows the municipality's page: its agreements plus behaviour first, skin colour in a description, the age left open")
    func katwijk() throws {
        let katwijk = try #require(Preset.shipped.first { $0.name == "katwijk" })
        #expect(katwijk.minimumAge == nil)
        let answers = katwijk.startingAnswers()
        #expect(answers.group.municipality == "Katwijk")
        #expect(answers.agreements.has(.whatIsSuspicious) && answers.agreements.has(.approachSafely))
        #expect(!answers.agreements.has(.saar))
        #expect(answers.agreements.skinColourInDescription)
        #expect(answers.agreements.has(.behaviourNotAppearance), "the seed's choices, and behaviour first")
        #expect(answers.agreements.selected.filter { $0 != .behaviourNotAppearance } == AgreementID.fromSeed)
        #expect(answers.basedOn?.hasPrefix("het advies van gemeente Katwijk") == true)
    }

    @Test("a session with a preset starts from it, and the charter says whose advice it was")
    func session() throws {
        var context = SessionContext(date: CalendarDate(year: 2026, month: 11, day: 26)!)
        context.preset = Preset.shipped.first { $0.name == "katwijk" }
        var runner = Runner(context: context, saved: nil, store: MemoryStore())
        #expect(runner.start().contains { $0.text.contains("Je begint met: het advies van gemeente Katwijk") })
        #expect(runner.prompt == "Gemeente [Katwijk]: ")
        let session = runner.session
        var answers = session.answers
        answers.group.name = "Buurtpreventie Zeeweg"
        answers.charter.version = 1
        let charter = TextRenderer.render(PrintedDocument(.charter, answers, date: context.date, language: .dutch))
        #expect(charter.contains("Gebaseerd op: het advies van gemeente Katwijk"))
    }

    @Test("a shipped preset in an English session says whose advice it was in English", arguments: Preset.shipped)
    func english(_ preset: Preset) throws {
        var context = SessionContext(language: .english, date: CalendarDate(year: 2026, month: 11, day: 26)!)
        context.preset = preset
        var runner = Runner(context: context, saved: nil, store: MemoryStore())
        let english = try #require(preset.basedOnEnglish)
        #expect(runner.start().contains { $0.text.contains(english) })
        var answers = runner.session.answers
        answers.group.name = "Buurtpreventie Zeeweg"
        answers.charter.version = 1
        let charter = TextRenderer.render(PrintedDocument(.charter, answers, date: context.date, language: .english))
        #expect(charter.contains("Based on: " + english.prefix(30)))
        #expect(!charter.contains(preset.basedOn.prefix(20)), "no Dutch description in the English charter")
    }

    @Test("a bad preset file names the field", arguments: [
        (#"{"format": 1, "name": "x", "basedOn": "y", "minimumAge": 9}"#, "minimumAge"),
        (#"{"format": 1, "name": "x", "basedOn": "y", "agreements": ["saar", "sauna"]}"#, "agreements[1]"),
        (#"{"format": 2, "name": "x", "basedOn": "y"}"#, "format"),
        (#"{"format": 1, "name": "x"}"#, "basedOn"),
        (#"{"format": 1, "name": "x", "basedOn": "y", "approachGroupSize": 1}"#, "approachGroupSize"),
        // The checks buurtstart.json passes: hidden characters, duplicates, whole numbers.
        (#"{"format": 1, "name": "x", "basedOn": "gemeente\u001b[2J"}"#, "basedOn"),
        (#"{"format": 1, "name": "x", "basedOn": "y", "agreements": ["saar", "saar"]}"#, "agreements[1]"),
        (#"{"format": 1, "name": "x", "basedOn": "y", "minimumAge": 18.5}"#, "minimumAge"),
        (#"{"format": 1, "name": "x", "basedOn": "y", "municipality": "a\tb"}"#, "municipality"),
    ])
    func badFile(json: String, field: String) {
        do {
            _ = try Preset.decode(Array(json.utf8))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.field == field)
        }
    }
}
