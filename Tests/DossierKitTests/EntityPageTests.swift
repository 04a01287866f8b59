@testable import DossierKit
import DossierBench
import Foundation
import Testing

/// The entity page's parts counted the short way equal the long way.
@Suite("Entity pages")
struct EntityPageTests {
    /// 120 synthetic articles, all but a few naming one topic (so it is named nearly everywhere).
    static let dense: Corpus = {
        let texts = (0..<120).map { n in
            SyntheticCorpus.article(n) + (n % 40 == 7 ? "" : "\nThe ministers also discussed energy supplies.\n")
        }
        return corpus(texts)
    }()

    /// People named with `id`, counted article by article through the public lists.
    static func reference(_ c: Corpus, _ id: EntityID) -> [(entity: EntityID, count: Int)] {
        let here = Set(c.articles(mentioning: id))
        var together: [(entity: EntityID, count: Int)] = []
        for e in c.entities.values where e.kind == .person && e.id != id {
            let n = c.articles(mentioning: e.id).filter(here.contains).count
            if n > 0 { together.append((e.id, n)) }
        }
        return together.sorted { a, b in
            (b.count, c.entity(a.entity)!.name, a.entity) < (a.count, c.entity(b.entity)!.name, b.entity)
        }
    }

    @Test("people named alongside: the same counts and order for every entity, dense or not")
    func coMentioned() throws {
        let c = Self.dense
        let busiest = try #require(c.allEntities().first)
        // The busiest is named in nearly every article: counted over the few that do not name it.
        #expect((c.articles.count - c.articleCount(busiest.id)) * 8 < c.articleCount(busiest.id))
        for e in c.entities.values {
            let got = c.coMentionedPeople(e.id), want = Self.reference(c, e.id)
            #expect(got.map(\.entity) == want.map(\.entity), "\(e.id)")
            #expect(got.map(\.count) == want.map(\.count), "\(e.id)")
        }
    }

    @Test("the list of articles naming an entity reads the same ids as the array")
    func articleList() {
        let c = Self.dense
        for e in c.entities.values {
            #expect(Array(c.articleList(mentioning: e.id)) == c.articles(mentioning: e.id))
        }
        #expect(c.articleList(mentioning: EntityID(kind: .topic, slug: "nothing-here")).isEmpty)
    }

    /// `findEntities` as it compared strings before bytes.
    static func findByStrings(_ c: Corpus, _ query: String) -> [EntityID] {
        let q = TextFolding.searchFold(query.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !q.isEmpty else { return [] }
        var ranked: [(Int, Entity)] = []
        for e in c.entities.values {
            let forms = ([e.name] + e.aliases).map(TextFolding.searchFold)
            let slugForm = String(e.id.slug.map { $0 == "-" ? " " : $0 })
            if forms.contains(q) || slugForm == q || e.id.slug == q { ranked.append((0, e)) }
            else if forms.contains(where: { $0.split(separator: " ").contains { $0.hasPrefix(q) } }) { ranked.append((1, e)) }
            else if forms.contains(where: { $0.contains(q) }) { ranked.append((2, e)) }
        }
        return ranked.sorted { ($0.0, -c.articleCount($0.1.id), $0.1.name) < ($1.0, -c.articleCount($1.1.id), $1.1.name) }.map(\.1.id)
    }

    @Test("finding entities by name: the same ranking as comparing strings")
    func find() {
        let c = Self.dense
        for q in ["energy", "ENERGY SUPP", "nerg", "iran", "an", "Tavakoli", "farhad t", "mini", "Ü", "é", "x y", " ", "-", "supplies energy"] {
            #expect(c.findEntities(named: q).map(\.id) == Self.findByStrings(c, q), "\(q)")
        }
        let accented = corpus([" date 2024-01-01 A\n\nKABUL: Foreign Minister Søren Ærø and Foreign Minister José Álvarez of Spain met.\n"])
        for q in ["soren", "ærø", "jose alv", "alvarez", "o", "é"] {
            #expect(accented.findEntities(named: q).map(\.id) == Self.findByStrings(accented, q), "\(q)")
        }
    }

    @Test("ASCII word prefixes and containment compare as the strings do")
    func asciiCompare() {
        func prefix(_ f: String, _ q: String) -> Bool? { var f = f; return f.withUTF8 { TextFolding.asciiWordPrefix($0, Array(q.utf8)) } }
        func contains(_ f: String, _ q: String) -> Bool? { var f = f; return f.withUTF8 { TextFolding.asciiContains($0, Array(q.utf8)) } }
        for (f, q) in [("abc def", "de"), ("abc def", "bc"), ("abc  def", "d"), (" abc", "a"), ("abc def", "c d"), ("ab", "abc"), ("", "a"), ("a b", "b")] {
            #expect(prefix(f, q) == f.split(separator: " ").contains { $0.hasPrefix(q) }, "\(f) \(q)")
            #expect(contains(f, q) == f.contains(q), "\(f) \(q)")
        }
        #expect(prefix("é", "e") == nil)
        #expect(contains("a\r\nb", "a") == nil)
    }
}
