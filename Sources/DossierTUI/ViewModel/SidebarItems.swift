import DossierKit

/// The entity sidebar of an article: officials with role and country, then countries,
/// organizations, places and topics; "+N" says how many other articles mention each.
enum SidebarItems {
    static let order: [EntityKind] = [.person, .country, .organization, .place, .topic]

    static func heading(_ kind: EntityKind) -> String {
        kind == .person ? "OFFICIALS" : kind.plural.uppercased()
    }

    static func build(corpus: Corpus, article: Article, width: Int, starred: Set<EntityID> = []) -> [ListItem] {
        let ids = corpus.entities(in: article.id)
        var items: [ListItem] = []
        for kind in order {
            let group = ids.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            if !items.isEmpty { items.append(.blank) }
            items.append(.text(heading(kind), .sidebarHeading))
            for id in group {
                guard let e = corpus.entity(id) else { continue }
                let others = corpus.articleCount(id) - 1
                let count = others > 0 ? " +\(others)" : ""
                let star = starred.contains(id) ? "★ " : ""
                let nameWidth = max(1, width - DisplayWidth.of(count) - DisplayWidth.of(star))
                let name = DisplayWidth.pad(Sanitizer.forTerminal(e.name), to: nameWidth)
                var lines: [[Span<ThemeRole>]] = [[Span(star, .star), Span(name, .sidebarName), Span(count, .sidebarCount)]]
                if kind == .person {
                    let detail = personDetail(e, in: article.id)
                    if !detail.isEmpty { lines.append([Span(DisplayWidth.truncate("  " + detail, to: width), .sidebarDetail)]) }
                }
                items.append(ListItem(lines, target: .entity(id)))
            }
        }
        if items.isEmpty { items.append(.text("No names found in this article.", .empty)) }
        return items
    }

    /// "Deputy Foreign Minister · Iran": the role this article gives, else the latest known.
    static func personDetail(_ e: Entity, in article: ArticleID?) -> String {
        // Without an article, the latest role alone (a page lists thousands of people).
        let role = article.flatMap { a in e.roles.first { $0.article == a } }?.title ?? e.latestRole?.title
        return [role, e.country].compactMap { $0 }.map { Sanitizer.forTerminal($0) }.joined(separator: " · ")
    }
}
