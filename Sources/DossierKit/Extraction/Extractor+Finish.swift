import Foundation

extension ExtractionContext {
    /// Builds the article's mentions (people get provisional ids "local-N" until linking) and its people.
    func finish() -> LocalArticle {
        var a = article
        // The dateline's country weighs in what a report is about; towns named without one only
        // say where its unmarked officials serve (a report on a visit names where it will go).
        let setting = settingCountry()
        let protagonist = protagonistCountry()
        let datelineSetting = article.dateline == nil ? protagonist : setting
        let weights = countryWeights(setting: datelineSetting)
        let articleCountry = domesticCountry(weights, setting: datelineSetting)
        // The country that tells a generic body apart ("Senate (Brazil)").
        let bodyCountry = articleCountry?.country ?? article.dateline.flatMap { gz.country(ofPlace: $0) }
        var clusterOf: [Int: Int] = [:]
        for (c, members) in clusters.enumerated() { for m in members { clusterOf[m] = c } }
        var mentionIndex: [Int: Int] = [:]
        var mentions: [Mention] = []
        var names: [EntityID: String] = [:]
        let order = accepted.indices.sorted { accepted[$0].range < accepted[$1].range }
        mentions.reserveCapacity(order.count)
        for i in order {
            let c = accepted[i]
            let id: EntityID
            switch c.kind {
            case .person:
                guard let cl = clusterOf[i] else { continue }
                id = EntityID(kind: .person, slug: "local-\(cl)")
            case .topic:
                id = EntityID(kind: .topic, slug: c.name)
            default:
                let name = c.rule == Self.genericBodyRule ? bodyCountry.map { "\(c.name) (\($0))" } ?? c.name : c.name
                id = EntityID(kind: c.kind, slug: NameFold.slug(name))
                names[id] = name
            }
            if c.kind == .topic { names[id] = c.name }
            mentionIndex[i] = mentions.count
            mentions.append(Mention(range: c.range, kind: c.kind, entity: id, surface: c.kind == .person ? c.name : article.string(in: c.range), rule: c.rule))
        }
        for (m, name) in [outletMention(mentions), datelineMention(mentions)].compactMap({ $0 }) {
            let at = mentions.firstIndex { $0.range.start > m.range.start } ?? mentions.count
            mentions.insert(m, at: at)
            for (k, v) in mentionIndex where v >= at { mentionIndex[k] = v + 1 }
            names[m.entity] = name
        }
        a.mentions = mentions

        // Each person's roles and the evidence their own phrases give.
        var found: [(ms: [Int], roles: [String], evidence: CountryEvidence?)] = []
        for members in clusters {
            let ms = members.sorted { accepted[$0].range < accepted[$1].range }
            var roles: [String] = []
            var evidence: CountryEvidence?
            for m in ms {
                for r in accepted[m].roles where !roles.contains(where: { $0.caseInsensitiveCompare(r) == .orderedSame }) { roles.append(r) }
                evidence = CountryEvidence.stronger(evidence, accepted[m].evidence)
            }
            if roles.isEmpty, let implied = ms.lazy.flatMap({ self.accepted[$0].impliedRoles }).first { roles = [implied] }
            for m in ms where accepted[m].person?.words.contains(where: { $0.hasPrefix("Al") }) == true {
                evidence = CountryEvidence.stronger(evidence, gz.familyCountry(accepted[m].name))
            }
            found.append((ms, roles, evidence))
        }
        // "The Russian delegation included X", "On the Turkish side, … Y", "Kagame's delegation
        // included Z": the side a sentence puts people on, for those nothing else places.
        var sideOf: [Int: Int] = [:]
        if found.contains(where: { $0.evidence == nil }) {
            var side = SideLookup(accepted: accepted, evidence: found.map(\.evidence))
            for (c, f) in found.enumerated() { for m in f.ms { side.clusterOf[m] = c } }
            for c in found.indices where found[c].evidence == nil {
                for m in found[c].ms {
                    var owner: Int?
                    if let e = sideCountry(of: accepted[m], side, owner: &owner) { found[c].evidence = e; side.evidence[c] = e; break }
                    if let o = owner, o != c, sideOf[c] == nil { sideOf[c] = o }
                }
            }
        }
        // Marks: countries said of people the way reports mark foreign officials ("Costa Rican
        // President X", "X, Qatar's prime minister"), not by a predicate of the report's protagonist.
        let marked = Set(found.compactMap { f -> String? in
            guard let e = f.evidence, e.strength == .stated else { return nil }
            let byPredicateOnly = f.ms.allSatisfy { m in
                accepted[m].evidence == nil || accepted[m].evidence?.country != e.country || accepted[m].predicateEvidence?.country == e.country
            } && f.ms.contains { accepted[$0].predicateEvidence?.country == e.country }
            return byPredicateOnly ? nil : e.country
        })
        let unmarked = unmarkedCountry(weights, marked: marked, setting: setting)
        // A visitor is of the report's one main country that is not the host's (the dateline's).
        if let host = article.dateline.flatMap({ gz.country(ofPlace: $0) }) {
            let guests = weights.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).filter { $0.value >= 2 && $0.key != host }.map(\.key)
            for c in found.indices where found[c].evidence == nil && found[c].ms.contains(where: { accepted[$0].visitor }) && guests.count == 1 {
                found[c].evidence = CountryEvidence(country: guests[0], strength: .article, cue: "a visitor to " + host)
            }
        }
        var people: [LocalPerson] = []
        for (ms, roles, var evidence) in found {
            // A person that nothing in a domestic report places belongs to its country.
            if evidence == nil, let c = articleCountry {
                evidence = CountryEvidence(country: c.country, strength: .article, cue: c.cue)
            }
            // Without an office too, where the report's protagonist takes office in the dateline's
            // country: a domestic report's people ("He succeeds Filipe Nyusi").
            if evidence == nil, let c = unmarked, !roles.isEmpty || protagonist?.country == c.country {
                evidence = CountryEvidence(country: c.country, strength: .dateline, cue: c.cue)
            }
            // A guess from the report as a whole must fit the name: a Japanese name is no Korean
            // official, an Enrique no Vietnamese one.
            if let e = evidence, e.strength <= .article {
                evidence = fittingName(e, ms.compactMap { accepted[$0].person }, weights: weights)
            }
            var surfaces: [String] = []
            for m in ms where !surfaces.contains(accepted[m].name) { surfaces.append(accepted[m].name) }
            people.append(LocalPerson(names: ms.compactMap { accepted[$0].person }, surfaces: surfaces, roles: roles, country: evidence?.country,
                                      countryStrength: evidence?.strength, countryCue: evidence?.cue ?? "",
                                      mentions: ms.compactMap { mentionIndex[$0] }, rules: ms.map { accepted[$0].rule },
                                      sideOf: evidence == nil ? sideOf[people.count] : nil))
        }
        var acr: [String: String] = [:]
        for (k, v) in acronyms { acr[k] = v.name }
        return LocalArticle(article: a, people: people, acronyms: acr, names: names)
    }

    /// `guess` when the person's name fits its country; else the one country of the report
    /// whose officials carry such names, or none.
    func fittingName(_ guess: CountryEvidence, _ names: [PersonName], weights: [String: Int]) -> CountryEvidence? {
        guard let name = names.max(by: { $0.words.count < $1.words.count }) else { return guess }
        let tradition = gz.tradition(of: name)
        if gz.country(guess.country, carries: tradition) { return guess }
        let fitting = weights.keys.filter { gz.country($0, carries: tradition) }
        guard fitting.count == 1, let c = fitting.first else { return nil }
        return CountryEvidence(country: c, strength: .dateline, cue: "the name fits \(c), not \(guess.country)")
    }

    /// The country a report is about when it is about one: the country with at least 60% of the
    /// weight of its dateline, the countries it names and its national institutions (a visit or a
    /// summit names two or more countries about as often), and the dateline's own when it has one
    /// (a report from Islamabad on a visitor from Iran names Iran most); without a dateline, 75%.
    func domesticCountry(_ weight: [String: Int], setting: (country: String, cue: String)?) -> (country: String, cue: String)? {
        let datelineCountry = setting?.country
        let total = weight.values.reduce(0, +)
        let share = datelineCountry == nil ? 75 : 60
        guard let top = weight.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value >= 2, top.value * 100 >= total * share,
              datelineCountry == nil || datelineCountry == top.key else { return nil }
        let cue = top.key == datelineCountry ? "a domestic report " + (setting?.cue ?? "") : "a domestic report on " + top.key
        return (top.key, cue)
    }

    /// The country of the officials a report names without saying whose they are. Reports mark
    /// foreign officials ("Iranian Foreign Minister X") and leave their own side unmarked, so:
    /// the dateline's country, unless people are marked with it and the report's one other main
    /// country (of the two most named) is never a mark: then that one.
    func unmarkedCountry(_ weight: [String: Int], marked: Set<String>, setting: (country: String, cue: String)?) -> (country: String, cue: String)? {
        // Towns named without a dateline are weaker: their country must mark no one.
        let datelineCountry = article.dateline == nil && setting.map({ marked.contains($0.country) }) == true ? nil : setting?.country
        let main = weight.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).filter { $0.value >= 2 }.map(\.key)
        let others = main.filter { !marked.contains($0) }
        if let d = datelineCountry {
            if marked.contains(d), others.count == 1 { return (others[0], "unmarked beside officials of " + d) }
            return (d, "unmarked in a report " + (setting?.cue ?? ""))
        }
        guard others.count == 1, !marked.isEmpty else { return nil }
        return (others[0], "unmarked beside officials of " + marked.sorted().joined(separator: ", "))
    }

    /// Where a report is set: its dateline city's country; without a dateline, the country of the
    /// first city or province it names, when it names that country's places at least twice and
    /// more often than all others' (a local daily names its own towns, not its country).
    func settingCountry() -> (country: String, cue: String)? {
        if let d = article.dateline { return gz.country(ofPlace: d).map { ($0, "from " + d) } }
        var mentions: [String: Int] = [:]
        var total = 0
        var first: (range: TextRange, country: String)?
        for c in accepted where c.kind == .place {
            guard let k = gz.country(ofPlace: c.name) else { continue }
            mentions[k, default: 0] += 1
            total += 1
            if first == nil || c.range < first!.range { first = (c.range, k) }
        }
        guard let k = first?.country, let n = mentions[k], n >= 2, n * 2 > total else { return nil }
        return (k, "set in towns of " + k)
    }

    /// Where a report without a dateline is set when its protagonist, the first person it names,
    /// takes a country's office in its lead ("Anutin was elected Thailand's 32nd prime minister",
    /// "X sworn in as Uruguay's president"): a domestic report of that country.
    func protagonistCountry() -> (country: String, cue: String)? {
        guard let first = accepted.indices.filter({ accepted[$0].kind == .person }).min(by: { accepted[$0].range < accepted[$1].range }),
              accepted[first].block <= 3, let cluster = clusters.first(where: { $0.contains(first) }) else { return nil }
        for m in cluster where accepted[m].block <= 3 {
            if let e = accepted[m].predicateEvidence, e.strength == .stated { return (e.country, "whose protagonist " + accepted[m].name + " is " + e.cue) }
        }
        return nil
    }

    /// How much a report is about each country: its setting's (2), each time it names the
    /// country, and each national institution it names.
    func countryWeights(setting: (country: String, cue: String)?) -> [String: Int] {
        var weight: [String: Int] = [:]
        if let c = setting?.country { weight[c, default: 0] += 2 }
        for c in accepted {
            switch c.kind {
            case .country: weight[c.name, default: 0] += 1
            case .organization: if let k = c.country { weight[k, default: 0] += 1 }
            default: break
            }
        }
        return weight
    }

    /// Words for the people one country sends or fields together.
    static let sideNouns: Set<String> = ["delegation", "side", "team", "contingent", "entourage", "camp", "negotiators"]

    /// The country of the side a mention's sentence puts it on: a country or a placed person's
    /// possessive before a side noun earlier in the sentence ("the Russian delegation included").
    /// `owner`: the person whose side it is, when that person has no country here (linking may
    /// give one).
    func sideCountry(of m: Candidate, _ side: SideLookup, owner: inout Int?) -> CountryEvidence? {
        let clusterOf = side.clusterOf, found = side.evidence
        let toks = blocks[m.block].tokens
        let sentence = toks[m.start].sentence
        // "Yunus raised …, his press secretary Shafiqul Alam told reporters": a title after "his" or
        // "her" puts its holder on the side of the sentence's person before it (a counterpart is the
        // other side, and has its own rule).
        var h = m.start - 1
        while h >= max(0, m.start - 7), toks[h].sentence == sentence, toks[h].kind == .word || toks[h].isPunct(",") && h == m.start - 1, toks[h].key != "counterpart" {
            if toks[h].key == "his" || toks[h].key == "her" {
                if let o = side.lastPerson(block: m.block, endingBy: h, sentence: sentence, toks) ?? subjectBefore(sentence, block: m.block, side, toks),
                   let c = clusterOf[o] {
                    if let e = found[c] {
                        let strength = min(e.strength, CountryEvidence.Strength.institution)
                        return CountryEvidence(country: e.country, strength: strength, cue: text(toks, accepted[o].start, m.start))
                    }
                    owner = c
                }
                break
            }
            h -= 1
        }
        // "Malawi sent Minister of Foreign Affairs X": the sender's, with nothing but a title between.
        if m.start >= 2 {
            var s = m.start - 1
            if let r = (max(0, m.start - 8)..<m.start).lazy.compactMap({ self.parseRole(toks, $0) }).first(where: { $0.end == m.start }) { s = r.start - 1 }
            if s >= 1, toks[s].sentence == sentence, Self.sendingVerbs.contains(toks[s].key) {
                for b in stride(from: s - 1, through: max(0, s - 4), by: -1) {
                    if let c = countryAt(toks, b), c.end == s, !c.demonym {
                        return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, b, s + 1))
                    }
                }
            }
        }
        // "Prime Minister A, representing President B": whom an official represents is of the
        // official's country.
        if m.start >= 2 {
            var s = m.start
            if let r = (max(0, m.start - 8)..<m.start).lazy.compactMap({ self.parseRole(toks, $0) }).first(where: { $0.end == m.start }) { s = r.start }
            let onBehalf = s >= 3 && toks[s - 1].key == "of" && toks[s - 2].key == "behalf" && toks[s - 3].key == "on"
            if s >= 1, toks[s - 1].key == "representing" || onBehalf,
               let o = side.lastPerson(block: m.block, endingBy: s - (onBehalf ? 3 : 1), sentence: sentence, toks), let c = clusterOf[o],
               c != side.starting[SideLookup.key(m.block, m.start)].flatMap({ clusterOf[$0] }) {
                if let e = found[c] { return CountryEvidence(country: e.country, strength: min(e.strength, .institution), cue: text(toks, accepted[o].start, m.end)) }
                owner = c
            }
        }
        // "X, the chief foreign policy adviser to Brazilian President Y": an aide is on the side of
        // whom they serve.
        var a = m.end
        while a + 2 < toks.count, a < m.end + 12, toks[a].sentence == sentence {
            if Self.aideWords.contains(toks[a].key), ["to", "for"].contains(toks[a + 1].key) {
                let t = a + 2 + (toks[a + 2].key == "the" ? 1 : 0)
                if let c = countryAt(toks, t) {
                    return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, a, c.end))
                }
                var n = skipTitles(toks, t)
                if let r = parseRole(toks, n), r.start == n { n = skipTitles(toks, r.end) }
                if let o = side.starting[SideLookup.key(m.block, n)], let c = clusterOf[o] {
                    if let e = found[c] { return CountryEvidence(country: e.country, strength: min(e.strength, .institution), cue: text(toks, a, accepted[o].end)) }
                    owner = c
                }
                break
            }
            a += 1
        }
        // "In Rome, Foreign Minister X welcomed the deal": a reaction from a capital is its
        // government's.
        if let first = toks.firstIndex(where: { $0.sentence == sentence }), first + 2 < m.start, toks[first].key == "in",
           let (e, entry) = phrase(at: toks, first + 1), entry.kind == .place, e < m.start, toks[e].isPunct(","),
           let c = gz.capitalCountry(of: Gazetteer.keys(entry.name)) {
            return CountryEvidence(country: c, strength: .institution, cue: text(toks, first, e))
        }
        // "X represented Kinshasa", "X, representing Kenya,": the country, or the capital's.
        var after = m.end
        if after < toks.count, toks[after].isPunct(",") { after += 1 }
        if after + 1 < toks.count, ["represented", "representing", "represents"].contains(toks[after].key) {
            if let c = countryAt(toks, after + 1), !c.demonym {
                return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, after, c.end))
            }
            if let p = placeAt(toks, after + 1) {
                return CountryEvidence(country: p.country, strength: .institution, cue: text(toks, after, p.end))
            }
        }
        var k = m.start - 1
        while k > 0, toks[k].sentence == sentence {
            defer { k -= 1 }
            // "Erdoğan, accompanied by Foreign Minister X", "He was accompanied by his son A, by B
            // and by C": those with whom the sentence's subject came are on its side.
            if Self.companyVerbs.contains(toks[k].key) { break }
            if toks[k].key == "by", Self.accompanyingWords.contains(toks[k - 1].key) {
                if let o = companion(accompanied: k - 1, block: m.block, side, toks),
                   let c = clusterOf[o], c != side.starting[SideLookup.key(m.block, m.start)].flatMap({ clusterOf[$0] }) {
                    if let e = found[c] {
                        return CountryEvidence(country: e.country, strength: min(e.strength, .institution), cue: text(toks, k - 1, k + 1) + " " + accepted[o].name)
                    }
                    owner = c
                }
                return nil
            }
            // "South Africa was represented by Deputy President X".
            if toks[k].key == "represented", k + 1 < m.start, toks[k + 1].key == "by" {
                var end = k
                while end > 0, ["was", "were", "is", "are", "will", "be", "been", "has", "have", "had", "also"].contains(toks[end - 1].key) { end -= 1 }
                for s in stride(from: end - 1, through: max(0, end - 4), by: -1) {
                    if let c = countryAt(toks, s), c.end == end, !c.demonym {
                        return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, s, k + 2))
                    }
                }
                return nil
            }
            guard toks[k].kind == .word, Self.sideNouns.contains(toks[k].key) else { continue }
            return sideOwner(toks, k, block: m.block, side, owner: &owner)
        }
        // "Finance Minister A, Foreign Minister B and C were among the ministers in Lula's
        // delegation": the side named after a list, with nothing but the list, titles and words
        // of belonging between.
        var f = m.end
        while f < toks.count, toks[f].sentence == sentence, f < m.end + 40 {
            if let p = side.starting[SideLookup.key(m.block, f)] {
                f = max(f + 1, accepted[p].end)
                if f + 2 < toks.count, toks[f].isApostrophe, toks[f + 1].key == "s", Self.sideNouns.contains(toks[f + 2].key) { f += 2 }
                continue
            }
            if toks[f].kind == .word, Self.sideNouns.contains(toks[f].key) {
                return sideOwner(toks, f, block: m.block, side, owner: &owner)
            }
            if let r = parseRole(toks, f), r.start == f { f = r.end; continue }
            if toks[f].isPunct(",") || Self.belongingWords.contains(toks[f].key) { f += 1; continue }
            // The owner of the side: a country or a person's possessive ("Lula's delegation").
            if f + 3 < toks.count, toks[f + 1].isApostrophe, toks[f + 2].key == "s", Self.sideNouns.contains(toks[f + 3].key) { f += 3; continue }
            if let c = countryAt(toks, f) { f = c.end; continue }
            return nil
        }
        return nil
    }

    /// Titles of those who serve a person: "adviser to", "spokesman for".
    static let aideWords: Set<String> = ["adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "secretary", "assistant", "envoy"]

    /// "accompanied by", "joined by", "flanked by".
    static let accompanyingWords: Set<String> = ["accompanied", "joined", "flanked"]
    /// Verbs after which the people of a sentence are no longer its subject's company.
    static let companyVerbs: Set<String> = ["met", "received", "greeted", "held", "said", "told", "hosted", "welcomed"]

    /// Whom the people after "accompanied by" at `p` came with: after a comma, the person who
    /// opens the sentence ("Erdoğan greeted al-Sisi, accompanied by …" is Erdoğan's company);
    /// after "was", the name right before it ("X, who was accompanied by", "X was accompanied by")
    /// or the person a sentence-opening pronoun stands for.
    func companion(accompanied p: Int, block: Int, _ side: SideLookup, _ toks: [Token]) -> Int? {
        guard p >= 1 else { return nil }
        if toks[p - 1].isPunct(",") {
            guard let o = side.lastPerson(block: block, endingBy: p - 1, sentence: toks[p].sentence, toks) else { return nil }
            var first = o
            while let e = side.lastPerson(block: block, endingBy: accepted[first].start, sentence: toks[p].sentence, toks), e != first { first = e }
            return opensSentence(accepted[first], toks) ? first : nil
        }
        guard ["was", "were", "is", "are", "been"].contains(toks[p - 1].key) else { return nil }
        var q = p - 1
        if q >= 2, toks[q - 1].key == "who", toks[q - 2].isPunct(",") { q -= 2 }
        if let o = side.ending[SideLookup.key(block, q)] { return o }
        return subjectBefore(toks[p].sentence, block: block, side, toks)
    }

    /// Whether only titles (and a country before them) stand between the mention and the start
    /// of its sentence.
    func opensSentence(_ c: Candidate, _ bt: [Token]) -> Bool {
        var s0 = c.start
        while s0 > 0, bt[s0 - 1].sentence == bt[c.start].sentence { s0 -= 1 }
        var n = s0
        // "Egyptian President X", "Egypt's President X"
        if let k = countryAt(bt, n) {
            n = k.end
            if n + 1 < bt.count, bt[n].isApostrophe, bt[n + 1].key == "s" { n += 2 }
        }
        n = skipTitles(bt, n)
        if let r = parseRole(bt, n), r.start == n { n = skipTitles(bt, r.end) }
        return n == c.start
    }

    /// "He was accompanied by …": the person the pronoun stands for, the last one to open a
    /// sentence (after titles only) in this block or the two before it, when this sentence names
    /// no one before the pronoun.
    func subjectBefore(_ sentence: Int, block: Int, _ side: SideLookup, _ toks: [Token]) -> Int? {
        guard let first = toks.firstIndex(where: { $0.sentence == sentence }), toks[first].kind == .word,
              ["he", "she", "his", "her"].contains(toks[first].key) else { return nil }
        var looked = 0
        for b in stride(from: block, through: max(0, block - 2), by: -1) {
            let bt = blocks[b].tokens
            for e in (side.inBlock[b] ?? []).reversed() where b < block || e.end <= first {
                looked += 1
                if looked > 50 { return nil }
                if opensSentence(accepted[e.index], bt) { return e.index }
            }
        }
        return nil
    }

    /// "Malawi sent …": verbs by which a country sends its official.
    static let sendingVerbs: Set<String> = ["sent", "dispatched", "fielded"]

    /// Words between a list of people and the side they belong to.
    static let belongingWords: Set<String> = ["and", "was", "were", "is", "are", "also", "among", "in", "of", "part", "members",
                                               "member", "the", "ministers", "officials", "included", "accompanied", "joined"]

    /// The country of the side noun at `k`: a country or demonym right before it ("the Turkish
    /// side", "Russia's delegation"; the longest: "South Sudan's", not "Sudan's"), or a placed
    /// person's possessive ("Kagame's delegation").
    func sideOwner(_ toks: [Token], _ k: Int, block: Int, _ side: SideLookup, owner: inout Int?) -> CountryEvidence? {
        let clusterOf = side.clusterOf, found = side.evidence
        var end = k
        if end >= 2, toks[end - 1].key == "s", toks[end - 2].isApostrophe { end -= 2 }
        for s in max(0, end - 4)..<max(max(0, end - 4), end) {
            if let c = countryAt(toks, s), c.end == end {
                return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, s, k + 1))
            }
        }
        // The person: a mention ending there, else the one person of the article with that word
        // in the name ("Lula's delegation" for Luiz Inácio Lula da Silva).
        let ownerWord = end > 0 && end < k ? toks[end - 1].text : ""
        if end < k, let o = side.ending[SideLookup.key(block, end)] ?? side.onlyPerson(named: ownerWord), let c = clusterOf[o] {
            let cueStart = accepted[o].block == block && accepted[o].end == end ? accepted[o].start : end - 1
            if let e = found[c] { return CountryEvidence(country: e.country, strength: .institution, cue: text(toks, cueStart, k + 1)) }
            owner = c
        }
        return nil
    }
}

/// Where the side rules find people without a search through every mention (a report may name
/// thousands): person mentions by block and first or last token, the last person whose name has
/// each word, each mention's person, and the evidence each person has so far.
struct SideLookup {
    var starting: [Int: Int] = [:]
    var ending: [Int: Int] = [:]
    /// Person mentions by each word of their names.
    var byWord: [String: [Int]] = [:]
    /// Person mentions of each block, by their end.
    var inBlock: [Int: [(end: Int, index: Int)]] = [:]
    var clusterOf: [Int: Int] = [:]
    var evidence: [CountryEvidence?]

    static func key(_ block: Int, _ token: Int) -> Int { block << 32 | token }

    init(accepted: [Candidate], evidence: [CountryEvidence?]) {
        self.evidence = evidence
        for (i, c) in accepted.enumerated() where c.kind == .person {
            if starting[Self.key(c.block, c.start)] == nil { starting[Self.key(c.block, c.start)] = i }
            if ending[Self.key(c.block, c.end)] == nil { ending[Self.key(c.block, c.end)] = i }
            for w in c.person?.words ?? [] { byWord[w, default: []].append(i) }
            inBlock[c.block, default: []].append((c.end, i))
        }
        for b in inBlock.keys { inBlock[b]!.sort { ($0.end, $0.index) < ($1.end, $1.index) } }
        self.accepted = accepted
    }
    private let accepted: [Candidate]

    /// A mention of the one person whose name has `word`; nil when none has it, or two people do.
    func onlyPerson(named word: String) -> Int? {
        guard let ms = byWord[word], let first = ms.first, let c = clusterOf[first],
              ms.allSatisfy({ clusterOf[$0] == c }) else { return nil }
        return first
    }

    /// The last found person mention of the block ending by token `h` (and at most 60 tokens
    /// before it), in `sentence`.
    func lastPerson(block: Int, endingBy h: Int, sentence: Int, _ toks: [Token]) -> Int? {
        guard let list = inBlock[block] else { return nil }
        // The first entry ending after h.
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].end <= h { lo = mid + 1 } else { hi = mid } }
        var best: Int?
        var k = lo - 1
        while k >= 0, list[k].end >= h - 60 {
            let i = list[k].index
            if toks[accepted[i].start].sentence == sentence, best.map({ i > $0 }) ?? true { best = i }
            k -= 1
        }
        return best
    }
}
