#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How `buurtstart groepen` writes the register and the overlaps.
public enum RegisterFormat: String, CaseIterable, Sendable {
    /// A table for the terminal, in the resident's language.
    case text
    /// For a municipality's spreadsheet: RFC 4180, a header of field names, CRLF line ends.
    case csv
    /// For a municipality's own systems; the schema is in docs/register.md.
    case json
}

/// The register of a set of groups, and the pairs of groups whose areas overlap. Only what
/// names a group and whom to contact is in it: the contact's first name, and their phone number
/// only where the group prints the numbers in its charter.
public enum RegisterRenderer {
    /// The register in `format`. Cells shown on a terminal have hidden characters made visible.
    public static func register(_ groups: [GroupRecord], format: RegisterFormat, language: Language) -> String {
        switch format {
        case .text:
            return municipalities(groups).map { name, groups in
                language.text(.registerMunicipality(name: name, groups: groups.count)) + "\n"
                    + table([RegisterColumn.onTerminal.map { language.text(.registerColumn($0)) }]
                            + groups.map { group in RegisterColumn.onTerminal.map { cell($0, group, language) } })
            }.joined(separator: "\n")
        case .csv:
            let header = ["folder"] + RegisterColumn.allCases.map(\.rawValue) + ["contactPhone"]
            return csv([header] + groups.map { group in
                [TextInput.visible(group.folder), group.name, group.municipality, group.neighbourhood,
                 group.area.streets.map(entrySyntax).joined(separator: "; ") + (group.area.postcodes.isEmpty || group.area.streets.isEmpty ? "" : "; ")
                    + group.area.postcodes.map(\.description).joined(separator: "; "),
                 group.expectedMembers.map(String.init) ?? "", group.contact, String(group.version), group.date,
                 group.finished ? "true" : "false", group.contactPhone ?? ""]
            })
        case .json:
            return encoded(RegisterJSON(groups: groups.map(RegisterJSON.Group.init)))
        }
    }

    /// Every pair of groups whose areas overlap, with the parts they share.
    public static func overlaps(_ pairs: [GroupPair], groupCount: Int, format: RegisterFormat, language: Language) -> String {
        switch format {
        case .text:
            guard !pairs.isEmpty else { return language.text(.noOverlaps(groups: groupCount)) + "\n" }
            return pairs.map { pair in
                ([language.text(.overlapPair(first: pair.first.title, second: pair.second.title))]
                    + pair.overlaps.map { language.text(.overlapPairPart($0)) })
                    .map { TextInput.visible($0) + "\n" }.joined()
            }.joined(separator: "\n")
        case .csv:
            let header = ["folder1", "name1", "entry1", "folder2", "name2", "entry2", "shared"]
            return csv([header] + pairs.flatMap { pair in
                pair.overlaps.map { overlap in
                    [TextInput.visible(pair.first.folder), pair.first.name, partSyntax(overlap.ours),
                     TextInput.visible(pair.second.folder), pair.second.name, partSyntax(overlap.theirs), partSyntax(overlap.shared)]
                }
            })
        case .json:
            return encoded(OverlapsJSON(pairs: pairs.map(OverlapsJSON.Pair.init)))
        }
    }

    private static func cell(_ column: RegisterColumn, _ group: GroupRecord, _ language: Language) -> String {
        switch column {
        case .name: group.title
        case .municipality: group.municipality
        case .neighbourhood: group.neighbourhood
        case .area:
            language.text(.registerArea(streets: Array(group.area.streetNames.prefix(2)),
                                        more: max(0, group.area.streetNames.count - 2), postcodes: group.area.postcodes))
        case .expectedMembers: group.expectedMembers.map(String.init) ?? "-"
        case .contact: Phrase.orDash(group.contact)
        case .version: group.version == 0 ? "-" : String(group.version)
        case .date: Phrase.orDash(group.date)
        case .finished: language.text(.registerFinished(group.finished))
        }
    }

    /// The groups by municipality (its CBS code, so that Den Haag and 's-Gravenhage are one),
    /// each under the name CBS gives it, or the one its groups typed; in the order of the names.
    static func municipalities(_ groups: [GroupRecord]) -> [(name: String, groups: [GroupRecord])] {
        var order: [String] = []
        var byKey: [String: [GroupRecord]] = [:]
        for group in groups {
            if byKey[group.municipalityKey] == nil { order.append(group.municipalityKey) }
            byKey[group.municipalityKey, default: []].append(group)
        }
        return order.map { key in
            let groups = byKey[key] ?? []
            return (Municipality.coded(key)?.spokenName ?? groups[0].municipality, groups)
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// The widest a terminal table may be, indent included.
    static let terminalWidth = 80

    /// Rows as columns padded to their widest cell, two spaces apart, indented under their
    /// heading. Wider than `terminalWidth`, the widest of the name and the area is cut short
    /// (ending in …) until the table fits.
    private static func table(_ rows: [[String]]) -> String {
        let indent = "  ", gap = 2
        let rows = rows.map { $0.map(TextInput.visible) }
        var widths = rows[0].indices.map { column in rows.map { TextLayout.columns($0[column]) }.max() ?? 0 }
        let shrinkable = [RegisterColumn.name, .area].compactMap { RegisterColumn.onTerminal.firstIndex(of: $0) }
        while indent.count + widths.reduce(0, +) + gap * (widths.count - 1) > terminalWidth,
              let widest = shrinkable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 12 {
            widths[widest] -= 1
        }
        return rows.map { row in
            var line = indent
            for (column, value) in row.enumerated() {
                let cell = TextLayout.cut(value, to: widths[column])
                line += column == row.count - 1 ? cell : TextLayout.pad(cell, widths[column] + gap)
            }
            return line.trimmingTrailingSpaces + "\n"
        }.joined()
    }

    /// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    /// A field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
    /// leading apostrophe, as spreadsheets themselves write one.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field -> String in
                var value = field
                if let first = value.first, "=+-@".contains(first) { value = "'" + value }
                guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
                return "\"" + value.replacing("\"", with: "\"\"") + "\""
            }.joined(separator: ",") + "\r\n"
        }.joined()
    }

    /// An entry as it can be typed again: `Zeeweg 1-99 odd`; names with a number quoted.
    static func entrySyntax(_ entry: StreetEntry) -> String {
        let name = entry.name.contains(where: \.isNumber) ? "\"\(entry.name)\"" : entry.name
        let numbers = entry.range.map { $0.first == $0.last ? " \($0.first)" : " \($0.first)-\($0.last)" } ?? ""
        return name + numbers + (entry.side.map { " " + $0.rawValue } ?? "")
    }

    static func partSyntax(_ part: AreaPart) -> String {
        switch part {
        case .street(let entry): entrySyntax(entry)
        case .postcode(let postcode): postcode.description
        }
    }

    private static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// The register as JSON; documented in docs/register.md.
struct RegisterJSON: Encodable {
    var schema = "buurtstart-register/1"
    var groups: [Group]

    struct Group: Encodable {
        var folder: String
        var name: String
        var municipality: String
        var neighbourhood: String
        var streets: [CharterJSON.Street]
        var postcodes: [String]
        var expectedMembers: Int?
        var contact: String
        /// Only when the group prints its admins' numbers in its charter.
        var contactPhone: String?
        var version: Int
        var date: String
        var finished: Bool

        init(_ group: GroupRecord) {
            folder = group.folder
            name = group.name
            municipality = group.municipality
            neighbourhood = group.neighbourhood
            streets = group.area.streets.map(CharterJSON.Street.init)
            postcodes = group.area.postcodes.map(\.description)
            expectedMembers = group.expectedMembers
            contact = group.contact
            contactPhone = group.contactPhone
            version = group.version
            date = group.date
            finished = group.finished
        }
    }
}

/// The overlapping pairs as JSON; documented in docs/register.md.
struct OverlapsJSON: Encodable {
    var schema = "buurtstart-overlaps/1"
    var pairs: [Pair]

    struct Pair: Encodable {
        var first: String
        var second: String
        var overlaps: [Overlap]

        init(_ pair: GroupPair) {
            first = pair.first.folder
            second = pair.second.folder
            overlaps = pair.overlaps.map { Overlap(first: $0.ours, second: $0.theirs, shared: $0.shared) }
        }
    }

    struct Overlap: Encodable {
        var first: AreaPart
        var second: AreaPart
        var shared: AreaPart
    }
}
