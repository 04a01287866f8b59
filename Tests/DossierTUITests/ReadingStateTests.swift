import DossierKit
import DossierState
@testable import DossierTUI
import Testing

/// Read marks, stars, the unread and starred views and the saved position, through `handle(_:)`.
@Suite("Update: read marks, stars and position")
struct ReadingStateTests {
    typealias G = GoldenCorpus
    let pipeline = ArticleID("001_pipeline.txt"), visit = ArticleID("002_visit.txt"), council = ArticleID("003_council.txt")

    /// A state as a store would leave it on a first run: every article unread.
    func fresh(_ w: Int = 120, _ h: Int = 40) -> AppState {
        var s = Fixtures.state(w, h)
        s.applyReadingState(ReadingState())
        return s
    }

    func sets(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .setRead = $0 { return true }; if case .setStar = $0 { return true }; return false }
    }

    @Test("opening an article marks it read; moving through the timeline only previews")
    func openingMarksRead() {
        var s = fresh()
        #expect(s.unread.count == 4)
        #expect(s.screen[0].contains("4 of 4 articles · 4 unread"))
        #expect(sets(s.press("j")).isEmpty, "a preview is not a read")
        #expect(s.press("Enter") == [.setRead(visit, true)])
        #expect(!s.unread.contains(visit) && s.unread.count == 3)
        #expect(s.screen[0].contains("3 unread"))
        #expect(sets(s.press("j", "j")).isEmpty, "scrolling the open article marks nothing more")
        // Following a link to another article marks that one.
        s.press("1", "k")
        #expect(sets(s.press("l")) == [.setRead(pipeline, true)], "focusing the article pane opens it")
    }

    @Test("m toggles the read mark of the selected or open article, and stays as set")
    func toggleRead() {
        var s = fresh()
        #expect(s.press("m") == [.setRead(pipeline, true)])
        #expect(!s.unread.contains(pipeline))
        #expect(s.message?.text.hasPrefix("Marked read") == true)
        #expect(s.press("m") == [.setRead(pipeline, false)])
        #expect(s.unread.contains(pipeline))
        s.press("Enter")
        #expect(!s.unread.contains(pipeline))
        #expect(s.press("m") == [.setRead(pipeline, false)], "in the article pane m marks it unread")
        #expect(sets(s.press("j", "Space")).isEmpty, "and reading on does not undo that")
        #expect(s.unread.contains(pipeline))
    }

    @Test("unread articles stand out: a dot and bold in the timeline")
    func unreadStandsOut() {
        var s = fresh()
        s.press("m", "j")
        #expect(s.screen.contains { $0.contains("│•2024-11-30") })
        #expect(s.screen.contains { $0.contains("│ 2025-06-02") }, "the article marked read has no dot")
        let g = Renderer.render(s)
        let inner = s.layout.inner(of: .timeline)!
        func row(_ text: String) -> Int { (inner.y..<inner.maxY).first { y in g.line(y).contains(text) }! }
        #expect(g[inner.x + 2, row("Harbour Council names")].style.attrs.contains(.bold), "unread title is bold")
        #expect(!g[inner.x + 2, row("Norland and Estmark")].style.attrs.contains(.bold), "a read title is not")
    }

    @Test(":unread and u show only unread articles; marking one read keeps it listed; again shows all")
    func unreadView() {
        var s = fresh()
        s.press("m", "j", "m")  // pipeline and visit read
        _ = s.runCommand("unread")
        #expect(s.readingFilter == .unread)
        #expect(Set(s.timeline) == [council, ArticleID("notes.txt")])
        #expect(s.screen[0].contains("filters: unread"))
        s.press("Enter")
        #expect(s.timeline.count == 2, "the article just read stays until the view is asked for again")
        s.press("1", "u")
        #expect(s.readingFilter == nil && s.timeline.count == 4)
        s.press("u")
        #expect(s.timeline.count == 1)
        s.press("F")
        #expect(s.readingFilter == nil && s.timeline.count == 4 && s.filter.isEmpty)
        s.press("u")
        _ = s.runCommand("unfilter unread")
        #expect(s.timeline.count == 4)
    }

    @Test("s stars the timeline's article, the open article, a sidebar entity and an entity page")
    func stars() {
        var s = fresh()
        #expect(s.press("s") == [.setStar(.article(pipeline), true)])
        #expect(s.starredArticles == [pipeline])
        #expect(s.screen.contains { $0.contains("2025-06-02 ★") })
        s.press("3")  // the first official in the sidebar
        #expect(s.press("s") == [.setStar(.entity(G.rivera), true)])
        #expect(s.screen.contains { $0.contains("★ Ana Rivera") })
        s.press("Enter")
        #expect(s.page?.entityID == G.rivera)
        #expect(s.screen.contains { $0.contains("★ Ana Rivera ─") }, "the page title carries the star")
        #expect(s.press("s") == [.setStar(.entity(G.rivera), false)], "on the page, s unstars the page's entity")
        s.press("s")
        // The co-mentioned official at the bottom of the page.
        s.press("G")
        #expect(s.press("s") == [.setStar(.entity(G.okafor), true)])
        s.press("1", "j", "Enter")
        #expect(sets(s.press("s")) == [.setStar(.article(visit), true)], "in the article pane, the open article")
        #expect(s.starredEntities == [G.rivera, G.okafor])
    }

    @Test(":starred and S list starred entities and articles; Enter follows; s leaves a hollow star; again shows all")
    func starredView() {
        var s = fresh()
        s.press("s", "3", "s")  // pipeline and Ana Rivera
        s.press("1", ":")
        s.type("starred")
        s.press("Enter")
        #expect(s.page?.isStarred == true && s.focus == .content)
        #expect(s.timeline == [pipeline], "the timeline lists the starred articles")
        let text = s.screenText
        #expect(text.contains("STARRED ENTITIES (1)") && text.contains("★ Ana Rivera"))
        #expect(text.contains("STARRED ARTICLES (1)"))
        #expect(s.screen[0].contains("filters: starred"))
        #expect(s.press("s") == [.setStar(.entity(G.rivera), false)])
        #expect(s.screenText.contains("☆ Ana Rivera"), "unstarred, still listed")
        s.press("s", "Enter")
        #expect(s.page?.entityID == G.rivera)
        s.press("<")
        #expect(s.page?.isStarred == true)
        s.press("S")
        #expect(s.readingFilter == nil && s.timeline.count == 4 && s.page?.isStarred == false)
        var empty = fresh()
        empty.press("S")
        #expect(empty.screenText.contains("Nothing starred yet"))
        #expect(empty.timeline.isEmpty)
    }

    @Test("the position round-trips: article, scroll, focus, filters and the reading view")
    func positionRoundTrip() {
        var s = fresh(80, 10)
        _ = s.runCommand("country Norland")
        s.press("u", "j", "Enter", "Space")
        let before = s.position
        #expect(before.page == .article && before.scroll > 0 && before.focus == "content")
        #expect(before.filter.reading == .unread && before.filter.entities == [G.norland.description])

        var t = fresh(80, 10)
        t.unread = s.unread.union([s.page!.articleID!])  // unread as it was when the view was chosen
        t.restore(before)
        #expect(t.page?.articleID == s.page?.articleID)
        if case .article(let a)? = t.page { #expect(a.scroll == before.scroll) }
        #expect(t.focus == .content)
        #expect(t.filter.countries == [G.norland] && t.readingFilter == .unread)
        #expect(t.timelineSelection == t.timeline.firstIndex(of: t.page!.articleID!))
        #expect(t.position == before)
    }

    @Test("an entity page and the starred page come back too; what the corpus lost is skipped")
    func positionPagesAndStaleness() {
        var s = fresh()
        _ = s.runCommand("entity Ana Rivera")
        s.press("j", "j")
        let p = s.position
        var t = fresh()
        t.restore(p)
        #expect(t.page == s.page && t.focus == .content)

        var stale = fresh()
        stale.restore(ReadingPosition(page: .article, article: ArticleID("gone"), scroll: 9, focus: "sidebar",
                                      filter: SavedFilter(entities: ["person:nobody", G.estmark.description])))
        #expect(stale.page?.articleID != ArticleID("gone"))
        #expect(stale.filter.countries == [G.estmark] && stale.filter.people.isEmpty)

        var st = fresh()
        st.starredEntities = [G.tanaka]
        st.restore(ReadingPosition(page: .starred, selection: 1, focus: "content", filter: SavedFilter(reading: .starred)))
        #expect(st.page?.isStarred == true && st.readingFilter == .starred)
    }

    @Test("a store's marks become the unread set: every article not read")
    func applyState() {
        var s = Fixtures.state()
        s.applyReadingState(ReadingState(read: [pipeline, ArticleID("elsewhere")], starredArticles: [visit], starredEntities: [G.norland]))
        #expect(s.unread == [visit, council, ArticleID("notes.txt")])
        #expect(s.starredArticles == [visit] && s.starredEntities == [G.norland])
    }
}

extension ReadingStateTests {
    @Test("restoring the unread view keeps the article being read listed, though it is read now")
    func restoreUnreadViewKeepsCurrent() {
        var s = fresh()
        s.press("u", "j", "Enter")
        let p = s.position
        var t = fresh()
        t.unread = s.unread  // the article just read is no longer unread
        t.restore(p)
        #expect(t.timeline.contains(p.article!) && t.selectedTimelineArticle == p.article)
        #expect(t.timeline.count == 4)
    }
}
