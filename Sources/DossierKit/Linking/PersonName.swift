import Foundation

/// A person's name split into honorific particles (kept in the name but optional when comparing)
/// and name tokens, each with a spelling skeleton that survives transliteration.
public struct PersonName: Hashable, Sendable, CustomStringConvertible {
    /// Canonical particles ("sayyid", "khawaja").
    public var particles: [String]
    /// Name words as printed, particles removed ("Abbas", "Araghchi").
    public var words: [String]
    /// Spelling skeletons of `words`.
    public var skeletons: [String]

    /// All words run together and folded: "Amir-Abdollahian" and "Amir Abdollahian" agree.
    public let joined: String

    public init(particles: [String], words: [String]) {
        self.particles = particles
        self.words = words
        self.skeletons = words.map(NameFold.skeleton)
        self.joined = NameFold.skeleton(words.joined())
    }

    /// Parses a printed name ("Seyed Abbas Araghchi", "Kh Asif") using the gazetteer's particles.
    public init(_ printed: String) {
        var particles: [String] = []
        var words: [String] = []
        let parts = printed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        for (i, p) in parts.enumerated() {
            let key = TextFolding.key(p.replacingOccurrences(of: ".", with: ""))
            if i < parts.count - 1, words.isEmpty, let c = Gazetteer.shared.particles[key] { particles.append(c) }
            else { words.append(p) }
        }
        self.init(particles: particles, words: words)
    }

    public var description: String { (particles + words).joined(separator: " ") }
    public var surname: String? { skeletons.last }
    public var isSingle: Bool { skeletons.count <= 1 }

    /// True when both names could belong to one person (see `NameFold`).
    public func isCompatible(with other: PersonName) -> Bool {
        if !particles.isEmpty, !other.particles.isEmpty, Set(particles).isDisjoint(with: other.particles) { return false }
        let a = skeletons, b = other.skeletons
        guard !a.isEmpty, !b.isEmpty else { return false }
        if joined == other.joined { return true }
        if a.count == 1 || b.count == 1 {
            let single = a.count == 1 ? a[0] : b[0]
            let full = a.count == 1 ? other : self
            return NameFold.same(single, full.skeletons.last!)
                || (full.words.count >= 2 && NameFold.same(single, NameFold.skeleton(full.words.suffix(2).joined())))
        }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard let at = NameFold.subsequencePositions(short, in: long) else { return false }
        // A leading word may be left out only when it is the customary prefix "Muhammad"
        // ("Ishaq Dar" for "Muhammad Ishaq Dar"), never another given name: "Nawaz Sharif" is
        // not "Maryam Nawaz Sharif".
        if at[0] > 0, !long[0..<at[0]].allSatisfy(NameFold.droppablePrefixes.contains) { return false }
        if NameFold.same(short.last!, long.last!) { return true }
        // "Bilawal Bhutto" ⊂ "Bilawal Bhutto Zardari": same first name, and the shorter name's last
        // word printed the same way inside the longer one (skeletons are too loose here:
        // "Mohammad Bagheri" is not "Mohammad Bagher Ghalibaf").
        let (shortWords, longWords) = a.count <= b.count ? (words, other.words) : (other.words, words)
        let last = TextFolding.searchFold(shortWords.last!)
        return NameFold.same(short.first!, long.first!) && longWords.dropLast().contains { TextFolding.searchFold($0) == last }
    }
}

/// Spelling folds for names written many ways.
public enum NameFold {
    /// A consonant skeleton: lower case, no diacritics, digraphs unified, vowels after the first
    /// letter dropped, doubled letters collapsed. Mohammad/Muhammad/Mohammed → "mhmd",
    /// Ebrahim/Ibrahim → "abrhm", Araghchi/Araqchi → "arqch".
    public static func skeleton(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        let folded = ascii ? word : TextFolding.searchFold(word)
        var s: [UInt8] = []
        s.reserveCapacity(folded.utf8.count)
        for b in folded.utf8 {
            if b >= 0x61 && b <= 0x7A { s.append(b) } else if b >= 0x41 && b <= 0x5A { s.append(b + 32) }
        }
        guard !s.isEmpty else { return "" }
        // An initial ("M.") is kept as its letter and a dot: it matches any word with that letter.
        if s.count == 1 { return String(UnicodeScalar(s[0])) + "." }
        // Digraphs and letters that transliterations swap: gh→q, kh→k, ph→f, ck→k, w→v, dh→d, th→t, ou→u, c→k.
        var t: [UInt8] = []
        t.reserveCapacity(s.count)
        var i = 0
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), iv = UInt8(ascii: "i"), o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), h = UInt8(ascii: "h")
        while i < s.count {
            let c = s[i], n: UInt8 = i + 1 < s.count ? s[i + 1] : 0
            switch (c, n) {
            case (UInt8(ascii: "g"), h): t.append(UInt8(ascii: "q")); i += 2
            case (UInt8(ascii: "k"), h): t.append(UInt8(ascii: "k")); i += 2
            case (UInt8(ascii: "p"), h): t.append(UInt8(ascii: "f")); i += 2
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): t.append(UInt8(ascii: "k")); i += 2
            case (UInt8(ascii: "d"), h): t.append(UInt8(ascii: "d")); i += 2
            case (UInt8(ascii: "t"), h): t.append(UInt8(ascii: "t")); i += 2
            case (o, u): t.append(u); i += 2
            case (UInt8(ascii: "w"), _): t.append(UInt8(ascii: "v")); i += 1
            case (UInt8(ascii: "c"), _): t.append(UInt8(ascii: "k")); i += 1
            default: t.append(c); i += 1
            }
        }
        var out: [UInt8] = []
        for (i, c) in t.enumerated() {
            if i == 0 {
                // Initial vowels keep a coarse class: Ebrahim/Ibrahim agree, Omar/Amir do not.
                out.append(c == a ? a : c == e || c == iv ? iv : c == o || c == u ? u : c)
                continue
            }
            if c == a || c == e || c == iv || c == o || c == u || c == y { continue }
            if c == h, i == t.count - 1, let p = out.last, out.count > 1 || (p != a && p != iv && p != u) { continue }
            if out.last == c { continue }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Skeletons agree, or one is an initial of the other.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasSuffix(".") || b.hasSuffix(".") { return a.first == b.first }
        return false
    }

    /// Skeletons of the given names writers drop from the front of a full name.
    static let droppablePrefixes: Set<String> = ["mhmd", "mhd", "md", "m."]

    /// Where the words of `short` appear, in order, inside `long` (leftmost), or nil.
    static func subsequencePositions(_ short: [String], in long: [String]) -> [Int]? {
        var out: [Int] = []
        var j = 0
        for s in short {
            while j < long.count, !same(s, long[j]) { j += 1 }
            if j == long.count { return nil }
            out.append(j)
            j += 1
        }
        return out
    }

    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var j = 0
        for s in short {
            while j < long.count, !same(s, long[j]) { j += 1 }
            if j == long.count { return false }
            j += 1
        }
        return true
    }

    /// A URL- and id-friendly slug: "Seyed Abbas Araghchi" → "seyed-abbas-araghchi".
    public static func slug(_ s: String) -> String {
        let folded = TextFolding.searchFold(s)
        var out = ""
        var dash = false
        for u in folded.unicodeScalars {
            let v = u.value
            let wordChar = v < 0x80 ? (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) : u.properties.isAlphabetic
            if wordChar {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(u)
            } else if u != "'" { dash = true }
        }
        return out.isEmpty ? "x" : out
    }
}
