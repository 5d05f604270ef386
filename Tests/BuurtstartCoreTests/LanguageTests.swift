import Testing
@testable import BuurtstartCore

/// Common Dutch words that never belong in an English text.
let dutchWords = [" je ", " het ", " een ", " niet ", " van de ", " de ", " en ", " met ", "Spelregels", "Stap ", "Typ "]

/// The hostile inputs short enough to be echoed in a message.
let shortHostileInputs = hostileInputs.filter { $0.utf8.count < 1_000 }

/// Every message the walk to each question, hostile input, help and stopping show.
func messagesShown(in language: Language) -> [Message] {
    var shown: [Message] = []
    for question in QuestionID.allCases {
        var driver = Driver(language: language)
        for line in linesReaching(question).map({ translated($0, to: language) }) + shortHostileInputs
            + ["?", "klaar", "wijzig", "stop"] {
            driver.type(line)
            shown += driver.shown
        }
        _ = driver.stop()
        shown += driver.shown
    }
    var driver = Driver(language: language)
    for line in fullSession.map({ translated($0, to: language) }) + ["?", "overzicht", "review", "done", "klaar"] {
        driver.type(line)
        shown += driver.shown
    }
    return shown
}

/// The answers the sessions above type, longest first.
let typedAnswers = (fullSession + shortHostileInputs + ["Buurtpreventie Zeeweg-Noord", "Zeeweg 1 t/m 99", "Boulevard 2 t/m 40"])
    .filter { $0.count > 3 }.sorted { $0.count > $1.count }

/// A Dutch answer in `language`'s words (yes and no).
func translated(_ line: String, to language: Language) -> String {
    guard language == .english else { return line }
    return line == "nee" ? "no" : line == "ja" ? "yes" : line
}

@Suite("Languages")
struct LanguageTests {
    @Test("every message a session shows has words in every language, and English has no Dutch in it")
    func everyMessageTranslated() throws {
        let messages = messagesShown(in: .dutch) + messagesShown(in: .english)
        #expect(messages.count > 1_000)
        // The same prompt and problem come back thousands of times: each text is judged once.
        var untranslated: [String] = []
        var english: Set<String> = []
        for message in messages {
            if case .blank = message { continue }
            for language in Language.allCases {
                let text = language.text(message)
                if text.isEmpty { untranslated.append("\(language): \(message)") }
                if language == .english { english.insert(text) }
            }
        }
        #expect(untranslated.isEmpty, "\(untranslated.prefix(5))")
        // What the resident typed is theirs, in whatever language: only the words around it count.
        let withDutch = english.filter { text in
            let words = typedAnswers.reduce(" " + text + " ") { $0.replacing($1, with: "") }
            return dutchWords.contains { words.contains($0) }
        }
        #expect(withDutch.isEmpty, "\(withDutch.sorted().prefix(5))")
    }

    @Test("English documents hold no Dutch sentences")
    func englishDocuments() throws {
        var driver = Driver(language: .english)
        driver.type(fullSession.map { translated($0, to: .english) } + ["done"])
        let all = try #require(driver.documents).files.map(\.contents).joined()
        for dutch in [" je ", " het ", " een ", " niet ", " van de ", "Spelregels", "Stap "] {
            #expect(!all.contains(dutch), "\(dutch)")
        }
        #expect(all.contains("The rules of our neighbourhood watch group"))
    }

    @Test("a session understands the commands of its own language only: terug is an answer in English")
    func commandsInOwnLanguage() throws {
        var driver = Driver(language: .english)
        driver.type("Leiden", "back")
        #expect(driver.question == .municipality)
        #expect(driver.prompt == "Municipality [Leiden]: ")
        driver.type("Leiden", "terug")
        #expect(driver.question == .groupName)
        #expect(driver.session.answers.group.neighbourhood == "terug")
    }

    @Test("English yes-or-no prompts show English defaults")
    func englishDefaults() throws {
        var driver = Driver(language: .english)
        driver.answer(until: .chatGroup)
        #expect(driver.question == .chatGroup)
        #expect(driver.prompt == "Separate chat group (yes/no) [no]: ")
        var resumed = Driver(saved: driver.saved, language: .english)
        #expect(resumed.prompt == "yes or no [yes]: ")
        resumed.type("?")
        #expect(resumed.shown.contains { if case .confirmHelp(.resumeUnfinished) = $0 { true } else { false } })
    }

    @Test("the locale chooses English only when it starts with en")
    func locale() {
        #expect(Language.forLocale("en_GB.UTF-8") == .english)
        #expect(Language.forLocale("EN") == .english)
        #expect(Language.forLocale("nl_NL.UTF-8") == .dutch)
        #expect(Language.forLocale("C.UTF-8") == .dutch)
        #expect(Language.forLocale(nil) == .dutch)
    }
}
