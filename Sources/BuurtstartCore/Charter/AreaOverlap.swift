#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One part of an area: a street entry or a postcode.
public enum AreaPart: Hashable, Sendable {
    case street(StreetEntry)
    case postcode(Postcode)

    /// The part both `self` and `other` hold, nil when they share nothing.
    ///
    /// Two street entries share numbers when they name the same street (`StreetName.key`), their
    /// ranges meet, and their sides leave a number both hold (`1-19 oneven` and `2-20 even`
    /// share none). Two postcodes share the narrower one when one lies within the other. A
    /// street and a postcode are never said to share anything: which streets a postcode holds
    /// cannot be known without the postcode register, which buurtstart does not have.
    public func shared(with other: AreaPart) -> AreaPart? {
        switch (self, other) {
        case let (.street(ours), .street(theirs)):
            return ours.sharedNumbers(with: theirs).map(AreaPart.street)
        case let (.postcode(ours), .postcode(theirs)):
            if ours.isWithin(theirs) { return .postcode(ours) }
            if theirs.isWithin(ours) { return .postcode(theirs) }
            return nil
        case (.street, .postcode), (.postcode, .street):
            return nil
        }
    }
}

extension StreetEntry {
    /// The numbers this entry and `other` both hold, as an entry of this street's name: the
    /// meeting of the ranges, on the side both allow, its ends moved onto that side. Nil when
    /// no house number belongs to both.
    public func sharedNumbers(with other: StreetEntry) -> StreetEntry? {
        guard overlaps(other) else { return nil }
        let side = self.side ?? other.side
        var range: HouseNumberRange?
        if self.range != nil || other.range != nil {
            var low = max(self.range?.first ?? 1, other.range?.first ?? 1)
            var high = min(self.range?.last ?? Int.max, other.range?.last ?? Int.max)
            if let side {
                if !side.contains(low) { low += 1 }
                if !side.contains(high) { high -= 1 }
            }
            range = HouseNumberRange(saved: low, last: high)
        }
        return StreetEntry(saved: name, range: range, side: side)
    }
}

/// What one part of this group's area shares with another group's area.
public struct AreaOverlap: Hashable, Sendable {
    /// This group's part.
    public let ours: AreaPart
    /// The other group's part it meets.
    public let theirs: AreaPart
    /// What both hold: the numbers and side, or the postcode.
    public let shared: AreaPart

    public init(ours: AreaPart, theirs: AreaPart, shared: AreaPart) {
        self.ours = ours
        self.theirs = theirs
        self.shared = shared
    }
}

/// An overlap the founder was told of and chose to keep: written in the charter's section
/// about the area, so that members and the other group know. Saved in `buurtstart.json` as
/// `area.sharedWith`.
public struct KeptOverlap: Hashable, Codable, Sendable {
    /// The other group's name.
    public var group: String
    public var ours: AreaPart
    public var shared: AreaPart

    public init(group: String, ours: AreaPart, shared: AreaPart) {
        self.group = group
        self.ours = ours
        self.shared = shared
    }
}

extension AreaPart: Codable {
    enum CodingKeys: String, CodingKey { case street, postcode }

    /// `{"street": {...}}` or `{"postcode": "2221 AB"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let street = try container.decodeIfPresent(StreetEntry.self, forKey: .street) {
            self = .street(street)
        } else {
            self = .postcode(try container.decode(Postcode.self, forKey: .postcode))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .street(let street): try container.encode(street, forKey: .street)
        case .postcode(let postcode): try container.encode(postcode, forKey: .postcode)
        }
    }
}

extension Area {
    /// Every part, streets first, in the order given.
    public var parts: [AreaPart] {
        streets.map(AreaPart.street) + postcodes.map(AreaPart.postcode)
    }

    /// Adds a part as the session's lists add it: refused when it duplicates or overlaps one
    /// of this area's own.
    public mutating func add(_ part: AreaPart) throws(Problem) {
        switch part {
        case .street(let entry): try add(entry)
        case .postcode(let postcode): try add(postcode)
        }
    }

    /// The kept overlaps whose part is still in the area: removing an entry takes its note
    /// out of the charter too.
    public var keptOverlaps: [KeptOverlap] {
        sharedWith.filter { kept in
            switch kept.ours {
            case .street(let entry): streets.contains(entry)
            case .postcode(let postcode): postcodes.contains(postcode)
            }
        }
    }
}
