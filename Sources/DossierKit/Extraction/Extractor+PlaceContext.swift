import Foundation

/// Places the text's shape says are places: capitalised words after "in", "at" or "near" that no
/// other rule took ("in Mahalapye"), a province after such a place and a comma ("in Kananaskis,
/// Alberta"), names before a plural region word ("the Amhara and Afar regions") and after "ports
/// of".
extension ExtractionContext {
    /// Words a place's context may capitalise that name no place.
    static let notPlaces: Set<String> = [
        "ramadan", "christmas", "easter", "eid", "diwali", "hanukkah", "passover", "thanksgiving", "english", "french", "arabic", "spanish", "russian", "chinese", "person",
        "parliament", "congress", "cabinet", "government", "court", "office", "power", "opposition", "order", "total",
        "general", "all", "some", "many", "most", "each", "every", "one", "two", "three", "first", "last", "next",
    ]

    /// "in Mahalapye", "at Bessastadir", "in Charlevoix, Quebec": one to three capitalised words
    /// after "in", "at" or "near" that no other rule took, that are no person's, no title, no
    /// month or weekday and no common word, are a place. Runs after people are known.
    mutating func findPlacesByContext() {
        var personWords = Set<String>()
        for n in accepted.indices where accepted[n].kind == .person { for w in accepted[n].person?.words ?? [] { personWords.insert(TextFolding.key(w)) } }
        var found: [Candidate] = []
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var i = 1
            while i < toks.count {
                defer { i += 1 }
                let p = toks[i - 1]
                guard p.kind == .word, !p.isCapitalized, p.key == "in" || p.key == "at" || p.key == "near" else { continue }
                var j = i
                while j < toks.count, j < i + 3 {
                    let t = toks[j]
                    guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.text.count == 1, !covered[b][j],
                          !Self.runStops.contains(t.key), !Self.notPlaces.contains(t.key), !gz.nonNames.contains(t.key),
                          t.facts.isDisjoint(with: [.roleStart, .givenName, .particle]), !personWords.contains(t.key),
                          gz.wordFacts[t.key].map({ $0.isDisjoint(with: [.title, .roleHead, .roleModifier]) }) ?? true else { break }
                    j += 1
                }
                guard j > i else { continue }
                // The run must end the phrase: a possessive or a further capitalised word means
                // it was part of something longer.
                if j < toks.count {
                    let n = toks[j]
                    if n.isApostrophe || (n.kind == .word && (n.isCapitalized || n.isAllCaps)) { i = j; continue }
                }
                let name = text(b, i, j)
                var c = Candidate(block: b, start: i, end: j, range: range(b, i, j), kind: .place, name: name,
                                  priority: gz.priority(of: "place-context"), rule: "place-context")
                c.country = nil
                found.append(c)
                // "in Kananaskis, Alberta": the place's province or country after a comma, even a
                // name the tables hold ambiguous.
                if let p = provinceAfterComma(b, toks, j) { found.append(p); j = p.end }
                i = j
            }
        }
        for c in found {
            accepted.append(c)
            mark(c.block, c.start, c.end)
        }
    }

    /// After a place at `j` ("in Kananaskis, Alberta"): a comma, then a place of the tables,
    /// ambiguous or not, that ends its phrase (`endsPlacePhrase`).
    func provinceAfterComma(_ b: Int, _ toks: [Token], _ j: Int) -> Candidate? {
        guard j + 1 < toks.count, toks[j].isPunct(","), toks[j + 1].isCapitalized, !covered[b][j + 1], let options = gz.phrases[toks[j + 1].key] else { return nil }
        for o in options where o.entry.kind == .place {
            guard let e = matchPhrase(toks, j + 1, o.keys, exactCase: o.entry.exactCase, firstMatches: true),
                  Self.endsPlacePhrase(toks, e), !covered[b][(j + 1)..<e].contains(true) else { continue }
            return Candidate(block: b, start: j + 1, end: e, range: range(b, j + 1, e), kind: .place, name: o.entry.name,
                             priority: gz.priority(of: "place-context"), rule: "place-context", country: o.entry.country)
        }
        return nil
    }

    /// "the Amhara and Afar regions", "Lagos, Ogun and Oyo states": names joined by commas and a
    /// final "and" right before a plural settlement word at `i` are each a place (two at least;
    /// none a country, a title or an organization the tables know).
    mutating func placesBeforePlural(_ b: Int, _ toks: [Token], _ i: Int) {
        var items: [(Int, Int)] = []
        var e = i
        var sawAnd = false
        while e > 0 {
            var s = e
            while s > 0, e - s < 2, isNameWord(toks[s - 1]), !Self.runStops.contains(toks[s - 1].key) { s -= 1 }
            guard s < e, countryAt(toks, s) == nil, parseRole(toks, s) == nil, phrase(at: toks, s).map({ $0.entry.kind != .place }) != true else { return }
            items.append((s, e))
            guard s >= 2 else { break }
            if toks[s - 1].key == "and", !sawAnd { sawAnd = true; e = s - 1; if e > 0, toks[e - 1].isPunct(",") { e -= 1 }; continue }
            if toks[s - 1].isPunct(","), sawAnd { e = s - 1; continue }
            break
        }
        // Half of them at least places the tables know: "the Alawite and Druze villages", "Sunni and
        // Shiite districts" name communities.
        guard sawAnd, items.count >= 2, items.filter({ phrase(at: toks, $0.0)?.entry.kind == .place || gz.phrases[toks[$0.0].key]?.contains { $0.entry.kind == .place } == true }).count * 2 >= items.count
        else { return }
        for (s, e) in items { add(b, s, e, .place, name: text(b, s, e), rule: "place-list") }
    }

    /// "the ports of Odesa, Chornomorsk and Yuzhny", "the ports of Gwadar and Chahbhar": a list of
    /// two names or more after "ports of", one at least a place the tables know ("the ports of DP
    /// World" names a company).
    mutating func portsOf(_ b: Int, _ toks: [Token], _ i: Int) {
        guard i + 2 < toks.count, toks[i + 1].key == "of" else { return }
        var items: [(Int, Int)] = []
        var j = i + 2
        while j < toks.count, items.count < 8 {
            var e = j
            while e < toks.count, e < j + 3, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key), !Self.orgHeads.contains(toks[e].key) { e += 1 }
            guard e > j, e >= toks.count || !isNameWord(toks[e]), countryAt(toks, j) == nil else { return }
            items.append((j, e))
            var n = e
            if n < toks.count, toks[n].isPunct(",") { n += 1 }
            if n < toks.count, toks[n].key == "and" { n += 1 }
            guard n > e, n < toks.count, isNameWord(toks[n]) else { break }
            j = n
        }
        guard items.count >= 2, items.contains(where: { phrase(at: toks, $0.0)?.entry.kind == .place }) else { return }
        for (s, e) in items { add(b, s, e, .place, name: text(b, s, e), rule: "place-list") }
    }
}
