import Foundation

/// A plural office over a list of names: each name holds it.
extension ExtractionContext {
    static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"]
    static let listIntroWords: Set<String> = ["present", "attending", "who", "attended", "included", "include", "includes", "were", "are"]
    static let listParticiples: Set<String> = ["elected", "appointed", "named", "sworn", "in", "confirmed", "chosen", "nominated", "approved", "also"]

    /// "(Basic Education)", "(Forestry, Fisheries and the Environment)": a portfolio in brackets at
    /// `i` — capitalised words, with "and", "of", "the" and commas between, no acronym in capitals
    /// (a party's) and no number. Its words, or nil.
    func portfolioInBrackets(_ toks: [Token], _ i: Int) -> String? {
        guard i + 2 < toks.count, toks[i].isPunct("(") else { return nil }
        var k = i + 1
        while k < toks.count, k < i + 12, !toks[k].isPunct(")") {
            let t = toks[k]
            let joint = t.isPunct(",") || ["and", "of", "the", "for"].contains(t.text)
            guard joint || t.kind == .word && t.isCapitalized && !t.isAllCaps else { return nil }
            k += 1
        }
        guard k < toks.count, toks[k].isPunct(")"), k > i + 1, toks[k - 1].kind == .word, toks[i + 1].kind == .word else { return nil }
        // A portfolio's field among its words ("Education", "Home Affairs"), and no country or
        // place: "(Likud)", "(Religious Zionism)", "(Kenya)" are no portfolios.
        // Two words at least, none a body's, a party's or a political family's ("(Labor)", "(Social
        // Democrats)", "(National Coalition)", "(Movement for Justice)" are parties).
        let words = (i + 1..<k).filter { toks[$0].kind == .word && toks[$0].isCapitalized }
        guard words.count >= 2, (i + 1..<k).contains(where: { gz.roleFields.contains(toks[$0].key) }),
              !(i + 1..<k).contains(where: { countryAt(toks, $0) != nil || placeAt(toks, $0) != nil || phrase(at: toks, $0)?.entry.kind == .organization
                  || Self.ideologyWords.contains(toks[$0].key) || Self.partyWords.contains(toks[$0].key)
                  || ["front", "union", "league", "congress", "contract"].contains(toks[$0].key) }) else { return nil }
        return text(toks, i + 1, k)
    }

    /// "The two foreign ministers, Saudi Arabia's Prince Faisal bin Farhan and Iran's Hossein
    /// Amirabdollahian", "the presidents of the bloc's founding members - Uruguay's A, Brazil's B and
    /// Argentina's C": a plural title, a comma, colon or dash, and a list of two or more names, each
    /// perhaps after its country's possessive or with "of Country" after it. Each name without an
    /// office of its own holds the title, and the possessive says its country.
    mutating func findPluralTitleLists() {
        var personAt: [Int: [Int: Int]] = [:]
        for n in accepted.indices where accepted[n].kind == .person { personAt[accepted[n].block, default: [:]][accepted[n].start] = n }
        for (b, starts) in personAt where starts.count >= 2 {
            let toks = blocks[b].tokens
            var i = 0
            while i < toks.count {
                // Most titles are singular: look for a plural head before reading one.
                guard toks[i].facts.contains(.roleStart),
                      toks[i..<min(toks.count, i + 5)].contains(where: { $0.kind == .word && $0.key.utf8.last == UInt8(ascii: "s") && $0.key.utf8.count > 4
                          && gz.roleHeads.contains(String($0.key.dropLast())) }),
                      let r = parseRole(toks, i), r.plural, r.end < toks.count else { i += 1; continue }
                i = r.end
                var k = r.end
                // "the presidents of Argentina, Javier Milei, Ecuador, Daniel Noboa, and Honduras,
                // Xiomara Castro": each country, then its holder.
                // (The title has read the first country as its evidence.)
                let of = toks[k].key == "of" ? k : (r.start..<r.end).last { toks[$0].key == "of" && countryAt(toks, $0 + 1)?.end == r.end }
                if let of, let (members, end) = interleavedHolders(toks, from: of + 1, starts: starts), members.count >= 2 {
                    for (n, evidence) in members where accepted[n].roles.isEmpty {
                        accepted[n].roles.insert(r.title, at: 0)
                        if accepted[n].evidence.map({ $0.strength < evidence.strength }) ?? true { accepted[n].evidence = evidence; accepted[n].country = evidence.country }
                    }
                    i = end; continue
                }
                // "the presidents of the bloc's four founding members -"
                if toks[k].key == "of" {
                    var m = k + 1
                    while m < toks.count, m < k + 9, toks[m].kind == .word || toks[m].isApostrophe { m += 1 }
                    k = m
                }
                // "The heads of state present included A, B and C": a few words that introduce a list.
                // "Three deputy prime ministers were elected: A (GERB), B (BSP) and C (ITN)": a
                // participle after the verb, and a colon.
                var verb = k
                while verb < toks.count, verb < k + 4, toks[verb].kind == .word,
                      Self.listIntroWords.contains(toks[verb].key) || verb > k && Self.listParticiples.contains(toks[verb].key) { verb += 1 }
                let introduced = verb > k && toks[k..<verb].contains { ["included", "include", "includes", "were", "are"].contains($0.key) }
                if introduced, verb < toks.count, toks[verb].isPunct(":") { verb += 1 }
                guard k + 1 < toks.count, introduced || toks[k].isPunct(",") || toks[k].isPunct(":") || toks[k].isHyphen || toks[k].isDash else { continue }
                var members: [(n: Int, evidence: CountryEvidence?, portfolio: String?)] = []
                // Portfolios in brackets only under "ministers" alone: "the foreign ministers, A
                // (Kenya)" and "the regional ministers, B (Ashanti)" name countries and regions.
                let bareMinister = r.title.lowercased() == "minister"
                var j = introduced ? verb : k + 1
                // "three deputy prime ministers: A, who becomes …; B, the new …; and C": after a
                // colon, items between semicolons, each a name with its own words.
                let colon = toks[j - 1].isPunct(":")
                var itemsEnd = j
                while itemsEnd < toks.count, toks[itemsEnd].sentence == toks[j].sentence { itemsEnd += 1 }
                // Only a counted office ("three deputy prime ministers:"): "the ministers:" or
                // "critics of the prime ministers included:" may list anyone.
                let counted = r.start >= 1 && (toks[r.start - 1].kind == .number || Self.countWords.contains(toks[r.start - 1].key))
                let semicolons = colon && counted && toks[j..<itemsEnd].contains { $0.isPunct(";") }
                while j < toks.count {
                    var evidence: CountryEvidence?
                    var portfolio: String?
                    if let c = countryAt(toks, j), !c.demonym, let owned = possessiveEnd(toks, c.end) {
                        evidence = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, j, owned))
                        j = owned
                    }
                    j = skipTitles(toks, j)
                    // "party leader A", "SD president B": an item's own office before its name.
                    if semicolons, starts[j] == nil {
                        var t = j
                        if t + 1 < toks.count, toks[t].isCapitalized || toks[t].isAllCaps, parseRole(toks, t + 1)?.start == t + 1 { t += 1 }
                        if let pr = parseRole(toks, t), pr.start == t, case let s = skipTitles(toks, pr.end), starts[s] != nil { j = s }
                    }
                    // An item no rule read as a person ("Dean Macpherson (Public Works)") does not end
                    // a list of portfolios: the items after it still hold theirs.
                    if j < toks.count, starts[j] == nil, bareMinister, case var e = j, toks[j].isCapitalized {
                        while e < toks.count, e < j + 3, toks[e].kind == .word, toks[e].isCapitalized { e += 1 }
                        if e > j + 1, portfolioInBrackets(toks, e) != nil, case let after = skipParenthesis(toks, e),
                           after + 1 < toks.count, toks[after].isPunct(",") || toks[after].key == "and" {
                            j = after + 1
                            if toks[j].key == "and" { j += 1 }
                            continue
                        }
                    }
                    guard let n = starts[j] else { break }
                    j = accepted[n].end
                    if evidence == nil, j + 1 < toks.count, toks[j].key == "of", let c = countryAt(toks, j + 1), !c.demonym {
                        evidence = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, j, c.end))
                        j = c.end
                    } else {
                        // "Lorenzo Fontana of the League and Ignazio La Russa of FdI", "A (GERB)": a party after each.
                        let after = afterAffiliation(toks, j)
                        portfolio = after == j && bareMinister ? portfolioInBrackets(toks, j) : nil
                        j = skipParenthesis(toks, after)
                    }
                    members.append((n, evidence, portfolio))
                    if semicolons {
                        guard j < itemsEnd, let semi = (j..<itemsEnd).first(where: { toks[$0].isPunct(";") }), semi + 1 < toks.count else { break }
                        j = semi + 1
                        if toks[j].key == "and" { j += 1 }
                        continue
                    }
                    guard j + 1 < toks.count else { break }
                    if toks[j].isPunct(",") { j += 1; if toks[j].key == "and" { j += 1 }; continue }
                    if toks[j].key == "and" { j += 1; continue }
                    break
                }
                guard members.count >= 2 else { continue }
                // "The party's other ministers are A (Basic Education), B (Home Affairs)": a minister's
                // portfolio in brackets after each name makes the office "Minister of …".
                let head = r.title.split(separator: " ").last.map(String.init)
                for (n, evidence, portfolio) in members where accepted[n].roles.isEmpty || semicolons || portfolio != nil {
                    let title = portfolio.flatMap { p in head.map { "\($0) of \(p)" } } ?? r.title
                    accepted[n].roles.removeAll { $0 == r.title }
                    if !accepted[n].roles.contains(title) { accepted[n].roles.insert(title, at: 0) }
                    if accepted[n].evidence == nil, let e = evidence ?? r.evidence {
                        accepted[n].evidence = e
                        accepted[n].country = e.country
                    }
                }
                i = j
            }
        }
    }

    /// "of Argentina, Javier Milei, Ecuador, Daniel Noboa, and Honduras, Xiomara Castro": countries
    /// each followed by a comma and a person's name (an item no rule read as a person is passed
    /// over). The holders with their countries, and where the list ends.
    func interleavedHolders(_ toks: [Token], from start: Int, starts: [Int: Int]) -> ([(Int, CountryEvidence)], Int)? {
        var members: [(Int, CountryEvidence)] = []
        var j = start
        while j < toks.count, let c = countryAt(toks, j), !c.demonym, c.end + 1 < toks.count, toks[c.end].isPunct(",") {
            let cue = text(toks, j, c.end)
            j = skipTitles(toks, c.end + 1)
            if let n = starts[j] {
                members.append((n, CountryEvidence(country: c.name, strength: .stated, cue: cue)))
                j = accepted[n].end
            } else {
                // "Paraguay, Santiago Pena,": a name read as something else.
                let from = j
                while j < toks.count, j < from + 4, toks[j].kind == .word, toks[j].isCapitalized { j += 1 }
                guard j > from + 1 else { break }
            }
            guard j + 1 < toks.count else { break }
            if toks[j].isPunct(",") { j += 1; if toks[j].key == "and" { j += 1 }; continue }
            if toks[j].key == "and" { j += 1; continue }
            break
        }
        return members.isEmpty ? nil : (members, j)
    }
}
