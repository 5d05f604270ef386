/// One side of a street, for entries such as `Zeeweg 1-99 oneven`.
public enum Side: String, Codable, Sendable, CaseIterable {
    case even
    case odd

    /// Whether `number` lies on this side.
    public func contains(_ number: Int) -> Bool {
        (number % 2 == 0) == (self == .even)
    }
}

/// An inclusive range of house numbers, `first` no greater than `last`.
public struct HouseNumberRange: Hashable, Codable, Sendable {
    public let first: Int
    public let last: Int

    public init(first: Int, last: Int) throws(Problem) {
        guard first <= last else { throw .rangeReversed(first: first, last: last) }
        self.first = first
        self.last = last
    }

    public func contains(_ number: Int) -> Bool { first <= number && number <= last }

    /// As the saved file has it, unchecked (as `Decodable` reads it; `firstInconsistency` checks).
    init(saved first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}

/// A street of the area, whole or in part: `Zeeweg`, `Voorstraat 10-80`,
/// `Zeeweg 1-99 oneven`, `Boulevard even`.
public struct StreetEntry: Hashable, Codable, Sendable {
    public let name: String
    public let range: HouseNumberRange?
    public let side: Side?
    /// The street's name for comparison (`StreetName.key`), worked out once: the area's checks
    /// compare it for every entry. Not saved.
    public let key: String

    enum CodingKeys: String, CodingKey { case name, range, side }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(saved: try container.decode(String.self, forKey: .name),
                  range: try container.decodeIfPresent(HouseNumberRange.self, forKey: .range),
                  side: try container.decodeIfPresent(Side.self, forKey: .side))
    }

    /// The highest house number we accept; no Dutch street comes near it.
    public static let highestNumber = 99_999

    /// The longest entry read, name, numbers and side together.
    static let longestEntry = 120

    public init(name: String, range: HouseNumberRange? = nil, side: Side? = nil) throws(Problem) {
        let cleaned = TextInput.collapsingSpaces(name)
        guard cleaned.contains(where: \.isLetter) else { throw .streetNameMissing(name) }
        guard cleaned.count <= 80 else { throw .textTooLong(limit: 80, count: cleaned.count) }
        if let range, let side {
            let wrong = [range.first, range.last].filter { !side.contains($0) }
            if !wrong.isEmpty { throw .sideParityMismatch(side: side, numbers: wrong) }
        }
        self.name = cleaned
        self.range = range
        self.side = side
        self.key = StreetName.key(cleaned)
    }

    /// As the saved file has it, unchecked (as `Decodable` reads it; `firstInconsistency` checks).
    init(saved name: String, range: HouseNumberRange?, side: Side?) {
        self.name = name
        self.range = range
        self.side = side
        self.key = StreetName.key(name)
    }

    /// Parses what a resident types: a name, then optionally a number or range (`12`, `1-99`,
    /// `1 t/m 99`, `1 tot en met 99`), then optionally a side (`even`, `oneven`, or English
    /// `odd`). Nothing is split or joined by guessing: a name in quotes (`"Plein 1813" 1-20`) is
    /// taken as it is; without quotes, a name that could end in the number (`Plein 1813`) is
    /// refused with both readings, and words after the numbers, or a connective such as `nr`
    /// before them, are refused with what was understood.
    public init(parsing text: String) throws(Problem) {
        let cleaned = TextInput.collapsingSpaces(text)
        // A name of 80 characters with its numbers and side fits well within this.
        guard cleaned.count <= Self.longestEntry else { throw .textTooLong(limit: Self.longestEntry, count: cleaned.count) }
        // A comma or a quote inside the entry is never part of a street's name: say how it reads without.
        if cleaned.contains(",") {
            throw .streetWordsUnknown(",", understood: TextInput.collapsingSpaces(cleaned.replacing(",", with: " ")))
        }
        if let first = cleaned.first, !Self.openingQuotes.contains(first), cleaned.contains(where: Self.openingQuotes.contains) {
            let bare = TextInput.collapsingSpaces(String(cleaned.filter { !Self.openingQuotes.contains($0) }))
            throw .streetWordsUnknown("\"", understood: "\"" + bare + "\"")
        }
        if let first = cleaned.first, Self.openingQuotes.contains(first) {
            let inside = cleaned.dropFirst()
            guard let close = inside.firstIndex(where: Self.closingQuotes.contains) else { throw .streetQuoteUnclosed(cleaned) }
            let name = TextInput.collapsingSpaces(String(inside[..<close]))
            let words = Self.words(inside[inside.index(after: close)...])
            let (range, side, used) = try Self.numbersAndSide(words)
            if used < words.count {
                throw .streetWordsUnknown(words[used...].joined(separator: " "),
                                          understood: (["\"\(name)\""] + words[..<used]).joined(separator: " "))
            }
            try self.init(name: name, range: range, side: side)
            return
        }
        let (nameWords, rest) = Self.unquotedName(Self.words(Substring(cleaned)))
        if let index = nameWords.indices.dropFirst().first(where: { Self.markedNumber(nameWords[$0]) != nil }),
           let (mark, number) = Self.markedNumber(nameWords[index]) {
            // `Zeeweg #5`, `Zeeweg -1`: a number with a mark before it is no part of a name.
            let understood = nameWords[..<index] + [number] + nameWords[(index + 1)...] + rest
            throw .streetWordsUnknown(mark, understood: understood.joined(separator: " "))
        }
        let (range, side, used) = try Self.numbersAndSide(rest)
        let numbers = rest[..<used].joined(separator: " ")
        if used < rest.count {
            let leftover = rest[used...].joined(separator: " ")
            if let next = rest[used...].first, Self.startsWithDigit(next), range != nil {
                // `Kerkstraat 12 14`: the first number may belong to the name.
                throw .streetNumberInName(name: (nameWords + [numbers]).joined(separator: " "), rest: leftover)
            }
            throw .streetWordsUnknown(leftover, understood: (nameWords + rest[..<used]).joined(separator: " "))
        }
        if let last = Self.trailingConnective(nameWords) {
            throw .streetWordsUnknown(last, understood: (nameWords.dropLast() + rest).joined(separator: " "))
        }
        let name = nameWords.joined(separator: " ")
        if let range, side == nil, Self.couldEndInNumber(name: name, range: range, typed: rest[..<used]) {
            throw .streetAmbiguous(name: name, numbers: numbers)
        }
        try self.init(name: name, range: range, side: side)
    }

    /// A street's name as it is typed to mean the whole street: as it is, or in quotes when it
    /// holds a number and, unquoted, would be read otherwise or refused (`"Plein 1813"`,
    /// `"Laan 1940-1945"`), as Tab completes it.
    public static func typed(_ name: String) -> String {
        // Asked for every street at every prompt: a name without a digit is not parsed.
        guard name.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return name }
        if let entry = try? StreetEntry(parsing: name), entry.name == name, entry.range == nil, entry.side == nil { return name }
        return "\"" + name + "\""
    }

    /// Whether some house number belongs to both entries.
    public func overlaps(_ other: StreetEntry) -> Bool {
        guard key == other.key else { return false }
        let low = max(range?.first ?? 1, other.range?.first ?? 1)
        let high = min(range?.last ?? Int.max, other.range?.last ?? Int.max)
        guard low <= high else { return false }
        switch (side, other.side) {
        case (nil, nil): return true
        case let (.some(a), .some(b)) where a != b: return false
        case let (.some(s), _), let (_, .some(s)):
            // Is there a number of parity `s` in low...high?
            return low < high || s.contains(low)
        }
    }

    /// The words of a name without quotes, and what follows it, as an entry and an address
    /// (`AddressCheck.Address`) both read them: the name runs up to the first number or side
    /// after its first word. A name may start with a number (`18 Septemberplein`, `2e
    /// Dwarsstraat`), not hold one further on.
    static func unquotedName(_ words: [String]) -> (name: [String], rest: [String]) {
        let end = words.indices.dropFirst().first { startsWithDigit(words[$0]) || side(named: words[$0]) != nil } ?? words.count
        return (Array(words[..<end]), Array(words[end...]))
    }

    /// The last word of a name when it is a connective (`Zeeweg nr`, `Kerkstraat t/m`): a word
    /// that joins a name to its numbers and never ends a street's name.
    static func trailingConnective(_ name: [String]) -> String? {
        guard let last = name.last, name.count > 1, connectives.contains(last.lowercased()) else { return nil }
        return last
    }

    /// A side named in any language's words: a street is typed the same way in every session.
    private static func side(named word: String) -> Side? {
        let word = word.lowercased()
        if Language.allCases.contains(where: { $0.sideNames.even == word }) { return .even }
        if Language.allCases.contains(where: { $0.sideNames.odd == word }) { return .odd }
        return nil
    }

    /// Quote marks that may open a name: straight, and the curly ones Dutch text uses.
    private static let openingQuotes: Set<Character> = ["\"", "“", "„", "”"]
    private static let closingQuotes: Set<Character> = ["\"", "”", "“"]

    /// Words that join a name to its numbers but are never the last word of a street's name.
    private static let connectives: Set<String> = [
        "nr", "nr.", "nrs", "nrs.", "no", "no.", "nummer", "nummers", "huisnummer", "huisnummers", "number", "numbers",
        "t/m", "tm", "tot", "van", "vanaf", "en", "kant", "zijde", "side", "-", "–", "—", "#", "&", "+", ",",
    ]

    /// Street names that are a single common word: `Markt 12` could be number 12 of the Markt
    /// or a street named so. Most names carry their own word (`Kerkstraat 12`).
    private static let commonWords: Set<String> = [
        "plein", "laan", "straat", "weg", "kade", "singel", "park", "hof", "markt", "dreef", "pad", "dijk", "gracht",
        "steeg", "erf", "ring", "allee", "boulevard", "wal", "haven", "plantsoen", "brink", "promenade",
    ]

    /// Whether `name` followed by the numbers could as well be one street's name: numbers that
    /// read as years (`Plein 1813`, `Laan 1940-1945`), or one number after a single common word.
    private static func couldEndInNumber(name: String, range: HouseNumberRange, typed: ArraySlice<String>) -> Bool {
        let years = [range.first, range.last].allSatisfy { (1000...2099).contains($0) }
        return years || (typed.count == 1 && range.first == range.last && commonWords.contains(StreetName.key(name)))
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    /// A word that is a number with a mark before it (`#5`, `+3`, `-1`, `-5-7`, `№12`): the
    /// mark and the number after it, or nil.
    static func markedNumber(_ word: String) -> (mark: String, number: String)? {
        let number = word.drop { Self.numberMarks.contains($0) }
        guard number.count < word.count, startsWithDigit(String(number)) else { return nil }
        return (String(word.prefix(word.count - number.count)), String(number))
    }

    /// Marks written before a number that never begin a word of a street's name.
    private static let numberMarks: Set<Character> = ["#", "+", "-", "–", "—", "№"]

    static func startsWithDigit(_ word: String) -> Bool {
        word.first.map { $0.isASCII && $0.isNumber } ?? false
    }

    /// Reads a range and then a side from the start of `words`: `1-99`, `1–99`, `1 - 99`,
    /// `1 t/m 99`, `1 tot en met 99` or `12`; `even`, `oneven`, `odd`. Returns them and how many
    /// words they used; a word that starts with a digit but is no number is refused.
    private static func numbersAndSide(_ words: [String]) throws(Problem) -> (HouseNumberRange?, Side?, Int) {
        var used = 0
        var range: HouseNumberRange?
        if let first = words.first, startsWithDigit(first) {
            let dashes: Set<Character> = ["-", "–", "—"]
            if let dash = first.firstIndex(where: dashes.contains) {
                let left = String(first[..<dash]), right = String(first[first.index(after: dash)...])
                guard let low = number(left), let high = number(right) else { throw .houseNumberShape(first) }
                range = try checkedRange(low, high)
                used = 1
            } else {
                guard let low = number(first) else { throw .houseNumberShape(first) }
                let joined = words.dropFirst().prefix(3).map { $0.lowercased() }
                if joined.count == 3, joined == ["tot", "en", "met"], words.count > 4, let high = number(words[4]) {
                    range = try checkedRange(low, high)
                    used = 5
                } else if words.count > 2, ["t/m", "tm", "-", "–", "—", "to"].contains(words[1].lowercased()), let high = number(words[2]) {
                    range = try checkedRange(low, high)
                    used = 3
                } else {
                    range = try checkedRange(low, low)
                    used = 1
                }
            }
        }
        var side: Side?
        if used < words.count, let parsed = self.side(named: words[used]) {
            side = parsed
            used += 1
        }
        return (range, side, used)
    }

    private static func checkedRange(_ first: Int, _ last: Int) throws(Problem) -> HouseNumberRange {
        for n in [first, last] where n < 1 || n > highestNumber {
            throw .houseNumberOutOfRange(n)
        }
        return try HouseNumberRange(first: first, last: last)
    }

    private static func number(_ word: String) -> Int? {
        guard !word.isEmpty, word.count <= 6, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word)
    }
}
