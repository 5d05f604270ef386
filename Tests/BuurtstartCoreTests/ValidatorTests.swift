import Testing
@testable import BuurtstartCore

@Suite("Postcodes")
struct PostcodeTests {
    @Test("normalises every way a resident writes one", arguments: ["2221 AB", "2221AB", "2221 ab", " 2221  aB "])
    func normalises(_ text: String) throws {
        #expect(try Postcode(parsing: text).description == "2221 AB")
    }

    @Test("accepts a four-digit area")
    func area() throws {
        let area = try Postcode(parsing: "2221")
        #expect(area.description == "2221")
        #expect(area.letters == nil)
        #expect(try Postcode(parsing: "2221 AB").isWithin(area))
    }

    @Test("refuses the letter pairs that are never issued", arguments: ["1234 SA", "1234sd", "1234 SS"])
    func neverIssued(_ text: String) {
        #expect(throws: Problem.postcodeLettersNotIssued(String(text.suffix(2)).uppercased())) { try Postcode(parsing: text) }
    }

    @Test("refuses a first digit of 0")
    func leadingZero() {
        #expect(throws: Problem.postcodeStartsWithZero("0221 AB")) { try Postcode(parsing: "0221 AB") }
    }

    @Test("refuses other shapes", arguments: ["", "221 AB", "22211 AB", "2221 A", "2221 ABC", "AB 2221", "2221-AB", "２２２１ AB", "2221 ÄB"])
    func shapes(_ text: String) {
        #expect(throws: Problem.postcodeShape(text)) { try Postcode(parsing: text) }
    }

    @Test("accepts the ends of the range")
    func ends() throws {
        #expect(try Postcode(parsing: "1000 AA").description == "1000 AA")
        #expect(try Postcode(parsing: "9999 XL").description == "9999 XL")
    }
}

@Suite("Street entries")
struct StreetEntryTests {
    @Test("reads a whole street")
    func wholeStreet() throws {
        let entry = try StreetEntry(parsing: "  Cornelis   Ketelstraat ")
        #expect(entry == (try StreetEntry(name: "Cornelis Ketelstraat")))
        #expect(entry.range == nil && entry.side == nil)
    }

    @Test("reads ranges and sides", arguments: [
        ("Zeeweg 1-99 oneven", "Zeeweg", 1, 99, Side.odd),
        ("Boulevard 2-40 even", "Boulevard", 2, 40, Side.even),
        ("Zeeweg 1 t/m 99 oneven", "Zeeweg", 1, 99, Side.odd),
        ("Zeeweg 1 - 99 odd", "Zeeweg", 1, 99, Side.odd),
        ("Zeeweg 1–99 ONEVEN", "Zeeweg", 1, 99, Side.odd),
    ])
    func rangesAndSides(text: String, name: String, first: Int, last: Int, side: Side) throws {
        let entry = try StreetEntry(parsing: text)
        #expect(entry.name == name)
        #expect(entry.range == (try HouseNumberRange(first: first, last: last)))
        #expect(entry.side == side)
    }

    @Test("reads a range without a side, a single number, and a side without a range")
    func partial() throws {
        #expect(try StreetEntry(parsing: "Voorstraat 10-80").side == nil)
        #expect(try StreetEntry(parsing: "Voorstraat 12").range == (try HouseNumberRange(first: 12, last: 12)))
        let side = try StreetEntry(parsing: "Boulevard even")
        #expect(side.range == nil && side.side == .even && side.name == "Boulevard")
    }

    @Test("keeps numbers that are part of the name")
    func numberedNames() throws {
        #expect(try StreetEntry(parsing: "2e Dwarsstraat").name == "2e Dwarsstraat")
        #expect(try StreetEntry(parsing: "\"Laan 1940-1945\"").name == "Laan 1940-1945")
        #expect(try StreetEntry(parsing: "Oneven").name == "Oneven")
    }

    @Test("refuses a side that does not match both ends")
    func parity() {
        #expect(throws: Problem.sideParityMismatch(side: .even, numbers: [1, 99])) { try StreetEntry(parsing: "Zeeweg 1-99 even") }
        #expect(throws: Problem.sideParityMismatch(side: .odd, numbers: [40])) { try StreetEntry(parsing: "Zeeweg 1-40 oneven") }
    }

    @Test("refuses a reversed range, an impossible number and letters in a number")
    func badNumbers() {
        #expect(throws: Problem.rangeReversed(first: 99, last: 1)) { try StreetEntry(parsing: "Zeeweg 99-1") }
        #expect(throws: Problem.houseNumberOutOfRange(0)) { try StreetEntry(parsing: "Zeeweg 0-10") }
        #expect(throws: Problem.houseNumberShape("12a-14")) { try StreetEntry(parsing: "Zeeweg 12a-14") }
        #expect(throws: Problem.houseNumberShape("12a")) { try StreetEntry(parsing: "Zeeweg 12a") }
    }

    @Test("refuses an entry without a name")
    func noName() {
        #expect(throws: Problem.streetNameMissing("1-99")) { try StreetEntry(parsing: "1-99") }
    }

    @Test("overlap follows ranges and sides", arguments: [
        ("Zeeweg 1-99 oneven", "Zeeweg 2-40 even", false),
        ("Zeeweg 1-99 oneven", "Zeeweg 31-35 oneven", true),
        ("Zeeweg 1-99 oneven", "Zeeweg 10-20", true),
        ("Zeeweg 2-2", "Zeeweg 1-3 oneven", false),
        ("Zeeweg 3", "Zeeweg 1-3 oneven", true),
        ("Zeeweg", "Zeeweg 500", true),
        ("Zeeweg 1-10", "Zeeweg 11-20", false),
        ("Zeeweg 1-10", "zeeweg 10-20", true),
        ("Zeeweg 1-10", "Dorpsstraat 1-10", false),
        ("Zeeweg even", "Zeeweg 1-99 oneven", false),
    ])
    func overlap(a: String, b: String, expected: Bool) throws {
        let first = try StreetEntry(parsing: a), second = try StreetEntry(parsing: b)
        #expect(first.overlaps(second) == expected)
        #expect(second.overlaps(first) == expected)
    }
}

@Suite("Areas")
struct AreaTests {
    @Test("names the two entries that overlap")
    func namesOverlap() throws {
        var area = Area()
        try area.add(try StreetEntry(parsing: "Boulevard 2-40 even"))
        try area.add(try StreetEntry(parsing: "Zeeweg 1-99 oneven"))
        let clash = try StreetEntry(parsing: "Zeeweg 31-35 oneven")
        #expect(throws: Problem.streetOverlap(new: clash, existing: try StreetEntry(parsing: "Zeeweg 1-99 oneven"), position: 2)) {
            try area.add(clash)
        }
        #expect(area.streets.count == 2)
    }

    @Test("refuses a postcode twice, or inside a listed four-digit area")
    func postcodes() throws {
        var area = Area()
        try area.add(try Postcode(parsing: "2221 AB"))
        #expect(throws: (any Error).self) { try area.add(try Postcode(parsing: "2221ab")) }
        try area.add(try Postcode(parsing: "2222"))
        #expect(throws: Problem.postcodeDuplicate(new: try Postcode(parsing: "2222 XY"), existing: try Postcode(parsing: "2222"), position: 2)) {
            try area.add(try Postcode(parsing: "2222 XY"))
        }
        #expect(throws: (any Error).self) { try area.add(try Postcode(parsing: "2221")) }
    }

    @Test("the whole-area check finds exactly the overlaps that adding one by one finds")
    func wholeAreaCheckAgreesWithAdding() throws {
        var generator = SplitMix(seed: 42)
        var clashes = 0
        for _ in 0..<400 {
            var entries: [StreetEntry] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let street = ["Zeeweg", "Boulevard"].randomElement(using: &generator)!
                let side = [nil, Side.even, Side.odd].randomElement(using: &generator)!
                var first = Int.random(in: 1...30, using: &generator), last = first + Int.random(in: 0...30, using: &generator)
                if let side { if !side.contains(first) { first += 1 }; if !side.contains(last) { last += 1 } }
                let range = Bool.random(using: &generator) ? nil : try HouseNumberRange(first: min(first, last), last: max(first, last))
                if let entry = try? StreetEntry(name: street, range: range, side: side) { entries.append(entry) }
            }
            var byAdding = Area()
            var clash = false
            for entry in entries { do { try byAdding.add(entry) } catch { clash = true } }
            let whole = Area(streets: entries)
            #expect((whole.firstProblem() != nil) == clash, "\(entries)")
            clashes += clash ? 1 : 0
        }
        // Both outcomes must occur, or the comparison proves nothing.
        #expect(clashes > 50 && clashes < 350)
    }

    @Test("a file with several overlaps always gets the same message: the first street listed that has one")
    func firstOverlapIsTheFirstStreetListed() throws {
        // 30 streets, each twice: in a dictionary's order the first one would seldom come first.
        let names = (1...30).map { "Straat\($0)" }
        let streets = try (names.map { "\($0) 1-20" } + names.reversed().map { "\($0) 10" }).map { try StreetEntry(parsing: $0) }
        #expect(Area(streets: streets).firstProblem()
                == .streetOverlap(new: try StreetEntry(parsing: "Straat1 10"), existing: try StreetEntry(parsing: "Straat1 1-20"), position: 1))
    }

    @Test("an empty area is a problem")
    func empty() {
        #expect(Area().firstProblem() == .areaEmpty)
    }
}

@Suite("Phone numbers")
struct PhoneNumberTests {
    @Test("accepts Dutch numbers as written", arguments: ["06-12345678", "0612345678", "06 1234 5678", "+31 6 12345678", "0031612345678", "071-1234567", "(071) 123 45 67"])
    func accepts(_ text: String) throws {
        #expect(try PhoneNumber.validated(text) == TextInput.collapsingSpaces(text))
    }

    @Test("refuses what is not a Dutch number", arguments: ["12345", "06-1234567", "+32 6 12345678", "06-1234567a", "bel me", "+31 06 12345678"])
    func refuses(_ text: String) {
        #expect(throws: Problem.phoneShape(text)) { try PhoneNumber.validated(text) }
    }
}

@Suite("Typed text")
struct TextInputTests {
    @Test("refuses control characters, escapes and bidirectional overrides", arguments: ["Zee\u{1B}[2Jweg", "Zee\u{202E}weg", "a\u{0}b", "a\u{85}b"])
    func hidden(_ text: String) {
        #expect(throws: Problem.invisibleCharacters) { try TextInput.clean(text) }
    }

    @Test("keeps letters residents type, and folds spaces")
    func keeps() throws {
        #expect(try TextInput.clean("Lange Ĳzerstraat") == "Lange Ĳzerstraat")
        #expect(try TextInput.clean("Hôtel-laan \u{A0} 3") == "Hôtel-laan 3")
        #expect(try TextInput.clean("Cafe\u{301}straat") == "Cafe\u{301}straat")
    }
}

/// A small seeded generator, so that random tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
