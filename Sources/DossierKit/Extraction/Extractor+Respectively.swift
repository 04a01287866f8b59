import Foundation

/// "A and B become, respectively, minister for X and minister for Y"; "A and B were named foreign
/// and defence ministers respectively" reads no office: each office of a list goes to the name in
/// the same place in the list of names before the predicate.
extension ExtractionContext {
    mutating func findRespectiveOffices() {
        for b in blocks.indices where blocks[b].tokens.contains(where: { $0.key == "respectively" }) {
            let toks = blocks[b].tokens
            var personAt: [Int: Int] = [:]
            for n in accepted.indices where accepted[n].kind == .person && accepted[n].block == b { personAt[accepted[n].end] = n }
            for r in toks.indices where toks[r].key == "respectively" {
                // The names: a list ending before the predicate, within the sentence.
                var verb = r - 1
                while verb >= 0, toks[verb].sentence == toks[r].sentence, personAt[verb] == nil { verb -= 1 }
                guard verb > 0, let last = personAt[verb] else { continue }
                var names = [last]
                var k = accepted[last].start
                while k >= 2 {
                    var sep = k - 1
                    if toks[sep].key == "and", sep >= 1, toks[sep - 1].isPunct(",") { sep -= 1 }
                    guard toks[sep].isPunct(",") || toks[sep].key == "and",
                          let prev = personAt[sep] ?? skipParenthesisBack(toks, sep).flatMap({ personAt[$0] }) else { break }
                    names.insert(prev, at: 0)
                    k = accepted[prev].start
                }
                guard names.count >= 2 else { continue }
                // Between the last name and "respectively", only a predicate's words.
                // The offices after "respectively" ("become, respectively, A and B") or before it
                // ("were appointed A and B respectively").
                var p = skipParenthesis(toks, accepted[last].end)
                while p < r, toks[p].kind == .word && Self.predicateWords.contains(toks[p].key) && parseRole(toks, p)?.start != p || toks[p].isPunct(",") { p += 1 }
                var o = p
                // "enter the ministry as A and B respectively": a few plain words, then "as".
                if p < r, parseRole(toks, p)?.start != p,
                   let at = (p..<min(r, p + 6)).first(where: { toks[$0].key == "as" }), (p..<at).allSatisfy({ toks[$0].kind == .word }) {
                    o = at + 1
                }
                if p == r {
                    o = r + 1
                    if o < toks.count, toks[o].isPunct(",") { o += 1 }
                    if o < toks.count, toks[o].key == "as" { o += 1 }
                }
                guard o < toks.count, let first = parseRole(toks, o), first.start == o else { continue }
                var offices = officeList(toks, from: first)
                // "economy minister and demography minister": a field no table knows before the same head.
                if let head = first.title.split(separator: " ").last.map({ $0.lowercased() }), first.title.split(separator: " ").count == 2 {
                    while offices.count < names.count, let e = offices.last?.end, e + 2 < toks.count, toks[e].key == "and" || toks[e].isPunct(","),
                          toks[e + 1].kind == .word, !toks[e + 1].isCapitalized, toks[e + 2].key == head {
                        var next = first
                        next.start = e + 1; next.end = e + 3
                        next.title = toks[e + 1].text.prefix(1).uppercased() + toks[e + 1].text.dropFirst() + " " + first.title.split(separator: " ").last!
                        next.evidence = nil
                        offices.append(next)
                    }
                }
                guard offices.count == names.count, p == r || offices.last.map({ $0.end == r || $0.end + 1 == r && toks[$0.end].isPunct(",") }) == true else { continue }
                let titles = Set(offices.map { $0.title.lowercased() })
                for (n, office) in zip(names, offices) {
                    accepted[n].roles.removeAll { titles.contains($0.lowercased()) }
                    accepted[n].roles.append(office.title)
                    if accepted[n].evidence == nil, let e = office.evidence { accepted[n].evidence = e; accepted[n].country = e.country }
                }
            }
        }
    }

    /// The token before a parenthesis that closes at `e - 1` … `e` ("A (DP) and B"): the index
    /// right before it, where a name would end.
    func skipParenthesisBack(_ toks: [Token], _ e: Int) -> Int? {
        guard e >= 1, toks[e - 1].isPunct(")") else { return nil }
        var k = e - 2
        while k >= 0, k > e - 10, !toks[k].isPunct("(") { k -= 1 }
        return k >= 0 && toks[k].isPunct("(") ? k : nil
    }
}
