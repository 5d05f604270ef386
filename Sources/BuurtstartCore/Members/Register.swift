#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The group's register of members: who is a member now, and how many left for each reason
/// (no name is kept after someone leaves).
public struct Register: Equatable, Sendable {
    public var members: [Member] = []
    public var removed: [RemovalReason: Int] = [:]

    public init(members: [Member] = [], removed: [RemovalReason: Int] = [:]) {
        self.members = members
        self.removed = removed
    }

    /// The members a typed name means: the whole name, else the first name; case and extra
    /// spaces ignored.
    public func matching(_ typed: String) -> [Int] {
        let key = TextInput.collapsingSpaces(typed).lowercased()
        let whole = members.indices.filter { members[$0].name.lowercased() == key }
        if !whole.isEmpty { return whole }
        return members.indices.filter { members[$0].firstName.lowercased() == key }
    }

    /// The member with this phone number, however it is written.
    func member(holding phone: String) -> Member? {
        members.first { PhoneDigits($0.phone) == PhoneDigits(phone) }
    }
}

/// Why the register cannot be read: the line, and what is wrong there.
public struct RegisterFileError: Error, Equatable, Sendable {
    /// The line of the file, from 1.
    public let line: Int
    public let error: DataFileError
}

/// Reads and writes the register, `leden.jsonl`: a first line with the format's version and the
/// counts of members who left, then one line per member, so that a hand-edited line that cannot
/// be read is named by its number. Documented in docs/register.md.
public enum RegisterFile {
    public static let name = "leden.jsonl"
    public static let formatVersion = 1

    private struct Header: Codable {
        var register: Int
        var removed: [String: Int]
    }

    public static func encode(_ register: Register) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let removed = Dictionary(uniqueKeysWithValues: register.removed.filter { $0.value > 0 }.map { ($0.key.rawValue, $0.value) })
        // Plain values: encoding cannot fail.
        var lines = [(try? encoder.encode(Header(register: formatVersion, removed: removed))) ?? Data()]
        lines += register.members.map { (try? encoder.encode($0)) ?? Data() }
        return lines.flatMap { Array($0) + [0x0A] }
    }

    /// The register in `bytes`; empty lines are passed over. A hand-edited file may end its
    /// lines with CRLF and start with a UTF-8 byte order mark: both are read as if absent.
    public static func decode(_ bytes: [UInt8]) throws(RegisterFileError) -> Register {
        var register = Register()
        var headerRead = false
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
        for (index, line) in text.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Array(line.last == 0x0D ? line.dropLast() : line)
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x0D || $0 == 0x09) }) else { continue }
            do throws(DataFileError) {
                if !headerRead {
                    let header = try JSONData.decode(Header.self, from: line)
                    guard header.register == formatVersion else { throw DataFileError(.unknownVersion(header.register), field: "register") }
                    for (reason, count) in header.removed {
                        guard let known = RemovalReason(rawValue: reason), count >= 0 else { throw DataFileError(.badValue, field: "removed.\(reason)") }
                        register.removed[known] = count
                    }
                    headerRead = true
                } else {
                    let member = try JSONData.decode(Member.self, from: line)
                    try member.checkDates()
                    register.members.append(member)
                }
            } catch {
                throw RegisterFileError(line: index + 1, error: error)
            }
        }
        guard headerRead else { throw RegisterFileError(line: 1, error: DataFileError(.empty)) }
        return register
    }
}

extension Member {
    /// Every date a member holds is a real day, as `YYYY-MM-DD`: a hand-edited `2026-13-01`
    /// is named, not carried along into a warning or a to-do.
    func checkDates() throws(DataFileError) {
        let dates = [("added", added), ("charterDate", charterDate)]
            + warnings.indices.map { ("warnings[\($0)].date", warnings[$0].date) }
        if let (field, _) = dates.first(where: { CalendarDate(iso: $0.1) == nil }) { throw DataFileError(.badValue, field: field) }
    }
}

/// A Dutch phone number's digits, the country code as 0: `+31 6 1234 5678` is `0612345678`.
struct PhoneDigits: Equatable {
    let digits: String

    init(_ phone: String) {
        var digits = phone.filter { $0.isASCII && $0.isNumber }
        if phone.hasPrefix("+") || digits.hasPrefix("00") {
            digits = "0" + digits.drop { $0 == "0" }.dropFirst(2)
        }
        self.digits = digits
    }
}
