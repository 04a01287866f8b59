import Foundation

/// One person found in one article, as the linker sees it.
struct LinkRecord {
    var a: Int
    var p: Int
    private(set) var names: [PersonName]
    var country: String?
    var strength: CountryEvidence.Strength?
    /// Lower-cased titles.
    var roles: [String]
    /// The offices those titles name, without the words for when they were held ("Former
    /// President" and "President-elect" are the office "president").
    var offices: Set<String>
    /// The canonical name the reader's alias file gives one of its forms.
    var aliasKey: String?
    /// How many times the article names the person.
    var mentionCount: Int

    init(article: Int, person: Int, local p: LocalPerson, aliases: AliasTable) {
        a = article
        self.p = person
        names = p.names
        // (Folding each form to look it up is for nothing when the reader taught no names.)
        if !aliases.canonical.isEmpty {
            for s in p.surfaces {
                if let c = aliases.lookup(s) { names.append(PersonName(c)); aliasKey = PersonName(c).joined }
            }
        }
        country = p.country
        strength = p.countryStrength
        mentionCount = p.mentions.count
        roles = p.roles.map { $0.lowercased() }
        offices = Set(p.roles.map(Self.office))
        best = names.max { ($0.words.count, $0.particles.count) < ($1.words.count, $1.particles.count) }!
    }

    static let tenureWords = ["former ", "outgoing ", "incoming ", "ex-", "ex ", "late ", "then ", "acting ", "interim ", "caretaker "]

    /// "Former President" → "president", "President-elect" → "president".
    static func office(_ title: String) -> String {
        var t = title.lowercased()
        var changed = true
        while changed {
            changed = false
            for w in tenureWords where t.hasPrefix(w) && t.count > w.count { t.removeFirst(w.count); changed = true }
        }
        for w in ["-elect", " elect", "-designate", " designate"] where t.hasSuffix(w) && t.count > w.count { t.removeLast(w.count) }
        return t
    }

    var rank: Int { strength?.rank ?? 0 }
    /// A country stated or given by an institution: two of these that differ are two people.
    var firmCountry: String? { rank >= CountryEvidence.Strength.institution.rank ? country : nil }
    /// The fullest form (the first of the longest), found once: every sieve asks for it.
    let best: PersonName
}

/// A person being built: every record joined so far.
final class LinkGroup {
    /// Distinct names (a person named in thousands of articles has a handful of forms).
    var names: [PersonName] = []
    var nameSet = Set<PersonName>()
    /// Skeletons of the words of its names (to list the group under each once).
    var words = Set<String>()
    var records: [(article: Int, person: Int, sieve: String)] = []
    /// Per country: the strongest evidence seen for it, how many articles gave any, and the
    /// strongest kind among guesses that weigh the same (a domestic report's over a dateline's).
    var countries: [String: (strength: Int, count: Int, kind: Int, offices: Int, mentions: Int)] = [:]
    var roles: Set<String> = []
    var offices: Set<String> = []
    /// Groups a sieve decided this one is not (cannot-link): never offered its records.
    var apart = Set<Int>()
    /// The strongest evidence wins, then the most frequent; between two guesses from whole
    /// reports given as often, a domestic report's country over a dateline's (a report about one
    /// country says more of its officials than the city a visit is reported from); then the
    /// guess of the reports that give the person an office (a report that names someone to a post
    /// is about their own country; a visit's report often gives the visitor none), then of those
    /// that name the person most (a report about someone says more of them than one that names
    /// them once); then the first name in order.
    var country: String? {
        countries.max { a, b in
            (a.value.strength, a.value.count, a.value.kind, a.value.offices, a.value.mentions, b.key)
                < (b.value.strength, b.value.count, b.value.kind, b.value.offices, b.value.mentions, a.key)
        }?.key
    }
    var firmCountry: String? {
        guard let c = country, countries[c]!.strength >= CountryEvidence.Strength.institution.rank else { return nil }
        return c
    }
}

/// The groups so far and the indexes the sieves search them by.
struct LinkState {
    var groups: [LinkGroup] = []
    /// Folded full name → group.
    var byJoined: [String: Int] = [:]
    /// Every name word's skeleton → groups.
    var byWord: [String: [Int]] = [:]
    /// Full names (folded, without suffix) that some article gives two people who differ in a
    /// generational suffix ("Donald Trump" and "Donald Trump Jr."): for these the suffix tells
    /// people apart across articles too.
    var distinctGenerations = Set<String>()

    /// Whether two names are of two generations of a family the corpus shows apart.
    func clash(_ a: PersonName, _ b: PersonName) -> Bool {
        !a.isSingle && !b.isSingle && a.generation != b.generation && a.joined == b.joined && distinctGenerations.contains(a.joined)
    }

    /// Whether the record could be the group's person: every name compatible (full names decide
    /// when both sides have one: a bare given name an article joined to its full name, "Shehbaz"
    /// for "Shehbaz Sharif", is not checked against other forms), and no firm country differs.
    func fits(_ gi: Int, _ r: LinkRecord) -> Bool {
        let g = groups[gi]
        let rFull = r.names.contains { !$0.isSingle }, gFull = g.names.contains { !$0.isSingle }
        for n in r.names where !(rFull && gFull && n.isSingle) {
            for m in g.names where !(rFull && gFull && m.isSingle) && (!m.isCompatible(with: n, generations: false) || clash(m, n)) { return false }
        }
        if let c = r.firmCountry, let gc = g.firmCountry, c != gc { return false }
        return true
    }

    /// Groups that share a word with `words` and that the record fits.
    func candidates(sharing words: [String], _ r: LinkRecord) -> [Int] {
        Set(words.flatMap { byWord[NameFold.key($0)] ?? [] }).filter { fits($0, r) }.sorted()
    }

    mutating func join(_ gi: Int, _ r: LinkRecord, _ sieve: String) {
        let g = groups[gi]
        for n in r.names where g.nameSet.insert(n).inserted { g.names.append(n) }
        g.records.append((r.a, r.p, sieve))
        if let c = r.country {
            let old = g.countries[c] ?? (0, 0, 0, 0, 0)
            g.countries[c] = (max(old.strength, r.rank), old.count + 1, max(old.kind, r.strength?.rawValue ?? 0),
                              old.offices + (r.roles.isEmpty ? 0 : 1), old.mentions + r.mentionCount)
        }
        g.roles.formUnion(r.roles)
        g.offices.formUnion(r.offices)
        for n in r.names where !n.isSingle { byJoined[n.joined] = gi }
        if let k = r.aliasKey { byJoined[k] = gi }
        for n in r.names { for w in n.skeletons.map(NameFold.key) where g.words.insert(w).inserted { byWord[w, default: []].append(gi) } }
    }

    /// A new person; `apartFrom` are the groups a sieve found it ambiguous with, recorded both ways.
    mutating func newGroup(_ r: LinkRecord, _ sieve: String, apartFrom: [Int]) {
        let g = LinkGroup()
        g.apart = Set(apartFrom)
        groups.append(g)
        let gi = groups.count - 1
        for other in apartFrom { groups[other].apart.insert(gi) }
        join(gi, r, sieve)
    }
}
