import Foundation

/// The day of the reported event when the text names a weekday ("on Wednesday").
enum EventDate {
    static let weekdayBytes = SimpleDate.weekdayNames.map { Array($0.utf8) }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }

    /// The weekday (0 = Sunday) first named in `text` as a whole word ("on Wednesday", not
    /// "Wednesdays"), in one pass: every name starts with a capital, "S", "M", "T", "W" or "F".
    static func firstWeekday(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x53 || c == 0x4D || c == 0x54 || c == 0x57 || c == 0x46, i == 0 || !isWordByte(text[i - 1]) {
                for (k, name) in weekdayBytes.enumerated() where name[0] == c && i + name.count <= text.count
                    && (i + name.count == text.count || !isWordByte(text[i + name.count]))
                    && text[i..<(i + name.count)].elementsEqual(name) {
                    return k
                }
            }
            i += 1
        }
        return nil
    }

    static func find(in a: Article) -> SimpleDate? {
        guard let pub = a.published else { return nil }
        for b in a.blocks where b.kind == .paragraph {
            // Only the first paragraph counts: the lede says when the event happened.
            let day = a.storedText.withUTF8 { bytes -> Int? in
                let start = max(0, min(b.range.start, bytes.count))
                let end = max(start, min(b.range.end, bytes.count))
                return firstWeekday(in: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            return day.map { pub.latest(weekday: $0) }
        }
        return nil
    }
}
