/// `whatsapp.txt`: texts to paste into WhatsApp: the group description, a welcome message for
/// new members and an invitation for neighbours. WhatsApp's own markup only (`*bold*`,
/// `_italic_`); lines are not wrapped, because WhatsApp wraps them. Each agreement adds its
/// line only when it is on.
public enum WhatsAppRenderer {
    /// The longest description that fits everywhere (domain.md: 500 is cited for older apps).
    public static let descriptionLimit = 500

    public static func render(_ answers: Answers, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        let description = self.description(answers, language: language)
        let signUp = SignUp.way(for: answers.admins)
        var parts = [text(.whatsAppTitle(answers.group.name))]
        if let announcement = announcement(answers, language: language) {
            parts += ["", language.text(ChangeText.whatsAppSection(version: answers.charter.version)), announcement]
        }
        parts += [
            text(.whatsAppSection(.description, count: description.count, limit: descriptionLimit)),
            description,
            "",
            text(.whatsAppSection(.welcome, count: 0, limit: 0)),
            welcome(answers, language: language),
            "",
        ]
        if answers.membership.separateChatGroup {
            parts += [text(.whatsAppSection(.chatWelcome, count: 0, limit: 0)), chatWelcome(answers, language: language), ""]
        }
        parts.append(text(.whatsAppSection(.invitation, count: 0, limit: 0)))
        if signUp == .toFillIn { parts.append(text(.whatsAppFillIn)) }
        parts.append(text(.whatsAppInvitation(name: answers.group.name, area: areaSummary(answers.area, language: language, streets: 6),
                                              worksToo: answers.membership.eligibility == .residentsAndWorkers,
                                              minimumAge: answers.membership.minimumAge,
                                              parentConsent: answers.membership.needsParentConsent,
                                              neighbouringAdmins: answers.agreements.has(.neighbouringAdmins))))
        parts.append(text(.whatsAppSignUp(signUp)))
        return parts.joined(separator: "\n") + "\n"
    }

    /// The lines that point to 112: never left out of the description, however little fits.
    static let alwaysDescribed: Set<AgreementID> = [.call112First, .citizensInitiative]

    /// The description, everything in it whole. When it is longer than the limit, whole parts
    /// are left out, least important first, until it fits: streets named in the area (the
    /// charter names them all), then agreement lines from the last (the charter has them all;
    /// never a line that points to 112), then admins' names from the last (their number is
    /// said instead), then the postcodes. No text is cut in the middle.
    public static func description(_ answers: Answers, language: Language) -> String {
        let admins = answers.admins.people.map(\.firstName)
        var lines = answers.agreements.selected.filter(\.agreement.descriptionLine)
        func compose(streets: Int, named: Int, postcodes: Bool = true) -> String {
            let opening = language.text(DocumentText.whatsAppDescriptionOpening(
                name: answers.group.name, area: areaSummary(answers.area, language: language, streets: streets, postcodes: postcodes)))
            let closing = language.text(DocumentText.whatsAppDescriptionClosing(
                admins: Array(admins.prefix(named)), more: named == 0 ? 0 : admins.count - named))
            return ([opening] + lines.map { language.text(AgreementText.descriptionLine($0)) } + [closing]).joined(separator: "\n")
        }
        for streets in [6, 3, 1, 0] {
            let text = compose(streets: streets, named: admins.count)
            if text.count <= descriptionLimit { return text }
        }
        while let last = lines.lastIndex(where: { !alwaysDescribed.contains($0) }) {
            lines.remove(at: last)
            let text = compose(streets: 0, named: admins.count)
            if text.count <= descriptionLimit { return text }
        }
        for named in (0..<admins.count).reversed() {
            let text = compose(streets: 0, named: named)
            if text.count <= descriptionLimit { return text }
        }
        // The name (at most `AnswerLimits.groupName`), the 112 lines and the closing without
        // names always fit: an area of many postcodes is then only the neighbourhood.
        return compose(streets: 0, named: 0, postcodes: false)
    }

    /// The message for the group about a new version: what changed since the version before,
    /// whether members are asked to agree again, and who hands out the new rules. Nil for a
    /// first version, or one whose version before was not kept.
    static func announcement(_ answers: Answers, language: Language) -> String? {
        guard let (_, changes) = answers.changes(), !changes.isEmpty else { return nil }
        return language.text(ChangeText.announcement(name: answers.group.name, version: answers.charter.version,
                                                     changes: changes.map { language.text(ChangeText.change($0)) },
                                                     agreeAgain: changes.contains(where: \.needsAgreementAgain),
                                                     admins: answers.admins.people.map(\.firstName)))
    }

    /// The welcome: SAAR's steps when the group works with SAAR, then a line for each chosen
    /// agreement that adds one, then who the admins are.
    static func welcome(_ answers: Answers, language: Language) -> String {
        let settings = AgreementSettings(answers)
        var blocks = [language.text(DocumentText.whatsAppWelcomeOpening(name: answers.group.name))]
        if answers.agreements.has(.saar) { blocks.append(language.text(AgreementText.welcomeLine(.saar, settings))) }
        // SAAR's steps already say to call 112 first.
        let lines = answers.agreements.selected.filter { $0 != .saar && $0.agreement.welcomeLine && !($0 == .call112First && answers.agreements.has(.saar)) }
            .map { language.text(AgreementText.welcomeLine($0, settings)) }
        if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }
        blocks.append(language.text(DocumentText.whatsAppWelcomeClosing(admins: answers.admins.people.map(\.firstName))))
        return blocks.joined(separator: "\n\n")
    }

    /// The separate chat group's welcome, with the lines of the chosen agreements that hold
    /// there too: respect, photos and forwarding.
    static func chatWelcome(_ answers: Answers, language: Language) -> String {
        let settings = AgreementSettings(answers)
        let choices = answers.agreements
        var rules: [String] = []
        if choices.has(.respect) { rules.append(language.text(AgreementText.descriptionLine(.respect))) }
        for id in [AgreementID.photos, .noForwarding] where choices.has(id) {
            rules.append(language.text(AgreementText.welcomeLine(id, settings)))
        }
        return language.text(DocumentText.whatsAppChatWelcome(name: answers.group.name, rules: rules))
    }

    /// `de Zeeweg, de Boulevard en 3 andere straten`, or the postcodes when there are no streets.
    static func areaSummary(_ area: Area, language: Language, streets count: Int, postcodes: Bool = true) -> String {
        language.text(.whatsAppArea(streets: Array(area.streetNames.prefix(count)), more: max(0, area.streetNames.count - count),
                                    postcodes: postcodes ? area.postcodes : []))
    }
}

/// The parts of `whatsapp.txt`.
public enum WhatsAppPart: Sendable { case description, welcome, chatWelcome, invitation }
