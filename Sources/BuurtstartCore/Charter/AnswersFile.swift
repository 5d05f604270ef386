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
        try answers.history?.check()
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
            let mapped = map(error)
            // JSONDecoder calls a number such as 18.5 in a whole-number field "not JSON".
            if mapped.kind == .notJSON, let field = JSONNumbers.firstNotWhole(in: bytes) { throw DataFileError(.wrongType, field: field) }
            throw mapped
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
