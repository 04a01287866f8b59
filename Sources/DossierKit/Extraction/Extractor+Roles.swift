import Foundation

/// A role title found in text: "Deputy Foreign Minister for Political Affairs" (of Iran).
struct RoleMatch {
    var start: Int
    var end: Int
    var title: String
    /// "Foreign Ministers": a title shared by the names that follow.
    var plural = false
    /// "of Iran", "of the Lok Sabha": the country the title itself gives.
    var evidence: CountryEvidence?
    /// "the country's president": an office of the report's own country, whichever that is.
    var ownCountry = false
}

extension ExtractionContext {
    /// Parses a role title at `i`: modifiers, a head, and a "for …"/"of …" tail. A trailing
    /// "of <country>" is taken as the country, not as part of the title. Read once per token:
    /// many rules ask about the same title (`RoleMemo`).
    func parseRole(_ toks: [Token], _ i: Int) -> RoleMatch? {
        // Most words start no title: say so before doing any work.
        guard i < toks.count, toks[i].facts.contains(.roleStart) else { return nil }
        let key = toks[i].range.start
        if let known = roleMemo.titles[key] { return known }
        var r = readRole(toks, i)
        // "its President", "the council's president": the office of the body named before.
        if var m = r, !m.plural, !Self.containsOfWord(m.title), let body = possessiveBody(toks, i) {
            m.title += " of " + body
            r = m
        }
        r = placedAfterTitle(toks, i, r)
        roleMemo.titles[key] = .some(r)
        return r
    }

    /// `parseRole` without the memo.
    func readRole(_ toks: [Token], _ i: Int) -> RoleMatch? {
        // "Secret Service Director X": a field's word after a capitalised word that is no field,
        // title, country or place is inside a body's name; the title is its head alone.
        if i > 0, toks[i].isCapitalized, gz.roleFields.contains(toks[i].key), toks[i - 1].kind == .word, toks[i - 1].isCapitalized, !toks[i - 1].isAllCaps,
           toks[i - 1].sentence == toks[i].sentence, i >= 2 && toks[i - 2].sentence == toks[i].sentence,
           !gz.roleFields.contains(toks[i - 1].key), !toks[i - 1].facts.contains(.roleStart), !toks[i - 1].facts.contains(.titleFirst),
           countryAt(toks, i - 1) == nil, placeAt(toks, i - 1) == nil, phrase(at: toks, i - 1) == nil,
           // (nor the last word of a name the tables know: "South Korean Foreign Minister")
           !(max(0, i - 4)..<(i - 1)).contains(where: { Int(toks[$0].phraseEnd) == i }) { return nil }
        // The second word of a demonym ("South African President") is the country's, not the title's.
        if i > 0, Int(toks[i - 1].phraseEnd) > i, toks[i - 1].isCapitalized, let c = countryAt(toks, i - 1), c.end > i { return nil }
        if Int(toks[i].phraseEnd) > i + 1, toks[i].isCapitalized, let c = countryAt(toks, i), c.demonym, c.end > i + 1 { return nil }
        // "remains under Minister X": the preposition, not "Under Secretary"'s modifier.
        if toks[i].key == "under", !toks[i].isCapitalized { return nil }
        var j = i
        var pieces: [String] = []
        var lastHeadEnd: Int?
        var lastHeadPieces = 0
        var plural = false
        var demonym: CountryEvidence?
        var acronymEnd: Int?
        while j < toks.count {
            // "former Brazilian President", "the late Malawian president": a word of when the office
            // was held, then the country's demonym, then the office.
            if lastHeadEnd == nil, demonym == nil, !pieces.isEmpty, toks[j].isCapitalized,
               pieces.allSatisfy({ Self.tenureModifiers.contains($0.lowercased()) }), let c = countryAt(toks, j), c.end < toks.count,
               // ("former U.S. President": a country's name, not its possessive, does the same.)
               c.demonym || !toks[c.end].isApostrophe,
               roleHead(toks, c.end) != nil || roleModifier(toks, c.end) != nil {
                demonym = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, j, c.end))
                j = c.end; continue
            }
            if let (e, exp) = roleHead(toks, j) {
                // A rank after another title starts a new role ("Army Chief General Asim Munir").
                if lastHeadEnd != nil, Self.ranks.contains(Gazetteer.joinedKey(exp)) { break }
                plural = e == j + 1 ? exp.count < toks[j].text.count : exp.utf8.count + 1 == text(toks, j, e).utf8.count && text(toks, j, e).hasSuffix("s")
                pieces.append(exp); j = e
                lastHeadEnd = j; lastHeadPieces = pieces.count
                continue
            }
            if let m = roleModifier(toks, j) {
                pieces.append(text(toks, j, m)); j = m
                // "vice-chairman", "Vice-Chairman": the modifier joined to the head by a hyphen.
                if j + 1 < toks.count, toks[j].isHyphen, !toks[j].spaceBefore, !toks[j + 1].spaceBefore, roleHead(toks, j + 1) != nil || roleModifier(toks, j + 1) != nil {
                    pieces.append("-"); j += 1
                }
                continue
            }
            // "Foreign Affairs and International Trade Minister": fields joined before the head.
            // ("foreign and European affairs minister": in lower case after a lower-case start, when
            // what "and" joins is a field of several words or a capitalised one, or the title follows
            // a determiner: "a former finance and foreign minister" is two offices, "discussed trade
            // and security minister X" a subject.)
            if lastHeadEnd == nil, !pieces.isEmpty, toks[j].key == "and" {
                let lower = !toks[i].isCapitalized && !toks[i].isAllCaps
                var k = j + 1
                while k < toks.count, k < j + 4, toks[k].isCapitalized || lower && toks[k].kind == .word && !toks[k].isAllCaps,
                      gz.roleFields.contains(toks[k].key) || Self.hasFieldSuffix(toks[k].key) && !toks[k].facts.contains(.givenName),
                      roleHead(toks, k) == nil { k += 1 }
                // ("its culture and tourism minister, Sun Yeli": one word after a determiner too.)
                let joinsLower = lower && (k > j + 2 || k > j + 1 && toks[j + 1].isCapitalized
                    || k > j + 1 && i > 0 && ["its", "his", "her", "their", "as"].contains(toks[i - 1].key))
                if k < toks.count, toks[k].isCapitalized || joinsLower && toks[k].kind == .word && !toks[k].isAllCaps,
                   toks[j + 1].isCapitalized || joinsLower, roleModifier(toks, k) != nil || roleHead(toks, k) != nil {
                    pieces.append("and"); if k > j + 1 { pieces.append(text(toks, j + 1, k)) }
                    j = k; continue
                }
            }
            break
        }
        guard var headEnd = lastHeadEnd else { return nil }
        // A plural after "of" ends a body's name ("the House of Representatives", "Council of Ministers").
        if plural, i > 0, toks[i - 1].key == "of" { return nil }
        pieces = Array(pieces.prefix(lastHeadPieces))
        // "President-elect", "Prime Minister-designate": the suffix stays with the title.
        if headEnd + 1 < toks.count, toks[headEnd].isHyphen, !toks[headEnd].spaceBefore, !toks[headEnd + 1].spaceBefore,
           ["elect", "designate"].contains(toks[headEnd + 1].key) {
            pieces[pieces.count - 1] += "-" + toks[headEnd + 1].text
            headEnd += 2
        }
        // "Minister without Portfolio".
        if headEnd + 1 < toks.count, toks[headEnd].key == "without", toks[headEnd + 1].key == "portfolio" {
            pieces[pieces.count - 1] += " without " + (toks[i].isCapitalized ? "Portfolio" : "portfolio")
            headEnd += 2
        }
        j = headEnd
        // "Minister of State and Foreign Affairs", "Minister of State and Finance": a minister of
        // state's portfolio after "and" (not "… and National Security Adviser X", another office).
        if let last = pieces.last, last.lowercased().hasSuffix(" of state"), j + 1 < toks.count, toks[j].key == "and" {
            var m = j + 1
            while m < toks.count, m < j + 4, toks[m].kind == .word, toks[m].isCapitalized, gz.roleFields.contains(toks[m].key) || gz.roleModifiers.contains(toks[m].key),
                  roleHead(toks, m) == nil || gz.roleFields.contains(toks[m].key) { m += 1 }
            if m > j + 1, m == toks.count || toks[m].kind == .punct && !toks[m].isApostrophe && !toks[m].isHyphen {
                pieces.append("and " + text(toks, j + 1, m))
                j = m
            }
        }
        var evidence = demonym
        // Tail: "for Political Affairs", "of Roads and Urban Development", "of State for …", "of Iran",
        // "to Iran" (an envoy's posting: not the person's country), "of the Lok Sabha".
        var tailRounds = 0
        while j + 1 < toks.count, tailRounds < 3, ["for", "of", "to"].contains(toks[j].key) {
            tailRounds += 1
            // "Speaker of the House of Peoples' Representatives", "of the House of Federation": a
            // title ending in "House" takes the chamber's "of" tail.
            if j > 0, toks[j - 1].key == "house",
               countryAt(toks, j + 1) == nil, institutionAt(toks, j + 1) == nil, let e = ofTailEnd(toks, at: j, allowThe: true) {
                pieces.append(text(toks, j, e))
                j = e; continue
            }
            // "President of the Republic", "Vice-President of the Republic of Peru": the state as such.
            if toks[j].key == "of", j + 2 < toks.count, toks[j + 1].key == "the", toks[j + 2].key == "republic", toks[j + 2].isCapitalized,
               countryAt(toks, j + 1) == nil {
                // "Commander of the Republic of Fiji Military Forces": a body named after the state.
                if j + 4 < toks.count, toks[j + 3].key == "of", let c = countryAt(toks, j + 4), let (e, ev) = countryBody(toks, j, c) {
                    pieces.append(text(toks, j, e))
                    evidence = CountryEvidence.stronger(evidence, ev)
                    j = e; continue
                }
                pieces.append("of the Republic")
                j += 3; continue
            }
            // "Secretary-General to Parliament": the body an office serves, named by its head alone.
            if toks[j].key == "to", toks[j + 1].isCapitalized, ["parliament", "congress", "cabinet", "government", "senate", "assembly"].contains(toks[j + 1].key) {
                pieces.append(text(toks, j, j + 2))
                j += 2; continue
            }
            // "special envoy for Syria", "envoy for the Middle East": an envoy's posting is part of
            // the title, and no country of the envoy's.
            if toks[j].key == "for", let last = pieces.last?.lowercased(), Self.postingHeads.contains(where: { last.hasSuffix($0) }) {
                let q = toks[j + 1].key == "the" ? j + 2 : j + 1
                if q < toks.count, toks[q].isCapitalized, let (e, entry) = phrase(at: toks, q), entry.kind == .place || entry.kind == .country, !entry.isDemonym {
                    pieces.append(text(toks, j, e))
                    j = e; continue
                }
            }
            if let c = countryAt(toks, j + 1), !c.demonym {
                // "Commander of the Republic of Fiji Military Forces", "Chief of the Kenya Defence
                // Forces": a body named after the country is part of the title.
                if toks[j].key == "of", let (e, ev) = countryBody(toks, j, c) {
                    pieces.append(text(toks, j, e))
                    evidence = CountryEvidence.stronger(evidence, ev)
                    j = e; continue
                }
                if toks[j].key == "to" { pieces.append("to " + c.name) } else {
                    evidence = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, j, c.end))
                }
                j = c.end; continue
            }
            // "the Saudi ambassador to Washington": an envoy's posting named by its capital.
            if toks[j].key == "to", let last = pieces.last?.lowercased(), Self.envoyHeads.contains(where: { last.hasSuffix($0) }),
               let p = placeAt(toks, j + 1) {
                pieces.append(text(toks, j, p.end))
                j = p.end; continue
            }
            // "mayor of the Santiago district of Providencia": the office is the inner place's;
            // "governor of the Valparaíso region": the subdivision's head noun is the title's.
            if toks[j].key == "of", j + 3 < toks.count, toks[j + 1].key == "the", let p = placeAt(toks, j + 2), p.end < toks.count,
               toks[p.end].kind == .word, !toks[p.end].isCapitalized, Gazetteer.subdivisionHeads.contains(toks[p.end].key) {
                if p.end + 2 < toks.count, toks[p.end + 1].key == "of" {
                    let q = p.end + 2
                    var r = q
                    while r < toks.count, r < q + 3, toks[r].kind == .word, toks[r].isCapitalized, !toks[r].facts.contains(.givenName), roleHead(toks, r) == nil { r += 1 }
                    if let inner = placeAt(toks, q) { r = inner.end }
                    if r > q {
                        pieces.append(toks[j].text + " " + text(toks, q, r))
                        evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: p.country, strength: .institution, cue: p.name))
                        j = r; continue
                    }
                }
                pieces.append(text(toks, j, p.end + 1))
                evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: p.country, strength: .institution, cue: p.name))
                j = p.end + 1; continue
            }
            // "Speaker of the Lok Sabha", "Secretary-General of NATO": the body is part of the title.
            if toks[j].key == "of", let o = institutionAt(toks, j + 1), !fieldsGoOn(toks, o.end) {
                // "of the National People's Congress Standing Committee": a body of the body.
                let end = membersOfEnd(toks, at: o.end) ?? headedRunEnd(toks, from: o.end) ?? o.end
                // "of the Russian State Duma": the adjective is the country's evidence, not the title's.
                let d = toks[j + 1].key == "the" ? j + 2 : j + 1
                // ("of the Czech Army": a body every country has keeps its adjective.)
                if let c = countryAt(toks, d), c.demonym, c.end < end, phrase(at: toks, c.end)?.entry.generic != true {
                    pieces.append(text(toks, j, d) + " " + text(toks, c.end, end))
                } else {
                    pieces.append(text(toks, j, end))
                }
                // ("of the Central Military Commission of the WPK": the body it belongs to says whose.)
                if let c = o.country, !ofParty(toks, end) { evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: c, strength: .institution, cue: o.name)) }
                j = end; continue
            }
            // "Chairman of the Standing Committee of the National People's Congress", "Head of the
            // Office of the President": a body's name (capitalised words ending in a body's head noun,
            // perhaps "of" another) is part of the title.
            if toks[j].key == "of", let e = bodyNameEnd(toks, from: j + 1), !fieldsGoOn(toks, e) {
                pieces.append(text(toks, j, e))
                j = e; continue
            }
            // "head of the presidential administration", "chairman of the anti-corruption agency": a
            // title printed in lower case names its body in lower case too.
            if toks[j].key == "of", !toks[i].isCapitalized, !toks[i].isAllCaps, let e = lowerBodyEnd(toks, from: j + 1) {
                pieces.append(text(toks, j, e))
                j = e; continue
            }
            // "Governor of Sistan and Baluchestan", "Mayor of Kyiv": the place is part of the title
            // and gives the holder's country.
            if toks[j].key == "of", let p = placeAt(toks, j + 1) {
                // "of the Riyadh Region", "of Akwa Ibom State": the subdivision's head noun too.
                var end = p.end
                if end < toks.count, toks[end].isCapitalized, Gazetteer.subdivisionHeads.contains(toks[end].key) { end += 1 }
                pieces.append(text(toks, j, end))
                evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: p.country, strength: .institution, cue: p.name))
                j = end; continue
            }
            // "governor of the Littoral region", "Governor of Ahal Province": a subdivision no table
            // knows, by its head noun.
            if toks[j].key == "of" {
                var q = j + 1
                if q < toks.count, toks[q].key == "the" { q += 1 }
                var r = q
                while r < toks.count, r < q + 3, toks[r].kind == .word, toks[r].isCapitalized, !Gazetteer.subdivisionHeads.contains(toks[r].key) { r += 1 }
                if r > q, r < toks.count, toks[r].kind == .word, Gazetteer.subdivisionHeads.contains(toks[r].key) {
                    pieces.append(text(toks, j, r + 1))
                    j = r + 1; continue
                }
            }
            // "Adviser to the Prime Minister": the office an aide serves; "Secretary to the
            // Government of the Federation": the body the office serves.
            if toks[j].key == "to", j + 2 < toks.count, toks[j + 1].key == "the", toks[j + 2].isCapitalized || !toks[i].isCapitalized {
                if let (e, exp) = roleHead(toks, j + 2), e > j + 2 {
                    pieces.append("to the " + exp)
                    j = e; continue
                }
                // "a special assistant to the defence minister": a modifier before the head.
                if let r = parseRole(toks, j + 2), r.start == j + 2, r.end > j + 3, !r.title.contains(" and ") {
                    pieces.append("to the " + r.title)
                    j = r.end; continue
                }
            }
            if toks[j].key == "to", let e = bodyNameEnd(toks, from: j + 1), e > j + 2, toks[j + 1].key == "the" {
                pieces.append(text(toks, j, e))
                j = e; continue
            }
            guard toks[j].key != "to" else { break }
            // "Secretary-General of the PS", "leader of Chega": a party no table knows, by its
            // acronym or its one capitalised word, where the sentence goes on after it.
            if toks[j].key == "of" {
                var q = j + 1
                if q < toks.count, toks[q].key == "the" { q += 1 }
                // ("leader of VMRO-DPMNE": an acronym in parts joined by hyphens is one.)
                var qEnd = q + 1
                while q < toks.count, toks[q].isAllCaps, qEnd + 1 < toks.count, toks[qEnd].isHyphen, !toks[qEnd].spaceBefore, !toks[qEnd + 1].spaceBefore,
                      toks[qEnd + 1].kind == .word, toks[qEnd + 1].isAllCaps { qEnd += 2 }
                if qEnd > q + 1, qEnd == toks.count || toks[qEnd].kind == .punct && !toks[qEnd].isHyphen || !toks[qEnd].isCapitalized && !toks[qEnd].isAllCaps {
                    pieces.append(text(toks, j, qEnd))
                    j = qEnd; continue
                }
                if q < toks.count, toks[q].kind == .word, toks[q].isAllCaps || toks[q].facts.contains(.nameLike),
                   !(q + 1 < toks.count && toks[q + 1].isApostrophe),
                   !toks[q].facts.contains(.givenName), !gz.roleFields.contains(toks[q].key), !gz.roleModifiers.contains(toks[q].key),
                   countryAt(toks, q) == nil, placeAt(toks, q) == nil, roleHead(toks, q) == nil,
                   toks[q].isAllCaps ? (2...8).contains(toks[q].key.utf8.count) : q == j + 1,
                   q + 1 >= toks.count || toks[q + 1].kind == .punct && !toks[q + 1].isHyphen
                    // Not "the PASTEF party": the body's name goes on in lower case.
                    // (Nor "of Ethnic and Religious Affairs": fields joined by "and".)
                    || !toks[q + 1].isCapitalized && !toks[q + 1].isAllCaps && toks[q + 1].key != "of" && !Self.orgHeads.contains(toks[q + 1].key)
                        && !(toks[q + 1].key == "and" && q + 2 < toks.count && toks[q + 2].isCapitalized && !toks[q].isAllCaps) {
                    pieces.append(text(toks, j, q + 1))
                    j = q + 1; continue
                }
                // "Secretary General of the MPP D.Amarbayasgalan": a name right after an acronym (an
                // initial and its dot, or a given name) ends the title there; the title is said
                // without the body, whose letters the reports spell out or not.
                if q < toks.count, toks[q].kind == .word, toks[q].isAllCaps, (2...8).contains(toks[q].key.utf8.count), lastHeadEnd == j,
                   countryAt(toks, q) == nil, nameStartsAfterAcronym(toks, q + 1) {
                    acronymEnd = q + 1
                    break
                }
            }
            // "the president of Les Engagés,", "leader of Build One South Africa,", "leader of the
            // main opposition Constitutional Democratic Party of Japan,": after an office in lower
            // case, a body no table knows, by two to six capitalised words that end the clause.
            if toks[j].key == "of", !toks[i].isCapitalized, !toks[i].isAllCaps, Self.bodyOffices.contains(toks[j - 1].key) {
                if let e = unknownBodyEnd(toks, from: j + 1) {
                    pieces.append(text(toks, j, e))
                    j = e; continue
                }
                if j + 3 < toks.count, toks[j + 1].key == "the", Self.bodyDescriptions.contains(toks[j + 2].key), let e = unknownBodyEnd(toks, from: j + 3) {
                    pieces.append(text(toks, j, j + 2) + " " + text(toks, j + 3, e))
                    j = e; continue
                }
            }
            var k = j + 1
            var words: [String] = []
            // A field ("Political Affairs", "Roads and Urban Development", "State"), never a name.
            // A title printed in lower case has its field in lower case too ("minister of
            // innovation, science and industry").
            let lower = !toks[i].isCapitalized && !toks[i].isAllCaps
            func isField(_ t: Token) -> Bool {
                t.kind == .word && (t.isCapitalized || lower) && (gz.roleFields.contains(t.key) || gz.roleModifiers.contains(t.key)
                    || !t.facts.contains(.givenName) && !t.isAllCaps && Self.hasFieldSuffix(t.key))
            }
            // "Moroccan Expatriates", "Tunisians Abroad": a people's name in a field, capitalised.
            func demonymField(_ k: Int) -> Int? {
                guard k < toks.count, toks[k].isCapitalized, let c = countryAt(toks, k), c.demonym, c.end < toks.count,
                      isField(toks[c.end]) || toks[c.end].key == "abroad" && toks[c.end].isCapitalized else { return nil }
                return c.end + 1
            }
            // A capitalised word no table knows, perhaps after "the", that is not a name's or a
            // title's and ends the title: the end of the field after it.
            // After a list of fields between commas, a title in lower case may end in up to two
            // words in lower case too ("of labour, family, social affairs and equal opportunities,").
            func lastFieldEnd(_ k: Int, listed: Bool) -> Int? {
                var k = k
                if k < toks.count, toks[k].key == "the" { k += 1 }
                var e = k
                while e < toks.count, e < k + 2, toks[e].kind == .word, !toks[e].isAllCaps, !toks[e].facts.contains(.givenName),
                      roleHead(toks, e) == nil, countryAt(toks, e) == nil, skipTitles(toks, e) == e,
                      toks[e].isCapitalized || listed && lower && !Self.clauseWords.contains(toks[e].key) { e += 1 }
                guard e > k else { return nil }
                // "… for Elections and National Referendums Igor Karpenko": two capitalised words
                // end it where a given name and a name word follow; otherwise one.
                let nameFollows = e + 1 < toks.count && toks[e].facts.contains(.givenName) && toks[e].isCapitalized
                    && isNameToken(toks[e + 1]) && toks[e + 1].isCapitalized
                if e == k + 2, !lower {
                    // ("… and Communications Nguyen Manh Hung": a family name written first opens the name.)
                    if nameFollows { return gz.familyNamesFirst.contains(toks[k + 1].key) ? k + 1 : e }
                    // ("… and Religious Affairs, while": a field's word second, then the clause ends.)
                    let fieldLast = gz.roleFields.contains(toks[k + 1].key) && (e == toks.count || toks[e].kind == .punct && !toks[e].isApostrophe && !toks[e].isHyphen)
                    if !fieldLast { e = k + 1 }
                }
                // It ends the title at a comma, a full stop or the like ("… and Pensions, X"), never
                // before a word ("… and Hegseth said") or a possessive ("… and Netanyahu's").
                // An "and" that opens a clause in lower case ends it too ("… and the Environment and will serve …").
                guard e == toks.count || toks[e].kind == .punct && !toks[e].isApostrophe && !toks[e].isHyphen
                        || toks[e].key == "and" && e + 1 < toks.count && toks[e + 1].kind == .word && !toks[e + 1].isCapitalized && !toks[e + 1].isAllCaps
                else { return nil }
                return e
            }
            // "Minister of the Interior", "Minister of the Economy": one field after "the" that ends
            // the title (not "of the Trade Union", "of the Constitutional and Supreme Courts").
            if toks[j].key == "of", !lower, k + 1 < toks.count, toks[k].key == "the", toks[k + 1].isCapitalized, isField(toks[k + 1]),
               k + 2 >= toks.count || toks[k + 2].kind != .word || !toks[k + 2].isCapitalized && !toks[k + 2].isAllCaps && toks[k + 2].key != "and"
                || toks[k + 2].facts.contains(.givenName)
                // "Minister of the Interior and Public Security,": a listed field, then the last
                // one ending the title (not "of the Constitutional and Supreme Courts").
                || toks[k + 2].key == "and" && gz.roleFields.contains(toks[k + 1].key)
                    && capitalFieldList(toks, from: k + 2).map { l in !(k + 3..<l.end).contains { Self.orgHeads.contains(toks[$0].key) } } == true {
                words.append(toks[k].text); k += 1
            }
            // "minister for the environment, climate and biodiversity": in lower case, "the" before
            // a field that a list goes on from.
            else if lower, ["of", "for"].contains(toks[j].key), k + 2 < toks.count, toks[k].key == "the", !toks[k + 1].isCapitalized, isField(toks[k + 1]),
                    case let f = isField(toks[k + 2]) && !toks[k + 2].isCapitalized ? k + 3 : k + 2, f < toks.count,
                    toks[f].kind == .punct && !toks[f].isApostrophe && !toks[f].isHyphen || toks[f].key == "and" || asWellAs(toks, f) {
                words.append(toks[k].text); k += 1
            }
            while k < toks.count, toks[k].kind == .word || toks[k].isPunct(","), words.count < 8 {
                let t = toks[k]
                if t.isPunct(",") {
                    // A list of fields: a comma, a field, and an "and" before the last one.
                    // (Not another office after the comma: "minister of defence, minister of …".)
                    // "for the economy, SMEs, energy and tourism": an acronym's plural among them.
                    if !words.isEmpty, k + 2 < toks.count, case let a = toks[k + 1], a.kind == .word, a.text.utf8.count >= 3, a.text.hasSuffix("s"),
                       a.text.dropLast().allSatisfy(\.isUppercase), toks[k + 2].isPunct(","), isField(toks[k + 3 < toks.count ? k + 3 : k + 2]) {
                        words[words.count - 1] += ","; words.append(a.text); k += 2; continue
                    }
                    // "of Public Administration, Provincial Councils and Local Government": a list of
                    // capitalised groups read whole, when a field's word is among them.
                    if !lower, !words.isEmpty, fieldsGoOn(toks, k), let l = capitalFieldList(toks, from: k) {
                        for w in l.words { if w == "," { words[words.count - 1] += "," } else { words.append(w) } }
                        k = l.end; break
                    }
                    // "of employment, the economy and agriculture": "the" before a listed field.
                    if lower, !words.isEmpty, k + 3 < toks.count, toks[k + 1].key == "the", isField(toks[k + 2]), !toks[k + 2].isCapitalized,
                       roleHead(toks, k + 2) == nil, toks[k + 3].isPunct(",") || toks[k + 3].key == "and",
                       roleHead(toks, k + 4) == nil, !(k + 4 < toks.count && toks[k + 4].key == "the") {
                        words[words.count - 1] += ","; words.append(toks[k + 1].text); k += 2; continue
                    }
                    guard !words.isEmpty, k + 1 < toks.count, isField(toks[k + 1]) || demonymField(k + 1) != nil,
                          roleHead(toks, k + 1) == nil || gz.roleFields.contains(toks[k + 1].key),
                          (k + 2..<min(toks.count, k + 6)).contains(where: { toks[$0].key == "and" }) else { break }
                    words[words.count - 1] += ","; k += 1; continue
                }
                if t.key == "and" || t.isPunct("&") {
                    // "Minister of Finance and Pensions", "Minister for Climate, Energy and the
                    // Environment": in a capitalised title, the last field after "and" may be any
                    // capitalised word that ends the title.
                    if !words.isEmpty, !lower || words.contains(where: { $0.hasSuffix(",") }),
                       let e = lastFieldEnd(k + 1, listed: words.contains(where: { $0.hasSuffix(",") })) {
                        words.append(t.text); words.append(text(toks, k + 1, e)); k = e; break
                    }
                    guard !words.isEmpty, k + 1 < toks.count, isField(toks[k + 1]) || demonymField(k + 1) != nil else { break }
                    words.append(t.text); k += 1; continue
                }
                if !words.isEmpty, let e = demonymField(k) {
                    words.append(text(toks, k, e)); k = e; continue
                }
                // "Minister for Karamoja Affairs", "minister of cultural affairs": any word before "Affairs".
                guard isField(t) || k + 1 < toks.count && toks[k + 1].key == "affairs" && t.kind == .word && (t.isCapitalized || lower)
                        && !t.facts.contains(.givenName) && !t.isAllCaps && (toks[k + 1].isCapitalized || lower)
                    // "Minister of Ethnic and Religious Affairs": a first word no table lists, joined
                    // to a last field that ends the title.
                    || words.isEmpty && !lower && t.kind == .word && t.isCapitalized && !t.facts.contains(.givenName) && phrase(at: toks, k) == nil
                        && k + 2 < toks.count && toks[k + 1].key == "and"
                        && lastFieldEnd(k + 2, listed: false).map { e in gz.roleFields.contains(toks[e - 1].key) } == true else { break }
                if !words.isEmpty, roleHead(toks, k) != nil, !gz.roleFields.contains(t.key) { break }
                // "the ministers of Prime Minister X": another office of several words, not a field.
                if words.isEmpty, !gz.roleFields.contains(t.key), let h = roleHead(toks, k), h.end > k + 1 { break }
                words.append(t.text); k += 1
            }
            if lower, !words.isEmpty, let (e, more) = lowerFieldTail(toks, from: k) { words += more; k = e }
            // "Minister of Transport, Highways, Ports and Civil Aviation", "Minister of Health and
            // Mass Media": in a capitalised title, the list goes on in capitalised words no table
            // knows, when it ends after an "and" where the clause does.
            if !lower, !words.isEmpty, let (e, more) = capitalFieldList(toks, from: words.last == "and" ? k - 1 : k) {
                if words.last == "and" { words.removeLast() }
                for w in more { if w == "," { words[words.count - 1] += "," } else { words.append(w) } }
                k = e
            }
            // "minister of justice and minister of …": an "and" before another office is not the field's.
            while let last = words.last, last == "and" || last == "&" { words.removeLast(); k -= 1 }
            if words.count == 1, words[0].lowercased() == "the" { words.removeAll() }
            guard !words.isEmpty else { break }
            pieces.append(toks[j].text + " " + words.joined(separator: " "))
            j = k
        }
        // A title that is also a given name ("Amir") is a title only after "the" or a country, or
        // before an honorific ("Amir Sheikh Tamim"): "Amir Abdollahian" is a name.
        if pieces.count == 1, j == i + 1, gz.isGivenName(toks[i].key) {
            if j < toks.count, toks[j].isHyphen, !toks[j].spaceBefore { return nil }  // "Amir-Abdollahian"
            if !(i > 0 && (["the", "late", "former"].contains(toks[i - 1].key) || countryCue(toks, endingAt: i) != nil)), skipTitles(toks, j) == j { return nil }
        }
        // "a former head of the trade union movement": a head that names no office without the
        // body its tail would give, when that tail could not be read.
        if j < toks.count, toks[j].key == "of", let last = pieces.last, ["head", "member", "chief"].contains(last.lowercased()) { return nil }
        var title = pieces.joined(separator: " ")
        if Self.hasSpacedHyphen(title) { title = title.replacingOccurrences(of: " - ", with: "-") }
        // Printed in lower case, in part ("Foreign ministers Yvan Gil and …") or whole: title case.
        if Self.mayHaveLowerWord(title), let cased = Self.asciiTitleCased(title) {
            title = cased
        } else if Self.mayHaveLowerWord(title),
           title.split(separator: " ").contains(where: { $0.first?.isLowercase == true && !Self.smallTitleWords.contains($0) }) {
            title = title.split(separator: " ").map { w in Self.smallTitleWords.contains(w) ? String(w) : w.prefix(1).uppercased() + w.dropFirst() }.joined(separator: " ")
        }
        return RoleMatch(start: i, end: acronymEnd ?? j, title: title, plural: plural, evidence: evidence ?? gz.officeCountry(title))
    }
}
