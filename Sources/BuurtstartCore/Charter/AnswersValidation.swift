#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The limits a typed answer is held to. A value read from a file (`buurtstart.json`, a
/// transcript's start file, a preset) is held to the same ones, so that a hand-edited file
/// cannot give the documents what a session would have refused.
public enum AnswerLimits {
    /// Municipality and neighbourhood, in characters.
    public static let placeName = 80
    public static let groupName = 100
    /// A group name up to this many characters shows whole everywhere in WhatsApp; a longer one
    /// is warned about, not refused.
    public static let groupNameShown = 25
    public static let boundary = 200
    public static let firstName = 40
    public static let customAgreement = 300
    public static let wijkagentName = 60
    public static let wijkagentReach = 200
    /// How a neighbour outside the group signs up, as the invitation prints it.
    public static let signUpContact = 200
    /// Whose advice a preset is; typed by whoever writes the preset.
    public static let basedOn = 200
    /// The path of the set of groups (`--groups`), as Linux allows a path to be long.
    public static let groupsFolder = 4096
    public static let age = 13...99
    /// Below this age a child needs a parent's consent to give personal data (the AVG in the
    /// Netherlands).
    public static let parentConsentAge = 16
    public static let expectedMembers = 2...1024
    /// The charter's version: one more at every `klaar` that changes it, so a real group never
    /// comes near this; a file beyond it is refused rather than counted on to overflow.
    public static let highestCharterVersion = 999_999
    public static let approachGroupSize = AgreementChoices.approachGroupSizes
}

/// One check per kind of answer, for values read from a file. Each refuses what a session
/// refuses, with the same problem, so that the message explains it the same way.
enum AnswerCheck {
    /// A free text as a session stores it: no hidden character, at most `limit` characters,
    /// and not empty when `required`.
    static func text(_ value: String, limit: Int, required: Bool = false) throws(Problem) {
        try TextInput.refuseHidden(value)
        if required, value.isEmpty { throw .answerRequired }
        guard value.count <= limit else {
            throw limit == AnswerLimits.groupName ? .groupNameTooLong(count: value.count) : .textTooLong(limit: limit, count: value.count)
        }
    }

    static func age(_ age: Int) throws(Problem) {
        if age < AnswerLimits.age.lowerBound { throw .ageBelowWhatsAppMinimum(age) }
        if age > AnswerLimits.age.upperBound { throw .ageTooHigh(age) }
    }

    static func expectedMembers(_ count: Int) throws(Problem) {
        if count < AnswerLimits.expectedMembers.lowerBound { throw .membersTooFew(count) }
        if count > AnswerLimits.expectedMembers.upperBound { throw .membersAboveWhatsAppLimit(count) }
    }

    static func approachGroupSize(_ size: Int) throws(Problem) {
        guard AnswerLimits.approachGroupSize.contains(size) else { throw .approachGroupTooSmall(size) }
    }

    static func language(_ code: String) throws(Problem) {
        try text(code, limit: 10)
        guard Language(rawValue: code) != nil else { throw .choiceUnknown(code, options: Language.allCases.map(\.rawValue)) }
    }

    static func date(_ text: String) throws(Problem) {
        try self.text(text, limit: 10)
        guard CalendarDate(iso: text) != nil else { throw .dateShape(text) }
    }

    /// The position of the first agreement listed twice, and the problem.
    static func agreements(_ ids: [AgreementID]) -> (Int, Problem)? {
        var seen = Set<AgreementID>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            return (index, .agreementTwice(id.rawValue))
        }
        return nil
    }
}

extension Answers {
    /// The first answer that a session would have refused, with the field it is in (a JSON
    /// path such as `admins.people[1].phone`). Every text is checked for hidden characters
    /// before anything that quotes it, so that no message shows one.
    func firstInconsistency() -> (String, Problem)? {
        var problem: (String, Problem)?
        /// Runs one check for `field`, keeping the first problem found.
        func check(_ field: @autoclosure () -> String, _ body: () throws(Problem) -> Void) {
            guard problem == nil else { return }
            do { try body() } catch { problem = (field(), error) }
        }
        let finished = status == .finished

        check("language") { () throws(Problem) in try AnswerCheck.language(language) }
        // A typed text is held to its question's own limit and check: the session and a file
        // cannot disagree about it.
        // The municipality is its own kind of answer (a name from the list, or one typed twice).
        check("group.municipality") { () throws(Problem) in
            try AnswerCheck.text(group.municipality, limit: AnswerLimits.placeName, required: finished)
        }
        check("group.neighbourhood") { () throws(Problem) in try QuestionID.neighbourhood.checkStored(in: self, required: finished) }
        check("group.name") { () throws(Problem) in try QuestionID.groupName.checkStored(in: self, required: finished) }

        for (index, entry) in area.streets.enumerated() {
            check("area.streets[\(index)].name") { () throws(Problem) in try AnswerCheck.text(entry.name, limit: .max) }
            if let range = entry.range {
                check("area.streets[\(index)].range") { () throws(Problem) in
                    if range.first > range.last { throw .rangeReversed(first: range.first, last: range.last) }
                    for n in [range.first, range.last] where n < 1 || n > StreetEntry.highestNumber {
                        throw .houseNumberOutOfRange(n)
                    }
                }
            }
            check("area.streets[\(index)]") { () throws(Problem) in
                _ = try StreetEntry(name: entry.name, range: entry.range, side: entry.side)
            }
        }
        check("area.boundary") { () throws(Problem) in try QuestionID.boundary.checkStored(in: self) }
        check("area") { () throws(Problem) in
            if let areaProblem = area.firstProblem(), areaProblem != .areaEmpty || finished { throw areaProblem }
        }
        for (index, kept) in area.sharedWith.enumerated() {
            check("area.sharedWith[\(index)].group") { () throws(Problem) in
                try AnswerCheck.text(kept.group, limit: AnswerLimits.groupName, required: true)
            }
            for (field, part) in [("ours", kept.ours), ("shared", kept.shared)] {
                guard case .street(let entry) = part else { continue }
                check("area.sharedWith[\(index)].\(field)") { () throws(Problem) in
                    try AnswerCheck.text(entry.name, limit: .max)
                    if let range = entry.range {
                        _ = try HouseNumberRange(first: range.first, last: range.last)
                        for n in [range.first, range.last] where n < 1 || n > StreetEntry.highestNumber {
                            throw .houseNumberOutOfRange(n)
                        }
                    }
                    _ = try StreetEntry(name: entry.name, range: entry.range, side: entry.side)
                }
            }
        }
        if let groups {
            check("groups") { () throws(Problem) in try AnswerCheck.text(groups, limit: AnswerLimits.groupsFolder, required: true) }
        }

        check("membership.minimumAge") { () throws(Problem) in try AnswerCheck.age(membership.minimumAge) }
        if let count = membership.expectedMembers {
            check("membership.expectedMembers") { () throws(Problem) in try AnswerCheck.expectedMembers(count) }
        }

        var firstNames = Set<String>()
        for (index, admin) in admins.people.enumerated() {
            check("admins.people[\(index)].firstName") { () throws(Problem) in
                try AnswerCheck.text(admin.firstName, limit: AnswerLimits.firstName, required: true)
                guard admin.firstName.contains(where: \.isLetter) else { throw .firstNameNeedsLetters(admin.firstName) }
                guard firstNames.insert(admin.firstName.lowercased()).inserted else { throw .adminTwice(admin.firstName) }
            }
            if let phone = admin.phone {
                check("admins.people[\(index)].phone") { () throws(Problem) in
                    try AnswerCheck.text(phone, limit: .max)
                    _ = try PhoneNumber.validated(phone)
                }
            }
        }
        check("admins.people") { () throws(Problem) in if finished, admins.people.isEmpty { throw .adminsMissing } }
        if !admins.people.isEmpty {
            check("admins.contact") { () throws(Problem) in
                guard admins.people.indices.contains(admins.contact) else {
                    throw .positionUnknown(String(admins.contact + 1), count: admins.people.count)
                }
            }
        }

        if let (index, twice) = AnswerCheck.agreements(agreements.selected) {
            check("agreements.selected[\(index)]") { () throws(Problem) in throw twice }
        }
        // As Enter at the agreements question refuses them: a contradiction, a missing
        // requirement, and (once the charter is written) no agreement at all.
        check("agreements.selected") { () throws(Problem) in
            if finished { try agreements.confirmed() } else if let problem = agreements.problems.first { throw problem }
        }
        check("agreements.approachGroupSize") { () throws(Problem) in try AnswerCheck.approachGroupSize(agreements.approachGroupSize) }
        for (index, custom) in agreements.custom.enumerated() {
            check("agreements.custom[\(index)]") { () throws(Problem) in
                try AnswerCheck.text(custom, limit: AnswerLimits.customAgreement, required: true)
            }
        }

        check("paper.signer") { () throws(Problem) in try QuestionID.letterSigner.checkStored(in: self) }
        check("contacts.wijkagentName") { () throws(Problem) in try QuestionID.wijkagentName.checkStored(in: self) }
        check("contacts.wijkagentReach") { () throws(Problem) in try QuestionID.wijkagentReach.checkStored(in: self) }
        check("admins.signUpContact") { () throws(Problem) in try QuestionID.signUpContact.checkStored(in: self) }

        // A finished file was written on a date, as version 1 or later; an unfinished one may
        // not have been written yet.
        check("charter.version") { () throws(Problem) in
            let lowest = finished ? 1 : 0
            if charter.version < lowest { throw .numberBelow(charter.version, lowest: lowest) }
            let highest = AnswerLimits.highestCharterVersion
            if charter.version > highest { throw .numberAbove(charter.version, highest: highest) }
        }
        if finished || !charter.date.isEmpty {
            check("charter.date") { () throws(Problem) in try AnswerCheck.date(charter.date) }
        }
        if let basedOn {
            check("basedOn") { () throws(Problem) in try AnswerCheck.text(basedOn, limit: AnswerLimits.basedOn, required: true) }
        }
        return problem
    }
}

/// Finds, in a file JSONDecoder calls "not valid JSON", a number that is not a whole number in
/// range (`18.5`, `1e400`): JSONDecoder names no field for it, and the resident needs one.
enum JSONNumbers {
    /// The path of the first such number, such as `membership.minimumAge`; nil when the file is
    /// not JSON at all, or holds none.
    static func firstNotWhole(in bytes: [UInt8]) -> String? {
        guard let root = try? JSONDecoder().decode(Value.self, from: Data(bytes)) else { return nil }
        return root.firstNotWhole(path: "")
    }

    /// Any JSON value, keeping only what finding the number needs. Object keys are sorted,
    /// so that the same file always names the same field.
    indirect enum Value: Decodable {
        case notWhole
        case array([Value])
        case object([(String, Value)])
        case other

        init(from decoder: any Decoder) throws {
            if let container = try? decoder.container(keyedBy: Key.self) {
                self = .object(try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                    ($0.stringValue, try container.decode(Value.self, forKey: $0))
                })
                return
            }
            if var container = try? decoder.unkeyedContainer() {
                var elements: [Value] = []
                while !container.isAtEnd { elements.append(try container.decode(Value.self)) }
                self = .array(elements)
                return
            }
            let single = try decoder.singleValueContainer()
            let readable = single.decodeNil() || (try? single.decode(Bool.self)) != nil
                || (try? single.decode(String.self)) != nil || (try? single.decode(Int.self)) != nil
            self = readable ? .other : .notWhole
        }

        func firstNotWhole(path: String) -> String? {
            switch self {
            case .notWhole: return path
            case .other: return nil
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    if let found = element.firstNotWhole(path: "\(path)[\(index)]") { return found }
                }
                return nil
            case .object(let members):
                for (key, value) in members {
                    if let found = value.firstNotWhole(path: path.isEmpty ? key : "\(path).\(key)") { return found }
                }
                return nil
            }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
