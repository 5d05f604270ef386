/// What an agreement from the list rules on, where a group's own agreement could easily say the
/// opposite. Each agreement declares its topics in `AgreementID.agreement`; an own agreement that
/// touches a topic is questioned (`AgreementChoices.doubts(about:)`), never refused: the founder
/// reads the agreement it seems to contradict (or, with that agreement off, the municipality's
/// advice), and decides. A false alarm costs the founder one "ja"; a missed one prints harm in
/// every letterbox, so the cues lean towards catching.
public enum AgreementTopic: CaseIterable, Sendable {
    /// Appearance, origin or clothing: skin colour, looks, descent, nationality, what someone wears.
    case appearance
    /// Holding, chasing or following someone.
    case holdingOrChasing
    /// Photos, film, cameras, doorbell video.
    case photos
    /// Which number to call, or whether to call the police at all: 112 or 0900-8844.
    case emergencyNumbers

    /// Cues that show a text touches this topic, in Dutch and English (an own agreement may be
    /// typed in either, whatever the session's language). A cue is a word beginning (`camera`
    /// also finds `camera's`, `deurbel` finds `deurbelfilmpjes`); one ending in `.` is a whole
    /// word (`volg.` finds `volg` but not `volgende`); one with a space is words that follow
    /// each other, the last a beginning; parts joined by `+` must all be in the text, in any
    /// order (`houd+tegen.` finds "houd de verdachte tegen").
    var cues: [String] {
        switch self {
        case .appearance:
            [// Looks and skin.
             "huidskleur", "afkomst", "uiterlijk", "eruitzie", "uitzien", "uitziet", "ziet er", "zien er", "getint",
             "zwarte man", "zwarte mensen", "donkere man", "donkere mensen",
             // Origin, nationality, faith.
             "buitenlan", "allochto", "etnisch", "nationalit", "marokka", "turk.", "turken", "turkse", "antilli",
             "surinam", "pool.", "polen.", "poolse", "roemeen", "roemen", "bulgar", "oost europ", "europea", "oostblok",
             "afrika", "arabi", "arabier", "aziat", "chinez", "somali", "syriër", "eritre", "afghan", "moslim", "islam",
             "joods", "jood.", "joden", "zigeuner", "roma.", "woonwagen", "asielzoek", "vluchteling", "statushouder",
             "migrant", "immigrant", "accent",
             // Clothing and hair.
             "kleding", "kleren", "gekleed", "hoofddoek", "boerka", "burka", "nikab", "niqab", "sluier", "keppel",
             "tulband", "djellaba", "trainingspak", "joggingbroek", "hoodie", "capuchon", "petje", "tatoea", "baard",
             // English.
             "skin", "appearance", "looks", "origin", "ethnic", "foreign", "race.", "racial", "black man", "black men",
             "black people", "moroccan", "turkish", "polish", "romanian", "bulgarian", "eastern europe", "european",
             "african", "arab", "asian", "muslim", "jewish", "jew.", "jews", "gypsy", "gypsies", "traveller",
             "refugee", "asylum", "cloth", "dressed", "hoodie", "hooded", "hood.", "tracksuit", "headscarf", "hijab",
             "burqa", "veil.", "veils", "turban", "tattoo", "beard"]
        case .holdingOrChasing:
            ["vast", "achterna", "achtervolg", "erachteraan", "achter.+aan.", "volg.", "volgt.", "volgen.", "gevolgd",
             "schaduw", "grijp", "pakken", "aanhoud", "staande hou", "klemzet", "klemrij", "tegenhoud", "hou+tegen.",
             "opsluit", "insluit", "burgerarrest", "geweld.", "gewelddad", "wapen", "slaan",
             "hold", "chase", "chasing", "follow", "pursu", "run after", "go after", "grab", "catch", "detain", "arrest",
             "tackle", "restrain", "stop the", "stop them", "stop him", "stop her", "violen", "weapon"]
        case .photos:
            ["foto", "film", "camera", "deurbel", "video", "opname", "opnem", "beeld", "schermafbeelding",
             "photo", "picture", "pics", "image", "doorbell", "screenshot", "record", "footage", "clip."]
        case .emergencyNumbers:
            ["112", "0900", "alarmnummer", "meldkamer", "politie", "emergency", "police"]
        }
    }

    /// Cues that make a text agree with the agreement rather than go against it, however many
    /// of `cues` it holds: a photo of a number plate (the photo rule is about people), 0900-8844
    /// for what is not urgent (what the which-number agreement says). Each holds only as long as
    /// the text has none of `spoilers`.
    var agreeing: [String] {
        switch self {
        case .photos: ["kenteken", "nummerbord", "licence", "license", "number plate"]
        case .emergencyNumbers: ["0900+niet dringend", "0900+geen spoed", "0900+not urgent", "0900+non urgent", "0900+no emergency"]
        case .appearance, .holdingOrChasing: []
        }
    }

    /// What undoes `agreeing`: a person in the photo, 112 or "instead" next to 0900.
    var spoilers: [String] {
        switch self {
        case .photos:
            ["persoon", "personen", "person", "people", "mens", "iemand", "someone", "dader", "verdacht", "suspect",
             "gezicht", "face", "man.", "mannen", "men.", "vrouw", "woman", "women", "kind", "child", "jongere",
             "bestuurder", "driver", "inzittende"]
        case .emergencyNumbers: ["112", "in plaats", "instead"]
        case .appearance, .holdingOrChasing: []
        }
    }

    /// The agreement from the municipality's advice (`Agreement.fromSeed`) that speaks for this
    /// topic when no chosen agreement does: an own agreement touching it is still questioned,
    /// quoting that advice.
    public var advice: AgreementID {
        switch self {
        case .appearance: .respect
        case .holdingOrChasing: .noVigilantism
        case .photos: .photos
        case .emergencyNumbers: .call112First
        }
    }

    /// Whether `text` touches this topic: it holds one of `cues`, and does not agree (`agreeing`).
    public func isTouched(by text: String) -> Bool {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        func holds(_ cue: String) -> Bool {
            cue.split(separator: "+").allSatisfy { part in
                let wanted = part.split(separator: " ").map(String.init)
                return words.indices.contains { start in
                    start + wanted.count <= words.count && wanted.indices.allSatisfy { index in
                        let (word, want) = (words[start + index], wanted[index])
                        return want.hasSuffix(".") ? word == want.dropLast() : index < wanted.count - 1 ? word == want : word.hasPrefix(want)
                    }
                }
            }
        }
        guard cues.contains(where: holds) else { return false }
        return !(agreeing.contains(where: holds) && !spoilers.contains(where: holds))
    }
}

/// Why an own agreement is questioned: it seems to go against a chosen agreement, or, with the
/// agreement ruling on its topic off, against the municipality's advice (`AgreementTopic.advice`).
public enum OwnAgreementDoubt: Hashable, Sendable {
    case chosen(AgreementID)
    case advice(AgreementID)
}

extension AgreementChoices {
    /// Why an own agreement seems to contradict the rules: for each topic the text touches, the
    /// first chosen agreement (in list order) that rules on it, or the advice on that topic when
    /// none is chosen. Empty when the text touches none of the topics.
    public func doubts(about text: String) -> [OwnAgreementDoubt] {
        var found: [OwnAgreementDoubt] = []
        for topic in AgreementTopic.allCases where topic.isTouched(by: text) {
            let doubt = selected.first(where: { $0.agreement.topics.contains(topic) }).map(OwnAgreementDoubt.chosen) ?? .advice(topic.advice)
            if !found.contains(doubt) { found.append(doubt) }
        }
        return found
    }
}
