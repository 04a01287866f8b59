import Foundation

/// The party or body a report ties to a person right after the name: "Hanno Pevkur (Reform)",
/// "Kristina Kallas (Eesti 200)", "Andris Sprūds of the Progressives", "Luca Bianchi of the
/// League". Such a name is an organization though it carries no head noun.
extension ExtractionContext {
    mutating func findAffiliations() {
        for n in candidates.indices where candidates[n].kind == .person {
            let (b, end) = (candidates[n].block, candidates[n].end)
            let toks = blocks[b].tokens
            // Only "(" or "of" after the name can open an affiliation.
            guard end + 2 < toks.count, toks[end].isPunct("(") || toks[end].key == "of" else { continue }
            if let (s, e) = parenthesisedAffiliation(toks, end) ?? ofAffiliation(toks, end), !Self.isInitials(toks[s..<e], of: candidates[n].person) {
                add(b, s, e, .organization, name: text(toks, s, e), rule: "affiliation")
            }
        }
    }

    /// "(AMLO)" after "Andrés Manuel López Obregón": the name's initials, a short form of the person.
    static func isInitials(_ run: ArraySlice<Token>, of name: PersonName?) -> Bool {
        guard run.count == 1, let t = run.first, t.isAllCaps, let words = name?.words, words.count >= 2 else { return false }
        let initials = String(words.compactMap { $0.first }).uppercased()
        return initials == t.text.uppercased() || initials.hasPrefix(t.text.uppercased()) && t.text.count >= 2
    }

    /// "(Reform)", "(Eesti 200)", "(PTI)": capitalised words, perhaps a number after the first,
    /// and nothing else between the brackets; not a country, a place, a title, a person's name
    /// or a one-letter party code ("(R-La.)").
    func parenthesisedAffiliation(_ toks: [Token], _ e: Int) -> (Int, Int)? {
        guard e + 2 < toks.count, toks[e].isPunct("(") else { return nil }
        let s = e + 1
        var k = s
        while k < toks.count, k < s + 5, !toks[k].isPunct(")") {
            let t = toks[k]
            if t.kind == .word, t.isCapitalized || t.isAllCaps, t.text.utf8.count > 1 { k += 1; continue }
            if t.kind == .number, k > s { k += 1; continue }
            if t.isHyphen, !t.spaceBefore, k > s { k += 1; continue }
            return nil
        }
        guard k > s, k < toks.count, toks[k].isPunct(")") else { return nil }
        // "The new ministers are: X (Labour), Y (Education)": a portfolio, not a party.
        if toks[s..<k].allSatisfy({ $0.kind != .word || gz.roleFields.contains($0.key) || $0.key == "and" }) {
            var m = e - 1
            while m >= 0, toks[m].sentence == toks[e].sentence {
                if toks[m].kind == .word, !toks[m].isCapitalized, ["minister", "ministers", "ministry", "ministries", "portfolio", "portfolios"].contains(toks[m].key) { return nil }
                m -= 1
            }
        }
        guard countryAt(toks, s) == nil, placeAt(toks, s) == nil, parseRole(toks, s) == nil,
              gz.roleAbbreviations[toks[s].text] == nil,
              !toks[s..<k].contains(where: { $0.facts.contains(.givenName) || $0.facts.contains(.particle) }) else { return nil }
        return (s, k)
    }

    /// "of the Progressives", "of the CPN-UML": a capitalised run after "of the" that no table
    /// knows as a country or a place, followed by the sentence going on.
    func ofAffiliation(_ toks: [Token], _ e: Int) -> (Int, Int)? {
        guard e + 2 < toks.count, toks[e].key == "of", toks[e + 1].key == "the" else { return nil }
        let end = afterAffiliation(toks, e)
        let s = e + 2
        guard end > s, parseRole(toks, s) == nil, phrase(at: toks, s) == nil,
              !toks[s..<end].contains(where: { $0.facts.contains(.givenName) }) else { return nil }
        guard end >= toks.count || toks[end].kind != .word || !toks[end].isCapitalized else { return nil }
        return (s, end)
    }
}
