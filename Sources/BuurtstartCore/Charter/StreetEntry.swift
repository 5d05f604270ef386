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

    /// The highest house number we accept; no Dutch street comes near it.
    public static let highestNumber = 99_999

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
    }

    /// As the saved file has it, unchecked (as `Decodable` reads it; `firstInconsistency` checks).
    init(saved name: String, range: HouseNumberRange?, side: Side?) {
        self.name = name
        self.range = range
        self.side = side
    }

    /// Parses what a resident types: a name, then optionally a number or range (`12`, `1-99`,
    /// `1 t/m 99`), then optionally a side (`even`, `oneven`, or English `odd`).
    public init(parsing text: String) throws(Problem) {
        var words = TextInput.collapsingSpaces(text).split(separator: " ").map(String.init)
        var side: Side?
        if let last = words.last, let parsed = Self.side(named: last), words.count > 1 {
            side = parsed
            words.removeLast()
        }
        var range: HouseNumberRange?
        if let (parsed, used) = try Self.trailingRange(words) {
            range = parsed
            words.removeLast(used)
        } else if let last = words.last, words.count > 1, last.first?.isNumber == true {
            throw .houseNumberShape(last)
        }
        try self.init(name: words.joined(separator: " "), range: range, side: side)
    }

    /// The street's name for comparison: case and spacing do not make a different street.
    public var key: String { name.lowercased() }

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

    private static func side(named word: String) -> Side? {
        switch word.lowercased() {
        case "even": .even
        case "oneven", "odd": .odd
        default: nil
        }
    }

    /// Reads a range from the end of `words`: `1-99`, `1–99`, `1 - 99`, `1 t/m 99` or `12`.
    /// Returns the range and how many words it used, or nil when the words end in no number.
    private static func trailingRange(_ words: [String]) throws(Problem) -> (HouseNumberRange, Int)? {
        guard words.count > 1, let last = words.last else { return nil }
        let dashes: Set<Character> = ["-", "–", "—"]
        // `1 t/m 99` and `1 - 99` spread over three words.
        if words.count > 3, ["t/m", "tm", "-", "–", "to"].contains(words[words.count - 2].lowercased()),
           let first = number(words[words.count - 3]), let end = number(last) {
            return (try checkedRange(first, end), 3)
        }
        if let dash = last.firstIndex(where: { dashes.contains($0) }) {
            let left = String(last[..<dash]), right = String(last[last.index(after: dash)...])
            guard let first = number(left), let end = number(right) else {
                if left.first?.isNumber == true { throw .houseNumberShape(last) }
                return nil
            }
            return (try checkedRange(first, end), 1)
        }
        if let single = number(last) { return (try checkedRange(single, single), 1) }
        return nil
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
