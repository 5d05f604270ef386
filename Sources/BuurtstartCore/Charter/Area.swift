/// The area a group covers: streets (whole, or ranges and sides), postcodes, and a free-text
/// line for the boundary. At least one street or postcode.
public struct Area: Hashable, Codable, Sendable {
    public var streets: [StreetEntry] = []
    public var postcodes: [Postcode] = []
    public var boundary: String = ""

    public init(streets: [StreetEntry] = [], postcodes: [Postcode] = [], boundary: String = "") {
        self.streets = streets
        self.postcodes = postcodes
        self.boundary = boundary
    }

    public var isEmpty: Bool { streets.isEmpty && postcodes.isEmpty }

    /// Adds a street entry unless it duplicates or overlaps an entry of the same street.
    public mutating func add(_ entry: StreetEntry) throws(Problem) {
        if let index = streets.firstIndex(where: { $0.overlaps(entry) }) {
            throw .streetOverlap(new: entry, existing: streets[index], position: index + 1)
        }
        streets.append(entry)
    }

    /// Adds a postcode unless it is already in the list, or inside a four-digit area that is
    /// (or contains one that is).
    public mutating func add(_ postcode: Postcode) throws(Problem) {
        if let index = postcodes.firstIndex(where: { postcode.isWithin($0) || $0.isWithin(postcode) }) {
            throw .postcodeDuplicate(new: postcode, existing: postcodes[index], position: index + 1)
        }
        postcodes.append(postcode)
    }

    /// Checks a whole area, as loaded from a file: the first overlap found, if any.
    /// Sorting each street's entries keeps this close to linear for very large areas.
    public func firstProblem() -> Problem? {
        if isEmpty { return .areaEmpty }
        var byStreet: [String: [Int]] = [:]
        for (index, entry) in streets.enumerated() { byStreet[entry.key, default: []].append(index) }
        for indices in byStreet.values where indices.count > 1 {
            let sorted = indices.sorted { (streets[$0].range?.first ?? 1) < (streets[$1].range?.first ?? 1) }
            // An entry can only overlap one that starts no later than it ends; track the furthest
            // reach seen so far for each side (nil = both sides).
            var reach: [Side?: Int] = [:]
            var holder: [Side?: Int] = [:]
            for index in sorted {
                let entry = streets[index]
                for side in [nil, Side.even, Side.odd] as [Side?] {
                    guard let other = holder[side], let end = reach[side],
                          end >= (entry.range?.first ?? 1), entry.overlaps(streets[other]) else { continue }
                    let (first, second) = other < index ? (other, index) : (index, other)
                    return .streetOverlap(new: streets[second], existing: streets[first], position: first + 1)
                }
                let end = entry.range?.last ?? Int.max
                if end >= reach[entry.side] ?? Int.min {
                    reach[entry.side] = end
                    holder[entry.side] = index
                }
            }
        }
        // A full postcode clashes with the same postcode or with its four-digit area.
        var full: [Postcode: Int] = [:]
        var firstWithDigits: [String: Int] = [:]
        var areas: [String: Int] = [:]
        for (index, postcode) in postcodes.enumerated() {
            let clash = postcode.letters == nil
                ? areas[postcode.digits] ?? firstWithDigits[postcode.digits]
                : full[postcode] ?? areas[postcode.digits]
            if let other = clash {
                return .postcodeDuplicate(new: postcode, existing: postcodes[other], position: other + 1)
            }
            if postcode.letters == nil { areas[postcode.digits] = index } else { full[postcode] = index }
            if firstWithDigits[postcode.digits] == nil { firstWithDigits[postcode.digits] = index }
        }
        return nil
    }
}
