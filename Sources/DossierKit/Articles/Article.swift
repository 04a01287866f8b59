import Foundation

/// A stable identifier for an article, derived from its content (see `ArticleID.make(content:)`),
/// so it survives renames of the file and of every other file in the corpus.
public struct ArticleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }
}

/// A half-open range of UTF-8 byte offsets into `Article.text`.
///
/// Offsets always fall on Unicode scalar boundaries. `Article.characterRange(of:)` converts to
/// character (Unicode scalar) offsets for tools that want them.
public struct TextRange: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

/// The structural pieces of an article, in reading order.
public enum BlockKind: String, Sendable, Codable {
    case title, subtitle, dateline, heading, paragraph
}

public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    // The range as 32-bit offsets (12 bytes a block, not 24), as a mention keeps its own.
    private var start: Int32
    private var end: Int32
    /// The block's text range inside `Article.text` (trimmed, one line of the file or several joined).
    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set { start = Int32(clamping: newValue.start); end = Int32(clamping: newValue.end) }
    }
    public init(kind: BlockKind, range: TextRange) {
        self.kind = kind
        start = Int32(clamping: range.start); end = Int32(clamping: range.end)
    }
}

/// A parse warning, with the 1-based line it concerns when there is one.
public struct ParseWarning: Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: String
    public init(line: Int? = nil, _ message: String) { self.line = line; self.message = message }
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// One news article as read from a file: structure, dates and the mentions found in it.
public struct Article: Sendable, Identifiable {
    public var id: ArticleID
    /// Path relative to the corpus folder, with `/` separators.
    public var file: String
    /// The whole file text (line endings normalised to `\n`). Every `TextRange` points into it.
    /// An article read back from the index keeps it there (see `ArticleText`): each read of
    /// `text` makes a copy; `storedText` reads it in place.
    public var text: String {
        get { storedText.string }
        set { storedText = ArticleText(newValue) }
    }
    /// The text as kept: in memory or in the mapped index.
    public var storedText: ArticleText
    public var title: String
    public var subtitle: String?
    /// The article's own publication date, or nil when the text does not give a full one.
    public var published: SimpleDate?
    /// The city of the dateline ("Islamabad"), as printed apart from letter case.
    public var dateline: String?
    /// The date the reported event happened when the text says so ("on Wednesday").
    public var eventDate: SimpleDate?
    public var blocks: [Block]
    /// Every mention in the article, sorted by range, never overlapping.
    public var mentions: [Mention]
    public var warnings: [ParseWarning]
    /// The site or feed the article came from (a feed's title), when the source says.
    public var source: String? = nil
    /// The news agency its dateline credits ("AP" in `NAIROBI, Kenya (AP) —`, "TASS" in
    /// `MOSCOW, March 3. /TASS/.`), when it names one.
    public var agency: String? = nil
    /// The article's address on the web (a feed item's link, a page's canonical URL), when known.
    public var link: String? = nil
    /// Who wrote the article (a feed item's author), when the source says.
    public var author: String? = nil

    public init(id: ArticleID, file: String, text: String, title: String, subtitle: String? = nil,
                published: SimpleDate? = nil, dateline: String? = nil, eventDate: SimpleDate? = nil,
                blocks: [Block] = [], mentions: [Mention] = [], warnings: [ParseWarning] = []) {
        self.id = id; self.file = file; self.storedText = ArticleText(text); self.title = title; self.subtitle = subtitle
        self.published = published; self.dateline = dateline; self.eventDate = eventDate
        self.blocks = blocks; self.mentions = mentions; self.warnings = warnings
    }

    /// The text in `range`.
    public func string(in range: TextRange) -> String {
        let utf8 = text.utf8
        let start = max(0, min(range.start, utf8.count))
        let end = max(start, min(range.end, utf8.count))
        let lo = utf8.index(utf8.startIndex, offsetBy: start)
        let hi = utf8.index(utf8.startIndex, offsetBy: end)
        return String(text[lo..<hi])
    }

    /// Converts a UTF-8 range into Unicode scalar (character) offsets.
    public func characterRange(of range: TextRange) -> Range<Int> {
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: range.start)
        let hi = utf8.index(utf8.startIndex, offsetBy: range.end)
        let start = text.unicodeScalars.distance(from: text.startIndex, to: lo)
        return start..<(start + text.unicodeScalars.distance(from: lo, to: hi))
    }
}
