// libFuzzer entry point for the core's parsers and the session engine. Built by scripts/fuzz
// together with the core's sources; BUURTSTART_FUZZ_TARGET picks what the bytes are fed to.
#if canImport(Glibc)
import Glibc
#endif

/// The target chosen for this run, read once.
nonisolated(unsafe) private var target: String = {
    getenv("BUURTSTART_FUZZ_TARGET").map { String(cString: $0) } ?? "session"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    switch target {
    case "postcode":
        if let postcode = try? Postcode(parsing: text) {
            // A parsed postcode reads back as itself.
            precondition((try? Postcode(parsing: postcode.description)) == postcode)
        }
    case "street":
        if let entry = try? StreetEntry(parsing: text) {
            var area = Area()
            precondition((try? area.add(entry)) != nil)
            precondition(!entry.name.isEmpty && entry.name.count <= 80)
        }
    case "answers":
        // Any bytes are refused with a reason or loaded, never a trap. What loads, saves and
        // loads again unchanged, and renders.
        if let answers = try? AnswersFile.decode(bytes) {
            precondition((try? AnswersFile.decode(AnswersFile.encode(answers))) == answers)
            if answers.status == .finished, let date = CalendarDate(iso: answers.charter.date) {
                _ = Documents(answers, date: date, language: .dutch)
            }
        }
    case "documents":
        fuzzDocuments(bytes)
    case "arguments":
        fuzzArguments(text)
    case "preset":
        if let preset = try? Preset.decode(bytes) {
            // A preset that loads gives answers that save and load again.
            precondition((try? AnswersFile.decode(AnswersFile.encode(preset.startingAnswers()))) != nil)
        }
    case "transcript":
        guard size < 20_000, let transcript = try? Transcript.parse(text) else { return 0 }
        let replayed = Replay.run(transcript, startAnswers: nil)
        precondition((try? Transcript.parse(replayed.transcript.written()))?.lines == replayed.transcript.lines)
    default:
        fuzzSession(text)
    }
    return 0
}

/// A command line as a shell passes it, the arguments split at NUL: refused with a message
/// that shows nothing hidden, or read as the commands read them (an address, a postcode, a
/// date, a language, a preset's name, a format), every message that quotes one free of hidden
/// characters, and an address that reads is inside an area of its own street.
private func fuzzArguments(_ text: String) {
    let arguments = text.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
    guard arguments.count <= 64, text.utf8.count < 8192 else { return }
    /// Whether a message shows a hidden character on one of its lines (U+FFFD is the stand-in
    /// that shows one).
    func showsHidden(_ said: String) -> Bool {
        TextInput.lines(said).contains { $0.unicodeScalars.contains { $0 != "\u{FFFD}" && TextInput.isHidden($0) } }
    }
    if let refusal = UsageProblem(hiddenIn: arguments) {
        for language in Language.allCases {
            precondition(!showsHidden(refusal.texts.map(language.text).joined()), "hidden character in the refusal")
        }
        return
    }
    for argument in arguments {
        precondition(TextInput.firstHidden(in: argument) == nil, "an argument with a hidden character accepted")
        for language in Language.allCases {
            var said = [language.text(ShellText.badDate(argument)), language.text(ShellText.unknownLanguage(argument)),
                        language.text(ShellText.presetUnknown(argument, known: Preset.shipped.map(\.name))),
                        language.text(HelpText.invalidValue(argument, option: "--format")),
                        language.text(HelpText.unknownOption(argument))]
            do throws(Problem) { _ = try Postcode(parsing: argument) } catch { said.append(language.text(Message.problem(error))) }
            do throws(Problem) {
                let address = try AddressCheck.Address(parsing: argument)
                var area = Area()
                if let street = try? StreetEntry(name: address.street), (try? area.add(street)) != nil {
                    precondition(AddressCheck.check(address, postcode: nil, in: area).isInside, "an address outside its own street")
                }
            } catch {
                said.append(language.text(Message.problem(error)))
            }
            for message in said { precondition(!showsHidden(message), "hidden character in a message quoting an argument") }
        }
    }
}

/// Random lines against a session: it never traps, never shows or saves a control character,
/// and everything it saves loads again.
private func fuzzSession(_ text: String) {
    guard text.utf8.count < 50_000 else { return }
    let context = SessionContext(date: CalendarDate(year: 2026, month: 11, day: 26)!)
    var runner = Runner(context: context, saved: nil, store: MemoryStore())
    _ = runner.start()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(400) {
        for shown in runner.handle(.line(String(line))) {
            precondition(!shown.text.unicodeScalars.contains(where: TextInput.isHidden), "hidden character shown")
        }
        if let saved = runner.store.answers {
            precondition((try? AnswersFile.decode(AnswersFile.encode(saved))) != nil, "saved answers do not load")
        }
        if runner.session.ending != nil { break }
    }
}

/// An answers file, however it was edited, to every document in every format and language and
/// to the session's review: no control character ever comes out, and every line of the plain
/// documents fits 72 columns. What the file must not hold is refused when it is read.
private func fuzzDocuments(_ bytes: [UInt8]) {
    guard bytes.count < 50_000, let answers = try? AnswersFile.decode(bytes) else { return }
    let date = CalendarDate(iso: answers.charter.date) ?? CalendarDate(year: 2026, month: 11, day: 26)!
    for language in Language.allCases {
        var shown: [String] = []
        for format in ExportFormat.allCases {
            for (name, contents) in format.files(answers, date: date, language: language) {
                let lines = TextInput.lines(contents)
                if format == .text, name != Documents.whatsAppFile {
                    for line in lines { precondition(TextLayout.columns(line) <= TextLayout.width, "\(name): line too wide") }
                }
                shown += lines
            }
        }
        // The review, as a session started from the file shows it, and the overview command.
        var runner = Runner(context: SessionContext(language: language, date: date), saved: answers, store: MemoryStore())
        shown += runner.start().map(\.text)
        shown += runner.handle(.line(language == .dutch ? "overzicht" : "review")).map(\.text)
        for line in shown {
            precondition(!line.unicodeScalars.contains(where: TextInput.isHidden), "a hidden character came out")
        }
    }
}
