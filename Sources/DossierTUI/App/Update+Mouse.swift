import DossierKit

extension AppState {
    mutating func handleMouse(_ m: MouseEvent) {
        if let o = overlay {
            switch (o, m.kind) {
            case (.help(let s), .wheelDown): overlay = .help(scroll: s + 3)
            case (.help(let s), .wheelUp): overlay = .help(scroll: max(0, s - 3))
            case (_, .press): overlay = nil
            default: break
            }
            return
        }
        if prompt != nil { return }
        let l = layout
        if let tabs = l.tabLine, tabs.contains(x: m.x, y: m.y) {
            if m.kind == .press, let hit = TabLine.tabs(self).first(where: { $0.range.contains(m.x) }) { focus = hit.pane }
            return
        }
        guard let pane = Pane.allCases.first(where: { l.frame(of: $0)?.contains(x: m.x, y: m.y) == true }),
              let inner = l.inner(of: pane) else { return }
        switch m.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(m.kind == .wheelDown ? 3 : -3)
            focus = saved
        case .press:
            focus = pane
            guard inner.contains(x: m.x, y: m.y) else { return }
            click(pane: pane, row: m.y - inner.y, column: m.x - inner.x)
        }
    }

    mutating func click(pane: Pane, row: Int, column: Int) {
        switch pane {
        case .timeline:
            let i = timelineScroll + row
            guard timeline.indices.contains(i) else { return }
            if i == timelineSelection, page?.articleID == timeline[i] { openSelection(); return }
            timelineSelection = i
            previewSelection()
        case .content:
            switch page {
            case .article(var p)?:
                guard let a = corpus.article(p.id) else { return }
                let lay = articleLayout(a)
                let line = p.scroll + row
                guard lay.lines.indices.contains(line) else { return }
                var x = 1
                for s in lay.lines[line] {
                    let w = DisplayWidth.of(s.text)
                    if column >= x && column < x + w {
                        if let mi = s.tag.mention {
                            if p.mention == mi { openEntity(a.mentions[mi].entity); return }
                            p.mention = mi
                        }
                        break
                    }
                    x += w
                }
                page = .article(p)
            case .entity?, .starred?:
                var p = page!
                let items = listItems(p)
                guard let i = ListNav.item(at: p.list!.scroll + row, items), items[i].selectable else { return }
                if p.list!.selection == i { openSelection(); return }
                p.list!.selection = i
                page = p
            case nil: break
            }
        case .sidebar:
            guard case .article(var p)? = page, let a = corpus.article(p.id) else { return }
            let items = sidebarItems(a)
            guard let i = ListNav.item(at: p.sidebar.scroll + row, items), items[i].selectable else { return }
            if p.sidebar.selection == i { openSelection(); return }
            p.sidebar.selection = i
            page = .article(p)
        }
    }
}
