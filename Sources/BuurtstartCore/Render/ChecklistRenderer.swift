/// The checklist every new member goes through, with `[ ]` boxes to tick, before an admin
/// adds them. It never holds anyone's phone number.
public enum ChecklistRenderer {
    public static func render(_ answers: Answers, language: Language) -> String {
        let text = language.text
        var lines: [String] = []
        lines += TextLayout.heading(text(.checklistTitle(answers.group.name)), underline: "=")
        lines += TextLayout.paragraphs(text(.checklistIntro))
        lines.append("")
        var items = ChecklistItem.items(for: answers).map { text(.checklistItem($0)) }
        for id in answers.agreements.selected {
            let line = text(.checklistAgreement(id, answers.agreements))
            if !line.isEmpty { items.append(line) }
        }
        for item in items {
            lines += TextLayout.wrap(item, first: "[ ] ", rest: "    ")
        }
        lines.append("")
        lines += TextLayout.paragraphs(text(.checklistNameLine))
        lines.append("")
        lines += TextLayout.paragraphs(text(.checklistClosing))
        return lines.joined(separator: "\n") + "\n"
    }
}
