import Foundation

extension ExtractionContext {
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

        // The article's own country: where its dateline city is.
        let articleCountry = article.dateline.flatMap { gz.country(ofPlace: $0) }
        var people: [LocalPerson] = []
        for members in clusters {
            let ms = members.sorted { accepted[$0].range < accepted[$1].range }
            var roles: [String] = []
            var evidence: CountryEvidence?
            for m in ms {
                for r in accepted[m].roles where !roles.contains(where: { $0.caseInsensitiveCompare(r) == .orderedSame }) { roles.append(r) }
                evidence = CountryEvidence.stronger(evidence, accepted[m].evidence)
            }
            // An official that nothing in the article places belongs to the article's country.
            if evidence == nil, !roles.isEmpty, let c = articleCountry {
                evidence = CountryEvidence(country: c, strength: .article, cue: "dateline " + (article.dateline ?? ""))
            }
            var surfaces: [String] = []
            for m in ms where !surfaces.contains(accepted[m].name) { surfaces.append(accepted[m].name) }
            people.append(LocalPerson(names: ms.compactMap { accepted[$0].person }, surfaces: surfaces, roles: roles, country: evidence?.country,
                                      countryStrength: evidence?.strength, countryCue: evidence?.cue ?? "",
                                      mentions: ms.compactMap { mentionIndex[$0] }, rules: ms.map { accepted[$0].rule }))
        }
        var acr: [String: String] = [:]
        for (k, v) in acronyms { acr[k] = v.name }
        return LocalArticle(article: a, people: people, acronyms: acr, names: names)
    }
}
