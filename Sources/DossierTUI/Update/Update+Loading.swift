import DossierKit
import DossierState

/// A corpus that grows while it loads: the reader shows each partial corpus as it comes.
extension AppState {
    /// Takes a newer corpus of the same folder (more articles, the same ids). Until the user has
    /// pressed a key or the saved position is back, the reader looks as it would on a fresh start
    /// with this corpus; the saved position is put back once everything it names is there (or the
    /// load has ended, with what is there). After that, the selected article, the open
    /// page, its scroll, the focus, the filters and the history stay as they are. Articles that
    /// arrive are unread unless the reading state says they were read.
    mutating func replaceCorpus(_ new: Corpus, final: Bool) {
        if let read = knownRead {
            let before = Set(corpus.articles.map(\.id))
            unread.reserveCapacity(unread.count + max(0, new.articles.count - before.count))
            unread.formUnion(new.articles.lazy.map(\.id).filter { !before.contains($0) && !read.contains($0) })
        }
        corpus = new
        sourceColumnWidth = TimelineRows.sourceWidth(corpus.articles)
        layouts.clear()
        if !viewIsSettled {
            timeline = corpus.timeline(filter)
            timelineSelection = 0
            timelineScroll = 0
            page = newestArticlePage
            focus = .timeline
            if let p = pendingPosition, final || hasEverything(p) {
                restore(p)
                pendingPosition = nil
                viewIsSettled = true
            }
        } else {
            applyFilter()
            switch page {
            case .article(let a)? where corpus.article(a.id) == nil: page = newestArticlePage
            case .entity(let e)? where corpus.entity(e.id) == nil: page = newestArticlePage
            case nil: page = newestArticlePage
            default: break
            }
        }
        normalize()
    }

    /// The first article of the timeline, open.
    var newestArticlePage: Page? { timeline.first.map { .article(ArticlePage(id: $0)) } }

    /// Everything a saved position names is in the corpus.
    func hasEverything(_ p: ReadingPosition) -> Bool {
        let entities = p.filter.entities.compactMap(EntityID.init(parsing:)) + [p.entity].compactMap { $0 }
        let articles = [p.article, p.timelineArticle].compactMap { $0 }
        return entities.allSatisfy { corpus.entity($0) != nil } && articles.allSatisfy { corpus.article($0) != nil }
    }

    /// A key or click was handled: a saved position not put back yet is dropped.
    mutating func acted() {
        viewIsSettled = true
        pendingPosition = nil
    }
}
