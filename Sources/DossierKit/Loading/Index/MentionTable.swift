import Foundation

/// The strings (slugs, surfaces, rules) and the classes (kinds and rule) of the mentions an
/// index holds, each written once: a mention refers to them by number. Also the pairs of a
/// class and an entity's slug that linking gives mentions (`MentionChanges`).
struct MentionTable {
    var strings = StringTable()
    private var numbers: [UInt64: Int] = [:]
    private var classes: [(kind: Int, entityKind: Int, rule: Int)] = []
    private var pairNumbers: [UInt64: Int] = [:]
    private var pairs: [(kinds: Int, slug: Int)] = []
    private var tripleNumbers: [UInt64: Int] = [:]
    private var triples: [(kinds: Int, slug: Int, surface: Int)] = []

    /// The number of `m`'s class, entity's slug and surface, together, in the table.
    mutating func tripleNumber(_ m: Mention) -> Int {
        let key = Self.tripleKey(m)
        if let n = tripleNumbers[key] { return n }
        tripleNumbers[key] = triples.count
        triples.append((classNumber(m), strings.number(m.entity.slug), strings.number(m.surface)))
        return triples.count - 1
    }

    /// Tells a mention's class, slug and surface apart from any other's, in this process.
    static func tripleKey(_ m: Mention) -> UInt64 {
        UInt64(m.slugNumber) << 40 | UInt64(m.surfaceNumber) << 16 | UInt64(m.classNumber)
    }

    /// Numbers the class, slug and surface of every mention of `lists`, the most used first:
    /// most mentions then write their number in one byte.
    mutating func numberByUse(_ lists: [[Mention]]) {
        var uses: [UInt64: (count: Int, mention: Mention)] = [:]
        for list in lists {
            for m in list { uses[Self.tripleKey(m), default: (0, m)].count += 1 }
        }
        for (_, u) in uses.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) { _ = tripleNumber(u.mention) }
    }

    /// The number of `m`'s class and entity's slug, together, in the table.
    mutating func pairNumber(_ m: Mention) -> Int {
        let c = classNumber(m), slug = strings.number(m.entity.slug)
        let key = UInt64(slug) << 32 | UInt64(c)
        if let n = pairNumbers[key] { return n }
        pairNumbers[key] = pairs.count
        pairs.append((c, slug))
        return pairs.count - 1
    }

    /// The number of `m`'s class (its kind, its entity's kind, its rule) in the table.
    mutating func classNumber(_ m: Mention) -> Int {
        let rule = strings.number(m.rule), kind = m.kind.number, entityKind = m.entityKind.number
        let key = UInt64(rule) << 16 | UInt64(kind) << 8 | UInt64(entityKind)
        if let n = numbers[key] { return n }
        numbers[key] = classes.count
        classes.append((kind, entityKind, rule))
        return classes.count - 1
    }

    func write(_ w: inout ByteWriter) {
        strings.write(&w)
        w.array(classes) { w, c in w.uint(UInt64(c.kind)); w.uint(UInt64(c.entityKind)); w.uint(UInt64(c.rule)) }
        w.array(pairs) { w, p in w.uint(UInt64(p.kinds)); w.uint(UInt64(p.slug)) }
        w.array(triples) { w, t in w.uint(UInt64(t.kinds)); w.uint(UInt64(t.slug)); w.uint(UInt64(t.surface)) }
    }

    /// A table as read back, before its strings and classes are numbered in the process.
    struct Raw {
        var strings: [String]
        var classes: [(kind: EntityKind, entityKind: EntityKind, rule: Int)]
        var pairs: [(kinds: Int, slug: Int)]
        var triples: [(kinds: Int, slug: Int, surface: Int)]

        static func read(_ r: inout ByteReader) throws -> Raw {
            let strings = try r.array { try $0.string() }
            let classes = try r.array { r -> (kind: EntityKind, entityKind: EntityKind, rule: Int) in
                let k = try CorpusIndex.kind(&r), e = try CorpusIndex.kind(&r), rule = try r.count()
                guard rule < strings.count else { throw ByteReader.Damaged() }
                return (k, e, rule)
            }
            let pairs = try r.array { r -> (kinds: Int, slug: Int) in
                (try r.count(max: max(0, classes.count - 1)), try r.count(max: max(0, strings.count - 1)))
            }
            let triples = try r.array { r -> (kinds: Int, slug: Int, surface: Int) in
                (try r.count(max: max(0, classes.count - 1)), try r.count(max: max(0, strings.count - 1)), try r.count(max: max(0, strings.count - 1)))
            }
            guard (pairs.isEmpty && triples.isEmpty) || (!classes.isEmpty && !strings.isEmpty) else { throw ByteReader.Damaged() }
            return Raw(strings: strings, classes: classes, pairs: pairs, triples: triples)
        }

        /// The strings' numbers in the `StringPool` and the classes' in `MentionClasses`.
        func pooled() -> Pooled {
            let strings = self.strings.map(StringPool.shared.number)
            let classes = self.classes.map {
                MentionClasses.shared.number(kind: $0.kind, entityKind: $0.entityKind, rule: strings[$0.rule])
            }
            return Pooled(strings: strings, classes: classes, pairs: pairs.map { (classes[$0.kinds], strings[$0.slug]) },
                          triples: triples.map { (strings[$0.slug], strings[$0.surface], classes[$0.kinds]) })
        }
    }

    /// A table read back, its strings and classes numbered in the process: decoding a mention
    /// looks nothing up.
    struct Pooled {
        var strings: [UInt32] = []
        var classes: [UInt16] = []
        var pairs: [(kinds: UInt16, slug: UInt32)] = []
        var triples: [(slug: UInt32, surface: UInt32, kinds: UInt16)] = []
    }
}
