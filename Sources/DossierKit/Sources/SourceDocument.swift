import Foundation

/// What a source (a saved page, a feed item) hands the parser: plain text in the shape
/// `ArticleParser` reads (the headline on the first line, then paragraphs separated by blank
/// lines), and the metadata the source knew better than the text does.
struct SourceDocument: Sendable {
    var text: String
    /// The headline from the page's or the item's metadata.
    var title: String?
    /// The publication date from the metadata (wins over dates found in the text).
    var published: SimpleDate?
    /// The dateline's city from the metadata (JSON-LD `dateline`), when the page gives one.
    var dateline: String?
    /// The site or feed the article came from.
    var source: String?
    /// The article's address on the web, when known.
    var link: String?
    /// Who wrote it, when the source says.
    var author: String? = nil

    /// Writes a headline and paragraphs (trimmed, as `ParagraphWriter` and `TextCleaner.oneLine`
    /// give them) as the text the parser reads. A first paragraph that repeats the headline is
    /// left out; `\n` inside a paragraph is a line break (`<br>`).
    static func text(title: String?, paragraphs: [String]) -> String {
        var parts: [String] = []
        let head = title.map(TextCleaner.oneLine) ?? ""
        if !head.isEmpty { parts.append(head) }
        for t in paragraphs where !t.isEmpty {
            if parts.count == 1, !head.isEmpty, t.utf8.count <= head.utf8.count + 8, TextCleaner.oneLine(t) == head { continue }
            parts.append(t)
        }
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
    }

    /// Parses the text and lets the metadata win over what the parser guessed.
    func article(file: String, id: ArticleID) -> Article {
        var a = ArticleParser.parse(text: text, file: file, id: id)
        if let t = title.map(TextCleaner.oneLine), !t.isEmpty { a.title = t }
        if let d = published {
            // The text's doubts about the date no longer matter.
            a.warnings.removeAll { $0.message.contains("publication date") }
            if d != a.published { a.published = d; a.eventDate = EventDate.find(in: a) }
        }
        if let d = dateline.map(TextCleaner.oneLine), !d.isEmpty { a.dateline = d }
        a.source = source.map(TextCleaner.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        a.link = link.map(TextCleaner.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        a.author = author.map(TextCleaner.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        return a
    }
}

/// White space and invisible characters as a reader expects them in extracted text.
enum TextCleaner {
    /// Collapses white space (no-break spaces and other spaces included) to single spaces, with
    /// control characters counted as space; drops soft hyphens and zero-width characters. Works on
    /// UTF-8 bytes: `pendingSpace` carries a space not yet written from one piece to the next.
    static func collapse(_ p: UnsafePointer<UInt8>, count n: Int, into out: inout [UInt8], pendingSpace: inout Bool) {
        var i = 0
        while i < n {
            let b = p[i]
            var len = 1
            if b < 0x80 {
                if b <= 0x20 || b == 0x7F { pendingSpace = true; i += 1; continue }
            } else {
                len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if i + len > n { len = n - i }
                if len == 2, b == 0xC2 {
                    let c = p[i + 1]
                    if c == 0xAD { i += 2; continue }                                  // soft hyphen
                    if c == 0xA0 || c <= 0x9F { pendingSpace = true; i += 2; continue }   // no-break space, C1
                } else if len == 3, b == 0xE2 {
                    let (c, d) = (p[i + 1], p[i + 2])
                    if c == 0x80, (0x80...0x8A).contains(d) || d == 0xAF { pendingSpace = true; i += 3; continue }
                    if c == 0x80, (0x8B...0x8D).contains(d) { i += 3; continue }       // zero-width
                    if c == 0x81, d == 0x9F { pendingSpace = true; i += 3; continue }
                    if c == 0x81, d == 0xA0 { i += 3; continue }                       // word joiner
                } else if len == 3, b == 0xE3, p[i + 1] == 0x80, p[i + 2] == 0x80 {
                    pendingSpace = true; i += 3; continue                              // ideographic space
                } else if len == 3, b == 0xEF, p[i + 1] == 0xBB, p[i + 2] == 0xBF {
                    i += 3; continue                                                   // BOM
                }
            }
            if pendingSpace {
                if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
                pendingSpace = false
            }
            for k in 0..<len { out.append(p[i + k]) }
            i += len
        }
    }

    /// The string on one line with single spaces, trimmed.
    static func oneLine(_ s: String) -> String {
        var s = s
        return s.withUTF8 { buf -> String in
            guard let base = buf.baseAddress else { return "" }
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var pending = false
            collapse(base, count: buf.count, into: &out, pendingSpace: &pending)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length in characters of a piece of text once collapsed (for link density).
    static func collapsedLength(_ p: UnsafePointer<UInt8>) -> Int {
        var count = 0, i = 0, space = false
        while p[i] != 0 {
            let b = p[i]
            i += 1
            if b <= 0x20 { space = true; continue }
            if b & 0xC0 == 0x80 { continue }
            if space, count > 0 { count += 1 }
            space = false
            count += 1
        }
        return count
    }

    /// A date in metadata: ISO 8601 (`2025-05-08T09:30:00+05:00`, the publisher's own day),
    /// RFC 822 (`Thu, 08 May 2025 09:30:00 +0500`) or any form the text rules know.
    static func date(_ raw: String) -> SimpleDate? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.count >= 10, let d = SimpleDate(iso: String(s.prefix(10))) { return d }
        return DateScanner.scan(s).first { $0.year != nil }?.date
    }
}
