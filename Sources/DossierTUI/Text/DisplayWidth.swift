/// How many terminal columns text takes, in pure Swift (no libc `wcwidth`, whose answers
/// depend on the locale). East Asian wide and fullwidth letters and emoji take 2, combining
/// marks and joiners 0, everything else 1.
public enum DisplayWidth {
    /// Columns taken by one grapheme (0, 1 or 2). Call on sanitised text.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        let w = of(first)
        if w == 0 {
            // A grapheme that starts with a mark has the width of its first spacing scalar.
            return scalars.dropFirst().lazy.map(of).first { $0 > 0 } ?? 0
        }
        if w == 1, scalars.count > 1 {
            // Emoji presentation selector, or a regional-indicator flag pair.
            if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        return w
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return v == 0xAD ? 0 : 1 }
        if isZeroWidth(s) { return 0 }
        if isWide(v) || s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// True when every byte is printable ASCII: one column each, no grapheme to break.
    @inline(__always)
    static func isPrintableASCII(_ s: String) -> Bool {
        for b in s.utf8 where b < 0x20 || b >= 0x7F { return false }
        return true
    }

    /// One column, and a grapheme of its own whatever follows it: printable ASCII, Latin-1 and
    /// Latin Extended letters, and the general punctuation news text is full of (quotes, dashes,
    /// the ellipsis) but not its zero-width and format characters.
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300 && v != 0xAD) || (v >= 0x2010 && v < 0x2028) || (v >= 0x2030 && v < 0x205F)
    }

    /// The width of `s` when every scalar is simple (then it is the scalar count), else nil.
    static func simpleWidth(_ s: String) -> Int? {
        var n = 0
        for u in s.unicodeScalars {
            guard isSimple(u.value) else { return nil }
            n += 1
        }
        return n
    }

    /// Columns taken by a string.
    public static func of(_ s: String) -> Int {
        if isPrintableASCII(s) { return s.utf8.count }
        if let n = simpleWidth(s) { return n }
        var n = 0
        for ch in s { n += of(ch) }
        return n
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return true }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), less the emoji that
    /// `isEmojiPresentation` already covers.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// The longest prefix of `s` that fits in `columns`, with "…" when cut.
    public static func truncate(_ s: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(s) <= columns { return s }
        let room = columns - of(ellipsis)
        if room >= 0, isPrintableASCII(s) { return String(decoding: s.utf8.prefix(room), as: UTF8.self) + ellipsis }
        if room >= 0, simpleWidth(s) != nil {
            let u = s.unicodeScalars
            return String(u[..<u.index(u.startIndex, offsetBy: room)]) + ellipsis
        }
        var out = ""
        var used = 0
        for ch in s {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch); used += w
        }
        return room >= 0 ? out + ellipsis : String(ellipsis.prefix(columns))
    }

    /// `s` padded with spaces (or truncated) to exactly `columns`.
    public static func pad(_ s: String, to columns: Int) -> String {
        let t = truncate(s, to: columns)
        return t + String(repeating: " ", count: max(0, columns - of(t)))
    }
}
