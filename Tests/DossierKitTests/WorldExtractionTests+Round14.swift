@testable import DossierKit
import Testing

/// Offices listed after a predicate, offices and countries the predicate's possessive gives, names
/// after a body's title, monarchs' single names and the home country a masthead names: each rule
/// with the input it reads and one it must leave alone. Every sentence is written for the test.
@Suite("World news extraction: office lists, predicates, titles of bodies, mastheads")
struct WorldPredicateTests {
    func one(_ body: String, _ dateline: String = "LUXEMBOURG, Nov 17, 2023") -> Corpus { corpus([WorldExtractionTests.report(dateline, body)]) }
    func roles(_ c: Corpus, _ name: String) -> [String] { c.person(name)?.roles.map(\.title).sorted() ?? [] }

    @Test("offices listed with commas after a predicate are each the subject's, without a stray comma")
    func officesWithCommas() {
        let c = one("Yvette Halle, who becomes minister of defence, minister of transport and public works and minister for culture, takes office today.")
        #expect(roles(c, "Yvette Halle") == ["Minister for Culture", "Minister of Defence", "Minister of Transport and Public Works"])
        let d = one("Yvette Halle becomes minister of defence, minister Paul Kern said.")
        #expect(roles(d, "Yvette Halle") == ["Minister of Defence"])
        #expect(roles(d, "Paul Kern") == ["Minister"])
    }

    @Test("a term between the predicate and its office counts for nothing; the possessive gives the country")
    func termBeforeOffice() {
        let c = one("Nayib Bukele was sworn in for a second five-year term as El Salvador's president on Saturday.", "SAN SALVADOR, June 1, 2024")
        #expect(roles(c, "Nayib Bukele") == ["President"])
        #expect(c.person("Nayib Bukele")?.country == "El Salvador")
        let d = one("Nayib Bukele voted for a second term as the Assembly met.", "SAN SALVADOR, June 1, 2024")
        #expect(roles(d, "Nayib Bukele") == [])
    }
}
