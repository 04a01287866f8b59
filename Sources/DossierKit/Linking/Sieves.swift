import Foundation

/// What a sieve decides for one record.
enum SieveDecision {
    /// Not mine to decide: ask the next sieve.
    case pass
    /// The record is this group's person (`via`: the rule, when not the sieve's own name).
    case join(Int, via: String? = nil)
    /// The record fits several groups: a new person, never merged with those.
    case apart([Int])
}

/// One linking rule: looks at a record and the groups so far, and joins, keeps apart or passes.
protocol LinkSieve: Sendable {
    /// The name evidence and `explain` show.
    var name: String { get }
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision
}

/// A name the reader mapped to a canonical name in the alias file.
struct AliasFileSieve: LinkSieve {
    let name = "alias-file"
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision {
        guard let k = r.aliasKey, let gi = s.byJoined[k] else { return .pass }
        return .join(gi)
    }
}

/// The same full name once spelling is folded.
struct ExactNameSieve: LinkSieve {
    let name = "exact-name"
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision {
        guard !r.best.isSingle,
              let gi = r.names.lazy.filter({ !$0.isSingle }).compactMap({ n in
                  s.byJoined[n.joined].flatMap { gi in s.groups[gi].names.contains { $0.sameJoined(n) } ? gi : nil }
              }).first,
              !r.names.contains(where: { n in s.groups[gi].names.contains { s.clash($0, n) } }) else { return .pass }
        return .join(gi)
    }
}

/// A full name that is a shorter or longer form of exactly one group's names.
struct CompatibleNameSieve: LinkSieve {
    let name = "compatible-name"
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision {
        let b = r.best
        guard !b.isSingle else { return .pass }
        let ok = s.candidates(sharing: b.skeletons, r)
        if ok.count == 1 { return .join(ok[0]) }
        return ok.isEmpty ? .pass : .apart(ok)
    }
}

/// A full name that is the end of exactly one group's name after leading given names ("Tayyip
/// Erdogan" of "Recep Tayyip Erdogan"), when that group's person held the same office, then or at
/// another time ("Peter Mutharika", president, of "Former President Arthur Peter Mutharika").
struct TailWithRoleSieve: LinkSieve {
    let name = "name-tail+role"
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision {
        let b = r.best
        guard !b.isSingle, !r.roles.isEmpty else { return .pass }
        let cands = Set(b.skeletons.flatMap { s.byWord[NameFold.key($0)] ?? [] }).filter { gi in
            let g = s.groups[gi]
            guard !g.offices.isDisjoint(with: r.offices) else { return false }
            if let c = r.firmCountry, let gc = g.firmCountry, c != gc { return false }
            return g.names.contains { !$0.isSingle && $0.words.count > b.words.count && $0.isCompatible(with: b, tailOfGiven: true, generations: false) }
                && g.names.allSatisfy { $0.isSingle || $0.isCompatible(with: b, tailOfGiven: true, generations: false) && !s.clash($0, b) }
        }
        return cands.count == 1 ? .join(cands.first!) : .pass
    }
}

/// A single name (a bare surname, or the given name of a patronymic chain): the one group it
/// fits, else the one whose roles agree.
struct SurnameSieve: LinkSieve {
    let name = "surname"
    func decide(_ r: LinkRecord, _ s: LinkState) -> SieveDecision {
        guard r.best.isSingle else { return .pass }
        // Spelt alike, and about as long: "Lâm" is not "Lammy", though their skeletons agree.
        let printed = r.best.words.first.map { TextFolding.searchFold($0).count } ?? 0
        let skeletons = Set(r.names.compactMap(\.surname))
        // "King Abdullah", "Crown Prince Hussein": a sovereign's title names its holder by the given
        // name, which is no other person's family name ("Touhid Hossain").
        // A longer name fits it only where it starts with that name and its person holds such a
        // title too, or no office ("King Salman" of "King Salman bin Abdulaziz", "Queen Mary" of
        // "Mary Donaldson"; not "King Abdullah" of "Abdullah bin Zayed, the foreign minister").
        let sovereign = Gazetteer.shared.hasSovereignTitle(r.roles)
        // (Nor the group of "Henry" beside "Ariel Henry": every full name must start with it.)
        func starts(_ n: PersonName) -> Bool { n.skeletons.first.map { k in skeletons.contains { NameFold.same($0, k) } } == true }
        let ok = s.candidates(sharing: Array(skeletons), r).filter { g in
            if sovereign {
                let names = s.groups[g].names
                return (s.groups[g].roles.isEmpty || Gazetteer.shared.hasSovereignTitle(s.groups[g].roles))
                    && names.contains { starts($0) } && names.allSatisfy { $0.isSingle || starts($0) }
            }
            return s.groups[g].names.contains { n in
                zip(n.words, n.skeletons).contains { w, k in skeletons.contains { NameFold.same($0, k) } && abs(TextFolding.searchFold(w).count - printed) <= 1 }
            }
        }
        if ok.count == 1 { return .join(ok[0]) }
        guard ok.count > 1 else { return .pass }
        if !r.roles.isEmpty {
            let byRole = ok.filter { !s.groups[$0].roles.isDisjoint(with: r.roles) }
            if byRole.count == 1 { return .join(byRole[0], via: "surname+role") }
        }
        return .apart(ok)
    }
}
