import DossierKit
import Foundation

/// How a piece of article text is drawn: its role, and the mention or search match it belongs to.
public struct ArticleTag: Hashable, Sendable {
    public var role: ThemeRole
    public var mention: Int?
    public var match: Int?
    public init(_ role: ThemeRole, mention: Int? = nil, match: Int? = nil) { self.role = role; self.mention = mention; self.match = match }
}

/// An article wrapped to a width: title, subtitle, a line of dates, then the paragraphs, with
/// every mention and search match tagged so it can be highlighted and scrolled to.
public struct ArticleLayout: Sendable {
    public var lines: [[Span<ArticleTag>]]
    /// For each mention (index into `Article.mentions`), the first line it is on (-1 if not shown).
    public var mentionLine: [Int]
    /// The search matches (ranges into the text) and the line of each.
    public var matches: [TextRange]
    public var matchLine: [Int]

    public init(article a: Article, width: Int, search: String?) {
        // One copy of the text, read in place when it lies in the mapped index.
        let bytes = a.storedText.withUTF8 { Array($0) }
        func str(_ lo: Int, _ hi: Int) -> String {
            let l = max(0, min(lo, bytes.count)), h = max(l, min(hi, bytes.count))
            return String(decoding: bytes[l..<h], as: UTF8.self)
        }
        var matches: [TextRange] = []
        if let q = search?.trimmingCharacters(in: .whitespaces), !q.isEmpty {
            matches = Corpus.matches(of: q, in: a.text)
        }
        self.matches = matches

        /// The spans of `range`, split at mention and match edges.
        func spans(_ range: TextRange, role: ThemeRole) -> [Span<ArticleTag>] {
            var cuts: Set<Int> = [range.start, range.end]
            let ms = a.mentions.indices.filter { a.mentions[$0].range.overlaps(range) }
            for i in ms { cuts.insert(max(range.start, a.mentions[i].range.start)); cuts.insert(min(range.end, a.mentions[i].range.end)) }
            let hits = matches.indices.filter { matches[$0].overlaps(range) }
            for i in hits { cuts.insert(max(range.start, matches[i].start)); cuts.insert(min(range.end, matches[i].end)) }
            let sorted = cuts.sorted()
            var out: [Span<ArticleTag>] = []
            for (lo, hi) in zip(sorted, sorted.dropFirst()) where hi > lo {
                let seg = TextRange(lo, hi)
                let m = ms.first { a.mentions[$0].range.contains(seg) }
                let h = hits.first { matches[$0].contains(seg) }
                let r = m.map { ThemeRole.mention(a.mentions[$0].kind) } ?? role
                out.append(Span(Sanitizer.forTerminal(str(lo, hi), flowing: true), ArticleTag(r, mention: m, match: h)))
            }
            return out
        }

        var lines: [[Span<ArticleTag>]] = []
        func add(_ s: [Span<ArticleTag>]) { lines.append(contentsOf: Wrap.lines(s, width: width)) }
        func blank() { if let last = lines.last, !last.isEmpty { lines.append([]) } }

        let head = a.blocks.prefix { $0.kind == .title || $0.kind == .subtitle }
        if head.isEmpty {
            add([Span(Sanitizer.forTerminal(a.title.isEmpty ? a.file : a.title, flowing: true), ArticleTag(.articleTitle))])
        }
        for b in head { add(spans(b.range, role: b.kind == .title ? .articleTitle : .articleSubtitle)) }
        add([Span(ArticleLayout.metaLine(a), ArticleTag(.articleMeta))])
        blank()
        var pendingDateline: [Span<ArticleTag>] = []
        for b in a.blocks.dropFirst(head.count) {
            switch b.kind {
            case .title, .subtitle:
                blank(); add(spans(b.range, role: b.kind == .title ? .articleTitle : .articleSubtitle))
            case .dateline:
                pendingDateline = spans(b.range, role: .articleDateline)
                while let last = pendingDateline.last, last.text.hasSuffix(" ") {
                    pendingDateline[pendingDateline.count - 1].text.removeLast()
                    if pendingDateline[pendingDateline.count - 1].text.isEmpty { pendingDateline.removeLast() }
                }
            case .heading:
                blank(); add(spans(b.range, role: .articleHeading))
            case .paragraph:
                var body = spans(b.range, role: .text)
                if !pendingDateline.isEmpty {
                    // "ISLAMABAD:" and the paragraph it opens, one space between them.
                    while let first = body.first, first.text.hasPrefix(" ") {
                        body[0].text.removeFirst()
                        if body[0].text.isEmpty { body.removeFirst() }
                    }
                    body = pendingDateline + [Span(" ", ArticleTag(.text))] + body
                }
                blank(); add(body); pendingDateline = []
            }
        }
        if !pendingDateline.isEmpty { blank(); add(pendingDateline) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines

        var mentionLine = Array(repeating: -1, count: a.mentions.count)
        var matchLine = Array(repeating: -1, count: matches.count)
        for (i, line) in lines.enumerated() {
            for s in line {
                if let m = s.tag.mention, mentionLine[m] < 0 { mentionLine[m] = i }
                if let h = s.tag.match, matchLine[h] < 0 { matchLine[h] = i }
            }
        }
        self.mentionLine = mentionLine
        self.matchLine = matchLine
    }

    /// "Islamabad · 8 May 2025 · event 7 May 2025 · Dawn · 000_x.txt": the source as the
    /// timeline names it, when there is one.
    static func metaLine(_ a: Article) -> String {
        var parts: [String] = []
        if let d = a.dateline, !d.isEmpty { parts.append(d) }
        parts.append(a.published?.longDescription ?? "undated")
        if let e = a.eventDate, e != a.published {
            parts.append("event \(SimpleDate.weekdayNames[e.weekday].prefix(3)) \(e.longDescription)")
        }
        if let s = TimelineRows.source(a) { parts.append(s) }
        parts.append(a.file)
        return Sanitizer.forTerminal(parts.joined(separator: " · "))
    }
}
