import DossierKit

/// Live updates: files added, changed or removed while the reader runs. What the user looks at
/// stays put: the selected article (or, if it went, its neighbour) on the same row of the
/// timeline, the open page and its scroll, the filters and the history. The bottom line says
/// what changed until the next key.
extension AppState {
    mutating func applyUpdate(_ new: Corpus, _ changes: CorpusChanges) {
        let oldTimeline = timeline
        let oldSelection = timelineSelection
        let row = timelineSelection - timelineScroll
        /// The article's id in the new corpus (a rewritten file's article has a new one), or nil
        /// when it is gone.
        func now(_ id: ArticleID) -> ArticleID? {
            let id = changes.replaced[id] ?? id
            return new.article(id) != nil ? id : nil
        }

        // Arrivals are unread unless the store says they were read; articles gone are not counted.
        if let read = knownRead {
            unread.formUnion(changes.added.union(changes.replaced.values).filter { !read.contains($0) })
        }
        if !changes.removed.isEmpty || !changes.replaced.isEmpty {
            unread.subtract(changes.removed.union(changes.replaced.keys))
        }
        corpus = new
        sourceColumnWidth = TimelineRows.sourceWidth(corpus.articles)
        layouts.clear()

        // The unread or starred view follows rewritten articles, and the unread view takes arrivals.
        if var only = filter.only {
            for (was, isNow) in changes.replaced where only.remove(was) != nil { only.insert(isNow) }
            if readingFilter == .unread { only.formUnion(changes.added.filter(unread.contains)) }
            filter.only = only
        }
        timeline = corpus.timeline(filter)

        // The selected article stays selected, on the same row; if it went, the next one the
        // timeline had after it (else the one before) that is still there.
        var selection = 0
        if oldTimeline.indices.contains(oldSelection) {
            var position: [ArticleID: Int] = [:]
            position.reserveCapacity(timeline.count)
            for (i, id) in timeline.enumerated() { position[id] = i }
            let candidates = Array(oldTimeline[oldSelection...]) + oldTimeline[..<oldSelection].reversed()
            if let i = candidates.lazy.compactMap({ now($0).flatMap { position[$0] } }).first { selection = i }
        }
        timelineSelection = selection
        timelineScroll = max(0, selection - row)
        clampTimeline()

        func keep(_ p: Page) -> Page? {
            switch p {
            case .article(var a):
                guard let id = now(a.id) else { return nil }
                if id != a.id || changes.changed.contains(id) { a.id = id; a.mention = nil; a.match = nil }
                return .article(a)
            case .entity(let e):
                return corpus.entity(e.id) == nil ? nil : p
            case .starred:
                return p
            }
        }
        page = page.flatMap(keep) ?? selectedTimelineArticle.map { .article(ArticlePage(id: $0)) }
        history.compactMap(keep)

        // Counted since the last key: a message still showing what earlier updates changed grows.
        // (An article added and removed again before a key leaves nothing to say.)
        if message == nil || message != liveTally.message { liveTally = LiveTally() }
        liveTally.add(changes)
        // A file caught half written and read whole since is no longer a problem.
        if !liveTally.problems.isEmpty {
            let now = Set(corpus.problems)
            liveTally.problems.removeAll { !now.contains($0) }
        }
        if let m = liveTally.statusMessage {
            message = m
            liveTally.message = m
        } else if message != nil, message == liveTally.message {
            message = nil
            liveTally.message = nil
        }
        normalize()
    }
}

/// What live updates changed since the user last pressed a key: articles new, changed and
/// removed (an article added and removed again is neither), and files that could not be read.
struct LiveTally: Sendable {
    var added: Set<ArticleID> = []
    var changed: Set<ArticleID> = []
    var removed: Set<ArticleID> = []
    var problems: [LoadProblem] = []
    /// The message last shown for them.
    var message: StatusMessage?

    mutating func add(_ c: CorpusChanges) {
        for (was, isNow) in c.replaced {
            if added.remove(was) != nil { added.insert(isNow) } else { changed.remove(was); changed.insert(isNow) }
        }
        let rewritten = Set(c.replaced.values)
        for id in c.changed where !rewritten.contains(id) && !added.contains(id) { changed.insert(id) }
        for id in c.added where removed.remove(id) == nil { added.insert(id) }
        for id in c.removed where added.remove(id) == nil {
            changed.remove(id)
            removed.insert(id)
        }
        problems += c.problems
    }

    /// "3 new articles", "1 article changed", "2 articles removed", or together: "3 new
    /// articles, 1 changed, 2 removed"; then any file that could not be read.
    var text: String? {
        func articles(_ n: Int) -> String { n == 1 ? "article" : "articles" }
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(added.count) new \(articles(added.count))") }
        if !changed.isEmpty { parts.append(parts.isEmpty ? "\(changed.count) \(articles(changed.count)) changed" : "\(changed.count) changed") }
        if !removed.isEmpty { parts.append(parts.isEmpty ? "\(removed.count) \(articles(removed.count)) removed" : "\(removed.count) removed") }
        var text = parts.joined(separator: ", ")
        if let p = problems.first {
            let unread = problems.count == 1 ? "\(p.file) not read: \(p.message)" : "\(problems.count) files not read (dossier check lists them)"
            text += text.isEmpty ? unread : " · " + unread
        }
        return text.isEmpty ? nil : text
    }

    var statusMessage: StatusMessage? {
        text.map { StatusMessage($0, isError: added.isEmpty && changed.isEmpty && removed.isEmpty) }
    }
}
