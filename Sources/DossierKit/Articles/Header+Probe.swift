import Foundation

/// A line measured once for the dateline patterns, and a dateline's city tested in bytes.
extension Header {
    /// A line measured once for the dateline patterns: its marks, its length in UTF-16 units and
    /// its first bytes as a string of their own, so that no pattern bridges the whole line to UTF-16.
    struct Probe {
        /// The text read (a long line's first 160 characters).
        let text: String
        /// Whether every byte is ASCII: a match's UTF-16 offsets are then its bytes'.
        let ascii: Bool
        /// `text.utf16.count`.
        let length: Int
        /// The first `headBytes` bytes or fewer of a longer text (cut before a scalar), and
        /// their length in UTF-16 units.
        let head: String?
        let headLength: Int
        /// Which marks the first 200 bytes have: a form whose mark is missing cannot match.
        let hasSlash: Bool, hasParen: Bool, hasColon: Bool, hasDash: Bool, hasDot: Bool

        /// A pattern is run on the head first; only when it read up to the head's end is it run
        /// again on the whole text. (Under 64 bytes the standard library counts a string's UTF-16
        /// units without building an index of it; most datelines and most lines a pattern rules
        /// out are read in fewer.)
        static let headBytes = 63

        init(_ s: String) {
            text = s
            var t = s
            let m = t.withUTF8 { b -> (high: UInt8, length: Int, cut: Int, headLength: Int, marks: UInt8) in
                let n = b.count
                var cut = min(n, Probe.headBytes)
                while cut > 0, cut < n, b[cut] & 0xC0 == 0x80 { cut -= 1 }
                // Simple loops over all the bytes, which the compiler runs several bytes at a time.
                var high: UInt8 = 0
                for c in b { high |= c }
                // Each scalar's lead byte (any but 10xxxxxx) counts one UTF-16 unit, a lead of
                // four bytes (11110xxx) two.
                func units(_ end: Int) -> Int {
                    var k = 0
                    for i in 0..<end {
                        let c = b[i]
                        k &+= (c < 0x80 || c >= 0xC0 ? 1 : 0) &+ (c >= 0xF0 ? 1 : 0)
                    }
                    return k
                }
                let length = high < 0x80 ? n : units(n)
                let headLength = high < 0x80 ? cut : units(cut)
                var marks: UInt8 = 0
                for c in b[..<min(n, 200)] where c &- 0x28 <= 0x12 || c == 0x93 || c == 0x94 {
                    switch c {
                    case 0x2F: marks |= 1
                    case 0x28: marks |= 2
                    case 0x3A: marks |= 4
                    case 0x2D, 0x93, 0x94: marks |= 8  // "-", and the last bytes of "–" and "—"
                    case 0x2E: marks |= 16
                    default: break
                    }
                }
                return (high, length, cut, headLength, marks)
            }
            ascii = m.high < 0x80
            length = m.length
            if m.cut < s.utf8.count {
                head = t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<m.cut]), as: UTF8.self) }
                headLength = m.headLength
            } else {
                head = nil
                headLength = 0
            }
            hasSlash = m.marks & 1 != 0; hasParen = m.marks & 2 != 0; hasColon = m.marks & 4 != 0
            hasDash = m.marks & 8 != 0; hasDot = m.marks & 16 != 0
        }

        /// `rx.firstMatch(in: text, range: whole text)`. Looked for in the head first: when the
        /// matcher never read up to the head's end (`hitEnd` unset), every path it tried stayed
        /// inside the head, and the whole text gives the same answer.
        func firstMatch(_ rx: NSRegularExpression) -> NSTextCheckingResult? {
            if let head {
                var found: NSTextCheckingResult?
                var sure = false
                rx.enumerateMatches(in: head, options: .reportCompletion, range: NSRange(location: 0, length: headLength)) { m, flags, stop in
                    if let m {
                        found = m
                        sure = !flags.contains(.hitEnd)
                        stop.pointee = true
                    } else if flags.contains(.completed) {
                        sure = !flags.contains(.hitEnd) && !flags.contains(.internalError)
                    }
                }
                if sure { return found }
            }
            return rx.firstMatch(in: text, range: NSRange(location: 0, length: length))
        }

        /// The text of a match's range.
        func substring(_ r: NSRange) -> String { ArticleScan.substring(text, r, ascii: ascii) }

        /// The bytes the first `n` UTF-16 units take.
        func byteLength(utf16 n: Int) -> Int { ascii ? n : ArticleScan.utf8Length(text, utf16: n) }
    }

    /// A city read in a dateline, its case tested as bytes when it is all ASCII.
    struct CityText {
        let text: String
        let ascii: Bool
        init(_ s: String) {
            text = s
            ascii = ArticleScan.isASCII(s)
        }

        /// `text == text.uppercased() && text.rangeOfCharacter(from: .letters) != nil`: in ASCII,
        /// no small letter and some letter.
        var isCaps: Bool {
            guard ascii else { return text == text.uppercased() && text.rangeOfCharacter(from: .letters) != nil }
            var t = text, letter = false
            return t.withUTF8 { b in
                for c in b {
                    if c >= 0x61 && c <= 0x7A { return false }
                    if c >= 0x41 && c <= 0x5A { letter = true }
                }
                return letter
            }
        }

        /// `text.range(of: ". ", options: .backwards)`, found in bytes in ASCII.
        var lastDotSpace: Range<String.Index>? {
            guard ascii else { return text.range(of: ". ", options: .backwards) }
            let u = text.utf8
            var i = u.count - 2
            var t = text
            let at = t.withUTF8 { b -> Int? in
                while i >= 0 { if b[i] == 0x2E, b[i + 1] == 0x20 { return i }; i -= 1 }
                return nil
            }
            guard let at else { return nil }
            let lo = u.index(u.startIndex, offsetBy: at)
            return lo..<u.index(lo, offsetBy: 2)
        }
    }

    /// A quick test `datelineDateFirst` passes: its parenthesis is the line's first, and only
    /// white space stands between it and the year's last digit. Looking back from the first
    /// "(" over bytes of white space or control, an ASCII byte other than a digit rules the
    /// form out (a byte outside ASCII may be a digit or a space of another script: the
    /// pattern decides).
    static func mayOpenWithDateFirst(_ s: String) -> Bool {
        var t = s
        return t.withUTF8 { b in
            guard let open = b.firstIndex(of: 0x28) else { return false }
            var i = open - 1
            while i >= 0, b[i] <= 0x20 { i -= 1 }
            guard i >= 0 else { return false }
            return b[i] >= 0x80 || (b[i] >= 0x30 && b[i] <= 0x39)
        }
    }

    /// "ISLAMABAD" → "Islamabad", as `cityCase` gives it, read in bytes; nil when `s` is not
    /// all ASCII. A text with a small letter is kept; else its words (split at spaces, none
    /// empty) are lowered and joined by one space, each part between hyphens capitalised.
    static func cityCaseASCII(_ s: String) -> String? {
        var t = s
        return t.withUTF8 { b -> String? in
            for c in b {
                if c >= 0x80 { return nil }
                if c >= 0x61 && c <= 0x7A { return s }
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 { i += 1 }
                guard i < b.count else { break }
                if !bytes.isEmpty { bytes.append(0x20) }
                var partStart = true
                while i < b.count, b[i] != 0x20 {
                    let c = b[i]
                    if c == 0x2D {
                        partStart = true
                    } else if partStart {
                        partStart = false
                    } else if c >= 0x41 && c <= 0x5A {
                        bytes.append(c | 0x20); i += 1; continue
                    }
                    bytes.append(c)
                    i += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
