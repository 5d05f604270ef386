/// The checklist every new member goes through, with `[ ]` boxes to tick, before an admin
/// adds them. It never holds anyone's phone number.
public enum ChecklistRenderer {
    public static func render(_ answers: Answers, language: Language) -> String {
        let text = { (message: DocumentText) in language.text(message) }
        var page = Page(capacity: 2048)
        page.heading(text(.checklistTitle(answers.group.name)), underline: "=")
        page.paragraphs(text(.checklistIntro))
        page.blank()
        for item in ChecklistItem.items(for: answers) {
            page.wrap(text(.checklistItem(item)), first: "[ ] ", rest: "    ")
        }
        for id in answers.agreements.selected {
            let line = text(.checklistAgreement(id, answers.agreements))
            if !line.isEmpty { page.wrap(line, first: "[ ] ", rest: "    ") }
        }
        page.blank()
        page.paragraphs(text(.checklistNameLine))
        page.blank()
        page.paragraphs(text(.checklistClosing))
        return page.text
    }
}
