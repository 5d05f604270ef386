import Testing
import Foundation
@testable import BuurtstartCore

/// The strict reader must never give answers that JSONDecoder would read differently (or not
/// at all), and must take every file this program writes.
@Suite("Strict JSON reader")
struct StrictJSONTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What JSONDecoder makes of the bytes, the reference.
    func reference(_ bytes: [UInt8]) -> Answers? {
        try? AnswersFile.referenceDecode(bytes)
    }

    /// Every answers file kept in the project: the transcripts' folders and the fuzz seeds.
    static func keptFiles() throws -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        let manager = FileManager.default
        for base in ["transcripts", "fuzz/corpus/answers"] {
            let folder = root.appendingPathComponent(base)
            guard let walker = manager.enumerator(atPath: folder.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".json") || base.hasPrefix("fuzz") {
                let url = folder.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                files.append((base + "/" + path, Array(try Data(contentsOf: url))))
            }
        }
        return files
    }

    @Test("reads every saved answers file of the transcripts, as JSONDecoder does")
    func keptAnswers() throws {
        let files = try Self.keptFiles()
        let saved = files.filter { $0.0.hasSuffix("buurtstart.json") }
        #expect(saved.count >= 10)
        for (name, bytes) in saved {
            let strict = AnswersFile.strictDecode(bytes)
            #expect(strict != nil, "the strict reader gave up on \(name)")
            #expect(strict == reference(bytes), "\(name) read differently")
        }
        for (name, bytes) in files {
            if let strict = AnswersFile.strictDecode(bytes) {
                #expect(strict == reference(bytes), "\(name) read differently")
            }
        }
    }

    @Test("reads back what the encoder writes: escapes, emoji, accents, ranges, missing optionals")
    func roundTrip() throws {
        var answers = try finishedAnswers().0
        answers.group.name = "Buurt \"Zee\" \\ / Ĳsselmonde 🚲 e\u{301}"
        answers.admins.people.append(Admin(firstName: "Zoë\u{7F}\u{0}", phone: nil))
        answers.area = Area(streets: [try StreetEntry(name: "Voorstraat", range: HouseNumberRange(first: 1, last: 99), side: .odd),
                                      try StreetEntry(name: "Prinses Beatrixlaan", range: nil, side: .even)],
                            postcodes: [try Postcode(parsing: "2221"), try Postcode(parsing: "2222 AB")],
                            boundary: "tot aan de\ttrambaan\n")
        answers.membership.expectedMembers = nil
        answers.position = .photoRule
        answers.basedOn = "Gemeente Katwijk"
        answers.agreements.custom = ["Geen reclame", "€ 5,- per jaar"]
        let bytes = AnswersFile.encode(answers)
        let strict = try #require(AnswersFile.strictDecode(bytes))
        #expect(strict == answers)
        #expect(strict == reference(bytes))
    }

    /// A minimal valid file with `edit` applied to its text.
    func file(_ edit: (String) -> String) throws -> [UInt8] {
        Array(edit(String(decoding: AnswersFile.encode(try finishedAnswers().0), as: UTF8.self)).utf8)
    }

    @Test("agrees with JSONDecoder on nulls, missing optionals, unknown keys, escapes and compact JSON")
    func agrees() throws {
        let variants = [
            try file { $0.replacing("\"expectedMembers\" : 40", with: "\"expectedMembers\" : null") },
            try file { $0.replacing(",\n    \"phonesInCharter\" : false", with: "") },
            try file { $0.replacing("\"version\" : 1\n}", with: "\"version\" : 1, \"later\" : [1.5, {\"x\" : null}]\n}") },
            try file { $0.replacing("\"Katwijk\"", with: "\"Katw\\u0069jk \\ud83d\\udeb2 \\/\"") },
            try file { $0.replacing("\n", with: "").replacing(" : ", with: ":") },
        ]
        for (index, bytes) in variants.enumerated() {
            #expect(bytes != (try file { $0 }), "variant \(index) changes nothing")
            let strict = try #require(AnswersFile.strictDecode(bytes))
            #expect(strict == reference(bytes))
        }
        #expect(AnswersFile.strictDecode(variants[3])?.group.municipality == "Katwijk 🚲 /")
    }

    @Test("leaves what it is unsure of to JSONDecoder, which names the field")
    func unsure() throws {
        let unsure = [
            try file { $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : 18.0") },
            try file { $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : 1.8e1") },
            try file { $0.replacing("\"contact\" : 1", with: "\"contact\" : -0") },
            try file { $0.replacing("\"minimumAge\" : 18", with: "\"minimumAge\" : 018") },
            try file { $0.replacing("\"version\" : 1\n}", with: "\"version\" : 1, \"version\" : 1\n}") },
            try file { $0.replacing("\"Katwijk\"", with: "\"Katwijk\\x\"") },
            try file { $0.replacing("\"Katwijk\"", with: "\"Katwijk\\ud83d\"") },
            try file { $0.replacing("\"Katwijk\"", with: "\"Kat\twijk\"") },
            try file { $0.replacing("\"residents\"", with: "\"everyone\"") },
            try file { $0.replacing("\"2221 AB\"", with: "\"0221 AB\"") },
            try file { $0 + "," },
            try file { "\u{FEFF}" + $0 },
        ]
        for (index, bytes) in unsure.enumerated() {
            #expect(bytes != (try file { $0 }), "variant \(index) changes nothing")
            #expect(AnswersFile.strictDecode(bytes) == nil, "variant \(index)")
        }
        #expect(throws: DataFileError(.badValue, field: "membership.eligibility")) { try AnswersFile.decode(unsure[8]) }
        #expect(throws: DataFileError(.badValue, field: "area.postcodes[0]")) { try AnswersFile.decode(unsure[9]) }
        let invalidUTF8 = try file { $0 }.map { $0 == UInt8(ascii: "K") ? 0xFF : $0 }
        #expect(AnswersFile.strictDecode(invalidUTF8) == nil)
    }

    @Test("gives up on deep nesting and huge numbers without crashing")
    func hostile() {
        let deep = Array("{\"version\":1,\"x\":".utf8) + Array(repeating: UInt8(ascii: "["), count: 100_000)
        #expect(StrictJSON.parse(deep) == nil)
        #expect(throws: DataFileError.self) { try AnswersFile.decode(deep) }
        guard case .otherNumber? = StrictJSON.parse(Array("123456789012345678901234567890".utf8)) else {
            Issue.record("a number beyond Int is not an integer")
            return
        }
        guard case .integer(-42)? = StrictJSON.parse(Array(" -42 ".utf8)) else {
            Issue.record("-42 is an integer")
            return
        }
    }

    @Test("whenever it reads a changed file, JSONDecoder reads the same answers")
    func mutations() throws {
        let original = try file { $0 }
        var generator = SplitMix(seed: 20261126)
        let insertions = Array("{}[],:\"\\0123456789-.eEtrufalsn u".utf8)
        var read = 0
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int(generator.next() % 3 + 1) {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(insertions[Int(generator.next() % UInt64(insertions.count))], at: position)
                default: bytes[position] = insertions[Int(generator.next() % UInt64(insertions.count))]
                }
            }
            if let strict = AnswersFile.strictDecode(bytes) {
                read += 1
                #expect(strict == reference(bytes), "read differently: \(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(read > 100, "the mutations should leave many files readable")
    }

    @Test("writes every kept answers file byte for byte as JSONEncoder does")
    func writesKept() throws {
        var written = 0
        for (name, bytes) in try Self.keptFiles() {
            guard let answers = try? AnswersFile.decode(bytes) else { continue }
            let strict = try #require(AnswersFile.strictEncode(answers), "gave up on \(name)")
            #expect(strict == AnswersFile.referenceEncode(answers), "\(name) written differently")
            written += 1
        }
        #expect(written >= 10)
    }

    @Test("writes every optional, empty list and kind of text as JSONEncoder does; a control character goes to JSONEncoder")
    func writesVariety() throws {
        var generator = SplitMix(seed: 7)
        let pieces = ["a", "Z", " ", "\"", "\\", "/", "é", "e\u{301}", "Ĳ", "🚲", "👩🏽‍🦱", "\u{2028}", "\u{A0}", "€", "{", "}", ":", ",", "[", "]"]
        func text() -> String {
            (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
        for round in 0..<300 {
            var answers = try finishedAnswers().0
            answers.group.name = text()
            answers.group.municipality = text()
            answers.area = Area(streets: [try StreetEntry(name: "Voorstraat " + text(), range: round % 2 == 0 ? HouseNumberRange(first: 1, last: 99) : nil,
                                                          side: round % 3 == 0 ? .odd : nil)],
                                postcodes: round % 4 == 0 ? [] : [try Postcode(parsing: "2221 AB")], boundary: text())
            answers.admins.people = (0..<Int(generator.next() % 3)).map { _ in Admin(firstName: text(), phone: round % 2 == 0 ? nil : text()) }
            answers.agreements.custom = (0..<Int(generator.next() % 3)).map { _ in text() }
            answers.agreements.selected = round % 5 == 0 ? [] : answers.agreements.selected
            answers.membership.expectedMembers = round % 2 == 0 ? nil : round
            answers.position = round % 3 == 0 ? nil : .review
            answers.basedOn = round % 2 == 0 ? nil : text()
            answers.contacts.wijkagentReach = text()
            answers.charter.version = round
            let strict = try #require(AnswersFile.strictEncode(answers))
            #expect(strict == AnswersFile.referenceEncode(answers),
                    "written differently:\n\(String(decoding: strict, as: UTF8.self))\n\(String(decoding: AnswersFile.referenceEncode(answers), as: UTF8.self))")
        }
        var control = try finishedAnswers().0
        control.area = Area(streets: [], postcodes: [try Postcode(parsing: "2221")], boundary: "tot\u{7}hier")
        #expect(AnswersFile.strictEncode(control) == nil)
        #expect(AnswersFile.encode(control) == AnswersFile.referenceEncode(control))
    }
}
