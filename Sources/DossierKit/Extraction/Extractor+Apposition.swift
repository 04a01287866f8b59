import Foundation

/// Titles said of a name before them, and the offices an apposition after a name gives it.
extension ExtractionContext {
    /// The title at `i` is said of a name before it: it follows "Name," or a predicate ("as",
    /// "becomes", "was appointed"), so a name after it is someone else's.
    func titleSaidOfNameBefore(_ toks: [Token], _ i: Int) -> Bool {
        var k = i - 1
        // "is the new Minister of …, B": the copula's.
        while k >= 0, k >= i - 2, toks[k].kind == .word, ["the", "a", "new"].contains(toks[k].key) { k -= 1 }
        guard k >= 0 else { return false }
        // Not after a verb with no name before it: "Among those present was the President of …, B".
        if toks[k].kind == .word, Self.predicateAnchors.contains(toks[k].key) {
            return k > 0 && (isNameToken(toks[k - 1]) || toks[k - 1].isPunct(")"))
        }
        if isNameToken(toks[k]) { return gappedListName(toks, i) != nil }
        // "A and the Prime Minister of the Czech Republic, B": "the" opens another person's title;
        // "…, and the Minister of Transport, B": after a list's comma, as after a comma.
        if toks[k].key == "and" {
            guard toks[i - 1].key == "the" else { return true }
            guard k > 1, toks[k - 1].isPunct(",") else { return false }
            k -= 1
        }
        guard toks[k].isPunct(","), k > 0, let start = listedNameStart(toks, endingBefore: k) else { return false }
        // "the President of Zambia, A, the President of the DRC, B": a list that goes on title
        // first; "A (N-VA), the new Minister of Defence, B (MR), Minister of the Interior, C": one
        // that goes on name first. Which, its first item says: walk back over ", title, name".
        var s = start
        for _ in 0..<8 {
            guard s >= 2, toks[s - 1].isPunct(","),
                  let j = (max(0, s - 12)..<(s - 1)).first(where: { j in parseRole(toks, j).map { $0.end == s - 1 && $0.start == j } ?? false })
            else { return true }
            var t = j
            while t > 0, ["the", "new", "a"].contains(toks[t - 1].key) { t -= 1 }
            guard t >= 2, toks[t - 1].isPunct(","), let before = listedNameStart(toks, endingBefore: t - 1) else { return false }
            s = before
        }
        return true
    }

    /// Where the name (with its honorifics, perhaps its party in brackets after it) that ends
    /// right before `k` starts; nil when no name ends there.
    func listedNameStart(_ toks: [Token], endingBefore k: Int) -> Int? {
        guard k > 0 else { return nil }
        var named = k - 1
        if toks[named].isPunct(")"), let open = (max(0, named - 8)..<named).last(where: { toks[$0].isPunct("(") }), open > 0 { named = open - 1 }
        guard isNameToken(toks[named]) else { return nil }
        var s = named
        // Back over the name and the honorifics before it ("the Speaker, Mr Alban Bagbin, and the …").
        while s > 0 {
            if isNameToken(toks[s - 1]) { s -= 1; continue }
            if let t = (max(0, s - 3)..<s).first(where: { skipTitles(toks, $0) == s }) { s = t; continue }
            break
        }
        return s
    }

    /// "A is Minister of X, B Minister of Y, and Dr C Minister of Z": in a list a predicate opened,
    /// the title at `i` right after a name (perhaps after an honorific) is that name's, the verb
    /// left out. Where that name starts, or nil.
    func gappedListName(_ toks: [Token], _ i: Int) -> Int? {
        guard i > 0, isNameToken(toks[i - 1]) else { return nil }
        var s = i - 1
        while s > 0, isNameToken(toks[s - 1]) || toks[s - 1].isHyphen && !toks[s - 1].spaceBefore { s -= 1 }
        let before = beforeHonorific(toks, s)
        guard before > 0, toks[before].isPunct(",") || toks[before].key == "and" else { return nil }
        // The item before ends in its office too.
        var e = before
        if toks[e].key == "and", e > 0, toks[e - 1].isPunct(",") { e -= 1 }
        guard (max(0, e - 10)..<e).contains(where: { j in parseRole(toks, j).map { $0.start == j && $0.end == e } ?? false }) else { return nil }
        // A predicate opened the list, within the sentence and forty words.
        var m = before - 1
        while m >= 0, m >= before - 40, toks[m].sentence == toks[i].sentence, !toks[m].isPunct(":"), !toks[m].isPunct(";") {
            if toks[m].kind == .word, Self.predicateAnchors.contains(toks[m].key), !toks[m].isCapitalized { return s }
            m -= 1
        }
        return nil
    }

    /// The token before a name starting at `s`, past an honorific before it ("…, and Dr C"), else
    /// `s - 1`.
    func beforeHonorific(_ toks: [Token], _ s: Int) -> Int {
        var b = s - 1
        if b > 0, toks[b].isPunct("."), !toks[b].spaceBefore { b -= 1 }
        if b > 0, toks[b].facts.contains(.titleFirst), skipTitles(toks, b) == s { return b - 1 }
        return s - 1
    }

    /// After a possessive at `j` ("Iran's", "Honduras'"): where what it owns starts, else nil.
    func possessiveEnd(_ toks: [Token], _ j: Int) -> Int? {
        guard j > 0, j + 1 < toks.count, toks[j].isApostrophe, !toks[j].spaceBefore else { return nil }
        if toks[j + 1].key == "s", !toks[j + 1].spaceBefore { return j + 2 }
        // "Honduras' first female president": a name ending in s takes the apostrophe alone.
        if toks[j - 1].key.utf8.last == UInt8(ascii: "s"), toks[j + 1].spaceBefore, toks[j + 1].kind == .word { return j + 1 }
        return nil
    }

    /// ", [the|his|her] [Iran's|Iranian|Lok Sabha] <role>" right after a name.
    /// `coordinated`: the description after an office's "and" ("X, a former Speaker and a former
    /// Conservative leader,"), read as if a comma stood at `end`.
    func appositionRole(_ toks: [Token], _ end: Int, coordinated: Bool = false) -> (RoleMatch, CountryEvidence?)? {
        // "Theo Claes (N-VA), the new Minister of Defence,": the party in brackets first.
        let end = coordinated ? end : skipParenthesis(toks, end)
        guard end + 1 < toks.count, coordinated ? toks[end].key == "and" : toks[end].isPunct(",") else { return nil }
        var k = end + 1
        // "X, now the country's president": when the office is held changes nothing.
        if k + 1 < toks.count, Self.apposedAdverbs.contains(toks[k].key) { k += 1 }
        // "X, formerly Minister of Planning,": an office held before.
        let former = k + 1 < toks.count && ["formerly", "previously"].contains(toks[k].key)
        if former { k += 1 }
        if k < toks.count, ["the", "his", "her", "their", "its", "a", "an"].contains(toks[k].key) { k += 1 }
        // "the current ECOWAS chairman", "a four-term lawmaker": when or how long the office is
        // held changes nothing.
        if k + 1 < toks.count, ["current", "incumbent", "present", "new"].contains(toks[k].key) { k += 1 }
        // "a centrist former senator", "a far-right lawmaker": where the holder stands changes
        // nothing (a word that may open a title stays: "the main opposition leader").
        var m = k
        while m < toks.count, m < k + 4, toks[m].isHyphen || toks[m].kind == .word && !toks[m].isCapitalized
                && Self.politicalWords.contains(toks[m].key) && !toks[m].facts.contains(.roleStart) { m += 1 }
        if m > k, m < toks.count, !toks[m - 1].isHyphen, !toks[k].isHyphen, toks[m].key == "former" || parseRole(toks, m)?.start == m { k = m }
        // "the newly elected president", "the newly appointed minister".
        if k + 2 < toks.count, toks[k].key == "newly", toks[k + 1].kind == .word, !toks[k + 1].isCapitalized { k += 2 }
        if k + 3 < toks.count, toks[k + 1].isHyphen, !toks[k + 1].spaceBefore, ["term", "time"].contains(toks[k + 2].key) { k += 3 }
        // "the country's president": the report's own country, which the article's setting gives.
        let ownCountry = k + 2 < toks.count && toks[k].key == "country" && toks[k + 1].isApostrophe && toks[k + 2].key == "s"
        if ownCountry { k += 3 }
        var evidence: CountryEvidence?
        var party: Int?
        let s = k
        if let c = countryAt(toks, k) {
            k = c.end
            if let after = possessiveEnd(toks, k) { k = after }
            evidence = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, s, k))
        } else if let o = institutionAt(toks, k), o.end < toks.count, toks[o.end].facts.contains(.roleStart) {
            // "the Congress President": the body stays in the title.
            party = toks[k].key == "the" ? k + 1 : k
            k = o.end
            if let c = o.country { evidence = CountryEvidence(country: c, strength: .institution, cue: o.name) }
        }
        // "the Conservative MP for …": a party's or body's word before the office stays with it.
        if party == nil, parseRole(toks, k) == nil, k + 1 < toks.count, toks[k].kind == .word, toks[k].isCapitalized, parseRole(toks, k + 1)?.start == k + 1 {
            party = k; k += 1
        }
        // "a Broad Front deputy": two such words, no given name among them.
        else if party == nil, parseRole(toks, k) == nil, k + 2 < toks.count, (k..<k + 2).allSatisfy({ toks[$0].kind == .word && toks[$0].isCapitalized && !toks[$0].facts.contains(.givenName) }),
                countryAt(toks, k) == nil, parseRole(toks, k + 1) == nil, parseRole(toks, k + 2)?.start == k + 2,
                !Self.seatEndWords.contains(toks[k + 1].key) {  // ("the Ruhinda North MP": a seat, not a body)
            party = k; k += 2
        }
        // "a former Conservative leader": a tenure word before the party's word.
        var tenure: String?
        if party == nil, k + 2 < toks.count, ["former", "outgoing", "acting", "interim", "late"].contains(toks[k].key), !toks[k].isCapitalized,
           toks[k + 1].kind == .word, toks[k + 1].isCapitalized, !toks[k + 1].isAllCaps || toks[k + 1].text.utf8.count >= 2,
           parseRole(toks, k + 1) == nil, countryAt(toks, k + 1) == nil, let inner = parseRole(toks, k + 2), inner.start == k + 2, !inner.plural {
            tenure = toks[k].text.prefix(1).uppercased() + toks[k].text.dropFirst()
            party = k + 1; k += 2
        }
        // "X, a 45-year-old computer scientist and former deputy mayor of Vilnius,": a description,
        // then "and" and the office, inside the same commas.
        if parseRole(toks, k)?.start != k, s > end + 1, ["a", "an"].contains(toks[end + 1].key) {
            var m = k
            while m < toks.count, m < k + 8, !toks[m].isPunct(","), !toks[m].isPunct("."), toks[m].key != "who" {
                if toks[m].key == "and", m + 1 < toks.count, let r = parseRole(toks, m + 1), r.start == m + 1 { k = m + 1; break }
                m += 1
            }
        }
        // ("A and B, Cabinet ministers, service chiefs and …": a plural goes on a list, it is no one's office.)
        guard var r = parseRole(toks, k), r.start == k, !r.plural else { return nil }
        // "X, the president's official residence": the office owns what follows, it is not X's.
        if r.end + 1 < toks.count, toks[r.end].isApostrophe, toks[r.end + 1].key == "s" { return nil }
        if let p = party { r.title = text(toks, p, k) + " " + r.title }
        if let t = tenure { r.title = t + " " + r.title }
        if former, !r.title.lowercased().hasPrefix("former") { r.title = "Former " + r.title }
        r.ownCountry = ownCountry
        // "A, Deputy Prime Minister B and …", "A, Deputy Prime Minister and Foreign Minister Senator
        // B": titles followed by a name are that name's, not A's.
        var n = titlesEnd(toks, r.end)
        if n < toks.count, toks[n].isPunct("(") { n = min(toks.count, n + 3) }
        if n < toks.count, isNameToken(toks[n]) || toks[n].facts.contains(.particle) { return nil }
        // "…, the Minister of Energy, A, the Italian ambassador, B, and …": in a list of titles each
        // before its name, a title between two names after commas is the next name's.
        if !coordinated, n + 2 < toks.count, n == r.end, toks[n].isPunct(","), isNameToken(toks[n + 1]), toks[n + 1].isCapitalized {
            var start = end
            while start > 0, isNameToken(toks[start - 1]) || toks[start - 1].facts.contains(.particle) { start -= 1 }
            // Unless the next name has its own title after it: then the list puts each name first.
            var next = n + 1
            while next < toks.count, isNameToken(toks[next]) || toks[next].facts.contains(.particle)
                    || next > n + 1 && next < n + 4 && gz.familyNamesFirst.contains(toks[n + 1].key) && isGivenSyllable(toks, next) { next += 1 }
            let nameFirst = next + 1 < toks.count && toks[next].isPunct(",") && {
                let d = ["the", "a", "an"].contains(toks[next + 1].key) ? next + 2 : next + 1
                // ("the EU envoy": the title may open after a body's name)
                return (d..<min(toks.count, d + 3)).contains { k in
                    parseRole(toks, k)?.start == k && toks[d..<k].allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.isAllCaps) }
                }
            }()
            if !nameFirst, start >= 2, toks[start - 1].isPunct(","),
               (max(0, start - 9)..<(start - 1)).contains(where: { k in parseRole(toks, k).map { $0.start == k && $0.end == start - 1 } ?? false }) {
                return nil
            }
        }
        return (r, CountryEvidence.stronger(evidence, r.evidence))
    }

    /// Past honorifics and further offices joined by "and" or "/" from `k`: where a name would start.
    func titlesEnd(_ toks: [Token], _ k: Int) -> Int {
        var k = skipTitles(toks, k)
        var steps = 0
        while k + 1 < toks.count, steps < 4, toks[k].key == "and" || toks[k].isPunct("/"), let r = parseRole(toks, k + 1), r.start == k + 1 {
            k = skipTitles(toks, r.end); steps += 1
        }
        if let r = parseRole(toks, k), r.start == k, r.end > k { k = skipTitles(toks, r.end) }
        return k
    }

    /// Adverbs of time that may open an apposition ("X, now the country's president").
    static let apposedAdverbs: Set<String> = ["now", "currently", "still", "also"]

    func appositionRoles(_ toks: [Token], _ end: Int) -> [String] {
        guard let (r, _) = appositionRole(toks, end) else { return [] }
        if let second = coordinatedDescription(toks, r.end) { return [r.title, second.title] }
        return [r.title]
    }

    /// "X, a former Speaker of the House and a former Conservative leader, …": a second
    /// description after the office ending at `end`, inside the same commas.
    func coordinatedDescription(_ toks: [Token], _ end: Int) -> RoleMatch? {
        // Only "and a …" up to the apposition's closing comma: "X, the foreign minister and the
        // army chief" may name two people.
        guard end + 2 < toks.count, toks[end].key == "and", ["a", "an"].contains(toks[end + 1].key),
              let (second, _) = appositionRole(toks, end, coordinated: true), second.end < toks.count,
              toks[second.end].isPunct(",") else { return nil }
        return second
    }

    /// The run after a country's possessive is a person's name: two or three words, none an
    /// organization's or a place's head, no phrase a table knows, and no capitalised word after it.
    func isPossessiveName(_ toks: [Token], _ run: NameRun) -> Bool {
        guard (2...3).contains(run.name.words.count), phrase(at: toks, run.start) == nil else { return false }
        for k in run.start..<run.end where Self.orgHeads.contains(toks[k].key) || Self.placeHeads.contains(toks[k].key) { return false }
        return run.end >= toks.count || !toks[run.end].isCapitalized
    }
}
