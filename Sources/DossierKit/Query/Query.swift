/// A timeline query as a person writes it, in the spirit of newsboat's filter language:
///
///     country:Iran topic:trade official:"Ishaq Dar" since:2024-01-01 "foreign minister"
///
/// Entities are named, not identified: `Corpus.filter(for:)` finds them. Every set field must
/// hold (AND); several values of one key may each match (OR). Words and quoted phrases without a
/// key are text the article must contain. `is:` names a reading-state view (`is:unread`,
/// `is:starred`) that the reader applies from its marks.
///
/// `Query.parse` reads the syntax and `description` prints it, so `parse(q.description) == q`.
public struct Query: Hashable, Sendable, CustomStringConvertible {
    public var countries: [String] = []
    public var topics: [String] = []
    public var officials: [String] = []
    public var organizations: [String] = []
    public var places: [String] = []
    public var since: SimpleDate?
    public var until: SimpleDate?
    /// Text the article must contain (case- and diacritic-insensitive); never empty.
    public var text: String? { didSet { if text?.isEmpty == true { text = nil } } }
    /// Reading-state views (`is:unread`), in the order written.
    public var views: [String] = []

    public init(countries: [String] = [], topics: [String] = [], officials: [String] = [],
                organizations: [String] = [], places: [String] = [], since: SimpleDate? = nil,
                until: SimpleDate? = nil, text: String? = nil, views: [String] = []) {
        self.countries = countries; self.topics = topics; self.officials = officials
        self.organizations = organizations; self.places = places; self.since = since; self.until = until
        self.text = text?.isEmpty == true ? nil : text; self.views = views
    }

    public var isEmpty: Bool { self == Query() }

    /// The keys of the syntax, each with the entity kind it names (nil for dates, text and views).
    public enum Key: String, CaseIterable, Sendable {
        case country, topic, official, organization, place, since, until, text, `is`

        public var kind: EntityKind? {
            switch self {
            case .country: return .country
            case .topic: return .topic
            case .official: return .person
            case .organization: return .organization
            case .place: return .place
            case .since, .until, .text, .is: return nil
            }
        }

        public init(kind: EntityKind) {
            switch kind {
            case .country: self = .country
            case .topic: self = .topic
            case .person: self = .official
            case .organization: self = .organization
            case .place: self = .place
            }
        }

        /// Other spellings a user may type.
        static let aliases: [String: Key] = ["person": .official, "people": .official, "who": .official, "org": .organization]

        public static func named(_ s: String) -> Key? { Key(rawValue: s.lowercased()) ?? aliases[s.lowercased()] }
    }

    /// The names given for an entity kind.
    public func names(_ kind: EntityKind) -> [String] {
        switch kind {
        case .country: return countries
        case .topic: return topics
        case .person: return officials
        case .organization: return organizations
        case .place: return places
        }
    }

    /// Adds a name under its kind (no duplicates).
    public mutating func add(_ name: String, kind: EntityKind) {
        func put(_ list: inout [String]) { if !list.contains(name) { list.append(name) } }
        switch kind {
        case .country: put(&countries)
        case .topic: put(&topics)
        case .person: put(&officials)
        case .organization: put(&organizations)
        case .place: put(&places)
        }
    }

    /// `other`'s terms added to these; its dates and text replace these when set.
    public mutating func merge(_ other: Query) {
        for kind in Query.printOrder { for n in other.names(kind) { add(n, kind: kind) } }
        if let s = other.since { since = s }
        if let u = other.until { until = u }
        if let t = other.text { text = t }
        for v in other.views where !views.contains(v) { views.append(v) }
    }

    // MARK: Printing

    /// The query in its syntax: entities by kind, then dates, text and views.
    public var description: String {
        var out: [String] = []
        for kind in Query.printOrder { for n in names(kind) { out.append("\(Key(kind: kind).rawValue):\(Query.quoted(n))") } }
        if let s = since { out.append("since:\(s)") }
        if let u = until { out.append("until:\(u)") }
        if let t = text { out.append(Query.quoted(t, always: t.contains(":"))) }
        for v in views { out.append("is:\(Query.quoted(v))") }
        return out.joined(separator: " ")
    }

    static let printOrder: [EntityKind] = [.country, .topic, .person, .organization, .place]

    /// `s` as one token: bare when it can be, else in double quotes with `"` and `\` escaped.
    static func quoted(_ s: String, always: Bool = false) -> String {
        let bare = !always && !s.isEmpty && !s.contains { $0.isWhitespace || $0 == "\"" || $0 == "\\" }
        if bare { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Why a query could not be read: the message names the bad token and the column (from 1)
/// where it starts.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var token: String
    public var column: Int
    public var reason: String
    public init(token: String, column: Int, reason: String) { self.token = token; self.column = column; self.reason = reason }
    public var description: String { "“\(token)” at column \(column): \(reason)" }
}
