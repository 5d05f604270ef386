import Testing
@testable import BuurtstartCore

/// Drives an intake through the runner every front end uses. Questions are answered by their
/// step, so that a new question changes no test.
struct IntakeDriver {
    var runner: ConversationRunner<Intake, MemoryRegisterStore>
    var screen: [String] = []

    init(group: Answers, register: Register = Register(), language: Language = .dutch, otherGroups: GroupSet? = nil) {
        let context = IntakeContext(group: group, register: register, language: language,
                                    date: CalendarDate(year: 2026, month: 12, day: 1)!, otherGroups: otherGroups)
        let (intake, opening) = Intake.start(context)
        runner = ConversationRunner(intake, opening: opening, store: MemoryRegisterStore())
        screen += runner.start().map(\.text)
    }

    var intake: Intake { runner.session }
    var written: Register? { runner.store.written }
    var text: String { screen.joined(separator: "\n") }

    @discardableResult
    mutating func type(_ line: String) -> String {
        screen.append((runner.prompt ?? "") + line)
        let shown = runner.type(line).map(\.text)
        screen += shown
        return shown.joined(separator: "\n")
    }

    /// Answers every question up to `target` (or the end): `answers` by step, a yes for the rest.
    mutating func walk(_ answers: [IntakeStep: String] = [:], until target: IntakeStep = .summary) {
        let standard: [IntakeStep: String] = [.signUp: "1", .name: "Fatima el Amrani", .address: "Zeeweg 13", .residence: "1",
                                              .phone: "06-12345678", .admin: "2", .parentName: "Karim el Amrani", .postcode: "2221 AB"]
        var count = 0
        while let step = intake.currentStep, step != target, count < 100 {
            type(answers[step] ?? standard[step] ?? CommandWord.yes.word(in: intake.language))
            count += 1
        }
    }
}

@Suite("A new member's intake")
struct IntakeTests {
    let group: Answers

    init() throws { group = try finishedAnswers().0 }

    @Test("accepted: klaar stores the member with the charter version, date and admin; the next steps welcome them by first name")
    func accepted() throws {
        var driver = IntakeDriver(group: group)
        driver.walk()
        #expect(driver.written == nil)
        driver.type("klaar")
        let member = try #require(driver.written?.members.first)
        #expect(member.name == "Fatima el Amrani")
        #expect(member.address == "Zeeweg 13")
        #expect(member.phone == "06-12345678")
        #expect(member.charterVersion == group.charter.version && member.charterDate == group.charter.date)
        #expect(member.addedBy == "Piet" && member.added == "2026-12-01" && member.ageAtLeast == 18)
        #expect(driver.intake.ending == .added)
        #expect(driver.text.contains("Welkom Fatima!"))
        #expect(driver.text.contains("06-12345678"))
        #expect(driver.text.contains("Bewaar het strookje en de getekende checklist"))
    }

    @Test("every line of the printed checklist's declaration is asked, in its own words, except living there and the age")
    func checklistLines() {
        var driver = IntakeDriver(group: group)
        driver.walk()
        let asked = ChecklistItem.items(for: group).filter {
            if case .livesInArea = $0 { return false }
            if case .minimumAge = $0 { return false }
            return true
        }
        #expect(!asked.isEmpty)
        for item in asked { #expect(driver.screen.contains("[ ] " + Language.dutch.text(DocumentText.checklistItem(item)))) }
    }

    @Test("a consent answered no: nothing is stored, and the admin hands back or destroys the slip")
    func consentRefused() {
        var driver = IntakeDriver(group: group)
        driver.walk([.checklist(1): "nee"])
        #expect(driver.intake.ending.map { if case .refused(.consentDeclined) = $0 { true } else { false } } == true)
        #expect(driver.written == nil)
        #expect(driver.text.contains("Ik heb niets bewaard. Geef het strookje terug of vernietig het."))
        #expect(driver.runner.prompt == nil)
    }

    @Test("an address outside: said at once, the group of the set that holds it named, nothing stored")
    func outside() throws {
        var other = try finishedAnswers().0
        other.group.name = "Buurtpreventie Dorp"
        other.area = Area(streets: [try StreetEntry(parsing: "Dorpsstraat")])
        other.admins.contact = 0
        let set = GroupSet([GroupRecord(folder: "dorp", answers: other)])
        var driver = IntakeDriver(group: group, otherGroups: set)
        driver.walk([.address: "Dorpsstraat 4", .postcode: "2345 XY"])
        #expect(driver.intake.ending == .refused(.outsideArea))
        #expect(driver.written == nil)
        #expect(driver.text.contains("Dit adres ligt buiten het gebied"))
        #expect(driver.text.contains("Buurtpreventie Dorp (contact: Anna)"))
        // An even number of a street whose odd side is the area: outside, with the entry that holds.
        var odd = IntakeDriver(group: group)
        odd.walk([.address: "Zeeweg 12", .postcode: "2345 XY"])
        #expect(odd.intake.ending == .refused(.outsideArea))
        #expect(odd.text.contains("Zeeweg hoort erbij, maar nummer 12 niet"))
    }

    @Test("a street outside in an area with postcodes: the postcode is asked and decides")
    func postcode() {
        var driver = IntakeDriver(group: group)
        driver.walk([.address: "Strandweg 3", .postcode: "2221 AB"])
        driver.type("klaar")
        #expect(driver.written?.members.first?.postcode == "2221 AB")
        var outside = IntakeDriver(group: group)
        outside.walk([.address: "Strandweg 3", .postcode: "2222 CD"])
        #expect(outside.intake.ending == .refused(.outsideArea))
    }

    @Test("an address in a part shared with another group: said, and the member is added")
    func shared() throws {
        var shared = group
        let zeeweg = try StreetEntry(parsing: "Zeeweg 1-99 oneven")
        shared.area.sharedWith = [KeptOverlap(group: "Buurtpreventie Duinen", ours: .street(zeeweg), shared: .street(try StreetEntry(parsing: "Zeeweg 1-21 oneven")))]
        var driver = IntakeDriver(group: shared)
        driver.walk([.address: "Zeeweg 13"])
        #expect(driver.text.contains("in een deel dat je groep deelt met Buurtpreventie Duinen"))
        driver.type("klaar")
        #expect(driver.written?.members.count == 1)
        var apart = IntakeDriver(group: shared)
        apart.walk([.address: "Zeeweg 41"])
        #expect(!apart.text.contains("Buurtpreventie Duinen"))
    }

    @Test("under 16: the parent's name and consent, which says every member sees the child's number")
    func underSixteen() throws {
        var young = group
        young.membership.minimumAge = 14
        var driver = IntakeDriver(group: young)
        driver.walk([.over16: "nee"])
        #expect(driver.text.contains("Iedereen in de groep ziet dan het telefoonnummer van Fatima."))
        driver.type("klaar")
        let member = try #require(driver.written?.members.first)
        #expect(member.parent == "Karim el Amrani" && member.ageAtLeast == 14)
        var declined = IntakeDriver(group: young)
        declined.walk([.over16: "nee", .parentConsent: "nee"])
        #expect(declined.intake.ending == .refused(.parentDeclined) && declined.written == nil)
        var older = IntakeDriver(group: young)
        older.walk([.over16: "ja"])
        #expect(older.intake.questions.contains { $0.step == .parentName })
        older.type("klaar")
        #expect(older.written?.members.first?.parent == nil && older.written?.members.first?.ageAtLeast == 16)
    }

    @Test("below the minimum age: refused, nothing stored")
    func tooYoung() {
        var driver = IntakeDriver(group: group)
        driver.walk([.minimumAge: "nee"])
        #expect(driver.intake.ending == .refused(.belowMinimumAge(18)) && driver.written == nil)
    }

    @Test("bad input is said and asked again; the same commands as the session work; stop stores nothing")
    func commands() {
        var driver = IntakeDriver(group: group)
        driver.type("1")
        driver.type("Fatima el Amrani")
        #expect(driver.type("Zeeweg nr 13").contains("Zeeweg"))
        #expect(driver.intake.currentStep == .address)
        #expect(!driver.intake.keepsInHistory)
        driver.type("Zeeweg 13")
        #expect(driver.type("overzicht").contains("Adres: Zeeweg 13"))
        driver.type("terug")
        #expect(driver.intake.currentStep == .address)
        #expect(driver.runner.prompt == "Adres [Zeeweg 13]: ")
        driver.type("")
        #expect(driver.type("?").contains("terug"))
        driver.type("1")
        #expect(driver.type("misschien").contains("ja of nee"))
        driver.type("stop")
        #expect(driver.intake.ending == .stopped && driver.written == nil)
        #expect(driver.text.contains("Gestopt. Ik heb niets bewaard"))
        // A pause is no refusal: the slip is kept for the next try, not destroyed.
        #expect(driver.text.contains("Bewaar het strookje tot dan."))
        #expect(!driver.text.contains("vernietig"))
    }

    @Test("a number or a name already in the register is said, and asked again: the intake goes on")
    func twice() throws {
        var first = IntakeDriver(group: group)
        first.walk()
        first.type("klaar")
        let register = try #require(first.written)
        var again = IntakeDriver(group: group, register: register)
        again.type("1")
        #expect(again.type("fatima el amrani").contains("staat al in het ledenregister"))
        again.walk([.name: "Fatima B. el Amrani"], until: .phone)
        #expect(again.type("+31 6 12345678").contains("Het nummer +31 6 12345678 staat al in het ledenregister, bij Fatima el Amrani."))
        #expect(again.intake.currentStep == .phone && again.intake.ending == nil)
        again.type("06-99998888")
        again.walk()
        again.type("klaar")
        #expect(again.written?.members.map(\.phone) == ["06-12345678", "06-99998888"])
    }

    @Test("each question says its own problem: a name of digits, a long address, an empty or wrong number")
    func ownWords() {
        var driver = IntakeDriver(group: group)
        driver.walk(until: .name)
        let digits = driver.type("12345")
        #expect(digits.contains("'12345' is geen naam. Typ de naam van het nieuwe lid"), "\(digits)")
        #expect(!digits.contains("beheerder"))
        driver.type("Fatima el Amrani")
        let long = driver.type("Zeeweg " + String(repeating: "x", count: 100))
        #expect(long.contains("Dit adres is te lang: 107 tekens. Het mag hoogstens 100 tekens zijn."), "\(long)")
        #expect(!long.contains("naam"))
        driver.walk(until: .phone)
        let empty = driver.type("")
        #expect(empty.contains("Zonder telefoonnummer kun je Fatima niet toevoegen"), "\(empty)")
        let wrong = driver.type("12")
        #expect(wrong.contains("'12' is geen Nederlands telefoonnummer") && !wrong.contains("Enter"), "\(wrong)")
        #expect(driver.intake.currentStep == .phone)
        var young = group
        young.membership.minimumAge = 14
        var parent = IntakeDriver(group: young)
        parent.walk([.over16: "nee"], until: .parentName)
        #expect(parent.type("42").contains("'42' is geen naam. Typ de naam van de ouder of verzorger"))
    }

    @Test("the admin who adds the member is chosen by number or by name, case ignored")
    func adminByName() throws {
        var driver = IntakeDriver(group: group)
        driver.walk(until: .admin)
        #expect(driver.intake.completions.contains("Piet"))
        driver.walk([.admin: "piet"])
        #expect(driver.intake.currentStep == .summary)
        driver.type("klaar")
        #expect(driver.written?.members.first?.addedBy == "Piet")
    }

    @Test("for a group of residents only, the other option says 'woont er niet', not 'geen van beide'")
    func residentsOnly() {
        var residents = group
        residents.membership.eligibility = .residents
        var driver = IntakeDriver(group: residents)
        driver.walk(until: .residence)
        #expect(driver.screen.contains("  2. woont er niet") && !driver.text.contains("geen van beide"))
        var workers = group
        workers.membership.eligibility = .residentsAndWorkers
        var both = IntakeDriver(group: workers)
        both.walk(until: .residence)
        #expect(both.screen.contains("  3. geen van beide"))
    }

    @Test("the optional chat-group line answered no: the member is added, with that no kept")
    func optionalLine() throws {
        var chat = group
        chat.membership.separateChatGroup = true
        let context = IntakeContext(group: chat, register: Register(), language: .dutch, date: CalendarDate(year: 2026, month: 12, day: 1)!)
        let line = try #require(context.checklist.firstIndex { if case .chatGroupConsent = $0 { true } else { false } })
        var driver = IntakeDriver(group: chat)
        driver.walk(until: .checklist(line))
        #expect(driver.type("?").contains("niet verplicht. Met een nee wordt Fatima toch lid"))
        driver.walk([.checklist(line): "nee"])
        #expect(driver.intake.currentStep == .summary, "\(driver.text)")
        driver.type("klaar")
        #expect(driver.intake.ending == .added && driver.written?.members.first?.chatGroup == false)
        var plain = IntakeDriver(group: group)
        plain.walk()
        plain.type("klaar")
        #expect(plain.written?.members.first?.chatGroup == nil)
    }

    @Test("writing the register fails: said, back at the summary with every answer")
    func writeFails() {
        var driver = IntakeDriver(group: group)
        driver.runner.store.failure = .diskFull
        driver.walk()
        #expect(driver.type("klaar").contains("niet schrijven"))
        #expect(driver.intake.currentStep == .summary && driver.intake.answers.name == "Fatima el Amrani")
    }

    @Test("in English")
    func english() {
        var driver = IntakeDriver(group: group, language: .english)
        driver.walk()
        driver.type("done")
        #expect(driver.written?.members.count == 1)
        #expect(driver.text.contains("Welcome Fatima!"))
    }
}

extension Member {
    func moved(to address: String) -> Member {
        var member = self
        member.address = address
        return member
    }
}

@Suite("The register of members")
struct MemberRegisterTests {
    func member(_ name: String, phone: String = "06-11111111") -> Member {
        Member(name: name, address: "Zeeweg 13", phone: phone, livesOrWorks: .lives, signedUp: .slip, ageAtLeast: 18,
               rulesTogether: true, charterVersion: 1, charterDate: "2026-11-26", added: "2026-12-01", addedBy: "Anna")
    }

    @Test("written and read back; a hand-edited line that cannot be read is named by its number")
    func file() throws {
        let register = Register(members: [member("Fatima el Amrani"), member("Henk de Vries", phone: "06-22222222")], removed: [.moved: 2])
        let bytes = RegisterFile.encode(register)
        #expect(try RegisterFile.decode(bytes) == register)
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacing("\"ageAtLeast\":18", with: "\"ageAtLeast\":\"achttien\"")
        #expect(throws: RegisterFileError(line: 3, error: DataFileError(.wrongType, field: "ageAtLeast"))) {
            try RegisterFile.decode(Array(lines.joined(separator: "\n").utf8))
        }
        #expect(throws: RegisterFileError.self) { try RegisterFile.decode(Array("{\"register\":9,\"removed\":{}}\n".utf8)) }
        let said = Language.dutch.text(MemberText.registerUnreadable(file: "leden.jsonl", RegisterFileError(line: 3, error: DataFileError(.wrongType, field: "ageAtLeast"))))
        #expect(said.contains("leden.jsonl, regel 3, veld ageAtLeast"))
    }

    @Test("a hand-edited register with CRLF line ends and a byte order mark reads as written; a date that is no day is named by its line")
    func handEdited() throws {
        let register = Register(members: [member("Fatima el Amrani"), member("Henk de Vries", phone: "06-22222222")])
        let lines = String(decoding: RegisterFile.encode(register), as: UTF8.self).split(separator: "\n").map(String.init)
        let windows = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
        #expect(try RegisterFile.decode(windows) == register)
        for (field, edited) in [("added", lines[2].replacing("\"added\":\"2026-12-01\"", with: "\"added\":\"2026-13-45\"")),
                                ("charterDate", lines[2].replacing("\"charterDate\":\"2026-11-26\"", with: "\"charterDate\":\"gisteren\""))] {
            #expect(throws: RegisterFileError(line: 3, error: DataFileError(.badValue, field: field))) {
                try RegisterFile.decode(Array(([lines[0], lines[1], edited]).joined(separator: "\n").utf8))
            }
        }
    }

    @Test("two members with the same name: the name alone is refused with what picks each, the address or else the number")
    func sameName() throws {
        let register = Register(members: [member("Jan Jansen"), member("Henk de Vries", phone: "06-22222222").moved(to: "Zeeweg 15"),
                                          Member(name: "Jan Jansen", address: "Zeeweg 21", phone: "06-33333333", livesOrWorks: .lives, signedUp: .slip,
                                                 ageAtLeast: 18, rulesTogether: true, charterVersion: 1, charterDate: "2026-11-26",
                                                 added: "2026-12-01", addedBy: "Anna")])
        #expect(throws: MemberChangeProblem.sameName("jan jansen", picks: ["Zeeweg 13", "Zeeweg 21"])) { try register.member(named: "jan jansen") }
        #expect(try register.member(named: "zeeweg 21") == 2)
        #expect(try register.member(named: "Henk") == 1)
        let said = Language.dutch.text(MemberText.changeProblem(.sameName("Jan Jansen", picks: ["Zeeweg 13", "Zeeweg 21"])))
        #expect(said.contains("Typ in plaats van de naam het adres of het telefoonnummer") && said.contains("'Zeeweg 13' of 'Zeeweg 21'"))
        // The same name at the same address: the number picks.
        let household = Register(members: [member("Jan Jansen"), member("Jan Jansen", phone: "06-44444444")])
        #expect(throws: MemberChangeProblem.sameName("Jan Jansen", picks: ["06-11111111", "06-44444444"])) { try household.member(named: "Jan Jansen") }
        #expect(try household.member(named: "+31 6 4444 4444") == 1)
    }

    @Test("a warning records the date and the agreement; each kind of removal keeps only a count")
    func changes() throws {
        var register = Register(members: [member("Fatima el Amrani"), member("Henk de Vries")])
        let date = CalendarDate(year: 2026, month: 12, day: 2)!
        let index = try register.member(named: "fatima")
        #expect(throws: MemberChangeProblem.notWarned("Fatima el Amrani")) {
            try register.apply(.remove(.afterWarning, agreement: .respect), to: index, date: date)
        }
        try register.apply(.warn(.respect), to: index, date: date)
        #expect(register.members[index].warnings == [MemberWarning(date: "2026-12-02", agreement: .respect)])
        #expect(throws: MemberChangeProblem.agreementNeeded(.atOnce)) { try register.apply(.remove(.atOnce, agreement: nil), to: index, date: date) }
        for reason in RemovalReason.allCases {
            var copy = register
            try copy.apply(.remove(reason, agreement: .respect), to: index, date: date)
            #expect(copy.members.map(\.name) == ["Henk de Vries"])
            #expect(copy.removed == [reason: 1])
            #expect(!String(decoding: RegisterFile.encode(copy), as: UTF8.self).contains("Fatima"))
        }
        #expect(throws: MemberChangeProblem.unknownMember("Kees", count: 2)) { try register.member(named: "Kees") }
    }

    @Test("what needs doing: an address outside a changed area, a raised minimum age, an older charter")
    func toDo() throws {
        var group = try finishedAnswers().0
        let fine = member("Fatima el Amrani")
        #expect(MemberToDo.list(fine, group: group) == [])
        group.area = Area(streets: [try StreetEntry(parsing: "Boulevard")])
        group.membership.minimumAge = 21
        group.charter.version = 3
        // No history keeps version 1: agreeing again is asked, to be safe.
        #expect(MemberToDo.list(fine, group: group) == [.addressOutside(heldBy: []), .belowMinimumAge(21), .olderCharter(1, known: false)])
        let table = MembersRenderer.render(Register(members: [fine]), group: group, format: .text, language: .dutch)
        #expect(table.contains("opnieuw akkoord nodig (was versie 1, niet in de geschiedenis)"))
        // Every to-do says what to run: its advice ends in a command.
        for toDo in MemberToDo.list(fine, group: group) {
            for language in Language.allCases {
                let advice = language.text(MemberText.toDoAdvice(toDo, name: fine.name, firstName: fine.firstName, pick: fine.name, directory: "."))
                #expect(advice.contains("\n  buurtstart "), "\(toDo) \(language): \(advice)")
            }
        }
        // Two members of the same name: the commands pick each by address.
        let twins = MembersRenderer.render(Register(members: [fine, fine.moved(to: "Zeeweg 15")]), group: group, format: .text, language: .dutch)
        #expect(twins.contains("buurtstart lid --opnieuw 'Zeeweg 15'") && twins.contains("buurtstart lid --weg 'Zeeweg 13' --reden weg"))
        let csv = MembersRenderer.render(Register(members: [fine]), group: group, format: .csv, language: .dutch)
        #expect(csv.contains("addressOutside belowMinimumAge olderCharter"))
        let json = MembersRenderer.render(Register(members: [fine]), group: group, format: .json, language: .english)
        #expect(json.contains("\"toDo\" : [") && json.contains("\"charterVersion\" : 1"))
    }
}
