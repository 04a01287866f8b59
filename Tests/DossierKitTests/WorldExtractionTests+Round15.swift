@testable import DossierKit
import Testing

/// Countries told by what a report marks, and the rules written from a twelfth writer's reports:
/// each with the input it reads and one it must leave alone. Every sentence is written for the test.
@Suite("World news extraction: marks, bodies and names of a fifteenth round")
struct WorldMarkTests {
    func one(_ body: String, _ dateline: String = "HELSINKI, Feb 11, 2024") -> Corpus { corpus([WorldExtractionTests.report(dateline, body)]) }
    func roles(_ c: Corpus, _ name: String) -> [String] { c.person(name)?.roles.map(\.title).sorted() ?? [] }

    @Test("a country that ends a body's name before an office is no mark: the report's unmarked officials stay the dateline's")
    func bodyNameIsNoMark() {
        let text = "Former prime minister Aino Kallas won the run-off. Prime Minister Eero Lind congratulated her. Bank of Finland governor Pekka Rask came fourth. Finland's army is large. Russia's invasion of Ukraine and Russia's leadership worried voters."
        let c = one(text)
        #expect(c.person("Eero Lind")?.country == "Finland")
        #expect(c.person("Pekka Rask")?.country == "Finland")
        // A mark is still a mark: the dateline's officials marked as such leave the unmarked to the other side.
        let d = one("Finnish Prime Minister Eero Lind received President Ivan Petrov. Russia and Russia's envoys and Moscow's delegation came. Lind and Petrov spoke with Russia's press.")
        #expect(d.person("Ivan Petrov")?.country == "Russia")
    }
}
