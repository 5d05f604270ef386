/// The charter: the group's rules, as plain text that prints on A4 and pastes into WhatsApp.
public enum CharterRenderer {
    public static func render(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var page = Page()
        page.heading(answers.group.name, underline: "=")
        page.paragraphs(text(.charterSubtitle))
        page.paragraphs(text(.charterPlace(answers.group)))
        page.paragraphs(text(.charterDate(date, version: answers.charter.version)))
        if let basedOn = answers.basedOn { page.paragraphs(text(.charterBasedOn(basedOn))) }

        for section in CharterSection.allCases {
            page.blank()
            page.heading("\(section.rawValue). " + text(.charterSection(section)))
            body(of: section, answers, text, into: &page)
        }
        return page.text
    }

    private static func body(of section: CharterSection, _ answers: Answers, _ text: (DocumentText) -> String, into page: inout Page) {
        switch section {
        case .area:
            areaTable(answers.area, text, into: &page)
        case .membership:
            for rule in MemberRule.rules(for: answers.membership) {
                page.paragraphs(text(.memberRule(rule)), first: "- ", rest: "  ")
            }
        case .admins:
            page.paragraphs(text(.charterAdmins(answers.admins)))
        case .agreements:
            var number = 0
            for id in answers.agreements.selected {
                number += 1
                article(number, title: text(.agreementTitle(id)), body: text(.agreementArticle(id, answers.agreements, answers)),
                        into: &page)
            }
            if !answers.agreements.custom.isEmpty {
                if number > 0 { page.blank() }
                page.paragraphs(text(.charterCustomIntro))
                for custom in answers.agreements.custom {
                    number += 1
                    article(number, title: nil, body: custom, into: &page)
                }
            }
        case .saar:
            page.paragraphs(text(.saarIntro))
            for step in 1...4 {
                page.paragraphs(text(.saarStep(step)), first: "", rest: "    ")
            }
        case .contacts:
            page.paragraphs(text(.contactsList(answers.contacts)), first: "", rest: "               ")
        case .changes:
            page.paragraphs(text(.charterChanges))
        }
    }

    /// `4. Title` and the body below it, indented under the title.
    private static func article(_ number: Int, title: String?, body: String, into page: inout Page) {
        let label = "\(number). "
        let indent = String(repeating: " ", count: label.count)
        guard let title else { return page.paragraphs(body, first: label, rest: indent) }
        page.wrap(title, first: label, rest: indent)
        page.paragraphs(body, first: indent, rest: indent)
    }

    private static func areaTable(_ area: Area, _ text: (DocumentText) -> String, into page: inout Page) {
        if !area.streets.isEmpty {
            let columns = text(.charterAreaColumns).split(separator: "|").map(String.init)
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
    }
}
