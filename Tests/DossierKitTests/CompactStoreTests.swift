@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

@Suite("Compact mentions, the pool of strings and search without a folded copy")
struct CompactStoreTests {
    @Test("ASCII text searched ignoring case finds what its folded copy would")
    func asciiSearch() {
        var rng = SyntheticCorpus.RNG(state: 11)
        let letters = Array("aAbBcC -'xX".utf8)
        for _ in 0..<2000 {
            let hay = String(decoding: (0..<rng.int(40)).map { _ in letters[rng.int(letters.count)] }, as: UTF8.self)
            let raw = String(decoding: (0..<(1 + rng.int(4))).map { _ in letters[rng.int(letters.count)] }, as: UTF8.self)
            let needle = Array(TextFolding.searchFold(raw).utf8)
            var h = hay
            let direct = h.withUTF8 { ByteSearch.containsIgnoringASCIICase($0, needle) }
            #expect(direct == ByteSearch.contains(TextFolding.searchFoldBytes(hay), needle), "\(hay) / \(raw)")
        }
        var h = "Foreign Minister"
        #expect(h.withUTF8 { ByteSearch.containsIgnoringASCIICase($0, Array("n minister".utf8)) })
        #expect(!h.withUTF8 { ByteSearch.containsIgnoringASCIICase($0, Array("Minister".utf8)) }, "capitals never match folded text")
        #expect(!h.withUTF8 { ByteSearch.containsIgnoringASCIICase($0, Array("é".utf8)) })
    }

    @Test("a corpus searches ASCII and other texts alike")
    func corpusSearch() {
        let c = Corpus.build(texts: [("a.txt", "Talks\nKABUL — Foreign Minister Ali Raza spoke.\n"),
                                     ("b.txt", "Café talks\nPARIS — The FOREIGN MINISTER of Iran’s neighbour spoke.\n")])
        #expect(c.search("foreign minister").count == 2)
        #expect(c.search("Iran's").count == 1)
        #expect(c.search("cafe").count == 1)
        #expect(c.search("KABUL").count == 1)
    }

    @Test("a mention keeps its strings byte for byte, and compares as if it stored them")
    func mentionStrings() {
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        var a = Mention(range: TextRange(0, 5), kind: .person, entity: EntityID(kind: .person, slug: "jose"), surface: composed, rule: "r")
        let b = Mention(range: TextRange(0, 5), kind: .person, entity: EntityID(kind: .person, slug: "jose"), surface: decomposed, rule: "r")
        #expect(Array(a.surface.utf8) == Array(composed.utf8))
        #expect(Array(b.surface.utf8) == Array(decomposed.utf8))
        #expect(a == b && a.hashValue == b.hashValue)
        a.rule += " · sieve"
        a.entity = EntityID(kind: .person, slug: "jose-x")
        #expect(a.rule == "r · sieve" && a.entity.slug == "jose-x" && a.range == TextRange(0, 5))
        #expect(a != b)
        #expect(MemoryLayout<Mention>.stride <= 16)
        // Each field set on its own keeps the others.
        a.kind = .organization
        #expect(a.kind == .organization && a.entity == EntityID(kind: .person, slug: "jose-x") && a.rule == "r · sieve" && a.surface == composed)
        a.surface = "Jose"
        a.entity = EntityID(kind: .place, slug: "jose-x")
        #expect(a.kind == .organization && a.entity.kind == .place && a.surface == "Jose" && a.rule == "r · sieve" && a.range == TextRange(0, 5))
    }

    @Test("two spellings of one name survive the index byte for byte")
    func spellingsThroughIndex() throws {
        let d = TempDir(), cache = TempDir()
        d.write("a.txt", "Talks\nKABUL, May 8, 2025 — Minister Jos\u{E9} Ramos met Minister Ren\u{E9}e Dar.\n")
        d.write("b.txt", "Talks again\nKABUL, May 9, 2025 — Minister Jose\u{301} Ramos met Minister Rene\u{301}e Dar.\n")
        var o = LoadOptions()
        o.indexFile = cache.url.appendingPathComponent("index.bin")
        let plain = try Corpus.load(from: d.url)
        _ = try Corpus.load(from: d.url, options: o)
        let again = try Corpus.load(from: d.url, options: o)
        let bytes = { (c: Corpus) in c.articles.map { $0.mentions.map { Array($0.surface.utf8) } } }
        #expect(bytes(again) == bytes(plain))
        #expect(again.exportJSON() == plain.exportJSON())
    }
}
