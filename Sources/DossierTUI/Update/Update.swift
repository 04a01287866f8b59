import DossierKit
import DossierState

extension AppState {
    /// Applies one event. Returns what the backend must do besides redrawing.
    public mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .progress(let stage, let done, let total):
            loading = Self.progressText(stage, done: done, total: total)
            return []
        case .corpusLoaded(let c, let final):
            replaceCorpus(c, final: final)
            if final {
                loading = nil
                if corpus.articles.isEmpty && message == nil {
                    message = StatusMessage("No articles found in \(corpusLabel)", isError: true)
                }
            }
            return []
        case .readingStateLoaded(let r, let restorePosition):
            applyReadingState(r)
            if restorePosition, let p = r.position { pendingPosition = p }
            return []
        case .notice(let m):
            message = m
            return []
        case .corpusUpdating:
            loading = "updating…"
            return []
        case .corpusUpdated(let c, let changes):
            loading = nil
            applyUpdate(c, changes)
            return []
        case .corpusUpdateFailed(let why):
            loading = nil
            message = StatusMessage("The folder could not be read again: \(why)", isError: true)
            return []
        case .resize(let w, let h):
            width = w; height = h
            normalize()
            return []
        case .mouse(let m):
            guard mouseEnabled else { return [] }
            acted()
            message = nil
            let before = page?.articleID, reading = readingArticle
            handleMouse(m)
            normalize()
            return opened(since: before) + markReadOnEntering(from: reading)
        case .key(let key):
            acted()
            let hadMessage = message != nil
            let before = page?.articleID, reading = readingArticle
            message = nil
            var effects: [Effect] = []
            if prompt != nil {
                effects = handlePromptKey(key)
            } else if case .picker? = overlay {
                effects = handlePickerKey(key)
            } else if let action = keymap.action(for: key) {
                effects = perform(action)
            } else if case .char(let c) = key, !c.isWhitespace {
                if !hadMessage { message = StatusMessage("\(key.label) does nothing here · ? lists the keys") }
            }
            normalize()
            return effects + opened(since: before, quitting: effects.contains(.quit)) + markReadOnEntering(from: reading)
        }
    }

    /// The status bar's words for a load's progress.
    static func progressText(_ stage: LoadProgress.Stage, done: Int, total: Int) -> String {
        switch stage {
        case .reading where total > 0: return "reading \(done) of \(total) files…"
        case .saving: return "saving the index…"
        case .linking, .done: return "linking \(total) articles…"
        case .listing, .reading: return "looking for articles…"
        }
    }

    func opened(since before: ArticleID?, quitting: Bool = false) -> [Effect] {
        guard let now = page?.articleID, now != before, !quitting else { return [] }
        return [.opened(now)]
    }

    /// Keeps selections and scroll positions valid after any change.
    mutating func normalize() {
        clampTimeline()
        if !panes.contains(focus) { focus = .content }
        if page == nil && focus != .timeline { focus = .timeline }
        switch page {
        case .article(var p)?:
            guard let a = corpus.article(p.id) else { break }
            let l = articleLayout(a)
            p.scroll = max(0, min(p.scroll, maxArticleScroll(l)))
            if let m = p.mention, m >= a.mentions.count { p.mention = nil }
            if let h = p.match, h >= l.matches.count { p.match = nil }
            p.sidebar = ListNav.normalize(p.sidebar, sidebarItems(a), height: sidebarHeight)
            page = .article(p)
        case .entity?, .starred?:
            var p = page!
            p.list = ListNav.normalize(p.list!, listItems(p), height: contentHeight)
            page = p
        case nil:
            break
        }
        if case .help(let s)? = overlay { overlay = .help(scroll: max(0, min(s, helpMaxScroll))) }
    }

    // MARK: Navigation

    /// Goes to `new`, remembering the current page for Back.
    mutating func go(to new: Page) {
        if let cur = page, cur != new { history.push(cur) }
        page = new
        focus = .content
        syncTimelineSelection()
    }

    /// Selects the open article in the timeline when it is there.
    mutating func syncTimelineSelection() {
        if let id = page?.articleID, let i = timeline.firstIndex(of: id) { timelineSelection = i }
    }

    mutating func goBack() {
        guard let cur = page, let p = history.goBack(from: cur) else {
            message = StatusMessage("Nothing to go back to"); return
        }
        page = p; focus = .content
        syncTimelineSelection()
    }

    mutating func goForward() {
        guard let cur = page, let p = history.goForward(from: cur) else {
            message = StatusMessage("Nothing to go forward to"); return
        }
        page = p; focus = .content
        syncTimelineSelection()
    }

    /// Opens an article, scrolled so `mention` (a range in its text) is visible and selected.
    mutating func openArticle(_ id: ArticleID, at mention: TextRange? = nil) {
        guard let a = corpus.article(id) else { return }
        var p = ArticlePage(id: id)
        if let r = mention, let i = a.mentions.firstIndex(where: { $0.range == r }) {
            p.mention = i
            let l = articleLayout(a)
            if l.mentionLine[i] >= 0 { p.scroll = max(0, l.mentionLine[i] - contentHeight / 3) }
        }
        go(to: .article(p))
    }

    mutating func openEntity(_ id: EntityID) {
        guard corpus.entity(id) != nil else { message = StatusMessage("No entity \(id)", isError: true); return }
        go(to: .entity(EntityPageState(id: id)))
    }

    /// Shows the timeline's selected article without adding to history (moving in the timeline).
    mutating func previewSelection() {
        guard let id = selectedTimelineArticle else { return }
        switch page {
        case .article(let p)? where p.id == id: return
        case .entity?: return
        default: page = .article(ArticlePage(id: id))
        }
    }
}
