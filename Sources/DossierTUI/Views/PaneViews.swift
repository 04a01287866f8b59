import DossierKit

/// Date, star, source and title per article, on one line or two (`TimelineRows`); the selected
/// one highlighted across its lines.
enum TimelineView {
    static func draw(_ g: inout CellGrid, _ s: AppState, _ frame: Rect) {
        let t = s.resolvedTheme
        let focused = s.focus == .timeline
        Frame.draw(&g, frame, title: "Timeline", footer: "\(s.timeline.count) of \(s.corpus.articles.count)", focused: focused, theme: t)
        let inner = frame.inset(1)
        guard !inner.isEmpty else { return }
        if s.timeline.isEmpty {
            var lines = s.filter.isEmpty ? [s.loading == nil ? "No articles in \(s.corpusLabel)." : "Loading \(s.corpusLabel)…"] : ["No article matches", "every filter:"]
            lines += s.filterDescriptions.map { "  " + $0 }
            if !s.filter.isEmpty {
                let key = s.keymap.keys(for: .filterClear).first?.label ?? "F"
                lines += ["", "\(key) or :clear removes them."]
            }
            var y = inner.y
            for l in lines { for w in Wrap.lines(l, width: inner.width - 1) where y < inner.maxY {
                g.put(w, x: inner.x + 1, y: y, style: t[.empty], clip: inner); y += 1
            } }
            return
        }
        let rows = TimelineRows(width: inner.width, height: inner.height, corpusSourceWidth: s.sourceColumnWidth)
        for n in 0..<rows.visible(height: inner.height) {
            let i = s.timelineScroll + n
            guard i < s.timeline.count, let a = s.corpus.article(s.timeline[i]) else { break }
            let selected = i == s.timelineSelection
            let unread = s.unread.contains(a.id)
            let base = selected ? t[focused ? .timelineSelected : .selectionInactive] : t[.text]
            for (k, line) in rows.lines(a, starred: s.starredArticles.contains(a.id)).enumerated() {
                let row = n * rows.rowHeight + k
                guard row < inner.height else { break }
                let y = inner.y + row
                if selected { g.fill(inner.row(row), style: base) }
                let bar = selected && focused ? "▌" : (unread && k == 0 ? "•" : " ")
                var x = g.put(bar, x: inner.x, y: y, style: selected ? t[.selectionBar].overlaid(by: Style(bg: base.bg)) : base, clip: inner)
                for span in line {
                    let style: Style
                    if selected { style = base }
                    else if span.tag == .timelineTitle && unread { style = t[.timelineTitle].overlaid(by: t[.timelineUnread]) }
                    else { style = t[span.tag] }
                    x = g.put(span.text, x: x, y: y, style: style, clip: inner)
                }
            }
        }
    }
}

/// The open article: wrapped text, mentions coloured by kind, the selected one standing out.
enum ArticleView {
    static func draw(_ g: inout CellGrid, _ s: AppState, _ frame: Rect, _ p: ArticlePage) {
        let t = s.resolvedTheme
        guard let a = s.corpus.article(p.id) else { return }
        let l = s.articleLayout(a)
        let inner = frame.inset(1)
        let footer = position(scroll: p.scroll, total: l.lines.count, height: inner.height)
        Frame.draw(&g, frame, title: "Article", footer: footer, focused: s.focus == .content, theme: t)
        guard !inner.isEmpty else { return }
        for row in 0..<inner.height {
            let i = p.scroll + row
            guard i < l.lines.count else { break }
            var x = inner.x + 1
            for span in l.lines[i] {
                var style = t[span.tag.role]
                if let m = span.tag.mention, m == p.mention { style = style.overlaid(by: t[.mentionSelected]) }
                if let h = span.tag.match { style = style.overlaid(by: t[h == p.match ? .searchCurrent : .searchMatch]) }
                x = g.put(span.text, x: x, y: inner.y + row, style: style, clip: inner)
            }
        }
    }

    /// "Top", "End", "All" or a percentage, like a pager.
    static func position(scroll: Int, total: Int, height: Int) -> String {
        if total <= height { return "All" }
        if scroll <= 0 { return "Top" }
        if scroll + height >= total { return "End" }
        return "\(min(99, (scroll + height) * 100 / total))%"
    }
}

/// A list of items (the sidebar, an entity page) with a selection. Draws from the item at the
/// first visible row, so a long list makes the items it shows.
enum ListView {
    static func draw(_ g: inout CellGrid, _ s: AppState, frame: Rect, title: String, items: ItemList,
                     position: ListPosition, focused: Bool, margin: Int) {
        let t = s.resolvedTheme
        let inner = frame.inset(1)
        Frame.draw(&g, frame, title: title, footer: ListNav.footer(items, scroll: position.scroll, height: inner.height),
                   focused: focused, theme: t)
        guard !inner.isEmpty, var i = ListNav.item(at: max(0, position.scroll), items) else { return }
        var y = inner.y - position.scroll + ListNav.rowOf(items, i)
        while y < inner.maxY, items.has(i) {
            let item = items[i]
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
            i += 1
        }
    }
}
