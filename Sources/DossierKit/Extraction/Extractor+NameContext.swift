import Foundation

/// Where a sentence says that capitalised words no list knows are a person's name (kin, the agent
/// of a leadership, a predicate only people take, a list of people), and the party a title names
/// before it.
extension ExtractionContext {
    /// "Minister of Niger Delta Affairs", "the Syria Civil Defence", "the Climate Action Summit":
    /// one word after a title, before a field's, a body's, a place's or an event's capitalised head
    /// word, is part of that longer name, not a person's.
    func oneWordOfLongerName(_ toks: [Token], _ run: NameRun) -> Bool {
        guard run.name.words.count == 1, run.name.particles.isEmpty, run.end < toks.count, toks[run.end].kind == .word, toks[run.end].isCapitalized
        else { return false }
        let next = toks[run.end].key
        return gz.roleFields.contains(next) || Self.orgHeads.contains(next) || Self.placeHeads.contains(next) || Self.eventWords.contains(next)
            || ["summit", "conference"].contains(next)
    }

    /// Words before a name that only a person follows: kin ("his wife", "her son") and the agent
    /// of a leadership ("led by", "headed by", "succeeded by").
    func personContextBefore(_ toks: [Token], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, toks[k].isPunct(",") { k -= 1 }
        guard k >= 1, toks[k].kind == .word else { return false }
        // ("his wife X", "Solih's niece, X")
        if Self.kinWords.contains(toks[k].key) {
            return ["his", "her", "their", "and"].contains(toks[k - 1].key) || k >= 2 && toks[k - 1].key == "s" && toks[k - 2].isApostrophe
        }
        // "a decree naming X", "he succeeds X": whom an office passes to or from.
        if k == i - 1, Self.successionVerbs.contains(toks[k].key) { return true }
        // ("presided over by X")
        return toks[k].key == "by" && (["led", "headed", "chaired", "succeeded", "replaced", "founded"].contains(toks[k - 1].key)
            || k >= 2 && toks[k - 1].key == "over" && toks[k - 2].key == "presided")
    }
    /// Verbs of taking over an office from someone ("X succeeds Y as …").
    static let succeeding: Set<String> = ["succeeds", "succeeded", "replaces", "replaced", "succeeding", "replacing"]
    static let successionVerbs: Set<String> = succeeding.union(["naming", "appointing", "appointed", "nominating", "nominated",
                                                                "congratulated", "congratulating"])
    /// Occupations printed before a name in lower case (a closed class of person nouns; offices
    /// are titles and read as such).
    static let occupations: Set<String> = [
        "lawyer", "attorney", "economist", "psychiatrist", "psychologist", "trustee", "activist", "journalist", "academic",
        "businessman", "businesswoman", "tycoon", "billionaire", "banker", "entrepreneur", "industrialist", "cleric", "scholar",
        "historian", "novelist", "writer", "poet", "author", "filmmaker", "actor", "actress", "singer", "musician", "artist",
        "surgeon", "physician", "engineer", "architect", "analyst", "researcher", "scientist", "columnist", "commentator",
        "reporter", "photographer", "blogger", "campaigner", "fighter", "dissident", "politician", "preacher",
        "pastor", "imam", "rabbi", "monk", "student", "teacher", "lecturer", "footballer", "athlete", "boxer", "farmer",
        "philanthropist", "magnate", "investor", "financier", "comedian", "presenter", "lobbyist", "strategist", "pollster",
        "consultant", "whistleblower", "playwright", "sociologist", "philosopher", "linguist", "educationist",
    ]
    /// Words that may follow an occupation heading its phrase ("a lawyer who …").
    static let afterOccupation: Set<String> = ["who", "whose", "and", "with", "from", "of", "in", "at", "for", "by", "turned", "since", "known", "based"]
    /// "psychiatrist Bidhan Ranjan Roy", "Grameen Telecom trustee Nurjahan Begum": a person's
    /// occupation in lower case right before two or three capitalised words that no body's, place's
    /// or landmark's word is, and that end their phrase (not "investor Berkshire Hathaway's stake"
    /// nor "a farmer Kisan Sabha leader").
    func occupationBefore(_ toks: [Token], _ run: NameRun) -> Bool {
        let i = run.start, e = run.end
        guard i > 0, toks[i - 1].kind == .word, !toks[i - 1].isCapitalized, Self.occupations.contains(toks[i - 1].key),
              plainNameWords(toks, i, e) else { return false }
        guard e < toks.count else { return true }
        let n = toks[e]
        if n.kind == .punct { return !n.isApostrophe && !n.isHyphen }
        return Self.runStops.contains(n.key) || Self.speechVerbs.contains(n.key) || Self.afterBodyName.contains(n.key) || n.key.hasSuffix("ed")
    }
    static let kinWords: Set<String> = ["wife", "husband", "spouse", "son", "daughter", "widow", "father", "mother", "brother", "sister",
                                        "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "son-in-law", "daughter-in-law",
                                        "rival", "rivals", "opponent", "opponents", "challenger", "predecessor", "successor"]

    /// A predicate after a name that only a person takes: "took the oath", "was sworn in", ", son
    /// of", "replaces his father", "succeeds Tea Banh", ", a lawyer", ", a prominent economist".
    func personPredicateAfter(_ toks: [Token], _ e: Int) -> Bool {
        guard e + 2 < toks.count else { return false }
        if toks[e].isPunct(","), ["a", "an"].contains(toks[e + 1].key),
           // (Capitalised words may qualify it: "a Christian activist", "a Lagos lawyer".)
           let k = (e + 2..<min(toks.count, e + 5)).first(where: { toks[$0].kind != .word || !toks[$0].isCapitalized && Self.occupations.contains(toks[$0].key) }),
           toks[k].kind == .word, !toks[k].isCapitalized, toks[e + 2..<k].allSatisfy({ !Self.runStops.contains($0.key) }),
           // (A capitalised qualifier is no town's: "an Abu Dhabi investor" may be a firm.)
           !(e + 2..<k).contains(where: { toks[$0].isCapitalized && phrase(at: toks, $0).map { $0.entry.kind == .place } == true }),
           // The occupation heads its phrase: "a lawyer who …", "an economist," (not "a student newspaper").
           k + 1 >= toks.count || toks[k + 1].kind == .punct && !toks[k + 1].isHyphen && !toks[k + 1].isApostrophe
            || Self.afterOccupation.contains(toks[k + 1].key) { return true }
        let a = toks[e].key, b = toks[e + 1].key, c = toks[e + 2].key
        if toks[e].isPunct(","), Self.kinWords.contains(b), c == "of" { return true }
        if Self.successionVerbs.contains(a), !a.hasSuffix("ing"), ["his", "her"].contains(b) || toks[e + 1].isCapitalized && isNameToken(toks[e + 1]) { return true }
        return (a == "took" || a == "takes") && b == "the" && c == "oath" || (a == "was" || a == "is") && b == "sworn"
    }

    /// "Eddy van Hijum (NSC) and …", "Jürgen Ligi (Reform), …": after the name, a party in
    /// brackets (an acronym in capitals that is not the name's initials), then "and" or a comma;
    /// no word of the name a body's, a place's or a landmark's.
    func partyInBrackets(_ toks: [Token], _ run: NameRun) -> Bool {
        let e = run.end
        // Not the end of a body's name ("the National Agency for Election Management (ANGE)").
        if run.start > 0, ["for", "of", "and", "de", "du", "des", "the"].contains(toks[run.start - 1].key) { return false }
        // (Or a party's one capitalised word, "Frank Peeters (Vooruit) keeps health", after which a
        // verb may follow too.)
        guard e + 3 < toks.count, toks[e].isPunct("("), toks[e + 1].kind == .word, toks[e + 2].isPunct(")") else { return false }
        let acronymParty = toks[e + 1].isAllCaps && (2...6).contains(toks[e + 1].text.utf8.count)
        guard acronymParty || toks[e + 1].isCapitalized && !toks[e + 1].facts.contains(.givenName) && phrase(at: toks, e + 1) == nil,
              toks[e + 3].key == "and" || toks[e + 3].isPunct(",")
                || !acronymParty && toks[e + 3].kind == .word && !toks[e + 3].isCapitalized && !toks[e + 3].isAllCaps && !Self.runStops.contains(toks[e + 3].key) else { return false }
        // A party's one word (not an acronym) only where the article lists several people so:
        // "Squid Game (Netflix) returns" is no one's.
        if !toks[e + 1].isAllCaps {
            var groups = 0
            for bt in blocks {
                let ts = bt.tokens
                for k in ts.indices.dropFirst() where k + 2 < ts.count && ts[k].isPunct("(") && ts[k + 2].isPunct(")") && ts[k - 1].isCapitalized
                    && ts[k + 1].kind == .word && (ts[k + 1].isCapitalized || ts[k + 1].isAllCaps) { groups += 1 }
            }
            guard groups >= 3 else { return false }
        }
        // The acronym named again elsewhere in the article, as a party is; a share's ticker is not.
        let acronym = toks[e + 1].text
        guard blocks.contains(where: { bt in bt.tokens.indices.contains { k in bt.tokens[k].text == acronym && !(k > 0 && bt.tokens[k - 1].isPunct("(")) } }) else { return false }
        let initials = String((run.start..<e).compactMap { toks[$0].kind == .word && toks[$0].isCapitalized ? toks[$0].text.first : nil })
        guard initials.uppercased() != toks[e + 1].text.uppercased(), !toks[e + 1].text.hasPrefix(initials.uppercased()) else { return false }
        return plainNameWords(toks, run.start, e)
    }

    /// "of" or "of the" after the name, then a party a rule found (`orgStarts`: where the
    /// organizations start; a party's word in its name or its acronym after it): a name's
    /// affiliation. No word of the name a body's, a place's or a landmark's ("Legal Service of
    /// the European Union", "Dadaab Camp of the UNHCR").
    func ofOrganization(_ toks: [Token], _ run: NameRun, orgStarts: Set<Int>) -> Bool {
        let e = run.end
        guard e + 1 < toks.count, toks[e].key == "of", !toks[e].isCapitalized else { return false }
        let k = toks[e + 1].key == "the" ? e + 2 : e + 1
        guard orgStarts.contains(k), let org = candidates.first(where: { $0.kind == .organization && $0.start == k && $0.range.start == toks[k].range.start }) else { return false }
        // The party's name as printed, or its acronym in brackets right after it.
        let acronymAfter = org.end + 2 < toks.count && toks[org.end].isPunct("(") && toks[org.end + 1].isAllCaps || toks[org.end - 1].isPunct(")")
            // "of the UTM party": an acronym, then a party's word in lower case.
            || org.end < toks.count && toks[org.end - 1].isAllCaps && !toks[org.end].isCapitalized && Self.partyWords.contains(toks[org.end].key)
        guard acronymAfter || (org.start..<org.end).contains(where: { Self.partyWords.contains(toks[$0].key) || ["congress", "front", "union"].contains(toks[$0].key) })
        else { return false }
        return plainNameWords(toks, run.start, e)
    }

    /// No word of `toks[s..<e]` starts a phrase a table knows or is a body's, a place's or a
    /// landmark's head: words a name may be made of ("Bayer Leverkusen", "Dadaab Camp" are not).
    func plainNameWords(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        (s..<e).allSatisfy { k in
            phrase(at: toks, k) == nil && !Self.orgHeads.contains(toks[k].key) && !Self.placeHeads.contains(toks[k].key)
                && !Self.institutionHeads.contains(toks[k].key)
        }
    }

    /// "at Tidö Castle", "Tidö Castle in Västmanland": two words ending in a landmark's head, where
    /// a place is (after "at", "in", "near", "outside" or "inside", or before "in" and a capitalised
    /// word), name the landmark, not a person ("Barbara Castle" elsewhere stays a name).
    func landmarkInPlace(_ toks: [Token], _ run: NameRun) -> Bool {
        guard run.end - run.start == 2, Self.placeHeads.contains(toks[run.end - 1].key),
              !(run.end < toks.count && toks[run.end].isApostrophe) else { return false }
        if run.start > 0, ["at", "in", "near", "outside", "inside"].contains(toks[run.start - 1].key) { return true }
        // Before "in" and a place, only a head no family name shares ("Sam Temple in Geneva").
        return Self.landmarkOnlyHeads.contains(toks[run.end - 1].key) && run.end + 1 < toks.count && toks[run.end].key == "in" && toks[run.end + 1].isCapitalized
    }

    static let landmarkOnlyHeads: Set<String> = ["castle", "palace", "square", "tower", "stadium", "airport", "mosque", "cathedral", "monument",
                                                 "memorial", "museum", "fortress", "plaza"]

    /// Words before "by" that open a report's credit ("Reporting by", "Editing by").
    static let creditWords: Set<String> = ["reporting", "editing", "writing", "compiled", "edited"]

    /// The tokens of a block that credit the report: the name right before "contributed to this
    /// report" or "contributed reporting" (within eight tokens: "AP writer Ana Ruiz in Mexico
    /// City contributed …"), not "contributed to this report's findings".
    func creditTokens(_ toks: [Token]) -> Set<Int> {
        var out = Set<Int>()
        for k in toks.indices where toks[k].key == "contributed" && k + 1 < toks.count {
            let report = toks[k + 1].key == "to" && k + 3 < toks.count && toks[k + 2].key == "this" && ["report", "story", "article"].contains(toks[k + 3].key)
                && !(k + 5 < toks.count && toks[k + 4].isApostrophe && toks[k + 5].key == "s")
            guard toks[k + 1].key == "reporting" || report else { continue }
            for j in stride(from: k - 1, through: max(0, k - 8), by: -1) {
                if toks[j].sentence != toks[k].sentence || toks[j].isPunct(";") { break }
                out.insert(j)
            }
        }
        return out
    }

    /// The name at `i` follows a person's name and a comma or "and", in a list of names.
    func followsPersonInList(_ b: Int, _ toks: [Token], _ i: Int) -> Bool {
        guard i >= 2, toks[i - 1].isPunct(",") || toks[i - 1].key == "and", let last = candidates.last,
              last.kind == .person, last.block == b, last.end == i - 1 else { return false }
        return last.person.map { $0.words.count >= 2 } == true
    }

    /// The name at `start..<end` opens or continues a list of names that a later item shows to be
    /// people, by a known given name ("Also confirmed were Wale Edun, Hannatu Musawa, Betta Edu and
    /// Bosun Tijani"): every item two or three capitalised words, none a place's, a body's or a
    /// landmark's, and the list after a word that introduces one ("were", "included") or a colon
    /// ("signed by Toyota Motor, Heavy Metal Works and John Mensah" lists no people).
    func precedesPersonInList(_ toks: [Token], _ start: Int, _ end: Int) -> Bool {
        guard plainNameWords(toks, start, end) else { return false }
        // Back over the items before this one to the word before the list; an item may have its
        // portfolio or party in brackets after it ("Siviwe Gwarube (Basic Education), …").
        var b = start
        while b >= 3, toks[b - 1].isPunct(",") || toks[b - 1].key == "and" {
            var e = b - 1
            if e > 0, toks[e - 1].isPunct(")"), let open = (max(0, e - 11)..<(e - 1)).last(where: { toks[$0].isPunct("(") }) { e = open }
            var s = e
            while s > 0, e - s < 3, toks[s - 1].kind == .word, toks[s - 1].isCapitalized { s -= 1 }
            guard (2...3).contains(e - s) else { break }
            b = s
        }
        guard b > 0 else { return false }
        // "his party colleagues A and B": a plural noun only people are introduces the list itself.
        let pluralIntro = !toks[b - 1].isCapitalized && Self.personPlurals.contains(toks[b - 1].key)
        guard pluralIntro || toks[b - 1].isPunct(":") || Self.listIntroWords.contains(toks[b - 1].key) else { return false }
        // A list of people by what comes before it: an office ("the party's other ministers are") or
        // a participle of office ("Also confirmed were"); not "Three firms won licences:", "The
        // brands banned were" or "The nominees for best film were".
        let intro = b - 1
        guard pluralIntro || (max(0, intro - 4)..<intro).contains(where: { k in
            let key = toks[k].key
            return Self.listParticiples.contains(key) && key != "in" && key != "also"
                || gz.roleHeads.contains(key) || key.hasSuffix("s") && gz.roleHeads.contains(String(key.dropLast()))
        }) else { return false }
        var j = skipParenthesis(toks, end), items = 0
        while j < toks.count, items < 6 {
            guard toks[j].isPunct(",") || toks[j].key == "and" else { return false }
            j += 1
            if j < toks.count, toks[j].key == "and" { j += 1 }
            let s = j
            while j < toks.count, j - s < 4, toks[j].kind == .word, toks[j].isCapitalized { j += 1 }
            guard (2...3).contains(j - s), plainNameWords(toks, s, j) else { return false }
            if toks[s].facts.contains(.givenName) { return true }
            j = skipParenthesis(toks, j)
            items += 1
        }
        return false
    }

    /// Plural nouns only people are, which may introduce a list of names.
    static let personPlurals: Set<String> = ["colleagues", "lawmakers", "legislators", "politicians", "officials", "loyalists", "activists",
                                             "candidates", "comrades", "deputies"]

    /// Words of political families that name parties in many countries.
    static let ideologyWords: Set<String> = [
        "conservative", "conservatives", "liberal", "liberals", "labour", "labor", "socialist", "socialists", "social",
        "democratic", "democrat", "democrats", "republican", "republicans", "green", "greens", "communist", "progressive",
        "nationalist", "reform", "tory", "unionist", "centrist",
    ]
    static let partyOffices: Set<String> = ["leader", "spokeswoman", "spokesman", "spokesperson", "chairman", "chairwoman",
                                            "chairperson", "lawmaker", "lawmakers", "deputy", "secretary-general", "candidate", "coordinator", "founder",
                                            "chair", "legislator", "supremo", "whip"]

    /// "Renamo leader Ossufo Momade", "Junts spokeswoman Míriam Nogueras": a capitalised word no
    /// table knows (not a country, a place, a given name or a common word) right before a party's
    /// office in lower case is the party's name. Its start.
    func partyBefore(_ toks: [Token], _ i: Int) -> Int? {
        guard i > 0, Self.partyOffices.contains(toks[i].key) else { return nil }
        // "Conservative Leader X", "Liberal Reform leader Y": a political family's words.
        if toks[i - 1].isCapitalized, Self.ideologyWords.contains(toks[i - 1].key) {
            var s = i - 1
            if s >= 1, toks[s - 1].kind == .word, toks[s - 1].isCapitalized, Self.ideologyWords.contains(toks[s - 1].key) { s -= 1 }
            return s
        }
        guard !toks[i].isCapitalized else { return nil }
        let p = toks[i - 1]
        // "SODELPA leader X", "VMRO-DPMNE leader Y": a party in capitals, hyphenated parts too, that
        // no table knows as a country's or a place's.
        let joined = Self.hyphenatedCapitalsStart(toks, i - 1)
        if p.kind == .word, p.isAllCaps, p.key.utf8.count >= 2 || joined < i - 1,
           !(joined >= 1 && toks[joined - 1].kind == .word && toks[joined - 1].isCapitalized && !toks[joined - 1].isAllCaps) {
            let s = joined
            guard (max(0, s - 3)..<i).allSatisfy({ phrase(at: toks, $0).map { $0.end < i } ?? true }) else { return nil }
            return s
        }
        // "Fianna Fáil leader X", "Sinn Féin leader Y": a party's two capitalised words that no
        // table knows, at a sentence's start or after a word in lower case.
        if i >= 2, p.kind == .word, p.isCapitalized, !p.isAllCaps, case let q = toks[i - 2], q.kind == .word, q.isCapitalized, !q.isAllCaps,
           !(i >= 3 && toks[i - 3].kind == .word && (toks[i - 3].isCapitalized || toks[i - 3].isAllCaps) && toks[i - 3].sentence == q.sentence),
           !(i >= 3 && toks[i - 3].isApostrophe),
           [p, q].allSatisfy({ $0.facts.contains(.nameLike) && !$0.facts.contains(.givenName) && !$0.facts.contains(.roleStart) && !$0.facts.contains(.titleFirst) }),
           // "Jailed Renamo leader": a participle opening the sentence is no party's word.
           !(q.key.hasSuffix("ed") || q.key.hasSuffix("ing")),
           (max(0, i - 5)..<i).allSatisfy({ phrase(at: toks, $0).map { $0.end < i - 1 } ?? true }),
           countryAt(toks, i - 2) == nil, countryAt(toks, i - 1) == nil {
            return i - 2
        }
        guard p.kind == .word, p.isCapitalized, p.facts.contains(.nameLike), !p.facts.contains(.givenName),
              !(i >= 2 && toks[i - 2].kind == .word && toks[i - 2].isCapitalized),
              !(i >= 3 && toks[i - 2].isPunct(".") && toks[i - 3].kind == .word && toks[i - 3].text.count == 1),  // "N. Korean leader"
              (max(0, i - 4)..<i).allSatisfy({ phrase(at: toks, $0).map { $0.end < i } ?? true }) else { return nil }
        return i - 1
    }

    /// "VMRO-DPMNE": where capitals joined by hyphens to the word at `s` start.
    static func hyphenatedCapitalsStart(_ toks: [Token], _ s: Int) -> Int {
        var s = s
        while s >= 2, toks[s - 1].isHyphen || toks[s - 1].isPunct("&"), !toks[s - 1].spaceBefore, !toks[s].spaceBefore, toks[s - 2].isAllCaps { s -= 2 }
        return s
    }

    /// After "of the CPN-UML", "of New Unity" (a party in capitals or a short capitalised run,
    /// not a country or a place) at `e`: where the sentence goes on; `e` when none is there.
    func afterAffiliation(_ toks: [Token], _ e: Int) -> Int {
        guard e + 1 < toks.count, toks[e].key == "of" else { return e }
        var k = e + 1
        if toks[k].key == "the", k + 1 < toks.count { k += 1 }
        guard countryAt(toks, k) == nil, placeAt(toks, k) == nil else { return e }
        let s = k
        while k < toks.count, k < s + 4, toks[k].kind == .word, toks[k].isCapitalized || toks[k].isAllCaps {
            k += 1
            if k + 1 < toks.count, toks[k].isHyphen, !toks[k].spaceBefore, toks[k + 1].isAllCaps { k += 2 }
        }
        return k > s ? k : e
    }
}
