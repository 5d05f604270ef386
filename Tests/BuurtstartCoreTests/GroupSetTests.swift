#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import BuurtstartCore

private func street(_ text: String) throws -> AreaPart { .street(try StreetEntry(parsing: text)) }
private func postcode(_ text: String) throws -> AreaPart { .postcode(try Postcode(parsing: text)) }

/// A group (finished unless said) with these streets and postcodes, its contact Anna (phone 06-12345678).
func group(_ folder: String, name: String, streets: [String], postcodes: [String] = [], phonesInCharter: Bool = false,
           finished: Bool = true, municipality: String = "Katwijk") throws -> GroupRecord {
    var answers = Answers()
    answers.status = finished ? .finished : .unfinished
    answers.group.municipality = municipality
    answers.group.neighbourhood = folder
    answers.group.name = name
    answers.area = Area(streets: try streets.map { try StreetEntry(parsing: $0) }, postcodes: try postcodes.map { try Postcode(parsing: $0) })
    answers.membership.expectedMembers = 30
    answers.admins.people = [Admin(firstName: "Anna", phone: "06-12345678"), Admin(firstName: "Piet", phone: "06-87654321")]
    answers.admins.phonesInCharter = phonesInCharter
    answers.charter.version = 2
    answers.charter.date = "2026-11-20"
    return GroupRecord(folder: folder, answers: answers)
}

@Suite("What two parts of areas share")
struct AreaOverlapTests {
    @Test("a whole street shares all of a range of the same street", arguments: [
        ("Zeeweg", "Zeeweg 10-20", "Zeeweg 10-20"),
        ("Zeeweg", "Zeeweg", "Zeeweg"),
        ("Zeeweg", "Zeeweg oneven", "Zeeweg oneven"),
        ("Zeeweg 1-99", "Zeeweg 51-150", "Zeeweg 51-99"),
        ("Zeeweg 1-19 oneven", "Zeeweg 2-20", "Zeeweg 3-19 oneven"),
        ("Zeeweg 1-99 oneven", "Zeeweg 40-60", "Zeeweg 41-59 oneven"),
        ("Zeeweg 12", "Zeeweg 2-40 even", "Zeeweg 12 even"),
        ("Zeeweg 12", "Zeeweg", "Zeeweg 12"),
    ])
    func shared(_ ours: String, _ theirs: String, _ expected: String) throws {
        let found = try street(ours).shared(with: try street(theirs))
        guard case .street(let entry) = found else { Issue.record("no overlap found"); return }
        let want = try StreetEntry(parsing: expected)
        #expect(entry.range == want.range)
        #expect(entry.side == want.side)
        #expect(entry.key == want.key)
    }

    @Test("ranges that do not meet, opposite sides, or another street share nothing", arguments: [
        ("Zeeweg 1-19 oneven", "Zeeweg 2-20 even"),
        ("Zeeweg oneven", "Zeeweg even"),
        ("Zeeweg 1-19", "Zeeweg 20-30"),
        ("Zeeweg 12", "Zeeweg 1-99 oneven"),
        ("Zeeweg 1-99 oneven", "Zeeweg 12-12"),
        ("Zeeweg", "Zeeweglaan"),
        ("Zeeweg 13", "Zeeweg 14"),
    ])
    func nothing(_ ours: String, _ theirs: String) throws {
        #expect(try street(ours).shared(with: try street(theirs)) == nil)
        #expect(try street(theirs).shared(with: try street(ours)) == nil)
    }

    @Test("the sides are exact at the ends: 1-19 odd and 2-20 share none, 1-19 odd and 1-20 share 1-19 odd")
    func sidesAtTheEnds() throws {
        let found = try street("Zeeweg 1-19 oneven").shared(with: try street("Zeeweg 1-20"))
        #expect(found == .street(StreetEntry(saved: "Zeeweg", range: HouseNumberRange(saved: 1, last: 19), side: .odd)))
        let single = try street("Zeeweg 19-20").shared(with: try street("Zeeweg 2-20 even"))
        #expect(single == .street(StreetEntry(saved: "Zeeweg", range: HouseNumberRange(saved: 20, last: 20), side: .even)))
    }

    @Test("spellings StreetName.key makes equal are the same street", arguments: [
        ("Burg. de Ridderstraat 1-10", "burg. de ridderstr. 5"),
        ("Burg. de Ridderstraat", "BURG. DE RIDDERSTR"),
        ("Burgemeester de Ridderstraat", "Burg. de Ridderstraat 10-30 even"),
        ("Prof. Dondersstraat 4", "Professor Dondersstraat"),
        ("Gebr. Bakkerweg", "gebroeders bakkerwg 2"),
        ("Stationslaan", "Stationsln. 4"),
        ("\u{2019}s-Gravenweg", "'s-Gravenweg 3"),
        ("\u{0132}sselstraat", "IJsselstraat 8"),
        ("Café Lindenweg", "Cafe\u{301} Lindenwg 2"),
    ])
    func spellings(_ ours: String, _ theirs: String) throws {
        #expect(try street(ours).shared(with: try street(theirs)) != nil)
    }

    @Test("postcodes: the same, or a full one inside a four-digit area; never a street against a postcode")
    func postcodes() throws {
        #expect(try postcode("2221 AB").shared(with: try postcode("2221ab")) == (try postcode("2221 AB")))
        #expect(try postcode("2221").shared(with: try postcode("2221 AB")) == (try postcode("2221 AB")))
        #expect(try postcode("2221 AB").shared(with: try postcode("2221")) == (try postcode("2221 AB")))
        #expect(try postcode("2221 AB").shared(with: try postcode("2221 AC")) == nil)
        #expect(try postcode("2221").shared(with: try postcode("2222")) == nil)
        // Which streets a postcode holds cannot be known offline: no overlap is claimed.
        #expect(try street("Zeeweg").shared(with: try postcode("2221 AB")) == nil)
        #expect(try postcode("2221").shared(with: try street("Zeeweg")) == nil)
    }
}

@Suite("A set of groups")
struct GroupSetTests {
    let set: GroupSet

    init() throws {
        set = GroupSet([
            try group("noord", name: "Zeeweg-Noord", streets: ["Zeeweg 51-99 oneven", "Voorstraat"], postcodes: ["2221 AB"]),
            try group("boulevard", name: "Boulevard", streets: ["Boulevard 2-40 even", "Burg. de Ridderstraat"]),
            try group("zuid", name: "Zeeweg-Zuid", streets: ["Zeeweg 1-49 oneven", "Zeeweg 2-98 even"], postcodes: ["2222"]),
            try group("dorp", name: "Dorp", streets: ["Voorstraat 10-20"], postcodes: ["2221"]),
        ])
    }

    @Test("an entry typed is compared with every group's entries of the same street, with the contact named")
    func overlapsOfAPart() throws {
        let found = set.overlaps(of: try street("Zeeweg 41-61"))
        #expect(found.map(\.group) == ["Zeeweg-Noord", "Zeeweg-Zuid", "Zeeweg-Zuid"])
        #expect(found.map(\.contact) == ["Anna", "Anna", "Anna"])
        #expect(found[0].overlap.shared == (try street("Zeeweg 51-61 oneven")))
        #expect(found[1].overlap.shared == (try street("Zeeweg 41-49 oneven")))
        #expect(found[2].overlap.shared == (try street("Zeeweg 42-60 even")))
        #expect(set.overlaps(of: try street("Zeeweg 101-199")).isEmpty)
        #expect(set.overlaps(of: try street("Kerkstraat")).isEmpty)
        #expect(set.overlaps(of: try postcode("2221 AC")).map(\.group) == ["Dorp"])
    }

    @Test("every pair of overlapping groups once, in the set's order, with the parts both hold")
    func pairs() throws {
        let pairs = set.overlappingPairs()
        #expect(pairs.map { [$0.first.folder, $0.second.folder] } == [["noord", "dorp"]])
        #expect(pairs[0].overlaps.map(\.shared) == [try street("Voorstraat 10-20"), try postcode("2221 AB")])
        #expect(GroupSet([]).overlappingPairs().isEmpty)
    }

    @Test("an address: none, one, or several groups hold it, each with the entry that does")
    func addresses() throws {
        let address = { (text: String) in try AddressCheck.Address(parsing: text) }
        #expect(set.holding(try address("Kerkstraat 1"), postcode: nil).isEmpty)
        let one = set.holding(try address("Zeeweg 53"), postcode: nil)
        #expect(one.map(\.group.folder) == ["noord"])
        #expect(one.first?.entry == (try street("Zeeweg 51-99 oneven")))
        #expect(one.first?.position == 1)
        let several = set.holding(try address("Voorstraat 12"), postcode: try Postcode(parsing: "2221 AB"))
        #expect(several.map(\.group.folder) == ["noord", "dorp"])
        #expect(set.holding(try address("Burg. de Ridderstr. 7"), postcode: nil).map(\.group.folder) == ["boulevard"])
        #expect(set.holding(try address("Kerkstraat 1"), postcode: try Postcode(parsing: "2222 XY")).map(\.group.folder) == ["zuid"])
    }
}

@Suite("The register of a set of groups")
struct RegisterTests {
    let groups: [GroupRecord]

    init() throws {
        groups = [
            try group("noord", name: "Zeeweg-Noord, \"oud\"", streets: ["Zeeweg 51-99 oneven", "Voorstraat", "Kerkstraat"], postcodes: ["2221 AB"]),
            try group("dorp", name: "=HYPERLINK(\"x\")", streets: ["Voorstraat 10-20"], phonesInCharter: true),
        ]
    }

    @Test("the table has a heading in the resident's language, one row a group, the area in short, no phone number")
    func table() {
        let dutch = RegisterRenderer.register(groups, format: .text, language: .dutch)
        let lines = dutch.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "Gemeente Katwijk: 2 groepen")
        #expect(lines[1].hasPrefix("  Naam"))
        #expect(lines[1].contains("Contact") && lines[1].contains("Klaar"))
        #expect(lines[2].contains("Zeeweg, Voorstraat, nog 1"))
        #expect(lines[2].contains("Anna") && lines[2].hasSuffix("ja"))
        #expect(!dutch.contains("06-"))
        let english = RegisterRenderer.register(groups, format: .text, language: .english)
        #expect(english.hasPrefix("Municipality of Katwijk: 2 groups\n  Name"))
        #expect(english.contains("Zeeweg, Voorstraat, 1"))
    }

    @Test("the table is grouped by municipality (Den Haag and 's-Gravenhage one, by its CBS code), and fits 80 columns", arguments: Language.allCases)
    func byMunicipality(language: Language) throws {
        let long = (1...12).map { "Lange Straatnaam Nummer \(String(repeating: "x", count: $0))" }
        let groups = [
            try group("haag", name: "Buurtpreventie Statenkwartier en omgeving met een lange naam", streets: long, municipality: "Den Haag"),
            try group("gravenhage", name: "Buurtpreventie Zorgvliet", streets: ["Zeeweg"], municipality: "'s-Gravenhage"),
            try group("rijnsburg", name: "Buurtpreventie Rijnsburg", streets: ["Hoofdstraat"], municipality: "Rijnsburg"),
        ]
        let table = RegisterRenderer.register(groups, format: .text, language: language)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { TextLayout.columns($0) <= 80 }, "\(table)")
        #expect(lines[0] == (language == .dutch ? "Gemeente 's-Gravenhage: 2 groepen" : "Municipality of 's-Gravenhage: 2 groups"))
        // Cut short at the end, never at the start.
        #expect(lines[2].hasPrefix("  Buurtpreventie St") && lines[2].contains("…  Lange Straatnaam"))
        #expect(lines[3].hasPrefix("  Buurtpreventie Zo") && lines[3].contains("Zeeweg"))
        #expect(lines[5] == (language == .dutch ? "Gemeente Rijnsburg: 1 groep" : "Municipality of Rijnsburg: 1 group"))
        // CSV keeps every column, uncut.
        let csv = RegisterRenderer.register(groups, format: .csv, language: language)
        #expect(csv.contains("Buurtpreventie Statenkwartier en omgeving met een lange naam,Den Haag,"))
    }

    @Test("CSV: a header of field names, commas and quotes quoted, formulas defused, CRLF, a phone only where the group prints them")
    func csv() {
        let csv = RegisterRenderer.register(groups, format: .csv, language: .dutch)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 4 && rows[3].isEmpty)
        #expect(rows[0] == "folder,name,municipality,neighbourhood,area,expectedMembers,contact,version,date,finished,contactPhone")
        #expect(rows[1] == "noord,\"Zeeweg-Noord, \"\"oud\"\"\",Katwijk,noord,Zeeweg 51-99 odd; Voorstraat; Kerkstraat; 2221 AB,30,Anna,2,2026-11-20,true,")
        #expect(rows[2] == "dorp,\"'=HYPERLINK(\"\"x\"\")\",Katwijk,dorp,Voorstraat 10-20,30,Anna,2,2026-11-20,true,06-12345678")
        #expect(!rows[1].contains("06-"))
    }

    @Test("JSON: every group with its area in full; the contact's phone only where the group prints them")
    func json() throws {
        struct Register: Decodable {
            struct Group: Decodable {
                var folder: String
                var name: String
                var streets: [CharterJSON.Street]
                var postcodes: [String]
                var contact: String
                var contactPhone: String?
                var finished: Bool
            }
            var schema: String
            var groups: [Group]
        }
        let text = RegisterRenderer.register(groups, format: .json, language: .dutch)
        let register = try JSONDecoder().decode(Register.self, from: Data(text.utf8))
        #expect(register.schema == "buurtstart-register/1")
        #expect(register.groups.map(\.folder) == ["noord", "dorp"])
        #expect(register.groups[0].streets.first == CharterJSON.Street(name: "Zeeweg", first: 51, last: 99, side: "odd"))
        #expect(register.groups[0].postcodes == ["2221 AB"])
        #expect(register.groups[0].contactPhone == nil)
        #expect(register.groups[1].contactPhone == "06-12345678")
        #expect(text.components(separatedBy: "06-").count == 2)
        #expect(!text.contains("06-87654321"))
    }

    @Test("an unfinished group that answered yes to the numbers in its charter has no charter showing them yet: no number in CSV or JSON")
    func unfinishedGroupsNumber() throws {
        let unfinished = [try group("geheim", name: "Geheim", streets: ["Zeeweg"], phonesInCharter: true, finished: false)]
        #expect(unfinished[0].contactPhone == nil)
        for format in RegisterFormat.allCases {
            let text = RegisterRenderer.register(unfinished, format: format, language: .dutch)
            #expect(!text.contains("06-"), "\(format)")
        }
        #expect(!RegisterRenderer.register(unfinished, format: .json, language: .dutch).contains("contactPhone"))
    }

    @Test("the overlapping pairs in every format, and a line when there are none")
    func overlaps() throws {
        let pairs = GroupSet(groups).overlappingPairs()
        let text = RegisterRenderer.overlaps(pairs, groupCount: 2, format: .text, language: .dutch)
        #expect(text.contains("Zeeweg-Noord, \"oud\" en =HYPERLINK(\"x\") delen een deel van hun gebied:"))
        #expect(text.contains("  Voorstraat: hele straat  en  Voorstraat: nummers 10 t/m 20  (samen: Voorstraat: nummers 10 t/m 20)"))
        let csv = RegisterRenderer.overlaps(pairs, groupCount: 2, format: .csv, language: .dutch)
        #expect(csv.hasSuffix("noord,\"Zeeweg-Noord, \"\"oud\"\"\",Voorstraat,dorp,\"'=HYPERLINK(\"\"x\"\")\",Voorstraat 10-20,Voorstraat 10-20\r\n"))
        let json = RegisterRenderer.overlaps(pairs, groupCount: 2, format: .json, language: .dutch)
        #expect(json.contains("\"schema\" : \"buurtstart-overlaps/1\""))
        #expect(json.contains("\"first\" : \"noord\"") && json.contains("\"second\" : \"dorp\""))
        let none = RegisterRenderer.overlaps([], groupCount: 2, format: .text, language: .english)
        #expect(none == "No overlap: no two groups share part of their area (2 groups read).\n")
    }

    @Test("a terminal never gets a control character from a group's folder name")
    func hiddenCharacters() throws {
        let hostile = try group("evil\u{1B}[2J", name: "", streets: ["Zeeweg"])
        let text = RegisterRenderer.register([hostile], format: .text, language: .dutch)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("evil␛[2J"))
        #expect(RegisterRenderer.register([hostile], format: .csv, language: .dutch).components(separatedBy: "\r\n")[1].hasPrefix("evil␛[2J,"))
        // Named in a session's warning, and saved with a kept overlap, it stays loadable.
        let found = GroupSet([hostile]).overlaps(of: try street("Zeeweg 1"))
        #expect(found.map(\.group) == ["evil␛[2J"])
    }
}

@Suite("A session compared with other groups")
struct SessionGroupsTests {
    let others = GroupSet([try! group("zuid", name: "Zeeweg-Zuid", streets: ["Zeeweg 41-61"], postcodes: ["2222"])])

    @Test("an overlapping street is said at once, with the group, the numbers and side, and the contact; nee types it again")
    func change() {
        var driver = Driver(otherGroups: others)
        driver.answer(until: .street)
        let said = driver.type("Zeeweg 1-99 oneven")
        #expect(said.contains("Let op: de groep Zeeweg-Zuid heeft dit deel ook: Zeeweg: nummers 41 t/m 61, oneven kant."))
        #expect(said.contains("Bij die groep staat: Zeeweg: nummers 41 t/m 61."))
        #expect(said.contains("Contact van die groep: Anna."))
        #expect(!said.contains("06-"))
        #expect(driver.prompt == "ja of nee [nee]: ")
        #expect(driver.saved?.area.streets.isEmpty != false)
        #expect(driver.type("nee").contains("Niet toegevoegd: Zeeweg: nummers 1 t/m 99, oneven kant."))
        #expect(driver.question == .street)
        #expect(driver.type("Zeeweg 63-99 oneven").contains("Toegevoegd: Zeeweg: nummers 63 t/m 99, oneven kant"))
        driver.answer(until: .review, [.street: ["Boulevard 2-40 even", ""]])
        driver.type("klaar")
        #expect(driver.session.ending == .finished)
        #expect(driver.saved?.area.sharedWith.isEmpty == true)
        #expect(driver.documents?.charter.contains("delen we") == false)
    }

    @Test("ja keeps the entry, and the charter's area section names the other group and what both hold")
    func keep() throws {
        var driver = Driver(otherGroups: others)
        driver.answer(until: .street)
        driver.type("Zeeweg 1-99 oneven")
        #expect(driver.type("ja").contains("Toegevoegd: Zeeweg: nummers 1 t/m 99, oneven kant. De spelregels zeggen dat jullie dit deel delen"))
        #expect(driver.question == .street)
        driver.answer(until: .review, [.street: ["Boulevard 2-40 even", ""]])
        driver.type("klaar")
        let charter = try #require(driver.documents?.charter)
        let words = charter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Dit deel delen we met de groep Zeeweg-Zuid: Zeeweg: nummers 41 t/m 61, oneven kant. 2. Wie mag meedoen"))
        #expect(driver.saved?.area.sharedWith.count == 1)
    }

    @Test("the overview shows a kept overlap under the area, and no more once its entry is removed")
    func overview() throws {
        var driver = Driver(otherGroups: others)
        driver.answer(until: .street)
        driver.type("Zeeweg 1-99 oneven")
        driver.type("ja")
        #expect(driver.type("overzicht").contains("   Gedeeld met: Zeeweg-Zuid (Zeeweg: nummers 41 t/m 61, oneven kant)"))
        driver.type("verwijder 1")
        #expect(!driver.type("overzicht").contains("Gedeeld met"))
        // Nor is it kept in buurtstart.json.
        #expect(driver.saved?.area.sharedWith.isEmpty == true)
        var english = Driver(language: .english, otherGroups: others)
        english.answer(until: .street)
        english.type("Zeeweg 50")
        english.type("yes")
        #expect(english.type("review").contains("   Shared with: Zeeweg-Zuid (Zeeweg: number 50)"))
    }

    @Test("Enter means no, and stop while asked saves the list without the entry")
    func enterAndStop() {
        var driver = Driver(otherGroups: others)
        driver.answer(until: .street)
        driver.type("Zeeweg 1-99 oneven")
        #expect(driver.type("").contains("Niet toegevoegd"))
        driver.type("Zeeweg 41")
        #expect(driver.prompt == "ja of nee [nee]: ")
        _ = driver.type("stop")
        #expect(driver.session.ending == .stopped)
        #expect(driver.saved?.area.streets.isEmpty == true)
    }

    @Test("terug, overzicht, back and review work at the overlap question as at every question")
    func commands() throws {
        var driver = Driver(otherGroups: others)
        driver.answer(until: .street)
        driver.type("Zeeweg 1-99 oneven")
        let review = driver.type("overzicht")
        #expect(review.contains("1. Groep:") && review.hasSuffix(Language.dutch.text(.overlapQuestion)))
        #expect(driver.prompt == "ja of nee [nee]: ")
        #expect(driver.type("?").contains("terug"))
        #expect(driver.type("terug") == "Niet toegevoegd: Zeeweg: nummers 1 t/m 99, oneven kant. Typ het opnieuw, bijvoorbeeld met andere nummers, of druk op Enter als je klaar bent.")
        #expect(driver.question == .street)
        #expect(driver.saved?.area.streets.isEmpty != false)
        var english = Driver(language: .english, otherGroups: others)
        english.answer(until: .street)
        english.type("Zeeweg 50")
        #expect(english.type("review").contains("1. Group:"))
        #expect(english.type("back").hasPrefix("Not added: Zeeweg: number 50."))
        #expect(english.question == .street)
    }

    @Test("kept with two groups says groups; a postcode not added is not told to change its numbers")
    func wording() throws {
        let two = GroupSet([try group("zuid", name: "Zeeweg-Zuid", streets: ["Zeeweg 41-61"], postcodes: ["2222"]),
                            try group("dorp", name: "Dorp", streets: ["Zeeweg"])])
        var driver = Driver(otherGroups: two)
        driver.answer(until: .street)
        driver.type("Zeeweg 1-99 oneven")
        #expect(driver.type("ja").contains("delen met de andere groepen."))
        driver.type("")
        #expect(driver.question == .postcode)
        driver.type("2222 AB")
        #expect(driver.type("nee").hasPrefix("Niet toegevoegd: postcode 2222 AB. Typ het opnieuw, of druk op Enter als je klaar bent."))
    }

    @Test("in English too, and without other groups nothing is asked")
    func english() throws {
        var driver = Driver(language: .english, otherGroups: others)
        driver.answer(until: .street)
        let said = driver.type("Zeeweg 50")
        #expect(said == """
            Note: the group Zeeweg-Zuid has this part too: Zeeweg: number 50. That group has: Zeeweg: numbers 41 to 61. That group's contact: Anna.
            Do you want to keep it in your area anyway? Sometimes that is agreed. Type yes to keep it: the rules then say so in the area section. Type no (or press Enter) to type it differently.
            """)
        #expect(driver.type("yes").hasPrefix("Added: Zeeweg: number 50."))
        var alone = Driver()
        alone.answer(until: .street)
        #expect(alone.type("Zeeweg 1-99 oneven") == "Toegevoegd: Zeeweg: nummers 1 t/m 99, oneven kant")
    }
}

@Suite("Kept overlaps and the set of groups in buurtstart.json")
struct KeptOverlapFileTests {
    @Test("a file without them loads, and an empty list or no set is not written")
    func olderFiles() throws {
        let text = String(decoding: AnswersFile.encode(try documentAnswers { $0.charter.date = "2026-11-26" }), as: UTF8.self)
        #expect(!text.contains("sharedWith") && !text.contains("\"groups\""))
        #expect(try AnswersFile.decode(Array(text.utf8)).area.sharedWith.isEmpty)
    }

    @Test("kept overlaps and the set come back as saved")
    func roundTrip() throws {
        let answers = try documentAnswers {
            $0.area.sharedWith = [KeptOverlap(group: "Zeeweg-Zuid", ours: .street(try! StreetEntry(parsing: "Zeeweg 1-99 oneven")),
                                              shared: .street(try! StreetEntry(parsing: "Zeeweg 41-61 oneven"))),
                                  KeptOverlap(group: "Dorp", ours: .postcode(try! Postcode(parsing: "2221 AB")),
                                              shared: .postcode(try! Postcode(parsing: "2221 AB")))]
            $0.groups = "/gemeente/groepen"
            $0.charter.date = "2026-11-26"
        }
        #expect(try AnswersFile.decode(AnswersFile.encode(answers)) == answers)
    }

    @Test("a hand-edited group name with an escape sequence is refused, naming the field")
    func hostile() throws {
        var answers = try documentAnswers()
        answers.area.sharedWith = [KeptOverlap(group: "Zuid\u{1B}[2J", ours: .postcode(try Postcode(parsing: "2221 AB")),
                                               shared: .postcode(try Postcode(parsing: "2221 AB")))]
        #expect(throws: DataFileError(.inconsistent(.invisibleCharacters), field: "area.sharedWith[0].group")) {
            try AnswersFile.decode(AnswersFile.encode(answers))
        }
    }

    @Test("a kept overlap whose entry was removed leaves the charter")
    func removed() throws {
        var answers = try documentAnswers()
        answers.area.sharedWith = [KeptOverlap(group: "Zeeweg-Zuid", ours: .street(try StreetEntry(parsing: "Zeeweg 1-99 oneven")),
                                               shared: .street(try StreetEntry(parsing: "Zeeweg 41-61 oneven")))]
        let date = CalendarDate(year: 2026, month: 11, day: 26)!
        #expect(TextRenderer.render(PrintedDocument(.charter, answers, date: date, language: .dutch)).contains("Zeeweg-Zuid"))
        #expect(MarkdownRenderer.charter(answers, date: date, language: .dutch).contains("Zeeweg-Zuid"))
        #expect(CharterJSON(answers, date: date, language: .dutch).sharedWith
                == [CharterJSON.Shared(group: "Zeeweg-Zuid", street: CharterJSON.Street(name: "Zeeweg", first: 41, last: 61, side: "odd"), postcode: nil)])
        answers.area.removeStreet(at: 0)
        #expect(!TextRenderer.render(PrintedDocument(.charter, answers, date: date, language: .dutch)).contains("Zeeweg-Zuid"))
    }
}
