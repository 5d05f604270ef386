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
        /// A key an object holds twice: JSONDecoder would silently take one of the values.
        case duplicateKey
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
        let decoded: T
        do {
            decoded = try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            let mapped = map(error)
            // JSONDecoder calls a number such as 18.5 in a whole-number field "not JSON".
            if mapped.kind == .notJSON, let field = JSONNumbers.firstNotWhole(in: bytes) { throw DataFileError(.wrongType, field: field) }
            throw mapped
        } catch {
            throw DataFileError(.notJSON)
        }
        if let field = JSONKeys.firstDuplicate(in: bytes) { throw DataFileError(.duplicateKey, field: field) }
        return decoded
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

/// Finds a key written twice in one object of a file JSONDecoder has read: it keeps one of
/// the values without a word, and the resident would not know which answer counts.
enum JSONKeys {
    /// The path of the first such key (`group.name`, `admins.people[1].phone`), nil when none.
    /// Only for bytes that are JSON (JSONDecoder read them): anything else gives nil.
    static func firstDuplicate(in bytes: [UInt8]) -> String? {
        var scanner = Scanner(bytes: bytes)
        guard scanner.value() else { return nil }
        return scanner.path.map { part in
            switch part {
            case .key(let key): "." + String(decoding: key, as: UTF8.self)
            case .index(let index): "[\(index)]"
            }
        }.joined().drop { $0 == "." }.description
    }

    /// One step of a path: a key (its bytes, escapes decoded) or an array's position. Kept as
    /// bytes, so that reading the thousands of files of a set builds no string for a key.
    private enum PathPart {
        case key(ArraySlice<UInt8>)
        case index(Int)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// Where the scanner is; once a duplicate is found, where it is.
        var path: [PathPart] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Reads one value; true when a key inside it is written twice (`path` then names it).
        mutating func value() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var keys = Set<ArraySlice<UInt8>>()
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { index += 1; return false }
                    let key = string()
                    path.append(.key(key))
                    if !keys.insert(key).inserted { return true }
                    skipSpace()
                    index += 1 // the colon
                    if value() { return true }
                    path.removeLast()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { index += 1; return false }
                    index += 1
                }
            case UInt8(ascii: "["):
                index += 1
                var element = 0
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { index += 1; return false }
                    path.append(.index(element))
                    if value() { return true }
                    path.removeLast()
                    element += 1
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { index += 1; return false }
                    index += 1
                }
            case UInt8(ascii: "\""):
                _ = string()
                return false
            default:
                // A number, true, false or null: up to the next delimiter.
                while index < bytes.count, !Self.isSpace(bytes[index]), ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[index]) {
                    index += 1
                }
                return false
            }
        }

        /// Reads a string from its opening quote, as bytes; escapes are decoded, so that
        /// `"n\u0061me"` is `name`.
        private mutating func string() -> ArraySlice<UInt8> {
            index += 1
            let start = index
            var escaped = false
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") { escaped = true; index += 1 }
                index += 1
            }
            let raw = bytes[start..<min(index, bytes.count)]
            index += 1
            guard escaped, let decoded = try? JSONDecoder().decode(String.self, from: Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")]))
            else { return raw }
            return Array(decoded.utf8)[...]
        }

        private mutating func skipSpace() {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
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
