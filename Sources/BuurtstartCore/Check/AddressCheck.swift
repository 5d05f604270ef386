/// Whether an address lies inside a group's area: the check an admin makes before adding a
/// new member. Street names match regardless of case, of accents written two ways (Swift
/// compares strings by canonical equivalence), and of the common abbreviations `str.`, `ln`,
/// `wg` and `pln`.
public enum AddressCheck {
    /// An address as typed: `Zeeweg 12`, `Zeeweg 12a`, `Kerkstr. 4-B`.
    public struct Address: Equatable, Sendable {
        public let street: String
        public let number: Int

        public init(parsing text: String) throws(Problem) {
            let words = TextInput.collapsingSpaces(text).split(separator: " ").map(String.init)
            guard let last = words.last, words.count >= 2 else { throw .addressShape(text) }
            let digits = last.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 5, let number = Int(digits), number >= 1 else { throw .addressShape(text) }
            street = words.dropLast().joined(separator: " ")
            guard street.contains(where: \.isLetter) else { throw .addressShape(text) }
            self.number = number
        }
    }

    /// What the check found.
    public enum Outcome: Equatable, Sendable {
        /// Inside, through this street entry (position from 1).
        case streetEntry(StreetEntry, position: Int)
        /// Inside, through this postcode (position from 1).
        case postcode(Postcode, position: Int)
        /// Outside: the street is in the area, but not this number (the entries of that street).
        case numberOutside(street: String, number: Int, entries: [StreetEntry])
        /// Outside: neither the street nor the postcode is in the area.
        case notInArea(street: String, postcode: Postcode?)

        public var isInside: Bool {
            switch self {
            case .streetEntry, .postcode: true
            case .numberOutside, .notInArea: false
            }
        }
    }

    public static func check(_ address: Address, postcode: Postcode?, in area: Area) -> Outcome {
        let key = normalised(address.street)
        var sameStreet: [StreetEntry] = []
        for (index, entry) in area.streets.enumerated() where normalised(entry.name) == key {
            sameStreet.append(entry)
            if entry.range?.contains(address.number) ?? true, entry.side?.contains(address.number) ?? true {
                return .streetEntry(entry, position: index + 1)
            }
        }
        if let postcode, let index = area.postcodes.firstIndex(where: { postcode.isWithin($0) }) {
            return .postcode(area.postcodes[index], position: index + 1)
        }
        if !sameStreet.isEmpty { return .numberOutside(street: sameStreet[0].name, number: address.number, entries: sameStreet) }
        return .notInArea(street: address.street, postcode: postcode)
    }

    /// Lower case, with the abbreviations residents write spelled out.
    static func normalised(_ name: String) -> String {
        let abbreviations: [(String, String)] = [("str.", "straat"), ("str", "straat"), ("ln.", "laan"), ("ln", "laan"),
                                                 ("wg.", "weg"), ("wg", "weg"), ("pln.", "plein"), ("pln", "plein")]
        return TextInput.collapsingSpaces(name).lowercased().split(separator: " ").map { word -> String in
            for (short, long) in abbreviations where word.hasSuffix(short) {
                return String(word.dropLast(short.count)) + long
            }
            return String(word)
        }.joined(separator: " ")
    }
}
