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
/// Stored compactly (16 bytes): the range as 32-bit offsets; the entity's slug and the surface as
/// numbers in the process's `StringPool` (24 bits each); the kinds and the rule as a number in
/// `MentionClasses` (16 bits, its halves in the top bytes of the other two).
public struct Mention: Hashable, Sendable {
    private var start: Int32
    private var end: Int32
    private var slugAndClass: UInt32
    private var surfaceAndClass: UInt32

    private static let low: UInt32 = 0x00FF_FFFF

    var slugNumber: UInt32 { slugAndClass & Self.low }
    var surfaceNumber: UInt32 { surfaceAndClass & Self.low }
    var classNumber: UInt16 { UInt16(slugAndClass >> 24) << 8 | UInt16(surfaceAndClass >> 24) }
    private var ruleNumber: UInt32 { MentionClasses.shared.rule(classNumber) }
    var entityKind: EntityKind { MentionClasses.shared.entityKind(classNumber) }

    private mutating func set(slug: UInt32? = nil, surface: UInt32? = nil, kind: EntityKind? = nil, entityKind: EntityKind? = nil, rule: UInt32? = nil) {
        let classes = MentionClasses.shared
        let c = classNumber
        let number = kind == nil && entityKind == nil && rule == nil ? c
            : classes.number(kind: kind ?? classes.kind(c), entityKind: entityKind ?? classes.entityKind(c), rule: rule ?? classes.rule(c))
        let s = slug ?? slugNumber, f = surface ?? surfaceNumber
        precondition(s <= Self.low && f <= Self.low, "too many distinct names")
        slugAndClass = s | UInt32(number >> 8) << 24
        surfaceAndClass = f | UInt32(number & 0xFF) << 24
    }

    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set { start = Int32(clamping: newValue.start); end = Int32(clamping: newValue.end) }
    }
    public var kind: EntityKind {
        get { MentionClasses.shared.kind(classNumber) }
        set { set(kind: newValue) }
    }
    public var entity: EntityID {
        get { EntityID(kind: entityKind, slug: StringPool.shared.string(slugNumber)) }
        set { set(slug: StringPool.shared.number(newValue.slug), entityKind: newValue.kind) }
    }
    /// The name as printed, with titles stripped (for people) — "Seyed Abbas Araghchi".
    public var surface: String {
        get { StringPool.shared.string(surfaceNumber) }
        set { set(surface: StringPool.shared.number(newValue)) }
    }
    /// The rule (and, for people, the linking sieve) that produced the mention.
    public var rule: String {
        get { StringPool.shared.string(ruleNumber) }
        set { set(rule: StringPool.shared.number(newValue)) }
    }

    public init(range: TextRange, kind: EntityKind, entity: EntityID, surface: String, rule: String) {
        let pool = StringPool.shared
        self.init(range: range, slug: pool.number(entity.slug), surface: pool.number(surface),
                  class: MentionClasses.shared.number(kind: kind, entityKind: entity.kind, rule: pool.number(rule)))
    }

    /// A mention whose strings are in the pool already, and its kinds and rule in `MentionClasses`.
    init(range: TextRange, slug: UInt32, surface: UInt32, class number: UInt16) {
        start = Int32(clamping: range.start); end = Int32(clamping: range.end)
        precondition(slug <= Self.low && surface <= Self.low, "too many distinct names")
        slugAndClass = slug | UInt32(number >> 8) << 24
        surfaceAndClass = surface | UInt32(number & 0xFF) << 24
    }

    /// Gives the mention another entity's slug and another class, both numbered already (the
    /// linker works each out once for the many mentions that share it).
    mutating func relink(slug: UInt32, class number: UInt16) {
        precondition(slug <= Self.low, "too many distinct names")
        slugAndClass = slug | UInt32(number >> 8) << 24
        surfaceAndClass = surfaceNumber | UInt32(number & 0xFF) << 24
    }

    /// Whether `other` holds the very same numbers: the same strings, byte for byte.
    func isIdentical(to other: Mention) -> Bool {
        start == other.start && end == other.end && slugAndClass == other.slugAndClass && surfaceAndClass == other.surfaceAndClass
    }

    /// Whether `other` has the same range and, byte for byte, the same surface (its entity and
    /// class may differ).
    func hasSamePlace(as other: Mention) -> Bool {
        start == other.start && end == other.end && surfaceNumber == other.surfaceNumber
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
    public var roles: [RoleRecord] {
        get { storedRoles.value }
        set { storedRoles = DeferredList(newValue) }
    }
    /// The roles as kept: in memory, or in the mapped index until first asked for.
    var storedRoles: DeferredList<RoleRecord>
    /// The last of `roles` (the latest by date), without making the others.
    public var latestRole: RoleRecord? { storedRoles.last }
    /// For topics: the words that triggered it, across the corpus.
    public var triggers: [String]
    /// Why the mentions of this entity were put together (linking evidence), for `explain`.
    public var evidence: [String] {
        get { storedEvidence.value }
        set { storedEvidence = DeferredList(newValue) }
    }
    /// The evidence as kept: in memory, or in the mapped index until first asked for.
    var storedEvidence: DeferredList<String>

    public init(id: EntityID, name: String, aliases: [String] = [], country: String? = nil,
                roles: [RoleRecord] = [], triggers: [String] = [], evidence: [String] = []) {
        self.id = id; self.name = name; self.aliases = aliases; self.country = country
        self.storedRoles = DeferredList(roles); self.triggers = triggers; self.storedEvidence = DeferredList(evidence)
    }
}

/// A list an entity keeps (its roles, its evidence): an array, or records of the mapped index
/// decoded when first asked for (a restart reads hundreds of thousands of them, of which a
/// reader shows a few).
struct DeferredList<Element: Hashable & Sendable>: Hashable, Sendable {
    private enum Storage: @unchecked Sendable {
        case owned([Element])
        case mapped(Deferred, last: @Sendable () -> Element?)
    }
    private let storage: Storage

    init(_ list: [Element]) { storage = .owned(list) }
    /// A list that `decode` makes when first asked for (once; then kept); `last` makes its last
    /// element alone.
    init(deferred decode: @escaping @Sendable () -> [Element], last: @escaping @Sendable () -> Element?) {
        storage = .mapped(Deferred(decode), last: last)
    }

    var last: Element? {
        switch storage {
        case .owned(let r): return r.last
        case .mapped(let d, let last): return d.decoded?.last ?? last()
        }
    }

    var value: [Element] {
        switch storage {
        case .owned(let r): return r
        case .mapped(let d, _): return d.value
        }
    }

    static func == (a: DeferredList, b: DeferredList) -> Bool { a.value == b.value }
    func hash(into h: inout Hasher) { h.combine(value) }

    final class Deferred: @unchecked Sendable {
        private let lock = NSLock()
        private var decode: (@Sendable () -> [Element])?
        private var list: [Element] = []
        init(_ decode: @escaping @Sendable () -> [Element]) { self.decode = decode }
        /// The list when made already.
        var decoded: [Element]? { lock.lock(); defer { lock.unlock() }; return decode == nil ? list : nil }
        var value: [Element] {
            lock.lock(); defer { lock.unlock() }
            if let d = decode { list = d(); decode = nil }
            return list
        }
    }
}
