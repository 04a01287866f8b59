import Foundation

/// A timeline filter. Every set field must hold (AND); inside one field, any value may match (OR).
public struct Filter: Hashable, Sendable {
    public var countries: [EntityID] = []
    public var topics: [EntityID] = []
    public var people: [EntityID] = []
    public var organizations: [EntityID] = []
    public var places: [EntityID] = []
    public var since: SimpleDate?
    public var until: SimpleDate?
    /// Case- and diacritic-insensitive text that must occur in the article.
    public var text: String?
    /// Restrict to these articles (reading-state filters such as unread or starred set it).
    public var only: Set<ArticleID>?

    public init(countries: [EntityID] = [], topics: [EntityID] = [], people: [EntityID] = [],
                organizations: [EntityID] = [], places: [EntityID] = [], since: SimpleDate? = nil,
                until: SimpleDate? = nil, text: String? = nil, only: Set<ArticleID>? = nil) {
        self.countries = countries; self.topics = topics; self.people = people
        self.organizations = organizations; self.places = places
        self.since = since; self.until = until; self.text = text; self.only = only
    }

    public var isEmpty: Bool { self == Filter() }

    /// Adds an entity to the field of its kind (no duplicates).
    public mutating func add(_ id: EntityID) {
        func put(_ list: inout [EntityID]) { if !list.contains(id) { list.append(id) } }
        switch id.kind {
        case .country: put(&countries)
        case .topic: put(&topics)
        case .person: put(&people)
        case .organization: put(&organizations)
        case .place: put(&places)
        }
    }

    public var entityIDs: [EntityID] { countries + topics + people + organizations + places }
}
