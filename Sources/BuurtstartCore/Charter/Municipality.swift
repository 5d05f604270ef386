/// A Dutch municipality as CBS lists it (`MunicipalityList.swift`, generated from CBS's list by
/// `scripts/municipalities`): its code and its official name. The code is what tells two
/// groups' municipalities apart: "Den Haag" and "'s-Gravenhage" are one.
public struct Municipality: Hashable, Sendable {
    /// CBS's code: GM and four digits.
    public let code: String
    /// The official name, with CBS's province mark where another place has the same name:
    /// `Bergen (NH.)`, `Hengelo (O.)`.
    public let name: String

    /// The name without a province mark: `Hengelo` for `Hengelo (O.)`.
    var baseName: String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        return String(name[..<open]).trimmingTrailingSpaces
    }

    /// The names people use instead of the official one, with the code each stands for.
    static let commonNames: [(name: String, code: String)] = [("Den Haag", "GM0518"), ("Den Bosch", "GM0796")]

    /// The name a resident writes: the official one, without its province mark where no other
    /// municipality shares the name (`Hengelo`, but `Bergen (NH.)` and `Bergen (L.)`).
    public var spokenName: String {
        Self.sharingBaseName[baseName, default: 0] == 1 ? baseName : name
    }

    /// How many municipalities have each name without its province mark: counted once, so that
    /// a spoken name is found without going through the whole list.
    private static let sharingBaseName: [String: Int] = Dictionary(all.map { ($0.baseName, 1) }, uniquingKeysWith: +)

    /// The municipalities by the compared form of their name without a province mark.
    private static let byBaseKey: [String: [Municipality]] = Dictionary(grouping: all) { key($0.baseName) }

    /// The municipality with CBS code `code`.
    public static func coded(_ code: String) -> Municipality? { byCode[code] }

    /// What Tab completes to: every municipality's spoken name and the common names.
    public static let completions: [String] = all.map(\.spokenName) + commonNames.map(\.name)

    /// What a typed name is: a municipality (with the name to keep), a name that two
    /// municipalities share, or a name not on the list, with the names closest to it.
    public enum Match: Equatable, Sendable {
        case found(Municipality, name: String)
        case ambiguous([String])
        case unknown(closest: [String])
    }

    /// Finds `typed` regardless of case, accents, apostrophes, hyphens, dots, spaces, the
    /// province mark and a leading "gemeente": `katwijk`, `Den Haag`, `s-Hertogenbosch`.
    public static func match(_ typed: String) -> Match {
        // A name typed as the list has it is found without comparing forms: building those for
        // every municipality costs more than a whole session besides.
        if let found = byExactName[typed] { return .found(found.municipality, name: found.name) }
        let key = Self.key(typed)
        if let found = byKey[key] { return .found(found.municipality, name: found.name) }
        let sharing = byBaseKey[key] ?? []
        if sharing.count > 1 { return .ambiguous(sharing.map(\.name)) }
        // A mistyped name: at most one letter off for a short name, two for a longer one.
        let allowed = key.count < 5 ? 1 : 2
        let scored = byKey.map { ($0.value.name, UsageProblem.editDistance(Array(key), Array($0.key))) }
            .filter { $0.1 <= allowed }
        let closest = Dictionary(scored, uniquingKeysWith: min).sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        return .unknown(closest: closest.prefix(3).map(\.key))
    }

    /// The municipality a saved name stands for, or nil for a name not on the list.
    public static func named(_ name: String) -> Municipality? {
        if case .found(let found, _) = match(name) { return found }
        return nil
    }

    /// The form in which names are compared.
    static func key(_ text: String) -> String {
        var words = StreetName.key(text).split(separator: " ")
        if words.count > 1, words[0] == "gemeente" { words.removeFirst() }
        return String(String.UnicodeScalarView(words.joined().unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if "'-.()".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .nonspacingMark { return nil }
            return Self.withoutAccent[scalar] ?? scalar
        }))
    }

    /// The accented letters of Dutch and Frisian names (Súdwest-Fryslân), as typed without.
    private static let withoutAccent: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = ["áa", "àa", "âa", "äa", "ée", "èe", "êe", "ëe", "íi", "ïi", "îi", "óo", "òo", "ôo", "öo", "úu", "ûu", "üu"]
        return Dictionary(uniqueKeysWithValues: pairs.map { pair in
            let scalars = Array(pair.unicodeScalars)
            return (scalars[0], scalars[1])
        })
    }()

    private static let byCode: [String: Municipality] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The official, spoken and common names exactly as written.
    private static let byExactName = names { $0 }

    /// Each name that finds a municipality by itself: the official one, the spoken one, the
    /// common ones, in the compared form.
    private static let byKey = names(key)

    /// Every name that finds a municipality, in `form`, with the municipality and the name kept.
    private static func names(_ form: (String) -> String) -> [String: (municipality: Municipality, name: String)] {
        var found: [String: (municipality: Municipality, name: String)] = [:]
        for municipality in all {
            found[form(municipality.name)] = (municipality, municipality.spokenName)
            found[form(municipality.spokenName)] = (municipality, municipality.spokenName)
        }
        for common in commonNames {
            if let municipality = byCode[common.code] { found[form(common.name)] = (municipality, common.name) }
        }
        return found
    }
}
