import Foundation

/// Capitalised runs: where a name that ends at a head noun starts.
extension ExtractionContext {
    /// A capitalised run ending at `end` (exclusive), going left over capitalised words,
    /// connectors and hyphens. Returns its start.
    func capitalisedRunStart(_ toks: [Token], endingAt end: Int, maxWords: Int = 7) -> Int {
        var s = end - 1
        var words = 1
        var possessiveAt: Int?
        while s > 0, words < maxWords {
            let p = toks[s - 1]
            if p.kind == .punct, p.isHyphen, !p.spaceBefore, s - 2 >= 0, toks[s - 2].kind == .word { s -= 2; words += 1; continue }
            // A slash joining two names of one body: "People's Progressive Party/Civic".
            // (Not two bodies: "African Union/United Nations", "Council/Ministry of Health".)
            if p.isPunct("/"), !p.spaceBefore, !toks[s].spaceBefore, s - 2 >= 0, isNameWord(toks[s - 2]), !Self.orgHeads.contains(toks[s].key),
               phrase(at: toks, s).map({ $0.entry.kind != .organization }) ?? true { s -= 2; words += 1; continue }
            // A possessive inside the name: "People's Party", "Tobago People’s Party".
            if p.kind == .word, p.key == "s", !p.spaceBefore, s - 3 >= 0, toks[s - 2].isApostrophe, !toks[s - 2].spaceBefore,
               isNameWord(toks[s - 3]), !Self.runStops.contains(toks[s - 3].key),
               !(max(0, s - 6)...(s - 3)).contains(where: { k in phrase(at: toks, k).map { $0.end == s - 2 && $0.entry.kind != .organization } ?? false }) {
                // (not a country's or a place's possessive: "India's Parliament")
                if possessiveAt == nil { possessiveAt = s }
                s -= 3; words += 1; continue
            }
            if isNameWord(p), !Self.runStops.contains(p.key) {
                s -= 1; words += 1; continue
            }
            // Not "and" after a company's head: two companies ("Mitsubishi Heavy Industries and Tata
            // Motors"; "the Energy and Petroleum Regulatory Authority" is one body).
            if p.kind == .word, Self.connectors.contains(p.key), p.key != "the", s - 2 >= 0, isNameWord(toks[s - 2]),
               !(p.key == "and" && Self.companyHeads.contains(toks[s - 2].key)) { s -= 1; continue }
            break
        }
        // Leading connectors go ("of", "The"), but not the article of a joined name ("Al-Yamamah").
        while s < end - 1, toks[s].kind != .word || Self.connectors.contains(toks[s].key) && !(toks[s + 1].isHyphen && !toks[s + 1].spaceBefore) { s += 1 }
        // "President Prabowo Subianto's Gerindra Party": a title or a given name opening two words
        // or more before a possessive makes them its owner's, not the body's ("People's Party" stays).
        // ("Prime Minister's Office", "Attorney General's Office": the title alone is the body's.)
        // (Only a party's or a public body's name: "King Edward VII's Hospital", "Charles Schwab's
        // Investment Advisory Group" are named after their owner.)
        if let p = possessiveAt, p - 2 - s >= 2, Self.partyWords.contains(toks[end - 1].key) || ["congress", "front", "union", "league"].contains(toks[end - 1].key),
           toks[s].facts.contains(.givenName) || toks[s].facts.contains(.roleStart) && (roleHead(toks, s).map { $0.end < p - 2 } ?? false) {
            return p
        }
        return s
    }
}
