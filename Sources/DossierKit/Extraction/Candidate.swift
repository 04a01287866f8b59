import Foundation

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
    /// People: the parsed name.
    var person: PersonName?
    /// Another form that names the same entity (an organization's acronym).
    var alias: String?
    /// People: a title came right before the name (strong evidence).
    var anchored: Bool = false
}

/// The article and its people before they are linked with other articles.
struct LocalArticle: Sendable {
    var article: Article
    var people: [LocalPerson]
    /// Organization acronyms defined in this article ("ISPR" → "Inter-Services Public Relations").
    var acronyms: [String: String]
    /// Canonical names of the non-person entities mentioned.
    var names: [EntityID: String]
}

/// One person as found in one article: every form, role and mention.
struct LocalPerson: Sendable {
    var names: [PersonName]
    var surfaces: [String]
    var roles: [String]
    var country: String?
    /// Indices into `article.mentions`.
    var mentions: [Int]
    var rules: [String]
    /// The fullest form.
    var best: PersonName { names.max { ($0.words.count, $0.particles.count) < ($1.words.count, $1.particles.count) }! }
}
