/// The charter and checklist as Markdown (`export --format markdown`): headings, numbered
/// articles, a table for the area and `- [ ]` boxes. Every text is escaped, so that what a
/// resident typed (`*`, `_`, `|`, `#`) shows as typed instead of turning into formatting.
public enum MarkdownRenderer {
    public static func charter(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var lines = ["# " + escape(answers.group.name), ""]
        lines.append(escape(text(.charterSubtitle)) + "  ")
        lines.append(escape(text(.charterPlace(answers.group))) + "  ")
        lines.append(escape(text(.charterDate(date, version: answers.charter.version))) + (answers.basedOn == nil ? "" : "  "))
        if let basedOn = answers.basedOn { lines.append(escape(text(.charterBasedOn(basedOn)))) }
        for section in CharterSection.allCases {
            lines += ["", "## \(section.rawValue). " + escape(text(.charterSection(section))), ""]
            switch section {
            case .area:
                let area = answers.area
                if !area.streets.isEmpty {
                    let columns = text(.charterAreaColumns).split(separator: "|").map { escape(String($0)) }
                    lines.append("| " + columns.joined(separator: " | ") + " |")
                    lines.append("| --- | --- | --- |")
                    for entry in area.streets {
                        lines.append("| \(escape(entry.name)) | \(escape(text(.streetNumbers(entry)))) | \(escape(text(.streetSide(entry)))) |")
                    }
                    lines.append("")
                }
                if !area.postcodes.isEmpty { lines += [escape(text(.charterPostcodes(area.postcodes))), ""] }
                if !area.boundary.isEmpty { lines.append(escape(text(.charterBoundary(area.boundary)))) }
            case .membership:
                lines += MemberRule.rules(for: answers.membership).map { "- " + escape(text(.memberRule($0))) }
            case .admins:
                lines += TextInput.lines(text(.charterAdmins(answers.admins))).map { escape($0) + "  " }
            case .agreements:
                var number = 0
                for id in answers.agreements.selected {
                    number += 1
                    lines.append("\(number). **\(escape(text(.agreementTitle(id))))**  ")
                    lines.append("   " + escape(text(.agreementArticle(id, answers.agreements, answers))))
                }
                if !answers.agreements.custom.isEmpty {
                    lines += ["", escape(text(.charterCustomIntro)), ""]
                    for custom in answers.agreements.custom {
                        number += 1
                        lines.append("\(number). " + escape(custom))
                    }
                }
            case .saar:
                lines += [escape(text(.saarIntro)), ""]
                lines += (1...4).map { "- " + escape(text(.saarStep($0))) }
            case .contacts:
                lines += TextInput.lines(text(.contactsList(answers.contacts))).map { line in
                    // `112            Spoed.`: the number in bold, then its meaning.
                    let label = line.prefix(while: { $0 != " " })
                    let meaning = TextInput.collapsingSpaces(String(line.dropFirst(label.count)))
                    return "- **\(escape(String(label)))**: \(escape(meaning))"
                }
            case .changes:
                lines.append(escape(text(.charterChanges)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func checklist(_ answers: Answers, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var lines = ["# " + escape(text(.checklistTitle(answers.group.name))), "", escape(text(.checklistIntro)), ""]
        lines += ChecklistItem.items(for: answers).map { "- [ ] " + escape(text(.checklistItem($0))) }
        for id in answers.agreements.selected {
            let line = text(.checklistAgreement(id, answers.agreements))
            if !line.isEmpty { lines.append("- [ ] " + escape(line)) }
        }
        lines += ["", escape(text(.checklistNameLine)), "", escape(text(.checklistClosing))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Backslash before every character Markdown could read as formatting.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
