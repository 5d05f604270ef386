/// What a group's finished versions were, kept in `buurtstart.json` (its `history`), so that
/// two versions can be compared and a folder whose group is being changed stays usable:
/// `export`, `groepen` and `check-address` use the last finished version until the next one
/// is finished. Added after version 1 was released: a file without it loads as before.
public struct CharterHistory: Hashable, Codable, Sendable {
    /// The finished versions before the last one, oldest first: each one's number, date and
    /// the parts of the answers that are compared (`CharterRules`). The last finished version
    /// is the file itself, or `lastFinished`, so it is not kept twice. A folder from before the
    /// history keeps the versions from the first one changed with it.
    public var versions: [CharterVersion] = []

    /// Only while a finished group is being changed: the last finished answers in full (their
    /// own history left out), for the commands that need finished answers. Nil when the file
    /// itself is finished, so that the answers are never kept twice.
    public var lastFinished: Answers? {
        get { boxed.first }
        set { boxed = newValue.map { [$0] } ?? [] }
    }

    /// An array only so that `Answers` may hold answers of its own.
    private var boxed: [Answers] = []

    public init() {}

    enum CodingKeys: String, CodingKey { case versions, lastFinished }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        versions = try container.decodeIfPresent([CharterVersion].self, forKey: .versions) ?? []
        lastFinished = try container.decodeIfPresent(Answers.self, forKey: .lastFinished)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(versions, forKey: .versions)
        try container.encodeIfPresent(lastFinished, forKey: .lastFinished)
    }

    /// The last finished answers kept are checked as a file's are (the commands use them as
    /// they would a finished file), and must be finished; a refusal names the field under
    /// `history.lastFinished`.
    func check() throws(DataFileError) {
        guard let lastFinished else { return }
        let prefix = "history.lastFinished."
        guard lastFinished.status == .finished else { throw DataFileError(.badValue, field: prefix + "status") }
        if let (field, problem) = lastFinished.firstInconsistency() {
            throw DataFileError(.inconsistent(problem), field: prefix + field)
        }
    }

    /// The version kept with this number, if any.
    public func version(_ number: Int) -> CharterVersion? {
        versions.last { $0.version == number }
    }

    /// The history `history` becomes for `answers`, finished as a version after `previous`:
    /// the version before kept, none from `answers`' own version on, and nothing kept twice.
    /// Nil when there is nothing to keep, so that a first version's file holds no history.
    static func after(_ previous: Answers?, finishing answers: Answers, in history: CharterHistory?) -> CharterHistory? {
        var history = history ?? CharterHistory()
        history.lastFinished = nil
        if let previous, previous.charter.version > 0, history.version(previous.charter.version) == nil {
            history.versions.append(CharterVersion(previous))
        }
        history.versions.removeAll { $0.version >= answers.charter.version }
        return history.versions.isEmpty ? nil : history
    }
}

/// One finished version as kept in the history.
public struct CharterVersion: Hashable, Codable, Sendable {
    public var version: Int
    /// `YYYY-MM-DD` of its writing.
    public var date: String
    public var rules: CharterRules

    public init(_ answers: Answers) {
        version = answers.charter.version
        date = answers.charter.date
        rules = CharterRules(answers)
    }
}

/// The parts of the answers that a change of the rules is told from: what members agreed to,
/// and what the documents tell everyone (the group's name and place, how to sign up, the
/// admins' numbers when the rules print them). Whatever differs here makes a new version;
/// the pages printed, the letter's signer and the bookkeeping do not. The admins' numbers
/// that are not printed are left out: an older version keeps no more personal data than
/// the documents showed.
public struct CharterRules: Hashable, Codable, Sendable {
    public var area: Area
    public var membership: MembershipAnswers
    public var admins: AdminAnswers
    public var agreements: AgreementChoices
    public var contacts: ContactAnswers
    /// Nil in a history written before it was kept: those parts are then not compared.
    public var published: PublishedDetails?

    public init(_ answers: Answers) {
        area = answers.area
        membership = answers.membership
        admins = answers.admins
        admins.signUpContact = nil
        if !admins.phonesInCharter {
            for index in admins.people.indices { admins.people[index].phone = nil }
        }
        agreements = answers.agreements
        contacts = answers.contacts
        published = PublishedDetails(group: answers.group, signUpContact: answers.admins.signUpContact)
    }
}

/// What the documents say about the group besides its rules: its name and place on every
/// page, and how neighbours sign up in the invitation and the letter.
public struct PublishedDetails: Hashable, Codable, Sendable {
    public var group: GroupAnswers
    public var signUpContact: String?
}

extension Answers {
    /// The last finished answers: these when they are finished, else those kept while a change
    /// is being written; nil for a group never finished (or changed in a folder from before the
    /// history, which kept none).
    public var lastFinished: Answers? {
        guard status != .finished else { return self }
        guard let history, var kept = history.lastFinished else { return nil }
        // With the versions before its own, so that its documents are those it wrote.
        kept.history = CharterHistory.after(nil, finishing: kept, in: history)
        return kept
    }

    /// Whether a finished group is being changed: the file is unfinished, and holds the last
    /// finished version for the commands that need one.
    public var beingChanged: Bool {
        status == .unfinished && history?.lastFinished != nil
    }

    /// These finished answers made unfinished by a change: the history keeps them as they
    /// were, in full, until the next version is finished.
    mutating func startChange(from finished: Answers) {
        var history = finished.history ?? CharterHistory()
        var kept = finished
        kept.history = nil
        // The question being asked is the change's, not the finished version's.
        kept.position = nil
        history.lastFinished = kept
        self.history = history
    }
}
