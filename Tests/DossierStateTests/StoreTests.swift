import DossierKit
@testable import DossierState
import Foundation
import GRDB
import Testing

@Suite("Reading state: the store")
struct StoreTests {
    let a1 = ArticleID("06b4719c0225aeca"), a2 = ArticleID("5f3e2d1c0b0a0908")
    let araghchi = EntityID(kind: .person, slug: "seyed-abbas-araghchi")
    let iran = EntityID(kind: .country, slug: "iran")

    @Test("a new store is created with every migration, in WAL mode, under the folder it is given")
    func fresh() throws {
        let t = TempState()
        let s = try t.open()
        #expect(try s.appliedMigrations() == ["v1 read marks and stars", "v2 last position per corpus", "v3 marks last seen in another reader"])
        let mode = try s.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(FileManager.default.fileExists(atPath: t.file.path))
        #expect(try s.load() == ReadingState())
    }

    @Test("an older store is migrated forward and keeps its marks")
    func migration() throws {
        let t = TempState()
        try FileManager.default.createDirectory(at: t.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let q = try DatabaseQueue(path: t.file.path)
            try StateStore.migrator.migrate(q, upTo: "v1 read marks and stars")
            try q.write { try $0.execute(sql: "INSERT INTO read_mark VALUES ('06b4719c0225aeca', 1.0)") }
            try q.close()
        }
        let s = try t.open()
        #expect(try s.appliedMigrations().count == 3)
        #expect(try s.load().read == [a1])
        try s.apply([.position(corpus: "/c", ReadingPosition(page: .article, article: a1))])
        #expect(try s.load(corpus: "/c").position?.article == a1)
    }

    @Test("read marks and stars are set, cleared and survive reopening")
    func marksAndStars() throws {
        let t = TempState()
        do {
            let s = try t.open()
            try s.apply([.read(a1, true), .read(a2, true), .star(.article(a2), true), .star(.entity(araghchi), true), .star(.entity(iran), true)])
            try s.apply([.read(a2, false), .star(.entity(iran), false), .read(a1, true)])
            try s.close()
        }
        let r = try t.open().load()
        #expect(r.read == [a1])
        #expect(r.starredArticles == [a2])
        #expect(r.starredEntities == [araghchi])
        #expect(r.isStarred(.entity(araghchi)) && !r.isStarred(.article(a1)))
    }

    @Test("the last position round-trips per corpus: page, scroll, focus, filters")
    func position() throws {
        let t = TempState()
        let p = ReadingPosition(page: .article, article: a1, scroll: 17, focus: "content", timelineArticle: a1,
                                filter: SavedFilter(entities: [iran.description, araghchi.description], since: "2025-01-01",
                                                    text: "pipeline", reading: .unread))
        let e = ReadingPosition(page: .entity, entity: araghchi, scroll: 3, selection: 5, focus: "content")
        do {
            let s = try t.open()
            try s.apply([.position(corpus: "/seeds", p), .position(corpus: "/other", e)])
            try s.close()
        }
        let s = try t.open()
        #expect(try s.load(corpus: "/seeds").position == p)
        #expect(try s.load(corpus: "/other").position == e)
        #expect(try s.load(corpus: "/nowhere").position == nil)
        let f = p.filter.filter { $0 != araghchi }
        #expect(f.countries == [iran] && f.people.isEmpty, "entities the corpus no longer has are dropped")
        #expect(f.since == SimpleDate(iso: "2025-01-01") && f.text == "pipeline")
    }

    @Test("export and import round-trip through JSON; import merges, --replace replaces")
    func exportImport() throws {
        let src = TempState(), dst = TempState()
        let s = try src.open()
        let pos = ReadingPosition(page: .starred, selection: 2, focus: "content")
        try s.apply([.read(a1, true), .star(.entity(araghchi), true), .star(.article(a1), true), .position(corpus: "/seeds", pos)])
        let json = try s.export().encoded()
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"format\" : \"dossier-state\"") && text.contains("person:seyed-abbas-araghchi"))

        let d = try dst.open()
        try d.apply([.read(a2, true)])
        let doc = try StateDocument.decode(json)
        let n = try d.importDocument(doc, replace: false)
        #expect(n.read == 1 && n.starred == 2 && n.positions == 1)
        var r = try d.load(corpus: "/seeds")
        #expect(r.read == [a1, a2], "merged with what was there")
        #expect(r.starredEntities == [araghchi] && r.starredArticles == [a1])
        #expect(r.position == pos)
        let again = try d.importDocument(doc, replace: false)
        #expect(again.read == 0 && again.starred == 0, "importing twice adds nothing")

        _ = try d.importDocument(doc, replace: true)
        r = try d.load(corpus: "/seeds")
        #expect(r.read == [a1], "replace drops what the export does not have")
        #expect(try d.export().read.map(\.id) == [a1.rawValue])

        #expect(throws: StateStoreError.self) { try StateDocument.decode(Data("{\"format\":\"other\",\"version\":1}".utf8)) }
        #expect(throws: StateStoreError.self) { try StateDocument.decode(Data("not json".utf8)) }
    }

    @Test("export files are written atomically (no temporary file left, content complete)")
    func atomicExport() throws {
        let t = TempState()
        let s = try t.open()
        try s.apply((0..<500).map { .read(ArticleID(String(format: "%016x", $0)), true) })
        let out = t.dir.appendingPathComponent("export.json")
        try "old".write(to: out, atomically: false, encoding: .utf8)
        try AtomicFile.write(try s.export().encoded(), to: out)
        let back = try StateDocument.decode(Data(contentsOf: out))
        #expect(back.read.count == 500)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: t.dir.path).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a corrupt store is moved aside with a warning and a fresh one starts",
          arguments: ["garbage", "truncated"])
    func corrupt(kind: String) throws {
        let t = TempState()
        if kind == "garbage" {
            try FileManager.default.createDirectory(at: t.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: t.file)
        } else {
            // A real store whose pages past the header are overwritten.
            let s = try t.open()
            try s.apply((0..<2000).map { .read(ArticleID(String(format: "%016x", $0)), true) })
            try s.close()
            let h = try FileHandle(forWritingTo: t.file)
            try h.seek(toOffset: 4096)
            h.write(Data(repeating: 0xA5, count: 8192))
            try h.close()
        }
        let (store, warning) = StateStore.openOrRecover(at: t.file)
        let s = try #require(store)
        let w = try #require(warning)
        #expect(w.contains("moved it to state.sqlite.corrupt-"))
        #expect(try s.integrityCheck() == "ok")
        #expect(try s.load() == ReadingState())
        try s.apply([.read(a1, true)])
        #expect(try s.load().read == [a1])
        let aside = try FileManager.default.contentsOfDirectory(atPath: t.file.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("state.sqlite.corrupt-") && !$0.hasSuffix("-wal") }
        #expect(aside.count == 1, "the damaged file is kept for the user: \(aside)")
    }

    @Test("the batched writer commits on its own within the interval, and everything on flush")
    func writer() throws {
        let t = TempState()
        let s = try t.open()
        let w = StateWriter(store: s, interval: 0.05)
        for i in 0..<100 { w.enqueue(.read(ArticleID("a\(i)"), true)) }
        w.enqueue(.position(corpus: "/c", ReadingPosition(scroll: 1)))
        w.enqueue(.position(corpus: "/c", ReadingPosition(scroll: 2)))
        var waited = 0
        while try s.counts().read < 100 && waited < 200 { usleep(10_000); waited += 1 }
        #expect(try s.counts().read == 100, "committed without a flush")
        #expect(try s.load(corpus: "/c").position?.scroll == 2)
        for i in 100..<150 { w.enqueue(.read(ArticleID("a\(i)"), true)) }
        w.flush()
        #expect(try s.counts().read == 150)
        #expect(w.commitCount <= 3, "batched: \(w.commitCount) commits for 150 marks")
        #expect(StateWriter.coalesce([.position(corpus: "/c", ReadingPosition(scroll: 1)), .read(a1, true),
                                      .position(corpus: "/c", ReadingPosition(scroll: 9))]).count == 2)
    }

    @Test("XDG_STATE_HOME decides where the file lives; HOME/.local/state otherwise")
    func paths() {
        #expect(StatePaths.stateFile(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]).path == "/x/state/dossier/state.sqlite")
        #expect(StatePaths.stateFile(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/dossier/state.sqlite")
        #expect(StatePaths.stateFile(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]).path == "/home/u/.local/state/dossier/state.sqlite")
    }
}

@Suite("Reading state: article identity")
struct IdentityTests {
    @Test("renaming or moving an article's file keeps its read mark and star (the id is its content)")
    func renameKeepsMarks() throws {
        let t = TempState()
        let corpusDir = t.dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpusDir, withIntermediateDirectories: true)
        let text = " date 2025-05-08 Minister visits Islamabad\n\nISLAMABAD: Foreign Minister Ishaq Dar met the envoy.\n"
        try text.write(to: corpusDir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Another story\n\nNothing here.\n".write(to: corpusDir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let before = try Corpus.load(from: corpusDir)
        let id = try #require(before.article(file: "a.txt")?.id)
        let s = try t.open()
        try s.apply([.read(id, true), .star(.article(id), true)])

        try FileManager.default.createDirectory(at: corpusDir.appendingPathComponent("moved"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: corpusDir.appendingPathComponent("a.txt"), to: corpusDir.appendingPathComponent("moved/renamed.txt"))
        let after = try Corpus.load(from: corpusDir)
        let renamed = try #require(after.article(file: "moved/renamed.txt"))
        #expect(renamed.id == id)
        let r = try s.load()
        #expect(r.read.contains(renamed.id) && r.starredArticles.contains(renamed.id))
        #expect(!r.read.contains(try #require(after.article(file: "b.txt")).id))
    }
}
