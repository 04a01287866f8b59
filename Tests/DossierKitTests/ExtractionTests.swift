@testable import DossierKit
import Testing

@Suite("Extraction rules")
struct ExtractionTests {
    static let head = "Officials meet\nKARACHI, June 3, 2024 — "

    @Test("title-anchored names, titles stripped, roles kept", arguments: [
        ("Interior Minister Mohsin Naqvi chaired the session.", "Mohsin Naqvi", "Interior Minister"),
        ("Turkish Foreign Minister Hakan Fidan arrived in the city.", "Hakan Fidan", "Foreign Minister"),
        ("The talks were led by Lt Gen Nadeem Anjum of the army.", "Nadeem Anjum", "Lieutenant General"),
        ("Minister of State for Foreign Affairs Hina Rabbani Khar spoke first.", "Hina Rabbani Khar", "Minister of State for Foreign Affairs"),
        ("PM Shehbaz Sharif addressed the gathering.", "Shehbaz Sharif", "Prime Minister"),
        ("President of Turkey Recep Tayyip Erdogan landed.", "Recep Tayyip Erdogan", "President"),
    ])
    func titleAnchored(sentence: String, name: String, role: String) {
        let c = corpus([Self.head + sentence + "\n"])
        let e = c.person(name)
        #expect(e?.name == name)
        #expect(e?.roles.contains { $0.title == role } == true)
    }

    @Test("apposition after a role and after a name")
    func appositions() {
        let c = corpus([Self.head + "Afghanistan’s acting Commerce Minister, Nooruddin Azizi, met traders. Ishaq Dar, Pakistan’s foreign minister, joined later.\n"])
        #expect(c.person("Nooruddin Azizi")?.roles.map(\.title).contains("Acting Commerce Minister") == true)
        #expect(c.person("Nooruddin Azizi")?.country == "Afghanistan")
        #expect(c.person("Ishaq Dar")?.roles.map(\.title).contains("Foreign Minister") == true)
        #expect(c.person("Ishaq Dar")?.country == "Pakistan")
    }

    @Test("people with no title: a given name, a particle, a speech verb")
    func untitled() {
        let names = people(Self.head + "Hossein Amirabdollahian is scheduled to land on Monday. Syed Murad was also there. \"We are ready,\" said Gul Zaman, who leads the traders.\n")
        #expect(names.contains("Hossein Amirabdollahian"))
        #expect(names.contains("Syed Murad"))
        #expect(names.contains("Gul Zaman"))
    }

    @Test("places, organizations and capitalised phrases do not become people")
    func notPeople() {
        let names = people(Self.head + "The Foreign Office said the Pakistan Army and the State Bank of Pakistan would brief the National Assembly. Balochistan and Gilgit-Baltistan were discussed. Analysts said Prime Minister House was quiet.\n")
        #expect(names.isEmpty, "\(names)")
    }

    @Test("unnamed officials do not become people")
    func unnamed() {
        let names = people(Self.head + "Iran’s defence minister met the army chief. The foreign minister of Pakistan said the President would travel.\n")
        #expect(names.isEmpty, "\(names)")
    }

    @Test("a bare surname joins the full name, also before it in a headline")
    func surnames() {
        let text = "Naqvi meets Turkish envoy\nANKARA, June 3, 2024 — Interior Minister Mohsin Naqvi met the ambassador. Naqvi said talks were useful. Later Naqvi’s aides left.\n"
        let c = corpus([text])
        let e = c.person("Mohsin Naqvi")!
        let mentions = c.articles[0].mentions.filter { $0.entity == e.id }
        #expect(mentions.count == 4)
        #expect(c.entities(in: c.articles[0].id).filter { $0.kind == .person }.count == 1)
    }

    @Test("two people sharing a surname in one article stay two; the bare surname goes to the nearest")
    func sharedSurname() {
        let text = Self.head + "Former prime minister Nawaz Sharif met his brother, Prime Minister Shehbaz Sharif, at home. Shehbaz Sharif later flew to Lahore, where Sharif addressed a rally.\n"
        let c = corpus([text])
        let a = c.articles[0]
        let nawaz = c.person("Nawaz Sharif")!, shehbaz = c.person("Shehbaz Sharif")!
        #expect(nawaz.id != shehbaz.id)
        let bare = a.mentions.last { $0.surface == "Sharif" }!
        #expect(bare.entity == shehbaz.id)
    }

    @Test("countries by name, demonym and alias; nested names are not counted twice")
    func countries() {
        let c = corpus([Self.head + "Afghan and Turkish officials joined US and UAE envoys and a delegation from Türkiye and the Islamic Republic of Iran.\n"])
        let names = Set(c.names(in: c.articles[0], .country))
        #expect(names == ["Afghanistan", "Turkey", "United States", "United Arab Emirates", "Iran"])
    }

    @Test("the pronoun us is not the United States")
    func pronounUs() {
        let c = corpus([Self.head + "He told us that the talks went well.\n"])
        #expect(!c.names(in: c.articles[0], .country).contains("United States"))
    }

    @Test("organizations: acronym expansions, ministries, government of")
    func organizations() {
        let c = corpus([Self.head + "The National Disaster Management Authority (NDMA) and the Ministries of Finance and Planning met the Government of Pakistan team. NDMA later issued a warning.\n"])
        let orgs = c.names(in: c.articles[0], .organization)
        // An organization known by an acronym is named with it, as the text introduced it.
        #expect(orgs.contains("National Disaster Management Authority (NDMA)"))
        #expect(orgs.contains("Ministry of Finance"))
        #expect(orgs.contains("Ministry of Planning"))
        #expect(orgs.contains("Government of Pakistan"))
        let ndma = c.articles[0].mentions.filter { $0.surface == "NDMA" }
        #expect(ndma.count == 1)
    }

    @Test("a role spelt out with its acronym is not an organization")
    func roleAcronym() {
        let c = corpus([Self.head + "The Chairman Joint Chiefs of Staff Committee (CJCSC) spoke.\n"])
        #expect(c.names(in: c.articles[0], .organization).isEmpty)
    }

    @Test("places: cities, provinces, region pairs, head nouns")
    func places() {
        let c = corpus([Self.head + "Trade between Quetta, Sistan and Baluchestan and Gwadar Port grew across South and Central Asia.\n"])
        let p = c.names(in: c.articles[0], .place)
        #expect(p.contains("Quetta"))
        #expect(p.contains { $0.contains("Sistan") })
        #expect(p.contains { $0.contains("Gwadar") })
        #expect(p.contains("South and Central Asia"))
    }

    @Test("topics come from reported talks, not from commentary")
    func topics() {
        let c = corpus([Self.head + "The ministers discussed gas supplies and border trade. Analysts said nuclear issues could return. Historically, cultural ties were strong.\n"])
        let t = Set(c.names(in: c.articles[0], .topic))
        #expect(t.isSuperset(of: ["energy", "trade", "border"]))
        #expect(!t.contains("nuclear"))
        #expect(!t.contains("culture"))
    }

    @Test("every mention lies inside the text, on scalar boundaries, without overlap")
    func mentionRanges() {
        let c = corpus([Self.head + "Iran’s “Foreign Minister” Abbas Araghchi — in Kabul — met Afghan leaders; 日本 and emoji 😀 appear too.\n"])
        let a = c.articles[0]
        var last = 0
        for m in a.mentions {
            #expect(m.range.start >= last)
            #expect(m.range.end <= a.text.utf8.count)
            #expect(a.string(in: m.range).utf8.count == m.range.length)
            last = m.range.end
        }
    }

    @Test("an initial without its dot starts a name")
    func initials() {
        let c = corpus([Self.head + "External Affairs Minister S Jaishankar met the envoy. Jaishankar said the talks went well.\n"])
        let e = c.person("Jaishankar")
        #expect(e?.name == "S Jaishankar")
        #expect(c.articles[0].mentions.filter { $0.entity == e?.id }.count == 2)
    }

    @Test("a full name seen again where no rule fired is the same person, not a bare surname of another")
    func fullNameAgain() {
        let c = corpus([Self.head + "Former prime minister Imran Khan met his sisters Aleema Khan and Uzma Khan. Aleema Khan told reporters he was well.\n"])
        let aleema = c.person("Aleema Khan")!
        #expect(c.articles[0].mentions.filter { $0.entity == aleema.id }.count == 2)
        #expect(Set(c.allEntities(kind: .person).map(\.name)) == ["Imran Khan", "Aleema Khan", "Uzma Khan"])
    }

    @Test("the tail of a hyphenated name or title is not a given name alone")
    func hyphenTail() {
        let c = corpus([Self.head + "Information Minister Azma Bokhari quoted the Quaid-e-Azam's words. Azma said more later.\n"])
        let e = c.person("Azma Bokhari")!
        let surfaces = c.articles[0].mentions.filter { $0.entity == e.id }.map(\.surface)
        #expect(surfaces == ["Azma Bokhari", "Azma"])
    }
}
