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

    /// Lower-case offices of a party or a body that name it before them ("Fine Gael leader",
    /// "Isamaa chair", "a Semilla lawmaker") or after them with "of" ("leader of Chega", "the
    /// president of Les Engagés").
    static let partyOfficesBefore: Set<String> = ["leader", "chair", "chairman", "chairwoman", "chairperson", "co-leader", "coordinator",
                                                  "lawmaker", "lawmakers", "legislator", "spokesman", "spokeswoman", "spokesperson", "founder",
                                                  "candidate", "supremo", "whip", "co-chair"]
    static let partyOfficesOf: Set<String> = ["leader", "president", "chair", "chairman", "chairwoman", "chairperson", "founder", "co-founder",
                                              "co-leader", "coordinator", "head", "spokesman", "spokeswoman", "spokesperson"]

    /// A party or body an office word names: capitalised words before a lower-case party office
    /// ("Fine Gael leader Simon Harris"), or after such an office and "of" ("leader of Chega"),
    /// neither a country, a place, a title nor a person's name.
    mutating func findBodiesByOffice() {
        for b in blocks.indices where !blocks[b].titleCase {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].kind == .word && !toks[i].isCapitalized {
                // (Not before an apposition's comma: "the Forum chair, Cook Islands Prime Minister X".)
                if Self.partyOfficesBefore.contains(toks[i].key), i > 0, isNameWord(toks[i - 1]), !(i + 1 < toks.count && toks[i + 1].isPunct(",")) {
                    var s = capitalisedRunStart(toks, endingAt: i, maxWords: 4)
                    // A sentence's first word ("Rebel leader …", "Jailed PTI founder …") only when the
                    // article capitalises it inside a sentence too.
                    // A participle opening the sentence ("Jailed PTI founder") is no party's word; one
                    // word alone needs the article to capitalise it inside a sentence too.
                    if s < i, s == 0 || toks[s - 1].sentence != toks[s].sentence, !toks[s].isAllCaps, toks[s + 1].kind == .word,
                       i - s == 1 ? !capitalisedInside(toks[s].key) : toks[s].key.hasSuffix("ed") || toks[s].key.hasSuffix("ing") { s += 1 }
                    // "N. Korean leader": an initial's full stop before it.
                    if s >= 2, toks[s - 1].isPunct("."), toks[s - 2].kind == .word, toks[s - 2].text.utf8.count == 1 { continue }
                    guard s < i, isBodyRun(toks, s, i), !(s > 0 && toks[s - 1].kind == .punct && !toks[s].spaceBefore) else { continue }
                    add(b, s, i, .organization, name: text(b, s, i), rule: "party-office")
                } else if Self.partyOfficesOf.contains(toks[i].key), i + 2 < toks.count, toks[i + 1].key == "of" {
                    var s = i + 2
                    if toks[s].key == "the", !toks[s].isCapitalized { s += 1 }
                    var e = s
                    // A given name after the first word starts a person's name ("of NATO Mark Rutte").
                    while e < toks.count, e < s + 4, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key),
                          e == s || !toks[e].facts.contains(.givenName) { e += 1 }
                    guard e > s, e >= toks.count || !(toks[e].isCapitalized || toks[e].isApostrophe), isBodyRun(toks, s, e) else { continue }
                    // The name goes on ("Brothers of Italy", "CD&V"), or one common word after "the"
                    // ("the head of the Office of …", "the chair of the Forum"): none is read.
                    if e + 1 < toks.count, ["of", "for", "on", "in", "&", "-"].contains(toks[e].key) || toks[e].kind == .punct && !toks[e].spaceBefore && toks[e].text != "," && toks[e].text != "." { continue }
                    add(b, s, e, .organization, name: text(b, s, e), rule: "party-office")
                }
            }
        }
    }

    /// True when a word of key `key` stands capitalised inside a sentence somewhere in the article.
    func capitalisedInside(_ key: String) -> Bool {
        for bt in blocks where !bt.titleCase {
            let t = bt.tokens
            for k in t.indices.dropFirst() where t[k].key == key && t[k].isCapitalized && t[k - 1].sentence == t[k].sentence && t[k - 1].kind == .word { return true }
        }
        return false
    }

    /// Capitalised words that may name a party or a body: a party's name (`isPartyName`), no
    /// place, and no word that starts a title.
    func isBodyRun(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        guard isPartyName(toks, s, e), placeAt(toks, s) == nil else { return false }
        // "North Korean leader": not the second word of a country's name or demonym.
        if s > 0, let c = countryAt(toks, s - 1), c.end > s { return false }
        if s > 0, ["north", "south", "east", "west"].contains(toks[s - 1].key) { return false }
        return !toks[s..<e].contains { $0.facts.contains(.roleStart) || $0.facts.contains(.titleFirst) }
    }
}
