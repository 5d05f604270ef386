import BuurtstartCore

/// Reads the invocations residents use every day (`buurtstart`, `buurtstart start`, their
/// options, `--version`) without ArgumentParser. Anything it is not sure of, it leaves to
/// ArgumentParser: an unknown word, a repeated option, a value that looks like an option, a bad
/// date or language. ShellTests checks that both read every accepted list the same way.
enum FastPath: Equatable {
    case version
    case session(GuidedSession)
    case replay(ReplayRun)
    case export(ExportRun)

    static func parse(_ arguments: [String]) -> FastPath? {
        if arguments == ["--version"] { return .version }
        if arguments.first == "replay" { return parseReplay(arguments.dropFirst()) }
        if arguments.first == "export" { return parseExport(arguments.dropFirst()) }
        var rest = arguments[...]
        if rest.first == "start" { rest = rest.dropFirst() }
        var values: [String: String] = [:]
        var flags: Set<String> = []
        while let argument = rest.popFirst() {
            let equals = argument.hasPrefix("--") ? argument.firstIndex(of: "=") : nil
            let name = equals.map { String(argument[..<$0]) } ?? argument
            let inline = equals.map { String(argument[argument.index(after: $0)...]) }
            switch name {
            case "--dir", "--lang", "--date", "--record", "--preset":
                guard values[name] == nil, let value = inline ?? rest.popFirst(), !value.isEmpty,
                      inline != nil || !value.hasPrefix("-") else { return nil }
                values[name] = value
            case "--force", "--no-color":
                guard inline == nil, flags.insert(name).inserted else { return nil }
            default:
                return nil
            }
        }
        guard let language = values["--lang"].map({ Language(rawValue: $0) }) ?? .fromEnvironment else { return nil }
        if let date = values["--date"], CalendarDate(iso: date) == nil { return nil }
        return .session(GuidedSession(place: Place(dir: values["--dir"] ?? ".", language: language),
                                      date: values["--date"], force: flags.contains("--force"),
                                      record: values["--record"], noColor: flags.contains("--no-color"),
                                      preset: values["--preset"]))
    }

    /// `replay [--update] [--out DIR] [--lang L] FILE...`
    private static func parseReplay(_ arguments: ArraySlice<String>) -> FastPath? {
        var rest = arguments
        var update = false
        var values: [String: String] = [:]
        var files: [String] = []
        while let argument = rest.popFirst() {
            let equals = argument.hasPrefix("--") ? argument.firstIndex(of: "=") : nil
            let name = equals.map { String(argument[..<$0]) } ?? argument
            let inline = equals.map { String(argument[argument.index(after: $0)...]) }
            switch name {
            case "--update":
                guard inline == nil, !update else { return nil }
                update = true
            case "--out", "--lang":
                guard values[name] == nil, let value = inline ?? rest.popFirst(), !value.isEmpty,
                      inline != nil || !value.hasPrefix("-") else { return nil }
                values[name] = value
            default:
                guard !argument.hasPrefix("-") else { return nil }
                files.append(argument)
            }
        }
        guard !files.isEmpty, values["--out"] == nil || files.count == 1 else { return nil }
        guard let language = values["--lang"].map({ Language(rawValue: $0) }) ?? .fromEnvironment else { return nil }
        return .replay(ReplayRun(update: update, out: values["--out"], language: language, files: files))
    }

    /// `export [--force] [--format F] [--dir D] [--lang L] [FOLDER...]`
    private static func parseExport(_ arguments: ArraySlice<String>) -> FastPath? {
        var rest = arguments
        var force = false
        var values: [String: String] = [:]
        var folders: [String] = []
        while let argument = rest.popFirst() {
            let equals = argument.hasPrefix("--") ? argument.firstIndex(of: "=") : nil
            let name = equals.map { String(argument[..<$0]) } ?? argument
            let inline = equals.map { String(argument[argument.index(after: $0)...]) }
            switch name {
            case "--force":
                guard inline == nil, !force else { return nil }
                force = true
            case "--format", "--dir", "--lang":
                guard values[name] == nil, let value = inline ?? rest.popFirst(), !value.isEmpty,
                      inline != nil || !value.hasPrefix("-") else { return nil }
                values[name] = value
            default:
                guard !argument.hasPrefix("-"), !argument.isEmpty else { return nil }
                folders.append(argument)
            }
        }
        guard let format = ExportFormat(rawValue: values["--format"] ?? "text") else { return nil }
        guard let language = values["--lang"].map({ Language(rawValue: $0) }) ?? .fromEnvironment else { return nil }
        return .export(ExportRun(force: force, format: format, language: language,
                                 folders: folders.isEmpty ? [values["--dir"] ?? "."] : folders))
    }
}
