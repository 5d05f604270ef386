/// The charter and checklist as Markdown (`export --format markdown`): headings, numbered
/// articles, a table for the area and `- [ ]` boxes. Every text is escaped, so that what a
/// resident typed (`*`, `_`, `|`, `#`) shows as typed instead of turning into formatting.
/// It says what the plain-text documents say, from the same items.
public enum MarkdownRenderer {
    public static func charter(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var lines = ["# " + escape(answers.group.name), ""]
        lines.append(escape(text(.charterSubtitle)) + "  ")
        lines.append(escape(text(.charterPlace(municipality: answers.group.municipality, neighbourhood: answers.group.neighbourhood))) + "  ")
        lines.append(escape(text(.charterDate(date, version: answers.charter.version))) + (answers.basedOn == nil ? "" : "  "))
        if let basedOn = answers.basedOn { lines.append(escape(text(.charterBasedOn(basedOn)))) }
        for section in CharterSection.allCases {
            lines += ["", "## \(section.rawValue). " + escape(text(.charterSection(section))), ""]
            switch section {
            case .area:
                let area = answers.area
                if !area.streets.isEmpty {
                    let columns = AreaColumn.allCases.map { escape(text(.charterAreaColumn($0))) }
                    lines.append("| " + columns.joined(separator: " | ") + " |")
                    lines.append("| --- | --- | --- |")
                    for entry in area.streets {
                        lines.append("| \(escape(entry.name)) | \(escape(text(.streetNumbers(entry)))) | \(escape(text(.streetSide(entry)))) |")
                    }
                    lines.append("")
                }
                if !area.postcodes.isEmpty { lines += [escape(text(.charterPostcodes(area.postcodes))), ""] }
                if !area.boundary.isEmpty { lines.append(escape(text(.charterBoundary(area.boundary)))) }
                let kept = area.keptOverlaps
                if !kept.isEmpty {
                    if !area.boundary.isEmpty { lines.append("") }
                    lines += kept.map { "- " + escape(text(.charterSharedWith(group: $0.group, shared: $0.shared))) }
                }
            case .membership:
                lines += MemberRule.rules(for: answers).map { "- " + escape(text(.memberRule($0))) }
            case .admins:
                lines += CharterAdmins(answers).lines.map { escape(text($0)) + "  " }
            case .privacy:
                lines += PrivacyItem.items(for: answers).map { "- " + escape(text(.privacyItem($0))) }
            case .agreements:
                if answers.agreements.selected.isEmpty, answers.agreements.custom.isEmpty {
                    lines.append(escape(text(.charterNoAgreements)))
                } else if Article.hasGaps(answers) {
                    lines += [escape(text(.charterNumbering)), ""]
                }
                let articles = Article.articles(for: answers, language: language)
                for article in articles where article.id != nil {
                    lines.append("\(article.number). **\(escape(article.title ?? ""))**  ")
                    lines += article.lines.map { "   " + escape($0) + "  " }
                }
                if !answers.agreements.custom.isEmpty {
                    lines += ["", escape(text(.charterCustomIntro)), ""]
                    for article in articles where article.id == nil {
                        lines.append("\(article.number). " + escape(article.lines.joined(separator: " ")))
                    }
                }
            case .contacts:
                lines += ContactRow.rows(for: answers.contacts).map { row in
                    "- **\(escape(row.label))**: \(escape(row.typed ?? text(.contactMeaning(row))))"
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
        lines += ["", escape(text(.checklistTipsHeading)), ""]
        lines += ChecklistTip.tips(for: answers).map { "- " + escape(text(.checklistTip($0))) }
        lines += [""] + TextInput.lines(text(.checklistSignature(worksToo: answers.membership.eligibility == .residentsAndWorkers)))
            .map { escape($0) + "  " }
        if answers.membership.minimumAge < 16 {
            lines += [""] + TextInput.lines(text(.checklistParent)).map { escape($0) + "  " }
        }
        lines += ["", escape(text(.checklistClosing))]
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
