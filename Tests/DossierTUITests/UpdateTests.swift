import DossierKit
@testable import DossierTUI
import Testing

/// Every action of the action table, driven through `handle(_:)` on the golden corpus.
@Suite("Update: actions")
struct UpdateTests {
    typealias G = GoldenCorpus

    func articlePage(_ s: AppState) -> ArticlePage? { if case .article(let p)? = s.page { return p }; return nil }
    func entityPage(_ s: AppState) -> EntityPageState? { if case .entity(let e)? = s.page { return e }; return nil }

    @Test("starts on the newest article with the timeline focused")
    func start() {
        let s = Fixtures.state()
        #expect(s.timeline.count == 4)
        #expect(s.focus == .timeline)
        #expect(s.page?.articleID == ArticleID("001_pipeline.txt"))
    }

    @Test("move-down / move-up in the timeline preview the article without history")
    func moveTimeline() {
        var s = Fixtures.state()
        s.press("j")
        #expect(s.timelineSelection == 1)
        #expect(s.page?.articleID == ArticleID("002_visit.txt"))
        #expect(s.history.back.isEmpty)
        s.press("Down", "Down", "Down")
        #expect(s.timelineSelection == 3)
        s.press("k")
        #expect(s.timelineSelection == 2)
        s.press("Up", "Up", "Up")
        #expect(s.timelineSelection == 0)
    }

    @Test("first / last, page and half page in the timeline and the article")
    func paging() {
        var s = Fixtures.state(80, 12)
        s.press("G")
        #expect(s.timelineSelection == 3)
        s.press("g")
        #expect(s.timelineSelection == 0)
        s.press("End"); #expect(s.timelineSelection == 3)
        s.press("Home"); #expect(s.timelineSelection == 0)
        s.press("2")
        s.press("Space")
        let afterPage = articlePage(s)!.scroll
        #expect(afterPage > 0)
        s.press("b")
        #expect(articlePage(s)!.scroll == 0)
        s.press("PgDn"); #expect(articlePage(s)!.scroll == afterPage)
        s.press("PgUp"); #expect(articlePage(s)!.scroll == 0)
        s.press("C-d")
        let half = articlePage(s)!.scroll
        #expect(half > 0 && half <= afterPage)
        s.press("C-u"); #expect(articlePage(s)!.scroll == 0)
        s.press("G")
        let a = s.currentArticle!
        #expect(articlePage(s)!.scroll == s.maxArticleScroll(s.articleLayout(a)))
        s.press("j")
        #expect(articlePage(s)!.scroll == s.maxArticleScroll(s.articleLayout(a)), "never scrolls past the end")
    }

    @Test("focus: h/l and arrows cycle, 1/2/3 jump")
    func focus() {
        var s = Fixtures.state()
        s.press("l"); #expect(s.focus == .content)
        s.press("Right"); #expect(s.focus == .sidebar)
        s.press("l"); #expect(s.focus == .sidebar, "stops at the edge")
        s.press("h"); #expect(s.focus == .content)
        s.press("Left"); #expect(s.focus == .timeline)
        s.press("3"); #expect(s.focus == .sidebar)
        s.press("2"); #expect(s.focus == .content)
        s.press("1"); #expect(s.focus == .timeline)
    }

    @Test("Tab / Shift-Tab select mentions in order and wrap round")
    func mentions() {
        var s = Fixtures.state()
        let a = s.currentArticle!
        s.press("Tab")
        #expect(s.focus == .content)
        #expect(articlePage(s)?.mention == 0)
        s.press("Tab")
        #expect(articlePage(s)?.mention == 1)
        s.press("S-Tab", "S-Tab")
        #expect(articlePage(s)?.mention == a.mentions.count - 1)
    }

    @Test("Enter follows a mention to the entity page; back and forward walk the history")
    func followAndHistory() {
        var s = Fixtures.state()
        s.press("Tab")  // "Norland" in the title
        let first = s.currentArticle!.mentions[0].entity
        s.press("Enter")
        #expect(s.page?.entityID == first)
        #expect(s.history.back.count == 1)
        s.press("<")
        #expect(s.page?.articleID == ArticleID("001_pipeline.txt"))
        #expect(articlePage(s)?.mention == 0, "back restores the selected mention")
        s.press(">")
        #expect(s.page?.entityID == first)
        s.press("Backspace")
        #expect(s.page?.articleID != nil)
        s.press("<")
        #expect(s.message?.text == "Nothing to go back to")
        s.press(">", ">")
        #expect(s.message?.text == "Nothing to go forward to")
    }

    @Test("q on an entity page with nothing behind it (restored from the last session) goes to the article; q there quits")
    func closeRestoredPage() {
        var s = Fixtures.state()
        s.press("Tab")
        let first = s.currentArticle!.mentions[0].entity
        s.page = .entity(EntityPageState(id: first))
        s.history = History()
        #expect(!s.press("q").contains(.quit))
        #expect(s.page?.articleID == ArticleID("001_pipeline.txt"))
        #expect(s.press("q").contains(.quit))
    }

    @Test("the official's page lists roles, every article, and co-mentioned officials that Enter follows")
    func officialPage() {
        var s = Fixtures.state()
        _ = s.runCommand("entity Ana Rivera")
        #expect(s.page?.entityID == G.rivera)
        let items = s.entityItems(G.rivera)
        let articles = items.compactMap { item -> ArticleID? in
            if case .article(let id, _)? = item.target { return id }; return nil
        }
        #expect(Set(articles) == [ArticleID("001_pipeline.txt"), ArticleID("003_council.txt")])
        // Walk to the co-mentioned official and follow him.
        s.press("G", "Enter")
        #expect(s.page?.entityID == G.okafor)
        s.press("<")
        #expect(s.page?.entityID == G.rivera)
    }

    @Test("Enter on a mentioned-in entry opens the article at that mention")
    func openAtMention() {
        var s = Fixtures.state(80, 12)
        _ = s.runCommand("entity Estmark")
        // Move to the undated notes entry (the last article).
        let items = s.entityItems(G.estmark)
        let target = items.lastIndex { if case .article? = $0.target { return true }; return false }!
        while entityPage(s)!.list.selection != target { s.press("j") }
        s.press("Enter")
        let p = articlePage(s)!
        #expect(p.id == ArticleID("notes.txt"))
        let a = s.currentArticle!
        #expect(a.mentions[p.mention!].entity == G.estmark)
    }

    @Test("the sidebar opens entity pages; = adds the pointed entity as a filter")
    func sidebar() {
        var s = Fixtures.state()
        s.press("3")
        s.press("Enter")
        #expect(s.page?.entityID == G.rivera)
        s.press("<", "3")
        s.press("j")  // Chidi Okafor
        s.press("=")
        #expect(s.filter.people == [G.okafor])
        #expect(s.timeline.count == 2)
        #expect(s.screen[0].contains("official Chidi Okafor"))
    }

    @Test("filters AND together; F clears; an empty result says how to clear")
    func filters() {
        var s = Fixtures.state()
        _ = s.runCommand("country Norland")
        #expect(s.timeline.count == 2)
        _ = s.runCommand("topic energy")
        #expect(s.timeline == [ArticleID("001_pipeline.txt")])
        _ = s.runCommand("official Okafor")
        #expect(s.timeline.count == 1)
        _ = s.runCommand("until 2024-12-31")
        #expect(s.timeline.isEmpty)
        #expect(s.screenText.contains("F or :clear removes them"))
        s.press("Enter")
        #expect(s.message?.text.contains("F or :clear") == true)
        s.press("F")
        #expect(s.filter.isEmpty && s.timeline.count == 4)
        s.press("F")
        #expect(s.message?.text == "No filters to clear")
    }

    @Test("the filter picker narrows by typing, switches kind with Tab, toggles with Enter")
    func picker() {
        var s = Fixtures.state()
        s.press("f")
        guard case .picker(let p0)? = s.overlay else { Issue.record("no picker"); return }
        #expect(p0.kind == .country)
        s.type("nor")
        s.press("Enter")
        #expect(s.filter.countries == [G.norland])
        s.press("Enter")
        #expect(s.filter.countries.isEmpty, "Enter again removes it")
        s.press("C-u", "Tab")
        guard case .picker(let p1)? = s.overlay else { Issue.record("no picker"); return }
        #expect(p1.kind == .topic)
        s.press("Down", "Enter")
        #expect(s.filter.topics.count == 1)
        s.press("Esc")
        #expect(s.overlay == nil)
        #expect(s.filter.topics.count == 1, "closing keeps the filters")
    }

    @Test("/ narrows the timeline to matches; n and N step through them in the article")
    func search() {
        var s = Fixtures.state()
        s.press("/")
        #expect(s.prompt?.kind == .search)
        s.type("pipeline")
        s.press("Enter")
        #expect(s.timeline == [ArticleID("001_pipeline.txt")])
        s.press("n")
        #expect(articlePage(s)?.match == 0)
        s.press("n")
        #expect(articlePage(s)?.match == 1)
        s.press("N")
        #expect(articlePage(s)?.match == 0)
        #expect(s.screen[0].contains("/pipeline"))
        s.press("/", "C-u", "Enter")
        #expect(s.filter.text == nil && s.timeline.count == 4)
        s.press("n")
        #expect(s.message?.text.contains("No search") == true)
    }

    @Test(": runs commands, completes with Tab and keeps a history")
    func commandLine() {
        var s = Fixtures.state()
        s.press(":")
        s.type("ent")
        s.press("Tab")
        #expect(s.prompt?.text == "entity ")
        s.type("Yuk")
        s.press("Tab")
        #expect(s.prompt?.text == "entity Yuki Tanaka")
        s.press("Enter")
        #expect(s.page?.entityID == G.tanaka)
        s.press(":", "Up")
        #expect(s.prompt?.text == "entity Yuki Tanaka")
        s.press("Esc")
        #expect(s.prompt == nil)
        _ = s.runCommand("nonsense")
        #expect(s.message?.isError == true)
        _ = s.runCommand("country Atlantis")
        #expect(s.message?.text.contains("No country") == true)
        _ = s.runCommand("since yesterday")
        #expect(s.message?.text.contains("YYYY-MM-DD") == true)
        _ = s.runCommand("open 002_visit.txt")
        #expect(s.page?.articleID == ArticleID("002_visit.txt"))
        #expect(s.runCommand("q") == [.quit])
    }

    @Test("T and :theme switch themes; an unknown theme is an error")
    func themes() {
        var s = Fixtures.state()
        #expect(s.theme.name == "dark")
        s.press("T")
        #expect(s.theme.name == "light")
        _ = s.runCommand("theme mono")
        #expect(s.theme.name == "mono")
        _ = s.runCommand("theme nope")
        #expect(s.message?.isError == true && s.theme.name == "mono")
    }

    @Test("? opens help and q closes it; q goes back, then quits at the top")
    func helpAndClose() {
        var s = Fixtures.state()
        s.press("?")
        #expect(s.overlay == .help(scroll: 0))
        s.press("j")
        #expect(s.overlay == .help(scroll: 1))
        s.press("q")
        #expect(s.overlay == nil)
        s.press("F1"); s.press("Esc")
        #expect(s.overlay == nil)
        s.press("Tab", "Enter")
        #expect(s.page?.isEntity == true)
        #expect(s.press("q") == [.opened(ArticleID("001_pipeline.txt"))], "back to the article, not quit")
        #expect(s.page?.isEntity == false)
        #expect(s.press("q") == [.quit])
    }

    @Test("Q and Ctrl-C quit from anywhere; Ctrl-L asks for a full redraw")
    func quitAndRedraw() {
        var s = Fixtures.state()
        #expect(s.press("Q") == [.quit])
        var t = Fixtures.state()
        t.press("?")
        #expect(t.press("C-c") == [.quit])
        var u = Fixtures.state()
        #expect(u.press("C-l") == [.redrawAll])
    }

    @Test("opening an article is reported as an effect, for a reading-state store")
    func openedEffect() {
        var s = Fixtures.state()
        #expect(s.press("j") == [.opened(ArticleID("002_visit.txt"))])
        #expect(s.press("k") == [.opened(ArticleID("001_pipeline.txt"))])
        #expect(s.press("l").isEmpty)
    }

    @Test("unread articles are marked in the timeline")
    func unreadMarks() {
        var s = Fixtures.state()
        s.unread = [ArticleID("003_council.txt")]
        let row = s.screen.first { $0.contains("2024-11-30") } ?? ""
        #expect(row.contains("│•"))
    }

    @Test("on a terminal without colour every highlight is still an attribute")
    func monochromeState() {
        var s = Fixtures.state()
        s.monochrome = true
        #expect(s.resolvedTheme.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
        s.press("T")
        #expect(s.resolvedTheme[.selection].attrs.contains(.reverse))
    }

    @Test("unbound keys say so instead of doing something surprising")
    func unbound() {
        var s = Fixtures.state()
        s.press("z")
        #expect(s.message?.text.contains("does nothing") == true)
    }

    @Test("resizing keeps selection and scroll valid at every size")
    func resize() {
        var s = Fixtures.state()
        s.press("G", "2", "G")
        for (w, h) in [(60, 20), (20, 6), (10, 3), (1, 1), (200, 60), (120, 40)] {
            _ = s.handle(.resize(width: w, height: h))
            let g = Renderer.render(s)
            #expect(g.width == w && g.height == h)
        }
        #expect(s.timelineSelection == 3)
    }

    @Test("mouse: click focuses and selects, click again opens, the wheel scrolls; off with --no-mouse")
    func mouse() {
        var s = Fixtures.state()
        let tl = s.layout.inner(of: .timeline)!
        let second = tl.y + s.timelineRows.rowHeight  // the second article's first line
        _ = s.handle(.mouse(MouseEvent(.press, x: tl.x + 3, y: second)))
        #expect(s.timelineSelection == 1 && s.focus == .timeline)
        _ = s.handle(.mouse(MouseEvent(.press, x: tl.x + 3, y: second + s.timelineRows.rowHeight - 1)))
        #expect(s.focus == .content, "second click, on any line of the row, opens")
        let c = s.layout.inner(of: .content)!
        s.press("1", "g")
        _ = s.handle(.mouse(MouseEvent(.wheelDown, x: c.x + 5, y: c.y + 2)))
        _ = s.handle(.mouse(MouseEvent(.press, x: 200, y: 200)))
        var off = AppState(corpus: G.corpus, label: "g", width: 120, height: 40, themes: Fixtures.themes, mouse: false)
        _ = off.handle(.mouse(MouseEvent(.press, x: tl.x + 3, y: second)))
        #expect(off.timelineSelection == 0)
    }

    @Test("clicking a mention selects it; clicking it again follows it")
    func clickMention() {
        var s = Fixtures.state()
        let a = s.currentArticle!
        let l = s.articleLayout(a)
        let c = s.layout.inner(of: .content)!
        // Find the first mention on screen and its column.
        var x = 1
        var hit: (Int, Int, Int)?
        outer: for (row, line) in l.lines.enumerated() {
            x = 1
            for span in line {
                if let m = span.tag.mention { hit = (row, x, m); break outer }
                x += DisplayWidth.of(span.text)
            }
        }
        let (row, col, m) = hit!
        _ = s.handle(.mouse(MouseEvent(.press, x: c.x + col, y: c.y + row)))
        #expect(articlePage(s)?.mention == m)
        _ = s.handle(.mouse(MouseEvent(.press, x: c.x + col, y: c.y + row)))
        #expect(s.page?.entityID == a.mentions[m].entity)
    }

    @Test("every action in the table does something observable from some state")
    func everyActionCovered() {
        // A guard that the table and this suite stay in step: adding an action means adding a test.
        let covered: Set<Action> = [.moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .first, .last,
                                    .focusLeft, .focusRight, .focusTimeline, .focusArticle, .focusSidebar, .nextMention,
                                    .previousMention, .open, .back, .forward, .search, .searchNext, .searchPrevious,
                                    .filterPicker, .filterAdd, .filterClear, .command, .nextTheme, .help, .close, .cancel,
                                    .quit, .redraw, .toggleRead, .star, .showUnread, .showStarred, .recallView]
        #expect(covered.union(PromptAndPickerKeyTests.covered) == Set(Action.allCases))
    }
}
