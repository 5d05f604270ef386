import Testing
@testable import BuurtstartCore

/// Street entries are never split or joined silently, and a street is the same street however
/// its name is written.
@Suite("Street names and numbers")
struct StreetNameTests {
    @Test("a name that could end in a number is not split silently: both readings are offered", arguments: [
        ("Plein 1813", "Plein", "1813"),
        ("Laan 1940-1945", "Laan", "1940-1945"),
        ("Laan 1940 t/m 1945", "Laan", "1940 t/m 1945"),
        ("Markt 12", "Markt", "12"),
    ])
    func ambiguous(text: String, name: String, numbers: String) {
        #expect(throws: Problem.streetAmbiguous(name: name, numbers: numbers)) { try StreetEntry(parsing: text) }
    }

    @Test("quotes say where the name ends", arguments: [
        ("\"Plein 1813\"", "Plein 1813", nil, nil),
        ("\"Plein\" 1813", "Plein", 1813...1813, nil),
        ("“Laan 1940-1945” 2-20 even", "Laan 1940-1945", 2...20, Side.even),
        ("„Plein 1813” 1 t/m 9 oneven", "Plein 1813", 1...9, Side.odd),
        ("\"Zeeweg\"", "Zeeweg", nil, nil),
    ])
    func quoted(text: String, name: String, numbers: ClosedRange<Int>?, side: Side?) throws {
        try expectEntry(text, name: name, numbers: numbers, side: side)
    }

    func expectEntry(_ text: String, name: String, numbers: ClosedRange<Int>?, side: Side?) throws {
        let entry = try StreetEntry(parsing: text)
        #expect(entry.name == name)
        #expect(entry.range.map { $0.first...$0.last } == numbers)
        #expect(entry.side == side)
    }

    @Test("plain entries read as before", arguments: [
        ("Kerkstraat 12", "Kerkstraat", 12...12, nil),
        ("Boulevard 2-40 even", "Boulevard", 2...40, Side.even),
        ("Plein 1813 oneven", "Plein", 1813...1813, Side.odd),
        ("18 Septemberplein 3", "18 Septemberplein", 3...3, nil),
        ("2e Dwarsstraat", "2e Dwarsstraat", nil, nil),
        ("Zeeweg 1 tot en met 99 oneven", "Zeeweg", 1...99, Side.odd),
        ("Laan van Meerdervoort 1-99", "Laan van Meerdervoort", 1...99, nil),
    ])
    func plain(text: String, name: String, numbers: ClosedRange<Int>?, side: Side?) throws {
        try expectEntry(text, name: name, numbers: numbers, side: side)
    }

    @Test("unknown words and connectives are refused with what was understood", arguments: [
        ("Zeeweg nr 50", "nr", "Zeeweg 50"),
        ("Zeeweg nr. 50", "nr.", "Zeeweg 50"),
        ("Zeeweg 1-99 oneven kant", "kant", "Zeeweg 1-99 oneven"),
        ("Zeeweg oneven kant", "kant", "Zeeweg oneven"),
        ("Zeeweg 12 achter de kerk", "achter de kerk", "Zeeweg 12"),
        ("\"Plein 1813\" 1-20 noord", "noord", "\"Plein 1813\" 1-20"),
    ])
    func unknownWords(text: String, words: String, understood: String) {
        #expect(throws: Problem.streetWordsUnknown(words, understood: understood)) { try StreetEntry(parsing: text) }
    }

    @Test("a number inside an unquoted name is not joined to it silently")
    func numberInName() {
        #expect(throws: Problem.streetNumberInName(name: "Kerkstraat 12", rest: "14")) { try StreetEntry(parsing: "Kerkstraat 12 14") }
        #expect(throws: Problem.streetNumberInName(name: "Plein 1813", rest: "2-20 even")) { try StreetEntry(parsing: "Plein 1813 2-20 even") }
        #expect(throws: Problem.streetQuoteUnclosed("\"Plein 1813")) { try StreetEntry(parsing: "\"Plein 1813") }
    }

    @Test("the message shows both readings, each as it can be typed")
    func message() {
        let said = Language.dutch.text(Message.problem(.streetAmbiguous(name: "Plein", numbers: "1813")))
        #expect(said.contains("huisnummer 1813 van de straat Plein: \"Plein\" 1813"))
        #expect(said.contains("de hele straat met de naam Plein 1813: \"Plein 1813\""))
        let english = Language.english.text(Message.problem(.streetWordsUnknown("nr", understood: "Zeeweg 50")))
        #expect(english.contains("'nr'") && english.contains("Zeeweg 50"))
    }

    @Test("one street however it is written: case, accents, the Ĳ ligature, apostrophes, abbreviations", arguments: [
        ("Kerkstraat 1-9", "Kerkstr. 5"), ("Stationslaan", "stationsln 4"), ("Zeeweg", "ZEEWG 3"),
        ("Dorpsplein", "Dorpspln. 2"), ("Café Lindenweg", "Cafe\u{301} Lindenweg 1"),
        ("Ĳzerstraat", "IJzerstraat 4"), ("Lange Ĳzerstraat", "lange ijzerstraat 5"),
        ("'s-Gravenweg", "’s-Gravenweg 8"), ("‘t Hoogt", "'t Hoogt 2"),
        ("Burgemeester de Ridderstraat", "Burg. de Ridderstraat 12"), ("Burg. de Ridderstraat 10-30 even", "Burgemeester de Ridderstraat 12"),
        ("Professor Dondersstraat", "prof. dondersstr. 3"), ("Gebroeders Bakkerweg", "Gebr. Bakkerweg 7"),
    ])
    func oneNormalisation(existing: String, new: String) throws {
        var area = Area()
        try area.add(try StreetEntry(parsing: existing))
        let entry = try StreetEntry(parsing: new)
        #expect(throws: Problem.self) { try area.add(entry) }
        let address = try AddressCheck.Address(parsing: new)
        #expect(AddressCheck.check(address, postcode: nil, in: area).isInside)
    }

    @Test("a title is spelled out only as a word of its own with its dot: Den Burg and Oldenburgweg keep their names", arguments: [
        ("Den Burg", "Den Burgemeester"), ("Oldenburgweg", "Oldenburgemeesterweg"), ("Burgstraat", "Burgemeesterstraat"),
        ("St. Jorisstraat", "Straat Jorisstraat"),
    ])
    func titlesOnlyAsWords(one: String, other: String) {
        #expect(StreetName.key(one) != StreetName.key(other))
    }

    @Test("check-address reads Dutch house-number forms", arguments: [
        ("Zeeweg 13a", 13, "a"), ("Zeeweg 13-A", 13, "A"), ("Zeeweg 13 A", 13, "A"), ("Zeeweg 13 bis", 13, "bis"),
        ("Zeeweg 13 hs", 13, "hs"), ("Zeeweg 13-2", 13, "2"), ("Zeeweg 13/2", 13, "2"), ("Zeeweg 13 II", 13, "II"),
        ("Zeeweg 13", 13, nil), ("18 Septemberplein 4-B", 4, "B"), ("\"Plein 1813\" 7", 7, nil),
    ])
    func houseNumbers(text: String, number: Int, addition: String?) throws {
        let address = try AddressCheck.Address(parsing: text)
        #expect(address.number == number)
        #expect(address.addition == addition)
    }

    @Test("check-address refuses what is not an address", arguments: ["Zeeweg", "13", "Zeeweg 13 achter", "Zeeweg 13 a b", "Zeeweg 0"])
    func notAddresses(text: String) {
        #expect(throws: Problem.addressShape(text)) { try AddressCheck.Address(parsing: text) }
    }

    @Test("the echo after adding says plainly what was understood", arguments: [
        ("Zeeweg 1-99 oneven", "Toegevoegd: Zeeweg: nummers 1 t/m 99, oneven kant"),
        ("Kerkstraat 12", "Toegevoegd: Kerkstraat: nummer 12"),
        ("\"Plein 1813\"", "Toegevoegd: Plein 1813: hele straat"),
        ("\"Plein\" 1813", "Toegevoegd: Plein: nummer 1813"),
        ("Boulevard even", "Toegevoegd: Boulevard: even kant"),
    ])
    func echo(typed: String, said: String) {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "")
        #expect(driver.type(typed) == said)
    }

    @Test("the street question's help says how to keep a number in the name")
    func help() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg", "")
        #expect(driver.type("?").contains("\"Plein 1813\""))
    }
}
