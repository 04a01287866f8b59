import Foundation

/// Parties a report names with a lower-case party word ("his Europe Now movement").
extension ExtractionContext {
    /// Lower-case words for a party or a bloc.
    static let partyWords: Set<String> = ["party", "movement", "alliance", "coalition", "bloc"]
    /// Words before a party word that make the capitalised words beside it the party's name.
    static let partyDeterminers: Set<String> = ["his", "her", "its", "their", "whose", "the", "s"]

    /// A party a report names with a lower-case party word: before it ("his Europe Now
    /// movement") or after it ("Siliņa's party New Unity", "the party, Europe Now,"), the
    /// capitalised words being the name.
    mutating func findPartyNames() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].facts.contains(.partyWord) && !toks[i].isCapitalized {
                let s = capitalisedRunStart(toks, endingAt: i, maxWords: 5)
                // Capitalised words: "the ruling party" names none.
                if s < i, s > 0, isNameWord(toks[s]), Self.partyDeterminers.contains(toks[s - 1].key), isPartyName(toks, s, i) {
                    add(b, s, i, .organization, name: text(b, s, i), rule: "party-name")
                    continue
                }
                guard i > 0, Self.partyDeterminers.contains(toks[i - 1].key) else { continue }
                var j = i + 1
                if j < toks.count, toks[j].isPunct(",") { j += 1 }
                var e = j
                while e < toks.count, e < j + 5, isNameWord(toks[e]) { e += 1 }
                if e > j, isPartyName(toks, j, e) { add(b, j, e, .organization, name: text(b, j, e), rule: "party-name") }
            }
        }
    }

    /// Capitalised words that may be a party's name: no country, demonym or place, no title.
    func isPartyName(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        // A known name: a party only when it is an organization's, and the whole run.
        if let (pe, entry) = phrase(at: toks, s), pe >= e || entry.kind == .country { return entry.kind == .organization && pe == e }
        if countryAt(toks, s) != nil || parseRole(toks, s) != nil { return false }
        return !toks[s..<e].contains { Self.runStops.contains($0.key) }
    }
}
