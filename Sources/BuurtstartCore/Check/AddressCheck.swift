/// Whether an address lies inside a group's area: the check an admin makes before adding a
/// new member. Street names are compared as the area compares them (`StreetName.key`).
public enum AddressCheck {
    /// An address as Dutch addresses are written: `Zeeweg 12`, `Zeeweg 12a`, `Kerkstr. 4-B`,
    /// `Zeeweg 13 bis`, `Zeeweg 13 hs`, `Zeeweg 13-2`, `Zeeweg 13/2`, `Zeeweg 13 II`. A name
    /// in quotes is taken as it is: `"Plein 1813" 7`. A name without quotes is read as a
    /// session reads a street (`StreetEntry.unquotedName`): words it cannot hold (`Zeeweg nr
    /// 13`, `Kerkstraat t/m 5`, a comma) or a number inside it (`Zeeweg 13 13`) are refused with
    /// what was understood, never taken as part of a street no group has.
    public struct Address: Equatable, Sendable {
        public let street: String
        public let number: Int
        /// What follows the number (a letter, `bis`, `hs`, a floor): it does not change
        /// whether the address is inside.
        public let addition: String?

        public init(parsing text: String) throws(Problem) {
            let cleaned = TextInput.collapsingSpaces(text)
            var words: [String]
            var street: String
            if let first = cleaned.first, Self.quotes.contains(first),
               let close = cleaned.dropFirst().firstIndex(where: Self.quotes.contains) {
                street = TextInput.collapsingSpaces(String(cleaned[cleaned.index(after: cleaned.startIndex)..<close]))
                words = cleaned[cleaned.index(after: close)...].split(separator: " ").map(String.init)
            } else {
                if cleaned.contains(",") {
                    throw .addressWordsUnknown(cleaned, words: ",", understood: TextInput.collapsingSpaces(cleaned.replacing(",", with: " ")))
                }
                let all = cleaned.split(separator: " ").map(String.init)
                // The house number is the last word that starts with a digit, after the first.
                guard let index = all.indices.dropFirst().last(where: { StreetEntry.startsWithDigit(all[$0]) })
                else { throw .addressShape(text) }
                words = Array(all[index...])
                let (name, rest) = StreetEntry.unquotedName(Array(all[..<index]))
                if let first = rest.first {
                    if StreetEntry.startsWithDigit(first) {
                        throw .addressNumberInName(cleaned, name: all[..<index].joined(separator: " "), number: words.joined(separator: " "))
                    }
                    throw .addressWordsUnknown(cleaned, words: rest.joined(separator: " "), understood: (name + words).joined(separator: " "))
                }
                if let connective = StreetEntry.trailingConnective(name) {
                    throw .addressWordsUnknown(cleaned, words: connective, understood: (name.dropLast() + words).joined(separator: " "))
                }
                street = name.joined(separator: " ")
            }
            guard street.contains(where: \.isLetter), let numberWord = words.first, words.count <= 2,
                  let (number, attached) = Self.number(numberWord), number >= 1 else { throw .addressShape(text) }
            var addition = attached
            if words.count == 2 {
                // `13 A`, `13 bis`: a word after the number, only when none is attached to it.
                guard attached == nil, Self.isAddition(words[1]) else { throw .addressShape(text) }
                addition = words[1]
            }
            self.street = street
            self.number = number
            self.addition = addition
        }

        private static let quotes: Set<Character> = ["\"", "“", "„", "”"]

        /// `13`, `13a`, `13-A`, `13-2`, `13/2`, `13bis`: the number and what is attached to it.
        private static func number(_ word: String) -> (Int, String?)? {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 5, let number = Int(digits) else { return nil }
            var rest = word.dropFirst(digits.count)
            if rest.isEmpty { return (number, nil) }
            if rest.first == "-" || rest.first == "/" { rest = rest.dropFirst() }
            guard (1...4).contains(rest.count), rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            return (number, String(rest))
        }

        /// A letter, `bis`/`ter`, `hs`/`huis`/`bg`, a floor in Roman numerals (`II`), `boven`.
        private static func isAddition(_ word: String) -> Bool {
            let lower = word.lowercased()
            if lower.count == 1, let letter = lower.first, letter.isASCII, letter.isLetter { return true }
            if ["bis", "ter", "hs", "h", "huis", "bg", "boven", "bov"].contains(lower) { return true }
            return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(lower)
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
        let key = StreetName.key(address.street)
        var sameStreet: [StreetEntry] = []
        for (index, entry) in area.streets.enumerated() where entry.key == key {
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
}
