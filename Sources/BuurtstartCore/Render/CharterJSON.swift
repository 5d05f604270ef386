#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The charter as JSON (`export --format json`), for a municipality's own systems. The schema
/// is documented in docs/charter-json.md; `schema` names its version. Only what the charter
/// shows is in it: first names, phone numbers only where the group chose to print them.
public struct CharterJSON: Codable, Equatable, Sendable {
    public static let schema = "buurtstart-charter/1"

    public struct Street: Codable, Equatable, Sendable {
        public var name: String
        public var first: Int?
        public var last: Int?
        /// `even`, `odd`, or nil for both sides.
        public var side: String?
    }

    /// A part of the area another group has too, kept on purpose: the numbers and side both
    /// hold, or the postcode.
    public struct Shared: Codable, Equatable, Sendable {
        public var group: String
        public var street: Street?
        public var postcode: String?
    }

    public struct Agreement: Codable, Equatable, Sendable {
        /// The list number, or for the group's own agreement its place among those.
        public var number: Int
        /// As the charter prints it: `12`, or `E1` for the group's own agreement.
        public var label: String
        /// The catalogue id, or nil for the group's own agreement.
        public var id: String?
        public var title: String?
        public var text: String
    }

    public struct Admin: Codable, Equatable, Sendable {
        public var firstName: String
        public var contact: Bool
        public var phone: String?
    }

    public var schema: String
    public var language: String
    public var name: String
    public var municipality: String
    public var neighbourhood: String
    public var date: String
    public var version: Int
    /// Whose advice the group started from, if any.
    public var basedOn: String?
    public var streets: [Street]
    public var postcodes: [String]
    public var boundary: String
    /// Absent when no part is shared with another group.
    public var sharedWith: [Shared]?
    public var minimumAge: Int
    public var eligibility: String
    public var expectedMembers: Int?
    public var separateChatGroup: Bool
    public var admins: [Admin]
    public var agreements: [Agreement]
    /// The charter's section on personal data, one item a line.
    public var privacy: [String]
    public var wijkagent: String?
    public var recommendBurgernet: Bool
    public var checklist: [String]

    public init(_ answers: Answers, date: CalendarDate, language: Language) {
        let text = { (message: DocumentText) in language.text(message) }
        schema = Self.schema
        self.language = language.rawValue
        name = answers.group.name
        municipality = answers.group.municipality
        neighbourhood = answers.group.neighbourhood
        self.date = date.description
        version = answers.charter.version
        basedOn = answers.basedOn
        streets = answers.area.streets.map(Street.init)
        postcodes = answers.area.postcodes.map(\.description)
        boundary = answers.area.boundary
        let kept = answers.area.keptOverlaps.map { overlap in
            switch overlap.shared {
            case .street(let entry): Shared(group: overlap.group, street: Street(entry), postcode: nil)
            case .postcode(let postcode): Shared(group: overlap.group, street: nil, postcode: postcode.description)
            }
        }
        sharedWith = kept.isEmpty ? nil : kept
        minimumAge = answers.membership.minimumAge
        eligibility = answers.membership.eligibility.rawValue
        expectedMembers = answers.membership.expectedMembers
        separateChatGroup = answers.membership.separateChatGroup
        admins = answers.admins.people.enumerated().map { index, admin in
            Admin(firstName: admin.firstName, contact: index == answers.admins.contact,
                  phone: answers.admins.phonesInCharter ? admin.phone : nil)
        }
        agreements = Article.articles(for: answers, language: language).map { article in
            Agreement(number: article.number, label: article.label, id: article.id?.rawValue, title: article.title,
                      text: article.lines.joined(separator: "\n"))
        }
        privacy = PrivacyItem.items(for: answers).map { text(.privacyItem($0, admins: answers.admins.people.count)) }
        let contacts = answers.contacts
        wijkagent = contacts.wijkagentName.isEmpty ? nil
            : ContactRow.wijkagent(name: contacts.wijkagentName, reach: contacts.wijkagentReach).typed
        recommendBurgernet = contacts.recommendBurgernet
        checklist = ChecklistItem.items(for: answers).map { text(.checklistItem($0)) }
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html
    /// The printed pages as PDF: the shell prints the `html` files through a browser.
    case pdf

    /// File names and contents for these answers.
    public func files(_ answers: Answers, date: CalendarDate, language: Language) -> [(name: String, contents: String)] {
        switch self {
        case .text:
            Documents(answers, date: date, language: language, withPages: false).textFiles
        case .html, .pdf:
            Documents.pages(answers, date: date, language: language).map { ($0.page.fileName, $0.html) }
        case .markdown:
            [("charter.md", MarkdownRenderer.charter(answers, date: date, language: language)),
             ("checklist.md", MarkdownRenderer.checklist(answers, date: date, language: language))]
        case .json:
            [("charter.json", CharterJSON(answers, date: date, language: language).encoded())]
        }
    }
}

extension CharterJSON.Street {
    init(_ entry: StreetEntry) {
        self.init(name: entry.name, first: entry.range?.first, last: entry.range?.last, side: entry.side?.rawValue)
    }
}
