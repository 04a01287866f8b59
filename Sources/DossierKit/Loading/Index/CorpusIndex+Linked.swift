import Foundation

/// The linked result kept in the index: every entity, and each article's mentions as linking
/// left them, so a restart over the same files (and the same aliases) neither extracts nor links.
///
/// Each article's mentions are stored whole, in a block of their own (so articles decode on
/// every core, and a restart needs nothing of what extraction found), with entity, rule and
/// surface through a table of strings (so mentions share them). It is valid only for exactly
/// the files it was made from, in load order, and the alias table it was linked with; anything
/// else links again.
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
        var mentionTable = StringTable(), table = StringTable()
        var body = ByteWriter()
        body.uint(UInt64(articles.count))
        for a in articles {
            var mentions = ByteWriter()
            CorpusIndex.encodeMentions(&mentions, a.mentions, &mentionTable)
            body.block(mentions)
        }
        body.array(entities.values.sorted { $0.id < $1.id }) { w, e in
            w.uint(CorpusIndex.number(e.kind)); w.uint(UInt64(table.number(e.id.slug))); w.uint(UInt64(table.number(e.name)))
            w.array(e.aliases) { w, x in w.uint(UInt64(table.number(x))) }
            w.optional(e.country) { w, x in w.uint(UInt64(table.number(x))) }
            w.array(e.roles) { w, r in
                w.uint(UInt64(table.number(r.title))); w.uint(UInt64(table.number(r.article.rawValue))); w.uint(UInt64(table.number(r.file)))
                w.optional(r.date) { $0.int($1.dayNumber) }
            }
            w.array(e.triggers) { w, x in w.uint(UInt64(table.number(x))) }
            w.array(e.evidence) { w, x in w.uint(UInt64(table.number(x))) }
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

    /// Reads the section's head; the body stays bytes until `apply`.
    static func decode(_ r: inout ByteReader) throws -> LinkedSection {
        let aliasKey = try r.string()
        let files = try r.array { try $0.string() }
        let body = try r.block()
        guard body.upperBound == r.bytes.count else { throw ByteReader.Damaged() }
        return LinkedSection(aliasKey: aliasKey, files: files, bytes: r.bytes, body: body)
    }

    /// The linked articles and entities for `locals` (the articles of exactly `files`, in that
    /// order), or nil when the section does not fit them.
    func apply(to locals: [LocalArticle]) -> (articles: [Article], entities: [EntityID: Entity])? {
        guard locals.count == files.count, zip(locals, files).allSatisfy({ $0.article.file == $1 }) else { return nil }
        var r = ByteReader(bytes, at: body.lowerBound)
        do {
            let pooled = try r.array { try $0.string() }.map(StringPool.shared.number)
            let strings = try r.array { try $0.string() }
            func string(_ r: inout ByteReader) throws -> String { try StringTable.string(&r, strings) }
            func kind(_ r: inout ByteReader) throws -> EntityKind { try CorpusIndex.kind(&r) }
            guard try r.count() == locals.count else { return nil }
            var blocks: [Range<Int>] = []
            blocks.reserveCapacity(locals.count)
            for _ in locals { blocks.append(try r.block()) }
            let bytes = self.bytes
            let linked = ParallelMap.map(Array(zip(locals, blocks))) { l, block -> Article? in
                var a = l.article
                var m = ByteReader(bytes, at: block.lowerBound)
                guard let mentions = try? CorpusIndex.decodeMentions(&m, length: a.text.utf8.count, pooled), m.at == block.upperBound else { return nil }
                a.mentions = mentions
                return a
            }
            var articles: [Article] = []
            articles.reserveCapacity(locals.count)
            for a in linked {
                guard let a else { return nil }
                articles.append(a)
            }
            var entities: [EntityID: Entity] = [:]
            let list = try r.array { r in
                let id = EntityID(kind: try kind(&r), slug: try string(&r))
                return Entity(id: id, name: try string(&r), aliases: try r.array(string),
                              country: try r.optional(string),
                              roles: try r.array { r in
                                  RoleRecord(title: try string(&r), article: ArticleID(try string(&r)), file: try string(&r),
                                             date: try r.optional { try CorpusIndex.date(&$0) })
                              },
                              triggers: try r.array(string), evidence: try r.array(string))
            }
            guard r.at == body.upperBound else { return nil }
            entities.reserveCapacity(list.count)
            for e in list { entities[e.id] = e }
            return (articles, entities)
        } catch {
            return nil
        }
    }
}
