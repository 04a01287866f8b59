@testable import DossierKit
import Testing

@Suite("Article parsing")
struct ParserTests {
    @Test("a ` date YYYY-MM-DD` first line gives the date and the title")
    func headerDate() {
        let a = parse(" date 2024-03-19 Ministers agree on a new rail link\n\nQUETTA: The two ministers met on Monday and agreed on a rail link between the cities.\n")
        #expect(a.published == SimpleDate(year: 2024, month: 3, day: 19))
        #expect(a.title == "Ministers agree on a new rail link")
        #expect(a.dateline == "Quetta")
    }

    @Test("datelines", arguments: [
        ("Lahore, March 3, 2023 — The governor opened a new bridge over the river on Friday.", "Lahore", "2023-03-03"),
        ("MASHHAD, Jan. 12 (IRNA) – The governor opened a new bridge over the river on Friday.", "Mashhad", nil),
        ("KARACHI: The governor opened a new bridge over the river on Friday.", "Karachi", nil),
        ("Kabul, 4 February 2022 - The governor opened a new bridge over the river on Friday.", "Kabul", "2022-02-04"),
        ("PESHAWAR (Reuters) - The governor opened a new bridge over the river on Friday.", "Peshawar", nil),
        // Wire-service forms.
        ("TULA, June 3. /TASS/. The governor opened a new bridge over the river on Friday.", "Tula", nil),
        ("KISUMU, Kenya (AP) — The governor opened a new bridge over the river on Friday.", "Kisumu", nil),
        ("Bahir Dar March 5/2024 (ENA) The governor opened a new bridge over the river on Friday.", "Bahir Dar", "2024-03-05"),
        ("AL AIN, 14th January, 2025 (WAM) -- The governor opened a new bridge over the river on Friday.", "Al Ain", "2025-01-14"),
        ("BUSAN, March 2 (Yonhap) -- The governor opened a new bridge over the river on Friday.", "Busan", nil),
        ("Dammam, March 3, 2024, SPA -- The governor opened a new bridge over the river on Friday.", "Dammam", "2024-03-03"),
        ("LYON (AFP) - The governor opened a new bridge over the river on Friday.", "Lyon", nil),
        ("CHENGDU: The governor opened a new bridge over the river on Friday.", "Chengdu", nil),
        ("GDANSK -- The governor opened a new bridge over the river on Friday.", "Gdansk", nil),
        ("GYUMRI, MARCH 9, 2024, ARMENPRESS. The governor opened a new bridge over the river on Friday.", "Gyumri", "2024-03-09"),
        // An agency after a full stop, a country before the agency, two cities, digits in an agency.
        ("ALMATY. KAZINFORM – The governor opened a new bridge over the river on Friday.", "Almaty", nil),
        ("Izmir (Turkey) (AFP) - The governor opened a new bridge over the river on Friday.", "Izmir", nil),
        ("KUWAIT, May 20 (KUNA) -- The governor opened a new bridge over the river on Friday.", "Kuwait", nil),
        ("LAHORE/KARACHI, August 2, 2022 – The governor opened a new bridge over the river on Friday.", "Lahore", "2022-08-02"),
        ("Multan, May 06 (V7N) – The governor opened a new bridge over the river on Friday.", "Multan", nil),
        ("QUETTA, (APP - Example Wire / Other Wire - 3rd March, 2021) On Friday the governor opened a new bridge.", "Quetta", "2021-03-03"),
        // Month names of other languages, day first; an agency with a hyphen.
        ("THIES, 12 avril 2024 (APS) - The governor opened a new bridge over the river on Friday.", "Thies", "2024-04-12"),
        ("Sevilla, 21 de noviembre de 2023 (EFE).- The governor opened a new bridge over the river on Friday.", "Sevilla", "2023-11-21"),
        ("Torino, 22 ottobre 2022 (ANSA) - The governor opened a new bridge over the river on Friday.", "Torino", "2022-10-22"),
        ("ZIGUINCHOR, 3 avr (APS) - The governor opened a new bridge over the river on Friday.", "Ziguinchor", nil),
        ("LAE, 12 August 2024 (Post-Courier) - The governor opened a new bridge over the river on Friday.", "Lae", "2024-08-12"),
    ] as [(String, String, String?)])
    func datelines(line: String, city: String, date: String?) {
        let a = parse("A bridge opens in the north\n\(line)\nThe bridge is two kilometres long and took four years to build, officials said.\n")
        #expect(a.dateline == city)
        #expect(a.published?.description == date)
    }

    @Test("the agency a dateline credits, and none where it names no agency", arguments: [
        ("MASHHAD, Jan. 12 (IRNA) – The governor opened a new bridge over the river on Friday.", "IRNA"),
        ("PESHAWAR (Reuters) - The governor opened a new bridge over the river on Friday.", "Reuters"),
        ("TULA, June 3. /TASS/. The governor opened a new bridge over the river on Friday.", "TASS"),
        ("KISUMU, Kenya (AP) — The governor opened a new bridge over the river on Friday.", "AP"),
        ("Bahir Dar March 5/2024 (ENA) The governor opened a new bridge over the river on Friday.", "ENA"),
        ("AL AIN, 14th January, 2025 (WAM) -- The governor opened a new bridge over the river on Friday.", "WAM"),
        ("Dammam, March 3, 2024, SPA -- The governor opened a new bridge over the river on Friday.", "SPA"),
        ("GYUMRI, MARCH 9, 2024, ARMENPRESS. The governor opened a new bridge over the river on Friday.", "ARMENPRESS"),
        ("ALMATY. KAZINFORM – The governor opened a new bridge over the river on Friday.", "KAZINFORM"),
        ("Izmir (Turkey) (AFP) - The governor opened a new bridge over the river on Friday.", "AFP"),
        ("Multan, May 06 (V7N) – The governor opened a new bridge over the river on Friday.", "V7N"),
        ("QUETTA, (APP - Example Wire / Other Wire - 3rd March, 2021) On Friday the governor opened a new bridge.", "APP - Example Wire / Other Wire"),
        ("Lahore, March 3, 2023 — The governor opened a new bridge over the river on Friday.", nil),
        ("KARACHI: The governor opened a new bridge over the river on Friday.", nil),
        ("LAHORE/KARACHI, August 2, 2022 – The governor opened a new bridge over the river on Friday.", nil),
        ("KABUL (Afghanistan) — The governor opened a new bridge over the river on Friday.", nil),
    ] as [(String, String?)])
    func datelineAgency(line: String, agency: String?) {
        let a = parse("A bridge opens in the north\n\(line)\nThe bridge is two kilometres long and took four years to build, officials said.\n")
        #expect(a.agency == agency)
        #expect(a.source == nil, "an agency is not the site or feed")
    }

    @Test("a photo caption or a by-line above the dateline does not hide it, and its date is not the article's")
    func captionAboveDateline() {
        let a = parse("Ministers meet on river trade\nPhoto: the two ministers shake hands in Tula on March 1, 2024.\nTULA, March 3, 2024 (Reuters) - The ministers agreed on river trade rules on Friday, officials said.\n")
        #expect(a.dateline == "Tula")
        #expect(a.published?.description == "2024-03-03")
        let b = parse("Ministers meet on river trade\nA file picture taken on June 9, 2021 shows the old bridge.\nTULA (AP) — The ministers agreed on river trade rules on Friday, officials said.\n")
        #expect(b.dateline == "Tula")
        #expect(b.published == nil)
    }

    @Test("a correspondent's line, a date line ending in the city, and a time in hours")
    func correspondentAndCityAfterDate() {
        let a = parse("Ministers meet on river trade\nSpecial Correspondent\nPublished - October 07, 2024 09:52 pm IST - NEW DELHI\n\nThe ministers agreed on river trade rules on Monday.\n")
        #expect(a.dateline == "New Delhi")
        #expect(a.published?.description == "2024-10-07")
        let b = parse("Ministers meet on river trade\nNov 16, 2023 | 14:27 h\n\nMadrid (EFE).- The ministers agreed on river trade rules on Thursday.\n")
        #expect(b.published?.description == "2023-11-16")
    }

    @Test("numeric dates that are not calendar dates, or run into other numbers, are not dates")
    func numericNonDates() {
        #expect(DateScanner.scan("version 1.2.2024.5").isEmpty)
        #expect(DateScanner.scan("scores of 31/13/2024").isEmpty)
        #expect(DateScanner.scan("on 3.4.2024.").first?.date?.description == "2024-04-03")
    }

    @Test("a credit line naming the source, then the date, gives the date", arguments: [
        ("Daily Example Online , Tuesday 12 Mar 2024", "2024-03-12"),
        ("The Example Herald / 08:15 AM March 12, 2024", "2024-03-12"),
        ("By Our Staff Writer, Quetta | March 12, 2024", "2024-03-12"),
    ])
    func creditLine(line: String, iso: String) {
        let a = parse("Trade talks resume in the capital\nDelegations return to the table after a year\n\(line)\n\nThe delegations met for three hours and agreed to resume trade talks next month.\n")
        #expect(a.published?.description == iso)
        #expect(DateScanner.creditLineDate("The talks will end on March 12, 2024") == nil)
    }

    @Test("a by-line's city is the dateline when the lede has none")
    func bylineCity() {
        let a = parse("Governor opens bridge\nPublished on 03/02/2023 - 10:15\nBy Example Agency - Quetta\n\nThe governor opened a new bridge over the river on Friday.\n")
        #expect(a.dateline == "Quetta")
        #expect(a.published?.description == "2023-02-03")
        let b = parse("Governor opens bridge\nBy Example Agency - Pakistan\n\nThe governor opened a new bridge over the river on Friday.\n")
        #expect(b.dateline == nil)
        // A writer's name, a bar and the city.
        let c = parse("Governor opens bridge\nDorji Wangmo | Quetta\n\nThe governor opened a new bridge over the river on Friday.\n")
        #expect(c.dateline == "Quetta")
        let d = parse("Governor opens bridge\nRoads and bridges | Quetta news\n\nThe governor opened a new bridge over the river on Friday.\n")
        #expect(d.dateline == nil)
    }

    @Test("captions, a section label and a date line between the headline and the dateline")
    func headerZone() {
        let a = parse("Governor opens bridge\n\nPhoto: the governor cuts a ribbon on Monday, March 1, 2021, at the bridge.\n\nMarch 3, 2021 — 9:05 PM CET\n\nQUETTA — The governor opened a new bridge over the river on Wednesday.\n")
        #expect(a.dateline == "Quetta")
        #expect(a.published?.description == "2021-03-03")
        let b = parse("Governor opens bridge\nRegions\nMarch 3, 2021\n\nQUETTA, Mar. 3 (APP) – The governor opened a new bridge over the river on Wednesday.\n")
        #expect(b.dateline == "Quetta")
        #expect(b.published?.description == "2021-03-03")
        let c = parse("Governor opens bridge\nA new bridge for the province\n03.03.2021\nFILE PHOTO - The governor speaks at a rally in Quetta on Feb. 1, 2021. (Example Agency)\nQUETTA (APP) - The governor opened a new bridge over the river on Wednesday.\n")
        #expect(c.dateline == "Quetta")
        #expect(c.published?.description == "2021-03-03")
        let d = parse("Governor opens bridge\nFILE - The governor speaks at a rally, Monday, Feb. 1, 2021. (AP Photo)\nQUETTA (AP) — The governor opened a new bridge over the river on Wednesday.\n")
        #expect(d.dateline == "Quetta")
        #expect(d.published == nil)
    }

    @Test("a dateline on a line of its own: a city and a date, a city and an agency, a writer's credit ending in a colon", arguments: [
        ("Ottawa — 3 October 2023", "Ottawa", "2023-10-03"),
        ("Basra-INA", "Basra", nil),
        ("GANJA, Azerbaijan, March 19. By Aysel Mammadova – Trend:", "Ganja", nil),
    ] as [(String, String, String?)])
    func datelineLines(line: String, city: String, date: String?) {
        let a = parse("A bridge opens in the north\n\n\(line)\n\nThe bridge is two kilometres long and took four years to build, officials said.\n")
        #expect(a.dateline == city)
        #expect(a.published?.description == date)
    }

    @Test("a date line's weekday is no dateline city; a by-line's last-updated date is the article's")
    func weekdayAndLastUpdated() {
        let a = parse("A bridge opens\nFriday, 17 May 2024 - 10:42\n\nKISUMU, May 17 (Reuters) - The governor opened a bridge.\n")
        #expect(a.dateline == "Kisumu")
        #expect(a.published?.description == "2024-05-17")
        let b = parse("A bridge opens\nBy JT - Sep 18,2024 - Last updated at Sep 18,2024\n\nIRBID — The governor opened a bridge.\n")
        #expect(b.dateline == "Irbid")
        #expect(b.published?.description == "2024-09-18")
    }

    @Test("site chrome above the headline is not the title; a label above it is kept and may name the outlet", arguments: [
        ("Menu  Search  Subscribe", nil), ("Share", nil), ("Skip to main content", nil), ("POLITICS", nil),
        ("Politics > Government", nil), ("Agencia Sur | Politica", "Agencia Sur"), ("KABAR", "KABAR"),
        ("Home › Politics", nil), ("Politics · 3 min read", nil), ("BREAKING NEWS", nil), ("Kabar.kg", "Kabar.kg"),
        ("The Island Times", "The Island Times"), ("ANTARA News", "ANTARA News"),
        ("Photo: Lawmakers vote in the assembly hall. (Kabar)", nil), ("By Aida Bekova", nil), ("Listen to this article", nil),
    ] as [(String, String?)])
    func leadingChrome(line: String, outlet: String?) {
        let a = parse("\(line)\nParliament approves new cabinet\n\nBISHKEK, 23 June 2024 - The assembly elected the government on Sunday.\n")
        #expect(a.title == "Parliament approves new cabinet")
        #expect(a.dateline == "Bishkek")
        #expect(a.source == outlet)
    }

    @Test("a site's name over its menu or a section's name, the menu itself, and a section over a date line are not the title", arguments: [
        ("Kabar\nPolitics | Economy | Society | Regions | World", "Kabar"),
        ("ENA | Ethiopian News Agency\nHome  Politics  Economy  Social  Sport  Opinion", "Ethiopian News Agency"),
        ("Agencia Sur - Agencia de Noticias\nHome | Politics | Economy | Regions | English", "Agencia Sur - Agencia de Noticias"),
        ("Agence de Presse Nationale\nAccueil | Politique | Economie | Société | Régions | Sports", "Agence de Presse Nationale"),
        ("ANSA English\nPOLITICS\n22 October 2022 12:48", "ANSA English"),
        ("Iraqi News Agency\nPolitical\n2025-04-15 18:42", "Iraqi News Agency"),
        ("Pacific News\nTopic:Papua New Guinea", "Pacific News"),
        ("ČTK\n09.03.2023 12:32", "ČTK"), ("BTA\nPolitics | 16 January 2025, Thursday | 14:22", "BTA"),
        ("Antara News\nJakarta, Oct 20, 2024", "Antara News"),
        ("Le Monde with AFP\nPublished on January 7, 2025, at 3:12 pm (Paris)", "Le Monde"),
    ] as [(String, String)])
    func siteNameAndMenu(lines: String, outlet: String) {
        let a = parse("\(lines)\n\nParliament approves new cabinet\n\nBISHKEK, 23 June 2024 - The assembly elected the government on Sunday.\n")
        #expect(a.title == "Parliament approves new cabinet")
        #expect(a.dateline == "Bishkek")
        #expect(a.source == outlet)
    }

    @Test("'City - AGENCY' on its own line under the headline is the dateline, not a deck; a minutes-to-read note and a share line after a trailing date do not hide the date")
    func datelineLineAndTrailingDates() {
        let a = parse("Leaders meet in Doha\n\nDoha - INA\nThe prime minister met the president on Tuesday.\n")
        #expect(a.dateline == "Doha")
        #expect(a.subtitle == nil)
        let b = parse("Speaker elected\n\nPublished Oct 03, 2023  •  Last updated Oct 03, 2023  •  4 minute read\n\nOTTAWA — Members elected a Speaker.\n")
        #expect(b.published?.description == "2023-10-03")
        let c = parse("Speaker elected\n\nISLAMABAD — Members elected a Speaker.\n\nPublished March 3, 2024 07:12pm\nShare | Comments (0)\n")
        #expect(c.published?.description == "2024-03-03")
        // A credit and its "Published" label with no separator; counters after a date.
        let d = parse("Speaker elected\nNews.com | Sana Baig  Published February 26, 2024\n\nLAHORE: Members elected a Speaker.\n")
        #expect(d.published?.description == "2024-02-26")
        #expect(d.subtitle == nil)
        let e = parse("Speaker elected\n\nApril 5, 2025 10:12 am - 0 Comment - 312 Views\n\nMembers elected a Speaker on Friday in the capital.\n")
        #expect(e.published?.description == "2025-04-05")
    }

    @Test("a masthead (an acronym or a tagline beside the site's name, perhaps a menu), a section in two languages and a bare section over a date line are not the title", arguments: [
        ("MIA | Macedonian Information Agency\nDomestic\n12.05.2024 10:15", "Macedonian Information Agency"),
        ("Kathmandu Post - Latest News and Analysis from Nepal\nHome | Politics | National | World | Money", "Kathmandu Post"),
        ("HINA – Croatian News Agency | Politics | Economy | Sport\n12.05.2024 10:15", "Croatian News Agency"),
        ("NTB\nUtenriks / World", "NTB"),
    ] as [(String, String)])
    func mastheads(lines: String, outlet: String) {
        let a = parse("\(lines)\n\nParliament approves new cabinet\n\nBISHKEK, 23 June 2024 - The assembly elected the government on Sunday.\n")
        #expect(a.title == "Parliament approves new cabinet")
        #expect(a.dateline == "Bishkek")
        #expect(a.source == outlet)
    }

    @Test("a headline with its site's name after it, over the report, stays the headline")
    func headlineWithSiteName() {
        let a = parse("Ruto names cabinet - The Star\n\nNAIROBI — The president named his cabinet on Monday.\n")
        #expect(a.title == "Ruto names cabinet - The Star")
        #expect(a.dateline == "Nairobi")
    }

    @Test("a dateline that is its line's whole text, a template's placeholder in a date line, and a count beside a closing marker")
    func datelineAloneAndPlaceholders() {
        let a = parse("Cabinet sworn in\n\nLJUBLJANA 14/03 (STA)\n\nThe new ministers took the oath in parliament on Thursday.\n")
        #expect(a.dateline == "Ljubljana")
        #expect(a.agency == "STA")
        #expect(a.published == nil)
        let b = parse("Cabinet sworn in\n\n14 March 2024 10:05 am - 3 - {{article.views}}\n\nThe new ministers took the oath in parliament on Thursday.\n")
        #expect(b.published?.description == "2024-03-14")
        let c = parse("Cabinet sworn in\n\nISLAMABAD: The new ministers took the oath in parliament on Thursday.\n\nPublished in The Nation, March 14th, 2024\n\nComments (12)\nClosed\n")
        #expect(c.published?.description == "2024-03-14")
    }

    @Test("a writer's credit before the dateline on its line, and a country's name as the section above the headline")
    func bylineBeforeDatelineAndCountrySection() {
        let a = parse("Parliament elects new speaker\nBy Jane Wambui, NAIROBI, March 12 – Lawmakers elected a new speaker on Tuesday.\n")
        #expect(a.dateline == "Nairobi")
        let b = parse("South Africa\nParliament elects new speaker\n12/03/2024\nCAPE TOWN — Lawmakers elected a new speaker on Tuesday after a debate.\n")
        #expect(b.title == "Parliament elects new speaker")
        #expect(b.published?.description == "2024-03-12")
    }

    @Test("a sharing line under the headline, a writer's credit 'on' a date, a city among a date line's fields, a closing 'This article was first published'")
    func sharingLinesAndCredits() {
        let a = parse("Cabinet sworn in\nShare this:\nFacebook | Twitter | WhatsApp\nLUSAKA, March 12, 2024 – The new cabinet was sworn in on Tuesday.\n")
        #expect(a.dateline == "Lusaka")
        #expect(a.published?.description == "2024-03-12")
        let b = parse("Cabinet sworn in\nBy ZNBC Reporter on March 12, 2024\nThe new cabinet was sworn in at State House on Tuesday, officials said.\n")
        #expect(b.published?.description == "2024-03-12")
        let c = parse("Cabinet sworn in\n12 March 2024 | Lusaka\nThe new cabinet was sworn in at State House on Tuesday, officials said.\n")
        #expect(c.dateline == "Lusaka")
        #expect(c.source != "Lusaka")
        let d = parse("Cabinet sworn in\nThe new cabinet was sworn in at State House on Tuesday, officials said.\nThis article was first published on March 12, 2024.\n")
        #expect(d.published?.description == "2024-03-12")
    }

    @Test("a site's name over a two-part trail, over its section and date, or first over a date line; a region as a section; a time zone and 'ago', a label glued to a time, a day with a full stop", arguments: [
        ("Balkan Courier\nNEWS | POLITICS", "Balkan Courier", nil),
        ("Notizie Oggi\nMediterranean | Energy", "Notizie Oggi", nil),
        ("Nordic Wire English\nDomestic | 15. December 2023 - 09:12", "Nordic Wire English", "2023-12-15"),
        ("Agerpres\n06.08.2020. 17:20", "Agerpres", "2020-08-06"),
        ("Costa Rica / Politics", nil, nil),
        ("Africa", nil, nil),
    ] as [(String, String?, String?)])
    func siteNameAboveLabel(lines: String, outlet: String?, date: String?) {
        let a = parse("\(lines)\n\nParliament approves new cabinet\n\nBISHKEK, 23 June 2024 - The assembly elected the government on Sunday.\n")
        #expect(a.title == "Parliament approves new cabinet")
        #expect(a.dateline == "Bishkek")
        #expect(a.source == outlet)
        #expect(a.published?.description == (date ?? "2024-06-23"))
    }

    @Test("a date line with its zone and a relative update, a label glued to a time, a reading time and a credited photo before the dateline")
    func datesWithZonesAndGluedLabels() {
        let a = parse("Africa\n\nArmy officer takes oath as interim leader\n\nBy Reuters\nOctober 1, 2021 11:05 AM GMT+1 Updated 2 hours ago\n\nCONAKRY, Oct 1 (Reuters) - The colonel was sworn in on Friday.\n")
        #expect(a.title == "Army officer takes oath as interim leader")
        #expect(a.published?.description == "2021-10-01")
        #expect(a.dateline == "Conakry")
        let b = parse("Parliament approves new cabinet\n\nMIDDLE EAST\nIssued on: 02/09/2020 - 03:12Modified: 02/09/2020 - 08:40\n\n2 min\nThe prime minister-designate speaks during a session in the capital on September 1, 2020. © AFP\n\nTunis (Tunisia) (AFP) – The parliament on Wednesday approved the cabinet.\n")
        #expect(b.published?.description == "2020-09-02")
        #expect(b.dateline == "Tunis")
        // The first line over a date line is a headline when a by-line, not a headline, follows.
        let c = parse("SPEAKER IS ELECTED\nFriday, 03 May 2024\nBY JOHN DOE\n\nMEMBERS of Parliament elected a new Speaker yesterday after a long debate.\n")
        #expect(c.title == "SPEAKER IS ELECTED")
        // A line that ends in a copyright sign inside a sentence is no caption.
        #expect(!Header.isCaption("The © sign stands on every page of the report that the ministry released."))
    }

    @Test("a first line of three words or fewer over a headline is a label; over a paragraph it stays the title", arguments: [
        ("Kyiv Wire\nEU Affairs\n\nParliament approves new cabinet", "Parliament approves new cabinet"),
        ("Cabinet Reshuffle\n12.03.2024\nParliament approves new cabinet", "Parliament approves new cabinet"),
        ("Europe Desk\nBy Jane Doe\n\nParliament approves new cabinet", "Parliament approves new cabinet"),
        ("Budget approved\n12 March 2024\nThe parliament approved the budget by a large majority on Tuesday.", "Budget approved"),
        ("Budget approved\nThe parliament approved the budget by a large majority on Tuesday.", "Budget approved"),
        // A short headline with a verb in lower case over a standfirst with no full stop.
        ("Ruto sworn in\nKenya's new president promises to unite a divided nation", "Ruto sworn in"),
        ("Macron visits Kyiv\nBy Anna Berg\nThe French president pledges more help for the army", "Macron visits Kyiv"),
    ] as [(String, String)])
    func shortLabelOverHeadline(lines: String, title: String) {
        let a = parse("\(lines)\n\nBISHKEK, 23 June 2024 - The assembly elected the government on Sunday.\n")
        #expect(a.title == title)
        #expect(a.dateline == "Bishkek")
    }

    @Test("rules of this round that must not fire: a country as the headline, a country before a site's word, a video label or a fiscal year as a dateline; credits upon credits read no deeper than two")
    func headerRulesHeldBack() {
        let a = parse("Austria\nVIENNA, May 2, 2025 — The chancellor met the president on Friday in the capital.\n")
        #expect(a.title == "Austria")
        #expect(a.dateline == "Vienna")
        let b = parse("US - China Trade Talks Today\nBy Jane Doe\nWASHINGTON, May 2, 2025 — Officials met on Friday.\n")
        #expect(b.title == "US - China Trade Talks Today")
        let c = parse("Video report\n\nWATCH (VIDEO)\n\nThe minister spoke to reporters on Friday about the budget.\n")
        #expect(c.dateline == nil)
        let d = parse("Budget\n\nFY 24/25 — The finance minister presented the budget on Friday.\n")
        #expect(d.dateline == nil)
        let e = parse("Budget\n\n" + String(repeating: "By A, ", count: 3000) + "NAIROBI — The minister spoke.\n")
        #expect(e.title == "Budget")
    }

    @Test("a dateline without a year gives no date, and says so")
    func datelineNoYear() {
        let a = parse("A bridge opens\nTABRIZ, Nov. 05 (MNA) – The governor opened a bridge on Friday over the river Aras.\n")
        #expect(a.published == nil)
        #expect(a.warnings.contains { $0.message.contains("no year") })
    }

    @Test("date forms on a line of their own", arguments: [
        ("May 8, 2025", "2025-05-08"), ("8 May 2025", "2025-05-08"), ("June 23rd, 2025", "2025-06-23"),
        ("2024-06-30 21:34 UTC", "2024-06-30"), ("Monday, 23 June 2025", "2025-06-23"), ("Published: 1 July 2021", "2021-07-01"),
        ("Updated 09 May, 2025 08:51am", "2025-05-09"), ("May 8, 2025 | 10:25 PM", "2025-05-08"),
        ("09:15 KST, March 2, 2024", "2024-03-02"), ("June 4, 2021 at 18:40 JST", "2021-06-04"), ("Wed Feb 8 2023", "2023-02-08"),
        ("Updated 5:12 PM GMT+8, 11 Feb 2024", "2024-02-11"), ("Published 2024-03-02T09:15:00+09:00", "2024-03-02"),
        // Numeric dates: day first, unless only the other reading is a date; year first when it leads.
        ("16.06.2024 19:05", "2024-06-16"), ("04.09.2024", "2024-09-04"), ("21/07/2023 04:52 PM", "2023-07-21"),
        ("Published on 01/02/2023 - 20:15", "2023-02-01"), ("07/21/2023", "2023-07-21"), ("2024/06/16", "2024-06-16"),
        ("Fri 5 Jul 2024 19.42 BST", "2024-07-05"),
        // A section, the date and a time in the French manner, between bars.
        ("Economy | 11 March 2024 | 08h30", "2024-03-11"),
        // A time with dotted a.m./p.m., a writer's name after the date, a weekday and a numeric date.
        ("June 4, 2024 9:30 a.m. ET", "2024-06-04"), ("Posted on June 4, 2024 by admin", "2024-06-04"),
        ("Tuesday 4 June 2024 | 09:30 GMT+3", "2024-06-04"), ("09:30, 04.06.2024", "2024-06-04"),
        // Labels in other languages; a day with a full stop; "Updated N hours ago".
        ("Publié le 12 mars 2024 à 10h30", "2024-03-12"), ("Publicado el 12 de marzo de 2024", "2024-03-12"),
        ("julkaistu 20.6.2023 klo 15.03", "2023-06-20"), ("17. May 2023 - 17:48", "2023-05-17"),
        ("October 17, 2025 2:14 PM GMT+3 Updated 3 hours ago", "2025-10-17"),
    ])
    func dateLines(line: String, iso: String) {
        let a = parse("Trade talks resume in the capital\n\(line)\nThe delegations met for three hours and agreed to resume trade talks next month.\n")
        #expect(a.published?.description == iso)
        #expect(a.title == "Trade talks resume in the capital")
    }

    @Test("links and breadcrumbs above the headline are not the title")
    func breadcrumbs() {
        let a = parse("https://example.com/news/2024/talks\nHome > World > Asia\nMinisters agree on border trade\nKABUL: The ministers met and agreed on border trade rules for the coming year.\n")
        #expect(a.title == "Ministers agree on border trade")
        #expect(a.dateline == "Kabul")
        #expect(parse("Iran / Pakistan talks resume\nKABUL: The talks resumed on Monday after a long break.\n").title == "Iran / Pakistan talks resume")
    }

    @Test("header rules held back: a writer's or a city's name over a date line, a headline over a region's section, an event's date at the end")
    func headerRulesHeldBackAgain() {
        let a = parse("John Smith\nMay 3, 2024\nParliament approves new cabinet\n\nThe assembly elected the government on Sunday.\n")
        #expect(a.source != "John Smith")
        let b = parse("Kyiv\nMay 3, 2024\nParliament approves new cabinet\n\nThe assembly elected the government on Sunday.\n")
        #expect(b.source != "Kyiv")
        let c = parse("Ruto meets Abiy in Nairobi\nAfrica\nNAIROBI (Reuters) - Kenyan President William Ruto met the Ethiopian prime minister.\n")
        #expect(c.title == "Ruto meets Abiy in Nairobi")
        #expect(c.dateline == "Nairobi")
        #expect(c.source == nil)
        let d = parse("Campaign opens\nThe campaign opened on Monday with rallies in the capital.\nElection day: November 5, 2024\n")
        #expect(d.published == nil)
    }

    @Test("a trailing line of a label in any language, a colon and a date is the date when nothing else gives one")
    func trailingLabelledDate() {
        let a = parse("Parliament approves new government\nThe parliament approved the new cabinet on Thursday by a wide margin.\nData publicării: 15.06.2023, 18:40\n")
        #expect(a.published?.description == "2023-06-15")
        // A sentence ending in a date is no label's.
        let b = parse("Parliament approves new government\nThe parliament approved the new cabinet on Thursday by a wide margin.\nThe vote was held on the 15th: 15.06.2023\n")
        #expect(b.published == nil)
    }

    @Test("a trailing Published line is the date when nothing else gives one")
    func trailingPublished() {
        let a = parse("Trade talks resume\nThe delegations met for three hours and agreed to resume trade talks next month.\nPublished in print, July 4, 2025\n")
        #expect(a.published?.description == "2025-07-04")
        #expect(!a.blocks.contains { a.string(in: $0.range).hasPrefix("Published") })
    }

    @Test("a variant headline becomes the subtitle; headings and chrome are recognised")
    func structure() {
        let text = """
        Ministers pledge closer energy ties
        Energy ministers pledge closer ties in first meeting
        ISLAMABAD, May 2, 2024 — The two energy ministers met for the first time and agreed on a gas pipeline schedule.
        Pipeline schedule agreed
        The pipeline will carry gas across the border from next year, the ministry said in a statement on its website.

        Tags
        Related
        Another story about something else
        Share
        """
        let a = parse(text)
        #expect(a.subtitle == "Energy ministers pledge closer ties in first meeting")
        #expect(a.blocks.map(\.kind) == [.title, .subtitle, .dateline, .paragraph, .heading, .paragraph])
        #expect(!a.text.isEmpty)
        for b in a.blocks { #expect(!a.string(in: b.range).contains("Another story")) }
    }

    @Test("chrome in the middle is dropped only when no article text follows it")
    func chromeKeepsProse() {
        let text = "Talks held\nThe two sides met in the capital and held long talks about the region.\nShare\nThe talks will resume next week when both delegations return from consultations with their governments at home.\n"
        let a = parse(text)
        #expect(a.blocks.contains { a.string(in: $0.range).hasPrefix("The talks will resume") })
    }

    @Test("the event date is the latest named weekday on or before publication")
    func eventDate() {
        // 2025-05-08 is a Thursday; "on Wednesday" is 2025-05-07; "on Thursday" is the same day.
        let wed = parse("Talks\nIslamabad, May 8, 2025 — The minister arrived on Wednesday for talks.\n")
        #expect(wed.eventDate?.description == "2025-05-07")
        let thu = parse("Talks\nIslamabad, May 8, 2025 — The minister arrived on Thursday for talks.\n")
        #expect(thu.eventDate?.description == "2025-05-08")
        let sat = parse("Talks\nIslamabad, May 8, 2025 — The minister arrived on Saturday for talks.\n")
        #expect(sat.eventDate?.description == "2025-05-03")
    }

    @Test("hard-wrapped paragraphs join into one block")
    func hardWrapped() {
        let text = "A long report\n\nThe committee met for the third time this year and discussed the plan to build\na new road between the two provinces before the winter.\n\nIt adjourned.\n"
        let a = parse(text)
        let paragraphs = a.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.count == 2)
        #expect(a.string(in: paragraphs[0].range).hasSuffix("before the winter."))
    }

    @Test("offsets point at the text they describe, also after multi-byte characters")
    func offsets() {
        let a = parse("Iran’s “new” plan — überall\nTEHRAN: Iran’s minister spoke.\n")
        #expect(a.string(in: a.blocks[0].range) == "Iran’s “new” plan — überall")
        for b in a.blocks { #expect(!a.string(in: b.range).isEmpty) }
    }

    @Test("weekday arithmetic")
    func dates() {
        #expect(SimpleDate(year: 1970, month: 1, day: 1)!.weekday == 4)
        #expect(SimpleDate(year: 2025, month: 5, day: 8)!.weekday == 4)
        #expect(SimpleDate(year: 2024, month: 2, day: 30) == nil)
        #expect(SimpleDate(year: 2024, month: 2, day: 29)!.adding(days: 1).description == "2024-03-01")
        #expect(SimpleDate(dayNumber: SimpleDate(year: 2031, month: 12, day: 31)!.dayNumber).description == "2031-12-31")
    }
}
