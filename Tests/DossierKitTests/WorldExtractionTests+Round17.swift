@testable import DossierKit
import Testing

/// The rules written from a fourteenth writer's domestic reports (cabinets named in full, county
/// and state governments, party offices): each with the input it reads and one it must leave
/// alone. Every sentence is written for the test.
@Suite("World news extraction: domestic reports of a seventeenth round")
struct WorldSeventeenthRoundTests {
    func one(_ body: String, _ dateline: String = "LOME, May 2, 2024") -> Corpus { corpus([WorldExtractionTests.report(dateline, body)]) }
    func roles(_ c: Corpus, _ name: String) -> [String] { c.person(name)?.roles.map(\.title).sorted() ?? [] }

    @Test("a portfolio named with 'the' and listed fields keeps them all; a body's plural head does not join")
    func listedFieldsAfterThe() {
        let c = one("Koffi Mensah is named Minister of the Interior and Public Security, while Afi Dogbe becomes President of the Constitutional and Supreme Courts.")
        #expect(roles(c, "Koffi Mensah") == ["Minister of the Interior and Public Security"])
        #expect(!roles(c, "Afi Dogbe").contains { $0.contains("Constitutional") })
    }

    @Test("fields joined before the head may be abstract nouns no table lists")
    func abstractFieldsBeforeHead() {
        let c = one("Trade and Investment Promotion Minister Kossi Adjo opened the fair.")
        #expect(roles(c, "Kossi Adjo") == ["Trade and Investment Promotion Minister"])
    }

    @Test("a lower-case list of fields may name one with 'the'")
    func theInLowerList() {
        let c = one("Kossi Adjo becomes minister of employment, the economy and agriculture, and Afi Dogbe is minister of health.")
        #expect(roles(c, "Kossi Adjo") == ["Minister of Employment, the Economy and Agriculture"])
        #expect(roles(c, "Afi Dogbe") == ["Minister of Health"])
    }

    @Test("a mayor of a district of a city is the district's mayor; a region's head noun stays with its place")
    func districtOfACity() {
        let c = one("Ana Ruiz, the mayor of the Lome district of Be, voted. Kossi Adjo, governor of the Kara region, spoke.")
        #expect(roles(c, "Ana Ruiz") == ["Mayor of Be"])
        #expect(roles(c, "Kossi Adjo") == ["Governor of the Kara Region"])
    }
}
