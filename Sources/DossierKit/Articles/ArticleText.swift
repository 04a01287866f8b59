import Foundation

/// An article's text as it is kept: a `String` in memory (an article just read), or bytes of the
/// mapped index (an article read back from it), which are made into a `String` only when asked
/// and are otherwise read in place (search, snippets), so a restart holds no text in memory.
///
/// The index is replaced whole (written aside and renamed), never rewritten in place, so the
/// bytes mapped stay those the article was read with, whatever happens to its source file.
public struct ArticleText: Sendable {
    enum Storage: @unchecked Sendable {
        case owned(String)
        /// `count` bytes at `start` of `bytes` (valid UTF-8: written from a `String`).
        case mapped(ReadBytes, start: Int, count: Int, ascii: Bool)
    }
    var storage: Storage

    public init(_ string: String) { storage = .owned(string) }

    /// Text read in place from `bytes`; `ascii`: whether every byte is ASCII.
    init(mapped bytes: ReadBytes, range: Range<Int>, ascii: Bool) {
        storage = .mapped(bytes, start: range.lowerBound, count: range.count, ascii: ascii)
    }

    /// The text as a `String` (for a mapped text, a copy made now).
    public var string: String {
        switch storage {
        case .owned(let s): return s
        case .mapped(let b, let start, let count, _):
            return String(decoding: UnsafeRawBufferPointer(start: b.base + start, count: count), as: UTF8.self)
        }
    }

    /// Whether the text is kept in the mapped index rather than in memory.
    public var isMapped: Bool { if case .mapped = storage { return true } else { return false } }

    /// Its length in UTF-8 bytes.
    public var utf8Count: Int {
        switch storage {
        case .owned(let s): return s.utf8.count
        case .mapped(_, _, let count, _): return count
        }
    }

    /// Whether every byte is ASCII (for a mapped text, known from the index: no byte is read).
    public var isASCII: Bool {
        switch storage {
        case .owned(let s): return Corpus.isASCII(s)
        case .mapped(_, _, _, let ascii): return ascii
        }
    }

    /// Calls `body` with the text's UTF-8 bytes, read in place.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .owned(var s):
            return try s.withUTF8(body)
        case .mapped(let b, let start, let count, _):
            return try withExtendedLifetime(b) {
                try body(UnsafeBufferPointer(start: (b.base + start).assumingMemoryBound(to: UInt8.self), count: count))
            }
        }
    }

    /// The text in `range` of UTF-8 offsets (clamped to the text).
    public func string(in range: TextRange) -> String {
        withUTF8 { bytes in
            let start = max(0, min(range.start, bytes.count))
            let end = max(start, min(range.end, bytes.count))
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Whether the two texts have the same bytes.
    public static func sameBytes(_ a: ArticleText, _ b: ArticleText) -> Bool {
        a.utf8Count == b.utf8Count && a.withUTF8 { x in b.withUTF8 { y in
            x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
        } }
    }
}
