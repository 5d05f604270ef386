import Testing
@testable import BuurtstartCore

/// Issue 21: what the documents and the session say is true for the rules chosen, and the
/// short sentences agree with the long ones.
@Suite("Rules a municipality can recommend")
struct RuleWordingTests {
    let date = CalendarDate(year: 2026, month: 11, day: 26)!

    func page(_ page: PrintedPage, _ answers: Answers, _ language: Language) -> String {
        flat(visibleText(HTMLRenderer.render(PrintedDocument(page, answers, date: date, language: language))))
    }

    func documents(_ answers: Answers, _ language: Language) -> Documents {
        Documents(answers, date: date, language: language)
    }

    /// The part of the letter below the line to cut along: the slip.
    func slip(_ answers: Answers, _ language: Language) -> String {
        let letter = page(.letter, answers, language)
        return String(letter.split(separator: language == .dutch ? "Knip hier af" : "Cut here").last ?? "")
    }

    @Test("under 16, the parent agrees that every member sees the child's number: checklist and slip", arguments: Language.allCases)
    func parentConsentNamesTheNumber(_ language: Language) throws {
        let answers = try documentAnswers { $0.membership.minimumAge = 14 }
        let phrase = language == .dutch ? "groep het telefoonnummer van mijn kind ziet, ook volwassenen die mijn kind niet kent"
                                        : "the group sees my child's phone number, also adults my child does not know"
        #expect(flat(documents(answers, language).checklist).contains(phrase))
        #expect(page(.checklist, answers, language).contains(phrase))
        #expect(slip(answers, language).contains(phrase))
        #expect(page(.privacy, answers, language).contains(language == .dutch ? "toestemming voor twee dingen: iedereen in de groep ziet je telefoonnummer" : "permission on the checklist for two things: everyone in the group sees your phone number"))
    }

    @Test("a minimum age under 16: the session says adults the child does not know see its number, and that most choose 18", arguments: Language.allCases)
    func youngMembersWarning(_ language: Language) {
        let said = flat(language.text(.ageNeedsConsent(14)))
        #expect(said.contains(language == .dutch ? "volwassenen die het kind niet kent" : "adults the child does not know"))
        #expect(said.contains("14") && said.contains("18"))
    }

    @Test("the introduction reaches the contact by the printed number or a line, never by the sign-up address; 112 first only when chosen; 'u' in Dutch", arguments: Language.allCases)
    func introduction(_ language: Language) throws {
        var answers = try documentAnswers {
            $0.admins.signUpContact = "briefje in de bus bij Zeeweg 12"
            $0.admins.phonesInCharter = false
        }
        var intro = page(.introduction, answers, language)
        #expect(!intro.contains("Zeeweg 12"))
        #expect(intro.contains(language == .dutch ? "Telefoon of e-mail" : "Phone or e-mail"))
        #expect(intro.contains(language == .dutch ? "eerst 112" : "call 112 first"))
        #expect(intro.contains(language == .dutch ? "Uiterlijk of afkomst maakt niemand verdacht" : "Appearance or origin makes nobody suspicious"))
        if language == .dutch {
            #expect(intro.contains("sturen we u graag") && intro.contains("uw contactpersoon"))
            #expect(!intro.contains(" je ") && !intro.contains("aanspreekpunt"))
        }
        answers.admins.phonesInCharter = true
        intro = page(.introduction, answers, language)
        #expect(intro.contains("06-87654321"))
        answers.agreements.set(.saar, false)
        answers.agreements.set(.call112First, false)
        answers.agreements.set(.behaviourNotAppearance, false)
        intro = page(.introduction, answers, language)
        #expect(!intro.contains(language == .dutch ? "eerst 112" : "call 112 first"))
        #expect(!intro.contains(language == .dutch ? "Uiterlijk of afkomst" : "Appearance or origin"))
    }
}
