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

    /// Pretty, with sorted keys, so that a file reads well and diffs cleanly.
    public static func encode(_ answers: Answers) -> [UInt8] {
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
        // The version first: a file from another version is named as such, not as bad fields.
        struct Header: Decodable { var version: Int? }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: Data(bytes)) } catch {
            if case DecodingError.typeMismatch = error { throw DataFileError(.wrongType, field: "version") }
            throw DataFileError(.notJSON)
        }
        guard let version = header.version else { throw DataFileError(.missing, field: "version") }
        guard version == Answers.currentVersion else { throw DataFileError(.unknownVersion(version), field: "version") }
        let answers = try JSONData.decode(Answers.self, from: bytes)
        if let (field, problem) = answers.firstInconsistency() {
            throw DataFileError(.inconsistent(problem), field: field)
        }
        return answers
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
        if !AgreementChoices.approachGroupSizes.contains(agreements.approachGroupSize) {
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
        if let contact = admins.signUpContact { texts.append(("admins.signUpContact", contact)) }
        texts += agreements.custom.enumerated().map { ("agreements.custom[\($0.offset)]", $0.element) }
        return texts
    }
}
