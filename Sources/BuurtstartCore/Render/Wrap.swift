/// Plain-text layout for documents that are printed on A4 or pasted into WhatsApp. Widths are
/// terminal columns: a Chinese character or an emoji takes two, an accent written as a separate
/// mark none, so that a line fits wherever it is shown.
public enum TextLayout {
    /// The width of every document line, in columns.
    public static let width = 72

    /// Wraps `text` at `width` columns: the first line starts with `first`, the others with
    /// `rest`. Words are kept whole; a word longer than a line is broken over several.
    public static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = width) -> [String] {
        var page = Page()
        page.wrap(text, first: first, rest: rest, width: width)
        return page.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// A line of a list as a terminal shows it when it wraps: `(first, rest)`, where `rest` puts
    /// the wrapped lines under the item's text, past its `1. ` or `- ` (spaces only, as wide).
    public static func listIndents(_ line: String) -> (first: String, rest: String) {
        let indent = String(line.prefix(while: { $0 == " " }))
        let item = line.dropFirst(indent.count)
        let digits = item.prefix(while: { $0.isASCII && $0.isNumber })
        var marker = 0
        if !digits.isEmpty, digits.count <= 3, item.dropFirst(digits.count).hasPrefix(". ") {
            marker = digits.count + 2
        } else if item.hasPrefix("- ") {
            marker = 2
        }
        return (indent, indent + String(repeating: " ", count: marker))
    }

    /// How many columns `text` takes on a terminal.
    /// Most document text is plain ASCII, where each printable byte is one column; the
    /// characters are walked only when a byte is not (a profile of a whole session showed
    /// this walk as a seventh of its work).
    public static func columns(_ text: some StringProtocol) -> Int {
        var printable = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.reduce(0) { $0 + columns(of: $1) } }
            if byte >= 0x20, byte != 0x7F { printable += 1 }
        }
        return printable
    }

    /// How many columns one character takes: 2 for East Asian wide and full-width characters
    /// and for emoji, 0 for a mark or format character standing alone, 1 otherwise. A
    /// character's marks and joined parts (`👨‍👩‍👧`) belong to it and add nothing.
    public static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        // An emoji shown as a picture: by default, or asked for with U+FE0F, or joined (ZWJ).
        if properties.isEmojiPresentation || (properties.isEmoji && scalars.contains { $0.value == 0xFE0F || $0.value == 0x200D }) {
            return 2
        }
        return isWide(first.value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F), as
    /// terminals draw them.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// `text` cut to at most `width` columns, ending in … when it was cut.
    static func cut(_ text: String, to width: Int) -> String {
        guard columns(text) > width else { return text }
        var kept = ""
        var used = 1
        for character in text {
            used += columns(of: character)
            guard used <= width else { break }
            kept.append(character)
        }
        return kept.trimmingTrailingSpaces + "…"
    }

    /// Pads `text` with spaces to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - columns(text)))
    }
}

/// A plain-text document being laid out: every line ends with a line feed, and none is wider
/// than `TextLayout.width` columns.
public struct Page {
    /// The document as text.
    public private(set) var text = ""

    /// `capacity`: the expected length of the document, in bytes.
    public init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    /// `text` as one line, as it is (spaces kept, for columns); wrapped only when it would be
    /// wider than the page.
    public mutating func line(_ text: String) {
        if TextLayout.columns(text) <= TextLayout.width {
            self.text.append(text)
            self.text.append("\n")
        } else {
            wrap(text)
        }
    }

    public mutating func blank() {
        text += "\n"
    }

    /// A heading, wrapped when long, underlined as wide as its widest line.
    public mutating func heading(_ title: String, underline: Character = "-") {
        let lines = TextLayout.wrap(title)
        for line in lines {
            text.append(line)
            text.append("\n")
        }
        let widest = lines.map { TextLayout.columns($0) }.max() ?? 0
        text += String(repeating: underline, count: min(widest, TextLayout.width)) + "\n"
    }

    /// Each paragraph of `text` (split at line breaks) wrapped with the same indents; an empty
    /// paragraph is an empty line.
    public mutating func paragraphs(_ text: String, first: String = "", rest: String = "") {
        for paragraph in TextInput.lines(text) {
            if paragraph.isEmpty { blank() } else { wrap(paragraph, first: first, rest: rest) }
        }
    }

    /// `text` wrapped at `width` columns: the first line starts with `first`, the others with
    /// `rest`. Spaces inside a line are kept as typed, so that columns stay aligned; spaces
    /// where a line breaks are dropped. A word longer than a line is broken over several.
    public mutating func wrap(_ text: String, first: String = "", rest: String = "", width: Int = TextLayout.width) {
        var line = first
        var lineWidth = TextLayout.columns(first)
        let restWidth = TextLayout.columns(rest)
        var hasWord = false
        func breakLine() {
            self.text.append(line)
            self.text.append("\n")
            line = rest
            lineWidth = restWidth
            hasWord = false
        }
        /// Puts a word `columns` wide on the line, breaking it where it is wider than what is
        /// left (a word too long for any line starts on a line of its own).
        func place(_ word: Substring, columns: Int) {
            var word = word, columns = columns
            while columns > width - lineWidth {
                // What fits; at least one character, so that an indent as wide as the page still ends.
                var cut = word.startIndex, used = 0
                while cut < word.endIndex, used + TextLayout.columns(of: word[cut]) <= width - lineWidth {
                    used += TextLayout.columns(of: word[cut])
                    cut = word.index(after: cut)
                }
                if cut == word.startIndex {
                    if hasWord { breakLine(); continue }
                    used = TextLayout.columns(of: word[cut])
                    cut = word.index(after: cut)
                }
                line.append(contentsOf: word[..<cut])
                word = word[cut...]
                columns -= used
                hasWord = true
                breakLine()
            }
            if !word.isEmpty {
                line.append(contentsOf: word)
                lineWidth += columns
                hasWord = true
            }
        }
        // Words are found among the bytes, which is quicker than among characters: a space is
        // one byte in UTF-8, never part of another character's bytes, and a character of its
        // own in any text a session accepts.
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            var spaces = 0
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") {
                spaces += 1
                index = bytes.index(after: index)
            }
            guard index < bytes.endIndex else { break }
            let start = index
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: " ") { index = bytes.index(after: index) }
            let word = text[start..<index]
            let columns = TextLayout.columns(word)
            if hasWord {
                if lineWidth + spaces + columns <= width {
                    line += String(repeating: " ", count: spaces)
                    lineWidth += spaces
                } else {
                    breakLine()
                }
            }
            place(word, columns: columns)
        }
        if !hasWord {
            // No words at all: the indent alone, without its trailing spaces.
            while line.last == " " { line.removeLast() }
        }
        self.text.append(line)
        self.text.append("\n")
    }
}
