#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What needs doing about a member, from the register and the group's answers as they are now.
public enum MemberToDo: Hashable, Sendable {
    /// The area changed and the address is no longer in it: the groups of the remembered set
    /// that hold it, by name (none when no set is remembered or none holds it).
    case addressOutside(heldBy: [String])
    /// The minimum age was raised above the age the member was said to have.
    case belowMinimumAge(Int)
    /// The member agreed to an older version of the rules (the version they agreed to), and a
    /// change since needs their agreement again. `known`: the history keeps that version; when
    /// it does not, what changed cannot be told, and agreeing again is asked to be safe.
    case olderCharter(Int, known: Bool)

    /// What needs doing about `member` in `group`. The area is checked with the one address
    /// check; a member on an older version whose changes since need no new agreement has
    /// nothing to do (the version column still shows it).
    public static func list(_ member: Member, group: Answers, otherGroups: GroupSet? = nil) -> [MemberToDo] {
        var found: [MemberToDo] = []
        let address = try? AddressCheck.Address(parsing: member.address)
        let postcode = member.postcode.flatMap { try? Postcode(parsing: $0) }
        if let address, !AddressCheck.check(address, postcode: postcode, in: group.area).isInside {
            let holders = otherGroups?.holding(address, postcode: postcode).map(\.group.title) ?? []
            found.append(.addressOutside(heldBy: holders))
        }
        if member.ageAtLeast < group.membership.minimumAge { found.append(.belowMinimumAge(group.membership.minimumAge)) }
        if let since = AgreementSince(member, group: group), since.needed {
            found.append(.olderCharter(member.charterVersion, known: since.known))
        }
        return found
    }

    var key: String {
        switch self {
        case .addressOutside: "addressOutside"
        case .belowMinimumAge: "belowMinimumAge"
        case .olderCharter: "olderCharter"
        }
    }
}

extension Register {
    /// How many members' addresses are outside the group's area (after the area changed).
    public func membersOutside(_ group: Answers) -> Int {
        members.filter { member in
            MemberToDo.list(member, group: group).contains { if case .addressOutside = $0 { true } else { false } }
        }.count
    }
}

extension CharterChange {
    /// The change takes a part away from the area (a street, a postcode, or another boundary),
    /// so that a member's address may be outside it now.
    public var shrinksArea: Bool {
        switch kind {
        case .areaRemoved, .boundary: true
        default: false
        }
    }
}

/// The columns of `buurtstart leden`.
public enum MemberColumn: String, CaseIterable, Sendable {
    case name, address, phone, added, charterVersion, warnings, toDo
}

/// `buurtstart leden` (`members`): the register as a table, CSV or JSON, with what needs doing.
public enum MembersRenderer {
    /// `directory`: the folder as the commands in the to-do list name it; `otherGroups`: the
    /// set the group remembers, to say which group holds an address outside.
    public static func render(_ register: Register, group: Answers, format: RegisterFormat, language: Language,
                              directory: String = ".", otherGroups: GroupSet? = nil) -> String {
        let rows = register.members.map { ($0, MemberToDo.list($0, group: group, otherGroups: otherGroups)) }
        switch format {
        case .text:
            guard !rows.isEmpty else { return language.text(MemberText.membersEmpty(file: RegisterFile.name)) + "\n" }
            let header = MemberColumn.allCases.map { language.text(MemberText.membersColumn($0)) }
            let table = RegisterRenderer.table([header] + rows.map { member, toDo in
                MemberColumn.allCases.map { cell($0, member, toDo, language) }
            }, shrinkable: [])
            // Under the table, what to do about each member, with the commands to type.
            let advice = rows.indices.flatMap { index in
                let (member, toDo) = rows[index]
                return toDo.map {
                    language.text(MemberText.toDoAdvice($0, name: member.name, firstName: member.firstName, pick: register.pick(index),
                                                        directory: directory)) + "\n"
                }
            }
            return table + "\n" + language.text(MemberText.membersCount(rows.count, toDo: rows.filter { !$0.1.isEmpty }.count)) + "\n"
                + (advice.isEmpty ? "" : "\n" + advice.joined())
        case .csv:
            return RegisterRenderer.csv([MemberColumn.allCases.map(\.rawValue)] + rows.map { member, toDo in
                MemberColumn.allCases.map { column in
                    column == .toDo ? toDo.map(\.key).joined(separator: " ") : cell(column, member, toDo, language)
                }
            })
        case .json:
            struct Row: Encodable {
                let member: Member
                let toDo: [String]
                func encode(to encoder: any Encoder) throws {
                    try member.encode(to: encoder)
                    var container = encoder.container(keyedBy: Key.self)
                    try container.encode(toDo, forKey: Key(stringValue: "toDo"))
                }
                struct Key: CodingKey {
                    let stringValue: String
                    init(stringValue: String) { self.stringValue = stringValue }
                    var intValue: Int? { nil }
                    init?(intValue: Int) { nil }
                }
            }
            struct List: Encodable {
                let members: [Row]
                let removed: [String: Int]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let list = List(members: rows.map { Row(member: $0.0, toDo: $0.1.map(\.key)) },
                            removed: Dictionary(uniqueKeysWithValues: register.removed.map { ($0.key.rawValue, $0.value) }))
            return String(decoding: (try? encoder.encode(list)) ?? Data(), as: UTF8.self) + "\n"
        }
    }

    private static func cell(_ column: MemberColumn, _ member: Member, _ toDo: [MemberToDo], _ language: Language) -> String {
        switch column {
        case .name: member.name
        case .address: member.postcode.map { member.address + ", " + $0 } ?? member.address
        case .phone: member.phone
        case .added: member.added
        case .charterVersion: String(member.charterVersion)
        case .warnings: String(member.warnings.count)
        case .toDo: toDo.isEmpty ? "-" : toDo.map { language.text(MemberText.toDo($0)) }.joined(separator: "; ")
        }
    }
}
