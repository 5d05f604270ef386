/// What an agreement from the list rules on, where a group's own agreement could easily say the
/// opposite. Each agreement declares its topics in `AgreementID.agreement`; an own agreement that
/// touches a topic of a chosen agreement is questioned (`AgreementChoices.doubts(about:)`), never
/// refused: the founder reads the agreement it seems to contradict, and decides.
public enum AgreementTopic: CaseIterable, Sendable {
    /// Appearance or origin: skin colour, looks, descent.
    case appearance
    /// Holding, chasing or following someone.
    case holdingOrChasing
    /// Photos, film, cameras, doorbell video.
    case photos
    /// Which number to call: 112 or 0900-8844.
    case emergencyNumbers

    /// Beginnings of words that show a text touches this topic, in Dutch and English (an own
    /// agreement may be typed in either, whatever the session's language). Matched against the
    /// start of each word, so `camera` also finds `camera's` and `deurbel` finds `deurbelfilmpjes`.
    var wordStarts: [String] {
        switch self {
        case .appearance:
            ["huidskleur", "afkomst", "uiterlijk", "eruitzie", "buitenlan", "allochto", "etnisch",
             "nationalit", "skin", "appearance", "looks", "origin", "ethnic", "foreign", "race", "racial"]
        case .holdingOrChasing:
            ["vast", "achterna", "achtervolg", "grijp", "pakken", "aanhoud", "klemzet", "tegenhoud", "burgerarrest",
             "hold", "chase", "chasing", "follow", "grab", "catch", "detain", "arrest", "tackle"]
        case .photos:
            ["foto", "film", "camera", "deurbel", "video", "opname", "beeld", "schermafbeelding",
             "photo", "picture", "doorbell", "screenshot", "recording", "footage"]
        case .emergencyNumbers:
            ["112", "0900", "alarmnummer", "emergency"]
        }
    }

    /// Whether `text` touches this topic: a word of it begins with one of `wordStarts`.
    public func isTouched(by text: String) -> Bool {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.contains { word in wordStarts.contains { word.hasPrefix($0) } }
    }
}

extension AgreementChoices {
    /// The chosen agreements an own agreement seems to contradict: for each topic the text
    /// touches, the first chosen agreement (in list order) that rules on it. Empty when the text
    /// touches nothing the chosen agreements rule on.
    public func doubts(about text: String) -> [AgreementID] {
        var found: [AgreementID] = []
        for topic in AgreementTopic.allCases where topic.isTouched(by: text) {
            if let id = selected.first(where: { $0.agreement.topics.contains(topic) }), !found.contains(id) { found.append(id) }
        }
        return found
    }
}
