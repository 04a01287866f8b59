import DossierKit

/// The help overlay: its lines come from `HelpOverlay.lines` (ViewModel/HelpLines.swift).
extension HelpOverlay {
    static func draw(_ g: inout CellGrid, _ s: AppState, scroll: Int) {
        let t = s.resolvedTheme
        let r = box(s)
        Frame.draw(&g, r, title: "Help · Dossier keys", footer: "q closes", focused: true, theme: t, fill: t[.overlay], borderRole: .overlayBorder)
        let inner = r.inset(1)
        guard !inner.isEmpty else { return }
        let ls = lines(s, width: inner.width - 2)
        for row in 0..<inner.height {
            let i = scroll + row
            guard i < ls.count else { break }
            g.put(ls[i].map { ($0.text, t[$0.tag]) }, x: inner.x + 1, y: inner.y + row, clip: inner)
        }
    }
}

/// The filter picker overlay.
enum PickerOverlay {
    static func box(_ s: AppState) -> Rect {
        let w = min(s.width - 2, 60), h = min(s.height - 2, 24)
        return Rect(x: (s.width - w) / 2, y: max(1, (s.height - h) / 2), width: w, height: h)
    }

    static func draw(_ g: inout CellGrid, _ s: AppState, _ p: PickerState) {
        let t = s.resolvedTheme
        let r = box(s)
        Frame.draw(&g, r, title: "Filter the timeline", footer: "\(s.timeline.count) of \(s.corpus.articles.count)", focused: true,
                   theme: t, fill: t[.overlay], borderRole: .overlayBorder)
        let inner = r.inset(1)
        guard inner.height >= 3 else { return }
        // Kind tabs.
        var x = inner.x + 1
        for (i, k) in PickerState.kinds.enumerated() {
            let label = " \(PickerState.title(k)) "
            x = g.put(label, x: x, y: inner.y, style: i == p.kindIndex ? t[.tabActive] : t[.overlay], clip: inner)
        }
        g.put("find: ", x: inner.x + 1, y: inner.y + 1, style: t[.overlayTitle], clip: inner)
        var cursor = t[.overlay]; cursor.attrs.insert(.reverse)
        let qx = g.put(p.query, x: inner.x + 7, y: inner.y + 1, style: t[.overlay], clip: inner)
        g.put(" ", x: qx, y: inner.y + 1, style: cursor, clip: inner)
        let entries = p.entries(s.corpus)
        let listTop = inner.y + 3
        let h = min(s.pickerListHeight, inner.maxY - listTop)
        if entries.isEmpty {
            g.put(p.query.isEmpty ? "none in this corpus" : "nothing matches “\(p.query)”", x: inner.x + 2, y: listTop, style: t[.empty].overlaid(by: Style(bg: t[.overlay].bg)), clip: inner)
        }
        for row in 0..<max(0, h) {
            let i = p.scroll + row
            guard i < entries.count, let e = s.corpus.entity(entries[i]) else { break }
            let y = listTop + row
            let on = s.filter.entityIDs.contains(e.id)
            let selected = i == p.selection
            let base = selected ? t[.selection] : t[.overlay]
            if selected { g.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            var cx = g.put(on ? " ✓ " : "   ", x: inner.x, y: y, style: on ? t[.pickerChecked].overlaid(by: Style(bg: base.bg)) : base, clip: inner)
            let count = "\(s.corpus.articleCount(e.id))"
            cx = g.put(DisplayWidth.pad(Sanitizer.forTerminal(e.name), to: inner.maxX - cx - DisplayWidth.of(count) - 2), x: cx, y: y, style: base, clip: inner)
            g.put(count, x: inner.maxX - DisplayWidth.of(count) - 1, y: y, style: selected ? base : t[.sidebarCount].overlaid(by: Style(bg: t[.overlay].bg)), clip: inner)
        }
    }
}
