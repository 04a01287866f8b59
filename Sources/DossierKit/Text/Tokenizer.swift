import Foundation

/// A word, number or punctuation mark with its UTF-8 range in the article text.
struct Token {
    enum Kind { case word, number, punct }
    var kind: Kind
    var range: TextRange
    var text: String
    /// Lower-cased, diacritic-folded form used for look-ups.
    var key: String
    /// White space (or the block start) directly before the token.
    var spaceBefore: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    /// Index of the sentence the token belongs to, within the block.
    var sentence: Int = 0
    /// Facts the extractor looks up once per token (see `ExtractionContext.annotate`).
    var facts: Facts = []
    /// The gazetteer phrase starting here: its end token and its place in the phrase table's list
    /// for this key (phraseEnd 0: none).
    var phraseEnd: Int32 = 0
    var phraseOption: Int32 = 0

    struct Facts: OptionSet {
        let rawValue: UInt16
        /// Could be part of a person's name (capitalised, not a role word, title or abbreviation).
        static let nameLike = Facts(rawValue: 1)
        /// Could start a role title (a head, a modifier or an abbreviation).
        static let roleStart = Facts(rawValue: 2)
        /// A known given name; a name particle ("Syed", "Kh").
        static let givenName = Facts(rawValue: 4)
        static let particle = Facts(rawValue: 8)
        /// Could start a role abbreviation ("FM", "Lt Gen"): the only tokens `roleHead` tries them on.
        static let abbreviationStart = Facts(rawValue: 16)
        /// The first word of a topic trigger or of a background phrase: the only tokens
        /// `findTopics` looks up.
        static let topicFirst = Facts(rawValue: 32)
        static let backgroundFirst = Facts(rawValue: 64)
        /// Could start an honorific ("Mr", "His Excellency"): the only tokens `skipTitles` looks up.
        static let titleFirst = Facts(rawValue: 128)
        /// A relational word ("counterpart").
        static let relational = Facts(rawValue: 256)
        /// "party", "movement"…; "village", "town"…: the words `findPartyNames` and the
        /// settlement rule start from.
        static let partyWord = Facts(rawValue: 512)
        static let settlementWord = Facts(rawValue: 1024)
        /// A word `findPlacePatterns` starts from (a place's or facility's head noun, a seat's word,
        /// or a word before a place's name): the only tokens it looks up.
        static let placeWord = Facts(rawValue: 2048)
        /// A legislator's word or a seat's ("MP", "seat"): the only tokens `findConstituencies` reads.
        static let seatWord = Facts(rawValue: 4096)
        /// A lower-case office of a party or body ("leader", "chairman"): the only tokens
        /// `findBodiesByOffice` starts from.
        static let partyOffice = Facts(rawValue: 8192)
        /// A given name only the wider list knows: it starts a name in `findPeople`'s rule 3 alone,
        /// with plain words after it; no other rule takes it for a given name.
        static let widerGivenName = Facts(rawValue: 16384)
    }

    func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
    var isApostrophe: Bool { kind == .punct && (text == "'" || text == "’" || text == "ʼ") }
    var isHyphen: Bool { kind == .punct && (text == "-" || text == "‐" || text == "‑") }
    var isDash: Bool { kind == .punct && (text == "—" || text == "–" || text == "-" ) }
}

enum Tokenizer {
    /// Splits `text[range]` into tokens. Letters, combining marks and digits form words;
    /// everything else that is not white space is a one-character punctuation token.
    static func tokenize(_ text: String, range: TextRange) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        var tokens = text.utf8.withContiguousStorageIfAvailable { tokenize(bytes: $0, range: range) } ?? []
        assignSentences(&tokens)
        return tokens
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, range: TextRange) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((range.end - range.start) / 5)
        var wordStart = -1
        var isNumber = true, isASCII = true
        var spaceBefore = true
        var pendingSpace = true

        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            let slice = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
            let s = String(decoding: slice, as: UTF8.self)
            let cap: Bool, allCaps: Bool, key: String
            if isASCII {
                cap = slice[0] >= 0x41 && slice[0] <= 0x5A
                var sawLetter = false, sawLower = false
                for b in slice where b >= 0x41 {
                    sawLetter = true
                    if b >= 0x61 { sawLower = true; break }
                }
                allCaps = sawLetter && !sawLower
                key = slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? lowerASCII(slice) : s
            } else {
                let word = s.unicodeScalars
                cap = word.first!.properties.isUppercase
                var sawLetter = false, sawLower = false
                for u in word where u.properties.isAlphabetic {
                    sawLetter = true
                    if u.properties.isLowercase { sawLower = true; break }
                }
                allCaps = sawLetter && !sawLower
                key = TextFolding.key(s)
            }
            tokens.append(Token(kind: isNumber ? .number : .word, range: TextRange(wordStart, end), text: s,
                                key: key, spaceBefore: spaceBefore, isCapitalized: cap, isAllCaps: allCaps))
            wordStart = -1
            isNumber = true
            isASCII = true
        }

        var offset = range.start
        while offset < range.end {
            let v = bytes[offset]
            if v < 0x80 {
                // ASCII without looking up Unicode properties.
                let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                let isDigit = v >= 0x30 && v <= 0x39
                if isLetter || isDigit {
                    if wordStart < 0 { wordStart = offset; spaceBefore = pendingSpace }
                    if isLetter { isNumber = false }
                    pendingSpace = false
                } else if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C {
                    flush(offset)
                    pendingSpace = true
                } else {
                    flush(offset)
                    let p = punctuation[Int(v)]
                    tokens.append(Token(kind: .punct, range: TextRange(offset, offset + 1), text: p, key: p,
                                        spaceBefore: pendingSpace, isCapitalized: false, isAllCaps: false))
                    pendingSpace = false
                }
                offset += 1
                continue
            }
            let (u, width) = decodeScalar(bytes, offset, limit: range.end)
            let props = u.properties
            if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
                if wordStart < 0 { wordStart = offset; spaceBefore = pendingSpace }
                isASCII = false
                if props.numericType == nil { isNumber = false }
                pendingSpace = false
            } else if props.isWhitespace || u.value == 0x200B || u.value == 0xFEFF {
                flush(offset)
                pendingSpace = true
            } else {
                flush(offset)
                let s = String(u)
                tokens.append(Token(kind: .punct, range: TextRange(offset, offset + width), text: s, key: s,
                                    spaceBefore: pendingSpace, isCapitalized: false, isAllCaps: false))
                pendingSpace = false
            }
            offset += width
        }
        flush(offset)
        return tokens
    }

    /// One-character strings for the ASCII bytes, made once.
    static let punctuation: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    static func lowerASCII(_ s: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: s.count) { out in
            for (i, b) in s.enumerated() { out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return s.count
        }
    }

    /// The scalar starting at `i` (valid UTF-8: the text is a Swift string) and its byte length.
    @inline(__always)
    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        var v: UInt32, n: Int
        if b0 >> 5 == 0x6 { v = b0 & 0x1F; n = 2 } else if b0 >> 4 == 0xE { v = b0 & 0x0F; n = 3 } else { v = b0 & 0x07; n = 4 }
        n = min(n, limit - i)
        for k in 1..<max(n, 1) { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", max(n, 1))
    }

    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "gen", "lt", "col", "maj", "brig", "capt", "prof", "sen", "rep", "gov",
        "no", "st", "jr", "sr", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u", "s", "e", "g", "i", "a", "h", "adm", "cdr", "engr", "kh", "ch", "mt", "ft",
    ]

    /// Sentence ends: `.`, `!`, `?` followed by space and not after an abbreviation or an initial.
    static func assignSentences(_ tokens: inout [Token]) {
        var s = 0
        for i in tokens.indices {
            tokens[i].sentence = s
            let t = tokens[i]
            guard t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" else { continue }
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if let next, !next.spaceBefore { continue }
            if t.text == ".", i > 0 {
                let prev = tokens[i - 1]
                if prev.kind == .word, abbreviations.contains(prev.key) || prev.text.count == 1 { continue }
            }
            s += 1
        }
    }
}

extension TextFolding {
    /// Look-up key of a word: lower case, no diacritics, typographic apostrophes made plain.
    static func key(_ s: String) -> String {
        var ascii = true
        for u in s.utf8 where u >= 0x80 { ascii = false; break }
        if ascii { return s.lowercased() }
        return searchFold(s)
    }
}
