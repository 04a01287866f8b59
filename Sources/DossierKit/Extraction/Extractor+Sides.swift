import Foundation

/// The side a sentence puts a person on: a delegation, a counterpart's company, whom an official
/// represents or serves, a reaction from a capital.
extension ExtractionContext {
    /// Words for the people one country sends or fields together.
    static let sideNouns: KeySet = ["delegation", "side", "team", "contingent", "entourage", "camp", "negotiators", "leadership"]

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
        // The title right before the name, read only when a word the two rules below look for is near.
        let near = (max(0, m.start - 12)..<m.start).contains { k in
            Self.sendingVerbs.contains(toks[k].key) || toks[k].key == "representing" || toks[k].key == "behalf"
        }
        let titleBefore = near ? (max(0, m.start - 8)..<m.start).lazy.compactMap({ self.parseRole(toks, $0) }).first(where: { $0.end == m.start }) : nil
        // "Malawi sent Minister of Foreign Affairs X": the sender's, with nothing but a title between.
        if near, m.start >= 2 {
            var s = m.start - 1
            if let r = titleBefore { s = r.start - 1 }
            if s >= 1, toks[s].sentence == sentence, Self.sendingVerbs.contains(toks[s].key) {
                // "Brazil, whose president had criticised him, sent …": the sender before a clause in commas.
                var end = s
                if toks[s - 1].isPunct(","), let open = (max(0, s - 30)..<(s - 1)).last(where: { toks[$0].isPunct(",") }),
                   open + 1 < s, ["whose", "which", "where", "who"].contains(toks[open + 1].key), toks[open].sentence == sentence {
                    end = open
                }
                for b in stride(from: end - 1, through: max(0, end - 4), by: -1) {
                    if let c = countryAt(toks, b), c.end == end, !c.demonym {
                        return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, b, s + 1))
                    }
                }
            }
        }
        // "Brazil, whose president Jair Bolsonaro …": the country a relative clause's "whose" owns.
        if m.start >= 3, let w = (max(1, m.start - 8)..<m.start).last(where: { toks[$0].key == "whose" }), w >= 2, toks[w - 1].isPunct(","),
           parseRole(toks, w + 1).map({ $0.end == m.start }) == true || w + 1 == m.start {
            for b in stride(from: w - 2, through: max(0, w - 5), by: -1) {
                if let c = countryAt(toks, b), c.end == w - 1, !c.demonym {
                    return CountryEvidence(country: c.name, strength: .stated, cue: text(toks, b, m.start))
                }
            }
        }
        // "Prime Minister A, representing President B": whom an official represents is of the
        // official's country.
        if near, m.start >= 2 {
            var s = m.start
            if let r = titleBefore { s = r.start }
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
        // government's; "In Israel, which …, former prime minister X": from a country, its own.
        // (The sentence's start, looked for within eighty words: a long list's later names are not
        // what a sentence's opening "In Rome," speaks of.)
        var first = m.start
        while first > 0, first > m.start - 80, toks[first - 1].sentence == sentence { first -= 1 }
        if first == 0 || toks[first - 1].sentence != sentence, first + 2 < m.start, toks[first].key == "in" {
            if let (e, entry) = phrase(at: toks, first + 1), entry.kind == .place, e < m.start, toks[e].isPunct(","),
               let c = gz.capitalCountry(of: Gazetteer.keys(entry.name)) {
                return CountryEvidence(country: c, strength: .institution, cue: text(toks, first, e))
            }
            if let c = countryAt(toks, first + 1), !c.demonym, c.end < m.start, toks[c.end].isPunct(",") {
                return CountryEvidence(country: c.name, strength: .institution, cue: text(toks, first, c.end))
            }
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
        while k > 0, k > m.start - 60, toks[k].sentence == sentence {
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
            // "Iranian leadership, including …": a country's leadership only where the list follows it
            // ("talks with the Iranian leadership, Imran Khan will …" puts no one on it).
            if toks[k].key == "leadership" {
                var n = k + 1
                if n < m.start, toks[n].isPunct(",") { n += 1 }
                guard n < m.start, ["including", "among", "such"].contains(toks[n].key) else { continue }
            }
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
    static let aideWords: KeySet = ["adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "secretary", "assistant", "envoy"]

    /// "accompanied by", "joined by", "flanked by".
    static let accompanyingWords: KeySet = ["accompanied", "joined", "flanked"]
    /// Verbs after which the people of a sentence are no longer its subject's company.
    static let companyVerbs: KeySet = ["met", "received", "greeted", "held", "said", "told", "hosted", "welcomed"]

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
    static let sendingVerbs: KeySet = ["sent", "dispatched", "fielded"]

    /// Words between a list of people and the side they belong to.
    static let belongingWords: KeySet = ["and", "was", "were", "is", "are", "also", "among", "in", "of", "part", "members",
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
        for i in accepted.indices where accepted[i].kind == .person {
            let (b, s, e) = (accepted[i].block, accepted[i].start, accepted[i].end)
            if starting[Self.key(b, s)] == nil { starting[Self.key(b, s)] = i }
            if ending[Self.key(b, e)] == nil { ending[Self.key(b, e)] = i }
            for w in accepted[i].person?.words ?? [] { byWord[w, default: []].append(i) }
            inBlock[b, default: []].append((e, i))
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
