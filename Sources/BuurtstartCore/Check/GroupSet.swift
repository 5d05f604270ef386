/// One group of a set of groups (a municipality's or a coordinator's folder of group folders),
/// as the set shows it: what names the group, its area, and whom to contact. Phone numbers are
/// kept only where the group chose to print them in its charter.
public struct GroupRecord: Hashable, Sendable {
    /// The group's folder, by its name inside the set: how the register tells groups apart.
    public let folder: String
    public let name: String
    public let municipality: String
    /// What tells its municipality from another's (`GroupAnswers.municipalityKey`).
    public let municipalityKey: String
    public let neighbourhood: String
    public let area: Area
    public let expectedMembers: Int?
    /// The contact admin's first name; empty before the admins were given.
    public let contact: String
    /// The contact admin's phone number, only when the group's charter shows the numbers: the
    /// group is finished (its charter written from these answers) and chose to print them. An
    /// unfinished group has no charter that shows anything yet, whatever it answered so far.
    public let contactPhone: String?
    /// The charter's version and date as last written; 0 and empty before the first writing.
    public let version: Int
    public let date: String
    public let finished: Bool
    /// A finished group being changed: the record is of its last finished version, and a
    /// newer one is being written.
    public let beingChanged: Bool

    /// The group as `answers` last finished it, when it was finished once and is being changed
    /// now (`Answers.lastFinished`); else as they are.
    public init(folder: String, answers saved: Answers) {
        let answers = saved.lastFinished ?? saved
        beingChanged = saved.beingChanged
        self.folder = folder
        name = answers.group.name
        municipality = answers.group.municipality
        municipalityKey = answers.group.municipalityKey
        neighbourhood = answers.group.neighbourhood
        area = answers.area
        expectedMembers = answers.membership.expectedMembers
        let people = answers.admins.people
        let contactAdmin = people.indices.contains(answers.admins.contact) ? people[answers.admins.contact] : nil
        contact = contactAdmin?.firstName ?? ""
        finished = answers.status == .finished
        contactPhone = finished && answers.admins.phonesInCharter ? contactAdmin?.phone : nil
        version = answers.charter.version
        date = answers.charter.date
    }

    /// The group as a message names it: its name, or its folder when it has none yet. A name
    /// was checked when its file was read; a folder's name was not, and may hold anything a
    /// file system allows, so its hidden characters are made visible (a kept overlap saves it).
    public var title: String { name.isEmpty ? TextInput.visible(folder) : name }
}

/// An overlap of one part of an area with another group's, with who to contact about it.
public struct GroupOverlap: Hashable, Sendable {
    public let group: String
    public let contact: String
    /// False for a group still being set up: its area may change yet.
    public let finished: Bool
    public let overlap: AreaOverlap

    public init(group: String, contact: String, finished: Bool = true, overlap: AreaOverlap) {
        self.group = group
        self.contact = contact
        self.finished = finished
        self.overlap = overlap
    }
}

/// Two groups of a set whose areas overlap, with every part they share.
public struct GroupPair: Sendable, Equatable {
    public let first: GroupRecord
    public let second: GroupRecord
    /// `ours` is the first group's part, `theirs` the second's.
    public let overlaps: [AreaOverlap]
}

/// A set of groups, indexed by street (`StreetName.key`) and by a postcode's four digits, so
/// that a part is compared only with the parts of the same street or postcode area: checking
/// an entry while it is typed, or every pair of a municipality's groups, stays close to linear.
public struct GroupSet: Sendable {
    public let groups: [GroupRecord]

    /// A part of one group's area: which group, and the part.
    struct Located: Sendable {
        let group: Int
        let part: AreaPart
    }

    private var byStreet: [String: [Located]] = [:]
    private var byDigits: [String: [Located]] = [:]

    public init(_ groups: [GroupRecord]) {
        self.groups = groups
        for (index, group) in groups.enumerated() {
            for entry in group.area.streets { byStreet[entry.key, default: []].append(Located(group: index, part: .street(entry))) }
            for postcode in group.area.postcodes { byDigits[postcode.digits, default: []].append(Located(group: index, part: .postcode(postcode))) }
        }
    }

    /// The parts of other groups that could meet `part`: those of the same street, or of the
    /// same four postcode digits.
    private func candidates(for part: AreaPart) -> [Located] {
        switch part {
        case .street(let entry): byStreet[entry.key] ?? []
        case .postcode(let postcode): byDigits[postcode.digits] ?? []
        }
    }

    /// What `part` (of a group outside the set) shares with the set's groups, in their order.
    public func overlaps(of part: AreaPart) -> [GroupOverlap] {
        candidates(for: part).compactMap { other in
            part.shared(with: other.part).map {
                GroupOverlap(group: groups[other.group].title, contact: groups[other.group].contact, finished: groups[other.group].finished,
                             overlap: AreaOverlap(ours: part, theirs: other.part, shared: $0))
            }
        }
    }

    /// Every pair of groups whose areas overlap, in the set's order, each with the parts they share.
    public func overlappingPairs() -> [GroupPair] {
        var found: [Int: [Int: [AreaOverlap]]] = [:]
        for (index, group) in groups.enumerated() {
            for part in group.area.parts {
                for other in candidates(for: part) where other.group > index {
                    if let shared = part.shared(with: other.part) {
                        found[index, default: [:]][other.group, default: []]
                            .append(AreaOverlap(ours: part, theirs: other.part, shared: shared))
                    }
                }
            }
        }
        return found.keys.sorted().flatMap { first in
            (found[first] ?? [:]).sorted { $0.key < $1.key }.map { second, overlaps in
                GroupPair(first: groups[first], second: groups[second], overlaps: overlaps)
            }
        }
    }

    /// The groups whose areas hold the address, each with the entry that holds it and its
    /// position (from 1) among the area's streets or postcodes.
    public func holding(_ address: AddressCheck.Address, postcode: Postcode?) -> [(group: GroupRecord, entry: AreaPart, position: Int)] {
        var candidates = Set((byStreet[StreetName.key(address.street)] ?? []).map(\.group))
        if let postcode { candidates.formUnion((byDigits[postcode.digits] ?? []).map(\.group)) }
        return candidates.sorted().compactMap { index in
            switch AddressCheck.check(address, postcode: postcode, in: groups[index].area) {
            case .streetEntry(let entry, let position): (groups[index], .street(entry), position)
            case .postcode(let found, let position): (groups[index], .postcode(found), position)
            case .numberOutside, .notInArea: nil
            }
        }
    }
}
