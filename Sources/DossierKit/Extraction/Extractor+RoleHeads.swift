import Foundation

/// The words of a title: its head ("Minister", "Chief of Army Staff") and the modifiers before it
/// ("Deputy", "Foreign", "welfare").
extension ExtractionContext {
    /// Longest role head (one to four words) at `i`: returns its end and expansion.
    func roleHead(_ toks: [Token], _ i: Int) -> (end: Int, text: String)? {
        guard i < toks.count, toks[i].kind == .word else { return nil }
        // Abbreviations match letter case exactly ("FM", "Gen", "Lt Gen").
        for n in [2, 1] where toks[i].facts.contains(.abbreviationStart) {
            var j = i, parts: [String] = []
            while parts.count < n, j < toks.count {
                if toks[j].kind == .word { parts.append(toks[j].text) } else if !toks[j].isPunct(".") && !toks[j].isHyphen { break }
                j += 1
            }
            if parts.count == n, let exp = gz.roleAbbreviations[parts.joined(separator: " ")] {
                if j < toks.count, toks[j].isPunct("."), !toks[j].spaceBefore { j += 1 }
                return (j, exp)
            }
            if n == 2, parts.count == 2, let exp = gz.roleAbbreviations[parts.joined(separator: "-")] { return (j, exp) }
        }
        // A plural head ("Ministers") stands for the singular one.
        // A short one only as an abbreviation's plural ("MPs", not "mps").
        if toks[i].key.hasSuffix("s"), toks[i].key.count > 3 || toks[i].text.dropLast().allSatisfy({ $0.isUppercase }),
           gz.roleHeads.contains(String(toks[i].key.dropLast())),
           !gz.roleHeads.contains(toks[i].key) {
            return (i + 1, String(toks[i].text.dropLast()))
        }
        guard gz.roleHeadFirst.contains(toks[i].key) else { return nil }
        // "the first Minister of Ethnic Affairs": an ordinal in lower case before a capitalised
        // office counts holders; it opens no "First Minister".
        if toks[i].key == "first", !toks[i].isCapitalized, i + 1 < toks.count, toks[i + 1].isCapitalized { return nil }
        var best: Int?
        var bestPlural = false
        var j = i, joined = ""
        var words = 0
        while j < toks.count, words < 6 {
            if toks[j].kind == .punct {
                if (toks[j].isHyphen || toks[j].isApostrophe) && !toks[j].spaceBefore { j += 1; continue }
                break
            }
            joined += words == 0 ? toks[j].key : " " + toks[j].key
            words += 1
            j += 1
            if gz.roleHeads.contains(joined) { best = j; bestPlural = false }
            // "Vice-Presidents", "Prime Ministers": a plural head of several words.
            else if words >= 2, joined.hasSuffix("s"), gz.roleHeads.contains(String(joined.dropLast())) { best = j; bestPlural = true }
        }
        return best.map { ($0, bestPlural ? String(text(toks, i, $0).dropLast()) : text(toks, i, $0)) }
    }

    func text(_ toks: [Token], _ s: Int, _ e: Int) -> String {
        guard e > s else { return "" }
        return article.string(in: TextRange(toks[s].range.start, toks[e - 1].range.end))
    }

    func roleModifier(_ toks: [Token], _ i: Int) -> Int? {
        guard i < toks.count, toks[i].kind == .word else { return nil }
        if i + 1 < toks.count, toks[i + 1].kind == .word, gz.roleModifiers.contains(toks[i].key + " " + toks[i + 1].key) { return i + 2 }
        // "First Deputy Prime Minister", "first deputy prime minister", "the First President", "NZ
        // First leader", but "the third president" and "Kenya's Third President" are the office
        // alone: in lower case an ordinal ranks only deputies and secretaries ("third" counts them:
        // "the third vice president to resign"), and after a possessive it counts holders.
        if gz.roleModifiers.contains(toks[i].key) {
            // (The only ordinals among the modifiers: compared, not hashed, as modifiers are read often.)
            if case let k = toks[i].key, k == "first" || k == "second" || k == "third",
               toks[i].isCapitalized ? i >= 2 && toks[i - 2].isApostrophe && toks[i - 1].key == "s"
                                     : toks[i].key == "third" || !(i + 1 < toks.count && ["deputy", "vice", "secretary"].contains(toks[i + 1].key)) { return nil }
            return i + 1
        }
        // A portfolio right before an office names it: "welfare minister", "Economics Minister".
        if i + 1 < toks.count, toks[i + 1].kind == .word, gz.roleFields.contains(toks[i].key), gz.roleHeadFirst.contains(toks[i + 1].key) { return i + 1 }
        // "internal affairs minister", "mineral resources minister": fields one after another.
        if gz.roleFields.contains(toks[i].key) {
            var k = i + 1
            while k < toks.count, k < i + 3, toks[k].kind == .word, gz.roleFields.contains(toks[k].key), toks[k].isCapitalized == toks[i].isCapitalized { k += 1 }
            if k > i + 1, k < toks.count, toks[k].kind == .word, gz.roleHeadFirst.contains(toks[k].key) { return i + 1 }
        }
        return nil
    }

    /// Words of when an office was held, which may stand before a demonym and the office.
    static let tenureModifiers: Set<String> = ["former", "late", "outgoing", "then", "ex", "acting", "interim", "incoming"]

    /// A title as the words around it place it: a province's or a body's name between it and a
    /// name joins it; "her former deputy" is no office.
    func placedAfterTitle(_ toks: [Token], _ i: Int, _ found: RoleMatch?) -> RoleMatch? {
        var r = found
        // "Governor Balochistan Malik Abdul Wali Kakar", "Chief Minister Punjab Maryam Nawaz": a
        // province's name between a title and a name is the office's.
        if var m = r, !m.plural, m.end < toks.count, !Self.containsOfWord(m.title), let p = provinceAfterTitle(toks, m.end) {
            m.title += " of " + text(toks, m.end, p)
            m.end = p
            r = m
        } else if var m = r, !m.plural, m.end < toks.count, toks[i].isCapitalized, !Self.containsOfWord(m.title), let p = bodyAfterTitle(toks, m.end) {
            // "Speaker Balochistan Assembly Abdul Khaliq Achakzai": a body's name there too.
            m.title += " of the " + text(toks, m.end, p)
            m.end = p
            r = m
        }
        // "her former deputy Jacob Oulanyah": who once was someone's deputy, no office of theirs
        // ("his deputy" is often the deputy governor or premier, and stays).
        if let m = r, m.title.lowercased() == "former deputy", i >= 1, ["his", "her", "their", "its"].contains(toks[i - 1].key) {
            r = nil
        }
        return r
    }

    /// Where a province's name at `i` ends, when a name follows it: an unambiguous province's
    /// name, capitalised, then a name's word that starts no title.
    func provinceAfterTitle(_ toks: [Token], _ i: Int) -> Int? {
        guard toks[i].isCapitalized, !toks[i].isAllCaps, let (e, entry) = phrase(at: toks, i), entry.kind == .place, entry.province, !entry.ambiguous,
              e < toks.count, toks[e].kind == .word, toks[e].isCapitalized, isNameToken(toks[e]), !toks[e].facts.contains(.roleStart),
              phrase(at: toks, e) == nil else { return nil }
        return e
    }

    /// Where a body's capitalised name at `i` ends, when a full name follows it ("Speaker
    /// Balochistan Assembly Abdul Khaliq Achakzai"): a body a table knows or a province's name and a
    /// legislature's word, then a given name and another name's word.
    func bodyAfterTitle(_ toks: [Token], _ i: Int) -> Int? {
        guard toks[i].isCapitalized, !toks[i].isAllCaps else { return nil }
        var e: Int?
        if let o = institutionAt(toks, i), toks[i].key != "the" { e = o.end }
        else if let (pe, entry) = phrase(at: toks, i), entry.kind == .place, entry.province, pe < toks.count, toks[pe].isCapitalized,
                ["assembly", "police", "senate", "council", "secretariat"].contains(toks[pe].key) { e = pe + 1 }
        guard let end = e, end + 1 < toks.count, toks[end].isCapitalized, toks[end].facts.contains(.givenName), !toks[end].facts.contains(.roleStart),
              toks[end + 1].isCapitalized, isNameToken(toks[end + 1]) else { return nil }
        return end
    }

    /// A person's name starts at `k`: an initial with its dot and a capitalised word joined to it
    /// ("D.Amarbayasgalan", "L. Gantumur"), or a given name the tables know.
    func nameStartsAfterAcronym(_ toks: [Token], _ k: Int) -> Bool {
        guard k < toks.count, toks[k].kind == .word, toks[k].isCapitalized else { return false }
        if toks[k].text.utf8.count == 1, k + 2 < toks.count, toks[k + 1].isPunct("."), !toks[k + 1].spaceBefore, toks[k + 2].isCapitalized { return true }
        return toks[k].facts.contains(.givenName) && !toks[k].isAllCaps && k + 1 < toks.count && toks[k + 1].isCapitalized && isNameToken(toks[k + 1])
    }

    /// Words a title keeps in lower case.
    static let smallTitleWords: Set<Substring> = ["of", "for", "and", "the", "to", "without", "on"]

    /// " - " in `s`, read as bytes.
    static func hasSpacedHyphen(_ s: String) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for c in s.utf8 {
            if a == 0x20, b == 0x2D, c == 0x20 { return true }
            a = b; b = c
        }
        return false
    }

    /// Whether some word of `s` may start with a lower-case letter and is not one of the small
    /// words: read as bytes, a word starting with a byte that is not ASCII may.
    static func mayHaveLowerWord(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == 0x20 { i += 1; continue }
            var e = i
            while e < u.count, u[e] != 0x20 { e += 1 }
            let f = u[i]
            if f >= 0x80 { return true }
            if f >= 0x61, f <= 0x7A, !smallTitleBytes.contains(where: { $0.elementsEqual(u[i..<e]) }) { return true }
            i = e
        }
        return false
    }
    static let smallTitleBytes: [[UInt8]] = smallTitleWords.map { Array($0.utf8) }
}
