/// An agreement the group can choose. The order of the cases is the order of the numbered list
/// residents see, and each agreement keeps that number in the charter, so that "afspraak 13"
/// means the same thing in the session, in every charter and in every later version of it.
/// What each agreement is (seed, checklist line, conflicts) is declared in `Agreement`; its words
/// live in the catalogue.
public enum AgreementID: String, Codable, CaseIterable, Sendable {
    case saar
    case call112First = "eerst-112"
    case say112Called = "112-gebeld"
    case oneCaller = "een-beller"
    case allClear = "alles-veilig"
    case behaviourNotAppearance = "gedrag"
    case whatIsSuspicious = "verdacht"
    case describePerson = "signalement"
    case describeVehicle = "voertuig"
    case approachSafely = "aanspreken"
    case noVigilantism = "eigen-rechter"
    case photos = "fotos"
    case noForwarding = "niet-doorsturen"
    case respect
    case purposeOnly = "alleen-meldingen"
    case noReplies = "geen-reacties"
    case citizensInitiative = "burgerinitiatief"
    case removal = "verwijderen"
    case adminDecides = "beheerder-beslist"
    case leaveWhenMoving = "verhuizen"
    case questionsPrivately = "vragen-prive"
    case stayNearHome = "bij-huis"
    case noAdverts = "geen-reclame"
    case ownMessages = "eigen-berichten"
    case neighbouringAdmins = "buurgroepen"
    /// An admin keeps in touch with the wijkagent, who is not a member. The id is the one an
    /// earlier version used for "the wijkagent in the group", so that old files still load; the
    /// police are never invited in (domain.md: the police are not members of the group).
    case wijkagentContact = "wijkagent"
    case phoneChain = "belketen"

    /// Pre-selected for a new group.
    public var isRecommended: Bool { agreement.recommended }

    /// One of the agreements on gemeente Katwijk's page, the advice this program started from.
    public var isFromSeed: Bool { agreement.fromSeed }

    /// The number residents type to choose it: its place in the list, from 1.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static var recommended: [AgreementID] { allCases.filter(\.isRecommended) }

    /// The agreements on gemeente Katwijk's page, in list order.
    public static var fromSeed: [AgreementID] { allCases.filter(\.isFromSeed) }

    /// Finds an agreement by number (`3`) or id in any language (`fotos`, `photos`).
    public init?(numberOrID text: String) {
        let typed = text.lowercased()
        if let number = Int(text), number >= 1, number <= Self.allCases.count {
            self = Self.allCases[number - 1]
        } else if let found = Self(rawValue: typed)
                    ?? Self.allCases.first(where: { id in Language.allCases.contains { $0.text(AgreementText.id(id)) == typed } }) {
            self = found
        } else {
            return nil
        }
    }
}

/// What a group may do with photos of someone it finds suspicious.
public enum PhotoRule: String, Codable, CaseIterable, Sendable {
    /// Never post photos of people.
    case never
    /// Only when it is safe and needed to describe the person (most lists).
    case forDescription = "for-description"
    /// Never in the group; only to the police when they ask.
    case onlyToPolice = "only-to-police"
}

/// The chosen agreements, their settings, and the group's own rules.
public struct AgreementChoices: Hashable, Codable, Sendable {
    /// How many members approach someone together: at least two, so that nobody does it on
    /// their own, and at most a few, so that it stays a conversation and not a crowd. A session
    /// and a saved file accept only these.
    public static let approachGroupSizes: ClosedRange<Int> = 2...4

    /// In catalogue order.
    public var selected: [AgreementID] = AgreementID.recommended
    /// Approach someone only with at least this many members (see `approachGroupSizes`;
    /// `AnswerCheck.approachGroupSize` refuses any other number, typed or read from a file).
    public var approachGroupSize: Int = 2
    public var photoRule: PhotoRule = .forDescription
    /// Whether skin colour is part of a description. Off by default: behaviour comes first.
    public var skinColourInDescription: Bool = false
    /// The group's own agreements, as typed.
    public var custom: [String] = []

    public init() {}

    public func has(_ id: AgreementID) -> Bool { selected.contains(id) }

    public mutating func set(_ id: AgreementID, _ on: Bool) {
        var set = Set(selected)
        if on { set.insert(id) } else { set.remove(id) }
        selected = AgreementID.allCases.filter(set.contains)
    }
}
