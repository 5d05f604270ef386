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

    @Test("an address without a number is refused", arguments: ["Zeeweg", "12", "Zeeweg nummer"])
    func refused(_ address: String) {
        #expect(throws: Problem.addressShape(address)) { try AddressCheck.Address(parsing: address) }
    }
}
