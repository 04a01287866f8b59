import Foundation

/// One entry of the index in two parts: the article as read (text, structure, dates), and what
/// extraction found in it (mentions, local people, acronyms, names), which only linking needs.
/// Repeated strings (slugs, surfaces, rules, names) go through the index's table of strings.
extension CorpusIndex {
    static let kinds = EntityKind.allCases
    static let blockKinds: [BlockKind] = [.title, .subtitle, .dateline, .heading, .paragraph]

    static func number(_ k: EntityKind) -> UInt64 { UInt64(k.number) }

    /// The article's text goes to `texts`, the index's texts one after another (a search reads
    /// them and nothing else); the entry says where it lies there.
    /// `path`: the entry's path, which is usually the article's file (then not written again).
    /// The title is usually the text of the article's title block, byte for byte (then not
    /// written either).
    static func encodeCore(_ w: inout ByteWriter, _ l: LocalArticle, path: String, texts: inout ByteWriter) {
        let a = l.article
        w.string(a.id.rawValue)
        if a.file == path, Array(a.file.utf8) == Array(path.utf8) { w.uint(0) } else { w.uint(1); w.string(a.file) }
        // Whether the text is ASCII, so a restart knows it without reading the text.
        w.uint(a.storedText.isASCII ? 1 : 0)
        var titleInText = false
        a.storedText.withUTF8 { text in
            w.uint(UInt64(texts.bytes.count)); w.uint(UInt64(text.count))
            texts.bytes.append(contentsOf: text)
            if let r = a.blocks.first(where: { $0.kind == .title })?.range, r.start >= 0, r.start <= r.end, r.end <= text.count {
                var title = a.title
                titleInText = title.withUTF8 { $0.elementsEqual(text[r.start..<r.end]) }
            }
        }
        if titleInText { w.uint(0) } else { w.uint(1); w.string(a.title) }
        w.optional(a.subtitle) { $0.string($1) }
        w.optional(a.published) { $0.int($1.dayNumber) }
        w.optional(a.dateline) { $0.string($1) }
        w.optional(a.eventDate) { $0.int($1.dayNumber) }
        var last = 0
        w.array(a.blocks) { w, b in
            w.uint(UInt64(blockKinds.firstIndex(of: b.kind)!)); w.sint(b.range.start - last); w.sint(b.range.end - b.range.start)
            last = b.range.start
        }
        w.array(a.warnings) { w, x in w.optional(x.line) { $0.int($1) }; w.string(x.message) }
        w.optional(a.source) { $0.string($1) }
        w.optional(a.link) { $0.string($1) }
        w.optional(a.agency) { $0.string($1) }
        w.optional(a.author) { $0.string($1) }
        w.uint(l.itemKey)
    }

    /// The article of an entry, with no mentions and nothing else extraction found. Its text
    /// stays in `r`'s bytes, read in place (see `ArticleText`).
    /// `texts`: where the index's texts lie in its bytes.
    static func decodeCore(_ r: inout ByteReader, texts: Range<Int>, path: String) throws -> LocalArticle {
        let id = ArticleID(try r.string())
        let file = try r.count(max: 1) == 0 ? path : try r.string()
        let ascii = try r.count(max: 1) == 1
        let offset = try r.count(max: texts.count)
        let length = try r.count(max: texts.count - offset)
        let start = texts.lowerBound + offset
        let text = ArticleText(mapped: r.bytes, range: start..<(start + length), ascii: ascii)
        // The title block's text, read once the blocks are.
        let titleInText = try r.count(max: 1) == 0
        var title = titleInText ? "" : try r.string()
        let subtitle = try r.optional { try $0.string() }
        let published = try r.optional { try date(&$0) }
        let dateline = try r.optional { try $0.string() }
        let eventDate = try r.optional { try date(&$0) }
        var last = 0
        let blocks = try r.array { r in
            let kind = blockKinds[try r.count(max: blockKinds.count - 1)]
            let s = last + (try r.sint(within: length)), e = s + (try r.sint(within: length))
            guard 0 <= s, s <= e, e <= length else { throw ByteReader.Damaged() }
            last = s
            return Block(kind: kind, range: TextRange(s, e))
        }
        if titleInText {
            guard let t = blocks.first(where: { $0.kind == .title })?.range else { throw ByteReader.Damaged() }
            title = String(decoding: UnsafeBufferPointer(start: (r.bytes.base + start + t.start).assumingMemoryBound(to: UInt8.self), count: t.end - t.start), as: UTF8.self)
        }
        let warnings = try r.array { r in ParseWarning(line: try r.optional { try $0.int() }, try r.string()) }
        var article = Article(id: id, file: file, text: "", title: title, subtitle: subtitle, published: published, dateline: dateline,
                              eventDate: eventDate, blocks: blocks, mentions: [], warnings: warnings)
        article.storedText = text
        article.source = try r.optional { try $0.string() }
        article.link = try r.optional { try $0.string() }
        article.agency = try r.optional { try $0.string() }
        article.author = try r.optional { try $0.string() }
        return LocalArticle(article: article, people: [], acronyms: [:], names: [:], itemKey: try r.uint())
    }

    /// Mentions in text order: each start from the one before, its length, and the number of
    /// its class (kinds and rule), entity's slug and surface together, in the table (the most
    /// used first, so most take one byte; read back as numbers in the process, so decoding a
    /// mention looks nothing up).
    static func encodeMentions(_ w: inout ByteWriter, _ mentions: [Mention], _ table: inout MentionTable) {
        var last = 0
        w.array(mentions) { w, m in
            w.sint(m.range.start - last); w.uint(UInt64(max(0, m.range.end - m.range.start)))
            last = m.range.start
            w.uint(UInt64(table.tripleNumber(m)))
        }
    }

    /// `table`: the mentions' table, numbered in the process. Millions of mentions are read on a
    /// restart: the bytes are read in place, each number checked as `ByteReader` would.
    static func decodeMentions(_ r: inout ByteReader, length: Int, _ table: MentionTable.Pooled) throws -> [Mention] {
        let n = try r.count(max: r.bytes.count - r.at)
        let bytes = r.bytes.base.assumingMemoryBound(to: UInt8.self), end = r.bytes.count
        var at = r.at, damaged = false
        let mentions = table.triples.withUnsafeBufferPointer { triples in
            [Mention](unsafeUninitializedCapacity: n) { buffer, done in
                @inline(__always) func uint() -> UInt64? {
                    guard at < end else { return nil }
                    var b = bytes[at]
                    at += 1
                    if b < 0x80 { return UInt64(b) }
                    var v = UInt64(b & 0x7F), shift: UInt64 = 7
                    while true {
                        guard at < end, shift < 64 else { return nil }
                        b = bytes[at]
                        at += 1
                        v |= UInt64(b & 0x7F) << shift
                        if b < 0x80 { return v }
                        shift += 7
                    }
                }
                var last = 0
                for i in 0..<n {
                    guard let a = uint(), let l = uint(), let t = uint() else { damaged = true; return }
                    let ds = Int(Int64(bitPattern: a >> 1) ^ -Int64(bitPattern: a & 1))
                    guard ds >= -length, ds <= length, l <= UInt64(length), t < UInt64(triples.count) else { damaged = true; return }
                    let s = last + ds, e = s + Int(l)
                    guard 0 <= s, e <= length else { damaged = true; return }
                    last = s
                    let x = triples[Int(t)]
                    (buffer.baseAddress! + i).initialize(to: Mention(range: TextRange(s, e), slug: x.slug, surface: x.surface, class: x.kinds))
                    done = i + 1
                }
            }
        }
        guard !damaged else { throw ByteReader.Damaged() }
        r.at = at
        return mentions
    }

    /// What extraction found: the mentions, the local people, the acronyms, and the names (each
    /// kind, slug and name together, by number in `records`).
    static func encodeLocal(_ w: inout ByteWriter, _ l: LocalArticle, _ mentionTable: inout MentionTable, _ table: inout StringTable,
                            _ records: inout RecordTable) {
        encodeMentions(&w, l.article.mentions, &mentionTable)
        func string(_ w: inout ByteWriter, _ s: String) { w.uint(UInt64(table.number(s))) }
        w.array(l.people) { w, p in
            w.array(p.names) { w, n in
                w.array(n.particles, string); w.array(n.words, string)
                w.optional(n.chain) { $0.int($1) }; w.optional(n.generation, string)
            }
            w.array(p.surfaces, string)
            w.array(p.roles, string)
            w.optional(p.country, string)
            w.uint(UInt64(p.countryStrength?.rawValue ?? 0))
            string(&w, p.countryCue)
            w.array(p.mentions) { $0.int($1) }
            w.array(p.rules, string)
            w.optional(p.sideOf) { $0.int($1) }
        }
        w.array(l.acronyms.sorted { $0.key < $1.key }) { w, kv in string(&w, kv.key); string(&w, kv.value) }
        w.array(l.names.sorted { $0.key < $1.key }) { w, kv in
            w.uint(UInt64(records.number([kv.key.kind.number, table.number(kv.key.slug), table.number(kv.value)])))
        }
    }

    /// What extraction found in `local`'s article, read into it.
    static func decodeLocal(_ r: inout ByteReader, into local: inout LocalArticle, _ pooled: MentionTable.Pooled, _ strings: [String],
                            _ records: [[Int]]) throws {
        func string(_ r: inout ByteReader) throws -> String { try StringTable.string(&r, strings) }
        let mentions = try decodeMentions(&r, length: local.article.storedText.utf8Count, pooled)
        let people = try r.array { r in
            LocalPerson(names: try r.array { r in
                            PersonName(particles: try r.array(string), words: try r.array(string),
                                       chain: try r.optional { try $0.int() }, generation: try r.optional(string))
                        },
                        surfaces: try r.array(string), roles: try r.array(string),
                        country: try r.optional(string),
                        countryStrength: CountryEvidence.Strength(rawValue: try r.count(max: 5)),
                        countryCue: try string(&r),
                        mentions: try r.array { r in
                            let i = try r.int()
                            guard i >= 0, i < mentions.count else { throw ByteReader.Damaged() }
                            return i
                        },
                        rules: try r.array(string),
                        sideOf: try r.optional { try $0.int() })
        }
        guard people.allSatisfy({ $0.sideOf.map { $0 >= 0 && $0 < people.count } ?? true }) else { throw ByteReader.Damaged() }
        var acronyms: [String: String] = [:]
        for (k, v) in try r.array({ r in (try string(&r), try string(&r)) }) { acronyms[k] = v }
        var names: [EntityID: String] = [:]
        for (k, v) in try r.array({ r -> (EntityID, String) in
            let x = try RecordTable.record(&r, records, fields: 3)
            guard x[0] < kinds.count, x[1] < strings.count, x[2] < strings.count else { throw ByteReader.Damaged() }
            return (EntityID(kind: kinds[x[0]], slug: strings[x[1]]), strings[x[2]])
        }) { names[k] = v }
        local.article.mentions = mentions
        local.people = people
        local.acronyms = acronyms
        local.names = names
    }

    static func date(_ r: inout ByteReader) throws -> SimpleDate {
        let day = try r.int()
        guard (-700_000...3_000_000).contains(day) else { throw ByteReader.Damaged() }
        return SimpleDate(dayNumber: day)
    }

    static func kind(_ r: inout ByteReader) throws -> EntityKind {
        let k = try r.count(max: kinds.count - 1)
        return kinds[k]
    }
}
