@testable import DossierKit
import Testing

/// Names from naming traditions the given-name tables do not cover. Every sentence is written
/// for the test; the people are invented.
@Suite("World news extraction: names by their structure")
struct WorldNameStructureTests {
    static func report(_ dateline: String, _ body: String) -> String { WorldExtractionTests.report(dateline, body) }

    @Test("a family name's ending marks two or three words as a person's name with no other cue", arguments: [
        "Vadrin Marinescu had come first in the vote.",
        "Ostrel Hrytsenko had come first in the vote.",
        "Zurabo Gelashvili had come first in the vote.",
        "Varuzh Sargsyan had come first in the vote.",
        "Ilvan Petrushevskyi had come first in the vote.",
    ])
    func familyNameEnding(sentence: String) {
        let names = people(Self.report("BUCHAREST, May 26, 2025", sentence))
        #expect(names.count == 1)
        #expect(names.first.map { sentence.hasPrefix($0) } == true)
    }

    @Test("an ending is no cue where the words are a place's or a thing's, or the stem is too short")
    func familyNameEndingHeldBack() {
        #expect(people(Self.report("MOSCOW, May 26, 2025", "The ministers met in Rostov on Monday. Geneva Talks resumed on Friday.")).isEmpty)
        // Clubs, ships, parties, broadcasters and drinks whose last word ends like a family name.
        for text in ["Bayer Leverkusen beat the visitors on Sunday.", "The Exxon Valdez spilled oil in 1989.", "Platforma Obywatelska won the vote.",
                     "Telewizja Polska broadcast the debate.", "Exports of Scotch Whisky rose again."] {
            #expect(people(Self.report("WARSAW, May 26, 2025", text)).isEmpty, "\(text)")
        }
        #expect(!NameEndings.shared.marksFamilyName("geneva"))
        #expect(!NameEndings.shared.marksFamilyName("suez"))
        #expect(NameEndings.shared.marksFamilyName("popescu"))
        #expect(!NameEndings.shared.marksFamilyName("abc-ov"))
    }

    @Test("a surname's particles capitalised at a sentence's start are the named person's, not a new person's; without the full name before, the name is read whole")
    func capitalisedParticleAtSentenceStart() {
        let c = corpus([Self.report("BRUSSELS, May 26, 2025", "The commissioner, Greta van der Molen, arrived on Monday. Van der Molen said the plan would pass.")])
        let found = c.entities(in: c.articles[0].id).filter { $0.kind == .person }.compactMap { c.entity($0)?.name }
        #expect(found == ["Greta van der Molen"])
        #expect(people(Self.report("VIENNA, May 26, 2025", "Van der Molen highlighted the risks on Monday.")) == ["Van der Molen"])
    }

    @Test("a given name of the wider open-data list marks a person; a census surname or a town's name is not a given name")
    func widerGivenNames() {
        #expect(people(Self.report("ABUJA, May 26, 2025", "Thandeka Nwosu told the senators that the bill was ready.")) == ["Thandeka Nwosu"])
        #expect(Gazetteer.shared.isGivenName("thandeka"))
        #expect(!Gazetteer.shared.isGivenName("lopez"))
        #expect(!Gazetteer.shared.isGivenName("inari"))
    }

    @Test("names listed after 'were' are people when a later one has a known given name; a list after 'by' is not")
    func listWithAKnownGivenName() {
        let names = people(Self.report("ABUJA, May 26, 2025", "Also approved were Ubong Akpan, Oyin Dare and John Mensah, who were screened last week."))
        #expect(Set(names) == ["Ubong Akpan", "Oyin Dare", "John Mensah"])
        let signed = people(Self.report("ACCRA, May 26, 2025", "The deal was signed by Heavy Metal Works, Blue Ocean Works and John Mensah on Monday."))
        #expect(signed == ["John Mensah"])
    }

    @Test("after a capitalised Al, a common word is the family's name")
    func familyNameAfterAl() {
        let names = people(Self.report("MUSCAT, May 26, 2025", "Deputy Prime Minister Sayyid Harib bin Khalid Al Said opened the session."))
        #expect(names == ["Sayyid Harib bin Khalid Al Said"])
    }

    @Test("a photographer's credit in a caption names no one the report is about; a name after a colon in prose still counts")
    func photoCredit() {
        let names = people(Self.report("LIMA, May 26, 2025", "Ana Quispe receives the sash in Lima. (AP Photo/Tomas Villalba)\n\nPhoto: Rosa Mendez\n\nThe new president said: Carlos Huaman will lead the cabinet. (AP Photo/Julio Rivas, File)\n\nPhoto: President Pedro Llosa at the summit."))
        #expect(Set(names) == ["Ana Quispe", "Carlos Huaman", "Pedro Llosa"])
    }

    @Test("a given name before a residence's word is a landmark, not a person")
    func residenceAfterGivenName() {
        let c = corpus([Self.report("KATHMANDU, May 26, 2025", "The president administered the oath at Sheetal Niwas on Monday.")])
        #expect(c.names(in: c.articles[0], .person).isEmpty)
        #expect(c.names(in: c.articles[0], .place).contains("Sheetal Niwas"))
    }

    @Test("a name, then 'of the' and a body a rule found, is a person; not a thing's name after a number or an article")
    func nameOfBody() {
        #expect(people(Self.report("KIGALI, May 26, 2025", "His rival, Faustin Nkurunziza-Habimana of the Green Reform Party (GRP), won 4 percent.")) == ["Faustin Nkurunziza-Habimana"])
        #expect(people(Self.report("KIGALI, May 26, 2025", "The 37th Ordinary Session of the Green Reform Party (GRP) opened.")).isEmpty)
    }

    @Test("the report's credits name no one it is about")
    func reportCredits() {
        let names = people(Self.report("COPENHAGEN, May 26, 2025", "Prime Minister Mette Holm spoke on Monday.\n\n(Reporting by Jens Lund; Editing by Anna Marsh)\n\nAgency writer Ana Ruiz in Madrid contributed to this report."))
        #expect(names == ["Mette Holm"])
    }

    @Test("a name with a party's acronym in brackets that is not its initials, then 'and' or a comma, is a person; a body's acronym is not")
    func nameWithPartyInBrackets() {
        #expect(people(Self.report("THE HAGUE, July 2, 2024", "Eddo van Brakel (NSC) and Mona Keijzer (BBB) took the oath.")).contains("Eddo van Brakel"))
        #expect(people(Self.report("THE HAGUE, July 2, 2024", "The National Agency for Election Management (ANGE), the Reform Party (RE), and Eesti Energia (EE), agreed.")).isEmpty)
    }

    @Test("a hyphen-joined participle before an office describes it ('the Taliban-appointed foreign minister'); a noun of action is no name's word")
    func describedOfficeAndActionNouns() {
        let c = corpus([Self.report("ISLAMABAD, May 26, 2025", "The Kremlin-appointed foreign minister of Russia, Ivan Sorokin, is also expected to attend. The Directors General Military Operations of both sides met.")])
        #expect(c.person("Ivan Sorokin")?.roles.map(\.title) == ["Foreign Minister"])
        #expect(c.names(in: c.articles[0], .person) == ["Ivan Sorokin"])
    }

    @Test("the cues of a name's party and of a report's credits hold back where they would misread: bodies and teams of a body, share tickers, ordinary 'compiled by', a credit far from the names")
    func cuesHeldBack() {
        for text in ["Legal Service of the European Union advised the council.", "Spring Meetings of the International Monetary Fund began.",
                     "Mamelodi Sundowns of the Premier Soccer League won.", "Shares of Lucid Motors (LCID), Rivian Automotive (RIVN) and Palantir Technologies (PLTR) fell."] {
            #expect(people(Self.report("NAIROBI, May 26, 2025", text)).isEmpty, "\(text)")
        }
        #expect(people(Self.report("NAIROBI, May 26, 2025", "The report, compiled by Special Rapporteur Ana Ruiz, was rejected by Prime Minister Tom Vale.")).contains("Tom Vale"))
        #expect(Set(people(Self.report("NAIROBI, May 26, 2025", "Jane Wanjiru, who contributed to this report's findings, said Cabinet Secretary John Mbadi ignored it."))) == ["Jane Wanjiru", "John Mbadi"])
        #expect(people(Self.report("NAIROBI, May 26, 2025", "Secretary of State Marco Rubio met Foreign Minister Sergei Lavrov in Riyadh on Monday for talks that lasted more than four hours, and Matthew Lee contributed to this report.")).count == 2)
    }

    @Test("a list that puts each name before its title keeps each title with its name")
    func nameFirstList() {
        let c = corpus([Self.report("ALGIERS, May 26, 2025", "Among those present were the host, Karim Belkacem, the energy minister, Paolo Ferri, the Italian ambassador, Anna Berg, the EU envoy, and Rachid Hachichi, the head of Sonatrach.")])
        #expect(c.person("Paolo Ferri")?.roles.map(\.title) == ["Ambassador"])
    }
}
