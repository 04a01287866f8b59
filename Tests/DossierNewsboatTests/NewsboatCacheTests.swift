@testable import DossierKit
import DossierNewsboat
import Foundation
import GRDB
import Testing

/// newsboat's cache read as articles, with caches newsboat itself makes from feeds written here.
@Suite("newsboat cache", .enabled(if: Newsboat.shouldRun, "newsboat is not installed"))
struct NewsboatCacheTests {
    @Test("every item newsboat cached is an article: title, date, link, author, text from HTML, the feed's title as source")
    func itemsAreArticles() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let corpus = try load([cache])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        #expect(corpus.articles.count == 3)
        let a = try #require(corpus.articles.first { $0.title == "Araghchi meets Dar in Islamabad" })
        #expect(a.file.hasPrefix("cache.db#"))
        #expect(a.published?.description == "2025-05-08")
        #expect(a.link == "https://news.example.org/2025/05/araghchi-dar")
        #expect(a.author == "Sara Khan")
        #expect(a.source == "Gulf Wire")
        #expect(a.text.contains("The two ministers discussed border trade & security."))
        #expect(!a.text.contains("<p>") && !a.text.contains("tracking"))
        #expect(a.dateline == "Islamabad")
        // Cross-linked like any article: the officials are people.
        #expect(corpus.findEntities(named: "Seyed Abbas Araghchi", kind: .person).count == 1)
        #expect(corpus.findEntities(named: "Syed Asim Munir", kind: .person).count == 1)
        // The item newsboat gave a guid of its own (link and date) is named by its link.
        let munir = try #require(corpus.articles.first { $0.title.hasPrefix("Munir") })
        #expect(munir.source == "Gulf Wire" && munir.author == nil)
        #expect(munir.id == StoreItem(number: 0, link: "https://news.example.org/2025/05/munir").articleID)
    }

    @Test("an item has the same id in the cache as in the feed file, and the two are one article")
    func sameIdsAsTheFeed() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let feedOnly = try load([dir.path("wire.xml")])
        let cacheOnly = try load([cache])
        #expect(Set(feedOnly.articles.map(\.id)) == Set(cacheOnly.articles.map(\.id)))
        let both = try load([dir.path("wire.xml"), cache])
        #expect(both.articles.count == 3, "\(both.articles.map(\.file))")
        #expect(both.problems.isEmpty, "\(both.problems)")
    }

    @Test("items newsboat deleted are left out")
    func deletedItems() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        try writable(cache).write { try $0.execute(sql: "UPDATE rss_item SET deleted = 1 WHERE title LIKE 'Tehran%'") }
        let corpus = try load([cache])
        #expect(corpus.articles.count == 2)
        #expect(!corpus.articles.contains { $0.title.hasPrefix("Tehran") })
    }

    @Test("reading never writes: no journal or WAL beside the cache, the file unchanged")
    func readOnly() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        var st = stat()
        stat(cache.path, &st)
        let before = dir.listing()
        let corpus = try load([cache])
        _ = try NewsboatCache.marks(path: cache.path)
        #expect(corpus.articles.count == 3)
        #expect(dir.listing() == before)
        var after = stat()
        stat(cache.path, &after)
        #expect(after.st_mtim.tv_sec == st.st_mtim.tv_sec && after.st_mtim.tv_nsec == st.st_mtim.tv_nsec)
    }

    @Test("an unchanged cache comes from the index, not the database; a changed one is read again")
    func index() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let index = dir.path("index/index.bin")
        let first = try load([cache], index: index)
        #expect(first.articles.count == 3 && first.problems.isEmpty)
        // Same size and time, other bytes: a restart that opened the database would fail.
        var st = stat()
        stat(cache.path, &st)
        let size = Int(st.st_size)
        try Data(repeating: 0x2A, count: size).write(to: cache)
        var times = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, cache.path, &times, 0) == 0)
        let again = try load([cache], index: index)
        #expect(again.problems.isEmpty, "\(again.problems)")
        #expect(again.articles.map(\.id).sorted() == first.articles.map(\.id).sorted())
        #expect(again.articles.map(\.text).sorted() == first.articles.map(\.text).sorted())
        // Touched: read again, and now it is not a database.
        var later = [st.st_atim, timespec(tv_sec: st.st_mtim.tv_sec + 5, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, cache.path, &later, 0) == 0)
        let changed = try load([cache], index: index)
        #expect(changed.articles.isEmpty)
        #expect(changed.problems.contains { $0.file == "cache.db" && $0.isFatal && $0.message.contains("not an SQLite database") })
    }

    @Test("a cache newsboat changed: items it had before come from the index, only new ones are extracted")
    func changedCacheReusesItems() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let index = dir.path("index/index.bin")
        #expect(try load([cache], index: index).articles.count == 3)
        // Mark what the index holds, so an article taken from it shows.
        var problems: [LoadProblem] = []
        var kept = CorpusIndex.read(index, problems: &problems)
        #expect(kept.entries.count == 3 && kept.entries.values.allSatisfy { $0.local.itemKey != 0 })
        for (k, var e) in kept.entries { e.local.article.title = "From the index"; kept.entries[k] = e }
        try kept.write(index)
        // newsboat fetches the feed again, now with a fourth item.
        var longer = FeedFile.wire
        longer.items.append(.init(title: "Dar meets Wang Yi in Beijing", link: "https://news.example.org/2025/05/dar-wang", guid: "gw-1004",
                                  date: "Sun, 11 May 2025 08:00:00 +0000", author: nil, html: "<p>BEIJING, May 11, 2025 — Ishaq Dar met Wang Yi.</p>"))
        try Newsboat.makeCache(["wire.xml": longer.xml], in: dir.url)
        let corpus = try load([cache], index: index)
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        #expect(corpus.articles.map(\.title).sorted() == ["Dar meets Wang Yi in Beijing", "From the index", "From the index", "From the index"])
    }

    @Test("a cache newsboat holds locked is read from a copy, with a warning naming it")
    func locked() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let holder = try LockHolder(cache)
        defer { holder.release() }
        let beside = dir.listing().keys.sorted()   // the holder's journal is there now
        let corpus = try load([cache])
        #expect(corpus.articles.count == 3)
        #expect(corpus.problems.count == 1)
        let p = try #require(corpus.problems.first)
        #expect(p.file == "cache.db" && !p.isFatal && p.message.contains("locked"))
        // The copy holds what newsboat committed, not the unfinished write: marks are unread.
        let marks = try NewsboatCache.marks(path: cache.path)
        #expect(marks.count == 3 && marks.allSatisfy { !$0.read })
        #expect(dir.listing().keys.sorted() == beside, "nothing left beside the cache")
        holder.release()
        #expect(!FileManager.default.fileExists(atPath: cache.path + "-journal"))
        #expect(try load([cache]).problems.isEmpty)
    }

    @Test("a damaged cache is named and everything else loads")
    func damaged() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url, name: "good.db")
        dir.write("texts/a.txt", "Iran's Deputy FM Araghchi Meets Pakistan Army Chief\n\nISLAMABAD, May 8, 2025 — Seyed Abbas Araghchi met General Syed Asim Munir.\n")
        dir.write("garbage.db", String(repeating: "not a database at all\n", count: 200))
        // The first page alone: SQLite's header, then nothing the schema points to.
        let whole = try Data(contentsOf: cache)
        try whole.prefix(4096).write(to: dir.path("truncated.db"))
        // Pages past the schema overwritten: the tables are there, their rows are not.
        var scribbled = whole
        for i in 8192..<scribbled.count { scribbled[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try scribbled.write(to: dir.path("scribbled.db"))
        let corpus = try load([dir.path("texts"), cache, dir.path("garbage.db"), dir.path("truncated.db"), dir.path("scribbled.db")])
        #expect(corpus.articles.count == 4, "\(corpus.articles.map(\.file))")
        let byFile = Dictionary(grouping: corpus.problems, by: \.file)
        #expect(byFile["garbage.db"]?.first?.message.contains("not an SQLite database") == true, "\(corpus.problems)")
        #expect(byFile["garbage.db"]?.first?.isFatal == true)
        #expect(byFile["truncated.db"]?.first?.message.contains("damaged") == true, "\(corpus.problems)")
        #expect(byFile["scribbled.db"]?.isEmpty == false, "\(corpus.problems)")
        #expect(byFile["good.db"] == nil && byFile["texts/a.txt"] == nil)
    }

    @Test("a cache from another version: no rss_item, a missing column, no rss_feed")
    func otherVersions() throws {
        let dir = TempDir()
        // An SQLite file with newsboat's feed table only.
        try DatabaseQueue(path: dir.path("feeds-only.db").path).write {
            try $0.execute(sql: "CREATE TABLE rss_feed (rssurl TEXT PRIMARY KEY, url TEXT, title TEXT)")
        }
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url, name: "no-content.db")
        try writable(cache).write { try $0.execute(sql: "ALTER TABLE rss_item DROP COLUMN content") }
        let noFeeds = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url, name: "no-feeds.db")
        try writable(noFeeds).write { try $0.execute(sql: "DROP TABLE rss_feed") }
        let corpus = try load([dir.path("feeds-only.db"), cache, noFeeds])
        let byFile = Dictionary(grouping: corpus.problems, by: \.file)
        #expect(byFile["feeds-only.db"]?.first?.message.contains("no table rss_item") == true, "\(corpus.problems)")
        #expect(byFile["no-content.db"]?.first?.message.contains("no column content") == true, "\(corpus.problems)")
        #expect(byFile["no-content.db"]?.first?.message.contains("schema is version") == true, "\(corpus.problems)")
        #expect(byFile["no-feeds.db"]?.first.map { !$0.isFatal && $0.message.contains("rss_feed") } == true, "\(corpus.problems)")
        // Without feed titles the items still load, their source the feed's address.
        #expect(corpus.articles.count == 3)
        #expect(corpus.articles.allSatisfy { $0.source?.hasPrefix("file://") == true })
    }

    @Test("a file named on its own is taken for a cache by its content, whatever its name")
    func recognisedByContent() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url, name: "history")
        #expect(NewsboatCache().recognises(path: cache.path))
        #expect(!NewsboatCache().recognises(path: dir.path("wire.xml").path))
        #expect(try load([cache]).articles.count == 3)
    }
}

/// Where newsboat keeps its cache.
@Suite("newsboat cache: default place")
struct NewsboatPathTests {
    @Test("~/.newsboat without an XDG config folder; the XDG data folder when ~/.config/newsboat exists")
    func defaultPath() throws {
        let home = TempDir()
        let env = ["HOME": home.url.path]
        #expect(NewsboatCache.defaultPath(environment: env).path == home.url.path + "/.newsboat/cache.db")
        try FileManager.default.createDirectory(at: home.path(".config/newsboat"), withIntermediateDirectories: true)
        #expect(NewsboatCache.defaultPath(environment: env).path == home.url.path + "/.local/share/newsboat/cache.db")
        let xdg = ["HOME": home.url.path, "XDG_DATA_HOME": home.url.path + "/data", "XDG_CONFIG_HOME": home.url.path + "/.config"]
        #expect(NewsboatCache.defaultPath(environment: xdg).path == home.url.path + "/data/newsboat/cache.db")
        // A relative XDG value is ignored, as newsboat ignores it.
        let relative = ["HOME": home.url.path, "XDG_DATA_HOME": "data"]
        #expect(NewsboatCache.defaultPath(environment: relative).path == home.url.path + "/.local/share/newsboat/cache.db")
        // Where newsboat would look holds none, the other place does: that one.
        home.write(".newsboat/cache.db", "x")
        #expect(NewsboatCache.defaultPath(environment: env).path == home.url.path + "/.newsboat/cache.db")
    }
}
