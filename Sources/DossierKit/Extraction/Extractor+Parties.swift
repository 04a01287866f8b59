import Foundation

/// Parties a report names with a lower-case party word ("his Europe Now movement").
extension ExtractionContext {
    /// Lower-case words for a party or a bloc.
    static let partyWords: Set<String> = ["party", "movement", "alliance", "coalition", "bloc"]
    /// Words before a party word that make the capitalised words beside it the party's name.
    static let partyDeterminers: Set<String> = ["his", "her", "its", "their", "whose", "the", "s"]

    /// A party a report names with a lower-case party word: before it ("his Europe Now
    /// movement", "the Rivers of Justice coalition") or after it ("Siliņa's party New Unity", "the
    /// party, Europe Now,"), the capitalised words being the name.
    mutating func findPartyNames() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].facts.contains(.partyWord) && !toks[i].isCapitalized {
                let s = capitalisedRunStart(toks, endingAt: i, maxWords: 5)
                // Capitalised words: "the ruling party" names none.
                if s < i, s > 0, isNameWord(toks[s]), isPartyName(toks, s, i),
                   Self.partyDeterminers.contains(toks[s - 1].key) || afterPoliticalWords(toks, s) && !namesSomeone(toks, s, i) {
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

    /// "the far-right Chega party", "The right-wing Democratic Center party": a party's name after
    /// lower-case words of where it stands, a determiner before them.
    func afterPoliticalWords(_ toks: [Token], _ s: Int) -> Bool {
        var k = s - 1
        var words = 0
        while k > 0, s - k <= 5, toks[k].isHyphen || toks[k].kind == .word && !toks[k].isCapitalized && Self.politicalWords.contains(toks[k].key) {
            if !toks[k].isHyphen { words += 1 }
            k -= 1
        }
        return words > 0 && k < s - 1 && !toks[k + 1].isHyphen && Self.partyDeterminers.contains(toks[k].key)
    }

    /// Words of where a party stands.
    static let politicalWords: Set<String> = ["far", "right", "left", "wing", "centre", "center", "ruling", "governing", "opposition",
                                              "conservative", "centrist", "liberal", "nationalist", "populist", "leftist", "rightist",
                                              "socialist", "communist", "islamist", "green", "main", "hard", "extreme", "line", "new", "small"]
    /// Words of an occasion a party (a celebration) is held for.
    static let occasionWords: Set<String> = ["christmas", "birthday", "garden", "dinner", "tea", "year", "wedding", "farewell", "launch",
                                             "cocktail", "pool", "street", "victory", "eve", "halloween", "easter", "diwali", "eid"]

    /// Capitalised words at `s..<e` that name a person, a faith or a stance ("the far-right Trump
    /// movement" after "Donald Trump"; "the opposition Sunni bloc"; "the ruling Democratic coalition").
    func namesSomeone(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        if toks[s..<e].contains(where: { Self.nonPartyWords.contains($0.key) }) { return true }
        // ("The ruling Democratic coalition": a word of where it stands names no coalition; "the
        // small Christmas party": an occasion's.)
        if e == s + 1, toks[e].key != "party" && toks[e].key != "movement",
           Self.politicalWords.contains(toks[s].key) || ["democratic", "republican", "progressive", "national"].contains(toks[s].key) { return true }
        if toks[e].key == "party", toks[s..<e].contains(where: { Self.occasionWords.contains($0.key) }) { return true }
        guard e == s + 1 else { return false }
        let word = toks[s].text
        return blocks.contains { bt in
            bt.tokens.indices.contains { k in k > 0 && bt.tokens[k].text == word && bt.tokens[k - 1].isCapitalized && bt.tokens[k - 1].facts.contains(.givenName) }
        }
    }

    /// Capitalised words that may be a party's name: no country, demonym or place first, no title;
    /// a country's or a place's word may end it ("Progressive Slovakia"), an "of" join two words.
    func isPartyName(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        // A known name: a party only when it is an organization's, and the whole run.
        if let (pe, entry) = phrase(at: toks, s), pe >= e || entry.kind == .country { return entry.kind == .organization && pe == e }
        if countryAt(toks, s) != nil || parseRole(toks, s) != nil { return false }
        return !toks[s..<e].contains { Self.runStops.contains($0.key) && $0.key != "of" } && toks[e - 1].key != "of"
    }

    /// Lower-case offices of a party or a body that name it before them ("Fine Gael leader",
    /// "Isamaa chair", "a Semilla lawmaker") or after them with "of" ("leader of Chega", "the
    /// president of Les Engagés").
    /// (Before them: the offices the titles read a party before, `partyOffices`.)
    static let partyOfficesOf: Set<String> = ["leader", "president", "chair", "chairman", "chairwoman", "chairperson", "founder"]
    /// One word before a party office that names a faith, a community or no party ("Sunni leader",
    /// "Independent lawmaker").
    static let nonPartyWords: Set<String> = ["independent", "sunni", "shia", "shiite", "catholic", "muslim", "christian", "jewish", "hindu",
                                             "buddhist", "tribal", "rebel", "opposition", "community", "religious"]
    /// Last words of an event or a prize, not a body ("Tour de France leader", "Nobel Peace Prize candidate").
    static let eventWords: Set<String> = ["prize", "award", "cup", "championship", "tour", "games", "olympics", "festival", "masters"]

    /// A party or body an office word names: capitalised words before a lower-case party office
    /// ("Fine Gael leader Simon Harris"), or after such an office and "of" ("leader of Chega"),
    /// neither a country, a place, a title, an event, a faith nor a person the article names
    /// ("a Trump spokesman").
    /// `after`: the offices with "of", read once the people are found; else the offices after
    /// the party, read before the people so that a title takes its party ("Fine Gael Leader").
    mutating func findBodiesByOffice(after: Bool) {
        var insideCapitals: Set<String>?
        for b in blocks.indices where !blocks[b].titleCase {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].facts.contains(.partyOffice) && !toks[i].isCapitalized {
                var s = i, e = i
                if !after, Self.partyOffices.contains(toks[i].key), i > 0, isNameWord(toks[i - 1]), !(i + 1 < toks.count && toks[i + 1].isPunct(",")) {
                    // (Not before an apposition's comma: "the Forum chair, Cook Islands Prime Minister X".)
                    s = capitalisedRunStart(toks, endingAt: i, maxWords: 4)
                    // A sentence's first word: a participle ("Jailed PTI founder") is no party's; one
                    // word alone needs the article to capitalise it inside a sentence too.
                    if s < i, s == 0 || toks[s - 1].sentence != toks[s].sentence, !toks[s].isAllCaps, toks[s + 1].kind == .word {
                        if insideCapitals == nil { insideCapitals = capitalisedInside() }
                        if i - s == 1 ? !insideCapitals!.contains(toks[s].key)
                            : (toks[s].key.hasSuffix("ed") || toks[s].key.hasSuffix("ing")) && toks[s].key != "united" { s += 1 }
                    }
                    // "N. Korean leader": an initial's full stop before it.
                    if s >= 2, toks[s - 1].isPunct("."), toks[s - 2].kind == .word, toks[s - 2].text.utf8.count == 1 { continue }
                    guard s < i, !(s > 0 && toks[s - 1].kind == .punct && !toks[s].spaceBefore) else { continue }
                } else if after, Self.partyOfficesOf.contains(toks[i].key), i + 2 < toks.count, toks[i + 1].key == "of" {
                    s = i + 2
                    let afterThe = toks[s].key == "the" && !toks[s].isCapitalized
                    if afterThe { s += 1 }
                    e = s
                    // A given name after the first word starts a person's name ("of NATO Mark Rutte").
                    while e < toks.count, e < s + 4, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key),
                          e == s || !toks[e].facts.contains(.givenName) { e += 1 }
                    guard e > s, e >= toks.count || !(toks[e].isCapitalized || toks[e].isApostrophe) else { continue }
                    // The name goes on ("Brothers of Italy", "CD&V").
                    if e + 1 < toks.count, ["of", "for", "on", "in", "&", "-"].contains(toks[e].key) || toks[e].kind == .punct && !toks[e].spaceBefore && toks[e].text != "," && toks[e].text != "." { continue }
                    // One common word after "the" ("the president of the Republic"): no party's name.
                    if afterThe, e == s + 1, !toks[s].isAllCaps { continue }
                } else {
                    continue
                }
                let end = s < i ? i : e
                guard isBodyRun(toks, s, end, block: b) else { continue }
                add(b, s, end, .organization, name: text(b, s, end), rule: "party-office")
            }
        }
    }

    /// The keys of words the article capitalises inside a sentence.
    func capitalisedInside() -> Set<String> {
        var out = Set<String>()
        for bt in blocks where !bt.titleCase {
            let t = bt.tokens
            for k in t.indices.dropFirst() where t[k].isCapitalized && t[k - 1].sentence == t[k].sentence && t[k - 1].kind == .word { out.insert(t[k].key) }
        }
        return out
    }

    /// Capitalised words that may name a party or a body: a party's name (`isPartyName`), no
    /// place, no word that starts a title, no faith or community alone, no event, no person
    /// the article names, and no country at the end of a name with a lower-case word inside
    /// ("Tour de France").
    func isBodyRun(_ toks: [Token], _ s: Int, _ e: Int, block: Int) -> Bool {
        guard isPartyName(toks, s, e), placeAt(toks, s) == nil else { return false }
        // "North Korean leader": not the second word of a country's name or demonym.
        if s > 0, let c = countryAt(toks, s - 1), c.end > s { return false }
        if s > 0, ["north", "south", "east", "west"].contains(toks[s - 1].key) { return false }
        if e - s == 1, Self.nonPartyWords.contains(toks[s].key) { return false }
        if Self.eventWords.contains(toks[e - 1].key) { return false }
        if toks[s..<e].contains(where: { $0.kind == .word && !$0.isCapitalized }),
           (s..<e).contains(where: { k in countryAt(toks, k).map { $0.end == e } ?? false }) { return false }
        if toks[s..<e].contains(where: { $0.facts.contains(.roleStart) || $0.facts.contains(.titleFirst) }) { return false }
        // A person's name or surname ("a Trump spokesman"): a word the article prints after a
        // given name, or a person found; not the same words read as a name ("the president of
        // Les Engagés"), which the body replaces.
        let last = toks[e - 1].key
        if e - s == 1, blocks.contains(where: { bt in
            bt.tokens.indices.dropFirst().contains { k in bt.tokens[k].key == last && bt.tokens[k - 1].facts.contains(.givenName) && bt.tokens[k - 1].isCapitalized }
        }) { return false }
        let name = text(toks, s, e)
        return !candidates.contains { c in
            guard c.kind == .person, let p = c.person, !(c.block == block && c.start == s && c.end == e) else { return false }
            // Several words: only a name a title or an honorific anchors is a person's.
            return e - s == 1 ? p.words.contains { TextFolding.key($0) == last } : c.anchored && c.name == name
        }
    }
}
