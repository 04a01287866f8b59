import DossierKit
import Foundation

/// A hand-built corpus with fixed mentions, so golden screens do not move when the extractor
/// improves. Three dated articles and one undated, with wide and right-to-left text.
enum GoldenCorpus {
    static func id(_ kind: EntityKind, _ slug: String) -> EntityID { EntityID(kind: kind, slug: slug) }
    static let rivera = id(.person, "ana-rivera")
    static let okafor = id(.person, "chidi-okafor")
    static let tanaka = id(.person, "yuki-tanaka")
    static let norland = id(.country, "norland")
    static let estmark = id(.country, "estmark")
    static let energy = id(.topic, "energy")
    static let trade = id(.topic, "trade")
    static let council = id(.organization, "harbour-council")
    static let portAlba = id(.place, "port-alba")

    struct Doc {
        var file: String
        var date: String?
        var dateline: String?
        var title: String
        var subtitle: String?
        var paragraphs: [String]
        var heading: String? = nil
        /// The site or feed (`Article.source`) and the dateline's agency (`Article.agency`).
        var source: String? = nil
        var agency: String? = nil
    }

    static let names: [(String, EntityID)] = [
        ("Foreign Minister Ana Rivera", rivera), ("Ana Rivera", rivera), ("Rivera", rivera),
        ("Chidi Okafor", okafor), ("Okafor", okafor), ("Yuki Tanaka", tanaka), ("田中", tanaka),
        ("Norland", norland), ("Norlandic", norland), ("Estmark", estmark), ("energy", energy), ("trade", trade),
        ("Harbour Council", council), ("Port Alba", portAlba),
    ]

    static let docs: [Doc] = [
        Doc(file: "001_pipeline.txt", date: "2025-06-02", dateline: "PORT ALBA", title: "Norland and Estmark sign energy pipeline deal",
            subtitle: "Rivera and Okafor meet at the Harbour Council",
            paragraphs: [
                "Foreign Minister Ana Rivera of Norland met Estmark's trade envoy Chidi Okafor on Monday to sign a pipeline agreement that both sides called a turning point for regional energy security.",
                "Okafor said the Harbour Council would oversee the first phase. Rivera added that Norlandic firms would build the terminal at Port Alba, with work to start in the autumn and finish within three years.",
                "Observers noted that trade between the two countries has doubled since 2020, and that the deal follows months of talks.",
            ], heading: "What comes next"),
        Doc(file: "002_visit.txt", date: "2025-03-14", dateline: "ESTMARK CITY", title: "Estmark envoy visits Tokyo; 田中 welcomes talks 🤝",
            subtitle: nil,
            paragraphs: [
                "Chidi Okafor travelled to Tokyo, where Yuki Tanaka (田中) welcomed talks on trade. Signs in Persian read «خوش آمدید» at the venue.",
                "The visit ended with a joint statement on energy.",
            ]),
        Doc(file: "003_council.txt", date: "2024-11-30", dateline: nil, title: "Harbour Council names new chair",
            subtitle: "Port Alba business leaders welcome the choice",
            paragraphs: ["The Harbour Council in Port Alba named a new chair on Saturday. Ana Rivera sent congratulations from Norland."]),
        Doc(file: "notes.txt", date: nil, dateline: nil, title: "Undated notes on Estmark",
            subtitle: nil, paragraphs: ["Background on Estmark and its ports."]),
    ]

    static func article(_ d: Doc) -> Article {
        var text = ""
        var blocks: [Block] = []
        func add(_ s: String, _ kind: BlockKind) {
            if !text.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += s
            blocks.append(Block(kind: kind, range: TextRange(start, text.utf8.count)))
        }
        add(d.title, .title)
        if let s = d.subtitle { add(s, .subtitle) }
        for (i, p) in d.paragraphs.enumerated() {
            if i == 1, let h = d.heading { add(h, .heading) }
            if i == 0, let dl = d.dateline {
                if !text.isEmpty { text += "\n\n" }
                let start = text.utf8.count
                text += dl + " —"
                blocks.append(Block(kind: .dateline, range: TextRange(start, text.utf8.count)))
                text += " "
                let pstart = text.utf8.count
                text += p
                blocks.append(Block(kind: .paragraph, range: TextRange(pstart, text.utf8.count)))
            } else {
                add(p, .paragraph)
            }
        }
        // Mentions: longest names first, never overlapping.
        var mentions: [Mention] = []
        for (surface, eid) in names.sorted(by: { $0.0.utf8.count > $1.0.utf8.count }) {
            var from = text.startIndex
            while let r = text.range(of: surface, range: from..<text.endIndex) {
                let s = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                let range = TextRange(s, s + surface.utf8.count)
                if !mentions.contains(where: { $0.range.overlaps(range) }) {
                    mentions.append(Mention(range: range, kind: eid.kind, entity: eid, surface: surface, rule: "golden"))
                }
                from = r.upperBound
            }
        }
        mentions.sort { $0.range < $1.range }
        var a = Article(id: ArticleID(d.file), file: d.file, text: text, title: d.title, subtitle: d.subtitle,
                        published: d.date.flatMap(SimpleDate.init(iso:)), dateline: d.dateline?.capitalized,
                        blocks: blocks, mentions: mentions)
        a.source = d.source
        a.agency = d.agency
        return a
    }

    /// A timeline to read: three years, sources from feeds, sites and datelines (and none), a
    /// long title, wide letters and combining marks in titles and sources, an undated article.
    static let timelineDocs: [Doc] = [
        Doc(file: "world.xml#3", date: "2025-09-14", dateline: "PORT ALBA",
            title: "Norland’s parliament approves the Port Alba terminal after a night of debate over costs, jobs and the future of the harbour",
            paragraphs: ["Foreign Minister Ana Rivera welcomed the vote."], source: "Norland Ledger — World"),
        Doc(file: "007_wire.txt", date: "2025-06-02", dateline: "PORT ALBA",
            title: "Norland and Estmark sign energy pipeline deal",
            paragraphs: ["Chidi Okafor signed for Estmark."], agency: "AP"),
        Doc(file: "asia.xml#12", date: "2025-03-14", dateline: nil,
            title: "田中 welcomes Estmark envoy; 日本 and Estmark open trade talks in Tokyo",
            paragraphs: ["Yuki Tanaka (田中) welcomed talks on trade."], source: "東京 Wire"),
        Doc(file: "cafe.html", date: "2024-12-30", dateline: "PORT ALBA",
            title: "Cafe\u{0301} owners of Port Alba protest the Harbour Council’s new fees",
            paragraphs: ["The Harbour Council met the owners on Monday."], source: "Re\u{0301}publique du Port"),
        Doc(file: "003_council.txt", date: "2024-11-30", dateline: nil,
            title: "Harbour Council names new chair",
            paragraphs: ["The Harbour Council in Port Alba named a new chair on Saturday."]),
        Doc(file: "tass.txt", date: "2023-05-08", dateline: "ESTMARK CITY",
            title: "Estmark opens its first deep-water port",
            paragraphs: ["The port opened on Monday."], agency: "TASS"),
        Doc(file: "bulletin.xml#1", date: "2023-01-19", dateline: nil,
            title: "Estmark and Norland agree to share weather data for shipping",
            paragraphs: ["Both sides called it a small step."], source: "Estmark Daily Bulletin of Commerce and Shipping"),
        Doc(file: "notes.txt", date: nil, dateline: nil, title: "Undated notes on Estmark",
            paragraphs: ["Background on Estmark and its ports."]),
    ]

    static let timelineCorpus: Corpus = {
        let articles = timelineDocs.map(article)
        var entities = corpus.entities
        entities = entities.filter { _, e in articles.contains { $0.mentions.contains { $0.entity == e.id } } }
        return Corpus(root: URL(fileURLWithPath: "/golden"), articles: articles, problems: [], entities: entities)
    }()

    static let corpus: Corpus = {
        let articles = docs.map(article)
        func role(_ title: String, _ file: String) -> RoleRecord {
            let d = docs.first { $0.file == file }!
            return RoleRecord(title: title, article: ArticleID(file), file: file, date: d.date.flatMap(SimpleDate.init(iso:)))
        }
        let entities: [EntityID: Entity] = [
            rivera: Entity(id: rivera, name: "Ana Rivera", aliases: ["Rivera"], country: "Norland",
                           roles: [role("Deputy Minister", "003_council.txt"), role("Foreign Minister", "001_pipeline.txt")]),
            okafor: Entity(id: okafor, name: "Chidi Okafor", aliases: ["Okafor"], country: "Estmark",
                           roles: [role("Trade Envoy", "002_visit.txt"), role("Trade Envoy", "001_pipeline.txt")]),
            tanaka: Entity(id: tanaka, name: "Yuki Tanaka", aliases: ["田中"], country: "Japan", roles: []),
            norland: Entity(id: norland, name: "Norland", aliases: ["Norlandic"]),
            estmark: Entity(id: estmark, name: "Estmark"),
            energy: Entity(id: energy, name: "energy", triggers: ["energy"]),
            trade: Entity(id: trade, name: "trade", triggers: ["trade"]),
            council: Entity(id: council, name: "Harbour Council", country: "Norland"),
            portAlba: Entity(id: portAlba, name: "Port Alba", country: "Norland"),
        ]
        return Corpus(root: URL(fileURLWithPath: "/golden"), articles: articles, problems: [], entities: entities)
    }()
}
