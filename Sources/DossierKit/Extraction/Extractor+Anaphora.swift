import Foundation

/// "Pakistan will receive Iran's foreign minister next week. Hossein Amirabdollahian is scheduled
/// to land on Aug 3.": an office a sentence names without a name, then a sentence that opens with
/// a full name and gives it no office. The name holds the office, and the country that went with it.
extension ExtractionContext {
    mutating func findDescribedNames() {
        for n in accepted.indices where accepted[n].kind == .person && accepted[n].roles.isEmpty {
            let c = accepted[n]
            guard c.person.map({ $0.words.count >= 2 }) == true else { continue }
            let toks = blocks[c.block].tokens
            // The name opens its sentence.
            guard c.start == 0 || toks[c.start - 1].sentence != toks[c.start].sentence else { continue }
            // The sentence before: the end of this block's previous sentence, or the previous block.
            var b = c.block, end = c.start
            if end == 0 {
                guard b > 0, blocks[b - 1].kind == .paragraph || blocks[b - 1].kind == .dateline else { continue }
                b -= 1; end = blocks[b].tokens.count
            }
            let prev = blocks[b].tokens
            guard end > 0 else { continue }
            let sentence = prev[end - 1].sentence
            var s = end - 1
            while s > 0, prev[s - 1].sentence == sentence { s -= 1 }
            // No one is named in it: the office is no one else's.
            guard !accepted.contains(where: { $0.kind == .person && $0.block == b && $0.start >= s && $0.start < end }) else { continue }
            // One office in it, after a country's possessive or demonym ("Iran's foreign minister",
            // "the Iranian foreign minister"), not followed by a name.
            var found: (RoleMatch, CountryEvidence)?
            var k = s
            while k < end {
                if let cue = countryCue(prev, endingAt: k), prev[k].facts.contains(.roleStart), let r = parseRole(prev, k), r.start == k, !r.plural,
                   r.end >= prev.count || !isNameToken(prev[r.end]) {
                    guard found == nil else { found = nil; break }
                    found = (r, cue.evidence)
                    k = r.end; continue
                }
                k += 1
            }
            guard let (r, evidence) = found else { continue }
            accepted[n].roles = [r.title]
            if accepted[n].evidence == nil { accepted[n].evidence = evidence; accepted[n].country = evidence.country }
        }
    }
}
