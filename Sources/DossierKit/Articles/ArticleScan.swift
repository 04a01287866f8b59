import Foundation

/// Byte-level helpers for the parser's per-line tests: Foundation's trimming and splitting, and a
/// pattern compiled anew on every `range(of:options: .regularExpression)`, cost thousands of
/// instructions even on a short line.
enum ArticleScan {
    /// The length of the white space (as `CharacterSet.whitespaces` has it) starting at byte `i`,
    /// or 0: tab, space, NBSP (C2 A0), OGHAM SPACE MARK (E1 9A 80), U+2000–U+200B (E2 80 80–8B),
    /// U+202F (E2 80 AF), U+205F (E2 81 9F) and the ideographic space (E3 80 80).
    @inline(__always)
    static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c < 0xC2 { return 0 }
        if c == 0xC2 { return i + 1 < hi && b[i + 1] == 0xA0 ? 2 : 0 }
        guard i + 2 < hi else { return 0 }
        let c1 = b[i + 1], c2 = b[i + 2]
        switch c {
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0
        case 0xE2: return c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8B || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F ? 3 : 0
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The length of the white space ending just before byte `hi` (not before `lo`), or 0.
    @inline(__always)
    static func trailingWhitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        let c = b[hi - 1]
        if c == 0x20 || c == 0x09 { return 1 }
        if c < 0x80 { return 0 }
        if hi - 2 >= lo, b[hi - 2] == 0xC2 { return whitespaceWidth(b, hi - 2, hi) }
        if hi - 3 >= lo, b[hi - 3] >= 0xE1, b[hi - 3] <= 0xE3 { return whitespaceWidth(b, hi - 3, hi) }
        return 0
    }

    /// `s.trimmingCharacters(in: .whitespaces)`, read as bytes: "  Lusaka " → "Lusaka",
    /// "\u{A0}Politics\u{3000}" → "Politics".
    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        var t = String(s)
        let cut = t.withUTF8 { b -> (Int, Int)? in
            var lo = 0, hi = b.count
            while lo < hi { let n = whitespaceWidth(b, lo, hi); if n == 0 { break }; lo += n }
            while hi > lo { let n = trailingWhitespaceWidth(b, lo, hi); if n == 0 { break }; hi -= n }
            return lo == 0 && hi == b.count ? nil : (lo, hi)
        }
        guard let (lo, hi) = cut else { return t }
        return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }

    /// `s.trimmingCharacters(in: CharacterSet(charactersIn: set))` for a set of ASCII characters
    /// and, with `dashes`, the en and em dashes: " ,SPA --" → "SPA".
    static func trimmed(_ s: String, ascii: [UInt8], dashes: Bool) -> String {
        var t = s
        let cut = t.withUTF8 { b -> (Int, Int)? in
            func isDash(_ i: Int) -> Bool { dashes && i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94) }
            var lo = 0, hi = b.count
            while lo < hi {
                if b[lo] < 0x80, ascii.contains(b[lo]) { lo += 1 } else if lo + 3 <= hi, isDash(lo) { lo += 3 } else { break }
            }
            while hi > lo {
                if b[hi - 1] < 0x80, ascii.contains(b[hi - 1]) { hi -= 1 } else if hi - 3 >= lo, isDash(hi - 3) { hi -= 3 } else { break }
            }
            return lo == 0 && hi == b.count ? nil : (lo, hi)
        }
        guard let (lo, hi) = cut else { return t }
        return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }

    /// `s.components(separatedBy: CharacterSet(charactersIn: separators))` for ASCII separators and
    /// the en and em dashes (E2 80 93, E2 80 94), split as bytes: "By X - Lahore | June" at "-" and "|".
    static func components(_ s: String, ascii: [UInt8], dashes: Bool) -> [String] {
        var t = s
        return t.withUTF8 { b in
            var out: [String] = []
            var start = 0, i = 0
            func cut(_ end: Int) { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)) }
            while i < b.count {
                let c = b[i]
                if c < 0x80, ascii.contains(c) {
                    cut(i); i += 1; start = i; continue
                }
                if dashes, c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 {
                    cut(i); i += 3; start = i; continue
                }
                i += 1
            }
            cut(b.count)
            return out
        }
    }

    /// Whether every byte of `s` is ASCII.
    static func isASCII(_ s: String) -> Bool {
        var t = s
        return t.withUTF8 { b in !b.contains(where: { $0 >= 0x80 }) }
    }

    /// The text of a match's range (UTF-16 offsets) in `s`, as `(s as NSString).substring(with:)`
    /// gives it; `ascii`: whether `s` is all ASCII, its UTF-16 offsets then its bytes'. Outside
    /// ASCII the offsets are turned into bytes' in one pass over the bytes (an `NSString` steps
    /// through the text a UTF-16 unit at a time, tens of instructions each); a range that cuts a
    /// surrogate pair is left to `NSString`.
    static func substring(_ s: String, _ r: NSRange, ascii: Bool) -> String {
        var t = s
        if ascii {
            return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[r.location..<(r.location + r.length)]), as: UTF8.self) }
        }
        let sliced = t.withUTF8 { b -> String? in
            guard let lo = byteOffset(b, utf16: r.location),
                  let hi = byteOffset(b, utf16: r.location + r.length, from: lo, at: r.location) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        }
        return sliced ?? (s as NSString).substring(with: r)
    }

    /// The byte offset in `b` (UTF-8) of UTF-16 offset `u`, counted on from byte `from`, which
    /// stands at UTF-16 offset `at`; nil when `u` falls inside a surrogate pair or past the end.
    @inline(__always)
    static func byteOffset(_ b: UnsafeBufferPointer<UInt8>, utf16 u: Int, from: Int = 0, at: Int = 0) -> Int? {
        var i = from, k = at
        while k < u, i < b.count {
            let c = b[i]
            // A lead byte tells its scalar's length; one of four bytes is two UTF-16 units.
            if c < 0x80 { i += 1; k += 1 } else if c < 0xE0 { i += 2; k += 1 } else if c < 0xF0 { i += 3; k += 1 } else { i += 4; k += 2 }
        }
        return k == u && i <= b.count ? i : nil
    }

    /// `s.utf16.count`, counted in bytes: a scalar of four bytes is two UTF-16 units, any other
    /// one. (Outside ASCII the standard library builds an index of the string to count it.)
    static func utf16Count(_ s: String) -> Int {
        var t = s
        return t.withUTF8 { b in
            var n = 0
            for c in b where c & 0xC0 != 0x80 { n += c >= 0xF0 ? 2 : 1 }
            return n
        }
    }

    /// `s` with each of `ranges` (UTF-16 offsets, in order, apart) put back by one space, as
    /// `NSString.replacingCharacters(in:with:)` gives it from the last range to the first; nil
    /// unless `s` is all ASCII without a carriage return (where `NSString` moves a range's
    /// ends to the edges of a composed character).
    static func blanked(_ s: String, _ ranges: [NSRange]) -> String? {
        var t = s
        return t.withUTF8 { b -> String? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var at = 0
            for r in ranges {
                guard r.location >= at, r.length >= 0, r.location + r.length <= b.count else { return nil }
                out += b[at..<r.location]
                out.append(0x20)
                at = r.location + r.length
            }
            out += b[at...]
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `s.lowercased()` holds `word` (ASCII, in lower case), looked for in bytes; nil
    /// unless `s` is all ASCII.
    static func lowercasedContains(_ s: String, _ word: StaticString) -> Bool? {
        var t = s
        return t.withUTF8 { b -> Bool? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard b.count >= w.count else { return false }
            for i in 0...(b.count - w.count) {
                var k = 0
                while k < w.count, (b[i + k] >= 0x41 && b[i + k] <= 0x5A ? b[i + k] | 0x20 : b[i + k]) == w[k] { k += 1 }
                if k == w.count { return true }
            }
            return false
        }
    }

    /// The number of bytes (UTF-8) the first `n` UTF-16 units of `s` take, as the bytes of
    /// `substring(s, NSRange(location: 0, length: n), ascii: false)` count them.
    static func utf8Length(_ s: String, utf16 n: Int) -> Int {
        var t = s
        return t.withUTF8 { b in byteOffset(b, utf16: n) } ?? (s as NSString).substring(with: NSRange(location: 0, length: n)).utf8.count
    }
}

/// A pattern compiled once, for the tests that used `range(of:options: .regularExpression)`
/// (which compiles its pattern on every call).
struct LinePattern: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ pattern: String, caseInsensitive: Bool = false) {
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// The first match in `s`, as `s.range(of: pattern, options: .regularExpression)` finds it.
    func firstRange(in s: String) -> Range<String.Index>? {
        let r = regex.rangeOfFirstMatch(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count))
        return r.location == NSNotFound ? nil : Range(r, in: s)
    }

    /// Whether the pattern matches somewhere in `s`.
    func found(in s: String) -> Bool {
        regex.rangeOfFirstMatch(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count)).location != NSNotFound
    }
}
