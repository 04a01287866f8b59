import Foundation

extension Corpus {
    /// The people named in the articles that mention `id`, each with how many of those articles
    /// name them, most first (then by name). Counted over the postings, without reading articles;
    /// for an entity named nearly everywhere, over the few articles that do not name it.
    public func coMentionedPeople(_ id: EntityID) -> [(entity: EntityID, count: Int)] {
        inOrderOfCount(peopleNamed(alongside: id))
    }

    /// The people `coMentionedPeople` lists, in no particular order: how many there are without
    /// ordering them by name (an entity's page counts its rows before it shows them).
    public func peopleNamed(alongside id: EntityID) -> [(entity: EntityID, count: Int)] {
        guard let idx = postings[id] else { return [] }
        let people = personPostings.table(postings)
        let own = people.number[id] ?? -1
        var together: [(entity: EntityID, count: Int)] = []
        if (articles.count - idx.count) * 8 < idx.count {
            let counts = peopleCounted(outside: idx, people)
            for k in people.ids.indices where counts[k] > 0 && k != own { together.append((people.ids[k], counts[k])) }
            return together
        }
        var here = [Bool](repeating: false, count: articles.count)
        for i in idx { here[Int(i)] = true }
        for k in people.ids.indices where k != own {
            var n = 0
            for i in people.lists[k] where here[Int(i)] { n += 1 }
            if n > 0 { together.append((people.ids[k], n)) }
        }
        return together
    }

    /// `people` most named first, then by name (then by id): the order of `coMentionedPeople`.
    public func inOrderOfCount(_ people: [(entity: EntityID, count: Int)]) -> [(entity: EntityID, count: Int)] {
        let names = people.map { entities[$0.entity]?.name ?? "" }
        return people.indices.sorted { a, b in
            (people[b].count, names[a], people[a].entity) < (people[a].count, names[b], people[b].entity)
        }.map { people[$0] }
    }

    /// For each person of `people`, by number, how many articles in `inside` (ascending article
    /// numbers) name them: all the articles they are named in, less those outside it that do.
    func peopleCounted(outside inside: [Int32], _ people: PersonPostings.Table) -> [Int] {
        // The articles outside, ascending.
        var outside: [Int] = []
        outside.reserveCapacity(articles.count - inside.count)
        var next = 0
        for i in inside {
            while next < Int(i) { outside.append(next); next += 1 }
            next = Int(i) + 1
        }
        while next < articles.count { outside.append(next); next += 1 }
        // A person's number by its mention's slug number (a slug spelled two ways is one entity),
        // and whether a class of mentions names people, each looked up once.
        var bySlug: [UInt32: Int] = [:]
        bySlug.reserveCapacity(256)
        var isPerson = [Int8](repeating: -1, count: MentionClasses.capacity)
        var counts = people.lists.map(\.count)
        var lastArticle = [Int](repeating: -1, count: counts.count)
        for i in outside {
            let mentions = articles[i].mentions
            for m in mentions {
                let c = Int(m.classNumber)
                var person = isPerson[c]
                if person < 0 { person = m.entityKind == .person ? 1 : 0; isPerson[c] = person }
                guard person == 1 else { continue }
                let slug = m.slugNumber
                let s: Int
                if let known = bySlug[slug] { s = known } else { s = people.number[m.entity] ?? -1; bySlug[slug] = s }
                guard s >= 0, lastArticle[s] != i else { continue }
                lastArticle[s] = i
                counts[s] -= 1
            }
        }
        return counts
    }
}

/// The people among an entity's postings, as arrays by number, made on first use: counting the
/// people named alongside an entity then reads arrays, not every entity's postings by key.
final class PersonPostings: @unchecked Sendable {
    struct Table {
        var ids: [EntityID] = []
        /// Each person's articles (ascending article numbers).
        var lists: [[Int32]] = []
        var number: [EntityID: Int] = [:]
    }

    private let lock = NSLock()
    private var made: Table?

    func table(_ postings: [EntityID: [Int32]]) -> Table {
        lock.lock(); defer { lock.unlock() }
        if let t = made { return t }
        var t = Table()
        for (id, list) in postings where id.kind == .person {
            t.number[id] = t.ids.count
            t.ids.append(id)
            t.lists.append(list)
        }
        made = t
        return t
    }
}
