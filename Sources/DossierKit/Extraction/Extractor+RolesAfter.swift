import Foundation

/// Roles and countries said after a name, for every person mention (bare surnames too):
/// an apposition ("Aziz Nasir-Zadeh, Iran's defence minister,"), "of Country"
/// ("President Ghazouani of Mauritania") and a predicate ("Yvette Cooper becomes Home Secretary",
/// "appointed Rachel Reeves as the first woman to serve as Chancellor of the Exchequer").
extension ExtractionContext {
    /// The demonym in a description at `k` ("a senior Kenyan police officer", "a Chilean,"):
    /// lower-case words before it, none a preposition, and a lower-case noun or the description's end
    /// after it ("an expert on Iranian affairs" says nothing of the expert).
    func describedNationality(_ toks: [Token], from k: Int) -> CountryEvidence? {
        var j = k
        while j < toks.count, j < k + 4 {
            if let c = countryAt(toks, j), c.demonym {
                guard c.end >= toks.count || toks[c.end].isPunct(",") || toks[c.end].isPunct(".")
                        || (toks[c.end].kind == .word && !toks[c.end].isCapitalized && !Self.runStops.contains(toks[c.end].key)) else { return nil }
                return CountryEvidence(country: c.name, strength: .stated, cue: text(toks, k - 1, min(toks.count, c.end + 1)))
            }
            guard toks[j].kind == .word, !toks[j].isCapitalized, !Self.runStops.contains(toks[j].key) else { return nil }
            j += 1
        }
        return nil
    }

    mutating func findRolesAfterNames() {
        for n in accepted.indices where accepted[n].kind == .person {
            let c = accepted[n]
            let toks = blocks[c.block].tokens
            // "Mike Johnson (R-La.)": a parenthesis after the name.
            let e = skipParenthesis(toks, c.end)
            var roles: [String] = []
            var evidence: CountryEvidence?
            var clauseEnd: Int?
            // "American economist Steve Hanke": a demonym before a calling before the name.
            if c.start >= 2, toks[c.start - 1].kind == .word, !toks[c.start - 1].isCapitalized, Self.occupations.contains(toks[c.start - 1].key),
               let d = countryCue(toks, endingAt: c.start - 1), d.evidence.strength == .stated {
                evidence = d.evidence
            }
            if let (r, ev) = appositionRole(toks, e) {
                clauseEnd = r.end
                if r.ownCountry { accepted[n].ownCountryOffice = true }
                roles.append(r.title); evidence = ev
                // "X, the acting second deputy prime minister and labor minister,": each office of
                // the apposition, up to its closing comma.
                var end = r.end
                // "X, Vice President, Deputy Prime Minister and Chairman of the Presidential Court,":
                // a comma goes on to another office only where the list ends in "and" another.
                func listGoesOn(_ k: Int) -> Bool {
                    guard toks[k].isPunct(","), let next = parseRole(toks, k + 1), next.start == k + 1, next.end < toks.count else { return false }
                    return toks[next.end].key == "and" || listGoesOn(next.end)
                }
                while end + 1 < toks.count, toks[end].key == "and" || listGoesOn(end), let next = parseRole(toks, end + 1), next.start == end + 1 {
                    let after = skipTitles(toks, next.end)
                    guard after >= toks.count || !isNameToken(toks[after]) else { break }
                    roles.append(next.title); end = next.end
                }
                // "X, a former Speaker of the House and a former Conservative leader, …".
                if let second = coordinatedDescription(toks, end) { roles.append(second.title); end = second.end }
                // "X, leader of the For the Future of Montenegro alliance, …", "X, the member
                // representing Bende Federal Constituency of Abia State, emerged …": what the office
                // goes on with closes at the apposition's comma.
                if end < toks.count, toks[end].kind == .word {
                    var m = end
                    while m < toks.count, m < end + 12, toks[m].kind == .word || toks[m].isHyphen || toks[m].kind == .number || toks[m].isApostrophe { m += 1 }
                    if m < toks.count, toks[m].isPunct(",") { end = m }
                }
                clauseEnd = end
            }
            // "X, a 47-year-old lawyer who was welfare minister", "X, a senior party official, was
            // named foreign minister": a description, then a predicate giving the office.
            // "X, son of long-time Defence Minister Y, becomes Deputy Prime Minister": kin, the same.
            else if e + 2 < toks.count, toks[e].isPunct(","), ["a", "an"].contains(toks[e + 1].key)
                        || Self.kinWords.contains(toks[e + 1].key) && toks[e + 2].key == "of"
                        // "X, until now a senior official at the ministry, becomes …"
                        || e + 4 < toks.count && toks[e + 1].key == "until" && toks[e + 2].key == "now" && ["a", "an"].contains(toks[e + 3].key) {
                // The office a predicate at `k` gives, but not "who served as a secretary": an office
                // after "a" describes.
                func office(at k: Int) -> RoleMatch? {
                    guard k < toks.count, let r = predicateRole(toks, k), !["a", "an"].contains(toks[r.start - 1].key) else { return nil }
                    return r
                }
                var m = e + 2
                while m < toks.count, m < e + 14, !toks[m].isPunct("."), toks[m].key != "who", !toks[m].isPunct(",") { m += 1 }
                var found = m < toks.count && (toks[m].key == "who" || toks[m].isPunct(",")) ? office(at: m + 1) : nil
                if found == nil, m < toks.count, toks[m].key == "who" {
                    // "X, a journalist who was a director of the agency, is foreign minister": the
                    // clause ends at the next comma, and the predicate after it is the name's.
                    var n = m + 1
                    while n < toks.count, n < m + 24, !toks[n].isPunct("."), !toks[n].isPunct(",") { n += 1 }
                    if n < toks.count, toks[n].isPunct(",") { found = office(at: n + 1) }
                }
                if let first = found {
                    for r in officeList(toks, from: first) { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence) }
                } else if m < toks.count, toks[m].isPunct(","), let r = portfolioRole(toks, m + 1) {
                    // "X, a former manager at an energy company, heads the economy ministry".
                    roles.append(r)
                }
                // "X, a senior Kenyan police officer,": the nationality the description gives.
                if evidence == nil, ["a", "an"].contains(toks[e + 1].key), let d = describedNationality(toks, from: e + 2) { evidence = d }

            }
            // "X, the American economist at …": a definite description, by a calling.
            if evidence == nil, e + 3 < toks.count, toks[e].isPunct(","), toks[e + 1].key == "the", let d = countryAt(toks, e + 2), d.demonym, d.end < toks.count,
               toks[d.end].kind == .word, Self.occupations.contains(toks[d.end].key) {
                evidence = CountryEvidence(country: d.name, strength: .stated, cue: text(toks, e + 1, d.end + 1))
            }
            // "President Mohamed Ould Ghazouani of Mauritania".
            if !c.roles.isEmpty, e + 1 < toks.count, toks[e].key == "of", let k = countryAt(toks, e + 1), !k.demonym {
                evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: k.name, strength: .stated, cue: text(toks, e, k.end)))
            }
            // "Johann Wadephul of the CDU as Foreign Minister": a party or body after the name.
            var p = e
            if p + 1 < toks.count, toks[p].key == "of", let o = institutionAt(toks, p + 1) { p = o.end }
            // "of the DA", "of the CPN-UML": a party the article abbreviates.
            else if p + 2 < toks.count, toks[p].key == "of", toks[p + 1].key == "the", toks[p + 2].isAllCaps {
                p += 3
                while p + 1 < toks.count, toks[p].isHyphen, toks[p + 1].isAllCaps { p += 2 }
            }
            // "Andris Sprūds of the Progressives becomes …", "Kim Moon-soo of the People Power
            // Party, a former labor minister": a party no table knows, not a country or a place.
            else if p + 1 < toks.count, toks[p].key == "of" {
                var q = p + 1
                if q + 1 < toks.count, toks[q].key == "the" { q += 1 }
                var r = q
                while r < toks.count, r < q + 6, isNameWord(toks[r])
                        || r > q && r + 1 < toks.count && toks[r].isApostrophe && toks[r + 1].key == "s" && isNameWord(toks[r - 1]) { r += toks[r].isApostrophe ? 2 : 1 }
                if r > q, countryAt(toks, q) == nil, placeAt(toks, q) == nil { p = r }
            }
            if roles.isEmpty, p > e, let (r, ev) = appositionRole(toks, p) { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, ev) }
            // "Deputies elected X prime minister", "the president appointed X Minister of Finance":
            // a choosing verb's object, then the office with no "as".
            // Not "named X minister of the year": the office ends the clause or a time follows it,
            // and one in lower case has no tail.
            if roles.isEmpty, p == e, c.start > 0, Self.choosingVerbs.contains(toks[c.start - 1].key) || toks[c.start - 1].key == "made",
               let r = parseRole(toks, e), r.start == e, !r.plural,
               toks[e].isCapitalized || !r.title.lowercased().contains(" of ") && !r.title.lowercased().contains(" for "),
               r.end >= toks.count || toks[r.end].kind == .punct && !toks[r.end].isApostrophe || Self.afterObjectOffice.contains(toks[r.end].key) {
                roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence)
            }
            // "replaces X as Y" gives Y to the subject, but "replaces X, who had been Y," to X.
            let relative = p + 1 < toks.count && toks[p].isPunct(",") && toks[p + 1].key == "who"
            if relative || !followsSuccessionVerb(toks, c.start), let first = predicateRole(toks, p) {
                for r in officeList(toks, from: first) {
                    roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence)
                    if r.ownCountry { accepted[n].ownCountryOffice = true }
                    if let e = r.evidence, e.strength == .stated { accepted[n].predicateEvidence = CountryEvidence.stronger(accepted[n].predicateEvidence, e) }
                }
            }
            // "X, the Minister for Trade and Industry, was promoted to Deputy Prime Minister", "X, who
            // had been acting transport minister since January, was confirmed as Minister for
            // Transport": the predicate after the apposition's or the clause's closing comma.
            // "X, approved as minister of roads, becomes …": a participle's office, in commas.
            if roles.isEmpty, e + 2 < toks.count, toks[e].isPunct(","), Self.participles.contains(toks[e + 1].key),
               case let asAt = toks[e + 2].key == "in" ? e + 3 : e + 2, asAt + 1 < toks.count, toks[asAt].key == "as",
               let r = parseRole(toks, asAt + 1), r.start == asAt + 1 {
                roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence)
                if r.end < toks.count, toks[r.end].isPunct(",") { clauseEnd = r.end }
            }
            if e + 1 < toks.count, toks[e].isPunct(","), toks[e + 1].key == "who" {
                // "X, who heads the Ministry of Health,"; "who headed …": a former office.
                if let r = portfolioRole(toks, e + 2, bare: false) {
                    let v = toks[e + 2].key == "had" ? e + 3 : e + 2
                    roles.append(v < toks.count && ["headed", "led", "ran", "held"].contains(toks[v].key) ? "Former " + r : r)
                }
                var m = e + 2
                while m < toks.count, m < e + 26, !toks[m].isPunct("."), !toks[m].isPunct(",") { m += 1 }
                clauseEnd = m < toks.count && toks[m].isPunct(",") ? m : nil
                // "X, who served in the embassies in Greece, Spain and Korea, becomes …": a list's
                // commas inside the clause; its end is the comma a predicate follows.
                if let c = clauseEnd, c + 1 < toks.count, !Self.predicateAnchors.contains(toks[c + 1].key), !Self.clauseVerbs.contains(toks[c + 1].key) {
                    var n = c + 1
                    while n + 1 < toks.count, n < e + 48, !toks[n].isPunct("."), !Self.speechVerbs.contains(toks[n].key) {
                        if toks[n].isPunct(","), Self.clauseEndVerbs.contains(toks[n + 1].key) { clauseEnd = n; break }
                        n += 1
                    }
                }
            }
            if let c = clauseEnd, c + 1 < toks.count, toks[c].isPunct(","), let first = predicateRole(toks, c + 1), first.start > c + 1,
               !["a", "an"].contains(toks[first.start - 1].key) {
                for r in officeList(toks, from: first) { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence) }
            } else if let c = clauseEnd, c + 1 < toks.count, toks[c].isPunct(","), let r = portfolioRole(toks, c + 1, bare: blocks[accepted[n].block].kind == .paragraph), !roles.contains(r) {
                // "X, an MP close to the speaker, takes over finance".
                roles.append(r)
            }
            // "Sar Sokha replaces his father, Sar Kheng, as Deputy Prime Minister": the office the
            // subject takes over from the name after the verb.
            if let r = movedToBecome(toks, p) { roles.append(r.title) }
            if let first = successionRole(toks, e) {
                for r in officeList(toks, from: first) { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence) }
            }
            // (A headline's "X keeps Finance" is shorthand, not a title.)
            let inBody = blocks[c.block].kind == .paragraph
            // "Mr Crisafulli's deputy, Jarrod Bleijie, keeps the title of …": the predicate after a
            // name in commas.
            let q = p + 1 < toks.count && toks[p].isPunct(",") && c.start >= 2 && toks[beforeHonorific(toks, c.start)].isPunct(",")
                && Self.portfolioVerbs.contains(toks[p + 1].key) ? p + 1 : p
            if let r = portfolioRole(toks, q, bare: inBody) ?? portfolioGivenTo(toks, c.start) ?? portfolioUnder(toks, c.start) ?? presidesOver(toks, p) { roles.append(r) }
            // "A and NCP chief B were sworn in as deputy chief ministers": a plural office both hold.
            if p + 1 < toks.count, toks[p].key == "and", let r = sharedPluralRole(toks, n, after: p) { roles.append(r.title) }
            if roles.isEmpty, accepted[n].roles.isEmpty, let r = gappedRole(toks, n, e) {
                roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence)
            }
            if let r = copulaSubjectRole(toks, c.start) { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence) }
            for r in roles where !accepted[n].roles.contains(where: { $0.caseInsensitiveCompare(r) == .orderedSame }) { accepted[n].roles.append(r) }
            accepted[n].evidence = CountryEvidence.stronger(accepted[n].evidence, evidence)
            if accepted[n].country == nil { accepted[n].country = accepted[n].evidence?.country }
        }
    }

    /// "The new Vice-Chancellor is SPÖ leader X": the office a copula's subject names, for the name
    /// after the copula and the name's own title (perhaps after its party's acronym).
    func copulaSubjectRole(_ toks: [Token], _ start: Int) -> RoleMatch? {
        guard start >= 4, toks[start - 1].kind == .word else { return nil }
        // Back over the name's own title: the copula stands right before it.
        guard let own = (max(0, start - 6)..<start).first(where: { k in parseRole(toks, k).map { $0.end == start } ?? false }) else { return nil }
        var cop = own - 1
        if cop >= 1, toks[cop].isAllCaps || toks[cop].isCapitalized, !Self.copulas.contains(toks[cop].key) { cop -= 1 }
        guard cop >= 2, Self.copulas.contains(toks[cop].key), toks[cop].sentence == toks[start].sentence else { return nil }
        guard let s = (max(0, cop - 8)..<cop).first(where: { k in parseRole(toks, k).map { $0.end == cop } ?? false }),
              let r = parseRole(toks, s), !r.plural, s >= 1, ["the", "new", "current", "incoming"].contains(toks[s - 1].key) else { return nil }
        return r
    }

    /// The plural office a predicate gives the name after "and" at `a` ("A and B were sworn in as
    /// deputy chief ministers"), that name perhaps after its own title ("and NCP chief B").
    func sharedPluralRole(_ toks: [Token], _ n: Int, after a: Int) -> RoleMatch? {
        let block = accepted[n].block
        guard let m = accepted.indices.first(where: { accepted[$0].block == block && accepted[$0].kind == .person && accepted[$0].start > a && accepted[$0].start <= a + 6 })
        else { return nil }
        let s = accepted[m].start
        // Nothing but the next name's title between: capitalised words, then a title ending at the name.
        if s > a + 1 {
            guard let r = (a + 1..<s).lazy.compactMap({ self.parseRole(toks, $0) }).first(where: { $0.end == s }),
                  toks[(a + 1)..<r.start].allSatisfy({ $0.kind == .word && ($0.isCapitalized || $0.isAllCaps) }) else { return nil }
        }
        guard let r = predicateRole(toks, skipParenthesis(toks, accepted[m].end)), r.plural else { return nil }
        return r
    }

    /// "A remains finance minister, B (Eesti 200) foreign minister and C defence minister": in a
    /// list whose first name a predicate gave an office, a later name followed straight by a
    /// lower-case office, up to the list's next comma or "and", holds it (the verb is left out).
    func gappedRole(_ toks: [Token], _ n: Int, _ e: Int) -> RoleMatch? {
        let c = accepted[n]
        // "…, and Dr C Minister of Health": past an honorific.
        let b = beforeHonorific(toks, c.start)
        guard b >= 0, toks[b].isPunct(",") || toks[b].key == "and",
              e < toks.count, toks[e].kind == .word,
              let r = parseRole(toks, e), r.start == e,
              r.end >= toks.count || toks[r.end].isPunct(",") || toks[r.end].isPunct(".") || toks[r.end].isPunct(";") || toks[r.end].key == "and"
        else { return nil }
        // An earlier name of the same sentence and block given an office by a predicate (a few
        // names back at most).
        var m = n - 1, seen = 0
        while m >= 0, seen < 8, accepted[m].block == c.block {
            let p = accepted[m]
            guard p.end > 0, toks[p.end - 1].sentence == toks[c.start].sentence else { return nil }
            if p.kind == .person {
                if !p.roles.isEmpty, predicateRole(toks, skipParenthesis(toks, p.end)) != nil { return r }
                seen += 1
            }
            m -= 1
        }
        return nil
    }

    /// "… succeeds X as Speaker", "… replaces his father, X, as Minister of Interior": after a
    /// verb of succession at `e`, a name (perhaps after a kinship or "predecessor" phrase, perhaps
    /// between commas), then "as" and an office: that office.
    func successionRole(_ toks: [Token], _ e: Int) -> RoleMatch? {
        guard e + 3 < toks.count, Self.succeeding.contains(toks[e].key) else { return nil }
        var k = e + 1
        // "his father,", "her predecessor", "the outgoing"
        while k < toks.count, k < e + 5, toks[k].kind == .word, !toks[k].isCapitalized { k += 1 }
        if k < toks.count, toks[k].isPunct(",") { k += 1 }
        let nameStart = skipTitles(toks, k)
        var m = nameStart
        while m < toks.count, m < nameStart + 6, isNameToken(toks[m]) || toks[m].isHyphen || m > nameStart && Self.connectorsInNames.contains(toks[m].key) {
            // ("El-Molla": a hyphen joins the next word to the name, whatever else it is.)
            m += toks[m].isHyphen && !toks[m].spaceBefore && m + 1 < toks.count && toks[m + 1].kind == .word ? 2 : 1
        }
        guard m > nameStart, m + 1 < toks.count else { return nil }
        if toks[m].isPunct(",") { m += 1 }
        guard m + 1 < toks.count, toks[m].key == "as", let r = parseRole(toks, m + 1), r.start == m + 1 else { return nil }
        let after = skipTitles(toks, r.end)
        if after < toks.count, isNameToken(toks[after]) { return nil }
        return r
    }

    /// "succeeds X as …", "replaces his father, X, as …": the name at `start` is the one who
    /// leaves the office, so an "as" after it is not said of it.
    func followsSuccessionVerb(_ toks: [Token], _ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, toks[k].isPunct(",") { k -= 1 }
        var steps = 0
        // ("succeeding former Prime Minister X as …": the title's capitalised words too.)
        while k >= 0, steps < 6, toks[k].kind == .word, !toks[k].isCapitalized || !(gz.wordFacts[toks[k].key] ?? []).isDisjoint(with: [.roleHead, .roleModifier, .title]),
              !Self.succeeding.contains(toks[k].key) { k -= 1; steps += 1 }
        return k >= 0 && Self.succeeding.contains(toks[k].key)
    }

    /// Words that describe a holder before an office ("Italy's first female prime minister",
    /// "Botswana's sixth president", "the country's youngest president").
    static let holderWords: Set<String> = ["female", "woman", "youngest", "oldest", "longest-serving", "new", "next", "elected", "civilian"]

    /// Where the office starts after up to three such words (ordinals too) from `k`.
    func describedOfficeStart(_ toks: [Token], _ k: Int) -> Int {
        var at = k
        while at < toks.count, at < k + 3, toks[at].kind == .word, !toks[at].isCapitalized, Self.isOrdinal(toks[at]) || Self.holderWords.contains(toks[at].key) { at += 1 }
        return at
    }

    /// "as Vice-Chancellor and Finance Minister", "Deputy Prime Minister/Minister of Interior":
    /// the office `first` and those joined to it, up to one that a name follows (another person's
    /// title).
    func officeList(_ toks: [Token], from first: RoleMatch) -> [RoleMatch] {
        var out = [first]
        var r = first
        // "minister of defence, minister of mobility and public works and minister for …": commas too;
        // "… as well as minister for the civil service".
        while r.end + 1 < toks.count, toks[r.end].key == "and" || toks[r.end].isPunct("/") || toks[r.end].isPunct(",") || asWellAs(toks, r.end),
              case let at = asWellAs(toks, r.end) ? r.end + 3 : toks[r.end].isPunct(",") && toks[r.end + 1].key == "and" ? r.end + 2 : r.end + 1,
              at < toks.count, let next = parseRole(toks, at), next.start == at, !next.plural {
            let after = skipTitles(toks, next.end)
            if after < toks.count, isNameToken(toks[after]) { break }
            // An office whose field could not be read ("minister for the civil service") is not "Minister".
            if after < toks.count, ["of", "for"].contains(toks[after].key) { break }
            // Not the office of a speaker after a comma ("…, Prime Minister's Office said", "…,
            // federal minister for information said").
            if after < toks.count, toks[after].isApostrophe || Self.speechVerbs.contains(toks[after].key) { break }
            out.append(next); r = next
        }
        return out
    }

    /// "as well as" at `k`.
    func asWellAs(_ toks: [Token], _ k: Int) -> Bool {
        k + 3 < toks.count && toks[k].key == "as" && toks[k + 1].key == "well" && toks[k + 2].key == "as"
    }

    /// The token after a parenthesis at `e` ("Jürgen Ligi (Reform)"), else `e`.
    func skipParenthesis(_ toks: [Token], _ e: Int) -> Int {
        guard e < toks.count, toks[e].isPunct("(") else { return e }
        var k = e + 1
        while k < toks.count, k < e + 10, !toks[k].isPunct(")") { k += 1 }
        return k < toks.count && toks[k].isPunct(")") ? k + 1 : e
    }

    /// Words between "are" and a plural office ("are the other two deputy prime ministers").
    static let pluralDescribers: Set<String> = ["the", "also", "both", "now", "other", "two", "three", "four", "new", "joint", "its", "their"]

    /// Words right before the office they give ("stays as", "remains", "becomes").
    /// Finite verbs that may follow a subject's relative clause ("X, who served in …, becomes …").
    static let clauseEndVerbs: Set<String> = ["becomes", "became", "is", "was", "remains", "remained", "takes", "took", "will", "joins", "joined", "stays", "returns"]
    static let officeGivers: Set<String> = ["as", "remains", "remained", "remain", "becomes", "became", "become", "stays"]
    /// "Climate Change and Energy Minister", "PPP leader": capitalised words (not a country's, with
    /// "and" or "of" between) from `k`, then an office: where the office starts, and the office.
    func officeAfterCapitals(_ toks: [Token], _ k: Int) -> (Int, RoleMatch)? {
        // "sworn in as Selangor Menteri Besar": a province's or a city's office, right after its name.
        if toks[k].kind == .word, toks[k].isCapitalized, countryAt(toks, k) == nil, let p = placeAt(toks, k), p.end < toks.count, toks[p.end].isCapitalized,
           var r = parseRole(toks, p.end), r.start == p.end, !r.plural {
            // (A posting's city is where the holder serves: "Washington Ambassador", "Kabul Envoy".)
            if !Self.envoyHeads.contains(where: { r.title.lowercased().hasSuffix($0) }) && !Self.postingHeads.contains(where: { r.title.lowercased().hasSuffix($0) }) {
                r.evidence = CountryEvidence.stronger(r.evidence, CountryEvidence(country: p.country, strength: .institution, cue: p.name))
            }
            return (p.end, r)
        }
        guard toks[k].kind == .word, toks[k].isCapitalized || toks[k].isAllCaps, countryAt(toks, k) == nil, placeAt(toks, k) == nil else { return nil }
        var j = k + 1
        while j < toks.count, j < k + 5, toks[j].kind == .word, !toks[j - 1].facts.contains(.givenName) {
            // (Not a plural: "resigned as Conservative MPs turned against him".)
            if toks[j - 1].isCapitalized || toks[j - 1].isAllCaps, let r = parseRole(toks, j), r.start == j { return r.plural ? nil : (j, r) }
            guard toks[j].isCapitalized || toks[j].isAllCaps || ["and", "of", "&"].contains(toks[j].key) else { return nil }
            j += 1
        }
        return nil
    }

    /// "… becomes Home Secretary", "… was appointed as the new Speaker": the office a predicate
    /// gives the name ending at `end`, within six words, when nothing but such words comes between.
    func predicateRole(_ toks: [Token], _ end: Int) -> RoleMatch? {
        // "Frank Vandenbroucke (Vooruit) stays on as …": the party in brackets.
        var k = skipParenthesis(toks, end)
        if k < toks.count, toks[k].isPunct(","), k + 1 < toks.count, toks[k + 1].key == "who" { k += 2 }
        // "Markus Marterbauer, nominated by the SPÖ, becomes finance minister": a clause between
        // commas that gives no office, then the predicate.
        else if k + 2 < toks.count, toks[k].isPunct(","), parseRole(toks, skipTitles(toks, k + 1)) == nil,
                let close = (k + 2..<min(toks.count, k + 24)).first(where: { toks[$0].isPunct(",") || toks[$0].isPunct(".") }),
                toks[close].isPunct(","), close + 1 < toks.count,
                Self.predicateAnchors.contains(toks[close + 1].key) || Self.clauseVerbs.contains(toks[close + 1].key) {
            k = close + 1
        }
        var anchored = false, passive = false
        var steps = 0
        while k < toks.count, steps < 7 {
            let t = toks[k]
            // "A and B are the other two deputy prime ministers": "are" gives a plural office alone.
            if steps == 0, ["are", "were"].contains(t.key), k + 1 < toks.count {
                var n = k + 1
                while n < toks.count, n < k + 5, Self.pluralDescribers.contains(toks[n].key) { n += 1 }
                // (Not a description: "were the foreign ministers who signed …", "are the presidents
                // of rival clubs".)
                if let r = parseRole(toks, n), r.start == n, r.plural,
                   r.end >= toks.count || toks[r.end].kind == .punct && !toks[r.end].isApostrophe
                    || !toks[r.end].isCapitalized && !["who", "that", "which", "of", "for"].contains(toks[r.end].key) {
                    return r
                }
            }
            // "was elected in October 2018 as …": a month and a year after "in" or "since" count
            // for no step, nor does the "in" before them.
            if ["in", "since"].contains(t.key), k + 1 < toks.count,
               toks[k + 1].isCapitalized && Self.monthKeys.contains(toks[k + 1].key) || toks[k + 1].kind == .number && toks[k + 1].text.utf8.count == 4 {
                k += 1; continue
            }
            if k > 0, ["in", "since", "of"].contains(toks[k - 1].key) || Self.monthKeys.contains(toks[k - 1].key),
               t.kind == .word && t.isCapitalized && Self.monthKeys.contains(t.key) || t.kind == .number && t.text.utf8.count == 4 {
                k += 1; continue
            }
            // "sworn in for a second five-year term as …": the term counts for no step.
            if t.key == "for", k + 2 < toks.count, ["a", "an", "his", "her", "the"].contains(toks[k + 1].key),
               let term = (k + 2..<min(toks.count, k + 8)).first(where: { toks[$0].key == "term" || toks[$0].key == "mandate" }),
               (k + 2..<term).allSatisfy({ toks[$0].kind == .number || toks[$0].isHyphen || toks[$0].kind == .word && !toks[$0].isCapitalized }) {
                k = term + 1; continue
            }
            // "took his oath of office as …": the oath's words count as one step.
            if t.key == "oath", k + 2 < toks.count, toks[k + 1].key == "of", toks[k + 2].key == "office" { k += 3; steps += 1; continue }
            // "X later appointed the chancellor", "X named a new foreign minister": not passive, so X
            // chose the holder.
            if !passive, k + 1 < toks.count, Self.choosingVerbs.contains(t.key), ["the", "a", "an", "his", "her", "its", "their"].contains(toks[k + 1].key) { return nil }
            if ["was", "were", "is", "are", "been", "be", "being"].contains(t.key) { passive = true }
            // "named to the post of foreign minister", "for the position of prime minister".
            // "kept the post of Minister of Foreign Affairs", "holds the office of …".
            if k + 2 < toks.count, ["to", "for"].contains(t.key) || Self.postHoldingVerbs.contains(t.key), toks[k + 1].key == "the",
               Self.postWords.contains(toks[k + 2].key), k + 3 < toks.count, toks[k + 3].key == "of" {
                // The office ends its phrase ("the post of chief legal counsel" is no "Chief").
                if let r = parseRole(toks, k + 4), r.start == k + 4,
                   r.end < toks.count, toks[r.end].kind == .word, !toks[r.end].isCapitalized, !Self.afterSeatTerm.contains(toks[r.end].key),
                   !["in", "on", "at", "as", "under", "with", "after"].contains(toks[r.end].key) { return nil }
                k += 4; steps += 1; anchored = true; continue
            }
            // "has become Britain's prime minister": the country's possessive, as evidence.
            if anchored, let c = countryAt(toks, k), let owned = possessiveEnd(toks, c.end),
               case let at = describedOfficeStart(toks, owned),
               var r = parseRole(toks, at), r.start == at {
                r.evidence = CountryEvidence.stronger(CountryEvidence(country: c.name, strength: .stated, cue: text(toks, k, owned)), r.evidence)
                let after = skipTitles(toks, r.end)
                if after < toks.count, isNameToken(toks[after]) { return nil }
                return r
            }
            // "elected X as the country's 31st prime minister".
            if anchored, t.key == "country", k + 2 < toks.count, toks[k + 1].isApostrophe, toks[k + 2].key == "s",
               case let at = describedOfficeStart(toks, k + 3), var r = parseRole(toks, at), r.start == at {
                let after = skipTitles(toks, r.end)
                if after < toks.count, isNameToken(toks[after]) { return nil }
                r.ownCountry = true
                return r
            }
            if t.kind == .word, !t.isCapitalized || steps > 0 || Self.predicateAnchors.contains(t.key) {
                // "remains Climate Change and Energy Minister", "stepped down as PPP leader": a
                // body's or portfolio's capitalised words before the office.
                // (Right after the word that gives the office: "appointed X prime minister" names X.)
                if anchored, k > 0, Self.officeGivers.contains(toks[k - 1].key), parseRole(toks, k) == nil, let (at, r) = officeAfterCapitals(toks, k) {
                    let after = skipTitles(toks, r.end)
                    if after < toks.count, isNameToken(toks[after]) || toks[after].isApostrophe { return nil }
                    var titled = r
                    titled.start = k; titled.title = Self.withoutAcronyms(text(toks, k, at)) + " " + r.title
                    return titled
                }
                if let r = parseRole(toks, k), r.start == k, anchored || steps == 0 && t.key == "as" {
                    // Not another person's title ("becomes Home Secretary David Lammy …"), nor a
                    // possessive ("the President's adviser").
                    let after = skipTitles(toks, r.end)
                    if after < toks.count, isNameToken(toks[after]) { return nil }
                    if after + 1 < toks.count, toks[after].isApostrophe, toks[after + 1].key == "s" { return nil }
                    return r
                }
                guard Self.predicateWords.contains(t.key) else { return nil }
                if Self.predicateAnchors.contains(t.key) { anchored = true }
            } else if t.isHyphen, !t.spaceBefore {
                // "re-elected"
            } else {
                return nil
            }
            k += 1; steps += 1
        }
        return nil
    }
}
