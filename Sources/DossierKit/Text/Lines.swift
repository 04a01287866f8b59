import Foundation

/// One line of a text with its UTF-8 offsets (without the newline) and trimmed content.
struct Line {
    var number: Int          // 1-based
    var range: TextRange     // trimmed range
    var text: String         // trimmed text
    var isBlank: Bool { text.isEmpty }
}

enum LineSplitter {
    static func split(_ text: String) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var number = 1
        let bytes = Array(text.utf8)
        func emit(_ s: Int, _ e: Int) {
            var lo = s, hi = e
            while lo < hi, isSpace(bytes, lo) { lo += spaceWidth(bytes, lo) }
            while hi > lo, let w = trailingSpaceWidth(bytes, lo, hi) { hi -= w }
            let str = String(decoding: bytes[lo..<hi], as: UTF8.self)
            lines.append(Line(number: number, range: TextRange(lo, hi), text: str))
        }
        for (i, b) in bytes.enumerated() where b == 0x0A {
            emit(start, i); start = i + 1; number += 1
        }
        emit(start, bytes.count)
        return lines
    }

    // ASCII white space, NBSP (C2 A0) and the Unicode spaces U+2000–U+200B, U+3000.
    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { spaceWidth(b, i) > 0 }
    static func spaceWidth(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x80...0x8B).contains(b[i + 2]) { return 3 }
        if c == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        return 0
    }
    static func trailingSpaceWidth(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
        if hi - 1 >= lo, spaceWidth(b, hi - 1) == 1 { return 1 }
        if hi - 2 >= lo, spaceWidth(b, hi - 2) == 2 { return 2 }
        if hi - 3 >= lo, spaceWidth(b, hi - 3) == 3 { return 3 }
        return nil
    }
}
