import Testing
@testable import BuurtstartCore

@Suite("The address check")
struct AddressCheckTests {
    let area = Area(streets: [
        try! StreetEntry(parsing: "Zeeweg 1-99 oneven"), try! StreetEntry(parsing: "Kerkstraat"),
        try! StreetEntry(parsing: "Stationslaan 2-40 even"), try! StreetEntry(parsing: "Café Lindenweg"),
    ], postcodes: [try! Postcode(parsing: "2222")])

    func check(_ address: String, _ postcode: String? = nil) throws -> AddressCheck.Outcome {
        AddressCheck.check(try AddressCheck.Address(parsing: address), postcode: try postcode.map { try Postcode(parsing: $0) }, in: area)
    }

    @Test("inside by street, number and side", arguments: ["Zeeweg 13", "zeeweg 99", "Kerkstraat 400", "Stationslaan 2", "Zeeweg 13a"])
    func inside(_ address: String) throws {
        #expect(try check(address).isInside)
    }

    @Test("the wrong side or a number outside the range is outside, and says which entries the street has")
    func numberOutside() throws {
        #expect(try check("Zeeweg 12") == .numberOutside(street: "Zeeweg", number: 12, entries: [try StreetEntry(parsing: "Zeeweg 1-99 oneven")]))
        #expect(try !check("Stationslaan 42").isInside)
    }

    @Test("abbreviations and accents written two ways match", arguments: ["Kerkstr. 4", "Kerkstr 4", "Stationsln 4", "Cafe\u{301} Lindenwg. 3", "KERKSTRAAT 4"])
    func spellings(_ address: String) throws {
        #expect(try check(address).isInside)
    }

    @Test("a postcode inside a listed area counts; an unknown street without one is outside")
    func postcodes() throws {
        #expect(try check("Dorpsstraat 3", "2222 AB") == .postcode(try Postcode(parsing: "2222"), position: 1))
        #expect(try check("Dorpsstraat 3") == .notInArea(street: "Dorpsstraat", postcode: nil))
    }

    @Test("words an address cannot hold are refused with what was understood, as the session refuses them in a street", arguments: [
        ("Zeeweg nr 13", "nr", "Zeeweg 13"), ("Kerkstraat t/m 5", "t/m", "Kerkstraat 5"), ("Zeeweg nr. 13a", "nr.", "Zeeweg 13a"),
        ("Zeeweg oneven 13", "oneven", "Zeeweg 13"), ("Zeeweg, 13", ",", "Zeeweg 13"),
    ])
    func wordsRefused(_ address: String, _ words: String, _ understood: String) {
        #expect(throws: Problem.addressWordsUnknown(address, words: words, understood: understood)) { try AddressCheck.Address(parsing: address) }
    }

    @Test("a number inside a name without quotes is refused, with the quoted way to type it", arguments: [
        ("Zeeweg 13 13", "Zeeweg 13", "13"), ("Plein 1813 7", "Plein 1813", "7"), ("Kerkstraat 3 4-B", "Kerkstraat 3", "4-B"),
    ])
    func numberInName(_ address: String, _ name: String, _ number: String) throws {
        #expect(throws: Problem.addressNumberInName(address, name: name, number: number)) { try AddressCheck.Address(parsing: address) }
        #expect(try AddressCheck.Address(parsing: "\"\(name)\" \(number)").street == name)
        let said = Language.dutch.text(Message.problem(.addressNumberInName(address, name: name, number: number)))
        #expect(said.contains("begrijp ik niet als adres") && said.contains("\"\(name)\" \(number)"))
    }

    @Test("an address without a number is refused", arguments: ["Zeeweg", "12", "Zeeweg nummer"])
    func refused(_ address: String) {
        #expect(throws: Problem.addressShape(address)) { try AddressCheck.Address(parsing: address) }
    }
}
