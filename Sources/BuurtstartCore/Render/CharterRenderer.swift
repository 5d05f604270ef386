/// The charter: the group's rules, as plain text that prints on A4 and pastes into WhatsApp.
public enum CharterRenderer {
    public static func render(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        let text = language.text
        var lines: [String] = []
        lines += TextLayout.heading(answers.group.name, underline: "=")
        lines += TextLayout.paragraphs(text(.charterSubtitle))
        lines += TextLayout.paragraphs(text(.charterPlace(answers.group)))
        lines += TextLayout.paragraphs(text(.charterDate(date, version: answers.charter.version)))
        if let basedOn = answers.basedOn { lines += TextLayout.paragraphs(text(.charterBasedOn(basedOn))) }

        for section in CharterSection.allCases {
            lines.append("")
            lines += TextLayout.heading("\(section.rawValue). " + text(.charterSection(section)))
            lines += body(of: section, answers, text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func body(of section: CharterSection, _ answers: Answers, _ text: (Message) -> String) -> [String] {
        switch section {
        case .area:
            return areaTable(answers.area, text)
        case .membership:
            return MemberRule.rules(for: answers.membership).flatMap {
                TextLayout.paragraphs(text(.memberRule($0)), first: "- ", rest: "  ")
            }
        case .admins:
            return TextLayout.paragraphs(text(.charterAdmins(answers.admins)))
        case .agreements:
            var lines: [String] = []
            var number = 0
            for id in answers.agreements.selected {
                number += 1
                lines += article(number, title: text(.agreementTitle(id)),
                                 body: text(.agreementArticle(id, answers.agreements, answers)))
            }
            if !answers.agreements.custom.isEmpty {
                if !lines.isEmpty { lines.append("") }
                lines += TextLayout.paragraphs(text(.charterCustomIntro))
                for custom in answers.agreements.custom {
                    number += 1
                    lines += article(number, title: nil, body: custom)
                }
            }
            return lines
        case .saar:
            var lines = TextLayout.paragraphs(text(.saarIntro))
            for step in 1...4 {
                lines += TextLayout.paragraphs(text(.saarStep(step)), first: "", rest: "    ")
            }
            return lines
        case .contacts:
            return TextLayout.paragraphs(text(.contactsList(answers.contacts)), first: "", rest: "               ")
        case .changes:
            return TextLayout.paragraphs(text(.charterChanges))
        }
    }

    /// `4.1 Title` and the body below it, indented under the title.
    private static func article(_ number: Int, title: String?, body: String) -> [String] {
        let label = "\(number). "
        let indent = String(repeating: " ", count: label.count)
        guard let title else { return TextLayout.paragraphs(body, first: label, rest: indent) }
        return TextLayout.wrap(title, first: label, rest: indent) + TextLayout.paragraphs(body, first: indent, rest: indent)
    }

    private static func areaTable(_ area: Area, _ text: (Message) -> String) -> [String] {
        var lines: [String] = []
        if !area.streets.isEmpty {
            let columns = text(.charterAreaColumns).split(separator: "|").map(String.init)
            let nameWidth = min(40, max(columns[0].count, area.streets.map(\.name.count).max() ?? 0)) + 2
            let numberWidth = max(columns[1].count, area.streets.map { text(.streetNumbers($0)).count }.max() ?? 0) + 2
            func row(_ name: String, _ numbers: String, _ side: String) -> String {
                // A name wider than its column gets a line of its own.
                let head = name.count > nameWidth - 2 ? name + "\n" + TextLayout.pad("", nameWidth) : TextLayout.pad(name, nameWidth)
                return head + TextLayout.pad(numbers, numberWidth) + side
            }
            lines.append(row(columns[0], columns[1], columns[2]))
            for entry in area.streets {
                lines += row(entry.name, text(.streetNumbers(entry)), text(.streetSide(entry)))
                    .split(separator: "\n").map(String.init)
            }
        }
        if !area.postcodes.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += TextLayout.paragraphs(text(.charterPostcodes(area.postcodes)))
        }
        if !area.boundary.isEmpty {
            lines += TextLayout.paragraphs(text(.charterBoundary(area.boundary)))
        }
        return lines
    }
}
