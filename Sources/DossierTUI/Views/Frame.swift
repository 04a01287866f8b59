/// Box drawing for panes and overlays.
enum Frame {
    /// Draws a border round `rect` with `title` in the top edge and `footer` right-aligned in
    /// the bottom edge, and fills the inside with `fill`.
    static func draw(_ g: inout CellGrid, _ rect: Rect, title: String, footer: String = "", focused: Bool,
                     theme t: ResolvedTheme, fill: Style? = nil, borderRole: ThemeRole? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = t[borderRole ?? (focused ? .borderFocused : .border)]
        let titleStyle = t[focused ? .paneTitleFocused : .paneTitle].overlaid(by: Style(bg: border.bg))
        if let fill { g.fill(rect.inset(1), style: fill) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        g.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border, clip: rect)
        g.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border, clip: rect)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            g.put("│", x: rect.x, y: y, style: border, clip: rect)
            g.put("│", x: rect.maxX - 1, y: y, style: border, clip: rect)
        }
        let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        if !title.isEmpty, rect.width > 4 {
            let text = " " + DisplayWidth.truncate(title, to: rect.width - 6) + " "
            g.put(text, x: rect.x + 1, y: rect.y, style: titleStyle, clip: inner)
        }
        if !footer.isEmpty, rect.width > 8 {
            let text = " " + DisplayWidth.truncate(footer, to: rect.width - 6) + " "
            g.put(text, x: rect.maxX - 2 - DisplayWidth.of(text), y: rect.maxY - 1, style: border, clip: inner)
        }
    }
}

extension Frame {
    /// Puts `label` at the right end of `rect`'s top edge, dim: the other view the pane can show.
    static func aside(_ g: inout CellGrid, _ rect: Rect, _ label: String, theme t: ResolvedTheme) {
        let text = " " + label + " "
        let w = DisplayWidth.of(text)
        guard rect.width >= w + 16 else { return }
        g.put(text, x: rect.maxX - 2 - w, y: rect.y, style: t[.paneTitle].overlaid(by: Style(bg: t[.border].bg)), clip: rect)
    }
}

/// The tab line of the single-pane layout; its tabs come from `TabLine.tabs` (ViewModel/Tabs.swift).
extension TabLine {
    static func draw(_ g: inout CellGrid, _ s: AppState, _ rect: Rect) {
        let t = s.resolvedTheme
        g.fill(rect, style: t[.tab])
        for tab in tabs(s) {
            let active = tab.pane == s.focus
            g.put(" \(tab.label) ", x: tab.range.lowerBound, y: rect.y, style: t[active ? .tabActive : .tab], clip: rect)
        }
        let count = s.page == nil ? "" : "\(s.timeline.count) of \(s.corpus.articles.count)"
        let w = DisplayWidth.of(count)
        if let last = tabs(s).last, last.range.upperBound + w + 2 <= rect.width {
            g.put(count, x: rect.maxX - w - 1, y: rect.y, style: t[.dim], clip: rect)
        }
    }
}
