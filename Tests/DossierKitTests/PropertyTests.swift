@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

/// Invariants that must hold for any article, checked on generated ones: synthetic articles in the
/// parser's shapes with noise spliced in (controls, escapes, bidi marks, wide characters, stray
/// punctuation, broken casing).
@Suite("Properties of generated articles")
struct PropertyTests {
    typealias RNG = SyntheticCorpus.RNG

    static let noise = ["\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{1B}]8;;http://x\u{1B}\\", "\u{9B}2J", "\u{202E}", "\u{2066}", "\u{200B}",
                        "\r", "\t", "\u{0}", "\u{7F}", "日本語", "😀👍🏽", "ژ", "\u{0301}", "’s", " — ", "(", ")", "Mr.", "Gen", "\n\n", "\n",
                        "Ministry of", "President", "Seyed", "Kh", "-", ":", "U.S.", "ISLAMABAD:", "  ", "\u{FFFD}", "\u{FEFF}"]

    static func generated(_ count: Int, seed: UInt64) -> [String] {
        var rng = RNG(state: seed)
        return (0..<count).map { n in
            var text = Array(SyntheticCorpus.article(n, seed: seed).unicodeScalars)
            for _ in 0..<(1 + rng.int(12)) {
                let at = rng.int(text.count + 1)
                text.insert(contentsOf: noise[rng.int(noise.count)].unicodeScalars, at: at)
            }
            if rng.int(4) == 0 { text = text.map { rng.int(9) == 0 ? Unicode.Scalar(String($0).uppercased().unicodeScalars.first!.value)! : $0 } }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text)
            return String(s)
        }
    }

    @Test("mentions lie inside the text, on scalar boundaries, in order and never overlap")
    func mentionRanges() {
        let texts = Self.generated(150, seed: 7)
        let c = Corpus.build(texts: texts.enumerated().map { ("g\($0.offset).txt", $0.element) })
        #expect(c.articles.count == texts.count)
        for a in c.articles {
            let n = a.text.utf8.count
            var last = 0
            for m in a.mentions {
                #expect(m.range.start >= last && m.range.start < m.range.end && m.range.end <= n, "\(a.file) \(m)")
                #expect(a.string(in: m.range).utf8.count == m.range.length, "\(a.file): range cuts a character")
                #expect(c.entity(m.entity) != nil)
                last = m.range.end
            }
            for b in a.blocks { #expect(b.range.end <= n && b.range.start <= b.range.end) }
        }
    }

    @Test("sanitised text never holds a control or bidi character")
    func sanitised() {
        for t in Self.generated(150, seed: 11) {
            let s = Sanitizer.forTerminal(t)
            #expect(!s.unicodeScalars.contains(where: Sanitizer.isUnsafe))
            #expect(!s.utf8.contains { $0 < 0x20 || $0 == 0x7F })
        }
    }

    @Test("export JSON parses back to the same articles and entities")
    func exportRoundTrip() throws {
        let texts = Self.generated(60, seed: 3)
        let c = Corpus.build(texts: texts.enumerated().map { ("g\($0.offset).txt", $0.element) })
        let json = try #require(JSONSerialization.jsonObject(with: Data(c.exportJSON().utf8)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(articles.count == c.articles.count)
        #expect(entities.count == c.entities.count)
        let byFile = Dictionary(uniqueKeysWithValues: c.articles.map { ($0.file, $0) })
        let ids = Set(entities.compactMap { $0["id"] as? String })
        for a in articles {
            let file = try #require(a["file"] as? String)
            let original = try #require(byFile[file])
            #expect(a["title"] as? String == original.title)
            #expect((a["published"] as? String) == original.published?.description)
            for p in a["people"] as? [String] ?? [] { #expect(ids.contains(p)) }
        }
        // Serialising again gives the same bytes.
        #expect(c.exportJSON() == c.exportJSON())
    }
}
