import Foundation

/// The linked result kept in the index: every entity, and each article's mentions as linking
/// left them, so a restart over the same files (and the same aliases) neither extracts nor links.
///
/// Mentions are stored against the article's extracted mentions (kept in the index entries):
/// which extracted mention each linked one is, with its entity, rule and surface through one
/// table of strings (so mentions share them). It is valid only for exactly the files it was made
/// from, in load order, and the alias table it was linked with; anything else links again.
struct LinkedSection {
    /// The alias table the result was linked with (`AliasTable.fingerprint`).
    var aliasKey: String
    /// The articles' files in load order.
    var files: [String]
    /// The rest, decoded when the files and aliases match.
    var body: [UInt8]
}

extension AliasTable {
    /// Identifies the table's contents: another table links differently.
    var fingerprint: String {
        canonical.sorted { $0.key < $1.key }.map { $0.key + "\u{1}" + $0.value }.joined(separator: "\u{2}")
    }
}

/// Strings written once each, referred to by number.
struct StringTable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]
    mutating func number(_ s: String) -> Int {
        if let n = numbers[s] { return n }
        numbers[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }
}

extension LinkedSection {
    private enum Change {
        static let entity: UInt64 = 1, rule: UInt64 = 2, whole: UInt64 = 4, surface: UInt64 = 8
    }

    /// Encodes the result of linking `locals` (the linked `articles` in the same order, and
    /// `entities`).
    static func encode(locals: [LocalArticle], articles: [Article], entities: [EntityID: Entity], aliasKey: String) -> [UInt8] {
        var table = StringTable()
        var body = ByteWriter()
        let kinds = CorpusIndex.kinds
        func kind(_ k: EntityKind) -> UInt64 { UInt64(kinds.firstIndex(of: k)!) }
        body.uint(UInt64(articles.count))
        for (l, a) in zip(locals, articles) {
            let local = l.article.mentions
            body.uint(UInt64(a.mentions.count))
            var from = 0
            for m in a.mentions {
                // The extracted mention this one is: the next with the same range.
                var i = from
                while i < local.count, local[i].range != m.range { i += 1 }
                if i < local.count, local[i].kind == m.kind, local[i].surface == m.surface {
                    body.uint(UInt64(i))
                    from = i + 1
                    // Entity, rule and surface always come from the table, so a restart's
                    // millions of mentions share their strings.
                    body.uint(Change.entity | Change.rule | Change.surface)
                    body.uint(kind(m.entity.kind)); body.uint(UInt64(table.number(m.entity.slug)))
                    body.uint(UInt64(table.number(m.rule)))
                    body.uint(UInt64(table.number(m.surface)))
                } else {
                    body.uint(UInt64(local.count))  // none: the whole mention follows
                    body.uint(Change.whole)
                    body.int(m.range.start); body.int(m.range.end); body.uint(kind(m.kind))
                    body.uint(kind(m.entity.kind)); body.uint(UInt64(table.number(m.entity.slug)))
                    body.uint(UInt64(table.number(m.surface))); body.uint(UInt64(table.number(m.rule)))
                }
            }
        }
        body.array(entities.values.sorted { $0.id < $1.id }) { w, e in
            w.uint(kind(e.kind)); w.uint(UInt64(table.number(e.id.slug))); w.uint(UInt64(table.number(e.name)))
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
        rest.array(table.strings) { $0.string($1) }
        rest.bytes.append(contentsOf: body.bytes)
        // Its length before it: a cut index is damaged, not a result that does not fit.
        out.uint(UInt64(rest.bytes.count))
        out.bytes.append(contentsOf: rest.bytes)
        return out.bytes
    }

    /// Reads the section's head; the body stays bytes until `apply`.
    static func decode(_ r: inout ByteReader) throws -> LinkedSection {
        let aliasKey = try r.string()
        let files = try r.array { try $0.string() }
        let length = try r.count(max: r.bytes.count - r.at)
        guard r.at + length == r.bytes.count else { throw ByteReader.Damaged() }
        let body = Array(r.bytes[r.at...])
        r.at = r.bytes.count
        return LinkedSection(aliasKey: aliasKey, files: files, body: body)
    }

    /// The linked articles and entities for `locals` (the articles of exactly `files`, in that
    /// order), or nil when the section does not fit them.
    func apply(to locals: [LocalArticle]) -> (articles: [Article], entities: [EntityID: Entity])? {
        guard locals.count == files.count, zip(locals, files).allSatisfy({ $0.article.file == $1 }) else { return nil }
        var r = ByteReader(body)
        do {
            let strings = try r.array { try $0.string() }
            func string(_ r: inout ByteReader) throws -> String {
                let i = try r.count()
                guard i < strings.count else { throw ByteReader.Damaged() }
                return strings[i]
            }
            func kind(_ r: inout ByteReader) throws -> EntityKind { try CorpusIndex.kind(&r) }
            guard try r.count() == locals.count else { return nil }
            var articles: [Article] = []
            articles.reserveCapacity(locals.count)
            for l in locals {
                var a = l.article
                let local = a.mentions
                let length = a.text.utf8.count
                let n = try r.count(max: 1 << 24)
                var mentions: [Mention] = []
                mentions.reserveCapacity(n)
                for _ in 0..<n {
                    let i = try r.count(max: local.count)
                    let changes = try r.uint()
                    if changes & Change.whole != 0 {
                        let s = try r.int(), e = try r.int()
                        guard 0 <= s, s <= e, e <= length else { throw ByteReader.Damaged() }
                        let k = try kind(&r)
                        let entity = EntityID(kind: try kind(&r), slug: try string(&r))
                        mentions.append(Mention(range: TextRange(s, e), kind: k, entity: entity, surface: try string(&r), rule: try string(&r)))
                        continue
                    }
                    guard i < local.count else { throw ByteReader.Damaged() }
                    var m = local[i]
                    if changes & Change.entity != 0 { m.entity = EntityID(kind: try kind(&r), slug: try string(&r)) }
                    if changes & Change.rule != 0 { m.rule = try string(&r) }
                    if changes & Change.surface != 0 { m.surface = try string(&r) }
                    mentions.append(m)
                }
                a.mentions = mentions
                articles.append(a)
            }
            var entities: [EntityID: Entity] = [:]
            let list = try r.array { r in
                let id = EntityID(kind: try kind(&r), slug: try string(&r))
                return Entity(id: id, name: try string(&r), aliases: try r.array { try string(&$0) },
                              country: try r.optional { try string(&$0) },
                              roles: try r.array { r in
                                  RoleRecord(title: try string(&r), article: ArticleID(try string(&r)), file: try string(&r),
                                             date: try r.optional { try CorpusIndex.date(&$0) })
                              },
                              triggers: try r.array { try string(&$0) }, evidence: try r.array { try string(&$0) })
            }
            guard r.isAtEnd else { return nil }
            entities.reserveCapacity(list.count)
            for e in list { entities[e.id] = e }
            return (articles, entities)
        } catch {
            return nil
        }
    }
}
