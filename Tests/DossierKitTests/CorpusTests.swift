@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

@Suite("Corpus loading and queries")
struct CorpusTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    @Test("bad files become problems naming the file; good ones load")
    func problems() throws {
        let d = TempDir()
        d.write("good.txt", "A title\nKABUL: The minister spoke about trade on Monday.\n")
        d.write("sub/deeper/good2.md", "Another title\nHERAT: The governor spoke.\n")
        d.write("empty.txt", "")
        d.write("blank.txt", "  \n\n")
        d.write("binary.txt", Data([0x00, 0x01, 0x02, 0xFF, 0x00]))
        d.write("latin1.txt", Data("Caf\u{E9} title\nThe minister spoke.\n".utf8.map { $0 }.dropLast(0)) + Data([0xE9, 0x0A]))
        d.write("ignored.pdf", "not an article")
        let c = try Corpus.load(from: d.url)
        #expect(Set(c.articles.map(\.file)) == ["good.txt", "sub/deeper/good2.md", "latin1.txt"])
        #expect(c.problems.contains { $0.file == "empty.txt" && $0.isFatal })
        #expect(c.problems.contains { $0.file == "blank.txt" && $0.isFatal })
        #expect(c.problems.contains { $0.file == "binary.txt" && $0.message.contains("binary") })
        #expect(c.problems.contains { $0.file == "latin1.txt" && !$0.isFatal && $0.message.contains("UTF-8") })
    }

    @Test("a missing folder is an error that names it")
    func missingFolder() {
        #expect(throws: CorpusError.self) { try Corpus.load(from: URL(fileURLWithPath: "/nonexistent/dossier")) }
    }

    @Test("article ids come from content: stable across runs and renames")
    func stableIDs() throws {
        let d = TempDir()
        d.write("x.txt", "A title\nKABUL: Text.\n")
        let first = try Corpus.load(from: d.url).articles[0].id
        try FileManager.default.moveItem(at: d.url.appendingPathComponent("x.txt"), to: d.url.appendingPathComponent("y.txt"))
        d.write("other.txt", "Other\nHERAT: More text.\n")
        let again = try Corpus.load(from: d.url)
        #expect(again.article(file: "y.txt")?.id == first)
    }

    @Test("the timeline is newest first, undated last")
    func timeline() {
        let c = corpus(["Old\nKABUL, May 1, 2020 — Text.\n", "Undated\nSome text without a date at all.\n", "New\nKABUL, May 1, 2024 — Text.\n"])
        #expect(c.articles.map(\.title) == ["New", "Old", "Undated"])
    }

    @Test("the seeds: filters, entity page, export")
    func seeds() throws {
        let c = try Corpus.load(from: Self.seeds)
        #expect(c.articles.count == 2)
        let afghanistan = try #require(c.findEntities(named: "Afghanistan", kind: .country).first)
        let only = c.timeline(Filter(countries: [afghanistan.id]))
        #expect(only.compactMap { c.article($0)?.file } == ["000_7ca1523c2e0b38f8.txt"])
        let araghchi = try #require(c.person("Araghchi"))
        let page = try #require(c.page(for: araghchi.id))
        #expect(page.articles.count == 2)
        let roles = araghchi.roles.map { "\($0.date!) \($0.title)" }
        #expect(roles.contains("2025-05-08 Deputy Foreign Minister for Political Affairs"))
        #expect(roles.contains("2025-08-03 Foreign Minister"))
        #expect(!page.coMentioned.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(c.exportJSON().utf8)) as! [String: Any]
        #expect((json["articles"] as! [Any]).count == 2)
    }

    @Test("filters combine with AND; text search is case- and accent-insensitive")
    func filters() {
        let c = corpus([" date 2024-01-01 A\n\nKABUL: Iran and Pakistan discussed energy. Café talk.\n",
                        " date 2024-02-01 B\n\nKABUL: Iran discussed trade.\n",
                        " date 2024-03-01 C\n\nKABUL: Pakistan discussed energy.\n"])
        let iran = c.findEntities(named: "Iran", kind: .country)[0].id
        let energy = c.findEntities(named: "energy", kind: .topic)[0].id
        #expect(c.timeline(Filter(countries: [iran], topics: [energy])).count == 1)
        #expect(c.timeline(Filter(countries: [iran])).count == 2)
        #expect(c.timeline(Filter(since: SimpleDate(iso: "2024-02-01"))).count == 2)
        #expect(c.timeline(Filter(until: SimpleDate(iso: "2024-01-15"))).count == 1)
        #expect(c.search("CAFE").count == 1)
    }

    @Test("office holders over time, with a return flagged")
    func offices() {
        let c = corpus([" date 2020-01-01 A\n\nKABUL: Iranian President Hassan Rouhani spoke.\n",
                        " date 2022-01-01 B\n\nKABUL: Iranian President Ebrahim Raisi spoke.\n",
                        " date 2023-01-01 C\n\nKABUL: Iranian President Hassan Rouhani spoke.\n"])
        let office = c.officeTimelines().first { $0.country == "Iran" && $0.title == "President" }
        #expect(office?.terms.count == 3)
        #expect(office?.hasReturn == true)
    }

    @Test("sanitising removes every control and bidi character")
    func sanitise() {
        let s = Sanitizer.forTerminal("a\u{1B}[31mred\u{07}\u{202E}x\u{9B}y\r\nz")
        #expect(!s.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        #expect(s.contains("␛"))
    }
}

@Suite("Load progress")
struct LoadProgressTests {
    @Test("progress counts every file read and ends at done")
    func counts() throws {
        let d = TempDir()
        try SyntheticCorpus.write(count: 40, to: d.url)
        d.write("empty.txt", "")
        var o = LoadOptions()
        let p = LoadProgress()
        o.progress = p
        let c = try Corpus.load(from: d.url, options: o)
        let s = p.snapshot
        #expect(c.articles.count == 40)
        #expect(s.stage == .done && s.done == 41 && s.total == 41)
    }

    @Test("partial corpora come while files are read: growing, linked, and each part of the final one")
    func partialCorpora() throws {
        let d = TempDir()
        try SyntheticCorpus.write(count: 400, to: d.url)
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var corpora: [Corpus] = []
            func add(_ c: Corpus) { lock.lock(); corpora.append(c); lock.unlock() }
        }
        let seen = Seen()
        var o = LoadOptions()
        o.partialInterval = 0.001
        o.partial = { seen.add($0) }
        let full = try Corpus.load(from: d.url, options: o)
        let parts = seen.corpora
        #expect(!parts.isEmpty, "at least one partial corpus before the end")
        let all = Set(full.articles.map(\.id))
        var last = 0
        for p in parts {
            #expect(p.articles.count > last && p.articles.count <= full.articles.count, "each one larger")
            last = p.articles.count
            #expect(Set(p.articles.map(\.id)).isSubset(of: all))
            // Linked: every mention of a person names an entity of that corpus.
            for a in p.articles { for m in a.mentions { #expect(p.entity(m.entity) != nil) } }
        }
        #expect(full.articles.count == 400)
    }

    @Test("with an index, a reader's load ends whether the index is rewritten or not, the newest shown first while linking",
          .timeLimit(.minutes(2)))
    func partialWithIndex() throws {
        let d = TempDir()
        try SyntheticCorpus.write(count: 2500, to: d.url)
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var corpora: [Corpus] = []
            var counts: [Int] { corpora.map(\.articles.count) }
            func add(_ c: Corpus) { lock.lock(); corpora.append(c); lock.unlock() }
        }
        var o = LoadOptions()
        o.indexFile = d.url.appendingPathComponent(".cache/index.bin")
        let first = Seen(), second = Seen(), third = Seen()
        o.partial = { first.add($0) }
        let a = try Corpus.load(from: d.url, options: o)
        // Nothing changed: the linked result comes from the index, whole, with no partial corpus.
        o.partial = { second.add($0) }
        let b = try Corpus.load(from: d.url, options: o)
        #expect(a.articles.count == 2500 && b.articles.map(\.id) == a.articles.map(\.id))
        #expect(second.counts.isEmpty, "got \(second.counts)")
        // New aliases: every file comes from the index at once but people are linked again; the
        // newest thousand come first.
        d.write("aliases.tsv", "Tavakoli\tFarhad Tavakoli\n")
        o.partial = { third.add($0) }
        let c = try Corpus.load(from: d.url, options: o)
        #expect(c.articles.map(\.id) == a.articles.map(\.id))
        #expect(third.counts.first == 1000, "got \(third.counts)")
        // The newest: none older than the thousandth article of the whole timeline.
        let cutoff = try #require(c.articles[999].published?.dayNumber)
        let shown = try #require(third.corpora.first)
        #expect(shown.articles.allSatisfy { ($0.published?.dayNumber ?? .min) >= cutoff })
    }
}

@Suite("Byte search")
struct ByteSearchTests {
    @Test("finds needles at the start, the end, after false starts, and not past the end")
    func search() {
        func has(_ h: String, _ n: String) -> Bool { ByteSearch.contains(Array(h.utf8), Array(n.utf8)) }
        #expect(has("energy talks", "energy"))
        #expect(has("energy talks", "talks"))
        #expect(has("tatatalks", "tatalks"))
        #expect(!has("talk", "talks"))
        #expect(!has("", "a"))
        #expect(has("abc", ""))
        #expect(has("café au lait", "é a"))
    }

    @Test("search folding: case, accents, typographic quotes and dashes")
    func folding() {
        #expect(TextFolding.searchFold("Iran’s ÉTÉ — “Ümit” 日本 😀") == "iran's ete - \"umit\" 日本 😀")
    }
}
