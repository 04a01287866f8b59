@testable import DossierKit
import Testing

@Suite("Article parsing: a site's own lines above its trail")
struct MastheadTests {
    @Test("a site's name and tagline over its section trail are not the headline", arguments: [
        ("Harbour Courier\nThe islands' oldest independent paper\n\nHOME  >  POLITICS\n\nAssembly elects new speaker after long deadlock", "Harbour Courier"),
        ("Northern Wire Service (NWS)\nPolitics | Africa\nAssembly elects new speaker after long deadlock", "Northern Wire Service (NWS)"),
        ("Valley Times\nNews / Regional / Assembly\nAssembly elects new speaker after long deadlock", "Valley Times"),
        ("Coastline Daily\nYour window on the region\nWorld\nAssembly elects new speaker after long deadlock", "Coastline Daily"),
        ("Harbour Courier\nThe voice of the coast since forever\nwww.harbourcourier.co.tz\nAssembly elects new speaker after long deadlock", "Harbour Courier"),
    ] as [(String, String)])
    func siteLinesOverTrail(lines: String, outlet: String) {
        let a = parse("\(lines)\nDeputies back the ruling party's candidate on the third ballot\n\nMAPUTO, 14 January 2025 - The assembly elected its speaker on Tuesday after a day of voting.\n")
        #expect(a.title == "Assembly elects new speaker after long deadlock")
        #expect(a.dateline == "Maputo")
        #expect(a.published?.description == "2025-01-14")
        #expect(a.source == outlet)
    }

    @Test("a site's section with the story's stamp is no headline; its date is the article's", arguments: [
        ("POLITICS    03.02.2025, 11:20 CET", "2025-02-03"),
        ("Politics  •  10:21, 9 August", nil),
        ("World | 2024-11-05 08:00", "2024-11-05"),
    ] as [(String, String?)])
    func sectionStamp(stamp: String, date: String?) {
        let a = parse("Island News Agency (INA)\n\n\(stamp)\n\nAssembly elects new speaker after long deadlock\n\nThe assembly elected its speaker on Tuesday after a day of voting in the capital.\n")
        #expect(a.title == "Assembly elects new speaker after long deadlock")
        #expect(a.published?.description == date)
    }

    @Test("what the rules leave alone: a headline over a trail over a paragraph, a long headline, a section that is a sentence's word")
    func heldBack() {
        // The line under the trail ends like a sentence: the headline above stays.
        let a = parse("Minister resigns over scandal\nPolitics | Europe\nThe long-serving minister stepped down on Friday after weeks of pressure from his own party.\n")
        #expect(a.title == "Minister resigns over scandal")
        // Nine words or more above the trail: a headline, not a site's name.
        let b = parse("Parliament votes to extend the state of emergency by ninety days\nPolitics | Africa\nOpposition deputies walk out before the vote in the capital\n\nThe vote passed easily.\n")
        #expect(b.title == "Parliament votes to extend the state of emergency by ninety days")
        #expect(!Header.sectionStamp("Politics 2").ok)
        #expect(!Header.sectionStamp("Budget talks 12.03.2025").ok)
        #expect(Header.outletWithAcronym("Talks with the World Bank (WB)") == nil)
        #expect(Header.outletWithAcronym("Polish Press Agency (PAP)") == "Polish Press Agency")
    }

    @Test("a month's abbreviation with its full stop keeps the year after it; a date in words settles one in figures on the same line", arguments: [
        ("07 Mar. 2024 | 10:15", "2024-03-07"),
        ("7 Sept. 2023 10:15 (GMT+3)", "2023-09-07"),
        ("03/07/2024 March 7, 2024", "2024-03-07"),
        ("03/07/2024", "2024-07-03"),
    ] as [(String, String)])
    func dateForms(line: String, date: String) {
        let a = parse("Assembly elects new speaker after long deadlock\n\(line)\n\nThe assembly elected its speaker on Tuesday after a day of voting in the capital.\n")
        #expect(a.published?.description == date)
        #expect(a.title == "Assembly elects new speaker after long deadlock")
    }

    @Test("a headline over its section, a stamp or a trail, over a standfirst, stays the headline", arguments: [
        "Senate approves new defence budget\nPolitics\nLawmakers vote 61-39 after weeks of heated debate",
        "Floods kill dozens in the south\nWorld | 12:30\nRescuers search for survivors in the flooded valley",
        "Protests spread: what we know\nAfrica\nThousands marched in the capital for a third day",
        "Senate approves new defence budget\nNews | Politics\nLawmakers vote 61-39 after weeks of heated debate",
    ])
    func headlineOverSection(top: String) {
        let a = parse("\(top)\n\nThe upper house voted on Tuesday after a long debate in the capital city.\n")
        #expect(a.title == String(top.split(separator: "\n")[0]))
    }

    @Test("a date in words on the line settles only the same figures read the other way round")
    func wordedDateSameFiguresOnly() {
        let a = parse("Assembly elects new speaker after long deadlock\nIssued on: 05/06/2024 - 22:41 Modified: June 9, 2024 - 09:05\n\nThe assembly elected its speaker on Tuesday after a day of voting.\n")
        #expect(a.published?.description == "2024-06-05")
    }

    @Test("a by-line under a one-sentence deck, or a writer's name over the writer's job, is no part of the text", arguments: [
        "Senate confirms new ministers after long screening\n\nThe nominees still await their portfolios.\n\nby Amaka Obi\nAugust 7, 2023\n",
        "Senate confirms new ministers after long screening\n\nAmaka Obi\nPolitical Journalist\n\n30 Jun 2024 | 22:41\n",
    ])
    func bylineUnderDeck(top: String) {
        let a = parse("\(top)\nThe upper house confirmed the ministers on Monday after a long debate in the capital city.\n")
        #expect(a.title == "Senate confirms new ministers after long screening")
        #expect(!a.blocks.contains { a.string(in: $0.range).contains("Amaka") })
    }

    @Test("a short opening sentence that starts with By stays the article's text")
    func sentenceStartingWithBy() {
        let a = parse("Senate confirms new ministers after long screening\n\nThe nominees still await their portfolios.\n\nBy noon the vote was over.\n\nThe upper house confirmed the ministers on Monday.\n")
        #expect(a.blocks.contains { a.string(in: $0.range).hasPrefix("By noon") })
    }
}
