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
        // Full names first, longest first; single names last. Records are in article and person
        // order already, so their places break ties as the article and person would.
        let order = recs.indices.map { i in (single: recs[i].best.isSingle ? 1 : 0, words: -recs[i].best.words.count, at: i) }
            .sorted { ($0.single, $0.words, $0.at) < ($1.single, $1.words, $1.at) }.map(\.at)
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
        // The group and the sieve of each [article][person], the sieve as its place in `sieveNames`.
        var groupOf = locals.map { [Int32](repeating: -1, count: $0.people.count) }
        var sieveOf = locals.map { [UInt8](repeating: 0, count: $0.people.count) }
        var sieveNames: [String] = []
        var sieveNumbers: [String: UInt8] = [:]
        for (gi, g) in groups.enumerated() {
            var surfaces: [String: Int] = [:]
            var firstSeen: [String: Int] = [:]
            for (n, rec) in g.records.enumerated() {
                // First seen: by record, then by place in the article, so no two forms tie.
                for (k, s) in locals[rec.article].people[rec.person].surfaces.enumerated() {
                    surfaces[s, default: 0] += 1
                    if firstSeen[s] == nil { firstSeen[s] = n << 16 | min(k, 0xFFFF) }
                }
            }
            // Each form parsed once (the order compares every form with the best so far).
            let forms = surfaces.map { s, count in (s, PersonName(s), count, firstSeen[s]!) }
            let best = forms.max { x, y in
                (x.1.words.count, x.1.particles.count, x.2, -x.3) < (y.1.words.count, y.1.particles.count, y.2, -y.3)
            }
            let name = best?.0 ?? "?"
            let base = NameFold.slug((best?.1 ?? PersonName(name)).words.joined(separator: " "))
            var slug = base, n = nextSuffix[base] ?? 2
            while !usedSlugs.insert(slug).inserted { slug = "\(base)-\(n)"; n += 1 }
            nextSuffix[base] = n
            let id = EntityID(kind: .person, slug: slug)
            var roles: [RoleRecord] = []
            var evidence: [String] = []
            for rec in g.records {
                let p = locals[rec.article].people[rec.person]
                let (aid, file, published) = (locals[rec.article].article.id, locals[rec.article].article.file, locals[rec.article].article.published)
                for r in p.roles { roles.append(RoleRecord(title: r, article: aid, file: file, date: published)) }
                var line = "\(file): \(p.surfaces.joined(separator: " / ")) — \(rec.sieve)"
                if let c = p.country, let s = p.countryStrength { line += "; country \(c) (\(s.label): \(p.countryCue))" }
                evidence.append(line)
                personID[rec.article][rec.person] = id
                groupOf[rec.article][rec.person] = Int32(gi)
                if let k = sieveNumbers[rec.sieve] { sieveOf[rec.article][rec.person] = k } else {
                    let k = UInt8(sieveNames.count)
                    sieveNames.append(rec.sieve)
                    sieveNumbers[rec.sieve] = k
                    sieveOf[rec.article][rec.person] = k
                }
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
        relinkMentions(locals, &articles, &entities, personID: personID, groupOf: groupOf, sieveOf: sieveOf, sieveNames: sieveNames,
                       groupCount: groups.count)
        return (articles, entities)
    }

    /// Mentions get their entity's id; identical ids and rules share one string (a large corpus
    /// has millions of mentions); the other entities are gathered from their mentions.
    ///
    /// What a mention becomes depends only on its numbers (its entity, its class and, for a person,
    /// the sieve), so each distinct case is worked out the first time it is met, just as for a
    /// single mention (strings are added to the pool in the same order), and later mentions reuse
    /// the numbers.
    private static func relinkMentions(_ locals: [LocalArticle], _ articles: inout [Article], _ entities: inout [EntityID: Entity],
                                       personID: [[EntityID?]], groupOf: [[Int32]], sieveOf: [[UInt8]], sieveNames: [String],
                                       groupCount: Int) {
        let pool = StringPool.shared, classes = MentionClasses.shared
        /// A non-person entity: its distinct forms and, for topics, the forms that triggered it,
        /// each as first met.
        final class Other {
            let id: EntityID
            let slug: UInt32
            var name = ""
            var forms: [UInt32] = [], seenForms = Set<UInt32>()
            var triggers: [UInt32] = [], seenTriggers = Set<UInt32>()
            init(_ id: EntityID, slug: UInt32) { self.id = id; self.slug = slug }
        }
        var others: [EntityID: Other] = [:]
        var otherOf: [UInt64: Other] = [:]   // by `Mention.entityKey`
        struct RuleKey: Hashable { var rule: String; var sieve: String }
        var rules: [RuleKey: String] = [:]
        var personSlug = [UInt32?](repeating: nil, count: groupCount)
        var personClass: [UInt32: UInt16] = [:]   // old class << 8 | sieve → new class
        var otherClass = [Int32](repeating: -1, count: MentionClasses.capacity)   // old class → new class
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
                    let gi = Int(groupOf[ai][pi])
                    let slug: UInt32
                    if let s = personSlug[gi] { slug = s } else { slug = pool.number(id.slug); personSlug[gi] = slug }
                    let sieve = sieveOf[ai][pi]
                    let caseKey = UInt32(m.classNumber) << 8 | UInt32(sieve)
                    if let c = personClass[caseKey] { m.relink(slug: slug, class: c) } else {
                        m.entity = id
                        let key = RuleKey(rule: m.rule, sieve: sieveNames[Int(sieve)])
                        if let r = rules[key] { m.rule = r } else { m.rule += " · " + key.sieve; rules[key] = m.rule }
                        personClass[caseKey] = m.classNumber
                    }
                } else {
                    let o: Other
                    if let known = otherOf[m.entityKey] { o = known } else if let known = others[m.entity] {
                        o = known
                        otherOf[m.entityKey] = o
                    } else {
                        o = Other(m.entity, slug: m.slugNumber)
                        o.name = canonicalName(m, in: l)
                        others[m.entity] = o
                        otherOf[m.entityKey] = o
                    }
                    let surface = m.surfaceNumber
                    if o.seenForms.insert(surface).inserted { o.forms.append(surface) }
                    if m.kind == .topic, o.seenTriggers.insert(surface).inserted { o.triggers.append(surface) }
                    let old = Int(m.classNumber)
                    if otherClass[old] >= 0 { m.relink(slug: o.slug, class: UInt16(otherClass[old])) } else {
                        m.entity = o.id
                        if let r = rules[RuleKey(rule: m.rule, sieve: "")] { m.rule = r } else { rules[RuleKey(rule: m.rule, sieve: "")] = m.rule }
                        otherClass[old] = Int32(m.classNumber)
                    }
                }
                kept.append(m)
            }
            articles[ai].mentions = kept
        }
        for (id, o) in others {
            // Forms and triggers as strings, in the order first met: of two spellings of one
            // string, the first is kept, as a dictionary keyed by the strings would.
            var forms: [String: Int] = [:], triggers = Set<String>()
            for f in o.forms { forms[pool.string(f), default: 0] += 1 }
            for t in o.triggers { triggers.insert(pool.string(t).lowercased()) }
            entities[id] = Entity(id: id, name: o.name, aliases: forms.keys.filter { $0 != o.name }.sorted(),
                                  country: id.kind == .country ? o.name : nil, triggers: triggers.sorted())
        }
    }

    /// The canonical name of a non-person mention: the gazetteer or rule name kept in its id.
    static func canonicalName(_ m: Mention, in l: LocalArticle) -> String {
        if m.kind == .topic { return m.entity.slug }
        if let full = l.acronyms[m.surface] { return full }
        return l.names[m.entity] ?? m.surface
    }
}
