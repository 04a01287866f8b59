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
    /// Where a patronymic chain starts ("Mohammed bin Salman": 1, the word after "bin"): the words
    /// from there name the father, so the person is called by the first word, never by the last.
    public let chain: Int?
    /// The name is written family name first ("Zhao Lijian", "Moon Jae-in"): the first word alone
    /// names the person too.
    public var familyFirst: Bool { chain == nil && Self.startsWithFamilyName(words) }
    static func startsWithFamilyName(_ words: [String]) -> Bool {
        (2...3).contains(words.count) && Gazetteer.shared.familyNamesFirst.contains(TextFolding.key(words[0]))
    }
    /// The first word is a common given name ("Nawaz"), so a shorter form that starts with it is
    /// another person's name ("Nawaz Sharif" is not "Maryam Nawaz Sharif").
    public var firstIsGiven: Bool { words.first.map { Gazetteer.shared.givenNames.contains(TextFolding.key($0)) } ?? false }

    /// A generational suffix or regnal number ("Jr", "Sr", "III"): "Donald Trump Jr." is not
    /// "Donald Trump".
    public let generation: String?

    public init(particles: [String], words: [String], chain: Int? = nil, generation: String? = nil) {
        self.particles = particles
        self.words = words
        self.generation = generation.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.map { $0.lowercased() }
        var skeletons = words.map(NameFold.skeleton)
        // A familiar form of a given name stands for the formal one ("Bill" → "William").
        // Not a family name written first ("Woo Won-shik" is no "Vova").
        if words.count >= 2, let formal = Gazetteer.shared.formalGivenName[skeletons[0]],
           !Self.startsWithFamilyName(words) { skeletons[0] = formal }
        self.skeletons = skeletons
        self.joined = NameFold.skeleton(words.joined())
        self.chain = chain.flatMap { $0 > 0 && $0 < words.count ? $0 : nil }
    }

    /// The same letters run together, split alike at the end: "Amir-Abdollahian" is "Amir
    /// Abdollahian" and "Abdelfattah" is "Abdel Fattah", but "Eelco Heinen" is not "Eli Cohen",
    /// whose letters, vowels dropped, agree.
    public func sameJoined(_ other: PersonName) -> Bool {
        guard joined == other.joined, let x = words.last, let y = other.words.last else { return false }
        if skeletons.last == other.skeletons.last { return true }
        // "al-Sisi" and "el-Sisi": the word after an article's hyphen.
        func tail(_ w: String) -> String {
            TextFolding.searchFold(String(w.split(whereSeparator: { "-‐‑'’".contains($0) }).last ?? Substring(w))).filter(\.isLetter)
        }
        let fx = TextFolding.searchFold(x).filter(\.isLetter), fy = TextFolding.searchFold(y).filter(\.isLetter)
        return !fx.isEmpty && !fy.isEmpty && (fx.hasSuffix(fy) || fy.hasSuffix(fx) || tail(x) == tail(y))
    }

    /// Parses a printed name ("Seyed Abbas Araghchi", "Kh Asif", "Mohammed bin Salman") using the
    /// gazetteer's particles.
    public init(_ printed: String) {
        var particles: [String] = []
        var words: [String] = []
        var chain: Int?
        var generation: String?
        let parts = printed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        for (i, p) in parts.enumerated() {
            let key = TextFolding.key(p.replacingOccurrences(of: ".", with: ""))
            if i < parts.count - 1, words.isEmpty, let c = Gazetteer.shared.particles[key] { particles.append(c) }
            else if !words.isEmpty, NameFold.patronymics.contains(key) { if chain == nil { chain = words.count } }
            else if !words.isEmpty, NameFold.isSuffix(p.hasSuffix(",") ? String(p.dropLast()) : p) { generation = p.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
            else if !words.isEmpty, NameFold.connectors.contains(p) { continue }
            else { words.append(p) }
        }
        self.init(particles: particles, words: words.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }, chain: chain, generation: generation)
    }

    public var description: String { (particles + words).joined(separator: " ") }
    public var surname: String? { chain == nil ? skeletons.last : skeletons.first }
    public var isSingle: Bool { skeletons.count <= 1 }

    /// The words a single-word form of this name can be: the family name (last, or first when
    /// written family name first), the given name of a patronymic chain, or the first of two
    /// family names ("Petro" of "Gustavo Petro Urrego") when that word is no given name.
    /// The table look-ups (family names, given names) run only when the spelling already fits.
    func callableBy(_ single: String, singleIsGiven: @autoclosure () -> Bool) -> Bool {
        let s = skeletons
        if let c = chain { return c > 0 && NameFold.same(single, s[0]) }
        if NameFold.same(single, s.last!) { return true }
        if NameFold.same(single, s[0]), familyFirst { return true }
        if s.count >= 3, NameFold.same(single, s[s.count - 2]), !singleIsGiven() { return true }
        return s.count >= 2 && NameFold.same(single, NameFold.skeleton(words.suffix(2).joined()))
    }

    /// True when both names could belong to one person (see `NameFold`).
    /// `tailOfGiven`: a shorter form may also leave out leading given names ("Tayyip Erdogan" for
    /// "Recep Tayyip Erdogan"), which the linker allows only when other evidence agrees, since
    /// "Nawaz Sharif" is not "Maryam Nawaz Sharif".
    /// Within one article two full names that differ in a generational suffix are two people
    /// (`generations`); across articles the linker decides (`LinkState.clash`), since "Joseph R.
    /// Biden Jr." is "Joe Biden" wherever no article shows a father beside him.
    public func isCompatible(with other: PersonName, tailOfGiven: Bool = false, generations: Bool = true) -> Bool {
        if !particles.isEmpty, !other.particles.isEmpty, Set(particles).isDisjoint(with: other.particles) { return false }
        let a = skeletons, b = other.skeletons
        guard !a.isEmpty, !b.isEmpty else { return false }
        // Father and son: two full names, one with a generational suffix the other lacks or differs in.
        if generations, a.count >= 2, b.count >= 2, generation != other.generation { return false }
        if sameJoined(other) { return true }
        if a.count == 1 || b.count == 1 {
            let (single, full) = a.count == 1 ? (self, other) : (other, self)
            if full.isSingle { return NameFold.same(single.skeletons[0], full.skeletons[0]) }
            // A regnal number names a monarch: "Mohammed VI" is no "Mohamed Ould Ghazouani".
            if let g = single.generation, g != full.generation, NameFold.isRegnal(g) { return false }
            return full.callableBy(single.skeletons[0], singleIsGiven: single.firstIsGiven)
        }
        // A father's name is not his son's: "Salman bin Abdulaziz" and "Mohammed bin Salman" differ
        // in their given names, and two sons of one father differ in theirs.
        if chain != nil || other.chain != nil, !NameFold.same(a[0], b[0]) { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let shortName = a.count <= b.count ? self : other
        guard let at = NameFold.subsequencePositions(short, in: long) else { return false }
        // A leading word may be left out only when it is the customary prefix "Muhammad"
        // ("Ishaq Dar" for "Muhammad Ishaq Dar"), or when the shorter form is a run of family names
        // at the end ("López Obrador", "Rebelo de Sousa"), never another given name: "Nawaz Sharif"
        // is not "Maryam Nawaz Sharif".
        if at[0] > 0, !long[0..<at[0]].allSatisfy(NameFold.droppablePrefixes.contains) {
            let isTail = at == Array((long.count - short.count)..<long.count)
            guard isTail, tailOfGiven || !shortName.firstIsGiven, shortName.chain == nil, short.count >= 2 else { return false }
        }
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
    /// letter dropped, doubled letters collapsed. Mohammad/Muhammad/Mohammed → "mhmd3",
    /// Ebrahim/Ibrahim → "abrhm", Araghchi and Araqchi alike; see below for the two vowel marks.
    public static func skeleton(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        var folded = ascii ? word : TextFolding.searchFold(word)
        return folded.withUTF8 { src in
            // Three passes, each writing after the last in one scratch buffer: the letters (n),
            // the digraphs unified (up to 2n, as "x" becomes "ks"), the skeleton (no longer).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 5 * src.count + 2) { buf in
                var n = 0
                for b in src {
                    if b >= 0x61 && b <= 0x7A { buf[n] = b; n += 1 } else if b >= 0x41 && b <= 0x5A { buf[n] = b + 32; n += 1 }
                }
                guard n > 0 else { return "" }
                // An initial ("M.") is kept as its letter and a dot: it matches any word with that letter.
                if n == 1 { return String(UnicodeScalar(buf[0])) + "." }
                // Digraphs and letters that transliterations swap: gh→q, kh→k, ph→f, ck→k, w→v, dh→d, th→t, ou→u, c→k.
                let t0 = n
                var tn = t0
                func put(_ c: UInt8) { buf[tn] = c; tn += 1 }
                var i = 0
                let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), iv = UInt8(ascii: "i"), o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), h = UInt8(ascii: "h")
                while i < n {
                    let c = buf[i], nx: UInt8 = i + 1 < n ? buf[i + 1] : 0
                    switch (c, nx) {
                    case (UInt8(ascii: "g"), h): put(UInt8(ascii: "q")); i += 2
                    case (UInt8(ascii: "k"), h): put(UInt8(ascii: "k")); i += 2
                    case (UInt8(ascii: "p"), h): put(UInt8(ascii: "f")); i += 2
                    case (UInt8(ascii: "c"), UInt8(ascii: "k")): put(UInt8(ascii: "k")); i += 2
                    case (UInt8(ascii: "d"), h): put(UInt8(ascii: "d")); i += 2
                    case (UInt8(ascii: "t"), h): put(UInt8(ascii: "t")); i += 2
                    case (o, u): put(u); i += 2
                    case (UInt8(ascii: "w"), _): put(UInt8(ascii: "v")); i += 1
                    // Aleksandr/Alexander.
                    case (UInt8(ascii: "x"), _): put(UInt8(ascii: "k")); put(UInt8(ascii: "s")); i += 1
                    case (UInt8(ascii: "c"), _): put(UInt8(ascii: "k")); i += 1
                    default: put(c); i += 1
                    }
                }
                let tCount = tn - t0
                // The skeleton goes after the digraphs (the letters are no longer needed).
                let o0 = tn
                var on = o0
                for k in 0..<tCount {
                    let c = buf[t0 + k]
                    if k == 0 {
                        // Initial vowels keep a coarse class: Ebrahim/Ibrahim agree, Omar/Amir do not.
                        buf[on] = c == a ? a : c == e || c == iv ? iv : c == o || c == u ? u : c; on += 1
                        continue
                    }
                    if c == a || c == e || c == iv || c == o || c == u || c == y { continue }
                    let last = buf[on - 1]
                    if c == h, k == tCount - 1, on - o0 > 1 || (last != a && last != iv && last != u) { continue }
                    if last == c { continue }
                    buf[on] = c; on += 1
                }
                // Two vowel marks the consonants lose: the class of a vowel right after an initial
                // consonant (a/e, i/y, o/u: Hassan is not Hussein, Mohammad not Mahmoud, Salman not
                // Suleiman, while Hossein/Husain and Deok/Duck agree; a word that opens with two
                // consonants has none, so Vladimir and Volodymyr still agree), and a vowel at the end
                // (Hasina is not Hassan; Abdulla/Abdullah and Sergei/Sergey agree). `same` compares them.
                func isVowel(_ c: UInt8) -> Bool { c == a || c == e || c == iv || c == o || c == u }
                if tCount >= 2, !isVowel(buf[t0]), case let c = buf[t0 + 1], isVowel(c) || c == y && (tCount == 2 || !isVowel(buf[t0 + 2])) {
                    let next: UInt8 = tCount > 2 ? buf[t0 + 2] : 0
                    buf[on] = c == e && next == o ? UInt8(ascii: "3") : c == a || c == e ? UInt8(ascii: "1") : c == iv || c == y ? UInt8(ascii: "2") : UInt8(ascii: "3")
                    on += 1
                }
                if tCount >= 2, case let z = buf[t0 + tCount - 1], isVowel(z) || z == y || z == h && isVowel(buf[t0 + tCount - 2]) {
                    buf[on] = UInt8(ascii: "+"); on += 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buf[o0..<on]), as: UTF8.self)
            }
        }
    }

    /// Skeletons agree (a vowel class present in only one of them does not count), or one is an
    /// initial of the other.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasSuffix(".") || b.hasSuffix(".") { return a.first == b.first }
        // Equal but for a vowel class that only one of them has ("vldmr" and "vldmr3").
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        var ca = ia.next(), cb = ib.next()
        var marks = 0
        while true {
            if let x = ca, x >= 0x31 && x <= 0x33 { marks += 1; ca = ia.next(); continue }
            if let y = cb, y >= 0x31 && y <= 0x33 { marks += 1; cb = ib.next(); continue }
            guard ca == cb else { return false }
            if ca == nil { return marks <= 1 }
            ca = ia.next(); cb = ib.next()
        }
    }

    /// A skeleton without its vowel class: the key under which names that may be `same` meet.
    static func key(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x31 && $0 <= 0x33 }) else { return s }
        return String(decoding: s.utf8.filter { !($0 >= 0x31 && $0 <= 0x33) }, as: UTF8.self)
    }

    /// Words that start a patronymic chain ("bin", "ibn", "bint").
    static let patronymics: KeySet = ["bin", "ibn", "bint", "ben", "binti", "ibni"]
    /// Lower-case words that join parts of a name and are not names themselves.
    static let connectors: Set<String> = ["al", "el", "ul", "ud", "e", "de", "van", "von", "der", "da", "di", "dos", "das", "do", "del", "la", "le", "y", "wa", "los", "las", "den"]

    /// A generational suffix or regnal number ("Jr.", "Sr", "II", "III", "IV").
    static func isSuffix(_ w: String) -> Bool {
        // Every suffix is ASCII: read the bytes, without a trailing full stop.
        var u = Array(w.utf8)
        if u.last == 0x2E { u.removeLast() }
        if suffixBytes.contains(u) { return true }
        return (2...5).contains(u.count) && u.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
    }
    static let suffixBytes: [[UInt8]] = ["Jr", "Sr", "Jnr", "Snr"].map { Array($0.utf8) }

    /// A regnal number ("ii", "vi"), not "jr" or "sr".
    static func isRegnal(_ g: String) -> Bool { g.allSatisfy { "ivx".contains($0) } }

    /// Skeletons of the given names writers drop from the front of a full name.
    static let droppablePrefixes: Set<String> = Set(["Muhammad", "Mohammad", "Mohd", "Md", "M."].map(skeleton))

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
        var folded = TextFolding.searchFold(s)
        // Plain ASCII (nearly every name once folded): bytes in, bytes out.
        if let ascii = folded.withUTF8({ b -> String? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * b.count + 1) { out in
                var n = 0, dash = false
                for c in b {
                    if (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) {
                        if dash, n > 0 { out[n] = UInt8(ascii: "-"); n += 1 }
                        dash = false
                        out[n] = c; n += 1
                    } else if c != UInt8(ascii: "'") { dash = true }
                }
                return n == 0 ? "x" : String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
            }
        }) { return ascii }
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
