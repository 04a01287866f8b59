import Foundation

/// "Smailov, born in 1972, had been acting prime minister. Before that he served as First Deputy
/// Prime Minister and as Minister of Finance": the offices a pronoun's predicate gives, for the one
/// person the sentence before names.
extension ExtractionContext {
    mutating func findPronounOffices() {
        var clusterOf: [Int: Int] = [:]
        for (c, members) in clusters.enumerated() { for m in members { clusterOf[m] = c } }
        for b in blocks.indices where blocks[b].kind == .paragraph {
            let toks = blocks[b].tokens
            for k in toks.indices where (toks[k].key == "he" || toks[k].key == "she") && toks[k].kind == .word && k + 2 < toks.count {
                // The sentence's subject: first in it, or after an opening phrase and its comma
                // ("Before that he …", "Earlier, she …").
                let sentence = toks[k].sentence
                var s = k
                while s > 0, toks[s - 1].sentence == sentence { s -= 1 }
                guard k - s <= 4, toks[s..<k].allSatisfy({ $0.kind == .word && !$0.isCapitalized || $0.isPunct(",") || $0.kind == .word && $0.key == toks[s].key }) else { continue }
                // A career's offices: "served as", "had been", "has been" (an election's office, "was
                // elected mayor in 2020", is often a past one the report does not give).
                guard k + 2 < toks.count, ["served", "serves", "serving"].contains(toks[k + 1].key)
                        || ["had", "has"].contains(toks[k + 1].key) && ["been", "served"].contains(toks[k + 2].key)
                        || toks[k + 1].key == "previously" || toks[k + 1].key == "also" && toks[k + 2].key == "served",
                      let first = predicateRole(toks, k + 1) else { continue }
                // The person: the one the sentence before names (in this block or the paragraph
                // before), and no one named in this sentence before the pronoun.
                guard s > 0 || b > 0 else { continue }
                let (pb, pend) = s > 0 ? (b, s) : (b - 1, blocks[b - 1].tokens.count)
                guard s > 0 || blocks[pb].kind == .paragraph, pend > 0 else { continue }
                let prev = blocks[pb].tokens
                var ps = pend - 1
                while ps > 0, prev[ps - 1].sentence == prev[pend - 1].sentence { ps -= 1 }
                let named = accepted.indices.filter { n in
                    accepted[n].kind == .person && (accepted[n].block == pb && accepted[n].start >= ps && accepted[n].start < pend
                                                     || accepted[n].block == b && accepted[n].start >= s && accepted[n].start < k)
                }
                let people = Set(named.map { clusterOf[$0] ?? -1 - $0 })
                guard people.count == 1, let n = named.first else { continue }
                // The sentence before is about that person: the name its subject, with nothing
                // capitalised before it but a title ("Putin met Xi Jinping. He …" names two).
                let m = accepted[n]
                guard m.block == pb, m.start - ps <= 6, prev[ps].key != "according", (ps..<m.start).allSatisfy({ j in
                    !prev[j].isCapitalized || j == ps && !prev[j].facts.contains(.nameLike) || !(gz.wordFacts[prev[j].key] ?? []).isDisjoint(with: [.roleHead, .roleModifier, .title])
                }) else { continue }
                // Nor when that sentence speaks of someone unnamed by an office after the name ("Ruto
                // nominated a new army chief. He previously served as …" is the chief's career).
                guard !(m.end..<pend).contains(where: { j in prev[j].facts.contains(.roleStart) && parseRole(prev, j).map { $0.start == j } == true })
                else { continue }
                for r in officeList(toks, from: first) where !accepted[n].roles.contains(where: { $0.caseInsensitiveCompare(r.title) == .orderedSame }) {
                    accepted[n].roles.append(r.title)
                }
            }
        }
    }
}
