import DossierKit
import DossierState

/// Read marks, stars, the unread and starred views, and the position saved between runs.
extension AppState {
    // MARK: Loading and saving

    /// Takes the marks and stars a store loaded: every article of the corpus not read is unread.
    mutating func applyReadingState(_ r: ReadingState) {
        unread = Set(corpus.articles.map(\.id)).subtracting(r.read)
        knownRead = r.read
        starredArticles = r.starredArticles
        starredEntities = r.starredEntities
        namedViews = r.position?.views ?? [:]
    }

    /// Where the reader is, to be saved and restored on the next start.
    public var position: ReadingPosition {
        var p = ReadingPosition()
        p.focus = focus.rawValue
        p.timelineArticle = selectedTimelineArticle
        p.filter = SavedFilter(filter, reading: readingFilter)
        p.views = namedViews
        switch page {
        case .article(let a)?: p.page = .article; p.article = a.id; p.scroll = a.scroll; p.selection = a.sidebar.selection
        case .entity(let e)?: p.page = .entity; p.entity = e.id; p.selection = e.list.selection; p.scroll = e.list.scroll
        case .starred(let s)?: p.page = .starred; p.selection = s.list.selection; p.scroll = s.list.scroll
        case nil: break
        }
        return p
    }

    /// Puts the reader back where `p` says: filters, timeline selection, page, scroll and focus.
    /// What the corpus no longer has (a deleted article, an entity gone) is skipped.
    mutating func restore(_ p: ReadingPosition) {
        filter = p.filter.filter { corpus.entity($0) != nil }
        readingFilter = p.filter.reading
        // The view as it was: the article being read in `:unread` stays listed though it is read now.
        filter.only = readingFilter.map { readingSet($0).union([p.article, p.timelineArticle].compactMap { $0 }) }
        applyFilter()
        if let t = p.timelineArticle, let i = timeline.firstIndex(of: t) { timelineSelection = i }
        switch p.page {
        case .article?:
            if let id = p.article, corpus.article(id) != nil {
                var a = ArticlePage(id: id, scroll: p.scroll)
                a.sidebar.selection = p.selection
                page = .article(a)
            }
        case .entity?:
            if let id = p.entity, corpus.entity(id) != nil {
                var e = EntityPageState(id: id)
                e.list.selection = p.selection; e.list.scroll = p.scroll
                page = .entity(e)
            }
        case .starred?:
            var s = newStarredPage()
            s.list.selection = p.selection; s.list.scroll = p.scroll
            page = .starred(s)
        case nil: break
        }
        switch Pane(rawValue: p.focus) {
        case .content?: focus = page == nil ? .timeline : .content
        case .sidebar?: focus = page?.isEntity == false ? .sidebar : .content
        case .timeline?, nil: focus = .timeline
        }
        clampTimeline()
        // Keep the selected row in view, a third of the way down.
        let h = timelineVisibleCount
        if timelineSelection >= h { timelineScroll = max(0, timelineSelection - h / 3) }
        normalize()
    }

    // MARK: Read marks

    /// The article being read: open, with the article pane focused.
    var readingArticle: ArticleID? {
        guard focus == .content, case .article(let p)? = page else { return nil }
        return p.id
    }

    /// Opening an article (Enter, following a link, focusing or scrolling its pane) marks it read;
    /// moving through the timeline only previews it.
    mutating func markReadOnEntering(from before: ArticleID?) -> [Effect] {
        guard let now = readingArticle, now != before, unread.contains(now) else { return [] }
        unread.remove(now)
        return [.setRead(now, true)]
    }


    /// What Enter would follow on a list page.
    var selectedListTarget: ItemTarget? {
        guard let p = page, let pos = p.list else { return nil }
        let items = listItems(p)
        guard items.has(pos.selection) else { return nil }
        return items[pos.selection].target
    }

    /// `m`: the pointed article read or unread; the store is told through the effect.
    mutating func toggleRead() -> [Effect] {
        guard let id = pointedArticle, let a = corpus.article(id) else {
            message = StatusMessage("Select an article first"); return []
        }
        let nowUnread = !unread.contains(id)
        if nowUnread { unread.insert(id) } else { unread.remove(id) }
        message = StatusMessage("\(nowUnread ? "Marked unread" : "Marked read"): \(Sanitizer.forTerminal(a.title, flowing: true)) · \(unread.count) unread")
        return [.setRead(id, !nowUnread)]
    }

    // MARK: Stars

    func isStarred(_ t: StarTarget) -> Bool {
        switch t {
        case .article(let a): return starredArticles.contains(a)
        case .entity(let e): return starredEntities.contains(e)
        }
    }

    func starLabel(_ t: StarTarget) -> String {
        switch t {
        case .article(let a): return corpus.article(a).map { Sanitizer.forTerminal($0.title, flowing: true) } ?? a.rawValue
        case .entity(let e): return filterLabel(e)
        }
    }

    mutating func toggleStar() -> [Effect] {
        guard let t = starTarget else { message = StatusMessage("Select an article or an entity to star"); return [] }
        let on = !isStarred(t)
        switch t {
        case .article(let a): if on { starredArticles.insert(a) } else { starredArticles.remove(a) }
        case .entity(let e): if on { starredEntities.insert(e) } else { starredEntities.remove(e) }
        }
        message = StatusMessage("\(on ? "★ Starred" : "Unstarred") \(starLabel(t))")
        return [.setStar(t, on)]
    }

    // MARK: The unread and starred views

    func readingSet(_ f: ReadingFilter) -> Set<ArticleID> {
        switch f {
        case .unread: return unread
        case .starred: return starredArticles
        }
    }

    /// `:unread` / `u`: only the articles unread now (they stay listed when read, until the view
    /// is asked for again); a second time shows every article again.
    mutating func toggleUnreadView() {
        if readingFilter == .unread {
            setReadingFilter(nil)
            message = StatusMessage("All articles: \(timeline.count) of \(corpus.articles.count)")
            return
        }
        setReadingFilter(.unread)
        message = unread.isEmpty ? StatusMessage("No unread articles · :unread again shows all")
            : StatusMessage("Unread: \(timeline.count) of \(corpus.articles.count) articles · :unread again shows all")
    }

    /// `:starred` / `S`: the timeline narrowed to starred articles and the starred page (entities
    /// and articles) opened; a second time, from the starred page, shows every article again.
    mutating func showStarred() {
        if readingFilter == .starred, page?.isStarred == true {
            setReadingFilter(nil)
            goBack()
            message = StatusMessage("All articles: \(timeline.count) of \(corpus.articles.count)")
            return
        }
        setReadingFilter(.starred)
        go(to: .starred(newStarredPage()))
        let n = starredArticles.count + starredEntities.count
        message = StatusMessage(n == 0 ? "Nothing starred yet · s stars the selected article or entity"
            : "\(starredEntities.count) starred entit\(starredEntities.count == 1 ? "y" : "ies"), \(starredArticles.count) starred article\(starredArticles.count == 1 ? "" : "s")")
    }

    mutating func setReadingFilter(_ f: ReadingFilter?) {
        readingFilter = f
        filter.only = f.map(readingSet)
        applyFilter()
    }

    func newStarredPage() -> StarredPageState {
        let entities = starredEntities.compactMap(corpus.entity).sorted {
            ($0.kind, $0.name.lowercased()) < ($1.kind, $1.name.lowercased())
        }.map(\.id)
        let articles = corpus.timeline(Filter(only: starredArticles))
        return StarredPageState(entities: entities, articles: articles)
    }
}
