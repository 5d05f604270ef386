extension AnswerLimits {
    /// A member's or a parent's name, as on the slip.
    static let memberName = 80
    static let memberAddress = 100
}

/// The answers of one intake, until `klaar` turns them into a member. Never saved on the way:
/// they hold a neighbour's name, address and number.
public struct IntakeAnswers: Equatable, Sendable {
    var signedUp = SignUpWay.slip
    var name = ""
    var address = ""
    var postcode = ""
    var livesOrWorks = Residence.lives
    var atMinimumAge = true
    var over16 = true
    var parent = ""
    var parentConsent = true
    var phone = ""
    /// The checklist's lines answered yes, by position.
    var ticked: Set<Int> = []
    var rulesTogether = true
    /// The admin who adds the member, by position among the group's admins.
    var admin = 0

    var firstName: String { name.split(separator: " ").first.map(String.init) ?? name }
}

/// Where an intake is: one of its questions. A line of the checklist is a question of its own.
public enum IntakeStep: Hashable, Sendable {
    case signUp, name, address, postcode, residence, minimumAge, over16, parentName, parentConsent, phone
    case checklist(Int)
    case rulesTogether, admin, summary
}

/// An intake's question, declared once: how its answer is read, when it is asked, whether its
/// answer is personal data, and what a no means.
struct IntakeQuestion: Sendable {
    let step: IntakeStep
    let kind: IntakeKind
    var askedWhen: @Sendable (IntakeAnswers) -> Bool = { _ in true }
    var personal = false
}

/// How an intake question reads its answer.
enum IntakeKind: Sendable {
    /// One of numbered options.
    case choice([MemberText], get: @Sendable (IntakeAnswers) -> Int, set: @Sendable (inout IntakeAnswers, Int) -> Void)
    /// Text, judged by `read`: it returns the value to keep, or refuses with a problem (asked
    /// again) or a refusal (the member cannot be added).
    case text(WritableKeyPath<IntakeAnswers, String> & Sendable, read: @Sendable (String, IntakeAnswers) throws(IntakeProblem) -> Accepted)
    /// Yes or no, with no default: a consent is typed. `refusal`: what a no means, if it ends the intake.
    case yesNo(WritableKeyPath<IntakeAnswers, Bool> & Sendable, refusal: IntakeRefusal?)
    case summary
}

/// A text answer taken: the value to keep, and what to say about it.
struct Accepted {
    var value: String
    var warnings: [MemberText] = []
}

/// Why an answer is not taken.
enum IntakeProblem: Error {
    /// Asked again.
    case problem(Problem)
    /// Asked again, with the intake's own words.
    case said(MemberText)
    /// The member cannot be added: the intake ends, nothing is stored.
    case refused(IntakeRefusal, warnings: [MemberText])
}

/// Why a new member cannot be added.
public enum IntakeRefusal: Hashable, Sendable {
    case outsideArea
    case notInArea
    case belowMinimumAge(Int)
    case parentDeclined
    case consentDeclined(ChecklistItem)
}

/// What an intake knows of the group: its answers, the register, the other groups, the date.
public struct IntakeContext: Sendable {
    public var group: Answers
    public var register: Register
    public var language: Language
    public var date: CalendarDate
    /// The other groups of the set the group's answers remember, to say who holds an address outside.
    public var otherGroups: GroupSet?
    /// The folder as messages name it, and the command that runs an intake there.
    public var directory: String

    public init(group: Answers, register: Register, language: Language, date: CalendarDate, otherGroups: GroupSet? = nil,
                directory: String = ".") {
        self.group = group
        self.register = register
        self.language = language
        self.date = date
        self.otherGroups = otherGroups
        self.directory = directory
    }

    /// The checklist's lines, from the declaration the printed checklist comes from. Living in
    /// the area and the minimum age are asked as questions of their own, in the admin's words.
    var checklist: [ChecklistItem] {
        ChecklistItem.items(for: group).filter {
            switch $0 {
            case .livesInArea, .minimumAge: false
            default: true
            }
        }
    }

    var worksToo: Bool { group.membership.eligibility == .residentsAndWorkers }
    var minimumAge: Int { group.membership.minimumAge }
}

extension IntakeQuestion {
    /// Every question of an intake for this group, in order.
    static func all(_ context: IntakeContext) -> [IntakeQuestion] {
        let minimumAge = context.minimumAge
        let residences: [Residence] = context.worksToo ? [.lives, .works] : [.lives]
        var questions = [
            IntakeQuestion(step: .signUp, kind: .choice(SignUpWay.allCases.map { .signUpWay($0) },
                                                        get: { SignUpWay.allCases.firstIndex(of: $0.signedUp) ?? 0 },
                                                        set: { $0.signedUp = SignUpWay.allCases[$1] })),
            IntakeQuestion(step: .name, kind: .text(\.name, read: { name, _ throws(IntakeProblem) in
                let accepted = try Accepted(name: name, of: .name)
                guard context.register.matching(name).allSatisfy({ context.register.members[$0].name.lowercased() != name.lowercased() }) else {
                    throw .said(.nameTaken(name))
                }
                return accepted
            }), personal: true),
            IntakeQuestion(step: .address, kind: .text(\.address, read: { typed, _ throws(IntakeProblem) in
                try AddressJudgement.judge(typed, context)
            }), personal: true),
            IntakeQuestion(step: .postcode, kind: .text(\.postcode, read: { typed, answers throws(IntakeProblem) in
                try AddressJudgement.judge(answers.address, postcode: typed, context)
            }), askedWhen: { AddressJudgement.needsPostcode($0.address, context) }, personal: true),
            IntakeQuestion(step: .residence, kind: .choice(residences.map { .residence($0) } + [.residenceNeither(worksToo: context.worksToo)],
                                                           get: { residences.firstIndex(of: $0.livesOrWorks) ?? 0 },
                                                           set: { answers, index in
                                                               answers.livesOrWorks = index < residences.count ? residences[index] : .lives
                                                           })),
            IntakeQuestion(step: .minimumAge, kind: .yesNo(\.atMinimumAge, refusal: .belowMinimumAge(minimumAge))),
            IntakeQuestion(step: .over16, kind: .yesNo(\.over16, refusal: nil), askedWhen: { _ in minimumAge < 16 }),
            IntakeQuestion(step: .parentName, kind: .text(\.parent, read: { name, _ throws(IntakeProblem) in try Accepted(name: name, of: .parentName) }), askedWhen: { !$0.over16 }, personal: true),
            IntakeQuestion(step: .parentConsent, kind: .yesNo(\.parentConsent, refusal: .parentDeclined), askedWhen: { !$0.over16 }),
            IntakeQuestion(step: .phone, kind: .text(\.phone, read: { typed, answers throws(IntakeProblem) in
                if typed.isEmpty { throw .said(.phoneNeeded(name: answers.firstName)) }
                let phone: String
                do throws(Problem) { phone = try PhoneNumber.validated(typed) } catch { throw .said(.phoneNotValid(typed)) }
                // Typed wrong, or the neighbour is a member already: said, and asked again.
                if let holder = context.register.member(holding: phone) { throw .said(.phoneTaken(phone, member: holder.name)) }
                return Accepted(value: phone)
            }), personal: true),
        ]
        questions += context.checklist.indices.map { IntakeQuestion(step: .checklist($0), kind: .checklistLine($0, context.checklist[$0])) }
        questions += [
            IntakeQuestion(step: .rulesTogether, kind: .yesNo(\.rulesTogether, refusal: nil)),
            IntakeQuestion(step: .admin, kind: .choice(context.group.admins.people.map { .admin($0.firstName) },
                                                       get: { $0.admin }, set: { $0.admin = $1 }),
                           askedWhen: { _ in context.group.admins.people.count > 1 }),
            IntakeQuestion(step: .summary, kind: .summary),
        ]
        return questions
    }
}

extension IntakeKind {
    /// A line of the checklist: yes ticks it; no refuses the member, except on an optional line
    /// (the separate chat group), where the no is kept.
    static func checklistLine(_ index: Int, _ item: ChecklistItem) -> IntakeKind {
        .yesNo(\.[ticked: index], refusal: item.isOptional ? nil : .consentDeclined(item))
    }
}

extension IntakeAnswers {
    subscript(ticked index: Int) -> Bool {
        get { ticked.contains(index) }
        set { if newValue { ticked.insert(index) } else { ticked.remove(index) } }
    }
}

/// The address as the intake checks it: the one street normalisation and area check, and for an
/// address outside, the groups of the remembered set that hold it. Where the area names
/// postcodes and the street alone does not place the address, the postcode is asked next.
enum AddressJudgement {
    static func judge(_ typed: String, postcode typedPostcode: String? = nil, _ context: IntakeContext) throws(IntakeProblem) -> Accepted {
        let address: AddressCheck.Address
        var postcode: Postcode?
        try Accepted.within(AnswerLimits.memberAddress, typed, at: .address)
        do throws(Problem) {
            try AnswerCheck.text(typed, limit: AnswerLimits.memberAddress, required: true)
            address = try AddressCheck.Address(parsing: typed)
            if let typedPostcode { postcode = try Postcode(parsing: typedPostcode) }
        } catch { throw .problem(error) }
        let area = context.group.area
        let outcome = AddressCheck.check(address, postcode: postcode, in: area)
        if !outcome.isInside, typedPostcode == nil, !area.postcodes.isEmpty {
            // Placed, or not, by the postcode asked next.
            return Accepted(value: TextInput.collapsingSpaces(typed))
        }
        guard outcome.isInside else {
            let holders = context.otherGroups?.holding(address, postcode: postcode).map {
                MemberText.heldBy(group: $0.group.title, contact: $0.group.contact.isEmpty ? nil : $0.group.contact)
            } ?? []
            let said: [MemberText] = [.outside(outcome)]
                + (holders.isEmpty ? [context.otherGroups == nil ? .noSetKnown : .heldByNone] : holders)
            throw .refused(.outsideArea, warnings: said)
        }
        // In a part this group shares with another group: said, and the member is added.
        let sharing = area.sharedWith.filter { kept in
            let part = switch kept.shared {
            case .street(let entry): Area(streets: [entry])
            case .postcode(let postcode): Area(postcodes: [postcode])
            }
            return AddressCheck.check(address, postcode: postcode, in: part).isInside
        }
        return Accepted(value: typedPostcode.map { _ in postcode?.description ?? "" } ?? TextInput.collapsingSpaces(typed),
                        warnings: Set(sharing.map(\.group)).sorted().map { .sharedPart(group: $0) })
    }

    /// Whether the street alone leaves the address outside an area that names postcodes.
    static func needsPostcode(_ typed: String, _ context: IntakeContext) -> Bool {
        let area = context.group.area
        guard !area.postcodes.isEmpty, let address = try? AddressCheck.Address(parsing: typed) else { return false }
        return !AddressCheck.check(address, postcode: nil, in: area).isInside
    }
}

extension Accepted {
    /// A person's name (the member's at `.name`, the parent's at `.parentName`): a letter at
    /// least, within the limit, each said in the question's own words.
    init(name: String, of step: IntakeStep) throws(IntakeProblem) {
        try Self.within(AnswerLimits.memberName, name, at: step)
        do throws(Problem) { try AnswerCheck.text(name, limit: AnswerLimits.memberName, required: true) } catch { throw .problem(error) }
        guard name.contains(where: \.isLetter) else { throw .said(.notAName(name, step)) }
        self.init(value: name)
    }

    /// Refuses an answer longer than `limit`, saying what the question asked for.
    static func within(_ limit: Int, _ typed: String, at step: IntakeStep) throws(IntakeProblem) {
        if typed.count > limit { throw .said(.tooLong(step, limit: limit, count: typed.count)) }
    }
}
