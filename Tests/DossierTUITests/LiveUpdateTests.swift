import DossierKit
import DossierState
@testable import DossierTUI
import Foundation
import Testing

/// The reader when its folder changes under it: what the user looks at stays put, and the
/// bottom line says what changed until the next key.
@Suite("Update: live updates")
struct LiveUpdateTests {
    static let months = ["January", "February", "March"]

    /// Report `n`, dated so that a higher `n` is newer, long enough to scroll.
    static func text(_ n: Int, country: String = "Norway", edited: Bool = false) -> String {
        var t = "Report \(n): talks on trade with \(country)\(edited ? ", updated" : "")\n\n\(months[n / 28]) \(1 + n % 28), 2025\n\n"
        for p in 0..<14 {
            t += "Foreign Minister Lena Varga of \(country) said on Monday that trade talks would continue (part \(p)).\n\n"
        }
        return t
    }

    static func files(_ range: ClosedRange<Int>) -> [String: String] {
        Dictionary(uniqueKeysWithValues: range.map { (String(format: "r%02d.txt", $0), text($0)) })
    }

    /// The corpus of `files`, loaded from a folder removed again afterwards.
    static func corpus(_ files: [String: String]) -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try! text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try! Corpus.load(from: dir)
    }

    /// Applies the corpus of `files` as a live update of `s`'s corpus.
    static func update(_ s: inout AppState, _ files: [String: String]) {
        let new = Self.corpus(files)
        _ = s.handle(.corpusUpdated(new, CorpusChanges(from: s.corpus, to: new)))
    }

    static func id(_ s: AppState, _ n: Int) -> ArticleID { s.corpus.article(file: String(format: "r%02d.txt", n))!.id }

    @Test("newer articles arrive above: the selected article stays selected on its row, the open article keeps its scroll")
    func arrivalsAbove() {
        var s = Fixtures.state(120, 40, corpus: Self.corpus(Self.files(1...30)))
        s.press("G")
        for _ in 0..<6 { s.press("k") }
        s.press("Enter", "j", "j", "j")
        let selected = s.selectedTimelineArticle, page = s.page, row = s.timelineSelection - s.timelineScroll
        #expect(s.timelineScroll > 0, "a scrolled timeline")
        #expect(s.focus == .content)
        guard case .article(let p)? = page else { Issue.record("no article open"); return }
        #expect(p.scroll == 3)

        Self.update(&s, Self.files(1...33))
        #expect(s.timeline.count == 33)
        #expect(s.selectedTimelineArticle == selected)
        #expect(s.timelineSelection - s.timelineScroll == row, "the same row on screen")
        #expect(s.page == page && s.focus == .content)
        #expect(s.message?.text == "3 new articles")
        #expect(s.screen.last?.contains("3 new articles") == true)
        #expect(s.screen[0].contains("33 of 33 articles"))
        s.press("j")
        #expect(s.message == nil, "until the next key")
    }

    @Test("filters stay and apply to the arrivals; the message counts every new article")
    func filtersStay() {
        var files = Self.files(1...6)
        files["r03.txt"] = Self.text(3, country: "Chile")
        var s = Fixtures.state(corpus: Self.corpus(files))
        s.press(":"); s.type("country Norway"); s.press("Enter")
        let filter = s.filter
        #expect(s.timeline.count == 5)
        files["r07.txt"] = Self.text(7)
        files["r08.txt"] = Self.text(8, country: "Chile")
        Self.update(&s, files)
        #expect(s.filter == filter)
        #expect(s.timeline.count == 6 && s.timeline.first == Self.id(s, 7))
        #expect(s.message?.text == "2 new articles")
        #expect(s.screen[0].contains("filters: country Norway"))
    }

    @Test("the selected and open article removed: its neighbour is selected and open")
    func removedSelectsNeighbour() {
        var files = Self.files(1...10)
        var s = Fixtures.state(corpus: Self.corpus(files))
        s.press("j", "j", "j", "Enter")          // Report 7
        #expect(s.page?.articleID == Self.id(s, 7))
        let back = s.history.back
        files["r07.txt"] = nil
        Self.update(&s, files)
        #expect(s.timelineSelection == 3 && s.selectedTimelineArticle == Self.id(s, 6), "the next one down")
        #expect(s.page?.articleID == Self.id(s, 6))
        #expect(s.history.back == back)
        #expect(s.message?.text == "1 article removed")

        // At the bottom, the one above.
        s.press("1", "G")
        #expect(s.selectedTimelineArticle == Self.id(s, 1))
        files["r01.txt"] = nil
        Self.update(&s, files)
        #expect(s.selectedTimelineArticle == Self.id(s, 2))
    }

    @Test("a rewritten article stays selected and open under its new id; the history follows it")
    func rewrittenFollows() throws {
        var files = Self.files(1...5)
        var s = Fixtures.state(corpus: Self.corpus(files))
        s.press("j", "Enter", "j", "j")          // Report 4, open and scrolled
        let old = Self.id(s, 4)
        guard case .article(let before)? = s.page else { Issue.record("no article open"); return }
        files["r04.txt"] = Self.text(4, edited: true)
        Self.update(&s, files)
        let new = Self.id(s, 4)
        #expect(new != old)
        #expect(s.selectedTimelineArticle == new)
        guard case .article(let after)? = s.page else { Issue.record("no article open"); return }
        #expect(after.id == new && after.scroll == before.scroll)
        #expect(s.message?.text == "1 article changed")
        #expect(s.currentArticle?.title == "Report 4: talks on trade with Norway, updated")

        // An entity page opened from it: Back leads to the article as it is now.
        let varga = try #require(s.corpus.findEntities(named: "Lena Varga", kind: .person).first)
        s.openEntity(varga.id)
        files["r04.txt"] = Self.text(4)
        Self.update(&s, files)
        #expect(s.page?.entityID == varga.id)
        #expect(s.history.back.map(\.articleID) == [old])
        s.press("<")
        #expect(s.page?.articleID == old && s.selectedTimelineArticle == old)
    }

    @Test("what changed adds up until a key: new, changed and removed together; added and removed again is nothing")
    func tally() {
        var files = Self.files(1...5)
        var s = Fixtures.state(corpus: Self.corpus(files))
        files["r06.txt"] = Self.text(6); files["r07.txt"] = Self.text(7)
        Self.update(&s, files)
        #expect(s.message?.text == "2 new articles")
        files["r02.txt"] = Self.text(2, edited: true); files["r01.txt"] = nil
        Self.update(&s, files)
        #expect(s.message?.text == "2 new articles, 1 changed, 1 removed")
        files["r06.txt"] = nil
        Self.update(&s, files)
        #expect(s.message?.text == "1 new article, 1 changed, 1 removed")
        s.press("j")
        #expect(s.message == nil)
        files["r08.txt"] = Self.text(8)
        Self.update(&s, files)
        #expect(s.message?.text == "1 new article")
        files["r08.txt"] = nil
        Self.update(&s, files)
        #expect(s.message == nil, "nothing left to say")
        // Only changed, only removed.
        files["r03.txt"] = Self.text(3, edited: true)
        Self.update(&s, files)
        #expect(s.message?.text == "1 article changed")
        s.press("j")
        files["r03.txt"] = nil; files["r04.txt"] = nil
        Self.update(&s, files)
        #expect(s.message?.text == "2 articles removed")
    }

    @Test("a file that cannot be read is named; an update that changed nothing says nothing")
    func problemsAndNothing() {
        var files = Self.files(1...3)
        var s = Fixtures.state(corpus: Self.corpus(files))
        Self.update(&s, files)
        #expect(s.message == nil)
        files["empty.txt"] = ""
        Self.update(&s, files)
        #expect(s.message?.text.hasPrefix("empty.txt not read: ") == true)
        #expect(s.message?.isError == true)
        files["r04.txt"] = Self.text(4)
        Self.update(&s, files)
        #expect(s.message?.text.hasPrefix("1 new article · empty.txt not read") == true)
        #expect(s.message?.isError == false)
        // Written whole since: no longer a problem.
        files["empty.txt"] = Self.text(5)
        Self.update(&s, files)
        #expect(s.message?.text == "2 new articles")
    }

    @Test("arrivals are unread, a rewritten article is unread again, removed articles are no longer counted")
    func unread() {
        var files = Self.files(1...4)
        var s = Fixtures.state(corpus: Self.corpus(files))
        var r = ReadingState()
        r.read = [Self.id(s, 1), Self.id(s, 2)]
        s.applyReadingState(r)
        #expect(s.unread == [Self.id(s, 3), Self.id(s, 4)])
        files["r05.txt"] = Self.text(5)
        files["r02.txt"] = Self.text(2, edited: true)
        files["r04.txt"] = nil
        Self.update(&s, files)
        #expect(s.unread == [Self.id(s, 2), Self.id(s, 3), Self.id(s, 5)])
        #expect(s.screen[0].contains("3 unread"))
    }

    @Test("the unread view takes unread arrivals; an empty reader shows the first article that arrives")
    func unreadViewAndEmpty() {
        var files = Self.files(1...3)
        var s = Fixtures.state(corpus: Self.corpus(files))
        var r = ReadingState()
        r.read = [Self.id(s, 1)]
        s.applyReadingState(r)
        s.press("u")
        #expect(s.timeline.count == 2)
        files["r04.txt"] = Self.text(4)
        Self.update(&s, files)
        #expect(s.readingFilter == .unread && s.timeline.count == 3 && s.timeline.first == Self.id(s, 4))

        var e = Fixtures.state(corpus: Self.corpus([:]))
        #expect(e.page == nil)
        Self.update(&e, Self.files(1...2))
        #expect(e.page?.articleID == Self.id(e, 2) && e.selectedTimelineArticle == Self.id(e, 2))
    }

    @Test("an entity page stays while its entity does, and gives way to the timeline's article when it goes")
    func entityPage() throws {
        var files = Self.files(1...3)
        files["r04.txt"] = "Fishing quotas agreed\n\nJanuary 5, 2025\n\nFisheries Minister Ola Berg of Norway agreed quotas in Bergen.\n"
        var s = Fixtures.state(corpus: Self.corpus(files))
        let berg = try #require(s.corpus.findEntities(named: "Ola Berg", kind: .person).first)
        s.openEntity(berg.id)
        #expect(s.page?.entityID == berg.id)
        files["r05.txt"] = Self.text(5)
        Self.update(&s, files)
        #expect(s.page?.entityID == berg.id)
        files["r04.txt"] = nil
        Self.update(&s, files)
        #expect(s.page?.articleID == s.selectedTimelineArticle && s.page != nil)
    }

    @Test("while the folder is read again the status bar says so; a failure is an error message and keeps the corpus")
    func updatingAndFailure() {
        var s = Fixtures.state(corpus: Self.corpus(Self.files(1...2)))
        _ = s.handle(.corpusUpdating(files: 1))
        #expect(s.screen[0].contains("2 of 2 articles · updating…"))
        _ = s.handle(.corpusUpdateFailed("corpus folder /x does not exist"))
        #expect(s.loading == nil && s.corpus.articles.count == 2)
        #expect(s.message?.isError == true && s.message?.text.contains("does not exist") == true)
    }

    @Test("in the runtime: a file copied in while the reader runs appears, read on the watching thread", arguments: [WatchMode.from(environment: [:]), .poll])
    func runtime(mode: WatchMode) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for n in 1...2 { try Self.text(n).write(to: folder.appendingPathComponent("r0\(n).txt"), atomically: true, encoding: .utf8) }
        var options = LoadOptions()
        options.indexFile = dir.appendingPathComponent("index.bin")
        let live = LiveCorpus(folder: folder, options: options, mode: mode, timing: WatchTiming(quiet: 0.2, maxDelay: 1, pollInterval: 0.2))
        let base = options
        let (backend, outcome, state) = RuntimeTests.start([
            .waitFor("2 of 2 articles"),
            .keys(["j"]),
            .run { try? Self.text(3).write(to: folder.appendingPathComponent("r03.txt"), atomically: true, encoding: .utf8) },
            .waitFor("1 new article"),
            .waitFor("3 of 3 articles"),
            .keys(["Q"]),
        ], loading: { progress, partial in
            var o = base; o.progress = progress; o.partial = partial
            return try Corpus.load(from: folder, options: o)
        }, live: live)
        #expect(!backend.timedOut, "the script stalled at:\n\(backend.screen)")
        guard case .quit = outcome else { Issue.record("ended with \(outcome)"); return }
        #expect(state.corpus.articles.count == 3)
        #expect(state.selectedTimelineArticle == state.corpus.article(file: "r01.txt")?.id, "the selection stayed on Report 1")
        #expect(backend.loadsFinished == 2, "the load, then the update")
        // The reader stopped the watcher on its way out; its thread ends soon after.
        let end = Date().addingTimeInterval(10)
        while live.activeMode != .off, Date() < end { Thread.sleep(forTimeInterval: 0.01) }
        #expect(live.activeMode == .off, "stopped with the reader")
    }
}
