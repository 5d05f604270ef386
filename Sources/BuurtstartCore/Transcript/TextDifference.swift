/// The first place where two texts differ, shown as a unified diff with context.
public struct TextDifference: Equatable, Sendable {
    /// The first differing line, counted from 1 in the expected text.
    public let line: Int
    /// A unified diff hunk around it.
    public let diff: String

    /// Compares line by line, exactly (an accent written as a separate mark differs); nil
    /// when equal. Lines are shown with `Transcript.visible`.
    public static func between(expected: String, actual: String, expectedName: String, actualName: String,
                               context: Int = 3) -> TextDifference? {
        // Scalar by scalar: `==` would take canonically equivalent spellings as equal.
        func same(_ a: String, _ b: String) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }
        guard !same(expected, actual) else { return nil }
        let old = TextInput.lines(expected)
        let new = TextInput.lines(actual)
        var first = 0
        while first < old.count, first < new.count, same(old[first], new[first]) { first += 1 }
        // Trim the common tail, so that the hunk shows only what changed.
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > first, newEnd > first, same(old[oldEnd - 1], new[newEnd - 1]) { oldEnd -= 1; newEnd -= 1 }
        let shownOld = min(oldEnd, first + 8), shownNew = min(newEnd, first + 8)
        let start = max(0, first - context)
        let oldStop = min(old.count, shownOld + context), newStop = min(new.count, shownNew + context)
        var lines = ["--- \(expectedName)", "+++ \(actualName)",
                     "@@ -\(start + 1),\(oldStop - start) +\(start + 1),\(newStop - start) @@"]
        // Control characters and trailing spaces as escapes: seen, and never acting on the terminal.
        let shown = Transcript.visible
        lines += old[start..<first].map { " " + shown($0) }
        lines += old[first..<shownOld].map { "-" + shown($0) }
        if shownOld < oldEnd { lines.append("-… (\(oldEnd - shownOld) more)") }
        lines += new[first..<shownNew].map { "+" + shown($0) }
        if shownNew < newEnd { lines.append("+… (\(newEnd - shownNew) more)") }
        if oldEnd - shownOld == 0, newEnd - shownNew == 0 {
            lines += old[oldEnd..<min(old.count, oldEnd + context)].map { " " + shown($0) }
        }
        return TextDifference(line: first + 1, diff: lines.joined(separator: "\n"))
    }
}
