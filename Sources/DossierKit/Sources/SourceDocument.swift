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

    /// Writes a headline and paragraphs as the text the parser reads. A first paragraph that
    /// repeats the headline is left out; `\n` inside a paragraph is a line break (`<br>`).
    static func text(title: String?, paragraphs: [String]) -> String {
        var parts: [String] = []
        let head = title.map(TextCleaner.oneLine) ?? ""
        if !head.isEmpty { parts.append(head) }
        for p in paragraphs {
            let t = p.trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty { continue }
            if parts.count == 1, !head.isEmpty, TextCleaner.oneLine(t) == head { continue }
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
        return a
    }
}

/// White space and invisible characters as a reader expects them in extracted text.
enum TextCleaner {
    /// Collapses white space (no-break spaces included) to single spaces; drops soft hyphens and
    /// zero-width characters.
    static func collapse(_ s: Substring.UnicodeScalarView, into out: inout String.UnicodeScalarView, pendingSpace: inout Bool) {
        for u in s {
            switch u.value {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = true
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { pendingSpace = true; continue }
                if pendingSpace, let last = out.last, last != " ", last != "\n" { out.append(" ") }
                pendingSpace = false
                out.append(u)
            }
        }
    }

    /// The string on one line with single spaces.
    static func oneLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        collapse(Substring(s).unicodeScalars, into: &out, pendingSpace: &pending)
        return String(out)
    }

    /// A date in metadata: ISO 8601 (`2025-05-08T09:30:00+05:00`, the publisher's own day),
    /// RFC 822 (`Thu, 08 May 2025 09:30:00 +0500`) or any form the text rules know.
    static func date(_ raw: String) -> SimpleDate? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.count >= 10, let d = SimpleDate(iso: String(s.prefix(10))) { return d }
        return DateScanner.scan(s).first { $0.year != nil }?.date
    }
}
