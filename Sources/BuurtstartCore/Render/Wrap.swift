/// Plain-text layout for documents that are printed on A4 or pasted into WhatsApp.
public enum TextLayout {
    /// The width of every document line.
    public static let width = 72

    /// Wraps `text` at `width` columns without breaking words: the first line starts with
    /// `first`, the others with `rest`. A word longer than a line stands on a line of its own.
    public static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = width) -> [String] {
        var lines: [String] = []
        var line = Array(first.utf8)
        var lineWidth = first.count
        var lineHasWord = false
        let restBytes = Array(rest.utf8), restWidth = rest.count
        var text = text
        // Words and the spaces before them are found in the bytes; spaces inside a line are
        // kept as typed, so that columns stay aligned, and spaces where a line breaks are dropped.
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                var spaces = 0
                while index < bytes.count, bytes[index] == 0x20 { spaces += 1; index += 1 }
                guard index < bytes.count else { break }
                let start = index
                var ascii = true
                while index < bytes.count, bytes[index] != 0x20 {
                    if bytes[index] >= 0x80 { ascii = false }
                    index += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                // Characters a person sees; plain ASCII is counted by its bytes.
                let length = ascii ? word.count : String(decoding: word, as: UTF8.self).count
                if lineHasWord, lineWidth + spaces + length > width {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line = restBytes
                    lineWidth = restWidth
                    lineHasWord = false
                }
                if lineHasWord {
                    line.append(contentsOf: repeatElement(0x20, count: spaces))
                    lineWidth += spaces
                }
                line.append(contentsOf: word)
                lineWidth += length
                lineHasWord = true
            }
        }
        lines.append(lineHasWord ? String(decoding: line, as: UTF8.self) : String(first.reversed().drop(while: { $0 == " " }).reversed()))
        return lines
    }

    /// Each paragraph of `text` (split at line breaks) wrapped with the same indents.
    public static func paragraphs(_ text: String, first: String = "", rest: String = "") -> [String] {
        TextInput.lines(text).flatMap { paragraph in
            paragraph.isEmpty ? [""] : wrap(String(paragraph), first: first, rest: rest)
        }
    }

    /// A heading underlined to its own length.
    public static func heading(_ text: String, underline: Character = "-") -> [String] {
        [text, String(repeating: underline, count: min(text.count, width))]
    }

    /// Pads `text` with spaces to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
