/// Everything an agreement says, in the charter, the checklist, WhatsApp and the session. The
/// core decides which of these are shown (from `Agreement` and `AgreementSettings`); each
/// language words them in one exhaustive `switch` (`DutchAgreements.swift`,
/// `EnglishAgreements.swift`).
public enum AgreementText: Sendable {
    case title(AgreementID)
    /// The name a resident may type for it (`-fotos`, `-photos`): every language's is accepted,
    /// the session's is shown. Files keep the Dutch one (`AgreementID.rawValue`).
    case id(AgreementID)
    /// The article in the charter; several lines for SAAR's steps.
    case article(AgreementID, AgreementSettings)
    /// The line a new member ticks; only for agreements that declare one.
    case checklistLine(AgreementID, AgreementSettings)
    /// A line in the WhatsApp group description; only for agreements that declare one.
    case descriptionLine(AgreementID)
    /// A line (or block, for SAAR) in the WhatsApp welcome; only for agreements that declare one.
    case welcomeLine(AgreementID, AgreementSettings)
    /// A seed agreement was switched off: what the seed asks, in our own words; `basedOn`: the
    /// preset the session started from, if any.
    case seedWarning(AgreementID, basedOn: String?)
    /// `alles` left `first` off, because it contradicts `second`, which stays on.
    case leftOffByAll(AgreementPair)
    /// After `geen`: nothing is on, and Enter will not accept that.
    case noneChosen
    /// The full text shown before choosing (`? 21`): its heading with number and id.
    case fullTextHeading(AgreementID, on: Bool)
    case fullTextChecklist(String)
    /// What the agreement adds to WhatsApp, as one line.
    case fullTextWhatsApp(String)
    case fullTextSeed
    case fullTextRecommended
    case fullTextConflicts([AgreementID])
    case fullTextRequires([AgreementID])
    /// An own agreement just typed touches what this chosen agreement rules on: the agreement
    /// quoted, as the charter prints it with these settings.
    case ownAgreementDoubt(AgreementID, AgreementSettings)
    /// An own agreement just typed touches what this agreement from the municipality's advice
    /// rules on, and the agreement is off: what that advice asks.
    case ownAgreementAgainstAdvice(AgreementID)
}

/// What each language supplies for the agreements; the dispatch from `AgreementText` is one
/// piece of code for every language.
protocol AgreementWording {
    static func title(_ id: AgreementID) -> String
    static func id(_ id: AgreementID) -> String
    static func article(_ id: AgreementID, _ settings: AgreementSettings) -> String
    /// Empty for an agreement that declares no checklist line; likewise for the next two.
    static func checklistLine(_ id: AgreementID, _ settings: AgreementSettings) -> String
    static func descriptionLine(_ id: AgreementID) -> String
    static func welcomeLine(_ id: AgreementID, _ settings: AgreementSettings) -> String
    /// The session's sentences about agreements: warnings, and the labels of the full text.
    static func sentence(_ message: AgreementText) -> String
}

extension AgreementWording {
    static func text(_ message: AgreementText) -> String {
        switch message {
        case .title(let id): title(id)
        case .id(let id): self.id(id)
        case .article(let id, let settings): article(id, settings)
        case .checklistLine(let id, let settings): checklistLine(id, settings)
        case .descriptionLine(let id): descriptionLine(id)
        case .welcomeLine(let id, let settings): welcomeLine(id, settings)
        default: sentence(message)
        }
    }

    /// An agreement as a sentence names it: `22 (Blijf bij je eigen huis)`.
    static func named(_ id: AgreementID) -> String { "\(id.number) (\(title(id)))" }
}

extension Language {
    public func text(_ message: AgreementText) -> String {
        switch self {
        case .dutch: Dutch.text(message)
        case .english: English.text(message)
        }
    }
}

extension AgreementID {
    /// The whole agreement, to read before choosing it (`? 21`): heading, the article as the
    /// charter will print it with these settings, the checklist and WhatsApp lines it adds,
    /// whether it comes from the seed or is recommended, and what it cannot go with or needs.
    /// The core decides which parts; a language words each.
    public func fullText(settings: AgreementSettings, on: Bool, language: Language) -> [AgreementText] {
        let agreement = self.agreement
        var parts: [AgreementText] = [.fullTextHeading(self, on: on), .article(self, settings)]
        if agreement.checklistLine {
            parts.append(.fullTextChecklist(language.text(AgreementText.checklistLine(self, settings))))
        }
        var whatsApp: [String] = []
        if agreement.descriptionLine { whatsApp.append(language.text(AgreementText.descriptionLine(self))) }
        if agreement.welcomeLine, self != .saar { whatsApp.append(language.text(AgreementText.welcomeLine(self, settings))) }
        if !whatsApp.isEmpty { parts.append(.fullTextWhatsApp(whatsApp.flatMap(TextInput.lines).joined(separator: " "))) }
        if agreement.fromSeed { parts.append(.fullTextSeed) }
        if agreement.recommended { parts.append(.fullTextRecommended) }
        if !conflicting.isEmpty { parts.append(.fullTextConflicts(conflicting)) }
        if !agreement.requires.isEmpty { parts.append(.fullTextRequires(agreement.requires)) }
        return parts
    }

    public func fullText(in language: Language, settings: AgreementSettings, on: Bool) -> [String] {
        fullText(settings: settings, on: on, language: language).flatMap { TextInput.lines(language.text($0)) }
    }

    /// The full text for the answers of a session.
    public func fullText(in language: Language, answers: Answers) -> [String] {
        fullText(in: language, settings: AgreementSettings(answers), on: answers.agreements.has(self))
    }
}
