import Foundation

/// Folding of text for search and of names for comparison.
public enum TextFolding {
    /// Lower-cased, diacritics removed, typographic quotes and dashes made plain. Keeps length
    /// roughly but not exactly; use it for containment tests, not offsets.
    public static func searchFold(_ s: String) -> String {
        String(decoding: searchFoldBytes(s), as: UTF8.self)
    }

    /// `searchFold` as UTF-8 bytes. ASCII is folded byte by byte; other characters one scalar at
    /// a time (each distinct one through Foundation once per call).
    public static func searchFoldBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var cache: [UInt32: [UInt8]] = [:]
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                    i += 1
                    continue
                }
                // Decode one scalar (the text is valid UTF-8).
                let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = UInt32(b) & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F)
                for k in 1..<n where i + k < bytes.count { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += n
                switch v {
                case 0x2018, 0x2019, 0x02BC: out.append(0x27)
                case 0x201C, 0x201D: out.append(0x22)
                case 0x2010...0x2015: out.append(0x2D)
                case 0x00A0: out.append(0x20)
                // Letters that are not a base letter and a mark, so Foundation keeps them: "Đình",
                // "Łukasz", "Søren", "Işık", "Þórður", "Æsa", "Straße".
                case 0x0110, 0x0111, 0x00D0, 0x00F0: out.append(0x64)
                case 0x0141, 0x0142: out.append(0x6C)
                case 0x00D8, 0x00F8: out.append(0x6F)
                case 0x0131: out.append(0x69)
                case 0x0126, 0x0127: out.append(0x68)
                case 0x00DE, 0x00FE: out.append(contentsOf: [0x74, 0x68])
                case 0x00C6, 0x00E6: out.append(contentsOf: [0x61, 0x65])
                case 0x0152, 0x0153: out.append(contentsOf: [0x6F, 0x65])
                case 0x00DF: out.append(contentsOf: [0x73, 0x73])
                default:
                    if v < foldedLatinEnd { out.append(contentsOf: foldedLatin[Int(v)]); continue }
                    if let f = cache[v] { out.append(contentsOf: f); continue }
                    let f = Unicode.Scalar(v).map { Array(String($0).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8) } ?? []
                    cache[v] = f
                    out.append(contentsOf: f)
                }
            }
        }
        return out
    }

    /// Latin scalars (U+0000 to U+024F) folded by Foundation once per process: the accented
    /// letters of most names, which would otherwise go through Foundation once per word.
    static let foldedLatinEnd: UInt32 = 0x0250
    static let foldedLatin: [[UInt8]] = (0..<foldedLatinEnd).map { v in
        Unicode.Scalar(v).map { Array(String($0).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8) } ?? []
    }

    /// Whether a word of ASCII `form` (split at spaces) begins with `needle`, as the words' and
    /// the needle's strings would say; nil when `form` is not ASCII or holds a carriage return
    /// (whose pairing with a line feed the strings' characters would see).
    static func asciiWordPrefix(_ form: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
        guard isPlainASCII(form) else { return nil }
        guard !needle.contains(0x20), needle.count <= form.count else { return false }
        var i = 0
        while i + needle.count <= form.count {
            if (i == 0 || form[i - 1] == 0x20), form[i] != 0x20 {
                var k = 0
                while k < needle.count, form[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether ASCII `form` contains `needle`; nil when `form` is not ASCII or holds a carriage return.
    static func asciiContains(_ form: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
        guard isPlainASCII(form) else { return nil }
        guard needle.count <= form.count else { return false }
        var i = 0
        while i + needle.count <= form.count {
            var k = 0
            while k < needle.count, form[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }

    private static func isPlainASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 || c == 0x0D { return false }
        return true
    }
}
