import Foundation

/// The day of the reported event when the text names a weekday ("on Wednesday").
enum EventDate {
    static let weekdayBytes = SimpleDate.weekdayNames.map { Array($0.utf8) }

    /// Where `word` first stands in `text` as a whole word (no letter or digit on either side).
    static func firstWord(_ word: [UInt8], in text: [UInt8]) -> Int? {
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        guard word.count <= text.count else { return nil }
        var i = 0
        while i + word.count <= text.count {
            if text[i] == word[0], (i == 0 || !isWordByte(text[i - 1])),
               i + word.count == text.count || !isWordByte(text[i + word.count]),
               text[i..<(i + word.count)].elementsEqual(word) {
                return i
            }
            i += 1
        }
        return nil
    }

    static func find(in a: Article) -> SimpleDate? {
        guard let pub = a.published else { return nil }
        for b in a.blocks where b.kind == .paragraph {
            let bytes = Array(a.string(in: b.range).utf8)
            let found = weekdayBytes.enumerated().compactMap { i, name in firstWord(name, in: bytes).map { ($0, i) } }
            // Only the first paragraph counts: the lede says when the event happened.
            return found.min { $0.0 < $1.0 }.map { pub.latest(weekday: $0.1) }
        }
        return nil
    }
}
