/// The charter and checklist as Markdown (`export --format markdown`): the printed pages' blocks
/// (PrintedPages.swift) in Markdown's own forms: headings, numbered articles, a table for the
/// area, `- [ ]` boxes. Every text is escaped, so that what a resident typed (`*`, `_`, `|`,
/// `#`) shows as typed instead of turning into formatting.
public enum MarkdownRenderer {
    public static func charter(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        render(PrintedDocument(.charter, answers, date: date, language: language))
    }

    public static func checklist(_ answers: Answers, date: CalendarDate, language: Language) -> String {
        render(PrintedDocument(.checklist, answers, date: date, language: language))
    }

    /// A page's blocks, each a Markdown block, separated by blank lines.
    public static func render(_ document: PrintedDocument) -> String {
        document.blocks.flatMap(markdown).joined(separator: "\n\n") + "\n"
    }

    private static func markdown(_ block: Block) -> [String] {
        switch block {
        case .heading(let text, let level):
            return [String(repeating: "#", count: level) + " " + escape(text)]
        case .paragraph(let text):
            return [lines(text, indent: "")]
        case .list(let items, _):
            return [items.map { "- " + lines($0, indent: "  ") }.joined(separator: "\n")]
        case .articles(let articles):
            return [articles.map { article in
                // An own agreement's E1 is no Markdown list number: a list item of its own.
                let label = (article.label == "\(article.number)" ? "" : "- ") + "\(article.label). "
                let indent = String(repeating: " ", count: label.count)
                let body = article.paragraphs.map(escape).joined(separator: "  \n" + indent)
                guard let title = article.title else { return label + body }
                return label + "**\(escape(title))**" + (body.isEmpty ? "" : "  \n" + indent + body)
            }.joined(separator: "\n")]
        case .table(let header?, let rows):
            let row = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |" }
            return [([row(header), "|" + String(repeating: " --- |", count: header.count)] + rows.map(row)).joined(separator: "\n")]
        case .table(nil, let rows):
            // A table without a header names each row in its first cell: a list reads better.
            return [rows.map { "- **\(escape($0.first ?? ""))**: " + $0.dropFirst().map(escape).joined(separator: " ") }.joined(separator: "\n")]
        case .checkboxes(let items):
            return [items.map { "- [ ] " + lines($0, indent: "      ") }.joined(separator: "\n")]
        case .fields(let rows):
            return [rows.map { $0.map { escape($0) + ": ________________" }.joined(separator: "   ") }.joined(separator: "  \n")]
        case .tearOff(let text):
            return ["\\- - - " + escape(text) + " - - -"]
        case .keepTogether(let blocks):
            return blocks.flatMap(markdown)
        }
    }

    /// A text's lines, escaped, with hard line breaks between them.
    private static func lines(_ text: String, indent: String) -> String {
        TextInput.lines(text).map(escape).joined(separator: "  \n" + indent)
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
