import Foundation

/// The linked result kept in the index: every entity, and each article's mentions as linking
/// left them, so a restart over the same files (and the same aliases) neither extracts nor links.
///
/// Each article's mentions are stored as what linking changed in those its entry keeps
/// (`MentionChanges`), in a block of their own (so articles decode on every core), with entity
/// and rule through a table of strings. An entity's evidence lines are stored in pieces through
/// the same table (a file, the names and sieve, the country and its cue), which many lines share.
/// It is valid only for exactly the files it was made from, in load order, and the alias table
/// it was linked with; anything else links again.
struct LinkedSection {
    /// The alias table the result was linked with (`AliasTable.fingerprint`).
    var aliasKey: String
    /// The articles' files in load order.
    var files: [String]
    /// The rest, decoded when the files and aliases match: where it lies in the index's bytes.
    var bytes: ReadBytes
    var body: Range<Int>
}

extension AliasTable {
    /// Identifies the table's contents: another table links differently.
    var fingerprint: String {
        canonical.sorted { $0.key < $1.key }.map { $0.key + "\u{1}" + $0.value }.joined(separator: "\u{2}")
    }
}

extension LinkedSection {
    /// Encodes the result of linking `locals` (the linked `articles` in the same order, and
    /// `entities`).
    static func encode(locals: [LocalArticle], articles: [Article], entities: [EntityID: Entity], aliasKey: String) -> [UInt8] {
        var mentionTable = MentionTable(), table = StringTable()
        var body = ByteWriter()
        body.uint(UInt64(articles.count))
        for (l, a) in zip(locals, articles) {
            var mentions = ByteWriter()
            MentionChanges.encode(&mentions, local: l.article.mentions, linked: a.mentions, &mentionTable)
            body.block(mentions)
        }
        // Each entity in a block of its own too, so entities decode on every core.
        body.array(entities.values.sorted { $0.id < $1.id }) { body, e in
            var w = ByteWriter()
            defer { body.block(w) }
            w.uint(CorpusIndex.number(e.kind)); w.uint(UInt64(table.number(e.id.slug))); w.uint(UInt64(table.number(e.name)))
            w.array(e.aliases) { w, x in w.uint(UInt64(table.number(x))) }
            w.optional(e.country) { w, x in w.uint(UInt64(table.number(x))) }
            w.array(e.roles) { w, r in
                w.uint(UInt64(table.number(r.title))); w.uint(UInt64(table.number(r.article.rawValue))); w.uint(UInt64(table.number(r.file)))
                w.optional(r.date) { $0.int($1.dayNumber) }
            }
            w.array(e.triggers) { w, x in w.uint(UInt64(table.number(x))) }
            w.array(e.evidence) { w, x in
                let parts = evidencePieces(x)
                w.uint(UInt64(parts.count))
                for p in parts { w.uint(UInt64(table.number(p))) }
            }
        }
        var out = ByteWriter()
        out.string(aliasKey)
        out.array(locals) { w, l in w.string(l.article.file) }
        var rest = ByteWriter()
        mentionTable.write(&rest)
        table.write(&rest)
        rest.bytes.append(contentsOf: body.bytes)
        // Its length before it: a cut index is damaged, not a result that does not fit.
        out.block(rest)
        return out.bytes
    }

    /// An evidence line cut where lines share their parts, before its first ": " (its file) and
    /// before "; country " (the country and its cue): put together again, the same bytes.
    static func evidencePieces(_ s: String) -> [String] {
        let b = Array(s.utf8)
        func find(_ p: [UInt8], from: Int) -> Int? {
            guard b.count >= p.count, from <= b.count - p.count else { return nil }
            for i in from...(b.count - p.count) where b[i] == p[0] && b[i..<(i + p.count)].elementsEqual(p) { return i }
            return nil
        }
        var cuts = [0]
        if let c = find(Array(": ".utf8), from: 0), c > 0 { cuts.append(c) }
        if let c = find(Array("; country ".utf8), from: cuts.last!), c > cuts.last! { cuts.append(c) }
        cuts.append(b.count)
        return (0..<(cuts.count - 1)).compactMap { i in cuts[i] < cuts[i + 1] ? String(decoding: b[cuts[i]..<cuts[i + 1]], as: UTF8.self) : nil }
    }

    /// Reads the section's head; the body stays bytes until `apply`.
    static func decode(_ r: inout ByteReader) throws -> LinkedSection {
        let aliasKey = try r.string()
        let files = try r.array { try $0.string() }
        let body = try r.block()
        guard body.upperBound == r.bytes.count else { throw ByteReader.Damaged() }
        return LinkedSection(aliasKey: aliasKey, files: files, bytes: r.bytes, body: body)
    }

    /// Where the body's parts lie: each article's mentions and each entity, with the tables
    /// they refer to.
    struct Parts {
        var pooled: MentionTable.Pooled
        var strings: StringSpans
        var mentionBlocks: [Range<Int>]
        var entityBlocks: [Range<Int>]
    }

    /// The body's parts, for `count` articles (nil when it holds another number of them).
    func parts(count: Int) throws -> Parts? {
        var r = ByteReader(bytes, at: body.lowerBound)
        let pooled = try MentionTable.Raw.read(&r).pooled()
        let strings = try StringSpans(&r)
        guard try r.count() == count else { return nil }
        var blocks: [Range<Int>] = []
        blocks.reserveCapacity(count)
        for _ in 0..<count { blocks.append(try r.block()) }
        let entityBlocks = try r.array { try $0.block() }
        guard r.at == body.upperBound else { return nil }
        return Parts(pooled: pooled, strings: strings, mentionBlocks: blocks, entityBlocks: entityBlocks)
    }

    /// The linked mentions of article `i`, whose text is `length` bytes long and whose mentions
    /// as extraction found them (its entry's) are `local`.
    func mentions(_ i: Int, _ parts: Parts, local: [Mention], length: Int) -> [Mention]? {
        var m = ByteReader(bytes, at: parts.mentionBlocks[i].lowerBound)
        guard let mentions = try? MentionChanges.decode(&m, local: local, length: length, parts.pooled),
              m.at == parts.mentionBlocks[i].upperBound else { return nil }
        return mentions
    }

    /// Every entity (nil when one is damaged).
    func entities(_ parts: Parts) -> [EntityID: Entity]? {
        let bytes = self.bytes, strings = parts.strings
        let list = ParallelMap.map(parts.entityBlocks) { block -> Entity? in
            var r = ByteReader(bytes, at: block.lowerBound)
            guard let e = try? Self.entity(&r, strings), r.at == block.upperBound else { return nil }
            return e
        }
        var entities: [EntityID: Entity] = [:]
        entities.reserveCapacity(list.count)
        for e in list {
            guard let e else { return nil }
            entities[e.id] = e
        }
        return entities
    }

    /// The linked articles and entities for `locals` (the articles of exactly `files`, in that
    /// order), or nil when the section does not fit them.
    func apply(to locals: [LocalArticle]) -> (articles: [Article], entities: [EntityID: Entity])? {
        guard locals.count == files.count, zip(locals, files).allSatisfy({ $0.article.file == $1 }) else { return nil }
        guard let parts = try? parts(count: locals.count) else { return nil }
        let linked = ParallelMap.map(Array(locals.indices)) { i -> Article? in
            var a = locals[i].article
            guard let mentions = self.mentions(i, parts, local: a.mentions, length: a.storedText.utf8Count) else { return nil }
            a.mentions = mentions
            return a
        }
        guard !linked.contains(where: { $0 == nil }) else { return nil }
        LoadTrace.mark("linked mentions decoded")
        guard let entities = entities(parts) else { return nil }
        return (linked.map { $0! }, entities)
    }

    static func entity(_ r: inout ByteReader, _ strings: StringSpans) throws -> Entity {
        func string(_ r: inout ByteReader) throws -> String { try strings.string(&r) }
        let id = EntityID(kind: try CorpusIndex.kind(&r), slug: try string(&r))
        let name = try string(&r), aliases = try r.array(string), country = try r.optional(string)
        // The roles and the evidence are checked now, and made when first asked for.
        let roleCount = try r.count(max: r.bytes.count - r.at), rolesAt = r.at
        var lastAt = r.at
        for _ in 0..<roleCount {
            lastAt = r.at
            for _ in 0..<3 { guard try r.count() < strings.count else { throw ByteReader.Damaged() } }
            _ = try r.optional { try CorpusIndex.date(&$0) }
        }
        var e = Entity(id: id, name: name, aliases: aliases, country: country, triggers: try r.array(string))
        let evidenceCount = try r.count(max: r.bytes.count - r.at), evidenceAt = r.at
        var lastEvidence = r.at
        for _ in 0..<evidenceCount {
            lastEvidence = r.at
            for _ in 0..<(try r.count(max: 3)) { guard try r.count() < strings.count else { throw ByteReader.Damaged() } }
        }
        let bytes = r.bytes, lastRoleAt = lastAt, lastEvidenceAt = lastEvidence
        @Sendable func made(_ r: inout ByteReader) -> String {
            // Checked when the index was read: nothing here throws.
            try! strings.string(&r)
        }
        @Sendable func role(_ r: inout ByteReader) -> RoleRecord {
            RoleRecord(title: made(&r), article: ArticleID(made(&r)), file: made(&r), date: try! r.optional { try CorpusIndex.date(&$0) })
        }
        /// `count` records from `at`, read when first asked for; the last one alone from `lastAt`.
        func deferred<T>(_ count: Int, at: Int, lastAt: Int, _ read: @escaping @Sendable (inout ByteReader) -> T) -> DeferredList<T> {
            DeferredList(deferred: {
                var r = ByteReader(bytes, at: at)
                return (0..<count).map { _ in read(&r) }
            }, last: {
                var r = ByteReader(bytes, at: lastAt)
                return read(&r)
            })
        }
        if roleCount > 0 { e.storedRoles = deferred(roleCount, at: rolesAt, lastAt: lastRoleAt, role) }
        @Sendable func line(_ r: inout ByteReader) -> String {
            (0..<(try! r.count())).map { _ in made(&r) }.joined()
        }
        if evidenceCount > 0 { e.storedEvidence = deferred(evidenceCount, at: evidenceAt, lastAt: lastEvidenceAt, line) }
        return e
    }
}

/// A table of strings left in the mapped bytes, each made into a `String` when asked for: a
/// restart needs the entities' names, not the articles' ids and files their roles name.
struct StringSpans: Sendable {
    let bytes: ReadBytes
    private var spans: [Range<Int>] = []

    /// Reads past a table written as an array of strings, noting where each lies.
    init(_ r: inout ByteReader) throws {
        bytes = r.bytes
        let n = try r.count(max: r.bytes.count - r.at)
        spans.reserveCapacity(n)
        for _ in 0..<n {
            let start = r.at
            try r.skipString()
            spans.append(start..<r.at)
        }
    }

    var count: Int { spans.count }

    subscript(_ i: Int) -> String {
        var r = ByteReader(bytes, at: spans[i].lowerBound)
        // Read past once already: nothing here throws.
        return try! r.string()
    }

    /// The string whose number `r` reads next.
    func string(_ r: inout ByteReader) throws -> String {
        let i = try r.count()
        guard i < spans.count else { throw ByteReader.Damaged() }
        return self[i]
    }
}
