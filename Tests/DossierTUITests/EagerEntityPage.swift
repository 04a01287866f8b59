import DossierKit
@testable import DossierTUI

/// The entity page as it was built before its rows were made on demand: every row made at once,
/// moved through and drawn by walking the whole array. Kept as the reference the page must equal.
enum EagerEntityPage {
    static func build(corpus: Corpus, id: EntityID, width: Int, filterKey: String, marks: ListMarks) -> [ListItem] {
        guard let e = corpus.entity(id) else { return [.text("Nothing is known about \(id).", .empty)] }
        let mentioning = corpus.articles(mentioning: id)
        let w = max(1, width)
        var items: [ListItem] = []
        func wrapped(_ s: String, _ role: ThemeRole) {
            for l in Wrap.lines(Sanitizer.forTerminal(s), width: w) { items.append(.text(l, role)) }
        }
        var about = [EntityPageItems.kindLabel(e.kind)]
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
            for span in EntityPageItems.roleSpans(EntityPageItems.distinctRoles(e.roles)) {
                let row = EntityPageItems.roleRow(corpus: corpus, id: id, span: span, width: w)
                items.append(ListItem(row.0, target: row.1))
            }
        }

        items.append(.blank)
        items.append(.text("MENTIONED IN (\(mentioning.count))", .entityHeading))
        for aid in mentioning {
            let row = articleRow(corpus: corpus, id: id, article: aid, width: w, marks: marks)
            items.append(ListItem(row.lines, target: row.target))
        }
        let people = corpus.coMentionedPeople(id).filter { $0.entity != id && corpus.entity($0.entity) != nil }
        if !people.isEmpty {
            items.append(.blank)
            items.append(.text(e.kind == .person ? "MET OR MENTIONED WITH" : "OFFICIALS IN THESE ARTICLES", .entityHeading))
            for (pid, n) in people {
                let row = EntityPageItems.personRow(corpus: corpus, person: pid, count: n, width: w, starred: marks.starredEntities.contains(pid))
                items.append(ListItem(row.0, target: row.1))
            }
        }
        return items
    }

    // The rows themselves are the page's own (what is checked is the list built from them).
    static func articleRow(corpus: Corpus, id: EntityID, article aid: ArticleID, width w: Int,
                           marks: ListMarks) -> (lines: [[Span<ThemeRole>]], target: ItemTarget) {
        let r = EntityPageItems.articleRow(corpus: corpus, id: id, article: aid, width: w, marks: marks)
        return (r.0, r.1)
    }
}

/// Moving through and drawing an array of items by walking it from the start, as the list did.
enum EagerList {
    static func firstSelectable(_ items: [ListItem]) -> Int { items.firstIndex { $0.selectable } ?? -1 }

    static func move(_ items: [ListItem], from: Int, steps: Int) -> Int {
        let selectable = items.indices.filter { items[$0].selectable }
        guard !selectable.isEmpty else { return -1 }
        let pos = selectable.firstIndex(of: from) ?? (steps >= 0 ? -1 : selectable.count)
        let target = max(0, min(selectable.count - 1, pos + steps))
        return selectable[target]
    }

    static func rowOf(_ items: [ListItem], _ i: Int) -> Int { items.prefix(max(0, i)).reduce(0) { $0 + $1.height } }
    static func totalRows(_ items: [ListItem]) -> Int { items.reduce(0) { $0 + $1.height } }

    static func normalize(_ pos: ListPosition, _ items: [ListItem], height: Int) -> ListPosition {
        var p = pos
        if p.selection < 0 || p.selection >= items.count || !items[p.selection].selectable {
            p.selection = p.selection < 0 ? firstSelectable(items) : move(items, from: p.selection, steps: 0)
        }
        let h = max(1, height)
        let total = totalRows(items)
        if p.selection >= 0 {
            let top = rowOf(items, p.selection), bottom = top + items[p.selection].height
            var want = top
            if p.selection > 0, !items[p.selection - 1].selectable { want = rowOf(items, p.selection - 1) }
            if want < p.scroll { p.scroll = want }
            if bottom > p.scroll + h { p.scroll = bottom - h }
        }
        p.scroll = max(0, min(p.scroll, max(0, total - h)))
        return p
    }

    static func item(at row: Int, _ items: [ListItem]) -> Int? {
        var r = 0
        for (i, it) in items.enumerated() {
            if row >= r && row < r + it.height { return i }
            r += it.height
        }
        return nil
    }

    static func draw(_ g: inout CellGrid, _ s: AppState, frame: Rect, title: String, items: [ListItem],
                     position: ListPosition, focused: Bool, margin: Int) {
        let t = s.resolvedTheme
        let inner = frame.inset(1)
        let total = totalRows(items)
        Frame.draw(&g, frame, title: title, footer: total > inner.height ? ArticleView.position(scroll: position.scroll, total: total, height: inner.height) : "",
                   focused: focused, theme: t)
        guard !inner.isEmpty else { return }
        var y = inner.y - position.scroll
        for (i, item) in items.enumerated() {
            guard y + item.height > inner.y else { y += item.height; continue }
            if y >= inner.maxY { break }
            let selected = i == position.selection
            let base = selected ? t[focused ? .selection : .selectionInactive] : t[.text]
            for line in item.lines {
                if y >= inner.y && y < inner.maxY {
                    if selected { g.fill(inner.row(y - inner.y), style: base) }
                    if selected && focused { g.put("▌", x: inner.x, y: y, style: t[.selectionBar].overlaid(by: Style(bg: base.bg)), clip: inner) }
                    var x = inner.x + margin
                    for span in line {
                        let style = selected ? base.overlaid(by: Style(fg: t[span.tag].fg == t[.text].fg ? .default : t[span.tag].fg)) : t[span.tag]
                        x = g.put(span.text, x: x, y: y, style: style, clip: inner)
                    }
                }
                y += 1
            }
        }
    }
}
