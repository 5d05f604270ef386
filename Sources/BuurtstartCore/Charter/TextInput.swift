/// How a typed answer is cleaned before it is judged.
public enum TextInput {
    /// Trims the ends and folds every run of white space into one space.
    public static func collapsingSpaces(_ text: String) -> String {
        // Most text is printable ASCII with single spaces between words, already as it would
        // come out: looking up each character's Unicode properties is what costs (a set of
        // 2,000 groups reads 40,000 street names, each compared by this).
        let bytes = text.utf8
        if bytes.first != 0x20, bytes.last != 0x20,
           !zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }),
           bytes.allSatisfy({ (0x20...0x7E).contains($0) }) {
            return text
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The lines of `text`, split at each line feed (empty lines kept). Split by scalars: a
    /// carriage return and a line feed make one `Character`, and the line feed still ends a line.
    public static func lines(_ text: String) -> [String] {
        // A line feed is one byte in UTF-8 and never part of another character's bytes, so
        // splitting the bytes splits between scalars.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "\n")) else { return [text] }
        var lines: [String] = []
        var start = bytes.startIndex
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(text[start..<end]))
            start = bytes.index(after: end)
        }
        lines.append(String(text[start...]))
        return lines
    }

    /// A typed line made ready to store: spaces folded, and refused when it holds characters
    /// that could change what a terminal, a printed charter or WhatsApp shows (control
    /// characters, escape sequences, bidirectional overrides).
    public static func clean(_ text: String) throws(Problem) -> String {
        if text.unicodeScalars.contains(where: isHidden) { throw .invisibleCharacters }
        return collapsingSpaces(text)
    }

    /// Characters a person cannot see but a terminal or a text renderer acts on.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false // a tab is white space, folded away
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true // direction overrides and marks
        case 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029: true // zero-width space, word joiner, BOM, line breaks
        case 0xFFFD: true // what invalid UTF-8 became: the resident's text did not arrive intact
        default: false
        }
    }

    /// `text` made visible line by line: its own line breaks stay, to show a list.
    public static func visibleLines(_ text: String) -> String {
        lines(text).map(visible).joined(separator: "\n")
    }

    /// `text` with every hidden character replaced by a visible stand-in (`␛` for escape,
    /// `�` for the others), for echoing what was typed without letting it act on a terminal.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x09 || !isHidden(scalar) {
                scalars.append(scalar)
            } else if scalar.value < 0x20 {
                scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else {
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }
}

extension StringProtocol {
    var collapsedSpaces: String { TextInput.collapsingSpaces(String(self)) }
}
