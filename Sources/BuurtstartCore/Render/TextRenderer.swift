/// A page's blocks (PrintedPages.swift) as plain text that prints on A4 and pastes into
/// WhatsApp: `charter.txt` and `checklist.txt` are the printed charter and checklist in this
/// layout, so the three formats cannot drift apart. A blank line stands between blocks, except
/// right below a heading; lines are at most `TextLayout.width` columns.
public enum TextRenderer {
    public static func render(_ document: PrintedDocument) -> String {
        var page = Page(capacity: 4096)
        var afterHeading = true
        for block in document.blocks {
            if !afterHeading { page.blank() }
            render(block, into: &page)
            if case .heading = block { afterHeading = true } else { afterHeading = false }
        }
        return page.text
    }

    /// The widest a street's name may make the area table's first column, in columns.
    static let nameColumn = 40

    private static func render(_ block: Block, into page: inout Page) {
        switch block {
        case .heading(let text, let level):
            page.heading(text, underline: level == 1 ? "=" : "-")
        case .paragraph(let text):
            page.paragraphs(text)
        case .list(let items, _):
            for item in items { page.paragraphs(item, first: "- ", rest: "  ") }
        case .articles(let articles):
            for article in articles { self.article(article, into: &page) }
        case .table(let header?, let rows):
            table([header] + rows, into: &page)
        case .table(nil, let rows):
            // Each row names itself in its first cell: the label padded, the rest wrapped beside it.
            let width = (rows.map { TextLayout.columns($0.first ?? "") }.max() ?? 0) + 2
            for row in rows {
                page.paragraphs(row.dropFirst().joined(separator: " "), first: TextLayout.pad(row.first ?? "", width),
                                rest: String(repeating: " ", count: width))
            }
        case .checkboxes(let items):
            for item in items { page.wrap(item, first: "[ ] ", rest: "    ") }
        case .fields(let rows):
            for row in rows {
                let length = row.count == 1 ? 40 : 16
                page.line(row.map { "\($0): " + String(repeating: "_", count: length) }.joined(separator: "   "))
            }
        case .tearOff(let text):
            page.line("- - - " + text + " - - -")
        case .keepTogether(let blocks):
            for (index, block) in blocks.enumerated() {
                if index > 0 { page.blank() }
                render(block, into: &page)
            }
        }
    }

    /// `4. Title` and the body below it, indented under the number.
    private static func article(_ article: ArticleBlock, into page: inout Page) {
        let label = "\(article.label). "
        let indent = String(repeating: " ", count: label.count)
        guard let title = article.title else {
            return page.paragraphs(article.paragraphs.joined(separator: "\n"), first: label, rest: indent)
        }
        page.wrap(title, first: label, rest: indent)
        page.paragraphs(article.paragraphs.joined(separator: "\n"), first: indent, rest: indent)
    }

    /// Columns as wide as their widest cell (the first at most `nameColumn`); a first cell
    /// wider than that gets a line of its own, with the other cells on the next.
    private static func table(_ rows: [[String]], into page: inout Page) {
        let count = rows.map(\.count).max() ?? 0
        var widths = (0..<count).map { column in
            (rows.map { column < $0.count ? TextLayout.columns($0[column]) : 0 }.max() ?? 0) + 2
        }
        guard !widths.isEmpty else { return }
        widths[0] = min(widths[0], nameColumn + 2)
        for row in rows {
            let rest = row.indices.dropFirst().dropLast().map { TextLayout.pad(row[$0], widths[$0]) }.joined() + (row.count > 1 ? row[row.count - 1] : "")
            let first = row.first ?? ""
            if TextLayout.columns(first) > widths[0] - 2 {
                page.line(first)
                page.line(TextLayout.pad("", widths[0]) + rest)
            } else {
                page.line(TextLayout.pad(first, widths[0]) + rest)
            }
        }
    }
}
