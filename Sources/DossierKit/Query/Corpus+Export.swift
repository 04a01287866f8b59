import Foundation

extension Corpus {
    /// The corpus as the export JSON: `{"articles":[…],"entities":[…]}` (see README).
    public func exportJSON(pretty: Bool = true) -> String {
        var articlesOut: [[String: Any]] = []
        for a in articles.sorted(by: { $0.file < $1.file }) {
            var byKind: [EntityKind: [String]] = [:]
            // Organizations and places found by name as the article prints them ("Kiev", "AP");
            // the entities list gives each one's canonical name and every other form. Names a rule
            // composed ("Ministries of Finance and Planning" → "Ministry of Planning") keep theirs.
            var printed: [EntityID: [String]] = [:]
            // So are the other spellings of a name a rule found as printed ("Bessastadir" beside
            // "Bessastaðir").
            for m in a.mentions where m.kind == .organization || m.kind == .place {
                let form = m.surface.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard m.rule.hasPrefix("gazetteer") || m.rule.hasPrefix("acronym")
                    || entities[m.entity].map({ TextFolding.searchFold($0.name) == TextFolding.searchFold(form) }) == true else { continue }
                if printed[m.entity]?.contains(where: { $0.caseInsensitiveCompare(form) == .orderedSame }) != true {
                    printed[m.entity, default: []].append(form)
                }
            }
            for id in entities(in: a.id) {
                switch id.kind {
                case .person: byKind[.person, default: []].append(id.description)
                case .organization, .place: byKind[id.kind, default: []].append(contentsOf: printed[id] ?? [entities[id]?.name ?? id.slug])
                default: byKind[id.kind, default: []].append(entities[id]?.name ?? id.slug)
                }
            }
            articlesOut.append([
                "id": a.id.rawValue,
                "file": a.file,
                "title": a.title,
                "subtitle": a.subtitle ?? NSNull(),
                "published": a.published?.description ?? NSNull(),
                "event_date": a.eventDate?.description ?? NSNull(),
                "dateline": a.dateline ?? NSNull(),
                "countries": byKind[.country] ?? [],
                "topics": byKind[.topic] ?? [],
                "people": byKind[.person] ?? [],
                "organizations": byKind[.organization] ?? [],
                "places": byKind[.place] ?? [],
            ])
        }
        var entitiesOut: [[String: Any]] = []
        for e in entities.values.sorted(by: { $0.id < $1.id }) {
            entitiesOut.append([
                "id": e.id.description,
                "kind": e.kind.rawValue,
                "name": e.name,
                "aliases": e.aliases,
                "country": e.country ?? NSNull(),
                "roles": e.roles.map { ["title": $0.title, "file": $0.file, "date": $0.date?.description ?? NSNull()] as [String: Any] },
                "articles": articles(mentioning: e.id).compactMap { article($0)?.file },
            ])
        }
        let root: [String: Any] = ["articles": articlesOut, "entities": entitiesOut]
        var opts: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { opts.insert(.prettyPrinted) }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: opts)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
