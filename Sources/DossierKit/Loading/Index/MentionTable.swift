import Foundation

/// The strings (slugs, surfaces, rules) and the classes (kinds and rule) of the mentions an
/// index holds, each written once: a mention refers to them by number.
struct MentionTable {
    var strings = StringTable()
    private var numbers: [UInt64: Int] = [:]
    private var classes: [(kind: Int, entityKind: Int, rule: Int)] = []

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
    }

    /// A table as read back, before its strings and classes are numbered in the process.
    struct Raw {
        var strings: [String]
        var classes: [(kind: EntityKind, entityKind: EntityKind, rule: Int)]

        static func read(_ r: inout ByteReader) throws -> Raw {
            let strings = try r.array { try $0.string() }
            let classes = try r.array { r -> (kind: EntityKind, entityKind: EntityKind, rule: Int) in
                let k = try CorpusIndex.kind(&r), e = try CorpusIndex.kind(&r), rule = try r.count()
                guard rule < strings.count else { throw ByteReader.Damaged() }
                return (k, e, rule)
            }
            return Raw(strings: strings, classes: classes)
        }

        /// The strings' numbers in the `StringPool` and the classes' in `MentionClasses`.
        func pooled() -> Pooled {
            let strings = self.strings.map(StringPool.shared.number)
            return Pooled(strings: strings, classes: classes.map {
                MentionClasses.shared.number(kind: $0.kind, entityKind: $0.entityKind, rule: strings[$0.rule])
            })
        }
    }

    /// A table read back, its strings and classes numbered in the process: decoding a mention
    /// looks nothing up.
    struct Pooled {
        var strings: [UInt32] = []
        var classes: [UInt16] = []
    }
}
