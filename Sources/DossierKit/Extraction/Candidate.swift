import Foundation

/// Why a person is given a country, from the strongest kind of evidence to the weakest.
struct CountryEvidence: Sendable, Equatable {
    enum Strength: Int, Sendable, Comparable {
        /// The dateline city's country, for an official whose title names no country: reports mark
        /// foreign officials ("Iranian Foreign Minister X") and leave their own unmarked.
        case dateline = 1
        /// The country a domestic report is about, for anyone nothing else places.
        case article = 2
        /// An office only one country has ("Chancellor of the Exchequer").
        case office = 3
        /// A national institution named with the person ("Lok Sabha Speaker").
        case institution = 4
        /// Said in the name's own phrase: "Iranian Foreign Minister", "X, Qatar's prime minister",
        /// "the foreign minister of Egypt".
        case stated = 5
        static func < (a: Strength, b: Strength) -> Bool { a.rank < b.rank }
        /// How much it weighs against other evidence: the two guesses from the report as a whole
        /// (dateline, domestic report) weigh the same, and are outvoted by their number.
        var rank: Int { self == .dateline ? 1 : rawValue - 1 }
        var label: String {
            switch self {
            case .dateline: return "unmarked official, dateline"
            case .article: return "domestic report"
            case .office: return "office"
            case .institution: return "institution"
            case .stated: return "stated"
            }
        }
    }
    var country: String
    var strength: Strength
    /// The words that gave it ("Iranian", "of Egypt", "Lok Sabha", "dateline Seoul").
    var cue: String

    /// The stronger of two; the first when they are as strong.
    static func stronger(_ a: CountryEvidence?, _ b: CountryEvidence?) -> CountryEvidence? {
        guard let a else { return b }
        guard let b else { return a }
        return b.strength > a.strength ? b : a
    }
}

/// A possible mention before overlaps are resolved.
struct Candidate {
    var block: Int
    /// Token indices inside the block, end exclusive.
    var start: Int
    var end: Int
    var range: TextRange
    var kind: EntityKind
    /// Canonical name (gazetteer name, expanded organization, topic) or the printed person name.
    var name: String
    var priority: Int
    var rule: String
    /// People: the country the text gives them. Places and organizations: their country.
    var country: String?
    /// People: the titles the article gives them here.
    var roles: [String] = []
    /// People: an office the text implies without naming it for them ("his counterpart"), used
    /// when the article gives them no title of their own.
    var impliedRoles: [String] = []
    /// People: the parsed name.
    var person: PersonName?
    /// Another form that names the same entity (an organization's acronym).
    var alias: String?
    /// People: a title came right before the name (strong evidence).
    var anchored: Bool = false
    /// People: the country the name's own phrase gives them.
    var evidence: CountryEvidence?
    /// People: the country a predicate gives them ("was sworn in as president of Panama"): a
    /// report says so of its own protagonist, so it marks no foreign official.
    var predicateEvidence: CountryEvidence?
    /// People: given an office of "the country" ("X, the country's president", "elected X as the
    /// country's prime minister"): of whichever country the report is about.
    var ownCountryOffice = false
    /// People: called a visitor ("his visiting counterpart X"): not of the host's country.
    var visitor = false
}

/// The article and its people before they are linked with other articles.
struct LocalArticle: Sendable {
    var article: Article
    var people: [LocalPerson]
    /// Organization acronyms defined in this article ("ISPR" → "Inter-Services Public Relations").
    var acronyms: [String: String]
    /// Canonical names of the non-person entities mentioned.
    var names: [EntityID: String]
    /// For a feed or store item, a hash of the item as its source gave it (`FeedSource.Item.fingerprint`):
    /// the article is taken from the index again while the item is the same. 0 otherwise.
    var itemKey: UInt64 = 0
}

/// One person as found in one article: every form, role and mention.
struct LocalPerson: Sendable {
    var names: [PersonName]
    var surfaces: [String]
    var roles: [String]
    var country: String?
    /// How the country was found (nil when `country` is nil).
    var countryStrength: CountryEvidence.Strength?
    var countryCue: String = ""
    /// Indices into `article.mentions`.
    var mentions: [Int]
    var rules: [String]
    /// The person of this article whose side the text puts this one on ("in Lula's delegation",
    /// "his adviser X"), when nothing places this one: after linking, it takes that person's country.
    var sideOf: Int? = nil
    /// The fullest form.
    var best: PersonName { names.max { ($0.words.count, $0.particles.count) < ($1.words.count, $1.particles.count) }! }
}
