/// The charter: the group's rules, as plain text that prints on A4 and pastes into WhatsApp.
public enum CharterRenderer {
    public static func render(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var page = Page()
        page.heading(answers.group.name, underline: "=")
        page.paragraphs(text(.charterSubtitle))
        page.paragraphs(text(.charterPlace(municipality: answers.group.municipality, neighbourhood: answers.group.neighbourhood)))
        page.paragraphs(text(.charterDate(date, version: answers.charter.version)))
        if let basedOn = answers.basedOn { page.paragraphs(text(.charterBasedOn(basedOn))) }
        for section in CharterSection.allCases {
            page.blank()
            page.heading("\(section.rawValue). " + text(.charterSection(section)))
            body(of: section, answers, language, into: &page)
        }
        return page.text
    }

    private static func body(of section: CharterSection, _ answers: Answers, _ language: Language, into page: inout Page) {
        let text = { (message: DocumentText) in language.text(message) }
        switch section {
        case .area:
            areaTable(answers.area, text, into: &page)
        case .membership:
            for rule in MemberRule.rules(for: answers) {
                page.paragraphs(text(.memberRule(rule)), first: "- ", rest: "  ")
            }
        case .admins:
            for line in CharterAdmins(answers).lines.map(text) { page.paragraphs(line) }
        case .privacy:
            for item in PrivacyItem.items(for: answers) {
                page.paragraphs(text(.privacyItem(item)), first: "- ", rest: "  ")
            }
        case .agreements:
            if answers.agreements.selected.isEmpty, answers.agreements.custom.isEmpty {
                page.paragraphs(text(.charterNoAgreements))
            } else if Article.hasGaps(answers) {
                page.paragraphs(text(.charterNumbering))
                page.blank()
            }
            let articles = Article.articles(for: answers, language: language)
            for article in articles where article.id != nil { self.article(article, into: &page) }
            if !answers.agreements.custom.isEmpty {
                if !answers.agreements.selected.isEmpty { page.blank() }
                page.paragraphs(text(.charterCustomIntro))
                for article in articles where article.id == nil { self.article(article, into: &page) }
            }
        case .contacts:
            let rows = ContactRow.rows(for: answers.contacts).map { ($0.label, $0.typed ?? text(.contactMeaning($0))) }
            let width = (rows.map(\.0.count).max() ?? 0) + 2
            for (label, meaning) in rows {
                page.paragraphs(meaning, first: TextLayout.pad(label, width), rest: String(repeating: " ", count: width))
            }
        case .changes:
            page.paragraphs(text(.charterChanges))
        }
    }

    /// `4. Title` and the body below it, indented under the title.
    private static func article(_ article: Article, into page: inout Page) {
        let label = "\(article.label). "
        let indent = String(repeating: " ", count: label.count)
        guard let title = article.title else {
            return page.paragraphs(article.lines.joined(separator: "\n"), first: label, rest: indent)
        }
        page.wrap(title, first: label, rest: indent)
        page.paragraphs(article.lines.joined(separator: "\n"), first: indent, rest: indent)
    }

    private static func areaTable(_ area: Area, _ text: (DocumentText) -> String, into page: inout Page) {
        if !area.streets.isEmpty {
            let columns = AreaColumn.allCases.map { text(.charterAreaColumn($0)) }
            let numbers = area.streets.map { text(.streetNumbers($0)) }
            let nameWidth = min(40, max(TextLayout.columns(columns[0]), area.streets.map { TextLayout.columns($0.name) }.max() ?? 0)) + 2
            let numberWidth = max(TextLayout.columns(columns[1]), numbers.map { TextLayout.columns($0) }.max() ?? 0) + 2
            func row(_ name: String, _ numbers: String, _ side: String) {
                // A name wider than its column gets a line of its own.
                if TextLayout.columns(name) > nameWidth - 2 {
                    page.line(name)
                    page.line(TextLayout.pad("", nameWidth) + TextLayout.pad(numbers, numberWidth) + side)
                } else {
                    page.line(TextLayout.pad(name, nameWidth) + TextLayout.pad(numbers, numberWidth) + side)
                }
            }
            row(columns[0], columns[1], columns[2])
            for (entry, numbers) in zip(area.streets, numbers) {
                row(entry.name, numbers, text(.streetSide(entry)))
            }
        }
        if !area.postcodes.isEmpty {
            if !area.streets.isEmpty { page.blank() }
            page.paragraphs(text(.charterPostcodes(area.postcodes)))
        }
        if !area.boundary.isEmpty {
            page.paragraphs(text(.charterBoundary(area.boundary)))
        }
        let kept = area.keptOverlaps
        if !kept.isEmpty {
            page.blank()
            for overlap in kept { page.paragraphs(text(.charterSharedWith(group: overlap.group, shared: overlap.shared))) }
        }
    }
}
