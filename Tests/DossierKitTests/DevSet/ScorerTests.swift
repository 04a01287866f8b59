import Foundation
import Testing

@Suite("Development set scorer")
struct ScorerTests {
    static func person(_ id: String, _ mentions: [String], _ roles: [String], _ country: String? = "Pakistan") -> GoldPerson {
        GoldPerson(id: id, mentions: mentions, roles: roles, country: country)
    }

    /// Three articles: a list of officials, the two Zardaris in different articles, Araghchi in all three.
    static let gold = GoldFile(articles: [
        GoldArticle(file: "a1.txt", title: "Iran’s FM meets  Pakistan’s leaders", published: "2024-05-01", dateline: "Islamabad",
                    countries: ["Pakistan", "Iran"],
                    people: [person("asif-ali-zardari", ["Asif Ali Zardari", "Zardari"], ["President"]),
                             person("shehbaz-sharif", ["Shehbaz Sharif", "Shehbaz"], ["Prime Minister"]),
                             person("ishaq-dar", ["Ishaq Dar", "Dar"], ["Deputy Prime Minister", "Foreign Minister"]),
                             person("abbas-araghchi", ["Abbas Araghchi", "Araghchi"], ["Foreign Minister"], "Iran")],
                    organizations: ["National Assembly (NA)", "Foreign Office"], places: ["Islamabad"], topics: ["trade", "defence"]),
        GoldArticle(file: "a2.txt", title: "Bilawal and Araghchi talk trade", published: nil, dateline: nil, countries: ["Iran"],
                    people: [person("bilawal-bhutto-zardari", ["Bilawal Bhutto Zardari", "Bilawal"], ["Chairman"]),
                             person("abbas-araghchi", ["Araghchi"], ["Foreign Minister"], "Iran"),
                             person("shehbaz-sharif", ["Shehbaz Sharif"], ["Prime Minister"])],
                    organizations: ["Pakistan Peoples Party"], places: ["Tehran"], topics: ["trade"]),
        GoldArticle(file: "a3.txt", title: "Zardari receives Araghchi", published: "2024-06-02", dateline: "Lahore",
                    countries: ["Pakistan", "Iran", "US"],
                    people: [person("abbas-araghchi", ["Seyed Abbas Araghchi", "Araghchi"], ["Foreign Minister"], "Iran"),
                             person("asif-ali-zardari", ["Zardari"], ["President"], nil)],
                    organizations: [], places: ["Lahore", "Aiwan-e-Sadr"], topics: ["diplomacy"]),
    ])

    /// A JSON value for an optional string.
    static func j(_ s: String?) -> Any { s ?? NSNull() }

    /// evaluate.py's `perfect_prediction`, as export JSON.
    static func perfect(_ gold: GoldFile) -> (articles: [[String: Any]], entities: [String: [String: Any]]) {
        var ents: [String: [String: Any]] = [:]
        var arts: [[String: Any]] = []
        for a in gold.articles {
            arts.append(["file": a.file, "title": j(a.title), "published": j(a.published), "dateline": j(a.dateline),
                         "countries": a.countries, "topics": a.topics, "organizations": a.organizations, "places": a.places,
                         "people": a.people.map(\.id)])
            for p in a.people {
                var e = ents[p.id] ?? ["id": p.id, "kind": "person", "name": p.mentions[0], "aliases": [String](), "country": j(p.country), "roles": [[String: Any]]()]
                var aliases = e["aliases"] as! [String]
                for m in p.mentions where !aliases.contains(m) && m != e["name"] as! String { aliases.append(m) }
                e["aliases"] = aliases
                if e["country"] as? String == nil, let c = p.country { e["country"] = c }
                e["roles"] = (e["roles"] as! [[String: Any]]) + p.roles.map { ["title": $0, "file": a.file, "date": j(a.published)] }
                ents[p.id] = e
            }
        }
        return (arts, ents)
    }

    static func score(_ arts: [[String: Any]], _ ents: [String: [String: Any]]) throws -> Score {
        let json: [String: Any] = ["articles": arts, "entities": ents.keys.sorted().map { ents[$0]! }]
        let data = try JSONSerialization.data(withJSONObject: json)
        return Scorer.score(gold: gold, pred: try JSONDecoder().decode(Prediction.self, from: data))
    }

    /// The metrics under 1.0.
    static func lowered(_ s: Score) -> Set<String> { Set(s.metrics.filter { $0.value < 1 - 1e-12 }.keys) }

    @Test("a perfect prediction scores 1.0 on every metric")
    func perfectScores() throws {
        let (arts, ents) = Self.perfect(Self.gold)
        let s = try Self.score(arts, ents)
        #expect(Self.lowered(s).isEmpty, "\(Self.lowered(s))")
        #expect(s.linking.goldPairs == 5 && s.roles.gold == 10 && s.personCountry.gold == 8)
        #expect(s.warnings.isEmpty)
    }

    @Test("a merged pair, a split person, a wrong role in a list and a missing org lower exactly their metrics")
    func breakages() throws {
        let (arts, ents) = Self.perfect(Self.gold)
        // Both Zardaris as one entity: linking precision.
        var merged = ents, mergedArts = arts
        let bilawal = merged.removeValue(forKey: "bilawal-bhutto-zardari")!
        merged["asif-ali-zardari"]!["aliases"] = (merged["asif-ali-zardari"]!["aliases"] as! [String]) + ["Bilawal Bhutto Zardari", "Bilawal"]
        merged["asif-ali-zardari"]!["roles"] = (merged["asif-ali-zardari"]!["roles"] as! [[String: Any]]) + (bilawal["roles"] as! [[String: Any]])
        mergedArts[1]["people"] = ["asif-ali-zardari", "abbas-araghchi", "shehbaz-sharif"]
        let m = try Self.score(mergedArts, merged)
        #expect(Self.lowered(m) == ["linking_p", "linking_f1", "linking_bcubed_f1"])
        #expect(m.linking.mergedPredIDs == ["asif-ali-zardari": ["asif-ali-zardari", "bilawal-bhutto-zardari"]])

        // Araghchi as one entity per article: linking recall.
        var split = ents, splitArts = arts
        let araghchi = split.removeValue(forKey: "abbas-araghchi")!
        for i in splitArts.indices {
            let id = "araghchi-\(i)", file = Self.gold.articles[i].file
            split[id] = araghchi.merging(["id": id, "roles": (araghchi["roles"] as! [[String: Any]]).filter { $0["file"] as! String == file }]) { $1 }
            splitArts[i]["people"] = (splitArts[i]["people"] as! [String]).map { $0 == "abbas-araghchi" ? id : $0 }
        }
        let sp = try Self.score(splitArts, split)
        #expect(Self.lowered(sp) == ["linking_r", "linking_f1", "linking_bcubed_f1"])
        #expect(sp.linking.splitGoldIDs == ["abbas-araghchi": ["araghchi-0", "araghchi-1", "araghchi-2"]])

        // Shehbaz given Dar's "Deputy Prime Minister" in a1: still found by recall (it contains the
        // gold role), wrong for precision (it is another office).
        var roles = ents
        roles["shehbaz-sharif"]!["roles"] = [["title": "Deputy Prime Minister", "file": "a1.txt"], ["title": "Prime Minister", "file": "a2.txt"]]
        let r = try Self.score(arts, roles)
        #expect(Self.lowered(r) == ["roles_precision"])
        #expect(r.perArticle[0].rolesWrong == ["shehbaz-sharif: deputy prime minister"])

        // "Foreign Office" missing; "NA" alone still finds "National Assembly (NA)".
        var orgArts = arts
        orgArts[0]["organizations"] = ["NA"]
        let o = try Self.score(orgArts, ents)
        #expect(Self.lowered(o) == ["organizations_recall"])
        #expect(o.perArticle[0].organizationsMissed == ["Foreign Office"])
    }

    @Test("normalisation follows Python: NFKC, quotes, whitespace, casefold")
    func normalisation() {
        #expect(Matching.norm("  Iran’s\u{00A0}Foreign \n MINISTER ") == "iran's foreign minister")
        #expect(Matching.norm("Straße ﬁnal — ΣΑΣ") == "strasse final - σασ")
        #expect(Matching.norm(nil) == "")
        #expect(Matching.normCountry("U.S.") == "united states" && Matching.normCountry("Türkiye") == "turkey")
        #expect(Matching.normTopic("Defence") == "defense")
        #expect(Matching.normDate(" 2024-05-01T10:00 ") == "2024-05-01" && Matching.normDate("null") == nil)
        #expect(PyText.ws("a\u{2003}b\u{1C}c ") == "a b c")
    }

    @Test("containment on word boundaries, name and acronym variants, office modifiers")
    func containment() {
        #expect(Matching.contained("assembly", "national assembly"))
        #expect(!Matching.contained("ali", "alibaba"))
        #expect(Matching.contained("na", "na") && !Matching.contained("na", "na assembly"))
        #expect(Matching.contained("café", "the café's terrace"))
        #expect(Matching.variants("National Assembly (NA) ") == ["national assembly (na)", "national assembly", "na"])
        #expect(Matching.variants("A (b) (c)") == ["a (b) (c)", "a (b)", "c"])
        #expect(Matching.itemFound("Foreign Office", ["Pakistan Foreign Office"]))
        #expect(!Matching.itemFound("Foreign Office", ["Foreign Offices"]))
        #expect(Matching.changesOffice("deputy prime minister", "prime minister"))
        #expect(!Matching.changesOffice("prime minister of pakistan", "prime minister"))
    }

    @Test("people are matched one to one, the best overlap first, as Kuhn's algorithm does")
    func matching() {
        #expect(Matching.maxMatching([[0, 1], [0]]) == [0: 1, 1: 0])
        #expect(Matching.maxMatching([[0], [0], []]) == [0: 0])
        let (p, r, f) = Matching.prf(0, 0, 0)
        #expect(p == 1 && r == 1 && f == 1)
    }
}
