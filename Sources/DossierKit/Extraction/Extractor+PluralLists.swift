import Foundation

/// A plural office over a list of names: each name holds it.
extension ExtractionContext {
    static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"]
    static let listIntroWords: Set<String> = ["present", "attending", "who", "attended", "included", "include", "includes", "were", "are"]
    static let listParticiples: Set<String> = ["elected", "appointed", "named", "sworn", "in", "confirmed", "chosen", "nominated", "approved", "also"]

    /// "The two foreign ministers, Saudi Arabia's Prince Faisal bin Farhan and Iran's Hossein
    /// Amirabdollahian", "the presidents of the bloc's founding members - Uruguay's A, Brazil's B and
    /// Argentina's C": a plural title, a comma, colon or dash, and a list of two or more names, each
    /// perhaps after its country's possessive or with "of Country" after it. Each name without an
    /// office of its own holds the title, and the possessive says its country.
    mutating func findPluralTitleLists() {
        var personAt: [Int: [Int: Int]] = [:]
        for (n, c) in accepted.enumerated() where c.kind == .person { personAt[c.block, default: [:]][c.start] = n }
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
                var members: [(n: Int, evidence: CountryEvidence?)] = []
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
                    guard let n = starts[j] else { break }
                    j = accepted[n].end
                    if evidence == nil, j + 1 < toks.count, toks[j].key == "of", let c = countryAt(toks, j + 1), !c.demonym {
                        evidence = CountryEvidence(country: c.name, strength: .stated, cue: text(toks, j, c.end))
                        j = c.end
                    } else {
                        // "Lorenzo Fontana of the League and Ignazio La Russa of FdI", "A (GERB)": a party after each.
                        j = skipParenthesis(toks, afterAffiliation(toks, j))
                    }
                    members.append((n, evidence))
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
                for (n, evidence) in members where accepted[n].roles.isEmpty || semicolons {
                    if !accepted[n].roles.contains(r.title) { accepted[n].roles.insert(r.title, at: 0) }
                    if accepted[n].evidence == nil, let e = evidence ?? r.evidence {
                        accepted[n].evidence = e
                        accepted[n].country = e.country
                    }
                }
                i = j
            }
        }
    }
}
