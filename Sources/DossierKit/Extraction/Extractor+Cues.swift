import Foundation

/// Countries, places and institutions named at or before a token: the cues that give a title its
/// holder's country.
extension ExtractionContext {
    /// A country named at `i` (name or demonym, maybe "the Islamic Republic of Iran"): end and name.
    func countryAt(_ toks: [Token], _ i: Int) -> (end: Int, name: String, demonym: Bool)? {
        var j = i
        if j < toks.count, toks[j].key == "the" { j += 1 }
        guard j < toks.count, let (e, entry) = phrase(at: toks, j), entry.kind == .country else { return nil }
        return (e, entry.name, entry.isDemonym)
    }

    /// A national institution named at `i` ("the Lok Sabha", "Bundestag"): its end, name and country.
    func institutionAt(_ toks: [Token], _ i: Int) -> (end: Int, name: String, country: String?)? {
        var j = i
        if j < toks.count, toks[j].key == "the" { j += 1 }
        // "the Russian State Duma": the body's country's adjective before its name.
        if j < toks.count, toks[j].isCapitalized, let c = countryAt(toks, j), c.demonym, c.end < toks.count,
           let (e, entry) = phrase(at: toks, c.end), entry.kind == .organization, entry.country == nil || entry.country == c.name {
            return (e, entry.name, entry.country ?? c.name)
        }
        guard j < toks.count, let (e, entry) = phrase(at: toks, j), entry.kind == .organization else { return nil }
        // An acronym the report spells out for a body of its own ("TSE" for its Supreme Electoral
        // Tribunal) names that body, of no country a table knows.
        if e == j + 1, !acronyms.isEmpty, toks[j].isAllCaps, let own = acronyms[toks[j].text], !Self.sameBody(own.name, entry.name) { return (e, own.name, nil) }
        return (e, entry.name, entry.country)
    }

    /// Whether a body's name ending at `e` on a field's word goes on as a list of fields ("of
    /// Treasury and Finance", "of Trade and Industry"): then the fields, not the body, are the tail.
    func fieldsGoOn(_ toks: [Token], _ e: Int) -> Bool {
        guard e >= 1, e + 1 < toks.count else { return false }
        if toks[e].key == "and" { return toks[e + 1].isCapitalized && gz.roleFields.contains(toks[e + 1].key) && gz.roleFields.contains(toks[e - 1].key) }
        // "of Public Administration, Provincial Councils and Local Government,": a list of
        // capitalised fields goes on after the comma.
        guard toks[e].isPunct(","), let l = capitalFieldList(toks, from: e) else { return false }
        // ("of the Ports Authority, Tourism Development Authority and Export Board": bodies.)
        let groups = l.words.filter { $0 != "," && $0 != "and" }
        if groups.allSatisfy({ g in g.split(separator: " ").last.map { w in Self.orgHeads.contains(w.lowercased()) || Self.institutionHeads.contains(w.lowercased()) } == true }) { return false }
        return l.words.contains { g in g.split(separator: " ").contains { w in
            let key = w.lowercased(); return gz.roleFields.contains(key) || Self.hasFieldSuffix(key) } }
    }

    /// A city, province or region named at `i`, capitalised, whose country the gazetteer knows
    /// ("Punjab" is in two countries and gives none): its end, name and country.
    func placeAt(_ toks: [Token], _ i: Int) -> (end: Int, name: String, country: String)? {
        var j = i
        if j < toks.count, toks[j].key == "the" { j += 1 }
        guard j < toks.count, toks[j].isCapitalized || toks[j].isAllCaps, let (e, entry) = phrase(at: toks, j),
              entry.kind == .place, let c = placeCountry(entry) else { return nil }
        return (e, entry.name, c)
    }

    /// Titles of a posting abroad: the place before them is where the holder serves, not where
    /// they come from ("the Kabul envoy").
    static let postingWords: Set<String> = ["ambassador", "envoy", "consul", "correspondent", "commissioner", "representative", "emissary"]

    /// A place ending right before a title at `i` that gives its holder's country: "Punjab Chief
    /// Minister", "Moscow Mayor", "Tehran's ambassador". Without the possessive, a posting's title
    /// names where the holder serves, and gives nothing.
    func placeCue(_ toks: [Token], endingAt i: Int, title: String) -> CountryEvidence? {
        if i >= 3, toks[i - 1].key == "s", toks[i - 2].isApostrophe {
            for s in stride(from: i - 3, through: max(0, i - 6), by: -1) {
                if let p = placeAt(toks, s), p.end == i - 2 { return CountryEvidence(country: p.country, strength: .institution, cue: text(toks, s, i)) }
            }
        }
        for s in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let p = placeAt(toks, s), p.end == i {
                // The title's words read only where a place stands before it.
                let words = title.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
                guard !words.contains(where: { Self.postingWords.contains(String($0)) }) else { return nil }
                return CountryEvidence(country: p.country, strength: .institution, cue: p.name)
            }
        }
        return nil
    }

    /// An organization named right before a title at `i` ("Kremlin", "Lok Sabha", "NATO"): its start.
    /// Also a party's or body's acronym ("SPD co-leader", "DA Leader"), when it is no title's.
    func institutionBefore(_ toks: [Token], _ i: Int) -> Int? {
        for s in stride(from: i - 1, through: max(0, i - 5), by: -1) {
            if let (e, entry) = phrase(at: toks, s), entry.kind == .organization, e == i { return s }
        }
        if i > 0, toks[i - 1].kind == .word, toks[i - 1].isAllCaps, (2...5).contains(toks[i - 1].text.count),
           gz.roleAbbreviations[toks[i - 1].text] == nil, phrase(at: toks, i - 1)?.entry.kind != .country {
            return i - 1
        }
        return nil
    }

    /// Whether the word before `s` is a capitalised word of the same name ("Social" before
    /// "Democratic Alliance"): not a sentence's first word, a country, a demonym or a place.
    func continuesName(_ toks: [Token], before s: Int) -> Bool {
        guard s > 0, toks[s - 1].kind == .word, toks[s - 1].isCapitalized, toks[s - 1].sentence == toks[s].sentence else { return false }
        // A sentence's first word may be the name's too, unless it is a word any sentence starts with.
        if s - 1 == 0 || toks[s - 2].sentence != toks[s - 1].sentence, ExtractionContext.runStops.contains(toks[s - 1].key) || gz.nonNames.contains(toks[s - 1].key) { return false }
        if let (_, entry) = phrase(at: toks, s - 1), entry.kind == .country || entry.kind == .place { return false }
        for b in stride(from: s - 1, through: max(0, s - 4), by: -1) {
            if let (e, entry) = phrase(at: toks, b), e == s, entry.kind == .country || entry.kind == .place { return false }
        }
        return true
    }

    /// A country cue ending right before `i`: "Iranian", "Iran's", "Pakistan", or a national
    /// institution ("Lok Sabha", "Pakistan Army").
    func countryCue(_ toks: [Token], endingAt i: Int) -> (start: Int, evidence: CountryEvidence)? {
        // A possessive ending at `i` ("Iran's", "Honduras'"): the longest country owning it wins
        // ("South Sudan's", not "Sudan's").
        let owner = i >= 3 && toks[i - 1].key == "s" && toks[i - 2].isApostrophe ? i - 2 : i - 1
        if owner >= 1, possessiveEnd(toks, owner) == i {
            for s in max(0, owner - 5)...(owner - 1) {
                if let c = countryAt(toks, s), c.end == owner { return (s, CountryEvidence(country: c.name, strength: .stated, cue: text(toks, s, i))) }
            }
            // "Washington's deputy special envoy", "Moscow's ambassador": a capital speaks for its
            // government, before an office ("Baghdad's Green Zone" is a place's).
            for s in max(0, owner - 3)...(owner - 1) where i < toks.count && toks[i].facts.contains(.roleStart) && toks[s].isCapitalized {
                if let (e, entry) = phrase(at: toks, s), e == owner, entry.kind == .place, let c = gz.capitalCountry(of: Gazetteer.keys(entry.name)) {
                    return (s, CountryEvidence(country: c, strength: .stated, cue: text(toks, s, i)))
                }
            }
        }
        // (A plain loop: a lazy closure would copy the whole context on every call.)
        if i >= 1 {
            for k in max(0, i - 5)...(i - 1) {
                guard let c = countryAt(toks, k), c.end == i else { continue }
                // "Bank of Finland governor": the country ends a body's name, which any report
                // prints, its own country's too; a national institution, not a mark.
                if k >= 2, toks[k - 1].key == "of", toks[k - 2].isCapitalized,
                   Self.orgHeads.contains(toks[k - 2].key) || Self.institutionHeads.contains(toks[k - 2].key) {
                    return (k - 2, CountryEvidence(country: c.name, strength: .institution, cue: text(toks, k - 2, i)))
                }
                return (k, CountryEvidence(country: c.name, strength: .stated, cue: text(toks, k, i)))
            }
        }
        for s in stride(from: i - 1, through: max(0, i - 5), by: -1) {
            // Not the tail of a longer name: "Social Democratic Alliance leader" names no South African body.
            if let o = institutionAt(toks, s), o.end == i, let c = o.country, !continuesName(toks, before: s) {
                return (s, CountryEvidence(country: c, strength: .institution, cue: o.name))
            }
        }
        return nil
    }
}
