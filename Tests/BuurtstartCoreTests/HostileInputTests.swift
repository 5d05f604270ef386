import Testing
@testable import BuurtstartCore

/// Lines no resident means, and lines a resident may well mean, typed at every prompt.
let hostileInputs: [String] = [
    "", "   ", "\t", "\t Katwijk \t", String(repeating: "a", count: 1 << 20), String(repeating: "1 ", count: 1 << 18),
    "Kat\u{0}wijk", "Kat\rwijk", "\u{1B}[2J", "\u{1B}]52;c;aGFsbG8=\u{7}", "a\u{85}b", "\u{9B}31m",
    "Zee\u{202E}weg", "Zee\u{2066}weg", "Zee\u{200B}weg", "\u{FEFF}Zeeweg", "Kat\u{FFFD}wijk", "a\u{2028}b",
    "🏠🚨", "👨‍👩‍👧", "Cafe\u{301}straat", "Lange Ĳzerstraat", "Zeeweg 1-99 oneven", "-1", "99999999999999999999",
    "wijzig", "wijzig 0", "verwijder", "verwijder -1", "verwijder 99999999999999999999", "» Katwijk", "?", "ja",
]

@Suite("Hostile input at every prompt")
struct HostileInputTests {
    @Test("never a crash; no control character in what is shown or saved; saved answers always load",
          arguments: QuestionID.allCases)
    func everyPrompt(_ question: QuestionID) throws {
        for input in hostileInputs {
            var driver = Driver()
            driver.type(linesReaching(question))
            try #require(driver.question == question)
            let before = driver.screen.count
            driver.type(input)
            for line in driver.screen[before...].dropFirst() {
                #expect(!line.unicodeScalars.contains(where: TextInput.isHidden), "\(question): \(line.prefix(80))")
            }
            if let saved = driver.saved {
                #expect(throws: Never.self) { try AnswersFile.decode(AnswersFile.encode(saved)) }
            }
            // Still answerable: the session goes on.
            #expect(driver.session.ending == nil, "\(question): \(input.prefix(40)) ended the session")
        }
    }

    @Test("what a resident could mean is stored exactly")
    func storedExactly() {
        var driver = Driver()
        // Not a municipality on CBS's list: kept as typed when typed again.
        driver.type("Cafe\u{301}dorp", "Cafe\u{301}dorp", "🏠🚨", "👨‍👩‍👧 Buurt")
        #expect(driver.session.answers.group.municipality == "Cafe\u{301}dorp")
        #expect(driver.session.answers.group.neighbourhood == "🏠🚨")
        #expect(driver.session.answers.group.name == "👨‍👩‍👧 Buurt")
        driver.type("Lange Ĳzerstraat 1-9 oneven")
        #expect(driver.session.answers.area.streets.first?.name == "Lange Ĳzerstraat")
    }

    @Test("lengths count the characters a person sees, not bytes")
    func graphemes() {
        var driver = Driver()
        driver.type("Katwijk", "Zeeweg")
        // 25 family emoji: 25 characters a person sees, but 175 scalars and 450 bytes.
        let said = driver.type(String(repeating: "👨‍👩‍👧‍👦", count: 25))
        #expect(!said.contains("Let op"))
        #expect(driver.question == .street)
        driver = Driver()
        driver.type("Katwijk", "Zeeweg")
        #expect(driver.type(String(repeating: "é", count: 26)).contains("26 tekens"))
    }
}
