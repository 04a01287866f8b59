import Foundation

/// Links the people of every article into corpus-wide entities with sieves run from the most to
/// the least precise (`LinkSieve`), and gathers the other entities.
///
/// 1. alias file: a name the reader mapped to a canonical name;
/// 2. exact: the same name once spelling is folded (Seyed/Seyyed, Mohammad/Muhammad, hyphens);
/// 3. compatible: one name is a shorter form of the other (Ishaq Dar ⊂ Muhammad Ishaq Dar) and
///    exactly one group fits, with every name in it, and no firm country disagrees;
/// 4. single names (a bare surname): the one group that fits, else the one whose roles agree.
/// A record that fits several groups starts a person of its own (relatives share surnames),
/// recorded as apart from each of them (`LinkGroup.apart`); groups never merge, so no later
/// sieve undoes that decision.
enum Linker {
    /// The sieves, most precise first. Each record is decided by the first sieve that decides.
    static let sieves: [any LinkSieve] = [AliasFileSieve(), ExactNameSieve(), CompatibleNameSieve(), TailWithRoleSieve(), SurnameSieve()]

    static func link(_ locals: [LocalArticle], aliases: AliasTable) -> ([Article], [EntityID: Entity]) {
        var state = LinkState()
        // Names an article gives to two generations of one family.
        for l in locals {
            var generations: [String: Set<String>] = [:]
            for p in l.people { for n in p.names where !n.isSingle { generations[n.joined, default: []].insert(n.generation ?? "") } }
            for (base, g) in generations where g.count > 1 { state.distinctGenerations.insert(base) }
        }
        var recs: [LinkRecord] = []
        for (ai, l) in locals.enumerated() {
            for (pi, p) in l.people.enumerated() { recs.append(LinkRecord(article: ai, person: pi, local: p, aliases: aliases)) }
        }
        // Full names first, longest first; single names last.
        let order = recs.indices.sorted { x, y in
            let a = recs[x].best, b = recs[y].best
            return (a.isSingle ? 1 : 0, -a.words.count, recs[x].a, recs[x].p) < (b.isSingle ? 1 : 0, -b.words.count, recs[y].a, recs[y].p)
        }
        for i in order {
            let r = recs[i]
            var decided = false
            for sieve in sieves {
                switch sieve.decide(r, state) {
                case .pass: continue
                case .join(let g, let via): state.join(g, r, via ?? sieve.name)
                case .apart(let from): state.newGroup(r, "ambiguous-kept-apart", apartFrom: from)
                }
                decided = true
                break
            }
            if !decided { state.newGroup(r, "new", apartFrom: []) }
        }
        let groups = state.groups

        // Build entities and rewrite mentions.
        var articles = locals.map(\.article)
        var entities: [EntityID: Entity] = [:]
        var usedSlugs = Set<String>()
        var nextSuffix: [String: Int] = [:]   // base slug → the next number to try
        var personID = locals.map { [EntityID?](repeating: nil, count: $0.people.count) }   // [article][person]
        var sieveOf = locals.map { [String](repeating: "", count: $0.people.count) }
        for g in groups {
            var surfaces: [String: Int] = [:]
            var firstSeen: [String: Int] = [:]
            for (n, rec) in g.records.enumerated() {
                // First seen: by record, then by place in the article, so no two forms tie.
                for (k, s) in locals[rec.article].people[rec.person].surfaces.enumerated() {
                    surfaces[s, default: 0] += 1
                    if firstSeen[s] == nil { firstSeen[s] = n << 16 | min(k, 0xFFFF) }
                }
            }
            let name = surfaces.keys.max { x, y in
                let a = PersonName(x), b = PersonName(y)
                return (a.words.count, a.particles.count, surfaces[x]!, -firstSeen[x]!) < (b.words.count, b.particles.count, surfaces[y]!, -firstSeen[y]!)
            } ?? "?"
            let base = NameFold.slug(PersonName(name).words.joined(separator: " "))
            var slug = base, n = nextSuffix[base] ?? 2
            while !usedSlugs.insert(slug).inserted { slug = "\(base)-\(n)"; n += 1 }
            nextSuffix[base] = n
            let id = EntityID(kind: .person, slug: slug)
            var roles: [RoleRecord] = []
            var evidence: [String] = []
            for rec in g.records {
                let a = locals[rec.article].article
                let p = locals[rec.article].people[rec.person]
                for r in p.roles { roles.append(RoleRecord(title: r, article: a.id, file: a.file, date: a.published)) }
                var line = "\(a.file): \(p.surfaces.joined(separator: " / ")) — \(rec.sieve)"
                if let c = p.country, let s = p.countryStrength { line += "; country \(c) (\(s.label): \(p.countryCue))" }
                evidence.append(line)
                personID[rec.article][rec.person] = id
                sieveOf[rec.article][rec.person] = rec.sieve
            }
            roles.sort { ($0.date?.dayNumber ?? Int.max, $0.file, $0.title) < ($1.date?.dayNumber ?? Int.max, $1.file, $1.title) }
            entities[id] = Entity(id: id, name: name, aliases: surfaces.keys.filter { $0 != name }.sorted(), country: g.country,
                                  roles: roles, evidence: evidence)
        }
        // A person nothing places, whom an article puts on another's side ("in Lula's delegation"),
        // takes that person's country once linking has found it.
        for (ai, l) in locals.enumerated() {
            for (pi, p) in l.people.enumerated() {
                guard let o = p.sideOf, let id = personID[ai][pi], entities[id]?.country == nil,
                      let oid = personID[ai][o], oid != id, let k = entities[oid]?.country else { continue }
                entities[id]!.country = k
                entities[id]!.evidence.append("\(l.article.file): country \(k) (on the side of \(entities[oid]!.name))")
            }
        }
        // Mentions get their entity's id; identical ids and rules share one string (a large corpus
        // has millions of mentions).
        final class Other { let id: EntityID; var name = ""; var forms: [String: Int] = [:]; var triggers = Set<String>(); init(_ id: EntityID) { self.id = id } }
        var others: [EntityID: Other] = [:]
        struct RuleKey: Hashable { var rule: String; var sieve: String }
        var rules: [RuleKey: String] = [:]
        for (ai, l) in locals.enumerated() {
            var personOf = [Int](repeating: -1, count: articles[ai].mentions.count)
            for (pi, p) in l.people.enumerated() { for m in p.mentions where m < personOf.count { personOf[m] = pi } }
            var kept: [Mention] = []
            kept.reserveCapacity(articles[ai].mentions.count)
            for (mi, var m) in articles[ai].mentions.enumerated() {
                if m.kind == .person {
                    // A person mention left with its article-local id was not linked: dropped.
                    let pi = personOf[mi]
                    guard pi >= 0, let id = personID[ai][pi] else { continue }
                    m.entity = id
                    let key = RuleKey(rule: m.rule, sieve: sieveOf[ai][pi])
                    if let r = rules[key] { m.rule = r } else { m.rule += " · " + key.sieve; rules[key] = m.rule }
                } else {
                    let o: Other
                    if let known = others[m.entity] { o = known } else {
                        o = Other(m.entity)
                        o.name = canonicalName(m, in: l)
                        others[m.entity] = o
                    }
                    m.entity = o.id
                    o.forms[m.surface, default: 0] += 1
                    if m.kind == .topic { o.triggers.insert(m.surface.lowercased()) }
                    if let r = rules[RuleKey(rule: m.rule, sieve: "")] { m.rule = r } else { rules[RuleKey(rule: m.rule, sieve: "")] = m.rule }
                }
                kept.append(m)
            }
            articles[ai].mentions = kept
        }
        for (id, o) in others {
            entities[id] = Entity(id: id, name: o.name, aliases: o.forms.keys.filter { $0 != o.name }.sorted(),
                                  country: id.kind == .country ? o.name : nil, triggers: o.triggers.sorted())
        }
        return (articles, entities)
    }

    /// The canonical name of a non-person mention: the gazetteer or rule name kept in its id.
    static func canonicalName(_ m: Mention, in l: LocalArticle) -> String {
        if m.kind == .topic { return m.entity.slug }
        if let full = l.acronyms[m.surface] { return full }
        return l.names[m.entity] ?? m.surface
    }
}
