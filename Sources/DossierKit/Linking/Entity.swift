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
///
/// Stored compactly (24 bytes): the range as 32-bit offsets, and the entity's slug, the surface
/// and the rule as numbers in the process's `StringPool`.
public struct Mention: Hashable, Sendable {
    private var start: Int32
    private var end: Int32
    private var slugNumber: UInt32
    private var surfaceNumber: UInt32
    private var ruleNumber: UInt32
    public var kind: EntityKind
    private var entityKind: EntityKind

    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set { start = Int32(clamping: newValue.start); end = Int32(clamping: newValue.end) }
    }
    public var entity: EntityID {
        get { EntityID(kind: entityKind, slug: StringPool.shared.string(slugNumber)) }
        set { entityKind = newValue.kind; slugNumber = StringPool.shared.number(newValue.slug) }
    }
    /// The name as printed, with titles stripped (for people) — "Seyed Abbas Araghchi".
    public var surface: String {
        get { StringPool.shared.string(surfaceNumber) }
        set { surfaceNumber = StringPool.shared.number(newValue) }
    }
    /// The rule (and, for people, the linking sieve) that produced the mention.
    public var rule: String {
        get { StringPool.shared.string(ruleNumber) }
        set { ruleNumber = StringPool.shared.number(newValue) }
    }

    public init(range: TextRange, kind: EntityKind, entity: EntityID, surface: String, rule: String) {
        let pool = StringPool.shared
        self.init(range: range, kind: kind, entityKind: entity.kind, slug: pool.number(entity.slug),
                  surface: pool.number(surface), rule: pool.number(rule))
    }

    /// A mention whose strings are in the pool already.
    init(range: TextRange, kind: EntityKind, entityKind: EntityKind, slug: UInt32, surface: UInt32, rule: UInt32) {
        start = Int32(clamping: range.start); end = Int32(clamping: range.end)
        self.kind = kind; self.entityKind = entityKind
        slugNumber = slug; surfaceNumber = surface; ruleNumber = rule
    }

    /// Tells the entity apart from every other without making its `EntityID`.
    var entityKey: UInt64 { UInt64(slugNumber) << 8 | UInt64(entityKind.number) }

    // As if the strings were stored: equal strings in two spellings are equal.
    public static func == (a: Mention, b: Mention) -> Bool {
        a.start == b.start && a.end == b.end && a.kind == b.kind && a.entityKind == b.entityKind
            && (a.slugNumber == b.slugNumber || a.entity.slug == b.entity.slug)
            && (a.surfaceNumber == b.surfaceNumber || a.surface == b.surface)
            && (a.ruleNumber == b.ruleNumber || a.rule == b.rule)
    }

    public func hash(into h: inout Hasher) {
        h.combine(range); h.combine(kind); h.combine(entity); h.combine(surface); h.combine(rule)
    }
}

extension EntityKind {
    /// The kind's place in `allCases`.
    var number: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .country: return 3
        case .topic: return 4
        }
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
