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
}
