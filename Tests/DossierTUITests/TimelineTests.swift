import DossierKit
import DossierState
@testable import DossierTUI
import Testing

/// The timeline as a reader sees it: every row with its year, its source when there is one, and
/// enough of its title to tell stories apart, at every size.
@Suite("Timeline rows")
struct TimelineTests {
    typealias G = GoldenCorpus

    /// The timeline corpus with marks: one article read, two starred; the second row selected.
    static func state(_ w: Int, _ h: Int) -> AppState {
        var s = Fixtures.state(w, h, corpus: G.timelineCorpus)
        s.applyReadingState(ReadingState(read: [ArticleID("007_wire.txt"), ArticleID("003_council.txt")],
                                         starredArticles: [ArticleID("007_wire.txt"), ArticleID("cafe.html")]))
        s.press("j")
        return s
    }

    @Test("golden timelines at 120×40, 80×24 and 40×12, and one line per article at 200×30",
          arguments: [(120, 40), (80, 24), (40, 12), (200, 30)])
    func golden(size: (Int, Int)) {
        Golden.check("timeline-\(size.0)x\(size.1)", Self.state(size.0, size.1))
    }

    @Test("the timeline's styles: date, source, unread title, star, the selected row across both lines")
    func styles() {
        Golden.checkStyles("timeline-120x40", Self.state(120, 40))
    }

    /// The timeline pane's text rows.
    func rows(_ s: AppState) -> [String] {
        let g = Renderer.render(s)
        let r = s.layout.inner(of: .timeline)!
        return (r.y..<r.maxY).map { y in
            var line = ""
            for x in r.x..<r.maxX where !g[x, y].isContinuation { line += g[x, y].text }
            return line
        }
    }

    @Test("at 120×40 each row shows its date, its source and at least 40 columns of its title")
    func wideEnough() {
        let s = Self.state(120, 40)
        let text = rows(s).joined(separator: "\n")
        for a in G.timelineCorpus.articles {
            if let d = a.published { #expect(text.contains(d.description)) } else { #expect(text.contains("undated")) }
            if let src = TimelineRows.source(a) {
                #expect(text.contains(TimelineRows.cut(src, to: 28)), "source of \(a.file)")
            }
            let shown = TimelineRows.cut(a.title, to: 41)
            let prefix = shown.hasSuffix("…") ? String(shown.dropLast()) : shown
            // 40 columns, less one for a wide letter that did not fit or a space before the "…".
            #expect(DisplayWidth.of(prefix) >= min(40, DisplayWidth.of(a.title)) - 1, "title of \(a.file)")
            #expect(text.contains(prefix), "40 columns of \(a.file)'s title")
        }
    }

    @Test("below 120 columns every dated row keeps its year", arguments: [(80, 24), (100, 30), (60, 20), (40, 12), (24, 8)])
    func years(size: (Int, Int)) {
        let s = Self.state(size.0, size.1)
        let shown = rows(s).filter { $0.range(of: "\\d\\d-\\d\\d", options: .regularExpression) != nil }
        #expect(!shown.isEmpty)
        for r in shown { #expect(r.range(of: "20\\d\\d-\\d\\d-\\d\\d", options: .regularExpression) != nil, "no year in \(r)") }
    }

    @Test("wide letters and combining marks keep the columns: titles start in one column, the border stays put")
    func alignment() {
        for (w, h) in [(200, 30), (120, 40), (80, 24), (40, 12)] {
            let s = Self.state(w, h)
            let g = Renderer.render(s)
            let frame = s.layout.timeline!
            let inner = frame.inset(1)
            for y in inner.y..<inner.maxY { #expect(g[frame.maxX - 1, y].text == "│", "border at row \(y), \(w)×\(h)") }
            let rows = s.timelineRows
            let titleX = inner.x + (rows.shape == .twoLines ? 1 : TimelineRows.lead + (rows.sourceWidth > 0 ? rows.sourceWidth + 2 : 0))
            for n in 0..<min(s.timeline.count, rows.visible(height: inner.height)) {
                let a = s.corpus.article(s.timeline[n])!
                let y = inner.y + n * rows.rowHeight + rows.rowHeight - 1
                let first = String(a.title.first!)
                #expect(g[titleX, y].text == first, "\(a.file)'s title at column \(titleX), \(w)×\(h): \(g.line(y))")
            }
        }
    }

    @Test("one line per article where the title keeps 40 columns beside the source; two lines where it does not")
    func shapes() {
        #expect(TimelineRows(width: 42, height: 36, corpusSourceWidth: 16).shape == .twoLines)
        #expect(TimelineRows(width: 72, height: 36, corpusSourceWidth: 16) == TimelineRows(width: 72, height: 36, corpusSourceWidth: 30))
        #expect(TimelineRows(width: 72, height: 36, corpusSourceWidth: 16).shape == .oneLine)
        #expect(TimelineRows(width: 72, height: 36, corpusSourceWidth: 16).sourceWidth == 16)
        #expect(TimelineRows(width: 54, height: 36, corpusSourceWidth: 0).shape == .oneLine, "no source column when no article has a source")
        let short = TimelineRows(width: 38, height: 7, corpusSourceWidth: 16)
        #expect(short.shape == .oneLine && short.sourceWidth == 0, "a short pane keeps one line per article, without the source")
        #expect(G.timelineCorpus.articles.compactMap(TimelineRows.source).contains("AP"), "an agency when there is no site or feed")
        #expect(TimelineRows.source(G.timelineCorpus.articles.first { $0.file == "003_council.txt" }!) == nil, "nothing rather than a guess")
    }

    @Test("moving, paging and clicking go by article, whatever a row's height")
    func navigation() {
        var s = Self.state(120, 40)
        #expect(s.timelineRows.rowHeight == 2)
        let inner = s.layout.inner(of: .timeline)!
        #expect(s.timelineVisibleCount == inner.height / 2)
        s.press("g", "Space")
        #expect(s.timelineSelection == min(s.timeline.count - 1, s.timelineVisibleCount - 1))
        s.press("g")
        _ = s.handle(.mouse(MouseEvent(.press, x: inner.x + 5, y: inner.y + 5)))
        #expect(s.timelineSelection == 2, "the second line of the third row")
        // A long timeline scrolls by whole rows and keeps the selection in view.
        var big = Fixtures.state(120, 10, corpus: G.timelineCorpus)
        big.press("G")
        #expect(big.timelineVisibleCount == 6)
        #expect(big.timelineScroll == big.timeline.count - 6)
        #expect(big.screenText.contains("Undated notes"))
    }

    @Test("80–119 columns: the timeline beside the article, the sidebar in the article's place while it has focus")
    func narrowLayout() {
        var s = Self.state(80, 24)
        #expect(s.layout.mode == .narrow && s.layout.sidebar == nil)
        #expect(s.layout.timeline!.width == 32 && s.layout.content!.width == 48)
        #expect(s.screenText.contains("3 In this article"))
        s.press("3")
        #expect(s.layout.content == nil && s.layout.sidebar!.width == 48)
        #expect(s.screenText.contains("OFFICIALS") && s.screenText.contains("2 Article"))
        s.press("h")
        #expect(s.focus == .content && s.layout.content != nil)
        var w = Self.state(120, 40)
        #expect(w.layout.timeline!.width == 44 && w.layout.content!.width == 48 && w.layout.sidebar!.width == 28)
        w.press("3")
        #expect(w.layout.timeline!.width == 44, "the timeline keeps its width whatever has focus")
    }
}
