import DossierKit
import DossierState
@testable import DossierTUI
import Foundation
import Testing

/// `:filter QUERY`, `:save NAME` and `:view NAME`: the query syntax inside the reader.
@Suite("Update: queries and named views")
struct QueryCommandTests {
    @Test(":filter replaces every filter with a query, the same as the single commands")
    func filterCommand() {
        var a = Fixtures.state()
        _ = a.runCommand("country Norland")
        _ = a.runCommand("topic energy")
        var b = Fixtures.state()
        _ = b.runCommand("filter country:Norland topic:energy")
        #expect(b.filter == a.filter && b.timeline == a.timeline)
        #expect(b.currentQuery.description == "country:Norland topic:energy")
        // A query replaces, not adds.
        _ = b.runCommand("filter until:2024-12-31")
        #expect(b.filter.entityIDs.isEmpty && b.filter.until == SimpleDate(iso: "2024-12-31"))
        _ = b.runCommand("filter is:unread")
        #expect(b.readingFilter == .unread)
    }

    @Test("a bad query changes nothing and names the token and its column")
    func badQuery() {
        var s = Fixtures.state()
        _ = s.runCommand("country Norland")
        let before = s.filter
        _ = s.runCommand("filter country:Norland cuntry:Estmark")
        #expect(s.filter == before)
        #expect(s.message?.isError == true && s.message?.text.contains("“cuntry:Estmark” at column 17") == true)
        _ = s.runCommand("filter official:Nobody")
        #expect(s.message?.text.contains("“official:Nobody” at column 1") == true)
        _ = s.runCommand("filter is:later")
        #expect(s.message?.text.contains("is:unread") == true && s.filter == before)
    }

    @Test("' with no named view says how to save one")
    func recallNothing() {
        var s = Fixtures.state()
        s.press("'")
        #expect(s.prompt == nil && s.message?.text.contains(":save NAME") == true)
    }

    @Test(":save keeps the filters under a name, :view puts them back, and they survive a restart")
    func namedViews() {
        var s = Fixtures.state()
        _ = s.runCommand("filter country:Norland since:2025-01-01")
        let saved = s.filter
        _ = s.runCommand("save norland")
        #expect(s.message?.text.contains("country:Norland since:2025-01-01") == true)
        _ = s.runCommand("clear")
        #expect(s.filter.isEmpty)
        _ = s.runCommand("view norland")
        #expect(s.filter == saved)
        _ = s.runCommand("view nothing")
        #expect(s.message?.isError == true && s.message?.text.contains("norland") == true)

        // ' opens the prompt on :view, and Tab completes the names.
        _ = s.runCommand("clear")
        s.press("'", "Tab", "Enter")
        #expect(s.filter == saved)

        // Saved with the position, and read back with the reading state.
        let p = s.position
        #expect(p.views == ["norland": "country:Norland since:2025-01-01"])
        let json = try! JSONEncoderForTests.roundTrip(p)
        var t = Fixtures.state()
        t.applyReadingState(ReadingState(position: json))
        _ = t.runCommand("view norland")
        #expect(t.filter == saved)
    }
}

enum JSONEncoderForTests {
    static func roundTrip(_ p: ReadingPosition) throws -> ReadingPosition {
        try JSONDecoder().decode(ReadingPosition.self, from: JSONEncoder().encode(p))
    }
}
