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

    func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
    var isApostrophe: Bool { kind == .punct && (text == "'" || text == "’" || text == "ʼ") }
    var isHyphen: Bool { kind == .punct && (text == "-" || text == "‐" || text == "‑") }
    var isDash: Bool { kind == .punct && (text == "—" || text == "–" || text == "-" ) }
}

enum Tokenizer {
    /// Splits `text[range]` into tokens. Letters, combining marks and digits form words;
    /// everything else that is not white space is a one-character punctuation token.
    static func tokenize(_ text: String, range: TextRange) -> [Token] {
        var tokens: [Token] = []
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: range.start)
        let hi = utf8.index(utf8.startIndex, offsetBy: range.end)
        let scalars = text.unicodeScalars[lo..<hi]
        var offset = range.start
        var wordStart = -1
        var word = String.UnicodeScalarView()
        var isNumber = true
        var spaceBefore = true
        var pendingSpace = true

        func flush() {
            guard wordStart >= 0 else { return }
            let s = String(word)
            let first = word.first!
            let cap = first.properties.isUppercase
            var sawLetter = false, sawLower = false
            for u in word where u.properties.isAlphabetic {
                sawLetter = true
                if u.properties.isLowercase { sawLower = true; break }
            }
            let allCaps = sawLetter && !sawLower
            tokens.append(Token(kind: isNumber ? .number : .word, range: TextRange(wordStart, offset), text: s,
                                key: TextFolding.key(s), spaceBefore: spaceBefore, isCapitalized: cap, isAllCaps: allCaps))
            wordStart = -1
            word = String.UnicodeScalarView()
            isNumber = true
        }

        for u in scalars {
            let width = UTF8.width(u)
            let v = u.value
            if v < 0x80 {
                // ASCII without looking up Unicode properties.
                let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                let isDigit = v >= 0x30 && v <= 0x39
                if isLetter || isDigit {
                    if wordStart < 0 { wordStart = offset; spaceBefore = pendingSpace }
                    word.append(u)
                    if isLetter { isNumber = false }
                    pendingSpace = false
                } else if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C {
                    flush()
                    pendingSpace = true
                } else {
                    flush()
                    tokens.append(Token(kind: .punct, range: TextRange(offset, offset + 1), text: String(u), key: String(u),
                                        spaceBefore: pendingSpace, isCapitalized: false, isAllCaps: false))
                    pendingSpace = false
                }
                offset += 1
                continue
            }
            let props = u.properties
            if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
                if wordStart < 0 { wordStart = offset; spaceBefore = pendingSpace }
                word.append(u)
                if props.numericType == nil { isNumber = false }
                pendingSpace = false
            } else if props.isWhitespace || u.value == 0x200B || u.value == 0xFEFF {
                flush()
                pendingSpace = true
            } else {
                flush()
                let s = String(u)
                tokens.append(Token(kind: .punct, range: TextRange(offset, offset + width), text: s, key: s,
                                    spaceBefore: pendingSpace, isCapitalized: false, isAllCaps: false))
                pendingSpace = false
            }
            offset += width
        }
        flush()
        assignSentences(&tokens)
        return tokens
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
