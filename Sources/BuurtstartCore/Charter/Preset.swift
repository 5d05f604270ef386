/// A municipality's or police unit's advice, as a starting point for a session: defaults for
/// the municipality and membership, the agreements it recommends with their settings, local
/// contacts, and a line in the charter saying whose advice it was. Documented in
/// docs/presets.md. Every field but `format`, `name` and `basedOn` may be left out.
public struct Preset: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var format: Int
    /// What `--preset` names it by.
    public var name: String
    /// What the preset is based on, as it reads after "Gebaseerd op:" in the charter, e.g.
    /// "het advies van gemeente Katwijk".
    public var basedOn: String
    /// The same in English, for a session in English; a preset without it says `basedOn` in
    /// every language. Shipped presets carry both.
    public var basedOnEnglish: String?
    public var municipality: String?
    /// Left out where the preset leaves the age for the group to choose.
    public var minimumAge: Int?
    public var eligibility: Eligibility?
    public var agreements: [AgreementID]?
    public var approachGroupSize: Int?
    public var photoRule: PhotoRule?
    public var skinColourInDescription: Bool?
    public var wijkagentName: String?
    public var wijkagentReach: String?
    public var recommendBurgernet: Bool?

    /// The presets shipped with buurtstart.
    public static let shipped: [Preset] = [PackageResources.katwijk_json, PackageResources.landelijk_json].compactMap {
        try? decode($0)
    }

    /// The shipped preset with this name (case ignored), if any.
    public static func shipped(named name: String) -> Preset? {
        shipped.first { $0.name == name.lowercased() }
    }

    /// Reads and checks a preset file: each value as a session would accept it.
    public static func decode(_ bytes: [UInt8]) throws(DataFileError) -> Preset {
        let preset: Preset
        do { preset = try JSONData.decode(Preset.self, from: bytes) } catch { throw error }
        guard preset.format == currentFormat else { throw DataFileError(.unknownVersion(preset.format), field: "format") }
        try preset.check()
        return preset
    }

    /// Each value as a session would accept it, with the checks `buurtstart.json` passes.
    private func check() throws(DataFileError) {
        func check(_ field: String, _ body: () throws(Problem) -> Void) throws(DataFileError) {
            do { try body() } catch { throw DataFileError(.inconsistent(error), field: field) }
        }
        try check("name") { () throws(Problem) in try AnswerCheck.text(name, limit: AnswerLimits.placeName, required: true) }
        try check("basedOn") { () throws(Problem) in try AnswerCheck.text(basedOn, limit: AnswerLimits.basedOn, required: true) }
        if let basedOnEnglish {
            try check("basedOnEnglish") { () throws(Problem) in
                try AnswerCheck.text(basedOnEnglish, limit: AnswerLimits.basedOn, required: true)
            }
        }
        if let municipality {
            try check("municipality") { () throws(Problem) in try AnswerCheck.text(municipality, limit: AnswerLimits.placeName) }
        }
        if let minimumAge { try check("minimumAge") { () throws(Problem) in try AnswerCheck.age(minimumAge) } }
        if let agreements, let (index, problem) = AnswerCheck.agreements(agreements) {
            try check("agreements[\(index)]") { () throws(Problem) in throw problem }
        }
        if let approachGroupSize {
            try check("approachGroupSize") { () throws(Problem) in try AnswerCheck.approachGroupSize(approachGroupSize) }
        }
        if let wijkagentName {
            try check("wijkagentName") { () throws(Problem) in try AnswerCheck.text(wijkagentName, limit: AnswerLimits.wijkagentName) }
        }
        if let wijkagentReach {
            try check("wijkagentReach") { () throws(Problem) in try AnswerCheck.text(wijkagentReach, limit: AnswerLimits.wijkagentReach) }
        }
    }

    /// What the preset is based on, in `language` where the preset says it so.
    public func basedOn(in language: Language) -> String {
        language == .english ? basedOnEnglish ?? basedOn : basedOn
    }

    /// New answers that start from this advice, for a session in `language`.
    public func startingAnswers(language: Language = .dutch) -> Answers {
        var answers = Answers()
        answers.basedOn = basedOn(in: language)
        if let municipality { answers.group.municipality = municipality }
        if let minimumAge { answers.membership.minimumAge = minimumAge }
        if let eligibility { answers.membership.eligibility = eligibility }
        if let agreements { answers.agreements.selected = AgreementID.allCases.filter(agreements.contains) }
        if let approachGroupSize { answers.agreements.approachGroupSize = approachGroupSize }
        if let photoRule { answers.agreements.photoRule = photoRule }
        if let skinColourInDescription { answers.agreements.skinColourInDescription = skinColourInDescription }
        if let wijkagentName { answers.contacts.wijkagentName = wijkagentName }
        if let wijkagentReach { answers.contacts.wijkagentReach = wijkagentReach }
        if let recommendBurgernet { answers.contacts.recommendBurgernet = recommendBurgernet }
        return answers
    }
}
