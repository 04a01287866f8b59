@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

/// The index's compact encodings read back what was written.
@Suite("Index encodings")
struct IndexEncodingTests {
    static func mention(_ s: Int, _ e: Int, _ kind: EntityKind, _ slug: String, _ surface: String, _ rule: String) -> Mention {
        Mention(range: TextRange(s, e), kind: kind, entity: EntityID(kind: kind, slug: slug), surface: surface, rule: rule)
    }

    static func roundTrip(local: [Mention], linked: [Mention]) throws -> (mentions: [Mention], whole: Bool) {
        var table = MentionTable(), w = ByteWriter()
        MentionChanges.encode(&w, local: local, linked: linked, &table)
        var t = ByteWriter()
        table.write(&t)
        var tr = ByteReader(t.bytes)
        let pooled = try MentionTable.Raw.read(&tr).pooled()
        var r = ByteReader(w.bytes)
        let out = try MentionChanges.decode(&r, local: local, length: 1000, pooled)
        #expect(r.isAtEnd)
        return (out, w.bytes.first == 1)
    }

    @Test("linked mentions as changes to those extraction found: kept, re-linked, dropped, or written whole")
    func mentionChanges() throws {
        let local = [
            Self.mention(0, 4, .country, "iran", "Iran", "gazetteer"),
            Self.mention(10, 20, .person, "local-1", "Abbas Araghchi", "title"),
            Self.mention(30, 38, .person, "local-1", "Araghchi", "surname"),
            Self.mention(40, 45, .person, "local-2", "Dar", "surname"),
            Self.mention(50, 55, .topic, "trade", "trade", "topic"),
            Self.mention(60, 70, .person, "local-3", "Ishaq Dar", "title"),
        ]
        var linked = local
        linked[1].entity = EntityID(kind: .person, slug: "abbas-araghchi"); linked[1].rule = "title · exact-name"
        linked[2].entity = EntityID(kind: .person, slug: "abbas-araghchi"); linked[2].rule = "surname · exact-name"
        linked[5].entity = EntityID(kind: .person, slug: "ishaq-dar"); linked[5].rule = "title · new"
        linked.remove(at: 3)
        let changed = try Self.roundTrip(local: local, linked: linked)
        #expect(!changed.whole)
        #expect(changed.mentions == linked)
        #expect(changed.mentions.map(\.rule) == linked.map(\.rule))
        #expect(try Self.roundTrip(local: local, linked: local).mentions == local)
        #expect(try Self.roundTrip(local: local, linked: []).mentions == [])
        #expect(try Self.roundTrip(local: [], linked: []).mentions == [])
        // Linked mentions that are not changes of found ones (a new range, a new surface): whole.
        var moved = linked
        moved[0].range = TextRange(1, 4)
        let whole = try Self.roundTrip(local: local, linked: moved)
        #expect(whole.whole)
        #expect(whole.mentions == moved)
        var renamed = linked
        renamed.append(Self.mention(80, 90, .place, "kabul", "Kabul", "gazetteer"))
        #expect(try Self.roundTrip(local: local, linked: renamed).mentions == renamed)
        // Two found at one place, the second kept: still what was linked.
        let twice = [local[1], Self.mention(10, 20, .person, "local-9", "Abbas Araghchi", "title")]
        #expect(try Self.roundTrip(local: twice, linked: [linked[1]]).mentions == [linked[1]])
    }

    @Test("a damaged list of changes is an error, not mentions")
    func damagedChanges() {
        let local = [Self.mention(0, 4, .country, "iran", "Iran", "gazetteer")]
        let pooled = MentionTable.Pooled()
        for bytes: [UInt8] in [[0, 1, 5, 0], [0, 1, 0, 3], [2], [0, 9], []] {
            var r = ByteReader(bytes)
            #expect(throws: ByteReader.Damaged.self) { try MentionChanges.decode(&r, local: local, length: 10, pooled) }
        }
    }

    @Test("evidence lines in pieces join back to the same bytes")
    func evidencePieces() {
        for line in ["018153.txt: Dalia Li — exact-name",
                     "027185.txt: Nadia Vogel — exact-name; country Hungary (stated: of Hungary)",
                     "a.txt: country Iran (on the side of Abbas Araghchi)", "", ": x", "no colon at all", "x; country y",
                     "e\u{301}.txt: Jose\u{301} — new; country ; country again", "a: b: c; country d; country e"] {
            let pieces = LinkedSection.evidencePieces(line)
            #expect(Array(pieces.joined().utf8) == Array(line.utf8), "\(line)")
            #expect(pieces.count <= 3 && !pieces.contains(""))
        }
        #expect(LinkedSection.evidencePieces("018153.txt: Dalia Li — exact-name; country Hungary (stated: of Hungary)")
                == ["018153.txt", ": Dalia Li — exact-name", "; country Hungary (stated: of Hungary)"])
    }

    @Test("an index keeps each mention once: the linked result holds only what linking changed")
    func mentionsOnce() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        try SyntheticCorpus.write(count: 30, to: d.url)
        let first = try d.load(index: index)
        var problems: [LoadProblem] = []
        let read = CorpusIndex.read(index, problems: &problems)
        let linked = try #require(read.linked)
        let parts = try #require(try linked.parts(count: linked.files.count))
        for block in parts.mentionBlocks { #expect(linked.bytes[block.lowerBound] == 0, "changes, not the mentions whole") }
        let locals = linked.files.map { read.entries[$0]!.local }
        let applied = try #require(linked.apply(to: locals))
        let byFile = Dictionary(uniqueKeysWithValues: first.articles.map { ($0.file, $0.mentions) })
        for a in applied.articles { #expect(a.mentions == byFile[a.file], "\(a.file)") }
        let evidence = first.entities.mapValues(\.evidence)
        for (id, e) in applied.entities { #expect(e.evidence == evidence[id], "\(id)") }
        #expect(problems.isEmpty)
    }
}
