import DossierKit
import DossierState
@testable import DossierTUI
import Testing

/// The reader while a corpus loads: partial corpora replace each other under the user's feet.
@Suite("Update: a corpus that fills in while loading")
struct LoadingTests {
    static let texts: [String: String] = [
        "a.txt": "Ports reopen after the storm\n\nMay 3, 2025\n\nForeign Minister Lena Varga of Hungary said on Saturday that trade through the ports of Norway would resume.",
        "b.txt": "Grain talks in Oslo\n\nJune 9, 2025\n\nPrime Minister Jonas Dahl of Norway met Lena Varga in Oslo to discuss trade and energy.",
        "c.txt": "Energy ministers meet\n\nJuly 21, 2025\n\nEnergy Minister Pablo Ruiz of Spain and Jonas Dahl discussed energy security in Madrid.",
        "e.txt": "Fishing quotas agreed\n\nAugust 1, 2025\n\nFisheries Minister Ola Berg of Norway agreed quotas in Bergen.",
        "d.txt": "A summit on the border\n\nApril 2, 2025\n\nInterior Minister Ahmet Kaya of Turkey visited the border with Greece.",
    ]
    static func corpus(_ names: [String]) -> Corpus { Fixtures.corpus(texts.filter { names.contains($0.key) }) }
    static let partial = corpus(["a.txt", "b.txt"])
    static let full = corpus(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"])
    static func id(_ file: String) -> ArticleID { full.articles.first { $0.file == file }!.id }

    func loading() -> AppState {
        var s = Fixtures.state(corpus: Corpus(root: Fixtures.repo, articles: [], problems: [], entities: [:]))
        s.loading = "reading 0 of 4 files…"
        return s
    }

    @Test("before any article: the timeline says it is loading and the status bar shows progress")
    func emptyWhileLoading() {
        let s = loading()
        #expect(s.screen[0].contains("0 of 0 articles · reading 0 of 4 files…"))
        #expect(s.screenText.contains("Loading golden…"))
        #expect(!s.screenText.contains("No articles in"))
    }

    @Test("untouched, each partial corpus shows as a fresh start would: the newest article open")
    func untouchedFollowsNewest() {
        var s = loading()
        s.replaceCorpus(Self.partial, final: false)
        #expect(s.timeline == [Self.id("b.txt"), Self.id("a.txt")])
        #expect(s.page?.articleID == Self.id("b.txt") && s.timelineSelection == 0)
        s.replaceCorpus(Self.full, final: true)
        #expect(s.timeline.first == Self.id("e.txt") && s.page?.articleID == Self.id("e.txt"))
        #expect(s.screen[0].contains("5 of 5 articles"))
    }

    @Test("after a key, the selection, open article and focus stay while articles arrive")
    func actedKeepsView() {
        var s = loading()
        s.replaceCorpus(Self.partial, final: false)
        s.press("j", "Enter")
        #expect(s.page?.articleID == Self.id("a.txt") && s.focus == .content)
        s.replaceCorpus(Self.full, final: true)
        #expect(s.page?.articleID == Self.id("a.txt"))
        #expect(s.focus == .content)
        #expect(s.selectedTimelineArticle == Self.id("a.txt"), "the selection follows its article to its new row")
        #expect(s.timeline.count == 5)
    }

    @Test("filters stay and apply to the articles that arrive")
    func filtersApplyToNewArticles() {
        var s = loading()
        s.replaceCorpus(Self.partial, final: false)
        s.press(":"); s.type("country Norway"); s.press("Enter")
        #expect(s.timeline.count == 2)
        s.replaceCorpus(Self.full, final: true)
        #expect(Set(s.timeline) == [Self.id("a.txt"), Self.id("b.txt"), Self.id("e.txt")], "only the articles that name Norway")
        #expect(!s.filter.isEmpty)
    }

    @Test("arriving articles are unread unless the store has them as read")
    func unreadForArrivals() {
        var s = loading()
        var r = ReadingState()
        r.read = [Self.id("c.txt")]
        s.applyReadingState(r)
        s.replaceCorpus(Self.partial, final: false)
        #expect(s.unread == [Self.id("a.txt"), Self.id("b.txt")])
        s.press("m")  // b read
        s.replaceCorpus(Self.full, final: true)
        #expect(s.unread == [Self.id("a.txt"), Self.id("d.txt"), Self.id("e.txt")], "c was read before, b was just marked")
    }

    @Test("the saved position comes back once its article has loaded, not before")
    func pendingPosition() {
        var s = loading()
        s.applyReadingState(ReadingState())
        s.pendingPosition = ReadingPosition(page: .article, article: Self.id("d.txt"), scroll: 0, focus: "content",
                                            timelineArticle: Self.id("d.txt"))
        s.replaceCorpus(Self.partial, final: false)
        #expect(s.page?.articleID == Self.id("b.txt") && s.pendingPosition != nil, "d.txt is not there yet")
        s.replaceCorpus(Self.full, final: false)
        #expect(s.page?.articleID == Self.id("d.txt") && s.focus == .content)
        #expect(s.selectedTimelineArticle == Self.id("d.txt") && s.pendingPosition == nil)
        s.replaceCorpus(Self.full, final: true)
        #expect(s.page?.articleID == Self.id("d.txt"), "a later corpus keeps the restored view")
    }

    @Test("a key before the saved article arrives drops the saved position")
    func keyDropsPendingPosition() {
        var s = loading()
        s.pendingPosition = ReadingPosition(page: .article, article: Self.id("d.txt"), focus: "content", timelineArticle: Self.id("d.txt"))
        s.replaceCorpus(Self.partial, final: false)
        s.press("j")
        #expect(s.pendingPosition == nil)
        s.replaceCorpus(Self.full, final: true)
        #expect(s.selectedTimelineArticle == Self.id("a.txt"))
    }

    @Test("an entity page stays open while the corpus grows")
    func entityPageStays() throws {
        var s = loading()
        s.replaceCorpus(Self.partial, final: false)
        let dahl = try #require(Self.partial.findEntities(named: "Jonas Dahl", kind: .person).first)
        s.press(":"); s.type("entity Jonas Dahl"); s.press("Enter")
        guard case .entity(let before)? = s.page, before.id == dahl.id else { Issue.record("no entity page"); return }
        s.replaceCorpus(Self.full, final: true)
        guard case .entity(let e)? = s.page else { Issue.record("the entity page closed"); return }
        #expect(e.id == dahl.id)
        #expect(s.screenText.contains("Energy ministers meet"), "the page lists the article that arrived")
    }
}
