#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a saved answers file cannot be used. Names the field where it can, so that the
/// message can say where to look.
public struct DataFileError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case empty
        case notJSON
        case unknownVersion(Int)
        case missing
        case wrongType
        case badValue
        case inconsistent(Problem)
        case unfinished
    }

    public let kind: Kind
    /// The field's path, such as `membership.minimumAge`; nil for the file as a whole.
    public let field: String?

    public init(_ kind: Kind, field: String? = nil) {
        self.kind = kind
        self.field = field
    }
}

/// Reads and writes `buurtstart.json`, the saved answers. Documented in docs/answers.md.
public enum AnswersFile {
    public static let name = "buurtstart.json"

    /// Pretty, with sorted keys, so that a file reads well and diffs cleanly. Written by
    /// `strictEncode`, byte for byte as `JSONEncoder` writes it; `JSONEncoder` itself writes
    /// the rare answers with a control character in a text.
    public static func encode(_ answers: Answers) -> [UInt8] {
        if let bytes = strictEncode(answers) { return bytes }
        return referenceEncode(answers)
    }

    /// `buurtstart.json` as `JSONEncoder` writes it, the reference for `strictEncode`.
    static func referenceEncode(_ answers: Answers) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail; an empty file would be caught on load.
        let data = (try? encoder.encode(answers)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// Decodes and checks a saved file: the version, every field's type, and that the answers
    /// make sense together (an age of 9 or overlapping streets are refused, not repaired).
    public static func decode(_ bytes: [UInt8]) throws(DataFileError) -> Answers {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw DataFileError(.empty)
        }
        // A well-formed file is read by the strict reader; anything else by JSONDecoder, which
        // names the field that is wrong.
        let answers: Answers
        if let strict = strictDecode(bytes) { answers = strict } else { answers = try referenceDecode(bytes) }
        if let (field, problem) = answers.firstInconsistency() {
            throw DataFileError(.inconsistent(problem), field: field)
        }
        return answers
    }

    /// The answers as JSONDecoder reads them, the version checked first; the reference for
    /// `strictDecode`, and the reader that names what is wrong.
    static func referenceDecode(_ bytes: [UInt8]) throws(DataFileError) -> Answers {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        struct Header: Decodable { var version: Int? }
        let header: Header
        do { header = try decoder.decode(Header.self, from: data) } catch {
            if case DecodingError.typeMismatch = error { throw DataFileError(.wrongType, field: "version") }
            throw DataFileError(.notJSON)
        }
        guard let version = header.version else { throw DataFileError(.missing, field: "version") }
        guard version == Answers.currentVersion else { throw DataFileError(.unknownVersion(version), field: "version") }
        return try JSONData.decode(Answers.self, from: bytes)
    }
}

/// JSON decoding whose errors name the field that was wrong.
enum JSONData {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(DataFileError) -> T {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw DataFileError(.empty)
        }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw map(error)
        } catch {
            throw DataFileError(.notJSON)
        }
    }

    private static func map(_ error: DecodingError) -> DataFileError {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (keys + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingDotBrackets
        }
        switch error {
        case .keyNotFound(let key, let context): return DataFileError(.missing, field: path(context.codingPath, key))
        case .typeMismatch(_, let context): return DataFileError(.wrongType, field: path(context.codingPath))
        case .valueNotFound(_, let context): return DataFileError(.wrongType, field: path(context.codingPath))
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? DataFileError(.notJSON) : DataFileError(.badValue, field: path(context.codingPath))
        @unknown default: return DataFileError(.notJSON)
        }
    }
}

extension String {
    /// `admins.people.[1].firstName` reads better as `admins.people[1].firstName`.
    fileprivate var replacingDotBrackets: String {
        var result = ""
        for character in self {
            if character == "[", result.last == "." { result.removeLast() }
            result.append(character)
        }
        return result
    }
}

extension Answers {
    /// The first answer that a session would have refused, with the field it is in.
    func firstInconsistency() -> (String, Problem)? {
        let age = membership.minimumAge
        if age < 13 { return ("membership.minimumAge", .ageBelowWhatsAppMinimum(age)) }
        if age > 99 { return ("membership.minimumAge", .ageTooHigh(age)) }
        if let count = membership.expectedMembers {
            if count > 1024 { return ("membership.expectedMembers", .membersAboveWhatsAppLimit(count)) }
            if count < 2 { return ("membership.expectedMembers", .membersTooFew(count)) }
        }
        if group.name.count > 100 { return ("group.name", .groupNameTooLong(count: group.name.count)) }
        for (index, entry) in area.streets.enumerated() {
            if let range = entry.range {
                if range.first > range.last { return ("area.streets[\(index)].range", .rangeReversed(first: range.first, last: range.last)) }
                for n in [range.first, range.last] where n < 1 || n > StreetEntry.highestNumber {
                    return ("area.streets[\(index)].range", .houseNumberOutOfRange(n))
                }
            }
            do { _ = try StreetEntry(name: entry.name, range: entry.range, side: entry.side) } catch {
                return ("area.streets[\(index)]", error)
            }
        }
        if let problem = area.firstProblem(), problem != .areaEmpty || status == .finished {
            return ("area", problem)
        }
        if !(2...20).contains(agreements.approachGroupSize) {
            return ("agreements.approachGroupSize", .approachGroupTooSmall(agreements.approachGroupSize))
        }
        if status == .finished {
            for (field, value) in [("group.municipality", group.municipality), ("group.neighbourhood", group.neighbourhood), ("group.name", group.name)]
            where value.isEmpty {
                return (field, .answerRequired)
            }
            if admins.people.isEmpty { return ("admins.people", .adminsMissing) }
        }
        if !admins.people.isEmpty, !admins.people.indices.contains(admins.contact) {
            return ("admins.contact", .positionUnknown(admins.contact + 1, count: admins.people.count))
        }
        for (field, text) in allTexts where text.unicodeScalars.contains(where: TextInput.isHidden) {
            return (field, .invisibleCharacters)
        }
        return nil
    }

    /// Every free text, with its field, for the check on hidden characters.
    private var allTexts: [(String, String)] {
        var texts = [("group.municipality", group.municipality), ("group.neighbourhood", group.neighbourhood),
                     ("group.name", group.name), ("area.boundary", area.boundary),
                     ("contacts.wijkagentName", contacts.wijkagentName), ("contacts.wijkagentReach", contacts.wijkagentReach)]
        texts += area.streets.enumerated().map { ("area.streets[\($0.offset)].name", $0.element.name) }
        texts += admins.people.enumerated().map { ("admins.people[\($0.offset)].firstName", $0.element.firstName) }
        texts += agreements.custom.enumerated().map { ("agreements.custom[\($0.offset)]", $0.element) }
        return texts
    }
}

extension AnswersFile {
    /// The answers as `JSONDecoder` would read them, when the strict reader is sure of every
    /// field; nil otherwise. The consistency check is the caller's.
    static func strictDecode(_ bytes: [UInt8]) -> Answers? {
        guard let document = StrictJSON.parse(bytes) else { return nil }
        do throws(Unsure) {
            let root = try document.object()
            guard try root.required("version").int() == Answers.currentVersion else { return nil }
            return try Answers(strict: root)
        } catch {
            return nil
        }
    }
}

// Each mirrors its type's `Decodable` conformance: a non-optional property is required (its
// default does not apply to a file), an optional one may be missing or null.
extension Answers {
    init(strict root: StrictJSON.Object) throws(Unsure) {
        self.init()
        version = try root.required("version").int()
        status = try root.required("status").raw(Progress.self)
        position = try root.optional("position")?.raw(QuestionID.self)
        language = try root.required("language").string()
        group = try GroupAnswers(strict: root.required("group").object())
        area = try Area(strict: root.required("area").object())
        membership = try MembershipAnswers(strict: root.required("membership").object())
        admins = try AdminAnswers(strict: root.required("admins").object())
        agreements = try AgreementChoices(strict: root.required("agreements").object())
        contacts = try ContactAnswers(strict: root.required("contacts").object())
        charter = try CharterStamp(strict: root.required("charter").object())
        basedOn = try root.optional("basedOn")?.string()
    }
}

extension GroupAnswers {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        municipality = try object.required("municipality").string()
        neighbourhood = try object.required("neighbourhood").string()
        name = try object.required("name").string()
    }
}

extension Area {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        var streets: [StreetEntry] = []
        for element in try object.required("streets").array() {
            let entry = try element.object()
            let range = try entry.optional("range")?.object()
            streets.append(StreetEntry(
                saved: try entry.required("name").string(),
                range: try range.map { range throws(Unsure) in
                    HouseNumberRange(saved: try range.required("first").int(), last: try range.required("last").int())
                },
                side: try entry.optional("side")?.raw(Side.self)))
        }
        var postcodes: [Postcode] = []
        for element in try object.required("postcodes").array() {
            guard let postcode = try? Postcode(parsing: try element.string()) else { throw Unsure() }
            postcodes.append(postcode)
        }
        self.init(streets: streets, postcodes: postcodes, boundary: try object.required("boundary").string())
    }
}

extension MembershipAnswers {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        minimumAge = try object.required("minimumAge").int()
        eligibility = try object.required("eligibility").raw(Eligibility.self)
        expectedMembers = try object.optional("expectedMembers")?.int()
        separateChatGroup = try object.required("separateChatGroup").bool()
    }
}

extension AdminAnswers {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        for element in try object.required("people").array() {
            let person = try element.object()
            people.append(Admin(firstName: try person.required("firstName").string(),
                                phone: try person.optional("phone")?.string()))
        }
        contact = try object.required("contact").int()
        phonesInCharter = try object.optional("phonesInCharter")?.bool() ?? false
    }
}

extension AgreementChoices {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        selected = []
        for element in try object.required("selected").array() { selected.append(try element.raw(AgreementID.self)) }
        approachGroupSize = try object.required("approachGroupSize").int()
        photoRule = try object.required("photoRule").raw(PhotoRule.self)
        skinColourInDescription = try object.required("skinColourInDescription").bool()
        custom = []
        for element in try object.required("custom").array() { custom.append(try element.string()) }
    }
}

extension ContactAnswers {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        wijkagentName = try object.required("wijkagentName").string()
        wijkagentReach = try object.required("wijkagentReach").string()
        recommendBurgernet = try object.required("recommendBurgernet").bool()
    }
}

extension CharterStamp {
    init(strict object: StrictJSON.Object) throws(Unsure) {
        self.init()
        version = try object.required("version").int()
        date = try object.required("date").string()
    }
}

extension AnswersFile {
    /// The answers file written by hand, keys in `JSONEncoder`'s sorted order; nil when a
    /// text holds a control character (see `StrictJSON.Writer`).
    static func strictEncode(_ answers: Answers) -> [UInt8]? {
        var json = StrictJSON.Writer()
        json.open("{")
        json.key("admins")
        json.open("{")
        json.key("contact"); json.int(answers.admins.contact)
        json.key("people")
        json.open("[")
        for person in answers.admins.people {
            json.element()
            json.open("{")
            json.key("firstName"); json.string(person.firstName)
            if let phone = person.phone { json.key("phone"); json.string(phone) }
            json.close("}")
        }
        json.close("]")
        json.key("phonesInCharter"); json.bool(answers.admins.phonesInCharter)
        json.close("}")

        let agreements = answers.agreements
        json.key("agreements")
        json.open("{")
        json.key("approachGroupSize"); json.int(agreements.approachGroupSize)
        json.key("custom"); json.strings(agreements.custom)
        json.key("photoRule"); json.string(agreements.photoRule.rawValue)
        json.key("selected"); json.strings(agreements.selected.map(\.rawValue))
        json.key("skinColourInDescription"); json.bool(agreements.skinColourInDescription)
        json.close("}")

        json.key("area")
        json.open("{")
        json.key("boundary"); json.string(answers.area.boundary)
        json.key("postcodes"); json.strings(answers.area.postcodes.map(\.description))
        json.key("streets")
        json.open("[")
        for entry in answers.area.streets {
            json.element()
            json.open("{")
            json.key("name"); json.string(entry.name)
            if let range = entry.range {
                json.key("range")
                json.open("{")
                json.key("first"); json.int(range.first)
                json.key("last"); json.int(range.last)
                json.close("}")
            }
            if let side = entry.side { json.key("side"); json.string(side.rawValue) }
            json.close("}")
        }
        json.close("]")
        json.close("}")

        if let basedOn = answers.basedOn { json.key("basedOn"); json.string(basedOn) }
        json.key("charter")
        json.open("{")
        json.key("date"); json.string(answers.charter.date)
        json.key("version"); json.int(answers.charter.version)
        json.close("}")

        json.key("contacts")
        json.open("{")
        json.key("recommendBurgernet"); json.bool(answers.contacts.recommendBurgernet)
        json.key("wijkagentName"); json.string(answers.contacts.wijkagentName)
        json.key("wijkagentReach"); json.string(answers.contacts.wijkagentReach)
        json.close("}")

        json.key("group")
        json.open("{")
        json.key("municipality"); json.string(answers.group.municipality)
        json.key("name"); json.string(answers.group.name)
        json.key("neighbourhood"); json.string(answers.group.neighbourhood)
        json.close("}")

        json.key("language"); json.string(answers.language)
        json.key("membership")
        json.open("{")
        json.key("eligibility"); json.string(answers.membership.eligibility.rawValue)
        if let expected = answers.membership.expectedMembers { json.key("expectedMembers"); json.int(expected) }
        json.key("minimumAge"); json.int(answers.membership.minimumAge)
        json.key("separateChatGroup"); json.bool(answers.membership.separateChatGroup)
        json.close("}")

        if let position = answers.position { json.key("position"); json.string(position.rawValue) }
        json.key("status"); json.string(answers.status.rawValue)
        json.key("version"); json.int(answers.version)
        json.close("}")
        guard !json.unsure else { return nil }
        return json.bytes + [0x0A]
    }
}
