import Foundation

/// Links the people of every article into corpus-wide entities with sieves run from the most to
/// the least precise, and gathers the other entities.
///
/// 1. alias file: a name the reader mapped to a canonical name;
/// 2. exact: the same name once spelling is folded (Seyed/Seyyed, Mohammad/Muhammad, hyphens);
/// 3. compatible: one name is a shorter form of the other (Ishaq Dar ⊂ Muhammad Ishaq Dar) and
///    exactly one group fits, with every name in it, and no country disagrees;
/// 4. single names (a bare surname): the one group that fits, else the one whose roles agree.
/// A record that fits several groups stays apart: relatives share surnames.
enum Linker {
    final class Group {
        /// Distinct names (a person named in thousands of articles has a handful of forms).
        var names: [PersonName] = []
        var nameSet = Set<PersonName>()
        /// Skeletons of the words of its names (to list the group under each once).
        var words = Set<String>()
        var records: [(article: Int, person: Int, sieve: String)] = []
        /// Per country: the strongest evidence seen for it, and how many articles gave any.
        var countries: [String: (strength: Int, count: Int)] = [:]
        var roles: Set<String> = []
        /// The strongest evidence wins, then the most frequent, then the first name in order.
        var country: String? {
            countries.max { a, b in (a.value.strength, a.value.count, b.key) < (b.value.strength, b.value.count, a.key) }?.key
        }
        /// A country stated or given by an institution: two of these that differ are two people.
        var firmCountry: String? {
            guard let c = country, countries[c]!.strength >= CountryEvidence.Strength.institution.rank else { return nil }
            return c
        }
    }

    static func link(_ locals: [LocalArticle], aliases: AliasTable) -> ([Article], [EntityID: Entity]) {
        var groups: [Group] = []
        var byJoined: [String: Int] = [:]
        var byWord: [String: [Int]] = [:]   // every name word's skeleton → groups

        struct Rec {
            var a: Int; var p: Int; var names: [PersonName]; var country: String?; var strength: CountryEvidence.Strength?; var roles: [String]; var aliasKey: String?
            var rank: Int { strength?.rank ?? 0 }
            var firmCountry: String? { rank >= CountryEvidence.Strength.institution.rank ? country : nil }
        }
        var recs: [Rec] = []
        for (ai, l) in locals.enumerated() {
            for (pi, p) in l.people.enumerated() {
                var names = p.names
                var aliasKey: String?
                for s in p.surfaces { if let c = aliases.lookup(s) { names.append(PersonName(c)); aliasKey = PersonName(c).joined } }
                recs.append(Rec(a: ai, p: pi, names: names, country: p.country, strength: p.countryStrength,
                               roles: p.roles.map { $0.lowercased() }, aliasKey: aliasKey))
            }
        }
        func best(_ names: [PersonName]) -> PersonName { names.max { ($0.words.count, $0.particles.count) < ($1.words.count, $1.particles.count) }! }
        // Full names first, longest first; single names last.
        let order = recs.indices.sorted { x, y in
            let a = best(recs[x].names), b = best(recs[y].names)
            return (a.isSingle ? 1 : 0, -a.words.count, recs[x].a, recs[x].p) < (b.isSingle ? 1 : 0, -b.words.count, recs[y].a, recs[y].p)
        }

        func fits(_ g: Group, _ r: Rec) -> Bool {
            // Full names decide when both sides have one: a bare given name the article joined to
            // its full name ("Shehbaz" for "Shehbaz Sharif") is not checked against other forms.
            let rFull = r.names.contains { !$0.isSingle }, gFull = g.names.contains { !$0.isSingle }
            for n in r.names where !(rFull && gFull && n.isSingle) {
                for m in g.names where !(rFull && gFull && m.isSingle) && !m.isCompatible(with: n) { return false }
            }
            if let c = r.firmCountry, let gc = g.firmCountry, c != gc { return false }
            return true
        }
        func join(_ gi: Int, _ r: Rec, _ sieve: String) {
            let g = groups[gi]
            for n in r.names where g.nameSet.insert(n).inserted { g.names.append(n) }
            g.records.append((r.a, r.p, sieve))
            if let c = r.country {
                let old = g.countries[c] ?? (0, 0)
                g.countries[c] = (max(old.strength, r.rank), old.count + 1)
            }
            g.roles.formUnion(r.roles)
            for n in r.names where !n.isSingle { byJoined[n.joined] = gi }
            if let k = r.aliasKey { byJoined[k] = gi }
            for n in r.names { for w in n.skeletons where g.words.insert(w).inserted { byWord[w, default: []].append(gi) } }
        }
        func newGroup(_ r: Rec, _ sieve: String) {
            groups.append(Group())
            join(groups.count - 1, r, sieve)
        }

        for i in order {
            let r = recs[i]
            let b = best(r.names)
            if let k = r.aliasKey, let gi = byJoined[k] { join(gi, r, "alias-file"); continue }
            if !b.isSingle {
                if let gi = r.names.lazy.filter({ !$0.isSingle }).compactMap({ byJoined[$0.joined] }).first {
                    join(gi, r, "exact-name"); continue
                }
                let cands = Set(b.skeletons.flatMap { byWord[$0] ?? [] })
                let ok = cands.filter { fits(groups[$0], r) }
                if ok.count == 1 { join(ok.first!, r, "compatible-name"); continue }
                newGroup(r, ok.isEmpty ? "new" : "ambiguous-kept-apart")
                continue
            }
            let cands = Set(r.names.compactMap(\.surname).flatMap { byWord[$0] ?? [] })
            var ok = cands.filter { fits(groups[$0], r) }
            if ok.count > 1, !r.roles.isEmpty {
                let byRole = ok.filter { !groups[$0].roles.isDisjoint(with: r.roles) }
                if byRole.count == 1 { join(byRole.first!, r, "surname+role"); continue }
                ok = []
            }
            if ok.count == 1 { join(ok.first!, r, "surname"); continue }
            newGroup(r, ok.isEmpty ? "new" : "ambiguous-kept-apart")
        }

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
