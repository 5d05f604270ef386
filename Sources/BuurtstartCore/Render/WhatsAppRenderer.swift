/// `whatsapp.txt`: texts to paste into WhatsApp: the group description, a welcome message for
/// new members and an invitation for neighbours. WhatsApp's own markup only (`*bold*`,
/// `_italic_`); lines are not wrapped, because WhatsApp wraps them.
public enum WhatsAppRenderer {
    /// The longest description that fits everywhere (domain.md: 500 is cited for older apps).
    public static let descriptionLimit = 500

    public static func render(_ answers: Answers, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        let description = self.description(answers, language: language)
        let parts = [
            text(.whatsAppTitle(answers.group.name)),
            text(.whatsAppSection(.description, count: description.count, limit: descriptionLimit)),
            description,
            "",
            text(.whatsAppSection(.welcome, count: 0, limit: 0)),
            text(.whatsAppWelcome(answers)),
            "",
            text(.whatsAppSection(.invitation, count: 0, limit: 0)),
            text(.whatsAppInvitation(answers, area: areaSummary(answers.area, language: language, streets: 6))),
        ]
        return parts.joined(separator: "\n") + "\n"
    }

    /// The description, with the area named as fully as the limit allows.
    public static func description(_ answers: Answers, language: Language) -> String {
        for streets in [6, 3, 1, 0] {
            let text = language.text(.whatsAppDescription(answers, area: areaSummary(answers.area, language: language, streets: streets)))
            if text.count <= descriptionLimit { return text }
        }
        return String(language.text(.whatsAppDescription(answers, area: "")).prefix(descriptionLimit))
    }

    /// `Zeeweg, Boulevard en 3 andere straten`, or the postcodes when there are no streets.
    static func areaSummary(_ area: Area, language: Language, streets count: Int) -> String {
        language.text(.whatsAppArea(streets: Array(area.streetNames.prefix(count)), more: max(0, area.streetNames.count - count),
                                    postcodes: area.postcodes))
    }
}

/// The parts of `whatsapp.txt`.
public enum WhatsAppPart: Sendable { case description, welcome, invitation }
