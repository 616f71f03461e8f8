/// Every piece of UI text, one complete table per language (`.pl`, `.en`).
///
/// Templates read these as `{{t.navCases}}`, so templates carry markup only; Swift code reads the
/// labels and plural forms when it builds the views. The memberwise initializer makes a missing
/// translation a compile error rather than an empty label.
struct Strings: Sendable {
    /// The value of `<html lang>`.
    let lang: String

    // MARK: Layout
    let skipToContent: String
    let navLabel: String
    let navHome: String
    let navCases: String
    let navPlaybooks: String
    let navTags: String
    let breadcrumbLabel: String
    let footerNote: String
    let titleSeparator: String

    // MARK: Home
    let homeIntro: String
    let statCases: String
    let statPlaybooks: String
    let statTags: String
    let statOpen: String
    let outcomesHeading: String
    let latestCasesHeading: String
    let allCases: String
    let allPlaybooks: String
    let allTags: String

    // MARK: Tables
    let colDate: String
    let colCase: String
    let colClientType: String
    let colOutcome: String
    let colTags: String
    let colCount: String
    let colShare: String
    let colNumber: String
    let colStep: String
    let colPlaybook: String
    let colSteps: String
    let colCases: String
    let colStepsUsed: String
    let colTag: String

    // MARK: Cases
    let casesTitle: String
    let casesIntro: String
    let viewsLabel: String
    let viewNewest: String
    let viewByClientType: String
    let viewByTag: String
    let byClientTypeIntro: String
    let byTagIntro: String
    let groupsLabel: String
    let noClientType: String
    let untagged: String
    /// Under a group that lists only its newest cases: "{shown}" and "{total}" are filled in.
    let newestShown: String
    /// The link from such a group to the page that lists all its cases.
    let allOnTagPage: String
    let noCases: String

    // MARK: One case
    let caseEyebrow: String
    let factsHeading: String
    let factDate: String
    let factClientType: String
    let factOutcome: String
    let factCustomer: String
    let factTickets: String
    let factRetained: String
    let yes: String
    let no: String
    let appliedPlaybooksHeading: String
    let otherSteps: String
    let noStepsRecorded: String
    let writeUpHeading: String

    // MARK: Playbooks
    let playbooksTitle: String
    let playbooksIntro: String
    let playbookEyebrow: String
    let stepsHeading: String
    let casesUsingHeading: String
    let noCasesUsing: String
    let noPlaybooks: String
    let playbookTextHeading: String

    // MARK: Tags
    let tagsTitle: String
    let tagsIntro: String
    let tagEyebrow: String
    let noTags: String

    // MARK: Not found
    let notFoundTitle: String
    let notFoundText: String
    let notFoundHome: String

    // MARK: Outcomes and client types
    let outcomeAccepted: String
    let outcomeRejected: String
    let outcomePartial: String
    let outcomeWithdrawn: String
    let outcomeOpen: String
    let outcomeNone: String
    /// Labels for the default `client_types` keys; a label the site set itself is shown as written.
    let clientTypeLabels: [String: String]

    // MARK: Plurals
    let casesCount: PluralForms
    let complaintsCount: PluralForms
    let playbooksCount: PluralForms
    let stepsCount: PluralForms
    let tagsCount: PluralForms

    // MARK: Dashboards
    /// The overview, the dashboard pages and the figures on case and playbook pages.
    let dash: DashboardStrings

    static func forLanguage(_ language: SiteConfig.Language) -> Strings {
        switch language {
        case .pl: .pl
        case .en: .en
        }
    }

    /// The label of a case outcome in this language.
    func label(for outcome: Case.Outcome) -> String {
        switch outcome {
        case .accepted: outcomeAccepted
        case .rejected: outcomeRejected
        case .partial: outcomePartial
        case .withdrawn: outcomeWithdrawn
        case .open: outcomeOpen
        }
    }

    /// The label of a client type: the translated built-in label when the site kept the default,
    /// else the site's own label, else the raw key (an unknown key is reported by the linker).
    func label(forClientType key: String, in config: SiteConfig) -> String {
        guard let type = config.clientType(forKey: key) else { return key }
        let isDefault = ClientType.defaults.contains { $0 == type }
        if isDefault, let translated = clientTypeLabels[key] { return translated }
        return type.label
    }
}
