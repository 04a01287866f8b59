import Foundation

/// The body an office belongs to when the text names it apart from the title: a possessive before
/// the office ("its President", "the council's president") or a body no table knows after its "of"
/// ("the president of Les Engagés").
extension ExtractionContext {
    /// Offices that head a body or a party, which keep its name after "of" (not an aide's:
    /// "the spokesman of President X" names a person).
    static let bodyOffices: Set<String> = ["leader", "president", "chairman", "chairwoman", "chairperson", "chair", "founder",
                                           "secretary-general", "co-founder", "co-chair"]
    /// Lower-case words that may stand between "the" and a party's name ("the main opposition …").
    static let bodyAdjectives: Set<String> = ["main", "ruling", "governing", "opposition", "largest"]
    /// Words before a body's name that describe it and are left out of the office's title ("the
    /// president of the separatist Southern Transitional Council").
    static let bodyDescriptions: Set<String> = ["separatist", "breakaway", "banned", "outlawed", "secessionist"]

    /// The end of a body's name no table knows at `i`: "the" and perhaps `bodyAdjectives`, then two
    /// to six capitalised words (with "of", "and" or "for" between) that end the clause. Not a
    /// country, a place or a person's name.
    func unknownBodyEnd(_ toks: [Token], from i: Int) -> Int? {
        var q = i
        if q < toks.count, toks[q].key == "the" {
            q += 1
            while q < toks.count, q < i + 4, !toks[q].isCapitalized, Self.bodyAdjectives.contains(toks[q].key) { q += 1 }
        }
        var r = q
        while r < toks.count, r < q + 8, toks[r].kind == .word,
              toks[r].isCapitalized || toks[r].isAllCaps || r > q && ["of", "and", "for"].contains(toks[r].key) { r += 1 }
        while r > q, ["of", "and", "for"].contains(toks[r - 1].key) { r -= 1 }
        guard (2...6).contains(r - q), r == toks.count || toks[r].kind == .punct && [",", ".", ";", ")"].contains(toks[r].text),
              countryAt(toks, q) == nil, placeAt(toks, q) == nil else { return nil }
        // No person in it: no given name, title or office among its words ("of President Yoweri
        // Museveni"), and nothing after a body's head ("of Kenya Broadcasting Corporation John Doe").
        for k in q..<r {
            if toks[k].facts.contains(.givenName) || skipTitles(toks, k) > k || roleHead(toks, k) != nil { return nil }
            if k < r - 1, Self.orgHeads.contains(toks[k].key), !["of", "and", "for"].contains(toks[k + 1].key) { return nil }
        }
        return r
    }

    /// The body an office at `i` belongs to by a possessive: "its" after a body's name (the nearest
    /// name before it in the block is an organization's), or "the council's" after a body whose
    /// name ends in that word. The body's name, with "the" before a name of two words or more.
    func possessiveBody(_ toks: [Token], _ i: Int) -> String? {
        guard i >= 2 else { return nil }
        let before = toks[i].range.start
        var body: Candidate?
        if toks[i - 1].key == "its" {
            // The one body the sentence names before "its" ("the IMF … the PDP … its chairman" is
            // not read), and no country or place nearer.
            var sentenceStart = i - 1
            while sentenceStart > 0, toks[sentenceStart - 1].sentence == toks[i - 1].sentence { sentenceStart -= 1 }
            let from = toks[sentenceStart].range.start
            let named = candidates.indices.filter { candidates[$0].range.end <= toks[i - 1].range.start && candidates[$0].range.start >= from && candidates[$0].kind != .person }
            // (Two rules may have found the same body: its candidates overlap.)
            let orgs = named.filter { candidates[$0].kind == .organization }
            let nearest = named.max { candidates[$0].range.end < candidates[$1].range.end }
            // An acronym no rule has read yet is a body too ("The opposition PDP … the IMF …, and its").
            let acronymElsewhere = (sentenceStart..<(i - 1)).contains { k in
                toks[k].kind == .word && toks[k].isAllCaps && (2...6).contains(toks[k].text.utf8.count)
                    && nearest.map { toks[k].range.start < candidates[$0].range.start || toks[k].range.start >= candidates[$0].range.end } != false
            }
            // Nor a country named before it in the sentence, or the words for one ("Kenya, a member
            // of the EAC, said its president"; "The country, a member of SADC, said its president"),
            // nor a capitalised word that opens the sentence and no rule has read ("Pastef, which
            // governs alongside the Socialist Party, said its leader").
            let countryBefore = named.contains { candidates[$0].kind == .country }
                || (sentenceStart..<(i - 1)).contains { ["country", "nation", "state", "kingdom", "republic"].contains(toks[$0].key) && !toks[$0].isCapitalized }
            let first = toks[sentenceStart]
            let unreadSubject = first.kind == .word && first.isCapitalized && first.facts.contains(.nameLike)
                && !candidates.contains { $0.range.start <= first.range.start && $0.range.end > first.range.start }
            if let n = nearest, candidates[n].kind == .organization, !acronymElsewhere, !countryBefore, !unreadSubject,
               orgs.allSatisfy({ candidates[$0].range.end > candidates[n].range.start - 1 && candidates[$0].range.start < candidates[n].range.end }) {
                body = candidates[n]
            }
        } else if i >= 4, toks[i - 1].key == "s", toks[i - 2].isApostrophe, toks[i - 4].key == "the", !toks[i - 3].isCapitalized,
                  Self.orgHeads.contains(toks[i - 3].key) || Self.institutionHeads.contains(toks[i - 3].key) {
            // The nearest body named before, when its name ends in that word ("the council's" after
            // "the Supreme Council"; not after "the ANC", whatever party came before it).
            // Not where the word comes in lower case between ("the World Bank …" then "Nigeria's
            // central bank …, and the bank's governor"): another bank's.
            let head = toks[i - 3].key
            let nearest = candidates.indices.filter { candidates[$0].kind == .organization && candidates[$0].range.end <= before }
                .max { candidates[$0].range.start < candidates[$1].range.start }
            if let n = nearest, TextFolding.key(String(candidates[n].name.split(separator: " ").last ?? "")) == head,
               !headInLowerCase(head, after: candidates[n].range.end, before: toks[i - 3].range.start) { body = candidates[n] }
        }
        guard let name = body?.name, !name.isEmpty else { return nil }
        return name.contains(" ") && !name.lowercased().hasPrefix("the ") ? "the " + name : name
    }

    /// Whether `head` stands in lower case in the article's text between two offsets.
    func headInLowerCase(_ head: String, after start: Int, before end: Int) -> Bool {
        blocks.contains { bt in
            bt.tokens.contains { $0.range.start >= start && $0.range.end <= end && $0.key == head && !$0.isCapitalized && !$0.isAllCaps }
        }
    }
}
