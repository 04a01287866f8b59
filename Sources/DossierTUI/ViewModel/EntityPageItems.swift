import DossierKit

/// The lines of an entity's page: who or what it is, roles over time (people), every article
/// that mentions it with a snippet, and the officials named alongside.
enum EntityPageItems {
    static func kindLabel(_ k: EntityKind) -> String {
        switch k {
        case .person: return "Official"
        case .organization: return "Organization"
        case .place: return "Place"
        case .country: return "Country"
        case .topic: return "Topic"
        }
    }

    static func dateText(_ d: SimpleDate?) -> String { d?.description ?? "undated   " }

    /// The page's items, in parts that are made when something reaches them: the roles' and
    /// the articles' rows are made when first drawn or read, and the people named alongside
    /// (counted over every article on the page) only when the list is read past the articles. A
    /// common entity is named in tens of thousands of articles, beside thousands of people, and
    /// a screen shows a few.
    static func build(corpus: Corpus, id: EntityID, width: Int, filterKey: String, marks: ListMarks = ListMarks()) -> ItemList {
        guard let e = corpus.entity(id) else { return ItemList([.text("Nothing is known about \(id).", .empty)]) }
        // Article ids made when a row is, not 50,000 up front.
        let mentioning = corpus.articleList(mentioning: id)
        let w = max(1, width)
        var parts: [ItemList.Part] = []
        var items: [ListItem] = []
        func wrapped(_ s: String, _ role: ThemeRole) {
            for l in Wrap.lines(Sanitizer.forTerminal(s), width: w) { items.append(.text(l, role)) }
        }
        var about = [kindLabel(e.kind)]
        if let c = e.country { about.append(c) }
        if e.kind == .topic, !e.triggers.isEmpty { about.append("words: " + e.triggers.prefix(8).joined(separator: ", ")) }
        wrapped(about.joined(separator: " · "), .entityDetail)
        if !e.aliases.isEmpty { wrapped("also written: " + e.aliases.joined(separator: ", "), .entityDetail) }
        if e.kind != .person {
            wrapped("\(filterKey) filters the timeline by \(e.name)", .hint)
        }

        if e.kind == .person {
            items.append(.blank)
            items.append(.text("ROLES OVER TIME", .entityHeading))
            if e.roles.isEmpty { items.append(.text("  no role given in any article", .empty)) }
            let spans = roleSpans(distinctRoles(e.roles))
            parts.append(.items(items))
            items = []
            parts.append(.rows(count: spans.count, height: 1, LaterRows { i in roleRow(corpus: corpus, id: id, span: spans[i], width: w) }))
        }

        items.append(.blank)
        items.append(.text("MENTIONED IN (\(mentioning.count))", .entityHeading))
        parts.append(.items(items))
        // Two lines: every article listed names the entity, so there is always a snippet.
        parts.append(.rows(count: mentioning.count, height: 2, LaterRows { i in
            articleRow(corpus: corpus, id: id, article: mentioning[i], width: w, marks: marks)
        }))

        let heading = e.kind == .person ? "MET OR MENTIONED WITH" : "OFFICIALS IN THESE ARTICLES"
        let starred = marks.starredEntities
        let people: ItemList.Later = {
            // Counted when the list is read past the articles (its length, for a percentage of
            // it); put in order when a row of them is made.
            let found = corpus.peopleNamed(alongside: id).filter { $0.entity != id && corpus.entities.index(forKey: $0.entity) != nil }
            guard !found.isEmpty else { return [] }
            let ordered = MadeOnce { corpus.inOrderOfCount(found) }
            return [
                .items([.blank, .text(heading, .entityHeading)]),
                .rows(count: found.count, height: 1, LaterRows { i in
                    let p = ordered.value[i]
                    return personRow(corpus: corpus, person: p.entity, count: p.count, width: w, starred: starred.contains(p.entity))
                }),
            ]
        }
        return ItemList(parts, later: [people])
    }

    /// The row of one span of a person's roles: its dates, the title, and the article (or how
    /// many), leading to the first article's first mention of the person.
    static func roleRow(corpus: Corpus, id: EntityID, span: RoleSpan, width w: Int) -> LaterRows.Row {
        let r = span.first
        let roleWidth = min(44, max(12, (w - 14) / 2))
        let dates = span.count > 1 && span.last.date != r.date
            ? dateText(r.date) + " → " + dateText(span.last.date) : dateText(r.date)
        let about = span.count > 1 ? "\(span.count) articles" : (corpus.article(r.article)?.title ?? r.file)
        let dateCol = max(12, DisplayWidth.of(dates) + 2)
        let line: [Span<ThemeRole>] = [
            Span("  " + DisplayWidth.pad(dates, to: dateCol), .timelineDate),
            Span(DisplayWidth.pad(Sanitizer.forTerminal(r.title), to: roleWidth) + "  ", .entityName),
            Span(DisplayWidth.truncate(Sanitizer.forTerminal(about), to: max(0, w - 2 - dateCol - roleWidth - 2)), .text),
        ]
        return ([truncate(line, to: w)], .article(r.article, mention: corpus.mentions(of: id, in: r.article).first?.mention.range))
    }

    /// The row of one person named alongside: name, how many articles they share, latest role.
    static func personRow(corpus: Corpus, person pid: EntityID, count n: Int, width w: Int, starred: Bool) -> LaterRows.Row {
        guard let p = corpus.entity(pid) else { return ([[]], .entity(pid)) }
        let detail = SidebarItems.personDetail(p, in: nil)
        let line: [Span<ThemeRole>] = [
            Span(starred ? " ★" : "  ", .star),
            Span(Sanitizer.forTerminal(p.name), .sidebarName),
            Span(" (\(n))", .sidebarCount),
            Span(detail.isEmpty ? "" : "  " + detail, .entityDetail),
        ]
        return ([truncate(line, to: w)], .entity(pid))
    }

    /// The row of one article on `id`'s page: date, title, how many times, and a snippet of the
    /// first mention in the body (else the first mention).
    static func articleRow(corpus: Corpus, id: EntityID, article aid: ArticleID, width w: Int,
                           marks: ListMarks) -> (lines: [[Span<ThemeRole>]], target: ItemTarget) {
        guard let a = corpus.article(aid) else { return ([[], []], .article(aid, mention: nil)) }
        let refs = corpus.mentions(of: id, in: aid)
        let times = refs.count > 1 ? "  \(refs.count)×" : ""
        let head: [Span<ThemeRole>] = [
            Span(marks.unread.contains(aid) ? "•" : " ", .timelineDate),
            Span(marks.starredArticles.contains(aid) ? "★" : " ", .star),
            Span(dateText(a.published) + "  ", .timelineDate),
            Span(DisplayWidth.truncate(Sanitizer.forTerminal(a.title), to: max(0, w - 14 - DisplayWidth.of(times))), .text),
            Span(times, .sidebarCount),
        ]
        var lines = [head]
        let inBody = refs.first { ref in a.blocks.contains { $0.kind == .paragraph && $0.range.contains(ref.mention.range) } }
        let shown = inBody ?? refs.first
        if let first = shown {
            let snippet = "“" + Sanitizer.forTerminal(first.snippet, flowing: true) + "”"
            lines.append([Span(DisplayWidth.truncate("              " + snippet, to: w), .entityDetail)])
        } else {
            lines.append([])
        }
        return (lines, .article(aid, mention: shown?.mention.range))
    }

    /// Roles with, per article, a title that another title of the same article extends dropped
    /// ("Deputy Foreign Minister" beside "Deputy Foreign Minister for Political Affairs").
    static func distinctRoles(_ roles: [RoleRecord]) -> [RoleRecord] {
        let byArticle = Dictionary(grouping: roles, by: \.article)
        return roles.filter { r in
            let t = r.title.lowercased()
            return !(byArticle[r.article] ?? []).contains { o in
                o.title.count > r.title.count && o.title.lowercased().hasPrefix(t)
            }
        }
    }

    /// Consecutive roles with the same title, as one span of time.
    struct RoleSpan: Sendable { var first: RoleRecord; var last: RoleRecord; var count: Int }

    static func roleSpans(_ roles: [RoleRecord]) -> [RoleSpan] {
        var out: [RoleSpan] = []
        for r in roles {
            if let l = out.last, l.last.title.lowercased() == r.title.lowercased(), r.date != nil, l.last.date != nil {
                out[out.count - 1].last = r
                out[out.count - 1].count += 1
            } else {
                out.append(RoleSpan(first: r, last: r, count: 1))
            }
        }
        return out
    }

    /// Cuts a line of spans to `width` columns.
    static func truncate(_ spans: [Span<ThemeRole>], to width: Int) -> [Span<ThemeRole>] {
        var out: [Span<ThemeRole>] = []
        var used = 0
        for s in spans {
            let w = DisplayWidth.of(s.text)
            if used + w <= width { out.append(s); used += w; continue }
            out.append(Span(DisplayWidth.truncate(s.text, to: width - used), s.tag))
            break
        }
        return out
    }
}
