@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

@Suite("Article text kept in the mapped index, not in memory")
struct MappedTextTests {
    static let texts: [String: String] = [
        "a.txt": "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Ali Raza met his counterpart.\n",
        "b.txt": "Café talks\nPARIS, May 9, 2025 — The FOREIGN MINISTER of Iran’s neighbour, Zoë Ångström, spoke.\n",
        "c.html": "<html><head><title>Page</title></head><body><article><h1>Minister Zoë Ångström visits Paris</h1><p>Foreign Minister Zoë Ångström of Sweden met President Emmanuel Macron in Paris on Monday.</p></article></body></html>",
        "w.xml": Feeds.wire,
    ]

    @Test("a restart reads every kind of source's text from the index: the same bytes, searched, cut and exported alike")
    func restartText() throws {
        let d = TempDir(), cache = TempDir()
        for (name, text) in Self.texts { d.write(name, text) }
        let index = cache.url.appendingPathComponent("index.bin")
        let plain = try Corpus.load(from: d.url)
        let cold = try d.load(index: index)
        let again = try d.load(index: index)
        #expect(plain.articles.count == 5 && again.articles.count == plain.articles.count)
        #expect(!cold.articles.contains { $0.storedText.isMapped })
        #expect(again.articles.allSatisfy { $0.storedText.isMapped })
        for a in plain.articles {
            let b = try #require(again.article(a.id))
            #expect(Array(b.text.utf8) == Array(a.text.utf8), "\(a.file)")
            #expect(b.storedText.utf8Count == a.text.utf8.count)
            #expect(b.storedText.isASCII == Corpus.isASCII(a.text))
            #expect(b.storedText.withUTF8 { Array($0) } == Array(a.text.utf8))
            for blk in a.blocks { #expect(b.string(in: blk.range) == a.string(in: blk.range)) }
            for m in a.mentions {
                #expect(Corpus.snippet(b, around: m.range) == Corpus.snippet(text: a.text, around: m.range))
                #expect(b.storedText.string(in: m.range) == a.string(in: m.range))
            }
        }
        // A text file's text is what the file holds.
        #expect(again.article(file: "a.txt")?.text == Self.texts["a.txt"])
        for q in ["foreign minister", "zoe angstrom", "Zoë Ångström", "iran's", "café", "KABUL", "border crossings", "nothing like this"] {
            #expect(again.search(q) == plain.search(q), "\(q)")
        }
        #expect(again.search("zoe angstrom").count == 2)
        #expect(again.search("foreign minister").count == 3)
        for id in plain.entities.keys {
            let p = try #require(plain.page(for: id)), q = try #require(again.page(for: id))
            #expect(p.mentions.map(\.snippet) == q.mentions.map(\.snippet))
        }
        #expect(again.exportJSON() == plain.exportJSON())
    }

    @Test("a file changed, cut or removed after a restart: the article keeps the text it was read with, and the next load reads the file again")
    func changedAfterLoad() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        let original = try #require(Self.texts["a.txt"])
        d.write("a.txt", original)
        d.write("b.txt", Self.texts["b.txt"]!)
        _ = try d.load(index: index)
        let again = try d.load(index: index)
        let a = try #require(again.article(file: "a.txt"))
        #expect(a.storedText.isMapped)
        d.write("a.txt", "Short\n")
        #expect(a.text == original)
        #expect(again.search("foreign minister").count == 2)
        for m in a.mentions { #expect(!Corpus.snippet(a, around: m.range).isEmpty) }
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("a.txt"))
        #expect(again.article(file: "a.txt")?.text == original)
        d.write("a.txt", "Short\nKABUL — Nothing was said.\n")
        // The next load reads the changed file and writes a new index (renamed over the old one):
        // the corpus from before still reads the text it was made with.
        let next = try d.load(index: index)
        #expect(next.article(file: "a.txt")?.text == "Short\nKABUL — Nothing was said.\n")
        #expect(next.search("foreign minister").count == 1)
        #expect(a.text == original && again.article(file: "a.txt")?.text == original)
        #expect(again.search("foreign minister").count == 2)
        let restart = try d.load(index: index)
        #expect(restart.exportJSON() == (try Corpus.load(from: d.url)).exportJSON())
    }

    @Test("each text is held once in the index, beside far less of everything else")
    func indexSize() throws {
        let d = TempDir(), cache = TempDir()
        for n in 0..<150 { d.write(String(format: "%04d.txt", n), SyntheticCorpus.article(n)) }
        let index = cache.url.appendingPathComponent("index.bin")
        let c = try d.load(index: index)
        let text = c.articles.reduce(0) { $0 + $1.text.utf8.count }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index.path)[.size] as? Int)
        #expect(size < 2 * text, "index \(size) bytes for \(text) bytes of text")
    }

    @Test("damage inside the index's texts never crashes reading them back, and a cut index is rebuilt")
    func damagedText() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("b.txt", Self.texts["b.txt"]!)
        _ = try d.load(index: index)
        let good = [UInt8](try Data(contentsOf: index))
        var rng = SyntheticCorpus.RNG(state: 9)
        for _ in 0..<200 {
            var bytes = good
            bytes[rng.int(bytes.count)] = UInt8(truncatingIfNeeded: rng.next())
            var problems: [LoadProblem] = []
            try Data(bytes).write(to: index)
            let read = CorpusIndex.read(index, problems: &problems)
            for e in read.entries.values {
                let a = e.local.article
                _ = a.text
                for b in a.blocks { _ = a.string(in: b.range); _ = Corpus.snippet(a, around: b.range) }
            }
        }
        var cut = good
        cut.removeLast(good.count / 2)
        try Data(cut).write(to: index)
        let c = try d.load(index: index)
        #expect(c.problems.contains { $0.message.contains("damaged") })
        #expect(c.articles.first?.text == Self.texts["b.txt"])
        let again = try d.load(index: index)
        #expect(again.articles.first?.storedText.isMapped == true && again.articles.first?.text == Self.texts["b.txt"])
    }
}
