import DossierKit

/// The tabs of the single-pane layout (below 80 columns).
enum TabLine {
    struct Tab { var pane: Pane; var label: String; var range: Range<Int> }

    static func tabs(_ s: AppState) -> [Tab] {
        var labels: [(Pane, String)] = [(.timeline, "1 Timeline")]
        switch s.page {
        case .entity(let e)?: labels.append((.content, "2 " + (s.corpus.entity(e.id)?.name ?? "Entity")))
        case .starred?: labels.append((.content, "2 Starred"))
        case .article?: labels += [(.content, "2 Article"), (.sidebar, "3 Entities")]
        case nil: break
        }
        var x = 1
        var out: [Tab] = []
        for (p, l) in labels {
            let w = DisplayWidth.of(l) + 2
            out.append(Tab(pane: p, label: l, range: x..<(x + w)))
            x += w + 1
        }
        return out
    }
}
