import DossierKit

/// Draws the whole screen for a state into a new grid. Pure: the same state gives the same grid.
public enum Renderer {
    public static func render(_ s: AppState) -> CellGrid {
        var g = CellGrid(width: s.width, height: s.height, fill: Cell(" ", width: 1, style: s.resolvedTheme[.text]))
        let l = s.layout
        if l.mode == .tooSmall {
            drawTooSmall(&g, s)
            return g
        }
        StatusBar.draw(&g, s, l.statusBar)
        if let tabs = l.tabLine { TabLine.draw(&g, s, tabs) }
        if let r = l.timeline { TimelineView.draw(&g, s, r) }
        if let r = l.content {
            switch s.page {
            case .article(let p)?: ArticleView.draw(&g, s, r, p)
            case .entity(let e)?:
                let name = s.corpus.entity(e.id)?.name ?? e.id.description
                let star = s.starredEntities.contains(e.id) ? "★ " : ""
                ListView.draw(&g, s, frame: r, title: star + Sanitizer.forTerminal(name), items: s.entityItems(e.id), position: e.list,
                              focused: s.focus == .content, margin: 1)
            case .starred(let st)?:
                ListView.draw(&g, s, frame: r, title: "★ Starred", items: s.starredItems(st), position: st.list,
                              focused: s.focus == .content, margin: 1)
            case nil:
                Frame.draw(&g, r, title: "Article", focused: s.focus == .content, theme: s.resolvedTheme)
            }
        }
        if let r = l.sidebar, case .article(let p)? = s.page, let a = s.currentArticle {
            ListView.draw(&g, s, frame: r, title: "In this article", items: s.sidebarItems(a), position: p.sidebar,
                          focused: s.focus == .sidebar, margin: 1)
        }
        if l.mode == .narrow, case .article? = s.page {
            // The article and its sidebar take turns beside the timeline: name the other one.
            let key = { (a: Action, d: String) in s.keymap.keys(for: a).first?.label ?? d }
            if let r = l.content { Frame.aside(&g, r, key(.focusSidebar, "3") + " In this article", theme: s.resolvedTheme) }
            if let r = l.sidebar { Frame.aside(&g, r, key(.focusArticle, "2") + " Article", theme: s.resolvedTheme) }
        }
        switch s.overlay {
        case .help(let scroll)?: HelpOverlay.draw(&g, s, scroll: scroll)
        case .picker(let p)?: PickerOverlay.draw(&g, s, p)
        case nil: break
        }
        BottomLine.draw(&g, s, l.bottomLine)
        return g
    }

    static func drawTooSmall(_ g: inout CellGrid, _ s: AppState) {
        let text = "Terminal too small (\(s.width)×\(s.height)); need \(ScreenLayout.minWidth)×\(ScreenLayout.minHeight)"
        let lines = Wrap.lines(text, width: max(1, s.width))
        let top = max(0, (s.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < s.height {
            let x = max(0, (s.width - DisplayWidth.of(line)) / 2)
            g.put(line, x: x, y: top + i, style: s.resolvedTheme[.messageError])
        }
    }
}
