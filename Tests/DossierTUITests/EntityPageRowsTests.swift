import DossierKit
@testable import DossierTUI
import Testing

/// The entity page, whose rows are made when shown, against the page built eagerly
/// (`EagerEntityPage`, `EagerList`): the same rows, and through every key the same screens.
@Suite("Entity pages: rows made when shown")
struct EntityPageRowsTests {
    typealias B = BusyCorpus

    /// A state of `w`×`h` on the busy corpus with some articles unread and starred and an
    /// official starred, so rows show their marks.
    static func state(_ w: Int, _ h: Int) -> AppState {
        var s = Fixtures.state(w, h, corpus: B.corpus, label: "busy")
        s.unread = Set(B.corpus.articles.map(\.id).enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        s.starredArticles = Set(B.corpus.articles.map(\.id).enumerated().filter { $0.offset % 7 == 2 }.map(\.element))
        s.starredEntities = [B.id(3)]
        return s
    }

    static func eagerItems(_ s: AppState, _ id: EntityID) -> [ListItem] {
        EagerEntityPage.build(corpus: s.corpus, id: id, width: s.entityWidth,
                              filterKey: s.keymap.keys(for: .filterAdd).first?.label ?? "=", marks: ListMarks(s))
    }

    /// The screen `s` shows with its content pane drawn from the eager rows at `pos`.
    static func eagerScreen(_ s: AppState, _ id: EntityID, _ items: [ListItem], _ pos: ListPosition) -> CellGrid {
        var g = Renderer.render(s)
        guard let r = s.layout.content else { return g }
        g.fill(r, style: s.resolvedTheme[.text])
        let name = s.corpus.entity(id)?.name ?? id.description
        let star = s.starredEntities.contains(id) ? "★ " : ""
        EagerList.draw(&g, s, frame: r, title: star + Sanitizer.forTerminal(name), items: items, position: pos,
                       focused: s.focus == .content, margin: 1)
        return g
    }

    /// The screen `s` shows is the eager build's: the same text (compared line by line, so a
    /// failure shows the lines) in the same styles.
    static func expectScreen(_ s: AppState, _ id: EntityID, _ items: [ListItem], _ pos: ListPosition, _ note: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let got = Renderer.render(s), want = eagerScreen(s, id, items, pos)
        #expect(got.lines == want.lines, "\(note)", sourceLocation: sourceLocation)
        let sameStyles = got == want
        #expect(sameStyles, "\(note): styles", sourceLocation: sourceLocation)
    }

    /// Each item's lines, target, height and whether it is selectable.
    static func rows(_ items: some Collection<ListItem>) -> [String] {
        items.map { "\($0.height) \($0.selectable) \($0.lines) \(String(describing: $0.target))" }
    }

    @Test("the busy corpus has what the pages must show: a topic named nearly everywhere, roles to merge and drop")
    func shape() throws {
        let c = B.corpus
        let n = c.articleCount(B.energy)
        #expect(try #require(c.allEntities().first).id == B.energy)
        #expect(n > 200 && (c.articles.count - n) * 8 < n)  // counted over the articles that do not name it
        let roles = try #require(c.entity(B.id(0))).roles
        let distinct = EntityPageItems.distinctRoles(roles)
        #expect(distinct.count < roles.count)
        #expect(EntityPageItems.roleSpans(distinct).contains { $0.count > 1 })
        #expect(c.articles.contains { $0.published == nil && $0.mentions.contains { $0.entity == B.energy } })
    }

    @Test("every entity's page has the eager build's rows, on both corpora, at three sizes")
    func everyEntity() {
        for (w, h) in [(120, 40), (80, 24), (40, 12)] {
            for corpus in [B.corpus, GoldenCorpus.corpus] {
                var s = Self.state(w, h)
                if corpus !== B.corpus { s = Fixtures.state(w, h, corpus: corpus) }
                for id in corpus.entities.keys.sorted(by: { $0.description < $1.description }) {
                    let got = Self.rows(s.entityItems(id)), want = Self.rows(Self.eagerItems(s, id))
                    #expect(got == want, "\(id) at \(w)×\(h)")
                }
            }
        }
    }

    /// Keys of the list and how many rows each moves the selection.
    static func steps(_ key: String, _ s: AppState) -> Int {
        let page = max(1, s.contentHeight - 2)
        switch key {
        case "j", "Down": return 1
        case "k", "Up": return -1
        case "PgDn", "Space": return page
        case "PgUp", "b": return -page
        case "C-d": return max(1, page / 2)
        case "C-u": return -max(1, page / 2)
        case "G", "End": return Int.max / 2
        case "g", "Home": return Int.min / 2
        default: return 0
        }
    }

    static func open(_ s: inout AppState, _ id: EntityID) throws {
        s.press(":")
        s.type("entity \(s.corpus.entity(id)!.name)")
        s.press("Enter")
        try #require(s.page?.entityID == id)
    }

    static let keys = ["j", "j", "k", "PgDn", "PgDn", "C-d", "PgUp", "j", "G", "k", "k", "C-u", "PgUp", "g", "G",
                       "j", "g", "End", "Home", "Space", "b", "Down", "Up"]

    @Test("opening a page, j/k, paging, G and g: each screen is the eager build's", arguments: [
        (B.energy, 120, 40), (B.energy, 80, 24), (B.id(0), 120, 40), (B.id(0), 80, 24), (B.norland, 80, 24), (B.id(5), 40, 12),
    ])
    func keysShowTheSameScreens(id: EntityID, w: Int, h: Int) throws {
        var s = Self.state(w, h)
        try Self.open(&s, id)
        let items = Self.eagerItems(s, id)
        var pos = EagerList.normalize(ListPosition(), items, height: s.contentHeight)
        #expect(s.page?.list == pos, "opened")
        Self.expectScreen(s, id, items, pos, "opened")
        for (i, key) in Self.keys.enumerated() {
            s.press(key)
            pos.selection = EagerList.move(items, from: pos.selection, steps: Self.steps(key, s))
            pos = EagerList.normalize(pos, items, height: s.contentHeight)
            #expect(s.page?.list == pos, "\(key) (\(i))")
            Self.expectScreen(s, id, items, pos, "\(key) (\(i))")
        }
    }

    @Test("Enter follows the row the eager build selects; search, back and forward come back to its screen")
    func followAndBack() throws {
        var s = Self.state(120, 40)
        try Self.open(&s, B.energy)
        let items = Self.eagerItems(s, B.energy)
        var pos = EagerList.normalize(ListPosition(), items, height: s.contentHeight)
        for key in ["PgDn", "j", "j"] {
            s.press(key)
            pos.selection = EagerList.move(items, from: pos.selection, steps: Self.steps(key, s))
            pos = EagerList.normalize(pos, items, height: s.contentHeight)
        }
        guard case .article(let aid, let range)? = items[pos.selection].target else { Issue.record("not an article row"); return }
        s.press("Enter")
        #expect(s.page?.articleID == aid)
        if case .article(let p)? = s.page, let r = range { #expect(s.currentArticle!.mentions[p.mention!].range == r) }
        s.press("<")
        #expect(s.page?.list == pos)
        Self.expectScreen(s, B.energy, items, pos, "back")
        s.press(">")
        #expect(s.page?.articleID == aid)
        s.press("<")
        Self.expectScreen(s, B.energy, items, pos, "back again")

        // A search filters the timeline; the page stays as it was.
        s.press("/")
        s.type("Rivera")
        s.press("Enter")
        #expect(s.page?.entityID == B.energy)
        #expect(s.page?.list == pos)
        Self.expectScreen(s, B.energy, items, pos, "after a search")
        s.press("2")

        // The last row is an official named alongside: G and Enter open their page.
        s.press("G")
        pos.selection = EagerList.move(items, from: pos.selection, steps: Int.max / 2)
        pos = EagerList.normalize(pos, items, height: s.contentHeight)
        guard case .entity(let pid)? = items[pos.selection].target else { Issue.record("not a person row"); return }
        Self.expectScreen(s, B.energy, items, pos, "G")
        s.press("Enter")
        #expect(s.page?.entityID == pid)
        s.press("<")
        #expect(s.page?.entityID == B.energy)
        #expect(s.page?.list == pos)
        Self.expectScreen(s, B.energy, items, pos, "back from the official")
    }

    @Test("a click selects the row the eager build draws there")
    func click() throws {
        var s = Self.state(120, 40)
        try Self.open(&s, B.energy)
        let items = Self.eagerItems(s, B.energy)
        var pos = EagerList.normalize(ListPosition(), items, height: s.contentHeight)
        s.press("PgDn")
        pos.selection = EagerList.move(items, from: pos.selection, steps: Self.steps("PgDn", s))
        pos = EagerList.normalize(pos, items, height: s.contentHeight)
        let r = try #require(s.layout.content)
        for row in [0, 3, 10, 20] {
            var t = s
            _ = t.handle(.mouse(MouseEvent(.press, x: r.x + 4, y: r.y + 1 + row)))
            let i = try #require(EagerList.item(at: pos.scroll + row, items))
            if i == pos.selection, case .article(let aid, _)? = items[i].target {
                #expect(t.page?.articleID == aid, "row \(row)")  // a click on the selected row opens it
            } else {
                #expect(t.page?.list?.selection == (items[i].selectable ? i : pos.selection), "row \(row)")
            }
        }
    }
}
