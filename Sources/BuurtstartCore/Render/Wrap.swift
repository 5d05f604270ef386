/// Plain-text layout for documents that are printed on A4 or pasted into WhatsApp.
public enum TextLayout {
    /// The width of every document line.
    public static let width = 72

    /// Wraps `text` at `width` columns without breaking words: the first line starts with
    /// `first`, the others with `rest`. A word longer than a line stands on a line of its own.
    public static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = width) -> [String] {
        var page = Page(capacity: text.utf8.count + 64)
        page.wrap(text, first: first, rest: rest, width: width)
        return Array(TextInput.lines(page.text).dropLast())
    }

    /// Pads `text` with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

/// A plain-text document being laid out, kept as UTF-8 bytes: every line ends with a line
/// feed. Lines are written straight into one buffer, so a charter costs no string per line.
public struct Page {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 8192) {
        bytes.reserveCapacity(capacity)
    }

    /// The document as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `text` as one line, as it is.
    public mutating func line(_ text: String) {
        append(text)
        bytes.append(0x0A)
    }

    public mutating func blank() {
        bytes.append(0x0A)
    }

    /// A heading underlined to its own length.
    public mutating func heading(_ text: String, underline: Unicode.Scalar = "-") {
        line(text)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: underline), count: min(text.count, TextLayout.width)))
        bytes.append(0x0A)
    }

    /// Each paragraph of `text` (split at line breaks) wrapped with the same indents; an empty
    /// paragraph is an empty line.
    public mutating func paragraphs(_ text: String, first: String = "", rest: String = "") {
        var text = text
        text.withUTF8 { all in
            var start = 0
            for index in 0...all.count where index == all.count || all[index] == 0x0A {
                if index == start {
                    blank()
                } else {
                    wrap(UnsafeBufferPointer(rebasing: all[start..<index]), first: first, rest: rest, width: TextLayout.width)
                }
                start = index + 1
            }
        }
    }

    /// `text` wrapped at `width` columns without breaking words: the first line starts with
    /// `first`, the others with `rest`. A word longer than a line stands on a line of its own.
    public mutating func wrap(_ text: String, first: String = "", rest: String = "", width: Int = TextLayout.width) {
        var text = text
        text.withUTF8 { wrap($0, first: first, rest: rest, width: width) }
    }

    private mutating func wrap(_ text: UnsafeBufferPointer<UInt8>, first: String, rest: String, width: Int) {
        let lineStart = bytes.count
        append(first)
        var lineWidth = Self.width(first)
        let restWidth = Self.width(rest)
        // Words and the spaces before them are found in the bytes. Spaces inside a line are
        // kept as typed, so that columns stay aligned, and spaces where a line breaks are
        // dropped: a line is one stretch of the text, from its first word to its last.
        var stretch: Range<Int>?
        var index = 0
        while index < text.count {
            var spaces = 0
            while index < text.count, text[index] == 0x20 { spaces += 1; index += 1 }
            guard index < text.count else { break }
            let start = index
            var ascii = true
            while index < text.count, text[index] != 0x20 {
                if text[index] >= 0x80 { ascii = false }
                index += 1
            }
            // Characters a person sees; plain ASCII is counted by its bytes.
            let length = ascii ? index - start : String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self).count
            if let line = stretch {
                if lineWidth + spaces + length > width {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[line]))
                    bytes.append(0x0A)
                    append(rest)
                    lineWidth = restWidth
                    stretch = start..<index
                } else {
                    lineWidth += spaces
                    stretch = line.lowerBound..<index
                }
            } else {
                stretch = start..<index
            }
            lineWidth += length
        }
        if let line = stretch {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[line]))
        } else {
            // No words at all: the first indent alone, without its trailing spaces.
            while bytes.count > lineStart, bytes[bytes.count - 1] == 0x20 { bytes.removeLast() }
        }
        bytes.append(0x0A)
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Characters a person sees; plain ASCII is counted by its bytes.
    private static func width(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }
}
