import DossierKit

/// What the main area shows; one entry of the back/forward history.
public enum Page: Hashable, Sendable {
    case article(ArticlePage)
    case entity(EntityPageState)
    /// Starred entities and articles (`:starred`, `S`).
    case starred(StarredPageState)

    public var articleID: ArticleID? { if case .article(let a) = self { return a.id }; return nil }
    public var entityID: EntityID? { if case .entity(let e) = self { return e.id }; return nil }
    /// A page drawn as a list across the content and sidebar columns (an entity or the starred page).
    public var isEntity: Bool { if case .article = self { return false }; return true }
    public var isStarred: Bool { if case .starred = self { return true }; return false }

    /// The selection of a list page.
    public var list: ListPosition? {
        get {
            switch self {
            case .article: return nil
            case .entity(let e): return e.list
            case .starred(let s): return s.list
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .article: break
            case .entity(var e): e.list = newValue; self = .entity(e)
            case .starred(var s): s.list = newValue; self = .starred(s)
            }
        }
    }
}

/// The starred page: what was starred when it opened (so unstarring a row keeps it in place,
/// shown hollow, until the page is opened again).
public struct StarredPageState: Hashable, Sendable {
    public var entities: [EntityID]
    public var articles: [ArticleID]
    public var list = ListPosition()
    public init(entities: [EntityID], articles: [ArticleID]) { self.entities = entities; self.articles = articles }
}

/// An open article: where it is scrolled to, which mention and match are selected, and the
/// sidebar's selection next to it.
public struct ArticlePage: Hashable, Sendable {
    public var id: ArticleID
    /// First visible line of the wrapped article.
    public var scroll: Int = 0
    /// Index into `Article.mentions` of the selected mention.
    public var mention: Int?
    /// Index of the current search match.
    public var match: Int?
    public var sidebar = ListPosition()
    public init(id: ArticleID, scroll: Int = 0, mention: Int? = nil) { self.id = id; self.scroll = scroll; self.mention = mention }
}

/// An entity's page and where its list is.
public struct EntityPageState: Hashable, Sendable {
    public var id: EntityID
    public var list = ListPosition()
    public init(id: EntityID) { self.id = id }
}

/// Selection and scroll of a list of items of varying height.
public struct ListPosition: Hashable, Sendable {
    /// Index of the selected item (always a selectable one when any exists).
    public var selection: Int = -1
    /// First visible row.
    public var scroll: Int = 0
    public init() {}
}

/// The history of pages, like a browser's.
public struct History: Hashable, Sendable {
    public private(set) var back: [Page] = []
    public private(set) var forward: [Page] = []
    public init() {}

    /// Leaves `current` for a new page: it goes on the back stack, forward is forgotten.
    public mutating func push(_ current: Page) {
        back.append(current)
        if back.count > 200 { back.removeFirst() }
        forward.removeAll()
    }

    public mutating func goBack(from current: Page) -> Page? {
        guard let p = back.popLast() else { return nil }
        forward.append(current)
        return p
    }

    public mutating func goForward(from current: Page) -> Page? {
        guard let p = forward.popLast() else { return nil }
        back.append(current)
        return p
    }
}

extension History {
    /// Keeps the pages `transform` gives back, in order, and drops those it gives nil for (an
    /// article or entity the corpus no longer has).
    mutating func compactMap(_ transform: (Page) -> Page?) {
        back = back.compactMap(transform)
        forward = forward.compactMap(transform)
    }
}
