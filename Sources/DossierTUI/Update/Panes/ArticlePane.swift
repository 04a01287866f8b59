import DossierKit
import DossierState

/// The open article in the content pane: scrolls; Tab selects a mention and Enter follows it.
enum ArticlePane: PaneHandler {
    static func move(_ s: inout AppState, by n: Int) {
        guard case .article(var p)? = s.page, let a = s.corpus.article(p.id) else { return }
        let l = s.articleLayout(a)
        p.scroll = max(0, min(s.maxArticleScroll(l), p.scroll &+ n))
        // A selected mention scrolled out of sight is let go.
        if let m = p.mention, l.mentionLine[m] < p.scroll || l.mentionLine[m] >= p.scroll + s.contentHeight { p.mention = nil }
        s.page = .article(p)
    }

    static func open(_ s: inout AppState) {
        guard case .article(let p)? = s.page, let a = s.corpus.article(p.id) else { return }
        if let m = p.mention { s.openEntity(a.mentions[m].entity) }
        else { s.message = StatusMessage("Tab selects a name in the article; Enter then follows it") }
    }

    /// A click on a mention selects it; a second click follows it.
    static func click(_ s: inout AppState, row: Int, column: Int) {
        guard case .article(var p)? = s.page, let a = s.corpus.article(p.id) else { return }
        let lay = s.articleLayout(a)
        let line = p.scroll + row
        guard lay.lines.indices.contains(line) else { return }
        var x = 1
        for span in lay.lines[line] {
            let w = DisplayWidth.of(span.text)
            if column >= x && column < x + w {
                if let mi = span.tag.mention {
                    if p.mention == mi { s.openEntity(a.mentions[mi].entity); return }
                    p.mention = mi
                }
                break
            }
            x += w
        }
        s.page = .article(p)
    }

    static func pointedEntity(_ s: AppState) -> EntityID? {
        guard case .article(let p)? = s.page, let m = p.mention, let a = s.corpus.article(p.id) else { return nil }
        return a.mentions[m].entity
    }

    static func pointedArticle(_ s: AppState) -> ArticleID? {
        if case .article(let p)? = s.page { return p.id }
        return nil
    }

    static func starTarget(_ s: AppState) -> StarTarget? { pointedArticle(s).map(StarTarget.article) }
    static func pageSize(_ s: AppState) -> Int { max(1, s.contentHeight - 2) }
}
