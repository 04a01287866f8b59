import Foundation

/// A run of capitalised tokens that reads as a person's name.
struct NameRun {
    var start: Int
    var end: Int
    var name: PersonName
}

extension ExtractionContext {
    static let connectorsInNames = KeySet(NameFold.connectors.union(NameFold.patronymics))
    /// Titles that also stand inside names ("Hassan Sheikh Mohamud").
    static let titlesInsideNames: Set<String> = ["sheikh", "shaikh", "shaykh"]
    static let determiners: Set<String> = ["the", "its", "his", "her", "their", "our"]
    /// Verbs whose object a plural title may be without naming its holders ("told MPs X had …").
    static let tellingVerbs: Set<String> = ["told", "tells", "tell", "assured", "assures", "warned", "warns", "informed", "informs", "briefed",
                                            "urged", "urges", "asked", "asks", "reminded", "addressed", "addresses"]
    /// Honorifics that say no office, which a plural title's list may skip ("Vice Presidents A and Cde B").
    static let plainHonorifics: Set<String> = ["cde", "comrade", "dr", "mr", "mrs", "ms", "prof", "hon"]
    /// Endings of abstract nouns that no family name has.
    static let abstractEndings = ["ness", "tion", "tions", "ment", "ments", "ship"]
    static let copulas: Set<String> = ["is", "was"]
    static let holderAdjectives: Set<String> = ["new", "current", "incoming", "outgoing", "newly-appointed"]
    static let openQuotes: Set<String> = ["\"", "“", "'", "‘"]
    static let closeQuotes: Set<String> = ["\"", "”", "'", "’"]
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "noted", "remarked", "stressed", "emphasised", "emphasized",
        "urged", "announced", "tweeted", "wrote", "warned", "insisted", "explained", "asserted", "reiterated",
        "highlighted", "underscored", "met", "meets", "visited", "called", "welcomed", "expressed", "thanked",
        "maintained", "claimed", "argued", "condemned", "praised",
    ]

    /// Could this token be part of a person's name?
    func isNameToken(_ t: Token) -> Bool { t.facts.contains(.nameLike) }

    /// A body's name without the acronym printed after it: "Rapid Support Forces (RSF)" →
    /// "Rapid Support Forces".
    static func withoutAcronyms(_ s: String) -> String {
        guard s.contains("(") else { return s }
        var out = s
        func isAcronym(_ a: Substring) -> Bool {
            if a.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" }) { return true }
            // "(NSi)", "(FF Plus)": a party's acronym with a few small letters.
            let capitals = a.filter(\.isUppercase).count, small = a.filter(\.isLowercase).count
            return a.first?.isUppercase == true && capitals >= 2 && small <= capitals && a.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
        }
        while let open = out.range(of: " ("), let close = out[open.upperBound...].firstIndex(of: ")"), isAcronym(out[open.upperBound..<close]) {
            out.removeSubrange(open.lowerBound...close)
        }
        return out
    }

    /// Offices a party gives, which a party's name may stand before in lower case.
    /// Honorific titles at `i` ("Dr.", "Ayatollah", "Mr"): the index after them.
    func skipTitles(_ toks: [Token], _ i: Int) -> Int {
        var j = i
        while j < toks.count {
            // Myanmar's "U" before two name words, with no dot ("U Win Myint"; "U.Khurelsukh" is an initial).
            if toks[j].text == "U", j + 2 < toks.count, toks[j + 1].spaceBefore,
               (j + 1...j + 2).allSatisfy({ toks[$0].kind == .word && toks[$0].isCapitalized && !toks[$0].isAllCaps && isNameToken(toks[$0]) }),
               !(j + 1...j + 2).contains(where: { Self.orgHeads.contains(toks[$0].key) || Self.placeHeads.contains(toks[$0].key) || Gazetteer.subdivisionHeads.contains(toks[$0].key) }) {
                j += 1; continue
            }
            guard toks[j].facts.contains(.titleFirst), toks[j].isCapitalized else { break }
            var n = j + 1
            var key = toks[j].key
            if n < toks.count, toks[n].kind == .word, gz.titles[key + " " + toks[n].key] != nil { key += " " + toks[n].key; n += 1 }
            guard gz.titles[key] != nil else { break }
            if n < toks.count, toks[n].isPunct("."), !toks[n].spaceBefore { n += 1 }
            j = n
        }
        return j
    }

    static let frenchPluralEndings = ["és", "ées", "ains", "aines", "istes", "aux", "iens", "ais"]

    /// True when the tokens before `mark` ("/" or ":") are a photo's credit opening a parenthesis
    /// or its block: "(AP Photo/", "(Photo:", "Photo:".
    static func photoCredit(_ toks: [Token], before mark: Int) -> Bool {
        var j = mark - 1, sawPhoto = false
        while j >= 0, j >= mark - 4 {
            let t = toks[j]
            if t.kind == .word, ["photo", "photos", "picture", "pictures", "photograph"].contains(t.key) { sawPhoto = true }
            if t.isPunct("(") { return sawPhoto }
            if t.kind == .punct { return false }
            j -= 1
        }
        return sawPhoto && j < 0
    }

    mutating func addPerson(_ b: Int, _ run: NameRun, rule: String, roles: [String], evidence: CountryEvidence?, anchored: Bool) {
        var c = Candidate(block: b, start: run.start, end: run.end, range: range(b, run.start, run.end), kind: .person,
                          name: text(b, run.start, run.end), priority: gz.priority(of: rule), rule: rule, country: evidence?.country)
        c.evidence = evidence
        c.roles = roles
        c.person = run.name
        c.anchored = anchored
        candidates.append(c)
    }

    /// Where a place a pattern found ends at `i` in block `b` ("West Java governor", "Kibwezi West
    /// MP") starts. By index: a loop over the candidates themselves copies each one.
    func patternPlace(endingAt i: Int, in b: Int) -> Int? {
        for n in candidates.indices where candidates[n].end == i && candidates[n].block == b && candidates[n].kind == .place { return candidates[n].start }
        return nil
    }

    /// 1. Title-anchored: "Iranian Deputy FM Araghchi", "President of Iran Dr. Masoud Pezeshkian",
    /// "Chief of Army Staff (COAS), General Syed Asim Munir", "DPM/FM Senator Ishaq Dar": the person
    /// the title `role` at `i` names, if any; `i` and `covered` move past what was read.
    mutating func titleAnchoredPerson(_ b: Int, _ toks: [Token], _ role: RoleMatch, _ i: inout Int, _ covered: inout Int,
                                      bodyWords: Set<String>, orgEnding: [Int: Int], orgEndingAfter: [Int: Int]) {
        // "… takes over as Foreign Secretary and President-elect X": an office a
        // predicate gives the name before it anchors no name after it.
        // ("The Taliban-appointed foreign minister X": a participle joined to a word by a hyphen
        // describes the office.)
        if i > 0, toks[i - 1].kind == .word, Self.predicateAnchors.contains(toks[i - 1].key), !(i >= 2 && toks[i - 2].isHyphen && !toks[i - 1].spaceBefore),
           !(role.end < toks.count && (isNameToken(toks[role.end]) || skipTitles(toks, role.end) > role.end)) {
            i = max(i, role.end - 1)
            return
        }
        // "…, B Minister of Finance, C Minister of Interior": the name before the title holds it.
        if let s = gappedListName(toks, i), s >= covered, let run = nameRun(b, s, bodyWords: bodyWords), run.end == i {
            addPerson(b, run, rule: "predicate", roles: [role.title], evidence: role.evidence, anchored: true)
        }
        var roles = [role.title]
        var evidence = CountryEvidence.stronger(role.evidence, countryCue(toks, endingAt: i)?.evidence ?? placeCue(toks, endingAt: i, title: role.title))
        // The body the title belongs to is part of it: "Kremlin spokesman", "NATO Secretary-General".
        // A party or body a pattern found ("People's Party leader", "Seimas Speaker"); the
        // longer of the two when the pattern's is one run of capitalised words ("Social
        // Democratic Alliance leader", not "Democratic Alliance leader").
        let body = institutionBefore(toks, i), pattern = orgEnding[i] ?? orgEndingAfter[i]
        let party = body == nil && pattern == nil ? partyBefore(toks, i) : nil
        if let p = party {
            candidates.append(Candidate(block: b, start: p, end: i, range: range(b, p, i), kind: .organization, name: text(toks, p, i),
                                        priority: gz.priority(of: "party-name"), rule: "party-name", country: nil))
        }
        // "UN Libya envoy", "US Iran envoy": a country's name between a body or another country
        // and an envoy's title is the posting; the words before it say whose envoy.
        if body == nil, pattern == nil, Self.envoyHeads.contains(where: { role.title.lowercased().hasSuffix($0) }),
           let cue = countryCue(toks, endingAt: i), let c = countryAt(toks, cue.start), !c.demonym, c.end == i, cue.start > 0 {
            if let before = countryCue(toks, endingAt: cue.start) {
                evidence = CountryEvidence.stronger(role.evidence, before.evidence)
            } else if let (e, entry) = phrase(at: toks, cue.start - 1), e == cue.start, entry.kind == .organization, entry.country == nil {
                evidence = role.evidence
                roles[0] = text(toks, cue.start - 1, cue.start) + " " + role.title
            }
        }
        var start = body ?? pattern ?? party
        if let s = body, let p = pattern, p < s, toks[p..<i].allSatisfy({ $0.kind != .word || $0.isCapitalized || $0.isAllCaps }) { start = p }
        // "VMRO-DPMNE leader": the hyphenated parts before the body's are the body's too.
        if let s = start { start = Self.hyphenatedCapitalsStart(toks, s) }
        if let start { roles[0] = Self.withoutAcronyms(text(toks, start, i)) + " " + role.title }
        // "Punjab Chief Minister", "Kaduna State Governor": a region's name before the title is part
        // of it (a country's is evidence only).
        else if countryCue(toks, endingAt: i) == nil,
                case let found = i > 0 && toks[i - 1].isCapitalized ? patternPlace(endingAt: i, in: b) : nil,
                let s = stride(from: i - 1, through: max(0, i - 4), by: -1).first(where: { s in phrase(at: toks, s).map { $0.entry.kind == .place && $0.end == i } ?? false
                    || s == found }),
                toks[s].isCapitalized, !(s > 0 && toks[s - 1].isApostrophe) {
            // "Former West Java governor": the tenure before the region stays with the office.
            let from = s > 0 && Self.tenureModifiers.contains(toks[s - 1].key) ? s - 1 : s
            let region = text(toks, from, i)
            roles[0] = region.prefix(1).uppercased() + region.dropFirst() + " " + role.title
        }
        // A national body a title opens inside its name gives its country ("White House Press Secretary").
        if body == nil, orgEnding[i] == nil, let p = pattern,
           let o = candidates.first(where: { $0.kind == .organization && $0.block == b && $0.start == p && $0.end == i + 1 }), let c = o.country {
            evidence = CountryEvidence.stronger(evidence, CountryEvidence(country: c, strength: .institution, cue: o.name))
        }
        // "Pakistan's Foreign Office spokesperson", "China's Taiwan Affairs Office spokesperson":
        // the country before the body is the holder's.
        if let s = start, s < i, let cue = countryCue(toks, endingAt: s) { evidence = CountryEvidence.stronger(evidence, cue.evidence) }
        var k = role.end
        var rule = "title"
        var officeAfterComma = false
        var saidOfNameBefore: Bool?
        var steps = 0
        while k < toks.count, steps < 6 {
            steps += 1
            // "(COAS)"
            if toks[k].isPunct("("), k + 2 < toks.count, toks[k + 2].isPunct(")"), toks[k + 1].isAllCaps { k += 3; continue }
            // "Chairman of the State Great Khural (Parliament) G.Zandanshatar": a word in brackets
            // that glosses the title, then the name.
            if toks[k].isPunct("("), k + 3 < toks.count, toks[k + 2].isPunct(")"), toks[k + 1].kind == .word, toks[k + 1].isCapitalized,
               isNameToken(toks[k + 3]) { k += 3; continue }
            // "Deputy Governor (Operations Directorate), Mr …": a short note in parentheses.
            if toks[k].isPunct("("), let close = (k + 1..<min(toks.count, k + 8)).first(where: { toks[$0].isPunct(")") }),
               close + 1 < toks.count, toks[close + 1].isPunct(",") { k = close + 1; continue }
            // "Deputy Prime Minister/Foreign Minister"
            // "Deputy Prime Minister and Foreign Minister Ishaq Dar": both are his.
            if toks[k].isPunct("/") || toks[k].key == "and", let r = parseRole(toks, k + 1), r.start == k + 1 {
                roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence); k = r.end; continue
            }
            // "…, General Syed Asim Munir" after a comma
            // Not when the title is itself said of a name before it ("Hakan Fidan, Minister
            // of Foreign Affairs, Mehmet Şimşek, …", "Cooper becomes Home Secretary, Lammy …").
            if toks[k].isPunct(","), k + 1 < toks.count, !(saidOfNameBefore ?? titleSaidOfNameBefore(toks, i)) {
                saidOfNameBefore = false
                let n = skipTitles(toks, k + 1)
                if let r = parseRole(toks, n), r.start == n {
                    roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence); k = r.end; rule = "apposition"
                    if !Self.ranks.contains(r.title.lowercased()) { officeAfterComma = true }
                    continue
                }
                if nameRun(b, n, bodyWords: bodyWords, afterTitle: true).map({ $0.name.words.count >= 2 || !$0.name.particles.isEmpty }) == true { k = n; rule = "apposition"; continue }
                break
            }
            let n = skipTitles(toks, k)
            if n > k { k = n; continue }
            if let r = parseRole(toks, k), r.start == k, r.end > k { roles.append(r.title); evidence = CountryEvidence.stronger(evidence, r.evidence); k = r.end; continue }
            // "The new interior minister is X": the name the copula gives the title.
            if k == role.end, Self.copulas.contains(toks[k].key), k + 1 < toks.count, isNameToken(toks[k + 1]) { k += 1; rule = "predicate" }
            break
        }
        // "Chairman Senate Yousuf Raza Gilani": modifiers after the head still belong to the title.
        var k2 = k
        while k2 < toks.count, toks[k2].isCapitalized, skipTitles(toks, k2) == k2, let m = roleModifier(toks, k2) { k2 = m }
        if k2 > k, k2 < toks.count, nameRun(b, k2, bodyWords: bodyWords) != nil {
            roles[roles.count - 1] += " " + text(toks, k, k2)
            k = k2
        }
        // A place's word may open the name after a capitalised title, or after a title's comma ("a
        // former governor of Zamfara State, Bello Matawalle").
        if k < toks.count, let run = nameRun(b, k, bodyWords: bodyWords, afterTitle: toks[(start ?? role.start)..<role.end].contains { $0.isCapitalized }
                                                || toks[role.end].isPunct(",")) {
            let capitalised = toks[role.start..<role.end].contains { $0.isCapitalized || $0.isAllCaps }
            // A lower-case title needs the name right after it ("defence minister Aziz …"),
            // or a determiner before it and a full name after its comma ("the party's
            // chairwoman, Vilija Blinkevičiūtė", "Its leader, Natthaphong Ruengpanyawut").
            // ("The PP leader, Alberto Núñez Feijóo,": the determiner before the party's name.)
            var first = start ?? role.start
            // "The Greek premier, X": a demonym between the determiner and the title.
            if let cue = countryCue(toks, endingAt: first), let c = countryAt(toks, cue.start), c.demonym, c.end == first {
                first = toks[cue.start].key == "the" ? cue.start + 1 : cue.start
            }
            // "the new interior minister", "its current chairman".
            if first > 1, Self.holderAdjectives.contains(toks[first - 1].key) { first -= 1 }
            // "the two foreign ministers, A of Ethiopia and B of Somalia".
            if role.plural, first > 1, Self.countWords.contains(toks[first - 1].key) { first -= 1 }
            // ("a former governor of Zamfara State, Bello Matawalle": "a" before a past office.)
            let determined = first > 0 && (Self.determiners.contains(toks[first - 1].key)
                || ["a", "an"].contains(toks[first - 1].key) && Self.tenureModifiers.contains(toks[first].key)
                || (first > 1 && toks[first - 1].key == "s" && toks[first - 2].isApostrophe)
                || (first > 1 && possessiveEnd(toks, first - 1) == first))
            let copula = rule == "predicate" && run.start == role.end + 1 && Self.copulas.contains(toks[role.end].key)
            if copula, !(determined && run.name.words.count >= 2) { i = max(i, role.end - 1); return }
            // "Leader of Government Business in Parliament", "Minister for General Duties": one word
            // after a title's "of" or "for" tail, printed nowhere else in the article, ends the
            // office's name rather than naming its holder: an abstract noun ("-ness", "-tion",
            // "-ment"), or a plural in "-ies" after a word that only qualifies ("Minister of
            // Finance Mbadi", "Minister for Energy Lawrence", "Chief of General Staff Torres" name them).
            if run.name.words.count == 1, run.name.particles.isEmpty, run.start == role.end, role.title.contains(" of ") || role.title.contains(" for "),
               case let key = toks[run.start].key,
               Self.abstractEndings.contains(where: { key.hasSuffix($0) }) && key.utf8.count >= 7
                || key.hasSuffix("ies") && !(gz.wordFacts[toks[role.end - 1].key] ?? []).isDisjoint(with: [.roleModifier, .roleHead]),
               timesPrinted(toks[run.start].text) == 1 {
                i = max(i, role.end - 1); return
            }
            if oneWordOfLongerName(toks, run) { i = max(i, role.end - 1); return }
            // ("In a letter to MPs, Speaker X said": a plural before a comma is no one's title, unless
            // counted or determined: "two former Prime Ministers, Sir X, …".)
            let listed = determined || role.start > 0 && (Self.countWords.contains(toks[role.start - 1].key) || Self.determiners.contains(toks[role.start - 1].key))
            // ("Starmer told MPs Donald Trump had agreed": whom a plural was told names no holder.)
            if role.plural, role.start > 0, Self.tellingVerbs.contains(toks[role.start - 1].key) { i = max(i, role.end - 1); return }
            // ("army chief General Asim Munir": a capitalised rank between a lower-case title and the name.)
            let rankBetween = run.start > role.end && toks[role.end].isCapitalized
                && parseRole(toks, role.end).map { $0.end == run.start && Self.ranks.contains(Gazetteer.joinedKey($0.title)) } == true
            if copula || (capitalised && rule != "predicate" && !(role.plural && !listed && toks[role.end].isPunct(","))) || run.start == role.end || (run.start > role.end && skipTitles(toks, role.end) == run.start)
                || rankBetween
                || (determined && toks[role.end].isPunct(",") && run.name.words.count >= 2 && (run.start == role.end + 1
                    // "Sudan's army chief, Lt. Gen. X": a rank between the comma and the name.
                    || !role.plural && !officeAfterComma && rule == "apposition" && run.start == k && !role.title.lowercased().hasSuffix("leader"))) {
                addPerson(b, run, rule: rule, roles: roles, evidence: evidence, anchored: true)
                covered = run.end
                i = run.end - 1
                // "Foreign Ministers Sameh Shoukry and Hakan Fidan", "Foreign ministers Yvan Gil of
                // Venezuela and Hugh Todd of Guyana": a plural title, each name (the country
                // after each is read with the name's roles).
                var last = run.end
                var listed = 0
                while role.plural, listed < 5 {
                    var e = last
                    if e + 1 < toks.count, toks[e].key == "of", let k = countryAt(toks, e + 1), !k.demonym { e = k.end }
                    // (Honorifics that say no office: "… and Datuk Seri Fadillah Yusof".)
                    guard e + 1 < toks.count, toks[e].key == "and" || toks[e].isPunct(","),
                          case let after = skipTitles(toks, e + 1),
                          let next = nameRun(b, Self.plainHonorifics.contains(toks[e + 1].key)
                                                || after > e + 1 && (e + 1..<after).allSatisfy({ parseRole(toks, $0) == nil }) ? after : e + 1, bodyWords: bodyWords),
                          next.name.words.count >= 2 || !next.name.particles.isEmpty else { break }
                    addPerson(b, next, rule: rule, roles: roles, evidence: evidence, anchored: true)
                    covered = next.end
                    i = next.end - 1
                    last = next.end
                    listed += 1
                    if toks[e].key == "and" { break }
                }
                return
            }
        }
        i = max(i, role.end - 1)
        return
    }

    mutating func findPeople() {
        var bodyWords = Set<String>()
        for bt in blocks where !bt.titleCase {
            for n in bt.tokens.indices where bt.tokens[n].isCapitalized && n > 0 && bt.tokens[n - 1].sentence == bt.tokens[n].sentence { bodyWords.insert(bt.tokens[n].text) }
        }
        // Where the organizations the patterns found end, per block: their start.
        var orgEnding = [[Int: Int]](repeating: [:], count: blocks.count)
        // And where a title's first word is the last of a body's name ("Constitutional Council
        // President", "White House Press Secretary"): the body's start.
        var orgEndingAfter = [[Int: Int]](repeating: [:], count: blocks.count)
        // Where organizations start, per block (a name's affiliation after "of the").
        var orgStarts = [Set<Int>](repeating: [], count: blocks.count)
        for n in candidates.indices where candidates[n].kind == .organization && candidates[n].start < candidates[n].end {
            let (b, s, e) = (candidates[n].block, candidates[n].start, candidates[n].end)
            orgEnding[b][e] = s
            if e - s >= 2 { orgEndingAfter[b][e - 1] = s }
            orgStarts[b].insert(s)
        }
        for b in blocks.indices {
            let credits = creditTokens(blocks[b].tokens)
            let toks = blocks[b].tokens
            var i = 0
            var covered = 0  // tokens before this index already belong to a found person
            while i < toks.count {
                defer { i += 1 }
                guard i >= covered, toks[i].kind == .word else { continue }
                // "(Reporting by A; Editing by B)", "Writer C contributed to this report": the report's
                // credits name no one it is about.
                // The credit's names only: capitalised words, and more after "and" or a comma.
                if toks[i].isCapitalized, credits.contains(i) || i >= 2 && toks[i - 1].key == "by" && toks[i - 2].isCapitalized && Self.creditWords.contains(toks[i - 2].key) {
                    while i + 1 < toks.count, toks[i + 1].kind == .word && toks[i + 1].isCapitalized
                            || i + 2 < toks.count && (toks[i + 1].key == "and" || toks[i + 1].isPunct(",")) && toks[i + 2].isCapitalized && toks[i + 2].kind == .word { i += 1 }
                    covered = i + 1
                    continue
                }
                // "(AP Photo/Moises Castillo)", "Photo: Jane Doe": a photographer's credit names no one the report is about.
                // The credit ends its parenthesis or block ("Photo: Senate President X taking the oath"
                // is a caption, which names people).
                if i >= 2, toks[i - 1].kind == .punct, toks[i - 1].text == "/" || toks[i - 1].text == ":", Self.photoCredit(toks, before: i - 1) {
                    var e = i
                    while e + 1 < toks.count, toks[e + 1].kind == .word, toks[e + 1].isCapitalized { e += 1 }
                    // "(AP Photo/Evan Vucci, File)": a file mark after the credit's comma.
                    let fileMark = e + 3 < toks.count && toks[e + 1].isPunct(",") && toks[e + 2].key == "file" && toks[e + 3].isPunct(")")
                    // "Photo: President William Ruto": a caption naming an official, not a credit.
                    if parseRole(toks, i) == nil, skipTitles(toks, i) == i,
                       fileMark || e + 1 >= toks.count || toks[e + 1].kind == .punct && [")", "/", "|", "."].contains(toks[e + 1].text) && (e + 2 >= toks.count || toks[e + 1].text != ".") {
                        covered = e + 1; i = e
                        continue
                    }
                }
                // 1. Title-anchored: "Iranian Deputy FM Araghchi", "President of Iran Dr. Masoud Pezeshkian",
                //    "Chief of Army Staff (COAS), General Syed Asim Munir", "DPM/FM Senator Ishaq Dar".
                if let role = parseRole(toks, i), i == 0 || !(toks[i - 1].kind == .word && toks[i - 1].isCapitalized && roleModifier(toks, i - 1) != nil
                                                                  && parseRole(toks, i - 1) != nil) {
                    titleAnchoredPerson(b, toks, role, &i, &covered, bodyWords: bodyWords, orgEnding: orgEnding[b], orgEndingAfter: orgEndingAfter[b])
                    continue
                }
                // 1b. "his Ukrainian counterpart Dmytro Kuleba": the counterpart's country, no role.
                //     "his visiting counterpart Abdel Fattah al-Sisi": a visitor, of the report's other country.
                let visiting = i > 0 && toks[i - 1].key == "visiting"
                if toks[i].facts.contains(.relational), case let cue = countryCue(toks, endingAt: i), cue != nil || visiting {
                    var n = i + 1
                    if n < toks.count, toks[n].isPunct(",") { n += 1 }
                    n = skipTitles(toks, n)
                    if n < toks.count, let run = nameRun(b, n, bodyWords: bodyWords), run.name.words.count >= 2 || !run.name.particles.isEmpty {
                        // A counterpart holds the same office as the sentence's first official, whose
                        // counterpart it is ("Foreign Minister A met his Ukrainian counterpart B").
                        let sentence = toks[i].sentence
                        let office = candidates.first { $0.kind == .person && $0.block == b && $0.end <= i && toks[$0.start].sentence == sentence && !$0.roles.isEmpty }
                            .flatMap { c in c.roles.first { Corpus.heldOffice($0) != nil }.flatMap(Corpus.heldOffice) }
                        addPerson(b, run, rule: "counterpart", roles: [], evidence: cue?.evidence, anchored: true)
                        if cue == nil { candidates[candidates.count - 1].visitor = true }
                        // The office, not one country's list of portfolios ("Minister of Foreign Affairs,
                        // African Cooperation and Moroccan Expatriates").
                        if let office { candidates[candidates.count - 1].impliedRoles = [String(office.split(separator: ",").first ?? Substring(office))] }
                        covered = run.end; i = run.end - 1
                        continue
                    }
                }
                // 2. Honorific title: "Mr Ali Raza", "Dr. Ahmed".
                let afterTitle = skipTitles(toks, i)
                // ("the Datuk Keramat seat": a constituency named after a person, not the person.)
                if afterTitle > i, let run = nameRun(b, afterTitle, bodyWords: bodyWords, afterTitle: true),
                   !(i > 0 && toks[i - 1].key == "the" && run.end < toks.count && Self.seatWords.contains(toks[run.end].key)) {
                    // "His Majesty King Maha Vajiralongkorn": an office among the honorifics.
                    var offices: [String] = []
                    var j = i + 1
                    while j < afterTitle {
                        if let r = parseRole(toks, j), r.start == j, r.end > j, r.end <= afterTitle { offices.append(r.title); j = r.end } else { j += 1 }
                    }
                    addPerson(b, run, rule: "honorific", roles: offices, evidence: countryCue(toks, endingAt: i)?.evidence, anchored: true)
                    covered = run.end; i = run.end - 1
                    continue
                }
                // 3. A name that starts like a name: a given name or a particle, two words at least.
                let t = toks[i]
                let startsRun = i == 0 || !(toks[i - 1].kind == .word && isNameToken(toks[i - 1]))
                // "AF Hassan Arif": initials before a known given name lead the name.
                let initialsLead = !isNameToken(t) && leadingInitials(toks, i)
                guard startsRun, isNameToken(t) || t.facts.contains(.particle) || initialsLead else { continue }
                // An article before capitalised words makes them a thing's name, not a person's:
                // "the Holy Quran", "an Amiri Order", "the Amiri Diwan".
                if i > 0, ["the", "a", "an"].contains(toks[i - 1].key), !toks[i - 1].isCapitalized { continue }
                // French's plural article before a plural noun is a body's name ("Les Engagés", "Les
                // Républicains"), not the given name Les.
                if t.key == "les", i + 1 < toks.count, case let next = toks[i + 1].text.lowercased(), Self.frenchPluralEndings.contains(where: { next.hasSuffix($0) }) { continue }
                // Rules 3 to 5 read the same name at i: read it once.
                // After a country's possessive, a place's one word may open a name ("Paraguay's Santiago Peña").
                // ("Mauritius' Pravind Jugnauth": a name ending in s takes the apostrophe alone.)
                let possessive = i >= 2 && (toks[i - 1].key == "s" && toks[i - 2].isApostrophe || toks[i - 1].isApostrophe) && countryCue(toks, endingAt: i) != nil
                let runHere = nameRun(b, i, bodyWords: bodyWords, afterTitle: possessive)
                let lead = initialsLead ? toks[i + 1] : t
                if !lead.facts.isDisjoint(with: [.givenName, .particle, .widerGivenName]), let run = runHere,
                   run.name.words.count >= 2 || (!run.name.particles.isEmpty && !run.name.words.isEmpty),
                   !lead.facts.contains(.widerGivenName) || plainNameWords(toks, run.start, run.end), !landmarkInPlace(toks, run) {
                    let evidence = CountryEvidence.stronger(appositionRole(toks, run.end)?.1, countryCue(toks, endingAt: i)?.evidence)
                    addPerson(b, run, rule: "given-name", roles: appositionRoles(toks, run.end), evidence: evidence, anchored: false)
                    covered = run.end; i = run.end - 1
                    continue
                }
                // 4. A name followed by its role: "Ishaq Dar, Pakistan's foreign minister, said".
                //    "Israel Katz, the new energy minister": a country's or place's one word may open
                //    a name of two words that an office follows.
                let opensWithPlace = runHere == nil && !blocks[b].titleCase && phrase(at: toks, i).map { $0.end == i + 1 && !$0.entry.isDemonym } == true
                // ("Kenya Airways, the transport minister said": a body's word, or an attribution.)
                if !blocks[b].titleCase, let run = runHere ?? (opensWithPlace ? nameRun(b, i, bodyWords: bodyWords, afterTitle: true).flatMap {
                       $0.name.words.count == 2 && plainNameWords(toks, i + 1, $0.end) ? $0 : nil } : nil),
                   run.name.words.count >= 2, let (role, evidence) = appositionRole(toks, run.end),
                   runHere != nil || !(role.end < toks.count && Self.speechVerbs.contains(toks[role.end].key)) {
                    addPerson(b, run, rule: "apposition-after", roles: [role.title], evidence: evidence, anchored: true)
                    covered = run.end; i = run.end - 1
                    continue
                }
                // 4b. A name a predicate gives an office: "Duma Gideon Boko has been inaugurated as
                //     Botswana's sixth president".
                //     "Bishnu Prasad Paudel of the CPN-UML as Deputy Prime Minister": a party between.
                //     "Frank Peeters (Vooruit) stays on as …": a party in brackets between.
                if !blocks[b].titleCase, let run = runHere, run.name.words.count >= 2, case let next = skipParenthesis(toks, run.end),
                   next < toks.count, toks[next].kind == .word, let role = predicateRole(toks, afterAffiliation(toks, run.end)) {
                    // "succeeds Tea Banh as defence minister": the office is the subject's.
                    addPerson(b, run, rule: "predicate", roles: followsSuccessionVerb(toks, run.start) ? [] : [role.title], evidence: role.evidence, anchored: true)
                    covered = run.end; i = run.end - 1
                    continue
                }
                // 4c. A name after its country's possessive: "China's Xi Jinping and India's …" (two or
                //     three words, none an organization's or a place's head, no phrase a table knows).
                if possessive, !blocks[b].titleCase, let run = runHere, isPossessiveName(toks, run) {
                    addPerson(b, run, rule: "given-name", roles: appositionRoles(toks, run.end),
                              evidence: CountryEvidence.stronger(appositionRole(toks, run.end)?.1, countryCue(toks, endingAt: i)?.evidence), anchored: false)
                    covered = run.end; i = run.end - 1
                    continue
                }
                // 5. Two capitalised words before or after a speech verb: "Ali Raza said", "said Ali Raza";
                //    or before a clause about a person: "Pat McFadden, who ran the campaign".
                if !blocks[b].titleCase, let run = runHere, run.name.words.count >= 2 {
                    let before = i > 0 && Self.speechVerbs.contains(toks[i - 1].key)
                    let afterIdx = run.end < toks.count && toks[run.end].isPunct(",") ? run.end + 1 : run.end
                    let after = afterIdx < toks.count && Self.speechVerbs.contains(toks[afterIdx].key)
                    let who = afterIdx > run.end && afterIdx < toks.count && ["who", "whose"].contains(toks[afterIdx].key) && run.name.words.count <= 3
                    // "his wife Ngo Thi Man", "led by Velenkosini Hlabisa", "Yamandú Orsi took the oath",
                    // "Edgard Leblanc Fils, Smith Augustin and …": a person's context, or a list of people.
                    let context = run.name.words.count <= 3 && phrase(at: toks, i) == nil
                        && (personContextBefore(toks, i) || personPredicateAfter(toks, run.end) || followsPersonInList(b, toks, i) || occupationBefore(toks, run)
                            || precedesPersonInList(toks, run.start, run.end))
                    // "Călin Georgescu had come first": a family name's ending ("-escu", "-enko", "-yan")
                    // on the last of two or three words.
                    // No word of it a place's, a body's or a landmark's ("Bayer Leverkusen", "Narodna Banka …").
                    let ending = run.name.words.count <= 3 && NameEndings.shared.marksFamilyName(toks[run.end - 1].key)
                        && plainNameWords(toks, run.start, run.end)
                    // "Frank Habineza of the Democratic Green Party": a name, then "of" and a body found there.
                    // Not a thing's name after a number or an article ("the 37th Ordinary Session of the Assembly").
                    let affiliated = run.name.words.count <= 3 && !(i > 0 && (toks[i - 1].text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true || ["the", "a", "an"].contains(toks[i - 1].key)))
                        && ofOrganization(toks, run, orgStarts: orgStarts[b])
                    // "Eddy van Hijum (NSC) and …": a party's acronym in brackets that is not the
                    // name's own initials ("Democratic Green Party (DGP)"), then "and" or a comma.
                    let bracketParty = run.name.words.count <= 3 && partyInBrackets(toks, run)
                    // "Lawmakers elected Nguyen Chi Dung,": a family name written first, then two
                    // given syllables.
                    let familyFirst = run.end - run.start == 3 && gz.familyNamesFirst.contains(toks[run.start].key)
                        && isGivenSyllable(toks, run.start + 1, longest: 5) && isGivenSyllable(toks, run.start + 2, longest: 5) && plainNameWords(toks, run.start, run.end)
                    // ("Acme Holdings said": a company's word ends no person's name.)
                    if before || after || who || context || ending || affiliated || bracketParty || familyFirst,
                       !Self.companyHeads.contains(toks[run.end - 1].key) {
                        addPerson(b, run, rule: "speech-verb", roles: appositionRoles(toks, run.end),
                                  evidence: CountryEvidence.stronger(appositionRole(toks, run.end)?.1, countryCue(toks, endingAt: i)?.evidence), anchored: false)
                        covered = run.end; i = run.end - 1
                    }
                }
            }
        }
    }
}
