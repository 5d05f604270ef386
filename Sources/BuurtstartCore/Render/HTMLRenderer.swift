/// A printed page as one self-contained HTML file: A4 print styles inline, no script, no font,
/// no image and no address of anything elsewhere, so that it opens and prints the same without
/// a network. Real headings, lists and tables; sizes in `em`, so that it reflows when zoomed;
/// tick boxes drawn with a border, which prints (a form field may print blank). Every text is
/// escaped, so that what a resident typed shows as typed.
public enum HTMLRenderer {
    public static func render(_ document: PrintedDocument) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(document.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(document.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body class="\(document.page.rawValue)">
        <main>

        """
        for block in document.blocks { render(block, into: &html) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private static func render(_ block: Block, into html: inout String) {
        switch block {
        case .heading(let text, let level):
            html += "<h\(level)>\(escape(text))</h\(level)>\n"
        case .paragraph(let text):
            html += "<p>\(lines(text))</p>\n"
        case .list(let items, let style):
            let open: String = switch style {
            case .bullets: "<ul>\n"
            case .runOn: "<ul class=\"run-on\">\n"
            case .runOnLed: "<ul class=\"run-on led\">\n"
            }
            html += open
            for item in items { html += "<li>\(lines(item))</li>\n" }
            html += "</ul>\n"
        case .articles(let articles):
            html += "<ol class=\"articles\">\n"
            for article in articles {
                // An own agreement's E1 cannot be a list number: its label printed where the number goes.
                html += article.label == "\(article.number)" ? "<li value=\"\(article.number)\">"
                    : "<li class=\"own\"><span class=\"label\">\(escape(article.label)).</span>"
                // The title runs into its text, which keeps a charter of every agreement on three pages.
                if let title = article.title { html += "<strong>\(escape(title))</strong> " }
                html += article.paragraphs.map(unbroken).joined(separator: "<br>")
                html += "</li>\n"
            }
            html += "</ol>\n"
        case .table(let header, let rows) where header != nil && rows.count > splitRows:
            // A long table of streets as two tables side by side, the first one half a row
            // longer: half as many lines on paper.
            let half = (rows.count + 1) / 2
            html += "<div class=\"pair\">\n"
            table(header: header, rows: rows[..<half], into: &html)
            table(header: header, rows: rows[half...], into: &html)
            html += "</div>\n"
        case .table(let header, let rows):
            table(header: header, rows: rows[...], into: &html)
        case .checkboxes(let items):
            html += "<ul class=\"checks\">\n"
            for item in items { html += "<li><span class=\"box\" aria-hidden=\"true\"></span>\(lines(item))</li>\n" }
            html += "</ul>\n"
        case .fields(let rows):
            for row in rows {
                html += "<p class=\"fields\">" + row.map { "<span class=\"field\">\(escape($0)):<span class=\"line\"></span></span>" }.joined() + "</p>\n"
            }
        case .tearOff(let text):
            html += "<p class=\"tear-off\" role=\"separator\"><span>\(escape(text))</span></p>\n"
        case .keepTogether(let blocks):
            html += "<section class=\"together\">\n"
            for block in blocks { render(block, into: &html) }
            html += "</section>\n"
        }
    }

    /// One table; without a header, the first cell of a row names the row.
    private static func table(header: [String]?, rows: ArraySlice<[String]>, into html: inout String) {
        html += header == nil ? "<table class=\"facts\">\n" : "<table class=\"grid\">\n"
        if let header {
            html += "<thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead>\n"
        }
        html += "<tbody>\n"
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                header == nil && index == 0 ? "<th scope=\"row\">\(escape(cell))</th>" : "<td>\(lines(cell))</td>"
            }
            html += "<tr>" + cells.joined() + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
    }

    /// A table with a header and more rows than this is set as two tables side by side.
    static let splitRows = 8

    /// The lines of a text, escaped, with line breaks kept.
    private static func lines(_ text: String) -> String {
        TextInput.lines(text).map(unbroken).joined(separator: "<br>\n")
    }

    /// Words with a hyphen up to this long stay on one line: `0900-8844`, `'s-Gravenweg`,
    /// `Zeeweg-Noord`. Longer ones may break, so that a narrow table cell never overflows.
    static let unbrokenLength = 16

    /// A line escaped, with what reads wrong when split over two lines in a `nowrap` span: a
    /// short word or number with a hyphen in it, and a short name between quotes ('Plein 1813',
    /// 'Je gegevens'). Chromium would otherwise break after the hyphen or inside the quotes.
    static func unbroken(_ line: String) -> String {
        // Most lines hold no hyphen and no quote (the curly ones start with byte E2): escaped
        // as they are, without going through their words.
        let marks: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "\""), 0xE2]
        guard line.utf8.contains(where: marks.contains) else { return escape(line) }
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        var parts: [String] = []
        var index = 0
        func span(_ text: Substring) -> String { "<span class=\"nowrap\">\(escape(String(text)))</span>" }
        while index < words.count {
            let word = words[index]
            if opensQuote(word), let end = (index..<min(index + 4, words.count)).first(where: { closesQuote(words[$0], opening: $0 == index) }) {
                parts.append(span(words[index...end].joined(separator: " ")[...]))
                index = end + 1
                continue
            }
            parts.append(word.contains("-") && word.count <= unbrokenLength ? span(word) : escape(String(word)))
            index += 1
        }
        return parts.joined(separator: " ")
    }

    /// Whether a word starts with a quote that opens a name: `'s` and `'t` (also in
    /// `'s-Gravenweg`) are Dutch words, not quotes.
    private static func opensQuote(_ word: Substring) -> Bool {
        guard let first = word.first, "'‘\"“".contains(first), word.count > 1 else { return false }
        let next = word.dropFirst(2).first
        return !((word.hasPrefix("'s") || word.hasPrefix("'t")) && (next == nil || next == "-"))
    }

    /// Whether a word ends a quoted name: a closing quote at its end, before any punctuation;
    /// the word that opens it needs a letter between its two quotes.
    private static func closesQuote(_ word: Substring, opening: Bool) -> Bool {
        let trimmed = word.reversed().drop { ".,:;!?)".contains($0) }
        guard let last = trimmed.first, "'’\"”".contains(last) else { return false }
        return trimmed.count > (opening ? 2 : 1)
    }

    /// `&`, `<`, `>` and quotes as entities: typed text can never become markup. Found among
    /// the bytes: each is one byte in UTF-8 and never part of another character's bytes (so a
    /// quote with a mark on it is escaped too).
    static func escape(_ text: String) -> String {
        func entity(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
        guard text.utf8.contains(where: { entity($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = entity(byte) { bytes += entity.utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The styles of every page: A4 with margins the printer can reach, the system's own
    /// sans-serif font, and boxes and lines drawn with borders.
    static let style = """
    @page { size: A4; margin: 13mm 15mm; }
    html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.3; color: #000; background: #fff; }
    body { margin: 0 auto; max-width: 48em; padding: 0 1em; }
    @media print { body { padding: 0; max-width: none; } }
    h1 { font-size: 1.6em; margin: 0.4em 0 0.3em; }
    h2 { font-size: 1.15em; margin: 0.6em 0 0.2em; break-after: avoid; }
    p { margin: 0.35em 0; }
    ul, ol { margin: 0.3em 0; padding-left: 1.6em; }
    ol.articles { padding-left: 2.4em; }
    ol.articles > li.own { list-style: none; }
    .label { display: inline-block; width: 2.4em; margin-left: -2.4em; }
    .nowrap { white-space: nowrap; }
    li { margin: 0.1em 0; }
    ol.articles > li { margin: 0.15em 0; break-inside: avoid; }
    ul.run-on { list-style: none; padding-left: 0; margin: 0.2em 0; font-size: 0.9em; }
    ul.run-on li { display: inline; margin: 0; }
    ul.run-on li + li::before { content: " \\00b7  "; }
    ul.led li:first-child { font-weight: bold; }
    ul.led li:first-child + li::before { content: " "; }
    table { border-collapse: collapse; margin: 0.3em 0; width: 100%; }
    th, td { border: 1px solid #000; padding: 0.2em 0.45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    table.facts th { width: 11em; }
    table.grid { font-size: 0.85em; line-height: 1.2; }
    table.grid th, table.grid td { padding: 0.05em 0.4em; }
    div.pair { display: flex; gap: 1em; align-items: flex-start; }
    div.pair table { flex: 1 1 0; }
    ul.checks { list-style: none; padding-left: 0; }
    ul.checks li { position: relative; padding-left: 1.7em; margin: 0.2em 0; }
    .box { position: absolute; left: 0; top: 0.15em; width: 0.95em; height: 0.95em; border: 1.5px solid #000; box-sizing: border-box; }
    p.fields { display: flex; flex-wrap: wrap; gap: 0.5em 2em; margin: 0.75em 0 0.3em; }
    .field { display: flex; flex: 1 1 14em; align-items: flex-end; gap: 0.4em; }
    .line { flex: 1; border-bottom: 1px solid #000; min-width: 6em; height: 1.1em; }
    .tear-off { border-top: 1.5px dashed #000; margin: 1.2em 0 0.6em; text-align: center; line-height: 0; }
    .tear-off span { background: #fff; padding: 0 0.6em; font-size: 0.85em; }
    section.together { break-inside: avoid; }
    .letter h1 { margin-top: 0.6em; }
    body.charter { font-size: 9.5pt; }
    """
}
