import BuurtstartCore

/// Reads the invocations residents use every day (`buurtstart`, `buurtstart start`, their
/// options, `--version`) and the batch commands (`replay`, `export`, whose long lists of files
/// ArgumentParser reads in time that grows with their square) without ArgumentParser. Anything
/// it is not sure of, it leaves to ArgumentParser: an unknown word, a repeated option, a value
/// that looks like an option, a bad date, format or language. ShellTests checks that both read
/// every accepted list the same way.
enum FastPath: Equatable {
    case version
    case session(GuidedSession)
    case replay(ReplayRun)
    case export(ExportRun)

    static func parse(_ arguments: [String]) -> FastPath? {
        if arguments == ["--version"] { return .version }
        if arguments.first == "replay" { return parseReplay(arguments.dropFirst()) }
        if arguments.first == "export" { return parseExport(arguments.dropFirst()) }
        let rest = arguments.first == "start" ? arguments.dropFirst() : arguments[...]
        guard let scanned = Scanned(rest, flags: ["--force", "--no-color"],
                                    values: ["--dir", "--lang", "--date", "--record", "--preset"], words: false),
              let language = scanned.language else { return nil }
        let values = scanned.values
        if let date = values["--date"], CalendarDate(iso: date) == nil { return nil }
        return .session(GuidedSession(place: Place(dir: values["--dir"] ?? ".", language: language),
                                      explicitLanguage: values["--lang"].flatMap(Language.init(rawValue:)), date: values["--date"], force: scanned.flags.contains("--force"),
                                      record: values["--record"], noColor: scanned.flags.contains("--no-color"),
                                      preset: values["--preset"]))
    }

    /// `replay [--update] [--out DIR] [--lang L] FILE...`
    private static func parseReplay(_ arguments: ArraySlice<String>) -> FastPath? {
        guard let scanned = Scanned(arguments, flags: ["--update"], values: ["--out", "--lang"], words: true),
              let language = scanned.language,
              !scanned.words.isEmpty, scanned.values["--out"] == nil || scanned.words.count == 1 else { return nil }
        return .replay(ReplayRun(update: scanned.flags.contains("--update"), out: scanned.values["--out"],
                                 language: language, files: scanned.words))
    }

    /// `export [--force] [--format F] [--dir D] [--lang L] [FOLDER...]`
    private static func parseExport(_ arguments: ArraySlice<String>) -> FastPath? {
        guard let scanned = Scanned(arguments, flags: ["--force"], values: ["--format", "--dir", "--lang"], words: true),
              let language = scanned.language,
              let format = ExportFormat(rawValue: scanned.values["--format"] ?? "text") else { return nil }
        return .export(ExportRun(force: scanned.flags.contains("--force"), format: format, language: language,
                                 folders: scanned.words.isEmpty ? [scanned.values["--dir"] ?? "."] : scanned.words,
                                 explicitLanguage: scanned.values["--lang"].flatMap(Language.init(rawValue:))))
    }
}

/// The options and words of a command line, read the plain way; nil at anything unusual.
private struct Scanned {
    var flags: Set<String> = []
    var values: [String: String] = [:]
    var words: [String] = []

    /// `flags` take no value; `values` take one, inline (`--dir=x`) or as the next argument,
    /// which may not look like an option; each may be given once. `words` (files, folders) are
    /// allowed or not.
    init?(_ arguments: ArraySlice<String>, flags known: Set<String>, values named: Set<String>, words allowed: Bool) {
        var rest = arguments
        while let argument = rest.popFirst() {
            let equals = argument.hasPrefix("--") ? argument.firstIndex(of: "=") : nil
            let name = equals.map { String(argument[..<$0]) } ?? argument
            let inline = equals.map { String(argument[argument.index(after: $0)...]) }
            if known.contains(name) {
                guard inline == nil, flags.insert(name).inserted else { return nil }
            } else if named.contains(name) {
                guard values[name] == nil, let value = inline ?? rest.popFirst(), !value.isEmpty,
                      inline != nil || !value.hasPrefix("-") else { return nil }
                values[name] = value
            } else {
                guard allowed, !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
                words.append(argument)
            }
        }
    }

    /// `--lang`, or the environment's; nil for an unknown language.
    var language: Language? {
        values["--lang"].map { Language(rawValue: $0) } ?? .fromEnvironment
    }
}
