import DossierKit
import DossierState
import Foundation

/// A one-line message in the bottom line; cleared by the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// An overlay drawn over the panes.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case picker(PickerState)
}

/// What the backend should do after an event.
public enum Effect: Hashable, Sendable {
    case quit
    /// Clear the terminal and send every cell again (Ctrl-L).
    case redrawAll
    /// An article became the open page.
    case opened(ArticleID)
    /// An article was marked read (true) or unread (false): the store saves it.
    case setRead(ArticleID, Bool)
    /// An article or entity was starred (true) or unstarred (false).
    case setStar(StarTarget, Bool)
}

/// The whole state of the reader. `handle(_:)` is the only way it changes; views read it.
/// Fields can be set only inside DossierTUI (and its tests); everything else sends events.
public struct AppState: Sendable {
    public internal(set) var corpus: Corpus
    public internal(set) var corpusLabel: String
    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var filter = Filter()
    /// The timeline as filtered, in timeline order.
    public internal(set) var timeline: [ArticleID] = []
    public internal(set) var timelineSelection = 0
    /// The first article shown in the timeline (an index into `timeline`).
    public internal(set) var timelineScroll = 0
    /// The widest source in the corpus (capped): the timeline's source column follows it.
    var sourceColumnWidth = 0

    public internal(set) var focus: Pane = .timeline
    public internal(set) var page: Page?
    public internal(set) var history = History()

    public internal(set) var overlay: Overlay?
    public internal(set) var prompt: PromptState?
    public internal(set) var message: StatusMessage?
    public internal(set) var commandHistory: [String] = []
    public internal(set) var searchHistory: [String] = []

    public internal(set) var keymap: Keymap
    public internal(set) var themes: ThemeCatalog
    public private(set) var theme: Theme
    public private(set) var resolvedTheme: ResolvedTheme
    public internal(set) var mouseEnabled: Bool
    /// True on a terminal without colours (or with NO_COLOR): styles become attributes only.
    public internal(set) var monochrome = false { didSet { resolvedTheme = monochrome ? theme.resolved().monochrome() : theme.resolved() } }
    /// Articles not read yet, drawn in bold with a dot (filled in by a reading-state store).
    public internal(set) var unread: Set<ArticleID> = [] { didSet { marksGeneration &+= 1 } }
    public internal(set) var starredArticles: Set<ArticleID> = [] { didSet { marksGeneration &+= 1 } }
    public internal(set) var starredEntities: Set<EntityID> = [] { didSet { marksGeneration &+= 1 } }
    /// The reading-state filter in force (`:unread`, `:starred`); `filter.only` holds its articles.
    public internal(set) var readingFilter: ReadingFilter?
    /// Named views (`:save NAME`): a name and the query it recalls, saved with the position.
    public internal(set) var namedViews: [String: String] = [:]
    /// Changes whenever a mark or star does, so cached lists are rebuilt.
    var marksGeneration = 0


    /// How far the corpus has loaded ("reading 1,200 of 50,000 files"), while it is loading.
    public internal(set) var loading: String?
    /// The articles the reading-state store had as read (nil: no store), so articles that arrive
    /// later in a load are marked unread or not.
    var knownRead: Set<ArticleID>?
    /// The saved position, put back as soon as what it names has loaded, unless the user acts first.
    public internal(set) var pendingPosition: ReadingPosition?
    /// True once a key or a click was handled or the saved position was put back: from then on a
    /// newer corpus keeps the view as it is.
    public internal(set) var viewIsSettled = false
    /// What live updates changed since the last key, with the message that says so.
    var liveTally = LiveTally()

    let layouts = ArticleLayoutCache()

    public init(corpus: Corpus, label: String, width: Int, height: Int, themes: ThemeCatalog = ThemeCatalog(themes: []),
                themeName: String? = nil, keymap: Keymap = .defaults, mouse: Bool = true, monochrome: Bool = false) {
        self.corpus = corpus
        self.sourceColumnWidth = TimelineRows.sourceWidth(corpus.articles)
        self.corpusLabel = label
        self.width = width; self.height = height
        self.themes = themes
        self.keymap = keymap
        self.mouseEnabled = mouse
        let wanted = themeName ?? ThemeCatalog.defaultName
        let t = themes.theme(named: wanted) ?? themes.theme(named: ThemeCatalog.defaultName) ?? ThemeCatalog.builtin
        self.theme = t
        self.monochrome = monochrome
        self.resolvedTheme = monochrome ? t.resolved().monochrome() : t.resolved()
        if let first = themes.problems.first {
            message = StatusMessage("theme \(first); using \(t.name)", isError: true)
        } else if let name = themeName, themes.theme(named: name) == nil {
            message = StatusMessage("no theme named \"\(name)\" (have: \(themes.names.joined(separator: ", "))); using \(t.name)", isError: true)
        }
        timeline = corpus.timeline(filter)
        if let first = timeline.first { page = .article(ArticlePage(id: first)) }
    }

    // MARK: Derived

    public var layout: ScreenLayout {
        ScreenLayout(width: width, height: height, focus: focus, wideContent: page?.isEntity ?? false)
    }

    public var currentArticle: Article? { page?.articleID.flatMap(corpus.article) }

    public var selectedTimelineArticle: ArticleID? {
        timeline.indices.contains(timelineSelection) ? timeline[timelineSelection] : nil
    }

    /// Panes the user can move between, left to right.
    public var panes: [Pane] { page?.isEntity == true ? [.timeline, .content] : [.timeline, .content, .sidebar] }

    mutating func setTheme(_ t: Theme) {
        theme = t
        resolvedTheme = monochrome ? t.resolved().monochrome() : t.resolved()
    }

    /// Recomputes the timeline after the filter changed, keeping the selected article when it
    /// is still there.
    mutating func applyFilter() {
        let selected = selectedTimelineArticle
        timeline = corpus.timeline(filter)
        if let s = selected, let i = timeline.firstIndex(of: s) { timelineSelection = i } else { timelineSelection = 0 }
        timelineScroll = 0
        clampTimeline()
        // The open article no longer in the timeline: show the first that is.
        if case .article(let a)? = page, !timeline.contains(a.id), let first = timeline.first {
            page = .article(ArticlePage(id: first))
        }
    }

    mutating func clampTimeline() {
        timelineSelection = max(0, min(timelineSelection, timeline.count - 1))
        let h = timelineVisibleCount
        if timelineSelection < timelineScroll { timelineScroll = timelineSelection }
        if timelineSelection >= timelineScroll + h { timelineScroll = timelineSelection - h + 1 }
        timelineScroll = max(0, min(timelineScroll, max(0, timeline.count - h)))
    }
}
