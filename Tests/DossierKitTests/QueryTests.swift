@testable import DossierKit
import Testing

@Suite("Query syntax")
struct QueryTests {
    static let d1 = SimpleDate(iso: "2024-01-01")!, d2 = SimpleDate(iso: "2024-12-31")!

    /// One query per filter kind, and some together, with awkward values.
    static let samples: [Query] = [
        Query(countries: ["Iran"]),
        Query(countries: ["Iran", "Pakistan"]),
        Query(topics: ["trade", "border security"]),
        Query(officials: ["Ishaq Dar"]),
        Query(organizations: ["United Nations", "SCO"]),
        Query(places: ["Gwadar"]),
        Query(since: d1),
        Query(until: d2),
        Query(since: d1, until: d2),
        Query(text: "foreign minister"),
        Query(text: "counterpart"),
        Query(text: "10:30 talks"),
        Query(text: "a \"quoted\" word and a back\\slash"),
        Query(views: ["unread"]),
        Query(views: ["starred", "unread"]),
        Query(officials: ["Name \"Nick\" Person"]),
        Query(countries: ["Iran"], topics: ["trade"], officials: ["Ishaq Dar"], organizations: ["UN"], places: ["Kabul"],
              since: d1, until: d2, text: "foreign minister", views: ["unread"]),
        Query(),
    ]

    @Test("parse(print(q)) == q for every filter kind", arguments: samples)
    func roundTrip(q: Query) throws {
        #expect(try Query.parse(q.description) == q, "printed as \(q.description)")
    }

    @Test("the example from the issue reads as it says")
    func example() throws {
        let q = try Query.parse(#"country:Iran topic:trade official:"Ishaq Dar" since:2024-01-01 "foreign minister""#)
        #expect(q == Query(countries: ["Iran"], topics: ["trade"], officials: ["Ishaq Dar"], since: Self.d1, text: "foreign minister"))
        #expect(q.description == #"country:Iran topic:trade official:"Ishaq Dar" since:2024-01-01 "foreign minister""#)
    }

    @Test("bare words join into one text; key aliases and case are accepted")
    func looseInput() throws {
        #expect(try Query.parse("  foreign   minister ") == Query(text: "foreign minister"))
        #expect(try Query.parse("Person:Dar ORG:UN who:Araghchi") == Query(officials: ["Dar", "Araghchi"], organizations: ["UN"]))
        #expect(try Query.parse("text:\"a b\" c") == Query(text: "a b c"))
        #expect(try Query.parse("") == Query())
    }

    @Test("bad input names the token and the column where it starts", arguments: [
        ("country:Iran cuntry:Pakistan", "cuntry:Pakistan", 14, "unknown key"),
        ("since:2024-13-01", "since:2024-13-01", 1, "not a date"),
        ("topic:trade until:yesterday", "until:yesterday", 13, "not a date"),
        ("official: Dar", "official:", 1, "needs a value"),
        ("official:\"Ishaq Dar", "\"Ishaq Dar", 10, "not closed"),
        ("trade \"foreign minister\"x", "\"foreign minister\"x", 7, "space after"),
    ])
    func badInput(input: String, token: String, column: Int, reason: String) {
        #expect {
            _ = try Query.parse(input)
        } throws: { error in
            guard let e = error as? QueryError else { return false }
            return e.token == token && e.column == column && e.reason.contains(reason) && e.description.contains("column \(column)")
        }
    }

    @Test("a corpus finds the entities a query names, and prints its filter back as a query")
    func resolve() throws {
        let c = corpus([
            "Talks\n\nISLAMABAD: Pakistan's Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on trade.\n",
        ])
        let (q, f) = try c.filter(parsing: "country:Pakistan official:\"Ishaq Dar\" since:2024-01-01")
        #expect(f.countries.count == 1 && f.people.count == 1 && f.since == Self.d1)
        #expect(c.query(for: f) == q)
        #expect {
            _ = try c.filter(parsing: "country:Pakistan official:Nobody")
        } throws: { error in
            (error as? QueryError).map { $0.token == "official:Nobody" && $0.column == 18 } ?? false
        }
    }
}
