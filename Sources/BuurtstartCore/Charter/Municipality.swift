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
        Self.all.filter { $0.baseName == baseName }.count == 1 ? baseName : name
    }

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
        let key = Self.key(typed)
        if let found = byKey[key] { return .found(found.municipality, name: found.name) }
        let sharing = all.filter { Self.key($0.baseName) == key }
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

    /// Each name that finds a municipality by itself: the official one, the spoken one, the
    /// common ones.
    private static let byKey: [String: (municipality: Municipality, name: String)] = {
        var found: [String: (municipality: Municipality, name: String)] = [:]
        for municipality in all {
            found[key(municipality.name)] = (municipality, municipality.spokenName)
            found[key(municipality.spokenName)] = (municipality, municipality.spokenName)
        }
        for common in commonNames {
            if let municipality = byCode[common.code] { found[key(common.name)] = (municipality, common.name) }
        }
        return found
    }()
}
