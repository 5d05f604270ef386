/// An agreement the group can choose. The order of the cases is the order of the numbered list
/// residents see and of the articles in the charter; the words live in the catalogue.
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
    case wijkagentInGroup = "wijkagent"
    case phoneChain = "belketen"

    /// Pre-selected for a new group: what almost every published rule list has, plus the
    /// all-clear step and judging behaviour, which the lists lack and the guidance asks for.
    public var isRecommended: Bool {
        switch self {
        case .questionsPrivately, .stayNearHome, .noAdverts, .ownMessages,
             .neighbouringAdmins, .wijkagentInGroup, .phoneChain:
            false
        default:
            true
        }
    }

    /// The number residents type to choose it: its place in the list, from 1.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static var recommended: [AgreementID] { allCases.filter(\.isRecommended) }

    /// Finds an agreement by number (`3`) or id (`saar`).
    public init?(numberOrID text: String) {
        if let number = Int(text), number >= 1, number <= Self.allCases.count {
            self = Self.allCases[number - 1]
        } else if let found = Self(rawValue: text.lowercased()) {
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
    /// Only when needed to describe the person (most lists).
    case forDescription = "for-description"
    /// Only send to the police, never in the group.
    case onlyToPolice = "only-to-police"
}

/// The chosen agreements, their settings, and the group's own rules.
public struct AgreementChoices: Hashable, Codable, Sendable {
    /// In catalogue order.
    public var selected: [AgreementID] = AgreementID.recommended
    /// Approach someone only with at least this many members (2 or more).
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
