/// The area a group covers: streets (whole, or ranges and sides), postcodes, and a free-text
/// line for the boundary. At least one street or postcode.
public struct Area: Hashable, Codable, Sendable {
    /// In the order given. Changed through `add` and `removeStreet(at:)`, which keep the index.
    public private(set) var streets: [StreetEntry] = []
    public var postcodes: [Postcode] = []
    public var boundary: String = ""
    /// Overlaps with other groups that the founder chose to keep (see `keptOverlaps`). Added
    /// after version 1 was released: files without it still load, and it is left out when empty.
    public var sharedWith: [KeptOverlap] = []
    /// Positions in `streets` of each street's entries, so that a new entry is compared with
    /// its own street only: adding stays linear in the number of streets. Not saved.
    private var byStreet: [String: [Int]] = [:]

    public init(streets: [StreetEntry] = [], postcodes: [Postcode] = [], boundary: String = "") {
        self.streets = streets
        self.postcodes = postcodes
        self.boundary = boundary
        self.byStreet = Self.index(streets)
    }

    enum CodingKeys: String, CodingKey { case streets, postcodes, boundary, sharedWith }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(streets: try container.decode([StreetEntry].self, forKey: .streets),
                  postcodes: try container.decode([Postcode].self, forKey: .postcodes),
                  boundary: try container.decode(String.self, forKey: .boundary))
        sharedWith = try container.decodeIfPresent([KeptOverlap].self, forKey: .sharedWith) ?? []
    }

    public static func == (lhs: Area, rhs: Area) -> Bool {
        lhs.streets == rhs.streets && lhs.postcodes == rhs.postcodes && lhs.boundary == rhs.boundary && lhs.sharedWith == rhs.sharedWith
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(streets)
        hasher.combine(postcodes)
        hasher.combine(boundary)
        hasher.combine(sharedWith)
    }

    private static func index(_ streets: [StreetEntry]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, entry) in streets.enumerated() { index[entry.key, default: []].append(position) }
        return index
    }

    public var isEmpty: Bool { streets.isEmpty && postcodes.isEmpty }

    /// Each street's name once, in the order first entered.
    public var streetNames: [String] {
        byStreet.values.map { $0[0] }.sorted().map { streets[$0].name }
    }

    /// Adds a street entry unless it duplicates or overlaps an entry of the same street.
    public mutating func add(_ entry: StreetEntry) throws(Problem) {
        if let index = byStreet[entry.key]?.first(where: { streets[$0].overlaps(entry) }) {
            throw .streetOverlap(new: entry, existing: streets[index], position: index + 1)
        }
        byStreet[entry.key, default: []].append(streets.count)
        streets.append(entry)
    }

    /// Removes the entry at `position` (from 0).
    /// Removes a street entry, and the overlaps kept for it: the file keeps no note of an entry
    /// that is gone.
    public mutating func removeStreet(at position: Int) {
        let removed = streets.remove(at: position)
        byStreet = Self.index(streets)
        sharedWith.removeAll { $0.ours == .street(removed) }
    }

    /// Removes a postcode, and the overlaps kept for it.
    public mutating func removePostcode(at position: Int) {
        let removed = postcodes.remove(at: position)
        sharedWith.removeAll { $0.ours == .postcode(removed) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(streets, forKey: .streets)
        try container.encode(postcodes, forKey: .postcodes)
        try container.encode(boundary, forKey: .boundary)
        if !sharedWith.isEmpty { try container.encode(sharedWith, forKey: .sharedWith) }
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
        // The streets in the order they are first listed: the same file always gets the same
        // message, whatever order a dictionary keeps.
        var order: [String] = []
        for (index, entry) in streets.enumerated() {
            if byStreet[entry.key] == nil { order.append(entry.key) }
            byStreet[entry.key, default: []].append(index)
        }
        for indices in order.compactMap({ byStreet[$0] }) where indices.count > 1 {
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
