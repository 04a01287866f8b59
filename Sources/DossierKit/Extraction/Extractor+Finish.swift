import Foundation

extension ExtractionContext {
    static let linkBreakers: Set<String> = ["meet", "meets", "met", "with", "held", "holds", "hosted", "hosts", "received", "receives",
                                            "discussed", "discuss", "discusses", "to", "against", "versus", "vs", "by"]

    /// Builds the article's mentions (people get provisional ids "local-N" until linking) and its people.
    func finish() -> LocalArticle {
        var a = article
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
                id = EntityID(kind: c.kind, slug: NameFold.slug(c.name))
            }
            if c.kind != .person { names[id] = c.name }
            mentionIndex[i] = mentions.count
            mentions.append(Mention(range: c.range, kind: c.kind, entity: id, surface: c.kind == .person ? c.name : article.string(in: c.range), rule: c.rule))
        }
        a.mentions = mentions

        // Accepted countries by (block, end token): the first one wins, as in reading order.
        var countryEnds: [BlockToken: Int] = [:]
        for (i, c) in accepted.enumerated() where c.kind == .country && countryEnds[BlockToken(block: c.block, token: c.end)] == nil {
            countryEnds[BlockToken(block: c.block, token: c.end)] = i
        }
        var people: [LocalPerson] = []
        for members in clusters {
            let ms = members.sorted { accepted[$0].range < accepted[$1].range }
            var roles: [String] = []
            var country: String?
            for m in ms {
                for r in accepted[m].roles where !roles.contains(where: { $0.caseInsensitiveCompare(r) == .orderedSame }) { roles.append(r) }
                if country == nil { country = accepted[m].country }
            }
            if country == nil {
                for m in ms.prefix(8) { if let c = nearbyCountry(accepted[m], countryEnds: countryEnds) { country = c; break } }
            }
            var surfaces: [String] = []
            for m in ms where !surfaces.contains(accepted[m].name) { surfaces.append(accepted[m].name) }
            people.append(LocalPerson(names: ms.compactMap { accepted[$0].person }, surfaces: surfaces, roles: roles, country: country,
                                      mentions: ms.compactMap { mentionIndex[$0] }, rules: ms.map { accepted[$0].rule }))
        }
        var acr: [String: String] = [:]
        for (k, v) in acronyms { acr[k] = v.name }
        return LocalArticle(article: a, people: people, acronyms: acr, names: names)
    }

    /// The nearest country or demonym before the mention in the same sentence.
    struct BlockToken: Hashable { var block: Int; var token: Int }

    func nearbyCountry(_ p: Candidate, countryEnds: [BlockToken: Int]) -> String? {
        let toks = blocks[p.block].tokens
        let sentence = toks[p.start].sentence
        // Look back at most twelve tokens in the same sentence.
        var c: Candidate?
        var k = p.start - 1
        while k >= 0, k >= p.start - 14, toks[k].sentence == sentence, c == nil {
            c = countryEnds[BlockToken(block: p.block, token: k + 1)].map { accepted[$0] }
            k -= 1
        }
        guard let c, p.start - c.end <= 12 else { return nil }
        // "Iran's minister meets Defence Minister Kh Asif": a verb or "with" between them breaks the link.
        for t in toks[c.end..<p.start] where t.kind == .word && (Self.speechVerbs.contains(t.key) || Self.linkBreakers.contains(t.key)) {
            return nil
        }
        return c.name
    }
}
