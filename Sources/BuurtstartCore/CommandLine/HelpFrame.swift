/// The frame ArgumentParser lays a help out in: its headings and its own lines for `--help`
/// and `--version`. ArgumentParser writes them in English only (apple/swift-argument-parser
/// issue 203), so the shell puts the help's frame in the command line's language afterwards,
/// line by line. Each language's words are in its help table; the English table holds
/// ArgumentParser's own words, so that an English help comes out as ArgumentParser wrote it.
public enum HelpFrame: Sendable {
    case overview, usage, arguments, options, subcommands
    /// The description of `-h, --help` and of `--version`.
    case helpOption, versionOption
    /// The last line of a help with commands: "See 'buurtstart help <subcommand>' ...".
    case seeCommandHelp

    /// `help` as ArgumentParser wrote it, with its frame in `language`: the headings, the two
    /// option lines and the last line. The first paragraph (`OVERVIEW: ...`) is wrapped again
    /// at `width` when its heading is longer, and the lines of USAGE stay under each other.
    /// Nil when `help` is not a help (a version, a completion script, a dump of the options).
    public static func localised(_ help: String, in language: Language, width: Int = 80) -> String? {
        let source = { (frame: HelpFrame) in Language.english.text(HelpText.frame(frame)) }
        let target = { (frame: HelpFrame) in language.text(HelpText.frame(frame)) }
        var lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.contains(where: { $0.hasPrefix(source(.usage) + ": ") }), !help.hasPrefix("{") else { return nil }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if source(.overview) != target(.overview), let rest = line.removingPrefix(source(.overview) + ": ") {
                // The paragraph goes on to the first empty line: wrapped again as one.
                var end = index + 1
                while end < lines.count, !lines[end].isEmpty { end += 1 }
                let paragraph = ([rest] + lines[(index + 1)..<end]).joined(separator: " ")
                let wrapped = TextLayout.wrap(target(.overview) + ": " + paragraph, width: width)
                lines.replaceSubrange(index..<end, with: wrapped)
                index += wrapped.count
                continue
            }
            if let rest = line.removingPrefix(source(.usage) + ": ") {
                let heading = target(.usage) + ": "
                let shift = String(repeating: " ", count: max(0, heading.count - source(.usage).count - 2))
                lines[index] = heading + rest
                var next = index + 1
                while next < lines.count, lines[next].hasPrefix("       ") {
                    lines[next] = shift + lines[next]
                    next += 1
                }
                index = next
                continue
            }
            for heading in [HelpFrame.arguments, .options, .subcommands] where line == source(heading) + ":" {
                lines[index] = target(heading) + ":"
            }
            for option in [HelpFrame.helpOption, .versionOption] where line.hasSuffix(" " + source(option)) && line.hasPrefix("  -") {
                lines[index] = String(line.dropLast(source(option).count)) + target(option)
            }
            if line.hasPrefix("  "), let command = Self.commandOfLastLine(line.dropFirst(2), source(.seeCommandHelp)) {
                lines[index] = "  " + target(.seeCommandHelp).split(separator: Self.commandMark, omittingEmptySubsequences: false).joined(separator: command)
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// Where the command's name stands in the words of `seeCommandHelp`.
    public static let commandMark: Character = "\u{1}"

    /// The command named in `line`, when it is the last line in `pattern`'s words.
    private static func commandOfLastLine(_ line: Substring, _ pattern: String) -> String? {
        let parts = pattern.split(separator: commandMark, omittingEmptySubsequences: false)
        guard parts.count == 2, line.hasPrefix(parts[0]), line.hasSuffix(parts[1]),
              line.count > parts[0].count + parts[1].count else { return nil }
        return String(line.dropFirst(parts[0].count).dropLast(parts[1].count))
    }
}

extension String {
    fileprivate func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
