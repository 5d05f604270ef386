/// A Dutch postcode: four digits (the first 1-9) and, for a full postcode, two capital letters.
/// A four-digit area such as `2221` is allowed, because a village or a district is often named
/// by it. Letter pairs SA, SD and SS are never issued.
public struct Postcode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The four digits, e.g. `2221`.
    public let digits: String
    /// The two letters, e.g. `AB`; `nil` for a four-digit area.
    public let letters: String?

    /// Parses `2221 AB`, `2221AB`, `2221 ab` or `2221`, and normalises to `2221 AB`.
    public init(parsing text: String) throws(Problem) {
        let compact = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let characters = Array(String(String.UnicodeScalarView(compact)))
        guard characters.count == 4 || characters.count == 6,
              characters.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }),
              characters.dropFirst(4).allSatisfy({ $0.isASCII && $0.isLetter })
        else { throw .postcodeShape(text) }
        guard characters[0] != "0" else { throw .postcodeStartsWithZero(text) }
        digits = String(characters.prefix(4))
        if characters.count == 6 {
            let pair = String(characters.dropFirst(4)).uppercased()
            guard !["SA", "SD", "SS"].contains(pair) else { throw .postcodeLettersNotIssued(pair) }
            letters = pair
        } else {
            letters = nil
        }
    }

    public var description: String {
        letters.map { "\(digits) \($0)" } ?? digits
    }

    /// Whether this postcode lies within `other`: equal, or inside its four-digit area.
    public func isWithin(_ other: Postcode) -> Bool {
        self == other || (other.letters == nil && other.digits == digits)
    }

    public static func < (lhs: Postcode, rhs: Postcode) -> Bool {
        (lhs.digits, lhs.letters ?? "") < (rhs.digits, rhs.letters ?? "")
    }
}

extension Postcode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a Dutch postcode")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
