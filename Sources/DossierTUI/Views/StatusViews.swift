import DossierKit

/// The top status bar: product, corpus, count, filters, help key.
enum StatusBar {
    static func draw(_ g: inout CellGrid, _ s: AppState, _ rect: Rect) {
        let t = s.resolvedTheme
        g.fill(rect, style: t[.status])
        let total = s.corpus.articles.count
        let unread = s.unread.count
        // While loading, its progress comes before the unread count: a narrow bar cuts from the end.
        let left = " Dossier  \(s.corpusLabel) · \(s.timeline.count) of \(total) article\(total == 1 ? "" : "s")"
            + (s.loading.map { " · " + $0 } ?? "") + (unread > 0 ? " · \(unread) unread" : "")
        let helpKey = s.keymap.keys(for: .help).first?.label ?? "?"
        let right = "\(helpKey) help "
        let filters = s.filterDescriptions
        let filterText = filters.isEmpty ? "filters: none" : "filters: " + filters.joined(separator: " + ")
        var x = g.put(DisplayWidth.truncate(left, to: rect.width), x: rect.x, y: rect.y, style: t[.status], clip: rect)
        let rightW = DisplayWidth.of(right)
        let room = rect.width - (x - rect.x) - rightW - 4
        if room >= 10 {
            let shown = DisplayWidth.truncate(filterText, to: room)
            let fx = rect.maxX - rightW - 2 - DisplayWidth.of(shown)
            x = max(x + 2, fx)
            g.put(shown, x: x, y: rect.y, style: t[filters.isEmpty ? .status : .statusFilter], clip: rect)
        }
        if rect.width - DisplayWidth.of(left) > rightW + 1 {
            g.put(right, x: rect.maxX - rightW, y: rect.y, style: t[.statusKey], clip: rect)
        }
    }
}

/// The bottom line: the prompt while one is open, else a message, else key hints.
enum BottomLine {
    static func draw(_ g: inout CellGrid, _ s: AppState, _ rect: Rect) {
        let t = s.resolvedTheme
        g.fill(rect, style: t[.text])
        if let p = s.prompt {
            let x = g.put(p.symbol, x: rect.x, y: rect.y, style: t[.prompt], clip: rect)
            let room = rect.width - 2
            // Keep the cursor in view on long input.
            let chars = Array(p.text)
            var start = 0
            while DisplayWidth.of(String(chars[start..<p.cursor])) >= room, start < p.cursor { start += 1 }
            let visible = String(chars[start...])
            g.put(visible, x: x, y: rect.y, style: t[.promptInput], clip: rect)
            let cx = x + DisplayWidth.of(String(chars[start..<p.cursor]))
            if cx < rect.maxX {
                let under = p.cursor < chars.count ? String(chars[p.cursor]) : " "
                var cs = t[.promptInput]; cs.attrs.insert(.reverse)
                g.put(under, x: cx, y: rect.y, style: cs, clip: rect)
            }
            return
        }
        if let m = s.message {
            g.put(" " + m.text, x: rect.x, y: rect.y, style: t[m.isError ? .messageError : .message], clip: rect)
            return
        }
        var x = rect.x + 1
        for (i, (key, label)) in hints(s).enumerated() {
            let piece = DisplayWidth.of(key) + 1 + DisplayWidth.of(label) + (i > 0 ? 3 : 0)
            if x + piece > rect.maxX { break }
            if i > 0 { x = g.put(" · ", x: x, y: rect.y, style: t[.hint], clip: rect) }
            x = g.put(key, x: x, y: rect.y, style: t[.hintKey], clip: rect)
            x = g.put(" " + label, x: x, y: rect.y, style: t[.hint], clip: rect)
        }
    }

    /// Hints for where the user is, most useful first; keys come from the keymap.
    static func hints(_ s: AppState) -> [(String, String)] {
        var list: [(Action, String)]
        if case .help? = s.overlay {
            list = [(.moveDown, "scroll"), (.close, "close")]
        } else if case .picker? = s.overlay {
            func key(_ a: Action) -> String { s.keymap.keys(for: a).first?.label ?? "" }
            let hints = [("type", "to narrow"), (key(.pickerUp) + key(.pickerDown), "move"), (key(.pickerToggle), "add/remove"),
                         (key(.pickerNextKind), "next kind"), (key(.pickerClose), "done")]
            return hints.filter { !$0.0.isEmpty }
        } else {
            switch (s.focus, s.page) {
            case (.timeline, _):
                list = [(.open, "open"), (.moveDown, "next"), (.search, "search"), (.filterPicker, "filter"), (.star, "star"), (.toggleRead, "read/unread"), (.command, "command"), (.help, "help"), (.close, "quit")]
            case (.content, .entity?), (.content, .starred?):
                list = [(.open, "open"), (.star, "star"), (.filterAdd, "filter by it"), (.back, "back"), (.forward, "forward"), (.filterPicker, "filter"), (.help, "help"), (.close, "close")]
            case (.content, _):
                list = [(.nextMention, "next name"), (.open, "follow"), (.back, "back"), (.search, "search"), (.searchNext, "next match"), (.star, "star"), (.toggleRead, "read/unread"), (.command, "command"), (.help, "help"), (.close, "quit")]
            case (.sidebar, _):
                list = [(.open, "open page"), (.star, "star"), (.filterAdd, "filter by it"), (.moveDown, "next"), (.filterClear, "clear filters"), (.help, "help"), (.close, "quit")]
            }
            if !s.history.back.isEmpty, let i = list.firstIndex(where: { $0.0 == .close }) { list[i].1 = "back" }
        }
        return list.compactMap { a, label in s.keymap.keys(for: a).first.map { ($0.label, label) } }
    }
}
