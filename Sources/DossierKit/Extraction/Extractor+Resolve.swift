import Foundation

extension ExtractionContext {
    /// Keeps non-overlapping candidates: longest first, then higher priority, then earliest.
    mutating func resolve() {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a], y = candidates[b]
            if x.range.length != y.range.length { return x.range.length > y.range.length }
            if x.priority != y.priority { return x.priority > y.priority }
            return x.range.start < y.range.start
        }
        var kept: [Candidate] = []
        var byRange: [TextRange: Int] = [:]
        for i in order {
            let c = candidates[i]
            if let k = byRange[c.range], kept[k].kind == c.kind {
                // Same span found by two rules: keep the stronger, gather roles and country.
                for r in c.roles where !kept[k].roles.contains(r) { kept[k].roles.append(r) }
                if kept[k].country == nil { kept[k].country = c.country }
                kept[k].evidence = CountryEvidence.stronger(kept[k].evidence, c.evidence)
                kept[k].anchored = kept[k].anchored || c.anchored
                if kept[k].impliedRoles.isEmpty { kept[k].impliedRoles = c.impliedRoles }
                continue
            }
            if isCovered(c.block, c.start, c.end) { continue }
            mark(c.block, c.start, c.end)
            byRange[c.range] = kept.count
            kept.append(c)
        }
        accepted = kept.sorted { $0.range < $1.range }
    }

    func isCovered(_ b: Int, _ s: Int, _ e: Int) -> Bool { covered[b][s..<e].contains(true) }

    mutating func mark(_ b: Int, _ s: Int, _ e: Int) { for i in s..<e { covered[b][i] = true } }

    /// Groups the article's person mentions: full names that agree, then single names joined to
    /// the full name they abbreviate (the nearest one before when two share a surname).
    mutating func clusterPeople() {
        clusters = []
        let people = accepted.indices.filter { accepted[$0].kind == .person }
        var clusterOf: [Int: Int] = [:]
        // Distinct names per cluster: a name mentioned a thousand times is compared once.
        var distinct: [[PersonName]] = []
        var distinctSet: [Set<PersonName>] = []
        func names(_ c: Int) -> [PersonName] { distinct[c] }
        func put(_ i: Int, _ c: Int?) {
            let name = accepted[i].person!
            if let c {
                clusters[c].append(i)
                if distinctSet[c].insert(name).inserted { distinct[c].append(name) }
                clusterOf[i] = c
            } else {
                clusters.append([i]); distinct.append([name]); distinctSet.append([name])
                clusterOf[i] = clusters.count - 1
            }
        }
        var byWord: [String: [Int]] = [:]  // name word skeleton → clusters
        for i in people where !(accepted[i].person?.isSingle ?? true) {
            let name = accepted[i].person!
            let nearby = Set(name.skeletons.flatMap { byWord[NameFold.key($0)] ?? [] })
            let fits = nearby.sorted().filter { c in names(c).allSatisfy { $0.isCompatible(with: name) } }
            defer { if let c = clusterOf[i] { for w in name.skeletons.map(NameFold.key) where byWord[w]?.contains(c) != true { byWord[w, default: []].append(c) } } }
            put(i, fits.count == 1 ? fits[0] : nil)
        }
        // A headline's short form of a full name the body prints ("Amir Abdollahian" over "Hossein
        // Amir Abdollahian", "Morris Dixon" over "Dana Morris Dixon"): the same person, when the
        // body never prints the short form and no other full name ends with it.
        var into: [Int: Int] = [:]
        for a in clusters.indices where clusters[a].allSatisfy({ [.title, .subtitle].contains(blocks[accepted[$0].block].kind) }) {
            let shorts = distinct[a]
            let targets = clusters.indices.filter { b in
                b != a && clusters[b].contains { blocks[accepted[$0].block].kind == .paragraph } && distinct[b].contains { full in
                    shorts.allSatisfy { $0.words.count < full.words.count && $0.isCompatible(with: full, tailOfGiven: true) } }
            }
            if targets.count == 1, into[targets[0]] == nil { into[a] = targets[0] }
        }
        if !into.isEmpty {
            for (a, b) in into {
                for m in clusters[a] { clusters[b].append(m) }
                for n in distinct[a] where distinctSet[b].insert(n).inserted { distinct[b].append(n) }
            }
            let keep = clusters.indices.filter { into[$0] == nil }
            clusters = keep.map { clusters[$0] }; distinct = keep.map { distinct[$0] }; distinctSet = keep.map { distinctSet[$0] }
            clusterOf = [:]
            for (c, ms) in clusters.enumerated() { for m in ms { clusterOf[m] = c } }
        }
        for i in people where accepted[i].person?.isSingle ?? true {
            let name = accepted[i].person!
            var fits = clusters.indices.filter { c in names(c).contains { !$0.isSingle && $0.isCompatible(with: name) } }
            if fits.isEmpty, accepted[i].anchored, name.particles.isEmpty, let w = name.skeletons.first {
                // "Gen Asim": a title and a given name.
                fits = clusters.indices.filter { c in
                    names(c).contains { n in n.skeletons.dropLast().contains { NameFold.same($0, w) } && (name.generation.map { !NameFold.isRegnal($0) } ?? true) }
                }
            }
            if fits.isEmpty {
                fits = clusters.indices.filter { c in names(c).allSatisfy { $0.isCompatible(with: name) } }
            }
            // "King Abdullah" is not "Abdullah bin Zayed, the foreign minister": a sovereign's given
            // name fits another sovereign's full name, or one that starts with it and holds no office
            // ("Queen Mary" of "Mary Donaldson").
            if !fits.isEmpty, gz.hasSovereignTitle(accepted[i].roles), let w = name.skeletons.first {
                fits = fits.filter { c in
                    names(c).allSatisfy(\.isSingle) || clusters[c].contains { gz.hasSovereignTitle(accepted[$0].roles) }
                        || clusters[c].allSatisfy { accepted[$0].roles.isEmpty } && names(c).contains { n in !n.isSingle && NameFold.same(n.skeletons[0], w) }
                }
            }
            // Spelt the same beats spelt alike: "Traoré" is Ibrahim Traoré's, not Omar Touray's.
            if fits.count > 1, let word = name.words.first.map(TextFolding.key) {
                let exact = fits.filter { c in names(c).contains { n in !n.isSingle && n.words.contains { TextFolding.key($0) == word } } }
                if !exact.isEmpty { fits = exact }
            }
            // "General Maïga" after "General Abdoulaye Maïga" and "premier Choguel Kokalla Maïga":
            // the one whose title it repeats.
            if fits.count > 1, !accepted[i].roles.isEmpty {
                let titles = accepted[i].roles.map { $0.lowercased() }
                let titled = fits.filter { c in
                    clusters[c].contains { m in accepted[m].roles.contains { titles.contains($0.lowercased()) } }
                }
                if !titled.isEmpty { fits = titled }
            }
            let pick = nearest(fits, before: accepted[i].range.start)
            put(i, pick)
        }
    }

    /// Of several clusters, the one mentioned last before `offset`, else the first one after.
    func nearest(_ fits: [Int], before offset: Int) -> Int? {
        guard fits.count > 1 else { return fits.first }
        var best: (Int, Int)?
        for c in fits {
            for m in clusters[c] where accepted[m].range.start < offset {
                if best == nil || accepted[m].range.start > best!.1 { best = (c, accepted[m].range.start) }
            }
        }
        if let best { return best.0 }
        return fits.min { (clusters[$0].map { accepted[$0].range.start }.min() ?? 0) < (clusters[$1].map { accepted[$0].range.start }.min() ?? 0) }
    }

    /// Bare surnames of the article's people and acronyms it defined, wherever they stand.
    mutating func findSecondaryMentions() {
        surnamesTakenForPlaces()
        var added: [Candidate] = []
        // The first word of each accepted person's name, folded, once each (accepted mentions do
        // not change here; new ones are added after them).
        var foldedFirst: [Int: String] = [:]
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var i = 0
            while i < toks.count {
                defer { i += 1 }
                let t = toks[i]
                guard t.kind == .word, t.isCapitalized || t.isAllCaps, !isCovered(b, i, i + 1) else { continue }
                if let c = shortForms[t.text], !continuesName(toks, i), i + 1 >= toks.count || !isNameToken(toks[i + 1]) {
                    var m = Candidate(block: b, start: i, end: i + 1, range: t.range, kind: .person, name: t.text,
                                      priority: gz.priority(of: "short-form"), rule: "short-form", country: nil)
                    m.person = PersonName(particles: [], words: [t.text])
                    accepted.append(m)
                    mark(b, i, i + 1)
                    clusters[c].append(accepted.count - 1)
                    continue
                }
                if t.isAllCaps, let (kind, name) = acronyms[t.text] {
                    added.append(Candidate(block: b, start: i, end: i + 1, range: t.range, kind: kind, name: name, priority: gz.priority(of: "acronym"), rule: "acronym"))
                    mark(b, i, i + 1)
                    continue
                }
                guard !t.isAllCaps || t.text.count == 1, isNameToken(t), !continuesName(toks, i),
                      let run = nameRun(b, i, bodyWords: []) else { continue }
                // A full name met again where no rule saw it ("sisters Aleema Khan and …").
                if run.name.words.count >= 2 {
                    let r = range(b, run.start, run.end)
                    var same = clusters.indices.filter { c in clusters[c].contains { accepted[$0].person?.joined == run.name.joined } }
                    // "Choguel Maïga" after "Choguel Kokalla Maïga": the full name without a middle
                    // word, when it shortens exactly one.
                    if same.isEmpty {
                        let words = run.name.words.map(TextFolding.key)
                        same = clusters.indices.filter { c in clusters[c].contains { m in
                            guard let n = accepted[m].person, n.words.count > words.count, TextFolding.key(n.words[0]) == words[0],
                                  TextFolding.key(n.words.last!) == words.last! else { return false }
                            return n.isCompatible(with: run.name)
                        } }
                    }
                    if same.count == 1, !isCovered(b, run.start, run.end) {
                        var c = Candidate(block: b, start: run.start, end: run.end, range: r, kind: .person, name: text(b, run.start, run.end),
                                          priority: gz.priority(of: "full-name-again"), rule: "full-name-again", country: nil)
                        c.person = run.name
                        accepted.append(c)
                        mark(b, run.start, run.end)
                        clusters[same[0]].append(accepted.count - 1)
                        i = run.end - 1
                        continue
                    }
                    // Not a known name: look at its last word alone ("Later Naqvi's").
                    guard !continuesName(toks, i + 1) || run.end - run.start > 2 else { continue }
                    // Never back (a run of one token can hold two words of a name).
                    i = max(i, run.end - 2)
                    continue
                }
                // Not the start of another full name ("Munir Akram").
                if run.end < toks.count, isNameToken(toks[run.end]) { continue }
                let r = range(b, run.start, run.end)
                if isCovered(b, run.start, run.end) { continue }
                var fits = clusters.indices.filter { c in
                    clusters[c].contains { m in
                        guard let n = accepted[m].person, !n.isSingle else { return false }
                        // The last words compared first: most full names end in another word.
                        return NameFold.same(run.name.skeletons[0], n.skeletons.last!) && n.isCompatible(with: run.name) || n.joined == run.name.joined
                            // "Sudani" after "Mohammed Shia' al-Sudani": the family name without its article.
                            || Self.articleless(n.words.last!).map { NameFold.same(run.name.skeletons[0], NameFold.skeleton(String($0))) } == true
                    }
                }
                // Spelt the same beats spelt alike: "Traoré" is Ibrahim Traoré's, not Omar Touray's.
                if fits.count > 1, let word = run.name.words.first.map(TextFolding.key) {
                    let exact = fits.filter { c in clusters[c].contains { m in accepted[m].person.map { !$0.isSingle && $0.words.contains { TextFolding.key($0) == word } } ?? false } }
                    if !exact.isEmpty { fits = exact }
                }
                var rule = "surname"
                if fits.isEmpty {
                    // "Bilawal said": a given name alone, when it starts exactly one full name here and
                    // ends none.
                    // Printed the same way (folded), not merely the same skeleton: "Azam" is not "Azma".
                    let w = run.name.skeletons[0], printed = TextFolding.searchFold(run.name.words[0])
                    let firsts = clusters.indices.filter { c in clusters[c].contains { m in
                        accepted[m].person.map { n in
                            guard n.words.count >= 2 else { return false }
                            if let f = foldedFirst[m] { return f == printed }
                            let f = TextFolding.searchFold(n.words[0])
                            foldedFirst[m] = f
                            return f == printed
                        } ?? false } }
                    let lasts = clusters.indices.filter { c in clusters[c].contains { m in accepted[m].person?.skeletons.last.map { NameFold.same($0, w) } ?? false } }
                    guard firsts.count == 1, lasts.isEmpty else { continue }
                    fits = firsts
                    rule = "given-name-alone"
                }
                var c = Candidate(block: b, start: run.start, end: run.end, range: r, kind: .person, name: text(b, run.start, run.end),
                                  priority: gz.priority(of: rule), rule: rule, country: nil)
                c.person = run.name
                let pick = nearest(fits, before: r.start)!
                added.append(c)
                accepted.append(c)
                mark(b, run.start, run.end)
                clusters[pick].append(accepted.count - 1)
                i = run.end - 1
            }
        }
        for c in added where c.kind != .person { accepted.append(c) }
        // Keep cluster indices valid: re-sort accepted and remap.
        let order = accepted.indices.sorted { accepted[$0].range < accepted[$1].range }
        var newIndex = [Int](repeating: 0, count: accepted.count)
        for (n, o) in order.enumerated() { newIndex[o] = n }
        accepted = order.map { accepted[$0] }
        clusters = clusters.map { $0.map { newIndex[$0] }.sorted() }
    }

    /// The word before `i` reads as part of the same name: a name word that does not merely open
    /// its sentence ("Aleema Khan", but not "Later Naqvi").
    /// "Lecce's energy file" beside "Stephen Lecce": a town the tables know, printed as the family
    /// name of exactly one of the report's people, is that person, unless a preposition of place
    /// comes before it ("in Lecce") or a noun it qualifies after it ("Lecce council"). Not a
    /// capital ("Washington's envoy").
    mutating func surnamesTakenForPlaces() {
        for n in accepted.indices where accepted[n].kind == .place && accepted[n].rule == "gazetteer:place" && accepted[n].end - accepted[n].start == 1 {
            let toks = blocks[accepted[n].block].tokens, i = accepted[n].start
            let key = toks[i].key
            // (a possessive is a person's after any word: "adds mines to Lecce's energy file")
            let possessive = i + 2 < toks.count && toks[i + 1].isApostrophe && toks[i + 2].key == "s"
            guard gz.capitalCountry(of: [key]) == nil, i == 0 || possessive || !Self.placePrepositions.contains(toks[i - 1].key) else { continue }
            func owners(_ word: (PersonName) -> String) -> [Int] {
                clusters.indices.filter { c in clusters[c].contains { m in
                    accepted[m].person.map { $0.words.count >= 2 && TextFolding.key(word($0)) == key && !gz.isKnownPlace(accepted[m].name) } ?? false } }
            }
            // (Not a town before the noun it qualifies: "Mansfield council", "Sydney residents".)
            if i + 1 < toks.count, Self.townQualified.contains(toks[i + 1].key) { continue }
            let last = owners { $0.words.last! }
            guard last.count == 1, let owner = last.first else { continue }
            accepted[n].kind = .person
            accepted[n].person = PersonName(particles: [], words: [toks[i].text])
            accepted[n].rule = "surname"
            accepted[n].priority = gz.priority(of: "surname")
            accepted[n].country = nil
            clusters[owner].append(n)
            clusters[owner].sort()
        }
    }
    static let townQualified: Set<String> = ["council", "mayor", "residents", "city", "town", "district", "county", "police", "port", "airport",
                                             "hospital", "court", "station", "area", "region", "province", "streets", "suburbs", "voters",
                                             "people", "officials", "market", "harbour", "harbor", "university", "club", "fc", "derby"]
    static let placePrepositions: Set<String> = ["in", "from", "to", "at", "near", "outside", "of", "into", "across", "around"]

    /// "al-Sudani", "El-Sisi", "Al-Burhan": the family name after its Arabic article and hyphen.
    static func articleless(_ word: String) -> Substring? {
        let u = word.utf8
        guard u.count > 5, let f = u.first, f == 0x61 || f == 0x41 || f == 0x65 || f == 0x45,
              u.dropFirst().first == 0x6C, u.dropFirst(2).first == 0x2D else { return nil }
        return word.dropFirst(3)
    }

    func continuesName(_ toks: [Token], _ i: Int) -> Bool {
        // The tail of a hyphenated compound ("Quaid-e-Azam") is not a name of its own.
        if i > 1, toks[i - 1].isHyphen, !toks[i - 1].spaceBefore, !toks[i].spaceBefore, toks[i - 2].kind == .word { return true }
        guard i > 0, isNameToken(toks[i - 1]) else { return false }
        let sentenceStart = i - 1 == 0 || toks[i - 2].sentence != toks[i - 1].sentence || (toks[i - 2].kind == .punct && "\"“‘'(".contains(toks[i - 2].text))
        return !sentenceStart || gz.isGivenName(toks[i - 1].key)
    }
}
