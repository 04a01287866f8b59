import Foundation

public enum EntityKind: String, CaseIterable, Sendable, Codable, Comparable {
    case person, organization, place, country, topic
    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
    /// Plural heading used by listings ("people", "countries").
    public var plural: String {
        switch self {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        case .country: return "countries"
        case .topic: return "topics"
        }
    }
}

/// Identifies an entity across the corpus: `kind` plus a slug ("abbas-araghchi", "iran", "energy").
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let kind: EntityKind
    public let slug: String
    public init(kind: EntityKind, slug: String) { self.kind = kind; self.slug = slug }
    public var description: String { "\(kind.rawValue):\(slug)" }
    public static func < (a: EntityID, b: EntityID) -> Bool { (a.kind, a.slug) < (b.kind, b.slug) }
}

/// One place in an article where an entity is named, with the rule that found it.
public struct Mention: Hashable, Sendable {
    public var range: TextRange
    public var kind: EntityKind
    public var entity: EntityID
    /// The name as printed, with titles stripped (for people) — "Seyed Abbas Araghchi".
    public var surface: String
    /// The rule (and, for people, the linking sieve) that produced the mention.
    public var rule: String
    public init(range: TextRange, kind: EntityKind, entity: EntityID, surface: String, rule: String) {
        self.range = range; self.kind = kind; self.entity = entity; self.surface = surface; self.rule = rule
    }
}

/// A role an article gives a person: "Foreign Minister" in the article of a date.
public struct RoleRecord: Hashable, Sendable, Codable {
    public var title: String
    public var article: ArticleID
    public var file: String
    public var date: SimpleDate?
    public init(title: String, article: ArticleID, file: String, date: SimpleDate?) {
        self.title = title; self.article = article; self.file = file; self.date = date
    }
}

/// A person, organization, place, country or topic, linked across every article.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: EntityID
    public var kind: EntityKind { id.kind }
    /// The fullest form seen ("Seyed Abbas Araghchi").
    public var name: String
    /// Every other form seen, sorted ("Araghchi", "Seyyed Abbas Araghchi").
    public var aliases: [String]
    /// The country a person belongs to, or a place's country, when known.
    public var country: String?
    /// Roles over time, sorted by date (undated last) then title.
    public var roles: [RoleRecord]
    /// For topics: the words that triggered it, across the corpus.
    public var triggers: [String]
    /// Why the mentions of this entity were put together (linking evidence), for `explain`.
    public var evidence: [String]

    public init(id: EntityID, name: String, aliases: [String] = [], country: String? = nil,
                roles: [RoleRecord] = [], triggers: [String] = [], evidence: [String] = []) {
        self.id = id; self.name = name; self.aliases = aliases; self.country = country
        self.roles = roles; self.triggers = triggers; self.evidence = evidence
    }
}
