import DossierKit
import Foundation

/// A hand-built corpus of 240 articles with fixed mentions (so it does not move when the
/// extractor changes): a topic named in all but six of them, twelve officials who meet in pairs,
/// roles that change over time (with a title and a longer one in the same article), undated
/// articles, a topic named only in some titles, wide letters in titles.
enum BusyCorpus {
    static let count = 240
    static let energy = EntityID(kind: .topic, slug: "energy")
    static let norland = EntityID(kind: .country, slug: "norland")
    static let estmark = EntityID(kind: .country, slug: "estmark")

    struct Person { var slug: String; var name: String; var surname: String; var country: String? }
    static let people: [Person] = [
        Person(slug: "ana-rivera", name: "Ana Rivera", surname: "Rivera", country: "Norland"),
        Person(slug: "chidi-okafor", name: "Chidi Okafor", surname: "Okafor", country: "Estmark"),
        Person(slug: "yuki-tanaka", name: "Yuki Tanaka", surname: "Tanaka", country: "Japan"),
        Person(slug: "lena-voss", name: "Lena Voss", surname: "Voss", country: "Norland"),
        Person(slug: "omar-haddad", name: "Omar Haddad", surname: "Haddad", country: "Estmark"),
        Person(slug: "mira-kovac", name: "Mira Kovač", surname: "Kovač", country: nil),
        Person(slug: "tomas-berg", name: "Tomas Berg", surname: "Berg", country: "Norland"),
        Person(slug: "sara-lind", name: "Sara Lind", surname: "Lind", country: "Estmark"),
        Person(slug: "ivan-petrov", name: "Ivan Petrov", surname: "Petrov", country: nil),
        Person(slug: "nadia-farouk", name: "Nadia Farouk", surname: "Farouk", country: "Estmark"),
        Person(slug: "li-wei", name: "Li Wei", surname: "Wei", country: nil),
        Person(slug: "ruth-adeyemi", name: "Ruth Adeyemi", surname: "Adeyemi", country: "Norland"),
    ]
    static func id(_ p: Int) -> EntityID { EntityID(kind: .person, slug: people[p].slug) }

    static func date(_ n: Int) -> SimpleDate? {
        n % 37 == 5 ? nil : SimpleDate(year: 2021 + n / 60, month: 1 + (n / 5) % 12, day: 1 + (n * 7) % 28)
    }

    /// The officials article `n` names, the first one with a title.
    static func named(_ n: Int) -> [Int] {
        let a = n % people.count
        var b = (n * 5 + 3) % people.count
        if b == a { b = (a + 1) % people.count }
        var out = [a, b]
        let c = (n * 7 + 1) % people.count
        if n % 3 == 0, !out.contains(c) { out.append(c) }
        return out
    }

    /// The titles article `n` gives its first official (two when a longer one extends the other).
    static func titles(_ n: Int) -> [String] {
        let p = named(n)[0]
        if p == 0 {
            if n < 80 { return ["Deputy Minister"] }
            if n < 160 { return ["Foreign Minister"] }
            return n % 2 == 0 ? ["Deputy Foreign Minister", "Deputy Foreign Minister for Political Affairs"] : ["Deputy Foreign Minister"]
        }
        return [(n / 50) % 2 == 0 ? "Trade Envoy" : "Energy Secretary"]
    }

    static func article(_ n: Int) -> Article {
        let who = named(n).map { people[$0] }
        let topicInBody = n % 40 != 7 && n % 13 != 4
        var title: String
        switch n % 11 {
        case 0: title = "\(who[0].name) and 田中 envoys open talks in Port Alba on shipping, grain and the harbour’s future 🤝"
        case 3: title = "\(who[1].surname) visits \(n % 2 == 0 ? "Norland" : "Estmark")"
        default: title = "\(who[0].surname) meets \(who[1].surname), report \(n)"
        }
        if n % 13 == 4 { title += " on energy" }
        var paragraphs = ["\(titles(n).last!) \(who[0].name) met \(who[1].name) on Monday" + (topicInBody ? " to discuss energy." : ".")]
        if n % 2 == 0 { paragraphs.append("\(who[0].surname) said talks on \(topicInBody ? "energy" : "trade") would go on, and Norland agreed.") }
        if who.count > 2 { paragraphs.append("\(who[2].name) of Estmark joined them later.") }
        if n % 5 == 1 { paragraphs.append("Officials from Norland and Estmark met again in the afternoon.") }

        var text = title
        var blocks = [Block(kind: .title, range: TextRange(0, text.utf8.count))]
        for p in paragraphs {
            text += "\n\n"
            let start = text.utf8.count
            text += p
            blocks.append(Block(kind: .paragraph, range: TextRange(start, text.utf8.count)))
        }
        var surfaces: [(String, EntityID)] = [("energy", energy), ("Norland", norland), ("Estmark", estmark)]
        for (k, p) in named(n).enumerated() {
            surfaces.append((who[k].name, id(p)))
            surfaces.append((who[k].surname, id(p)))
        }
        var mentions: [Mention] = []
        for (surface, eid) in surfaces.sorted(by: { $0.0.utf8.count > $1.0.utf8.count }) {
            var from = text.startIndex
            while let r = text.range(of: surface, range: from..<text.endIndex) {
                let s = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                let range = TextRange(s, s + surface.utf8.count)
                if !mentions.contains(where: { $0.range.overlaps(range) }) {
                    mentions.append(Mention(range: range, kind: eid.kind, entity: eid, surface: surface, rule: "busy"))
                }
                from = r.upperBound
            }
        }
        mentions.sort { $0.range < $1.range }
        let file = String(format: "busy_%03d.txt", n)
        return Article(id: ArticleID(file), file: file, text: text, title: title, published: date(n), blocks: blocks, mentions: mentions)
    }

    static let corpus: Corpus = {
        let articles = (0..<count).map(article)
        var roles: [Int: [RoleRecord]] = [:]
        for n in 0..<count {
            let file = String(format: "busy_%03d.txt", n)
            for t in titles(n) {
                roles[named(n)[0], default: []].append(RoleRecord(title: t, article: ArticleID(file), file: file, date: date(n)))
            }
        }
        var entities: [EntityID: Entity] = [:]
        for (k, p) in people.enumerated() {
            let sorted = (roles[k] ?? []).sorted { a, b in
                switch (a.date, b.date) {
                case let (x?, y?): return (x, a.title, a.file) < (y, b.title, b.file)
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return (a.title, a.file) < (b.title, b.file)
                }
            }
            entities[id(k)] = Entity(id: id(k), name: p.name, aliases: [p.surname], country: p.country, roles: sorted)
        }
        entities[energy] = Entity(id: energy, name: "energy", triggers: ["energy"])
        entities[norland] = Entity(id: norland, name: "Norland", aliases: ["Norlandic"])
        entities[estmark] = Entity(id: estmark, name: "Estmark")
        return Corpus(root: URL(fileURLWithPath: "/busy"), articles: articles, problems: [], entities: entities)
    }()
}
