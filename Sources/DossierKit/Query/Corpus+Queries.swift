import Foundation

extension Corpus {
    /// The articles that pass `filter`, in timeline order.
    public func timeline(_ filter: Filter = Filter()) -> [ArticleID] {
        indices(matching: filter).map { articles[$0].id }
    }

    func indices(matching filter: Filter) -> [Int] {
        var candidate: [Int]? = nil
        // Each entity field is an OR of postings; fields AND together.
        for group in [filter.countries, filter.topics, filter.people, filter.organizations, filter.places]
        where !group.isEmpty {
            var union = Set<Int>()
            for id in group { union.formUnion((postings[id] ?? []).lazy.map { Int($0) }) }
            candidate = candidate.map { $0.filter(union.contains) } ?? union.sorted()
        }
        var result = candidate ?? Array(articles.indices)
        if filter.since != nil || filter.until != nil {
            result = result.filter { i in
                guard let d = articles[i].published else { return false }
                if let s = filter.since, d < s { return false }
                if let u = filter.until, d > u { return false }
                return true
            }
        }
        if let only = filter.only {
            result = result.filter { only.contains(articles[$0].id) }
        }
        if let text = filter.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let needle = TextFolding.searchFold(text.trimmingCharacters(in: .whitespaces))
            let n = Array(needle.utf8)
            // Texts are searched on every core, in chunks, each writing its own slots.
            let candidates = result
            var keep = [Bool](repeating: false, count: candidates.count)
            keep.withUnsafeMutableBufferPointer { k in
                nonisolated(unsafe) let slots = k.baseAddress!
                let chunk = 512, chunks = (candidates.count + chunk - 1) / chunk
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for j in (c * chunk)..<min(candidates.count, (c + 1) * chunk) {
                        let i = candidates[j]
                        if let folded = foldedText[i] { slots[j] = ByteSearch.contains(folded, n) }
                        else { slots[j] = articles[i].storedText.withUTF8 { ByteSearch.containsIgnoringASCIICase($0, n) } }
                    }
                }
            }
            result = zip(candidates, keep).compactMap { $1 ? $0 : nil }
        }
        return result
    }

    /// Articles whose text contains `text` (case- and diacritic-insensitive), in timeline order.
    public func search(_ text: String) -> [ArticleID] { timeline(Filter(text: text)) }

    /// Where `query` occurs in `text` (case- and diacritic-insensitive), as UTF-8 ranges: the
    /// article pane's search highlights.
    public static func matches(of query: String, in text: String) -> [TextRange] {
        guard !query.isEmpty else { return [] }
        var out: [TextRange] = []
        var from = text.startIndex
        while from < text.endIndex,
              let r = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
            out.append(TextRange(text.utf8.distance(from: text.startIndex, to: r.lowerBound),
                                 text.utf8.distance(from: text.startIndex, to: r.upperBound)))
            from = r.upperBound > r.lowerBound ? r.upperBound : text.index(after: r.lowerBound)
        }
        return out
    }

    /// Entities whose name or alias matches `query`: exact (folded) first, then word prefix, then substring.
    public func findEntities(named query: String, kind: EntityKind? = nil) -> [Entity] {
        let q = TextFolding.searchFold(query.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !q.isEmpty else { return [] }
        var ranked: [(Int, Entity)] = []
        let needle = Array(q.utf8)
        // An ASCII form and query compare as bytes (what the string comparisons give them);
        // anything else as strings.
        let asciiQuery = needle.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        func startsAWord(_ f: String) -> Bool {
            var f = f
            if asciiQuery, let hit = f.withUTF8({ TextFolding.asciiWordPrefix($0, needle) }) { return hit }
            return f.split(separator: " ").contains { $0.hasPrefix(q) }
        }
        func contains(_ f: String) -> Bool {
            var f = f
            if asciiQuery, let hit = f.withUTF8({ TextFolding.asciiContains($0, needle) }) { return hit }
            return f.contains(q)
        }
        for e in entities.values where kind == nil || e.kind == kind {
            let forms = ([e.name] + e.aliases).map(TextFolding.searchFold)
            if forms.contains(q) || Self.slugReads(e.id.slug, as: q, needle) || e.id.slug == q { ranked.append((0, e)) }
            else if forms.contains(where: startsAWord) { ranked.append((1, e)) }
            else if forms.contains(where: contains) { ranked.append((2, e)) }
        }
        return ranked.sorted { ($0.0, -articleCount($0.1.id), $0.1.name) < ($1.0, -articleCount($1.1.id), $1.1.name) }
            .map(\.1)
    }

    /// Whether `slug` with its hyphens made spaces is `q` (whose UTF-8 is `needle`): compared as
    /// bytes when both are ASCII, else as strings.
    static func slugReads(_ slug: String, as q: String, _ needle: [UInt8]) -> Bool {
        var slug = slug
        if let same = slug.withUTF8({ b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }), needle.allSatisfy({ $0 < 0x80 }) else { return nil }
            return b.count == needle.count && zip(b, needle).allSatisfy { ($0 == 0x2D ? 0x20 : $0) == $1 }
        }) { return same }
        return String(slug.map { $0 == "-" ? " " : $0 }) == q
    }

    /// The entity page: aliases, roles over time, every mention, co-mentioned people.
    public func page(for id: EntityID) -> EntityPage? {
        guard let e = entities[id] else { return nil }
        let idx = (postings[id] ?? []).map { Int($0) }
        var mentions: [EntityMentionRef] = []
        var together: [EntityID: Int] = [:]
        for i in idx {
            let a = articles[i]
            for m in a.mentions where m.entity == id {
                mentions.append(EntityMentionRef(article: a.id, mention: m, text: a.storedText))
            }
            for other in Set(a.mentions.lazy.filter { $0.kind == .person }.map(\.entity)) where other != id {
                together[other, default: 0] += 1
            }
        }
        let co = together.sorted { ($1.value, entities[$0.key]?.name ?? "") < ($0.value, entities[$1.key]?.name ?? "") }
            .map { (entity: $0.key, count: $0.value) }
        return EntityPage(entity: e, articles: idx.map { articles[$0].id }, mentions: mentions, coMentioned: co)
    }

    /// The mentions of `id` in the article `article`, in text order.
    public func mentions(of id: EntityID, in article: ArticleID) -> [EntityMentionRef] {
        guard let a = self.article(article) else { return [] }
        return a.mentions.compactMap { $0.entity == id ? EntityMentionRef(article: a.id, mention: $0, text: a.storedText) : nil }
    }

    /// One line of text around `range`, about `width` characters, with "…" where it was cut.
    public static func snippet(_ a: Article, around range: TextRange, width: Int = 100) -> String {
        snippet(text: a.storedText, around: range, width: width)
    }

    /// One line of `text` around `range` (UTF-8 offsets), as `snippet(_:around:width:)`.
    public static func snippet(text: String, around range: TextRange, width: Int = 100) -> String {
        snippet(text: ArticleText(text), around: range, width: width)
    }

    /// One line of `text` around `range`, its bytes read in place: a common entity's page makes
    /// thousands of snippets.
    static func snippet(text: ArticleText, around range: TextRange, width: Int = 100) -> String {
        text.withUTF8 { bytes in snippet(bytes: bytes, around: range, width: width) }
    }

    static func snippet(bytes: UnsafeBufferPointer<UInt8>, around range: TextRange, width: Int) -> String {
        typealias Cut = (lo: Int, hi: Int, lineStart: Int, lineEnd: Int)
        let cut: Cut = { () -> Cut in
            var lo = range.start, hi = range.end
            // Stay within the line holding the mention.
            var lineStart = lo
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = hi
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let budget = max(0, width - (hi - lo))
            // Half the room on each side; what one side cannot use goes to the other.
            let left = min(budget / 2, lo - lineStart)
            let right = min(budget - left, lineEnd - hi)
            lo = max(lineStart, lo - left - max(0, budget - left - right))
            hi = hi + right
            // Cut at spaces, not inside words.
            if lo > lineStart, let sp = (lo..<range.start).first(where: { bytes[$0] == 0x20 }) { lo = sp + 1 }
            if hi < lineEnd, let sp = (range.end..<hi).last(where: { bytes[$0] == 0x20 }) { hi = sp }
            while lo > lineStart, lo < bytes.count, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
            while hi < lineEnd, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
            return (lo, hi, lineStart, lineEnd)
        }()
        let lo = max(0, min(cut.lo, bytes.count))
        let hi = max(lo, min(cut.hi, bytes.count))
        let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self).unicodeScalars
        let first = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        let last = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? first
        var s = first < last ? String(scalars[first..<last]) : ""
        if cut.lo > cut.lineStart { s = "…" + s }
        if cut.hi < cut.lineEnd { s += "…" }
        return s
    }

    /// The office a title says its holder holds on the report's date: "Acting President" and
    /// "Caretaker Prime Minister" hold theirs; "the late President", "former Speaker" and
    /// "President-elect" do not (nil).
    static func heldOffice(_ title: String) -> String? {
        var words = title.split(separator: " ").map(String.init)
        let lower = title.lowercased()
        if lower.contains("-elect") || lower.contains("-designate") || lower.hasSuffix(" elect") || lower.hasSuffix(" designate") { return nil }
        while let f = words.first?.lowercased() {
            if ["former", "late", "ex", "ex-", "erstwhile", "incoming", "then"].contains(f) || f.hasPrefix("ex-") { return nil }
            guard ["acting", "caretaker", "interim", "outgoing"].contains(f), words.count > 1 else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// For every office (country · title) held by more than one dated report, who held it when.
    public func officeTimelines() -> [OfficeTimeline] {
        var byOffice: [String: (country: String, title: String, terms: [OfficeTerm])] = [:]
        for e in entities.values where e.kind == .person {
            guard let country = e.country else { continue }
            // Ranks (General, Senator) are not offices that pass from one holder to the next.
            for r in e.roles where !ExtractionContext.ranks.contains(r.title.lowercased()) {
                guard let office = Self.heldOffice(r.title) else { continue }
                let key = country + "\u{1}" + office.lowercased()
                byOffice[key, default: (country, office, [])].terms.append(OfficeTerm(person: e.id, article: r.article, date: r.date))
            }
        }
        return byOffice.values.map { office in
            let terms = office.terms.sorted { ($0.date?.dayNumber ?? Int.max, $0.person.slug) < ($1.date?.dayNumber ?? Int.max, $1.person.slug) }
            var holders: [EntityID] = []
            for t in terms where t.date != nil && holders.last != t.person { holders.append(t.person) }
            var returned = false
            var seen = Set<EntityID>()
            for h in holders { if !seen.insert(h).inserted { returned = true } }
            return OfficeTimeline(country: office.country, title: office.title, terms: terms, hasReturn: returned)
        }.sorted { ($0.country, $0.title) < ($1.country, $1.title) }
    }
}

/// Substring search over bytes: memchr finds each candidate first byte, memcmp checks the rest.
enum ByteSearch {
    /// Whether ASCII `hay` folded (lower-cased) contains `needle`, a folded text, without folding
    /// it: each candidate is a place where the first byte stands in either case.
    static func containsIgnoringASCIICase(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count, let base = hay.baseAddress else { return false }
        // Folded ASCII has no capitals and nothing past ASCII.
        guard !needle.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) else { return false }
        let last = hay.count - needle.count
        let upper: UInt8? = (0x61...0x7A).contains(first) ? first - 32 : nil
        func next(_ b: UInt8, from: Int) -> Int {
            guard from <= last, let hit = memchr(base + from, Int32(b), last - from + 1) else { return Int.max }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        return needle.withUnsafeBufferPointer { n in
            var lower = next(first, from: 0), up = upper.map { next($0, from: 0) } ?? Int.max
            while true {
                let at = min(lower, up)
                if at == Int.max { return false }
                var k = 1
                while k < n.count {
                    var c = base[at + k]
                    if c >= 0x41 && c <= 0x5A { c += 32 }
                    if c != n[k] { break }
                    k += 1
                }
                if k == n.count { return true }
                if at == lower { lower = next(first, from: at + 1) } else { up = next(upper!, from: at + 1) }
            }
        }
    }


    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count else { return false }
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!
                var offset = 0
                let last = hay.count - needle.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, n.baseAddress!, needle.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
