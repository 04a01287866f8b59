import Foundation

/// The string handling of evaluate.py, with Python's semantics: strings are sequences of code
/// points (no grapheme clustering, no canonical equivalence), `str.split()` splits on Python's
/// whitespace, `casefold` is full case folding, `\w` is Python's Unicode word character.
enum PyText {
    /// `str.isspace()` (and `\s` in a str pattern).
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `\w` in a str pattern: alphanumeric (letters, and anything with a numeric value) or `_`.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c == "_" { return true }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return c.properties.numericType != nil
        }
    }

    /// `" ".join(s.split())`.
    static func ws(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }

    /// `s.strip()`.
    static func strip(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        guard let first = u.firstIndex(where: { !isSpace($0) }), let last = u.lastIndex(where: { !isSpace($0) }) else { return "" }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: u[first...last])
        return String(v)
    }

    /// `s.casefold()`.
    static func casefold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if let folded = CaseFoldTable.map[c.value] {
                out.append(contentsOf: folded)
            } else if (0x13A0...0x13F5).contains(c.value) {
                out.append(c)  // casefold keeps the Cherokee capitals (lower() would not)
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// `unicodedata.normalize("NFKC", s)`.
    static func nfkc(_ s: String) -> String { s.precomposedStringWithCompatibilityMapping }

    static let quotes: [UInt32: Unicode.Scalar] = [
        0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x60: "'", 0x201C: "\"", 0x201D: "\"",
        0x2013: "-", 0x2014: "-", 0x2011: "-",
    ]

    /// `s.translate(_QUOTES)`.
    static func translateQuotes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(quotes[c.value] ?? c) }
        return String(out)
    }

    /// `small in big` (code point substring; the empty string is in everything).
    static func contains(_ big: String, _ small: String) -> Bool {
        find(Array(small.unicodeScalars), in: Array(big.unicodeScalars), from: 0) != nil
    }

    /// The first index at or after `from` where `needle` starts in `hay`.
    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        if needle.isEmpty { return from <= hay.count ? from : nil }
        guard hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// `len(s)`.
    static func len(_ s: String) -> Int { s.unicodeScalars.count }

    /// Code point equality (Swift's `==` would also equate canonically equivalent strings).
    static func same(_ a: String, _ b: String) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }

    /// `os.path.basename(f)`.
    static func basename(_ f: String) -> String {
        guard let slash = f.lastIndex(of: "/") else { return f }
        return String(f[f.index(after: slash)...])
    }
}
