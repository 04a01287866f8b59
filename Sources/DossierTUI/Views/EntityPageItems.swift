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

    static func build(corpus: Corpus, id: EntityID, width: Int, filterKey: String) -> [ListItem] {
        guard let page = corpus.page(for: id) else { return [.text("Nothing is known about \(id).", .empty)] }
        let e = page.entity
        let w = max(1, width)
        var items: [ListItem] = []
        func wrapped(_ s: String, _ role: ThemeRole) {
            for l in Wrap.lines(TextSanitizer.clean(s), width: w) { items.append(.text(l, role)) }
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
            let roleWidth = min(44, max(12, (w - 14) / 2))
            for r in e.roles {
                let title = corpus.article(r.article)?.title ?? r.file
                let line: [Span<ThemeRole>] = [
                    Span("  " + dateText(r.date) + "  ", .timelineDate),
                    Span(DisplayWidth.pad(TextSanitizer.clean(r.title), to: roleWidth) + "  ", .entityName),
                    Span(DisplayWidth.truncate(TextSanitizer.clean(title), to: max(0, w - 14 - roleWidth - 2)), .text),
                ]
                let at = page.mentions.first { $0.article == r.article }?.mention.range
                items.append(ListItem([line], target: .article(r.article, mention: at)))
            }
        }

        items.append(.blank)
        items.append(.text("MENTIONED IN (\(page.articles.count))", .entityHeading))
        for aid in page.articles {
            guard let a = corpus.article(aid) else { continue }
            let refs = page.mentions.filter { $0.article == aid }
            let times = refs.count > 1 ? "  \(refs.count)×" : ""
            let head: [Span<ThemeRole>] = [
                Span("  " + dateText(a.published) + "  ", .timelineDate),
                Span(DisplayWidth.truncate(TextSanitizer.clean(a.title), to: max(0, w - 14 - DisplayWidth.of(times))), .text),
                Span(times, .sidebarCount),
            ]
            var lines = [head]
            let inBody = refs.first { ref in a.blocks.contains { $0.kind == .paragraph && $0.range.contains(ref.mention.range) } }
            let shown = inBody ?? refs.first
            if let first = shown {
                let snippet = "“" + TextSanitizer.cleanFlowing(first.snippet) + "”"
                lines.append([Span(DisplayWidth.truncate("              " + snippet, to: w), .entityDetail)])
            }
            items.append(ListItem(lines, target: .article(aid, mention: shown?.mention.range)))
        }

        let people = page.coMentioned.filter { $0.entity != id }
        if !people.isEmpty {
            items.append(.blank)
            items.append(.text(e.kind == .person ? "MET OR MENTIONED WITH" : "OFFICIALS IN THESE ARTICLES", .entityHeading))
            for (pid, n) in people {
                guard let p = corpus.entity(pid) else { continue }
                let detail = SidebarItems.personDetail(p, in: nil)
                let line: [Span<ThemeRole>] = [
                    Span("  " + TextSanitizer.clean(p.name), .sidebarName),
                    Span(" (\(n))", .sidebarCount),
                    Span(detail.isEmpty ? "" : "  " + detail, .entityDetail),
                ]
                items.append(ListItem([truncate(line, to: w)], target: .entity(pid)))
            }
        }
        return items
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
