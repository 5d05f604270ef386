import BuurtstartCore
import Glibc
import BuurtstartTerminal

/// On a terminal, long lines wrap between words rather than wherever the window ends; list
/// items keep their indent, and their wrapped lines go under their text. Through a pipe, lines
/// stay as the session produced them.
func layOut(_ line: String) -> String {
    guard let width = terminalWidth(), line.count >= width else { return line }
    let indents = TextLayout.listIndents(line)
    return TextLayout.wrap(String(line.dropFirst(indents.first.count)), first: indents.first, rest: indents.rest,
                           width: min(width - 1, 100)).joined(separator: "\n")
}

/// Colour only for emphasis: the words carry the meaning, so nothing is lost without it.
func painted(_ text: String, _ kind: Shown.Kind, _ colour: Bool) -> String {
    guard colour, !text.isEmpty else { return text }
    switch kind {
    case .text: return text
    case .heading: return "\u{1B}[1m" + text + "\u{1B}[0m"
    case .warning: return "\u{1B}[33m" + text + "\u{1B}[0m"
    case .error: return "\u{1B}[31m" + text + "\u{1B}[0m"
    }
}
