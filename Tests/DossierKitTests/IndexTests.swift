@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

@Suite("On-disk index")
struct IndexTests {
    @Test("a corpus loaded through the index equals one read from the files")
    func sameCorpus() throws {
        let d = TempDir(), cache = TempDir()
        try SyntheticCorpus.write(count: 30, to: d.url)
        d.write("seed.txt", "Talks\nISLAMABAD, May 8, 2025 — Foreign Minister Abbas Araghchi met DPM Ishaq Dar. Araghchi said trade would grow.\n")
        d.write("wire.txt", "Port talks\nKARACHI (Reuters) - Ministers met on Friday to discuss the port, officials said.\n")
        let index = cache.url.appendingPathComponent("index.bin")
        let plain = try Corpus.load(from: d.url)
        let first = try d.load(index: index)
        #expect(FileManager.default.fileExists(atPath: index.path))
        let second = try d.load(index: index)
        #expect(first.exportJSON() == plain.exportJSON())
        #expect(second.exportJSON() == plain.exportJSON())
        #expect(second.articles.map(\.text) == plain.articles.map(\.text))
        #expect(second.articles.map(\.mentions) == plain.articles.map(\.mentions))
        #expect(second.articles.map(\.agency) == plain.articles.map(\.agency))
        #expect(second.articles.first { $0.file == "wire.txt" }?.agency == "Reuters")
    }

    @Test("a changed, an added and a deleted file are noticed")
    func changes() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "First title\nKABUL: Minister Ali Raza spoke.\n")
        d.write("b.txt", "Second title\nKABUL: Text.\n")
        _ = try d.load(index: index)
        d.write("a.txt", "Changed title, longer now\nKABUL: Minister Omar Farooq spoke.\n")
        d.write("c.txt", "Third title\nKABUL: Text.\n")
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("b.txt"))
        let c = try d.load(index: index)
        #expect(Set(c.articles.map(\.title)) == ["Changed title, longer now", "Third title"])
        #expect(c.person("Omar Farooq") != nil && c.person("Ali Raza") == nil)
    }

    /// Every load through the index gives what reading every file gives.
    func expectSameAsCold(_ d: TempDir, _ index: URL, _ note: Comment) throws {
        let plain = try Corpus.load(from: d.url).exportJSON()
        let first = try d.load(index: index).exportJSON()
        #expect(first == plain, note)
        // Now from the linked result kept in the index.
        let again = try d.load(index: index)
        #expect(again.exportJSON() == plain, note)
    }

    @Test("files added, changed and removed between starts: the same corpus as a cold load")
    func linkedAcrossChanges() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        try SyntheticCorpus.write(count: 40, to: d.url)
        for seed in try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds"),
                                                                includingPropertiesForKeys: nil) {
            d.write("seeds/" + seed.lastPathComponent, try Data(contentsOf: seed))
        }
        d.write("x/talks.txt", "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar. Araghchi said trade would grow.\n")
        d.write("x/dup.txt", "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar. Araghchi said trade would grow.\n")
        d.write("x/bad.txt", Data([0, 1, 2, 0, 0xFF]))
        try expectSameAsCold(d, index, "first start, then a start with nothing changed")

        // Changed: a person gains a given name another article shares; added: a relative with
        // the same surname; removed: a synthetic article.
        d.write("x/talks.txt", "Talks in Kabul, again\nKABUL, May 9, 2025 — Foreign Minister Seyed Abbas Araghchi met Deputy Prime Minister Muhammad Ishaq Dar. Dar said trade would grow.\n")
        d.write("x/new.txt", "Another Dar\nLAHORE, June 1, 2025 — Senator Asad Dar of Pakistan spoke. Dar said little.\n")
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("000/a000003.txt"))
        try expectSameAsCold(d, index, "after a file changed, one was added and one removed")

        // Aliases beside the articles link differently: the kept result does not fit.
        d.write("aliases.tsv", "Araghchi\tAbbas Araghchi\n")
        try expectSameAsCold(d, index, "after aliases.tsv appeared")

        try FileManager.default.removeItem(at: d.url.appendingPathComponent("x/new.txt"))
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("aliases.tsv"))
        try expectSameAsCold(d, index, "after a file and the aliases were removed")

        // A file that could not be read now reads: nothing else changed, yet it must be linked.
        d.write("x/bad.txt", "Now readable\nKABUL, May 10, 2025 — Foreign Minister Abbas Araghchi spoke again.\n")
        try expectSameAsCold(d, index, "after an unreadable file became readable")
    }

    @Test("an unchanged folder takes its entities from the index, not from linking")
    func linkedIsUsed() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        try SyntheticCorpus.write(count: 10, to: d.url)
        let first = try d.load(index: index)
        // Rename one person in the kept result: a start that used it shows the new name.
        var problems: [LoadProblem] = []
        let read = CorpusIndex.read(index, problems: &problems)
        let linked = try #require(read.linked)
        let files = LoadStages.files(in: d.url, problems: &problems)
        let locals = files.map { read.entries[$0.relativePath]!.local }
        let applied = try #require(linked.apply(to: locals))
        var entities = applied.entities
        let person = try #require(first.allEntities(kind: .person).first)
        entities[person.id]?.name = "Renamed Person"
        let bytes = LinkedSection.encode(locals: locals, articles: applied.articles, entities: entities, aliasKey: linked.aliasKey)
        try CorpusIndex.write(index, entries: read.encodedEntries(), linked: bytes)
        let second = try d.load(index: index)
        #expect(second.entity(person.id)?.name == "Renamed Person")
        #expect(problems.isEmpty)
    }

    @Test("an unchanged feed takes its entities from the index too, not from linking")
    func linkedIsUsedForFeeds() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Talks\nISLAMABAD, May 8, 2025 — Foreign Minister Abbas Araghchi met DPM Ishaq Dar.\n")
        d.write("w.xml", "<rss version=\"2.0\"><channel><title>W</title><item><title>Dar in Kabul</title><link>https://x.example/1</link><description>KABUL, May 9, 2025 — Deputy Prime Minister Ishaq Dar arrived.</description></item><item><title>Munir</title><link>https://x.example/2</link><description>RAWALPINDI, May 9, 2025 — General Syed Asim Munir spoke.</description></item></channel></rss>")
        let first = try d.load(index: index)
        var problems: [LoadProblem] = []
        let read = CorpusIndex.read(index, problems: &problems)
        let linked = try #require(read.linked)
        #expect(linked.files == ["a.txt", "w.xml#1", "w.xml#2"])
        let byFile = Dictionary(uniqueKeysWithValues: read.entries.values.map { ($0.local.article.file, $0.local) })
        let locals = linked.files.map { byFile[$0]! }
        let applied = try #require(linked.apply(to: locals))
        var entities = applied.entities
        let person = try #require(first.person("Ishaq Dar"))
        entities[person.id]?.name = "Renamed Person"
        let bytes = LinkedSection.encode(locals: locals, articles: applied.articles, entities: entities, aliasKey: linked.aliasKey)
        try CorpusIndex.write(index, entries: read.encodedEntries(), linked: bytes)
        #expect(try d.load(index: index).entity(person.id)?.name == "Renamed Person")
        #expect(problems.isEmpty)
    }

    @Test("a rewritten feed: items it had before come from the index under their new numbers, new ones are extracted")
    func rewrittenFeed() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        func item(_ n: Int) -> String {
            "<item><title>Report \(n)</title><link>https://x.example/\(n)</link><description>&lt;p&gt;KABUL, May \(n), 2025 — Minister Ali Raza spoke \(n).&lt;/p&gt;</description></item>"
        }
        func feed(_ ns: [Int]) -> String { "<rss version=\"2.0\"><channel><title>W</title>\(ns.map(item).joined())</channel></rss>" }
        d.write("w.xml", feed([1, 2]))
        #expect(try d.load(index: index).articles.count == 2)
        var problems: [LoadProblem] = []
        var kept = CorpusIndex.read(index, problems: &problems)
        for (k, var e) in kept.entries { e.local.article.title += " (index)"; kept.entries[k] = e }
        try kept.write(index)
        d.write("w.xml", feed([3, 1, 2]))   // a new item on top: the others move down
        let c = try d.load(index: index)
        #expect(c.problems.isEmpty, "\(c.problems)")
        let byFile = Dictionary(uniqueKeysWithValues: c.articles.map { ($0.file, $0.title) })
        #expect(byFile == ["w.xml#1": "Report 3", "w.xml#2": "Report 1 (index)", "w.xml#3": "Report 2 (index)"])
    }

    @Test("a damaged index is moved aside and rebuilt")
    func damaged() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Title\nKABUL: Minister Ali Raza spoke.\n")
        _ = try d.load(index: index)
        var bytes = [UInt8](try Data(contentsOf: index))
        bytes.removeLast(bytes.count / 3)
        try Data(bytes).write(to: index)
        let c = try d.load(index: index)
        #expect(c.articles.count == 1 && c.person("Ali Raza") != nil)
        #expect(c.problems.contains { $0.message.contains("damaged") })
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.url.path)
        #expect(names.contains("index.bin") && names.contains { $0.hasPrefix("index.bin.corrupt-") })
    }

    @Test("garbage in every byte position never crashes the reader of the index")
    func garbage() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Title\nKABUL: Minister Ali Raza met Foreign Minister Abbas Araghchi.\n")
        _ = try d.load(index: index)
        let good = [UInt8](try Data(contentsOf: index))
        var rng = SyntheticCorpus.RNG(state: 5)
        for _ in 0..<200 {
            var bytes = good
            bytes[rng.int(bytes.count)] = UInt8(truncatingIfNeeded: rng.next())
            var problems: [LoadProblem] = []
            try Data(bytes).write(to: index)
            _ = CorpusIndex.read(index, problems: &problems)
        }
    }
}
