/// Every question, declared once, in the order a session asks them: its step, its kind (which
/// says how an answer is read, where it is kept, its default and its completions), when it is
/// asked, and whether its answers are personal data. The words of each question (text, label,
/// help) are in the catalogue, keyed by `QuestionID`.
struct Question: Sendable {
    let id: QuestionID
    let step: Step
    let kind: Kind
    /// Asked only when this holds; otherwise the walk passes it by.
    var askedWhen: @Sendable (Answers) -> Bool = { _ in true }
    /// Its answers hold names or phone numbers: they stay out of the line editor's history.
    var personal = false

    static let all: [Question] = [
        Question(id: .municipality, step: .group, kind: .municipality),
        Question(id: .neighbourhood, step: .group, kind: .text(TextAnswer(\.group.neighbourhood, limit: AnswerLimits.placeName))),
        Question(id: .groupName, step: .group, kind: .text(TextAnswer(
            \.group.name, limit: AnswerLimits.groupName, fallback: { .verbatim(GroupAnswers.defaultName(neighbourhood: $0.group.neighbourhood)) },
            warning: { $0.count > AnswerLimits.groupNameShown ? .groupNameLong(count: $0.count) : nil }))),

        Question(id: .street, step: .area, kind: .list(.streets)),
        Question(id: .postcode, step: .area, kind: .list(.postcodes)),
        Question(id: .boundary, step: .area, kind: .text(TextAnswer(\.area.boundary, limit: AnswerLimits.boundary, optional: true))),

        Question(id: .minimumAge, step: .members, kind: .number(NumberAnswer(
            get: { $0.membership.minimumAge }, set: { $0.membership.minimumAge = $1 ?? 18 },
            check: { age throws(Problem) in
                try AnswerCheck.age(age)
                return age < AnswerLimits.parentConsentAge ? .ageNeedsConsent(age) : nil
            }))),
        Question(id: .eligibility, step: .members, kind: .choice(ChoiceAnswer(
            options: { _ in Eligibility.allCases.map { .eligibility($0) } },
            get: { Eligibility.allCases.firstIndex(of: $0.membership.eligibility) ?? 0 },
            set: { $0.membership.eligibility = Eligibility.allCases[$1] }))),
        Question(id: .expectedMembers, step: .members, kind: .number(NumberAnswer(
            get: { $0.membership.expectedMembers }, set: { $0.membership.expectedMembers = $1 }, optional: true,
            check: { count throws(Problem) in
                try AnswerCheck.expectedMembers(count)
                return count > 100 ? .membersAboveAdvice(count) : nil
            }))),
        Question(id: .chatGroup, step: .members, kind: .yesNo(\.membership.separateChatGroup)),

        Question(id: .adminName, step: .admins, kind: .list(.admins), personal: true),
        Question(id: .adminPhone, step: .admins, kind: .followUp(.adminPhone), askedWhen: { _ in false }, personal: true),
        Question(id: .contactAdmin, step: .admins, kind: .choice(ChoiceAnswer(
            options: { $0.admins.people.map { .name($0.firstName) } },
            get: { $0.admins.contact }, set: { $0.admins.contact = $1 },
            words: { $0.admins.people.map { $0.firstName.lowercased() } },
            onlyOption: { .onlyAdminIsContact($0.admins.people[0].firstName) }))),
        Question(id: .phonesInCharter, step: .admins, kind: .yesNo(\.admins.phonesInCharter),
                 askedWhen: { $0.admins.people.contains { $0.phone != nil } }),
        Question(id: .signUpContact, step: .admins, kind: .text(TextAnswer(
            \.admins.signUpContactText, limit: AnswerLimits.signUpContact, optional: true)), personal: true),
        Question(id: .pages, step: .admins, kind: .choice(ChoiceAnswer(
            options: { _ in PaperChoice.allCases.map { .paper($0) } },
            get: { PaperChoice.allCases.firstIndex(of: PaperChoice($0.paper)) ?? 0 },
            set: { $0.paper.choose(PaperChoice.allCases[$1]) }))),
        Question(id: .letterSigner, step: .admins, kind: .text(TextAnswer(
            \.paper.signer, limit: AnswerLimits.firstName, fallback: { .verbatim($0.admins.contactName ?? "") },
            check: { name throws(Problem) in
                // A yes or no (in any language) answers another question, not this one.
                let answer = Language.allCases.contains { CommandWord(name, in: $0).map { [.yes, .no].contains($0) } ?? false }
                guard name.contains(where: \.isLetter), !answer else { throw .signerNotAName(name) }
            })),
                 askedWhen: { $0.paper.letter }, personal: true),

        Question(id: .agreements, step: .agreements, kind: .agreements),
        Question(id: .approachGroupSize, step: .agreements, kind: .number(NumberAnswer(
            get: { $0.agreements.approachGroupSize }, set: { $0.agreements.approachGroupSize = $1 ?? 2 },
            check: { size throws(Problem) in
                try AnswerCheck.approachGroupSize(size)
                return nil
            })), askedWhen: { $0.agreements.has(.approachSafely) }),
        Question(id: .photoRule, step: .agreements, kind: .choice(ChoiceAnswer(
            options: { _ in PhotoRule.allCases.map { .photoRule($0) } },
            get: { PhotoRule.allCases.firstIndex(of: $0.agreements.photoRule) ?? 0 },
            set: { $0.agreements.photoRule = PhotoRule.allCases[$1] })),
                 askedWhen: { $0.agreements.has(.photos) }),
        Question(id: .skinColour, step: .agreements, kind: .yesNo(\.agreements.skinColourInDescription),
                 askedWhen: { $0.agreements.has(.describePerson) }),
        Question(id: .customAgreement, step: .agreements, kind: .list(.customAgreements)),

        Question(id: .wijkagentName, step: .contacts, kind: .text(TextAnswer(\.contacts.wijkagentName, limit: AnswerLimits.wijkagentName, optional: true)),
                 personal: true),
        Question(id: .wijkagentReach, step: .contacts, kind: .text(TextAnswer(\.contacts.wijkagentReach, limit: AnswerLimits.wijkagentReach, optional: true)),
                 askedWhen: { !$0.contacts.wijkagentName.isEmpty }, personal: true),
        Question(id: .burgernet, step: .contacts, kind: .yesNo(\.contacts.recommendBurgernet)),

        Question(id: .review, step: .review, kind: .review),
    ]

    static let byID: [QuestionID: Question] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The question asked after this one, given the answers so far.
    func next(in answers: Answers) -> QuestionID {
        let index = Self.all.firstIndex { $0.id == id }!
        return Self.all[(index + 1)...].first { $0.askedWhen(answers) }?.id ?? .review
    }
}

/// The lists a session collects, one entry per answer, until Enter on an empty line.
extension ListAnswer {
    static let streets = ListAnswer(
        entries: { $0.area.streets.map { .street($0) } },
        add: { answers, input throws(Problem) in
            if (try? Postcode(parsing: input)) != nil { throw .postcodeInStreetQuestion(input) }
            let entry = try StreetEntry(parsing: input)
            try answers.area.add(entry)
            return .street(entry)
        },
        remove: { $0.area.removeStreet(at: $1) },
        completions: { $0.area.streetNames.map(StreetEntry.typed) })

    static let postcodes = ListAnswer(
        entries: { $0.area.postcodes.map { .postcode($0) } },
        add: { answers, input throws(Problem) in
            let postcode = try Postcode(parsing: input)
            try answers.area.add(postcode)
            return .postcode(postcode)
        },
        remove: { $0.area.removePostcode(at: $1) },
        // The area needs a street or a postcode; a walk past this point finds one.
        incomplete: { $0.area.isEmpty ? (.areaEmpty, .street) : nil })

    static let admins = ListAnswer(
        entries: { $0.admins.people.map { .admin(name: $0.firstName, phone: $0.phone) } },
        add: { answers, input throws(Problem) in
            try AnswerCheck.text(input, limit: AnswerLimits.firstName)
            guard input.contains(where: \.isLetter) else { throw .firstNameNeedsLetters(input) }
            guard !answers.admins.people.contains(where: { $0.firstName.lowercased() == input.lowercased() }) else {
                throw .adminTwice(input)
            }
            answers.admins.people.append(Admin(firstName: input))
            return .admin(name: input, phone: nil)
        },
        remove: { answers, index in
            answers.admins.people.remove(at: index)
            if answers.admins.contact >= index { answers.admins.contact = max(0, answers.admins.contact - 1) }
        },
        incomplete: { $0.admins.people.isEmpty ? (.adminsMissing, .adminName) : nil },
        followUp: .adminPhone,
        warning: { $0.admins.people.count == 1 ? .singleAdmin : nil })

    static let customAgreements = ListAnswer(
        entries: { $0.agreements.custom.map { .custom($0) } },
        add: { answers, input throws(Problem) in
            try AnswerCheck.text(input, limit: AnswerLimits.customAgreement)
            answers.agreements.custom.append(input)
            return .custom(input)
        },
        remove: { $0.agreements.custom.remove(at: $1) })
}

extension FollowUpAnswer {
    /// The phone number of the admin just added.
    static let adminPhone = FollowUpAnswer(
        question: { .adminPhoneQuestion(name: $0.admins.people.last?.firstName ?? "") },
        set: { answers, input throws(Problem) in
            guard !answers.admins.people.isEmpty else { return }
            answers.admins.people[answers.admins.people.count - 1].phone = input.isEmpty ? nil : try PhoneNumber.validated(input)
        },
        entry: { $0.admins.people.last.map { .admin(name: $0.firstName, phone: $0.phone) } })
}

extension Question {
    var isFollowUp: Bool {
        if case .followUp = kind { return true }
        return false
    }

    /// For a follow-up, the list it completes an entry of; otherwise the question itself.
    var list: QuestionID {
        guard isFollowUp else { return id }
        return Self.all.first { if case .list(let list) = $0.kind { list.followUp == id } else { false } }?.id ?? id
    }
}
