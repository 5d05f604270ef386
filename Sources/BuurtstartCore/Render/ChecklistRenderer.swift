/// The checklist every new member goes through, with `[ ]` boxes to tick, before an admin
/// adds them: every box something a member can honestly agree to, tips apart from the
/// conditions, a place for name, address and signature, and one for a parent when members
/// under 16 may join. It never holds anyone's phone number.
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
        page.blank()
        page.paragraphs(text(.checklistTipsHeading))
        for tip in ChecklistTip.tips(for: answers) {
            page.wrap(text(.checklistTip(tip)), first: "- ", rest: "  ")
        }
        page.blank()
        page.paragraphs(text(.checklistSignature(worksToo: answers.membership.eligibility == .residentsAndWorkers)))
        if answers.membership.minimumAge < 16 {
            page.blank()
            page.paragraphs(text(.checklistParent))
        }
        page.blank()
        page.paragraphs(text(.checklistClosing))
        return page.text
    }
}
