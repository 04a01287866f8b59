import Foundation

/// An article's linked mentions written as what linking changed in the mentions extraction found
/// (which the article's entry keeps): linking gives a person's mentions their entity and its
/// sieve, and drops those it could not link; the other mentions it leaves as they are. So each
/// mention is stored once, and the linked result holds only the changes.
///
/// The changes: for each mention extraction found that linking did not keep as it is, its place
/// after the one changed before it, and either nothing (dropped) or the number of its new class
/// and entity (`MentionTable.pairNumber`), its range and surface unchanged. Linked mentions that
/// are not such changes (which linking never makes) are written whole instead.
enum MentionChanges {
    static func encode(_ w: inout ByteWriter, local: [Mention], linked: [Mention], _ table: inout MentionTable) {
        var changes: [(at: Int, code: Int)] = []
        var k = 0
        for j in local.indices {
            if k < linked.count, linked[k].isIdentical(to: local[j]) { k += 1; continue }
            if k < linked.count, linked[k].hasSamePlace(as: local[j]) {
                changes.append((j, table.pairNumber(linked[k]) + 1))
                k += 1
                continue
            }
            changes.append((j, 0))
        }
        guard k == linked.count else {
            w.uint(1)
            CorpusIndex.encodeMentions(&w, linked, &table)
            return
        }
        w.uint(0)
        w.uint(UInt64(changes.count))
        var last = -1
        for c in changes {
            w.uint(UInt64(c.at - last - 1)); w.uint(UInt64(c.code))
            last = c.at
        }
    }

    /// The linked mentions of an article whose text is `length` bytes long and whose mentions
    /// as extraction found them are `local`.
    static func decode(_ r: inout ByteReader, local: [Mention], length: Int, _ table: MentionTable.Pooled) throws -> [Mention] {
        if try r.count(max: 1) == 1 { return try CorpusIndex.decodeMentions(&r, length: length, table) }
        let n = try r.count(max: local.count)
        var out: [Mention] = []
        out.reserveCapacity(local.count)
        var j = 0
        for _ in 0..<n {
            let at = j + (try r.count(max: local.count))
            guard at < local.count else { throw ByteReader.Damaged() }
            out.append(contentsOf: local[j..<at])
            let code = try r.count(max: table.pairs.count)
            if code > 0 {
                let p = table.pairs[code - 1], m = local[at]
                out.append(Mention(range: m.range, slug: p.slug, surface: m.surfaceNumber, class: p.kinds))
            }
            j = at + 1
        }
        out.append(contentsOf: local[j...])
        return out
    }
}
