import DossierKit
import Foundation

/// Something a reader can star: an article or an entity (an official, a country ...).
public enum StarTarget: Hashable, Sendable, CustomStringConvertible {
    case article(ArticleID)
    case entity(EntityID)

    public var description: String {
        switch self {
        case .article(let a): return "article:\(a.rawValue)"
        case .entity(let e): return e.description
        }
    }
}

extension EntityID {
    /// Parses the "kind:slug" form of `description` ("person:seyed-abbas-araghchi").
    public init?(parsing s: String) {
        guard let colon = s.firstIndex(of: ":"), let kind = EntityKind(rawValue: String(s[..<colon])) else { return nil }
        let slug = String(s[s.index(after: colon)...])
        guard !slug.isEmpty else { return nil }
        self.init(kind: kind, slug: slug)
    }
}

/// A reading-state filter of the timeline: only unread, or only starred articles.
public enum ReadingFilter: String, Codable, Hashable, Sendable, CaseIterable {
    case unread, starred
}

/// The timeline filters as they are saved: entity ids as "kind:slug", dates as YYYY-MM-DD.
public struct SavedFilter: Codable, Hashable, Sendable {
    public var entities: [String] = []
    public var since: String?
    public var until: String?
    public var text: String?
    public var reading: ReadingFilter?

    public init(entities: [String] = [], since: String? = nil, until: String? = nil, text: String? = nil, reading: ReadingFilter? = nil) {
        self.entities = entities; self.since = since; self.until = until; self.text = text; self.reading = reading
    }

    public init(_ f: Filter, reading: ReadingFilter?) {
        entities = f.entityIDs.map(\.description)
        since = f.since?.description
        until = f.until?.description
        text = f.text
        self.reading = reading
    }

    /// The filter, keeping only entities this corpus still knows (`known`); `only` is left for
    /// the caller (it depends on the marks).
    public func filter(known: (EntityID) -> Bool) -> Filter {
        var f = Filter()
        for s in entities { if let id = EntityID(parsing: s), known(id) { f.add(id) } }
        f.since = since.flatMap(SimpleDate.init(iso:))
        f.until = until.flatMap(SimpleDate.init(iso:))
        f.text = text.flatMap { $0.isEmpty ? nil : $0 }
        return f
    }

    public var isEmpty: Bool { self == SavedFilter() }
}

/// Where the reader was: the page, its scroll, the focused pane and the filters.
public struct ReadingPosition: Codable, Hashable, Sendable {
    public enum PageKind: String, Codable, Sendable { case article, entity, starred }
    public var page: PageKind?
    /// The open article (page == .article) or the article selected in the timeline.
    public var article: ArticleID?
    public var entity: EntityID?
    /// First visible line of the article, or first visible row of a list page.
    public var scroll: Int = 0
    /// Selected row of a list page (entity page, starred page).
    public var selection: Int = -1
    /// "timeline", "content" or "sidebar".
    public var focus: String = "timeline"
    /// The article selected in the timeline.
    public var timelineArticle: ArticleID?
    public var filter = SavedFilter()
    /// Named views (`:save NAME` in the reader): name → query, as `Query` prints it.
    public var views: [String: String] = [:]

    public init(page: PageKind? = nil, article: ArticleID? = nil, entity: EntityID? = nil, scroll: Int = 0, selection: Int = -1,
                focus: String = "timeline", timelineArticle: ArticleID? = nil, filter: SavedFilter = SavedFilter()) {
        self.page = page; self.article = article; self.entity = entity; self.scroll = scroll; self.selection = selection
        self.focus = focus; self.timelineArticle = timelineArticle; self.filter = filter
    }

    enum CodingKeys: String, CodingKey { case page, article, entity, scroll, selection, focus, timelineArticle = "timeline_article", filter, views }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decodeIfPresent(PageKind.self, forKey: .page)
        article = try c.decodeIfPresent(String.self, forKey: .article).map(ArticleID.init)
        entity = try c.decodeIfPresent(String.self, forKey: .entity).flatMap(EntityID.init(parsing:))
        scroll = try c.decodeIfPresent(Int.self, forKey: .scroll) ?? 0
        selection = try c.decodeIfPresent(Int.self, forKey: .selection) ?? -1
        focus = try c.decodeIfPresent(String.self, forKey: .focus) ?? "timeline"
        timelineArticle = try c.decodeIfPresent(String.self, forKey: .timelineArticle).map(ArticleID.init)
        filter = try c.decodeIfPresent(SavedFilter.self, forKey: .filter) ?? SavedFilter()
        views = try c.decodeIfPresent([String: String].self, forKey: .views) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(article?.rawValue, forKey: .article)
        try c.encodeIfPresent(entity?.description, forKey: .entity)
        try c.encode(scroll, forKey: .scroll)
        try c.encode(selection, forKey: .selection)
        try c.encode(focus, forKey: .focus)
        try c.encodeIfPresent(timelineArticle?.rawValue, forKey: .timelineArticle)
        try c.encode(filter, forKey: .filter)
        if !views.isEmpty { try c.encode(views, forKey: .views) }
    }
}

/// Everything remembered between runs, as loaded from the store.
public struct ReadingState: Hashable, Sendable {
    public var read: Set<ArticleID> = []
    public var starredArticles: Set<ArticleID> = []
    public var starredEntities: Set<EntityID> = []
    /// The last position in the corpus the state was loaded for.
    public var position: ReadingPosition?

    public init(read: Set<ArticleID> = [], starredArticles: Set<ArticleID> = [], starredEntities: Set<EntityID> = [],
                position: ReadingPosition? = nil) {
        self.read = read; self.starredArticles = starredArticles; self.starredEntities = starredEntities; self.position = position
    }

    public func isStarred(_ t: StarTarget) -> Bool {
        switch t {
        case .article(let a): return starredArticles.contains(a)
        case .entity(let e): return starredEntities.contains(e)
        }
    }
}

/// One change to the reading state, as the reader makes it.
public enum StateChange: Hashable, Sendable {
    case read(ArticleID, Bool)
    case star(StarTarget, Bool)
    /// The position in the corpus named by `corpus` (its folder's path).
    case position(corpus: String, ReadingPosition)
}
