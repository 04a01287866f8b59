import Foundation

/// Site chrome: navigation, sharing and newsletter lines that are not the article.
enum Chrome {
    static let terminal: [String] = [
        "tags", "tags:", "related", "related posts", "related articles", "related stories", "related news",
        "you may also like", "you might also like", "popular posts", "most popular", "most read", "trending",
        "newsletter", "share", "share this", "share this article", "share on", "comments", "comment",
        "leave a reply", "leave a comment", "more from", "read more", "recommended", "latest news",
        "follow us", "about the author", "also read", "see also",
    ]
    static let lineOnly: [String] = ["advertisement", "ad", "sponsored", "continue reading", "scroll to continue", "story continues below"]
    /// Openings of a line that points to another story.
    static let lineOpenings = ["also read:", "read also:", "read more:"]
    /// The first letters of every line marker and opening: most lines need no comparison.
    static let lineFirstBytes = Set((lineOnly + lineOpenings).compactMap { $0.utf8.first })

    /// Lower case, without the spaces, colons, bullets, dashes and arrows around it: space,
    /// colon, "|", "-", ">", and the middle dot, bullet, en and em dashes and "»". Only the first
    /// `limit` bytes of what remains are kept (`whole` says whether that was all of it): every
    /// marker is short, so a long line needs no more than its start folded.
    /// The length of the edge mark starting at `i`, or 0.
    static func markStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x3A || c == 0x7C || c == 0x2D || c == 0x3E { return 1 }
        if c == 0xC2, i + 1 < hi, b[i + 1] == 0xB7 || b[i + 1] == 0xBB { return 2 }
        if c == 0xE2, i + 2 < hi, b[i + 1] == 0x80, b[i + 2] == 0xA2 || b[i + 2] == 0x93 || b[i + 2] == 0x94 { return 3 }
        return 0
    }

    /// The first byte `normalized` would give, lower-cased if an ASCII capital, without making
    /// the string: nil for a line of marks only.
    static func firstNormalizedByte(_ s: String) -> UInt8? {
        var s = s
        return s.withUTF8 { b -> UInt8? in
            var i = 0
            while i < b.count { let n = markStart(b, i, b.count); if n == 0 { break }; i += n }
            guard i < b.count else { return nil }
            return b[i] >= 0x41 && b[i] <= 0x5A ? b[i] | 0x20 : b[i]
        }
    }

    static func normalized(_ s: String, limit: Int = 32) -> (text: String, whole: Bool) {
        var s = s
        // The length of the edge mark ending at `i`, going back, or 0.
        func markEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Int {
            let c = b[i]
            if c == 0x20 || c == 0x3A || c == 0x7C || c == 0x2D || c == 0x3E { return 1 }
            if (c == 0xB7 || c == 0xBB), i - 1 >= lo, b[i - 1] == 0xC2 { return 2 }
            if (c == 0xA2 || c == 0x93 || c == 0x94), i - 2 >= lo, b[i - 1] == 0x80, b[i - 2] == 0xE2 { return 3 }
            return 0
        }
        let (lo, hi, ascii) = s.withUTF8 { b -> (Int, Int, Bool) in
            var lo = 0, hi = b.count
            while lo < hi { let n = markStart(b, lo, hi); if n == 0 { break }; lo += n }
            while hi > lo { let n = markEnd(b, hi - 1, lo); if n == 0 { break }; hi -= n }
            var ascii = true
            for i in lo..<hi where b[i] >= 0x80 { ascii = false; break }
            return (lo, hi, ascii)
        }
        guard lo < hi else { return ("", true) }
        let whole = hi - lo <= limit
        if ascii {
            let end = whole ? hi : lo + limit
            let text = s.withUTF8 { b in
                String(unsafeUninitializedCapacity: end - lo) { out in
                    for i in lo..<end { let c = b[i]; out[i - lo] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                    return end - lo
                }
            }
            return (text, whole)
        }
        let end = whole ? hi : s.withUTF8 { b in
            // Back to the start of a character: never cut a UTF-8 sequence.
            var e = lo + limit
            while e > lo, b[e] & 0xC0 == 0x80 { e -= 1 }
            return e
        }
        let u = s.utf8
        let text = String(Substring(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: end)])).lowercased()
        return (text, whole)
    }

    /// Openings of a closing line ("Subscribe to …", "Follow us on …").
    static let terminalOpenings = ["subscribe", "sign up for", "comment / reply", "share on ", "tags:", "related:", "follow us on"]
    static let terminalFirstBytes = Set((terminal + terminalOpenings).compactMap { $0.utf8.first })

    static func isTerminalMarker(_ s: String) -> Bool {
        guard s.utf8.count <= 120 else { return false }
        // Every marker and opening below starts with one of a few letters: most lines need no comparison.
        guard let f = firstNormalizedByte(s), terminalFirstBytes.contains(f) else { return false }
        let (n, whole) = normalized(s)
        if whole, terminal.contains(n) || n.utf8.last == 0x29 && terminal.contains(withoutCount(n)) { return true }
        if terminalOpenings.contains(where: { n.hasPrefix($0) }) {
            return Header.words(normalized(s, limit: .max).text) <= 14
        }
        return false
    }

    static func isLineChrome(_ s: String) -> Bool {
        guard s.utf8.count <= 200 else { return false }
        guard let f = firstNormalizedByte(s), lineFirstBytes.contains(f) else { return false }
        let (n, whole) = normalized(s)
        return (whole && lineOnly.contains(n)) || lineOpenings.contains(where: { n.hasPrefix($0) })
    }

    /// The index of the first line of trailing chrome, or `lines.count`.
    static func cutIndex(_ lines: [Line]) -> Int {
        let firstText = lines.firstIndex { !$0.isBlank } ?? 0
        for (i, l) in lines.enumerated() where i > firstText + 1 && isTerminalMarker(l.text) {
            let after = lines[(i + 1)...]
            let prose = after.contains { Header.words($0.text, atMost: 15) >= 15 && Header.endsLikeSentence($0.text) }
            if !prose { return i }
        }
        return lines.count
    }

    /// "comments (41)" → "comments": a marker with the count a site prints beside it.
    static func withoutCount(_ n: String) -> String {
        guard n.hasSuffix(")"), let open = n.lastIndex(of: "("), open > n.startIndex,
              case let count = n[n.index(after: open)..<n.index(before: n.endIndex)], !count.isEmpty,
              count.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return n }
        return ArticleScan.trimmed(n[..<open])
    }
}
