import DossierKit

/// The marks a list shows beside its rows: unread dots and stars.
struct ListMarks {
    var unread: Set<ArticleID> = []
    var starredArticles: Set<ArticleID> = []
    var starredEntities: Set<EntityID> = []
    init() {}
    init(_ s: AppState) { unread = s.unread; starredArticles = s.starredArticles; starredEntities = s.starredEntities }
}

/// The starred page: starred entities by kind, then starred articles by date. A row unstarred
/// while the page is open stays, with a hollow star, so `s` can star it again.
enum StarredItems {
    static func build(_ p: StarredPageState, state s: AppState, width: Int) -> [ListItem] {
        let corpus = s.corpus
        let w = max(1, width)
        var items: [ListItem] = []
        let starKey = s.keymap.keys(for: .star).first?.label ?? "s"
        if p.entities.isEmpty && p.articles.isEmpty {
            for l in Wrap.lines("Nothing starred yet. \(starKey) stars the selected article in the timeline, the open article, an entity in the sidebar or an entity's page.", width: w) {
                items.append(.text(l, .empty))
            }
            return items
        }
        if !p.entities.isEmpty {
            items.append(.text("STARRED ENTITIES (\(p.entities.count))", .entityHeading))
            for id in p.entities {
                guard let e = corpus.entity(id) else { continue }
                let on = s.starredEntities.contains(id)
                var detail = EntityPageItems.kindLabel(e.kind)
                if e.kind == .person { let d = SidebarItems.personDetail(e, in: nil); if !d.isEmpty { detail += " · " + d } }
                let n = corpus.articleCount(id)
                let line: [Span<ThemeRole>] = [
                    Span(on ? " ★ " : " ☆ ", .star),
                    Span(Sanitizer.forTerminal(e.name), .sidebarName),
                    Span(" (\(n))", .sidebarCount),
                    Span("  " + detail, .entityDetail),
                ]
                items.append(ListItem([EntityPageItems.truncate(line, to: w)], target: .entity(id)))
            }
        }
        if !p.articles.isEmpty {
            if !items.isEmpty { items.append(.blank) }
            items.append(.text("STARRED ARTICLES (\(p.articles.count))", .entityHeading))
            for id in p.articles {
                guard let a = corpus.article(id) else { continue }
                let on = s.starredArticles.contains(id)
                let line: [Span<ThemeRole>] = [
                    Span(s.unread.contains(id) ? "•" : " ", .timelineDate),
                    Span(on ? "★ " : "☆ ", .star),
                    Span(EntityPageItems.dateText(a.published) + "  ", .timelineDate),
                    Span(Sanitizer.forTerminal(a.title.isEmpty ? a.file : a.title, flowing: true), s.unread.contains(id) ? .timelineUnread : .text),
                ]
                items.append(ListItem([EntityPageItems.truncate(line, to: w)], target: .article(id, mention: nil)))
            }
        }
        if p.articles.isEmpty {
            items.append(.blank)
            items.append(.text("No starred articles: \(starKey) in the timeline or the article pane stars one.", .empty))
        }
        if p.entities.isEmpty {
            items.append(.blank)
            items.append(.text("No starred entities: \(starKey) in the sidebar or on an entity's page stars one.", .empty))
        }
        return items
    }
}
