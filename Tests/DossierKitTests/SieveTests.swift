@testable import DossierKit
import Testing

/// Each linking sieve on its own, over groups built by hand.
@Suite("Linking sieves")
struct SieveTests {
    static func record(_ names: [String], roles: [String] = [], country: String? = nil, strength: CountryEvidence.Strength? = nil, article: Int = 0) -> LinkRecord {
        let p = LocalPerson(names: names.map(PersonName.init), surfaces: names, roles: roles, country: country, countryStrength: strength,
                            mentions: [], rules: [])
        return LinkRecord(article: article, person: 0, local: p, aliases: AliasTable())
    }

    static func state(_ groups: [LinkRecord]) -> LinkState {
        var s = LinkState()
        for r in groups { s.newGroup(r, "new", apartFrom: []) }
        return s
    }

    @Test("exact: the same folded full name joins; a bare name is not its business")
    func exact() {
        let s = Self.state([Self.record(["Seyed Abbas Araghchi"])])
        guard case .join(0, _) = ExactNameSieve().decide(Self.record(["Seyyed Abbas Araghchi"], article: 1), s) else { Issue.record("no join"); return }
        guard case .pass = ExactNameSieve().decide(Self.record(["Araghchi"], article: 1), s) else { Issue.record("decided a bare name"); return }
    }

    @Test("compatible: one fitting group joins; two keep the record apart; a firm country splits")
    func compatible() {
        let s = Self.state([Self.record(["Muhammad Ishaq Dar"]), Self.record(["Maryam Nawaz Sharif"])])
        guard case .join(0, _) = CompatibleNameSieve().decide(Self.record(["Ishaq Dar"], article: 1), s) else { Issue.record("no join"); return }
        guard case .pass = CompatibleNameSieve().decide(Self.record(["Nawaz Sharif"], article: 1), s) else { Issue.record("Nawaz joined Maryam"); return }
        let two = Self.state([Self.record(["Ishaq Dar"]), Self.record(["Muhammad Ishaq Dar"])])
        guard case .apart(let groups) = CompatibleNameSieve().decide(Self.record(["M. Ishaq Dar"], article: 2), two), groups.count == 2 else {
            Issue.record("not kept apart"); return
        }
        let stated = Self.state([Self.record(["Omar Latif"], country: "Pakistan", strength: .stated)])
        guard case .pass = CompatibleNameSieve().decide(Self.record(["Omar Latif Khan"], country: "Iran", strength: .stated, article: 1), stated) else {
            Issue.record("two stated countries linked"); return
        }
    }

    @Test("a tail after leading given names joins only where the office agrees")
    func tailWithRole() {
        let s = Self.state([Self.record(["Recep Tayyip Erdogan"], roles: ["president"]), Self.record(["Maryam Nawaz Sharif"], roles: ["chief minister"])])
        guard case .join(0, _) = TailWithRoleSieve().decide(Self.record(["Tayyip Erdogan"], roles: ["President"], article: 1), s) else {
            Issue.record("no join"); return
        }
        guard case .pass = TailWithRoleSieve().decide(Self.record(["Nawaz Sharif"], roles: ["Former Prime Minister"], article: 1), s) else {
            Issue.record("Nawaz joined Maryam"); return
        }
        guard case .pass = TailWithRoleSieve().decide(Self.record(["Tayyip Erdogan"], article: 1), s) else { Issue.record("joined without an office"); return }
        // The same office held at another time: a former president and a president.
        let former = Self.state([Self.record(["Arthur Peter Mutharika"], roles: ["Former President"])])
        guard case .join(0, _) = TailWithRoleSieve().decide(Self.record(["Peter Mutharika"], roles: ["President"], article: 1), former) else {
            Issue.record("a former office did not agree with the office"); return
        }
        guard case .pass = TailWithRoleSieve().decide(Self.record(["Peter Mutharika"], roles: ["Former Vice President"], article: 1), former) else {
            Issue.record("another office agreed"); return
        }
    }

    @Test("surname: the one group; the group whose roles agree; else apart, recorded both ways")
    func surname() {
        var s = Self.state([Self.record(["Nawaz Sharif"], roles: ["former prime minister"]), Self.record(["Shehbaz Sharif"], roles: ["prime minister"])])
        guard case .join(1, let via) = SurnameSieve().decide(Self.record(["Sharif"], roles: ["Prime Minister"], article: 2), s), via == "surname+role" else {
            Issue.record("role did not break the tie"); return
        }
        guard case .apart(let groups) = SurnameSieve().decide(Self.record(["Sharif"], article: 2), s) else { Issue.record("not kept apart"); return }
        s.newGroup(Self.record(["Sharif"], article: 2), "ambiguous-kept-apart", apartFrom: groups)
        #expect(s.groups[2].apart == [0, 1])
        #expect(s.groups[0].apart.contains(2))
    }
}

/// Extraction stages one at a time, and the rule table.
@Suite("Extraction stages")
struct StageTests {
    @Test("a stage can be run alone: people are candidates before overlaps are resolved")
    func oneStage() {
        let a = parse("Talks\nKARACHI, June 3, 2024 — Interior Minister Mohsin Naqvi met the Lahore Qalandars owner.\n")
        let ctx = Extractor.context(a, through: "people")
        #expect(ctx.accepted.isEmpty)
        #expect(ctx.candidates.contains { $0.kind == .person && $0.name == "Mohsin Naqvi" && $0.rule == "title" })
        let resolved = Extractor.context(a, through: "overlaps")
        #expect(resolved.accepted.contains { $0.kind == .person && $0.name == "Mohsin Naqvi" })
    }

    @Test("every rule a mention names has a priority in rules.tsv")
    func everyRuleHasAPriority() {
        let texts = ["Talks\nKARACHI, June 3, 2024 — Interior Minister Mohsin Naqvi and the Inter-Services Public Relations (ISPR) met. ISPR said the Ministries of Finance and Planning, the Government of Pakistan, the Pakistan Cricket Board and Gul Zaman, who said talks on border trade and security went well, agreed. Naqvi left for South and Central Asia and the Casa Rosada.\n"]
        let c = corpus(texts)
        let rules = Set(c.articles.flatMap(\.mentions).map { $0.rule.components(separatedBy: " · ")[0] })
        #expect(rules.count >= 8)
        for r in rules { #expect(Gazetteer.shared.priority(of: r) > 0, "\(r) has no row in rules.tsv") }
    }
}
