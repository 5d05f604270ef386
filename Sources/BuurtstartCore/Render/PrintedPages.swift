/// The founder's kit on paper: each page a list of blocks, built once from the answers, the
/// items in DocumentItems.swift and the catalogue; `HTMLRenderer` lays the blocks out for a
/// browser and a printer. Which page says what is decided here, for every language.

/// The pages the kit prints, one self-contained file each, so that each can be printed (and
/// checked to fit its pages) on its own. The names are English like `charter.txt`, the same in
/// every language, so that scripts and instructions work for every group.
public enum PrintedPage: String, CaseIterable, Sendable {
    case charter, checklist, letter, privacy, introduction

    public var fileName: String { rawValue + ".html" }
    /// The page as `export --format pdf` prints it.
    public var pdfName: String { rawValue + ".pdf" }

    /// The most A4 pages this page may take: the letter and its slip one (the slip is cut off
    /// the letter), the checklist one, the charter three; nil when any length will do.
    public var maximumPages: Int? {
        switch self {
        case .letter, .checklist: 1
        case .charter: 3
        case .privacy, .introduction: nil
        }
    }

    /// How long the browser may take to print one page, in seconds, before it is stopped (a
    /// browser that hangs must not hang `export`); `BUURTSTART_PRINT_TIMEOUT` sets another.
    public static let printSeconds = 60

    /// The page printed as `name` (`letter.pdf`), or nil.
    public init?(printed name: String) {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        self.init(rawValue: String(name[..<dot]))
    }

    /// The pages these answers ask for: the letter and the introduction can be left out.
    public static func pages(for answers: Answers) -> [PrintedPage] {
        allCases.filter { page in
            switch page {
            case .letter: answers.paper.letter
            case .introduction: answers.paper.introduction
            case .charter, .checklist, .privacy: true
            }
        }
    }
}

/// A part of a printed page. The renderer decides how each looks; the builder decides what is
/// said and in which order.
public enum Block: Hashable, Sendable {
    case heading(String, level: Int)
    /// One paragraph; a line break inside stays a line break.
    case paragraph(String)
    case list([String], style: ListStyle)
    /// Numbered items with their own numbers (the charter's articles keep their list number).
    case articles([ArticleBlock])
    /// A table; the header row is optional (the important numbers have none).
    case table(header: [String]?, rows: [[String]])
    /// Lines with a box to tick in front, a box that prints.
    case checkboxes([String])
    /// Lines to fill in by hand: each inner list is one row of labels, each with a line after it.
    case fields([[String]])
    /// A dashed line to cut along, with its words.
    case tearOff(String)
    /// Blocks that belong together and should not be split over two pages (the sign-up slip).
    case keepTogether([Block])
}

public enum ListStyle: Hashable, Sendable {
    case bullets
    /// Short items run on in one small paragraph, a dot between them (the letter's list of
    /// agreements: every one of them, and the slip still on the same page).
    case runOn
}

/// An article as a printed page shows it: its number, its title if any, and its paragraphs.
public struct ArticleBlock: Hashable, Sendable {
    public let number: Int
    /// What is printed before it: its number, or E1 for the group's own agreement.
    public let label: String
    public let title: String?
    public let paragraphs: [String]
}

/// A printed page: its language, its title (for the browser's tab and the PDF's metadata) and
/// its blocks.
public struct PrintedDocument: Hashable, Sendable {
    public let page: PrintedPage
    public let language: Language
    public let title: String
    public let blocks: [Block]

    /// Builds `page` from the answers.
    public init(_ page: PrintedPage, _ answers: Answers, date: CalendarDate, language: Language) {
        self.page = page
        self.language = language
        let text = { (message: DocumentText) in language.text(message) }
        var builder = PageBuilder(answers: answers, date: date, language: language)
        switch page {
        case .charter: builder.charter()
        case .checklist: builder.checklist()
        case .letter: builder.letter()
        case .privacy: builder.privacy()
        case .introduction: builder.introduction()
        }
        title = text(.pageTitle(page, group: answers.group.name))
        blocks = builder.blocks
    }
}

/// Collects the blocks of one page.
private struct PageBuilder {
    let answers: Answers
    let date: CalendarDate
    let language: Language
    var blocks: [Block] = []

    init(answers: Answers, date: CalendarDate, language: Language) {
        self.answers = answers
        self.date = date
        self.language = language
    }

    private func text(_ message: DocumentText) -> String { language.text(message) }
    private mutating func add(_ block: Block) { blocks.append(block) }
    private mutating func paragraph(_ message: DocumentText) { add(.paragraph(text(message))) }
    private var worksToo: Bool { answers.membership.eligibility == .residentsAndWorkers }
    private var parentConsent: Bool { answers.membership.needsParentConsent }

    // MARK: - The charter

    mutating func charter() {
        add(.heading(answers.group.name, level: 1))
        var opening = [text(.charterSubtitle), text(.charterPlace(municipality: answers.group.municipality, neighbourhood: answers.group.neighbourhood)),
                       text(.charterDate(date, version: answers.charter.version))]
        if let basedOn = answers.basedOn { opening.append(text(.charterBasedOn(basedOn))) }
        add(.paragraph(opening.joined(separator: "\n")))
        for section in CharterSection.allCases {
            add(.heading("\(section.rawValue). " + text(.charterSection(section)), level: 2))
            switch section {
            case .area:
                area()
            case .membership:
                add(.list(MemberRule.rules(for: answers).map { text(.memberRule($0)) }, style: .bullets))
            case .admins:
                for line in CharterAdmins(answers).lines { paragraph(line) }
            case .privacy:
                add(.list(PrivacyItem.items(for: answers).map { text(.privacyItem($0)) }, style: .bullets))
            case .agreements:
                agreements()
            case .contacts:
                add(.table(header: nil, rows: ContactRow.rows(for: answers.contacts).map { [$0.label, $0.typed ?? text(.contactMeaning($0))] }))
            case .changes:
                paragraph(.charterChanges)
            }
        }
    }

    /// The area as the charter shows it: a table of streets, the postcodes, the boundary, and the
    /// parts the group shares with other groups.
    private mutating func area() {
        let area = answers.area
        if !area.streets.isEmpty {
            add(.table(header: AreaColumn.allCases.map { text(.charterAreaColumn($0)) },
                       rows: area.streets.map { [$0.name, text(.streetNumbers($0)), text(.streetSide($0))] }))
        }
        if !area.postcodes.isEmpty { paragraph(.charterPostcodes(area.postcodes)) }
        if !area.boundary.isEmpty { paragraph(.charterBoundary(area.boundary)) }
        let kept = area.keptOverlaps
        if !kept.isEmpty { add(.list(kept.map { text(.charterSharedWith(group: $0.group, shared: $0.shared)) }, style: .bullets)) }
    }

    private mutating func agreements() {
        if answers.agreements.selected.isEmpty, answers.agreements.custom.isEmpty {
            paragraph(.charterNoAgreements)
        } else if Article.hasGaps(answers) {
            paragraph(.charterNumbering)
        }
        let articles = Article.articles(for: answers, language: language)
        let listed = articles.filter { $0.id != nil }
        if !listed.isEmpty {
            add(.articles(listed.map { ArticleBlock(number: $0.number, label: $0.label, title: $0.title, paragraphs: $0.lines) }))
        }
        if !answers.agreements.custom.isEmpty {
            paragraph(.charterCustomIntro)
            add(.articles(articles.filter { $0.id == nil }.map {
                ArticleBlock(number: $0.number, label: $0.label, title: nil, paragraphs: [$0.lines.joined(separator: " ")])
            }))
        }
    }

    // MARK: - The checklist

    mutating func checklist() {
        add(.heading(text(.checklistTitle(answers.group.name)), level: 1))
        paragraph(.checklistIntro)
        add(.checkboxes(ChecklistItem.items(for: answers).map { text(.checklistItem($0)) }))
        add(.heading(text(.checklistTipsHeading), level: 2))
        add(.list(ChecklistTip.tips(for: answers).map { text(.checklistTip($0)) }, style: .bullets))
        add(.fields(signatureRows))
        if parentConsent { parent() }
        paragraph(.checklistClosing)
    }

    /// Name, address, and the date with a signature.
    private var signatureRows: [[String]] {
        [[text(.fieldLabel(.name))], [text(.fieldLabel(.address(worksToo: worksToo)))],
         [text(.fieldLabel(.date)), text(.fieldLabel(.signature))]]
    }

    /// For a member under 16: a parent's or guardian's consent, name and signature.
    private mutating func parent() {
        add(.keepTogether([
            .paragraph(text(.checklistParentIntro) + "\n" + text(.checklistParentConsent)),
            .fields([[text(.fieldLabel(.parentName))], [text(.fieldLabel(.signature))]]),
        ]))
    }

    // MARK: - The letter for every letterbox

    mutating func letter() {
        let admins = answers.admins.people.map(\.firstName)
        let signer = answers.paper.signer.isEmpty ? answers.admins.contactName ?? "" : answers.paper.signer
        let signUp = SignUp.way(for: answers.admins)
        paragraph(.letterPlaceDate(municipality: answers.group.municipality, date: date))
        add(.heading(text(.letterTitle(answers.group.name)), level: 1))
        paragraph(.letterGreeting)
        paragraph(.letterOpening(signer: signer, others: admins.filter { $0 != signer },
                                 area: WhatsAppRenderer.areaSummary(answers.area, language: language, streets: 3),
                                 promises: LetterPromise.promises(for: answers)))
        paragraph(.letterJoin(worksToo: worksToo, minimumAge: answers.membership.minimumAge, parentConsent: parentConsent))
        // Every chosen agreement by its title, and the group's own as they were typed.
        let agreements = answers.agreements.selected.map { language.text(AgreementText.title($0)) } + answers.agreements.custom
        if !agreements.isEmpty {
            paragraph(.letterAgreementsHeading)
            add(.list(agreements, style: .runOn))
        }
        paragraph(.letterPrivacy(neighbouringAdmins: answers.agreements.has(.neighbouringAdmins)))
        paragraph(.letterSignUp(signUp, phoneChain: answers.agreements.has(.phoneChain)))
        add(.paragraph(text(.letterClosing) + "\n" + signer))
        add(.tearOff(text(.tearOff)))
        var slip: [Block] = [
            .heading(text(.slipTitle(answers.group.name)), level: 2),
            .fields([[text(.fieldLabel(.name))], [text(.fieldLabel(.address(worksToo: worksToo)))], [text(.fieldLabel(.phone))]]),
            .checkboxes(ChecklistItem.slipConsents(for: answers).map { text(.checklistItem($0)) }),
            .fields([[text(.fieldLabel(.date)), text(.fieldLabel(.signature))]]),
        ]
        if parentConsent {
            slip += [.paragraph(text(.checklistParentIntro) + " " + text(.checklistParentConsent)),
                     .fields([[text(.fieldLabel(.parentName)), text(.fieldLabel(.signature))]])]
        }
        slip.append(.paragraph(text(.slipReturn(signUp))))
        if signUp == .toFillIn { slip.append(.fields([[text(.fieldLabel(.returnTo))]])) }
        add(.keepTogether(slip))
    }

    // MARK: - The privacy statement

    /// The charter's privacy section, the same items, under a heading for each question a
    /// member may ask: what is kept, why, who sees what, how long, how to have it removed.
    mutating func privacy() {
        add(.heading(text(.pageTitle(.privacy, group: answers.group.name)), level: 1))
        add(.paragraph(text(.privacyIntro(section: CharterSection.privacy.rawValue)) + "\n" + text(.charterDate(date, version: answers.charter.version))))
        let items = PrivacyItem.items(for: answers) + PrivacyItem.pageOnly
        for topic in PrivacyTopic.allCases {
            let said = items.filter { $0.topic == topic }
            guard !said.isEmpty else { continue }
            add(.heading(text(.privacyTopic(topic)), level: 2))
            add(.list(said.map { text(.privacyItem($0)) }, style: .bullets))
        }
        add(.heading(text(.privacyTopic(.admins)), level: 2))
        paragraph(CharterAdmins(answers).lines[0])
    }

    // MARK: - The introduction for the wijkagent and the municipality

    mutating func introduction() {
        let contact = answers.admins.people.indices.contains(answers.admins.contact) ? answers.admins.people[answers.admins.contact] : nil
        paragraph(.letterPlaceDate(municipality: answers.group.municipality, date: date))
        add(.heading(text(.pageTitle(.introduction, group: answers.group.name)), level: 1))
        paragraph(.introductionGreeting(wijkagent: answers.contacts.wijkagentName))
        paragraph(.introductionOpening(name: answers.group.name))
        add(.table(header: nil, rows: [
            [text(.introductionLabel(.group)), answers.group.name],
            [text(.introductionLabel(.place)), text(.charterPlace(municipality: answers.group.municipality, neighbourhood: answers.group.neighbourhood))],
            [text(.introductionLabel(.contact)), text(.introductionContact(name: contact?.firstName ?? "", phone: answers.admins.phonesInCharter ? contact?.phone : nil))],
            [text(.introductionLabel(.admins)), text(.introductionAdmins(answers.admins.people.map(\.firstName)))],
            [text(.introductionLabel(.size)), text(.introductionSize(answers.membership.expectedMembers))],
            [text(.introductionLabel(.date)), text(.pageDate(date))],
        ]))
        // The charter's heading without its number: this page has no other sections.
        add(.heading(text(.charterSection(.area)), level: 2))
        area()
        let chosen = answers.agreements
        paragraph(.introductionPolice(contact: contact?.firstName ?? "", call112First: chosen.has(.call112First) || chosen.has(.saar),
                                      behaviourFirst: chosen.has(.behaviourNotAppearance)))
        // The contact admin's number only where the group chose to print it; the sign-up
        // address is for slips, not a way to reach the contact.
        let phone = answers.admins.phonesInCharter ? contact?.phone : nil
        paragraph(.introductionRules(contact: contact?.firstName ?? "", phone: phone))
        if phone == nil { add(.fields([[text(.fieldLabel(.reachContact))]])) }
        add(.paragraph(text(.letterClosing) + "\n" + (contact?.firstName ?? "") + "\n" + answers.group.name))
    }
}

/// The questions the privacy statement answers, each a heading over the charter's items.
public enum PrivacyTopic: CaseIterable, Sendable {
    case kept, why, whoSees, howLong, removal
    /// Who to ask: the admins.
    case admins
}

extension PrivacyItem {
    var topic: PrivacyTopic {
        switch self {
        case .kept, .parentConsent: .kept
        case .why: .why
        case .onlyAdminsSeeKept, .groupSeesNumber, .chatGroupSeesNumber, .adminPhonesPrinted, .phoneChain, .nobodyElse: .whoSees
        case .howLong, .refusedSignUp: .howLong
        case .askAdmin, .supervisor: .removal
        }
    }
}

/// A line to fill in by hand on a printed page.
public enum FieldLabel: Sendable {
    case name, address(worksToo: Bool), phone, date, signature, parentName
    /// Where the slip goes, when the founder gave no way to sign up.
    case returnTo
    /// How to reach the contact admin, on the introduction when nothing to reach them by was given.
    case reachContact
}

/// The rows of the introduction's table of facts.
public enum IntroductionRow: Sendable {
    case group, place, contact, admins, size, date
}
