@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

/// A live update is a load through the on-disk index that reads the files a watcher names even
/// when their size and time look unchanged: it reads only what changed, and links to the corpus
/// a cold load of the folder gives.
@Suite("Incremental update")
struct IncrementalUpdateTests {
    static func load(_ d: TempDir, _ index: URL, reread: Set<String> = []) throws -> Corpus {
        var o = LoadOptions()
        o.indexFile = index
        o.reread = reread
        return try Corpus.load(from: d.url, options: o)
    }

    /// Replaces a file's bytes keeping its size and modification time, as a fast rewrite can.
    static func rewriteKeepingStamp(_ url: URL, _ text: String) throws {
        var st = stat()
        #expect(stat(url.path, &st) == 0)
        let data = Data(text.utf8)
        #expect(data.count == Int(st.st_size), "the same size")
        try data.write(to: url)
        var times = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
    }

    static func feed(_ items: [(guid: String, title: String, text: String)]) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Frontier Wire</title><link>https://wire.example/</link>"#
        for i in items {
            s += "<item><title>\(i.title)</title><link>https://wire.example/\(i.guid)</link><guid>\(i.guid)</guid>"
            s += "<pubDate>Wed, 12 Jun 2024 09:30:00 +0500</pubDate><description>\(i.text)</description></item>"
        }
        return s + "</channel></rss>\n"
    }

    static let page = """
    <!DOCTYPE html><html><head><title>Ministers meet | Ledger</title>
    <meta property="og:title" content="Ministers of Kenya and Ethiopia meet in Nairobi">
    <meta property="og:site_name" content="The Daily Ledger">
    <meta property="article:published_time" content="2024-03-05T09:30:00+03:00"></head>
    <body><nav><a href="/">Home</a></nav><article><div class="article-body">
    <p>NAIROBI, March 5 (Ledger) — Kenyan Foreign Minister Musalia Mudavadi received his Ethiopian counterpart Taye Atske Selassie in Nairobi on Tuesday, officials said.</p>
    <p>The two ministers discussed trade, the border and regional security, according to a statement.</p>
    </div></article></body></html>
    """

    @Test("add, change and remove texts, pages and feed items, then update: the export equals a cold load's")
    func equalsColdLoad() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        try SyntheticCorpus.write(count: 30, to: d.url)
        d.write("x/talks.txt", "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar. Araghchi said trade would grow.\n")
        d.write("x/wire.txt", "Port talks\nKARACHI (Reuters) - Ministers met on Friday to discuss the port, officials said.\n")
        d.write("feeds/wire.xml", Self.feed([
            ("w1", "Pakistan and Iran reopen crossings", "ISLAMABAD — Foreign Minister Abbas Araghchi and Ishaq Dar agreed to reopen two crossings."),
            ("w2", "Kenya's president visits Addis Ababa", "NAIROBI, Kenya (Wire) — President William Ruto flew to Addis Ababa for talks with Prime Minister Abiy Ahmed."),
        ]))
        let first = try Self.load(d, index)
        #expect(first.exportJSON() == (try Corpus.load(from: d.url).exportJSON()))

        // Added: a text, a page, a feed item; changed: a text (and who it names), a feed item
        // under the same guid; removed: a synthetic article and a feed item.
        d.write("x/new.txt", "Another Dar\nLAHORE, June 1, 2025 — Senator Asad Dar of Pakistan spoke. Dar said little.\n")
        d.write("pages/nairobi.html", Self.page)
        d.write("x/talks.txt", "Talks in Kabul, again\nKABUL, May 9, 2025 — Foreign Minister Seyed Abbas Araghchi met Deputy Prime Minister Muhammad Ishaq Dar. Dar said trade would grow.\n")
        d.write("feeds/wire.xml", Self.feed([
            ("w3", "Japan and Korea hold security talks", "TOKYO — Japanese Foreign Minister Yoko Kamikawa met her South Korean counterpart Cho Tae-yul."),
            ("w1", "Pakistan and Iran reopen crossings", "ISLAMABAD — Foreign Minister Seyed Abbas Araghchi and Muhammad Ishaq Dar agreed on Wednesday to reopen two crossings."),
        ]))
        let removed = try #require(first.articles.first { $0.file.hasPrefix("000/") })
        try FileManager.default.removeItem(at: d.url.appendingPathComponent(removed.file))

        let touched: Set<String> = ["x/new.txt", "pages/nairobi.html", "x/talks.txt", "feeds/wire.xml", removed.file]
        let updated = try Self.load(d, index, reread: touched)
        let cold = try Corpus.load(from: d.url)
        #expect(updated.exportJSON() == cold.exportJSON())
        #expect(updated.articles.map(\.mentions) == cold.articles.map(\.mentions))
        // And a restart from the index the update wrote.
        #expect(try Self.load(d, index).exportJSON() == cold.exportJSON())

        let c = CorpusChanges(from: first, to: updated)
        func ids(_ files: [String], in corpus: Corpus) -> Set<ArticleID> { Set(files.compactMap { corpus.article(file: $0)?.id }) }
        let w3 = try #require(updated.articles.first { $0.title.hasPrefix("Japan and Korea") })
        #expect(c.added == ids(["x/new.txt", "pages/nairobi.html"], in: updated).union([w3.id]))
        let talks = try #require(updated.article(file: "x/talks.txt"))
        let w1 = try #require(updated.articles.first { $0.title.hasPrefix("Pakistan and Iran") })
        #expect(c.changed == [talks.id, w1.id])
        #expect(c.replaced == [first.article(file: "x/talks.txt")!.id: talks.id])
        let w2 = try #require(first.articles.first { $0.title.hasPrefix("Kenya's president") })
        #expect(c.removed == [removed.id, w2.id])
        #expect(c.problems.isEmpty)

        // A feed item replaced by another at its number is one removed and one new.
        d.write("feeds/wire.xml", Self.feed([
            ("w3", "Japan and Korea hold security talks", "TOKYO — Japanese Foreign Minister Yoko Kamikawa met her South Korean counterpart Cho Tae-yul."),
            ("w4", "Chile and Peru sign a fisheries accord", "LIMA — Foreign Minister Alberto van Klaveren of Chile met his Peruvian counterpart in Lima."),
        ]))
        let again = try Self.load(d, index, reread: ["feeds/wire.xml"])
        #expect(again.exportJSON() == (try Corpus.load(from: d.url).exportJSON()))
        let swap = CorpusChanges(from: updated, to: again)
        #expect(swap.removed == [w1.id] && swap.added.count == 1 && swap.changed.isEmpty && swap.replaced.isEmpty)
    }

    @Test("files the watcher did not name come from the index; a named file is read even when its size and time did not change")
    func readsOnlyWhatChanged() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Talks in Kabul\nKABUL, May 8, 2025 — Minister Ali Raza spoke.\n")
        d.write("b.txt", "Port talks\nKARACHI, May 9, 2025 — Minister Omar Farooq spoke.\n")
        _ = try Self.load(d, index)

        // b.txt rewritten behind the index's back (same size, same time): an update that does not
        // name it keeps what the index has, so it was not read.
        try Self.rewriteKeepingStamp(d.url.appendingPathComponent("b.txt"), "Port talks\nKARACHI, May 9, 2025 — Minister Imad Farooq spoke.\n")
        d.write("c.txt", "Trade figures\nKABUL, May 10, 2025 — Minister Ali Raza spoke again.\n")
        var c = try Self.load(d, index, reread: ["c.txt"])
        #expect(c.articles.count == 3)
        #expect(c.article(file: "b.txt")?.text.contains("Omar Farooq") == true)

        // Named, it is read again.
        c = try Self.load(d, index, reread: ["b.txt"])
        #expect(c.article(file: "b.txt")?.text.contains("Imad Farooq") == true)
        #expect(c.exportJSON() == (try Corpus.load(from: d.url).exportJSON()))
    }
}
