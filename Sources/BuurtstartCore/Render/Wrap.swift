/// Plain-text layout for documents that are printed on A4 or pasted into WhatsApp.
public enum TextLayout {
    /// The width of every document line.
    public static let width = 72

    /// Wraps `text` at `width` columns without breaking words: the first line starts with
    /// `first`, the others with `rest`. A word longer than a line stands on a line of its own.
    public static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = width) -> [String] {
        var lines: [String] = []
        var line = first
        var lineLength = first.count
        var lineHasWord = false
        // Spaces inside a line are kept as typed, so that columns stay aligned; spaces where
        // a line breaks are dropped.
        for (spaces, word) in words(text) {
            let length = visibleWidth(word)
            if lineHasWord, lineLength + spaces + length > width {
                lines.append(line)
                line = rest
                lineLength = rest.count
                lineHasWord = false
            }
            if lineHasWord {
                line += String(repeating: " ", count: spaces)
                lineLength += spaces
            }
            line += word
            lineLength += length
            lineHasWord = true
        }
        lines.append(lineHasWord ? line : String(first.reversed().drop(while: { $0 == " " }).reversed()))
        return lines
    }

    /// The words of `text`, each with the number of spaces before it.
    private static func words(_ text: String) -> [(Int, Substring)] {
        // Spaces are found in the bytes; walking characters would cost several times more.
        var result: [(Int, Substring)] = []
        var spaces = 0
        var start: String.Index?
        let bytes = text.utf8
        for index in bytes.indices {
            if bytes[index] == 0x20 {
                if let wordStart = start {
                    result.append((spaces, text[wordStart..<index]))
                    start = nil
                    spaces = 0
                }
                spaces += 1
            } else if start == nil {
                start = index
            }
        }
        if let start { result.append((spaces, text[start...])) }
        return result
    }

    /// Characters a person sees; plain ASCII is counted by its bytes.
    static func visibleWidth(_ text: Substring) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
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
