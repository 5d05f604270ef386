/// The words of the documents: charter, checklist and whatsapp.txt. Each case carries plain
/// values (names, numbers, texts already chosen); the renderers decide what is shown and in
/// which order, and a language only words it. What an agreement says is in `AgreementText`.
public enum DocumentText: Sendable {
    case whatsAppTitle(String)
    case whatsAppSection(WhatsAppPart, count: Int, limit: Int)
    /// The invitation has no way to sign up yet: a note to the founder above it.
    case whatsAppFillIn
    case whatsAppArea(streets: [String], more: Int, postcodes: [Postcode])
    case whatsAppDescriptionOpening(name: String, area: String)
    /// Who gives the rules: the admins named, and how many more there are (left out to fit the
    /// description); neither when even one name does not fit.
    case whatsAppDescriptionClosing(admins: [String], more: Int = 0)
    case whatsAppWelcomeOpening(name: String)
    case whatsAppWelcomeClosing(admins: [String])
    case whatsAppInvitation(name: String, area: String, worksToo: Bool, minimumAge: Int, parentConsent: Bool, neighbouringAdmins: Bool)
    /// A short welcome for the separate chat group: what it is for, that everyone there sees
    /// one's number, and the chosen agreements' lines that hold there too (`rules`, worded).
    case whatsAppChatWelcome(name: String, rules: [String])
    case whatsAppSignUp(SignUp)
    case streetEntry(StreetEntry)
    case streetNumbers(StreetEntry)
    case streetSide(StreetEntry)
    case eligibility(Eligibility)
    case photoRule(PhotoRule)
    case charterSubtitle
    case charterPlace(municipality: String, neighbourhood: String)
    case charterDate(CalendarDate, version: Int)
    case charterBasedOn(String)
    case charterSection(CharterSection)
    case charterAreaColumn(AreaColumn)
    case charterPostcodes([Postcode])
    case charterBoundary(String)
    /// A part of the area another group has too, kept on purpose.
    case charterSharedWith(group: String, shared: AreaPart)
    case memberRule(MemberRule)
    case charterAdmins(names: [String], contact: String?)
    case charterAdminPhone(name: String, phone: String)
    case charterAdminsAddMembers(worksToo: Bool, adminCount: Int)
    case privacyItem(PrivacyItem)
    /// Some list numbers are missing from the articles: say why.
    case charterNumbering
    case charterNoAgreements
    case charterCustomIntro
    /// What a row of the important numbers is for; not for a row the resident typed.
    case contactMeaning(ContactRow)
    case charterChanges
    case checklistTitle(String)
    case checklistIntro
    case checklistItem(ChecklistItem)
    case checklistTipsHeading
    case checklistTip(ChecklistTip)
    case checklistClosing
    /// For a member under 16: who fills in the parent's part, and the parent's consent.
    case checklistParentIntro
    case checklistParentConsent

    // The printed pages (HTML, PDF).
    /// A page's title: the browser's tab, the PDF's title, and the heading where the page has no other.
    case pageTitle(PrintedPage, group: String)
    case pageDate(CalendarDate)
    case fieldLabel(FieldLabel)
    case letterPlaceDate(municipality: String, date: CalendarDate)
    case letterTitle(String)
    case letterGreeting
    /// Who starts the group (the one who signs, and the other admins) and why; `promises`: what
    /// it says the group is, only for the agreements chosen.
    case letterOpening(signer: String, others: [String], area: String, promises: [LetterPromise])
    case letterJoin(worksToo: Bool, minimumAge: Int, parentConsent: Bool)
    /// Above the chosen agreements' titles and the group's own agreements.
    case letterAgreementsHeading
    case letterPrivacy(neighbouringAdmins: Bool)
    /// `phoneChain`: neighbours without a smartphone can sign up for the phone chain (its box on the slip).
    case letterSignUp(SignUp, phoneChain: Bool)
    case letterClosing
    case tearOff
    case slipTitle(String)
    /// Where the slip goes.
    case slipReturn(SignUp)
    /// What the privacy statement is, and where the charter says the same.
    case privacyIntro(section: Int)
    case privacyTopic(PrivacyTopic)
    /// `wijkagent`: the wijkagent's name as typed, or empty.
    case introductionGreeting(wijkagent: String)
    case introductionOpening(name: String)
    case introductionLabel(IntroductionRow)
    case introductionContact(name: String, phone: String?)
    case introductionAdmins([String])
    case introductionSize(Int?)
    /// The police are not members; the contact keeps in touch outside the group. 112 first only
    /// when SAAR or `eerst-112` was chosen; the group's stand on profiling when `gedrag` was.
    case introductionPolice(contact: String, call112First: Bool, behaviourFirst: Bool)
    /// The rules on request, and how to reach the contact: the number printed in the rules,
    /// else a line to fill in.
    case introductionRules(contact: String, phone: String?)
}

/// The sections of the charter, in order.
public enum CharterSection: Int, CaseIterable, Sendable {
    case area = 1, membership, admins, privacy, agreements, contacts, changes
}

/// The columns of the charter's table of streets.
public enum AreaColumn: CaseIterable, Sendable {
    case street, numbers, side
}
