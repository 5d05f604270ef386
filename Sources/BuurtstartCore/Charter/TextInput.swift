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
    /// characters, escape sequences, bidirectional overrides) or that nobody can see.
    public static func clean(_ text: String) throws(Problem) -> String {
        try refuseHidden(text)
        return collapsingSpaces(text)
    }

    /// Refuses `text` when it holds a character nobody can see (`firstHidden`). The one check
    /// every typed answer, every line of a file the resident wrote and every command-line
    /// argument goes through.
    public static func refuseHidden(_ text: String) throws(Problem) {
        if firstHidden(in: text) != nil { throw .invisibleCharacters }
    }

    /// The first scalar of `text` that a person cannot see, or that acts on a terminal: a hidden
    /// one (`isHidden`), a combining mark with no letter to sit on (an answer of marks alone
    /// shows nothing), and a joiner or variation selector outside an emoji (inside one they
    /// choose how the emoji looks: 👨‍👩‍👧, ❤️).
    public static func firstHidden(in text: String) -> Unicode.Scalar? {
        // Most text is printable ASCII: no lookup of Unicode properties for it.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return nil }
        for character in text {
            let scalars = character.unicodeScalars
            guard let base = scalars.first else { continue }
            if isHidden(base) || isAttaching(base) { return base }
            let emoji = base.value >= 0x80 && base.properties.isEmoji
            for scalar in scalars.dropFirst() {
                if isHidden(scalar) { return scalar }
                if isAttaching(scalar), isJoinerOrSelector(scalar) ? !emoji : base.properties.isWhitespace { return scalar }
            }
        }
        return nil
    }

    /// Characters a person cannot see but a terminal or a text renderer acts on, or that show
    /// nothing at all: control characters (a tab too: refused, not folded into a space), direction
    /// overrides, zero-width and other default-ignorable characters (soft hyphen, fillers, tags),
    /// the blank braille pattern, noncharacters, and U+FFFD (what invalid UTF-8 became: the text
    /// did not arrive intact). Joiners and variation selectors are judged with their character
    /// (`firstHidden`).
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0x2800, 0xFFFD: return true // line breaks, blank braille, replacement
        case 0x20...0x7E: return false
        default:
            if isJoinerOrSelector(scalar) { return false }
            let properties = scalar.properties
            return properties.isDefaultIgnorableCodePoint || properties.isNoncharacterCodePoint
                || properties.generalCategory == .format
        }
    }

    /// A zero-width joiner or a variation selector: part of how an emoji is drawn.
    private static func isJoinerOrSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: true
        default: false
        }
    }

    /// A scalar drawn on the character before it: a combining mark, a joiner, a selector.
    private static func isAttaching(_ scalar: Unicode.Scalar) -> Bool {
        if isJoinerOrSelector(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
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
            if !isHidden(scalar) {
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
