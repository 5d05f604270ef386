import Synchronization
import Testing
@testable import BuurtstartCore

/// Records the messages a session uses, rendering each in every language as it goes.
final class CatalogueProbe: Sendable {
    let gaps = Mutex<[String]>([])
    let seen = Mutex<Int>(0)

    func catalogue(_ language: Language) -> @Sendable (Message) -> String {
        { [self] message in
            seen.withLock { $0 += 1 }
            for other in Language.allCases {
                let text = other.text(message)
                if text.isEmpty, !Self.emptyOnPurpose(message) {
                    gaps.withLock { $0.append("\(other): \(message)") }
                }
            }
            return language.text(message)
        }
    }

    /// The review's question text is empty in every language: the review shows the summary.
    static func emptyOnPurpose(_ message: Message) -> Bool {
        if case .question(.review, _) = message { return true }
        return false
    }
}

@Suite("Languages")
struct LanguageTests {
    @Test("every message a session uses has a text in every language", arguments: Language.allCases)
    func everyMessageTranslated(_ language: Language) throws {
        let probe = CatalogueProbe()
        for question in QuestionID.allCases {
            var context = SessionContext(language: language, date: CalendarDate(year: 2026, month: 11, day: 26)!)
            context.catalogue = probe.catalogue(language)
            var (session, _) = Session.start(context: context)
            for line in linesReaching(question) + hostileInputs.filter({ $0.utf8.count < 1_000 }) + ["?", "stop"] {
                _ = session.handle(line)
            }
        }
        var context = SessionContext(language: language, date: CalendarDate(year: 2026, month: 11, day: 26)!)
        context.catalogue = probe.catalogue(language)
        var (session, _) = Session.start(context: context)
        for line in fullSession + ["klaar"] { _ = session.handle(line) }
        #expect(session.ending == .finished)
        #expect(probe.seen.withLock { $0 } > 1_000)
        #expect(probe.gaps.withLock { $0 }.isEmpty)
    }

    @Test("English documents hold no Dutch sentences; Dutch words and English words both work as commands")
    func englishDocuments() throws {
        var context = SessionContext(language: .english, date: CalendarDate(year: 2026, month: 11, day: 26)!)
        context.directory = "."
        var (session, _) = Session.start(context: context)
        var documents: Documents?
        for line in fullSession.map({ $0 == "nee" ? "no" : $0 == "ja" ? "yes" : $0 }) + ["done"] {
            documents = session.handle(line).documents ?? documents
        }
        let all = try #require(documents).files.map(\.contents).joined()
        for dutch in [" je ", " het ", " een ", " niet ", " van de ", "Spelregels", "Stap "] {
            #expect(!all.contains(dutch), "\(dutch)")
        }
        #expect(all.contains("The rules of our neighbourhood watch group"))

        (session, _) = Session.start(context: context)
        _ = session.handle("Leiden")
        _ = session.handle("terug")
        #expect(session.currentQuestion == .municipality)
        _ = session.handle("Leiden")
        _ = session.handle("back")
        #expect(session.currentQuestion == .municipality)
        #expect(session.prompt == "Municipality [Leiden]: ")
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
