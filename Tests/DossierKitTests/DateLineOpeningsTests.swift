@testable import DossierKit
import Testing

/// Date lines in the shapes some outlets print: a few words before the date, the time before it,
/// a Hijri date beside it, North Korea's Juche calendar, and a by-line with the writer's job above.
@Suite("Date lines that open with words of their own")
struct DateLineOpeningsTests {
    func published(_ text: String) -> SimpleDate? { parse(text).published }

    @Test("a few words before a label, or capitalised words before a time, open a date line")
    func openingWords() {
        #expect(published("Basel's mayor joins government\n\nThis content was published on December 13, 2023 - 11:48\n\nParliament elected him on Wednesday.\n") == SimpleDate(year: 2023, month: 12, day: 13))
        #expect(published("Assembly impeaches acting president\n\nAll News 17:14 December 27, 2024\n\nThe National Assembly passed a motion on Friday.\n") == SimpleDate(year: 2024, month: 12, day: 27))
        // A sentence with a date is no date line.
        #expect(published("Talks go on\n\nThe talks that began on December 13, 2023 resumed.\n\nThey will go on.\n") == nil)
        #expect(DateScanner.isDateLine("Ministers agreed on December 13, 2023") == nil)
    }

    @Test("a time's minutes are no day before a month")
    func timeBeforeMonth() {
        let m = DateScanner.isDateLine("17:14 December 27, 2024")
        #expect(m?.date == SimpleDate(year: 2024, month: 12, day: 27))
        // A label's colon is no time's.
        #expect(DateScanner.isDateLine("Updated:15 June 2024")?.date == SimpleDate(year: 2024, month: 6, day: 15))
    }

    @Test("a Hijri date beside the Gregorian one is not the publication date")
    func hijri() {
        #expect(published("Saudi Press Agency\nTuesday 1446/8/19 H - 2025/02/18\nPolitical\n\nTalks held in Riyadh\n\nThe talks were held today.\n") == SimpleDate(year: 2025, month: 2, day: 18))
    }

    @Test("the Juche calendar's date line gives the year in brackets, then month and day")
    func juche() {
        #expect(published("Treaty signed during talks\n\nJuche 113 (2024).6.20.\n\nPyongyang, June 20 (KCNA) -- The talks were held.\n") == SimpleDate(year: 2024, month: 6, day: 20))
        #expect(DateScanner.jucheDate("Juche 113 (2024).2.30.") == nil)
    }

    @Test("a by-line with the writer's job under it does not hide the date line below")
    func bylineJobThenDate() {
        let text = "NATION\n\nMPs impeach the deputy president\n\nThe deputy is the first in the country's history to be impeached\n\nBy Samwel Otieno\nParliament reporter\nNation Media Group\nOctober 8, 2024\n\nThe National Assembly voted on Tuesday night.\n"
        #expect(published(text) == SimpleDate(year: 2024, month: 10, day: 8))
    }

    @Test("a caption closed by an agency's credit or a photo's credit does not hide the dateline below it")
    func datelineAfterCredits() {
        let a = parse("Council names a new premier\n\nARAB NEWS\nUpdated 05 February 2024\n\nThe outgoing premier has been named an adviser to the council. (Saba/File)\n\nADEN: The council on Monday appointed the foreign minister as prime minister.\n")
        #expect(a.dateline == "Aden")
        #expect(a.source == "ARAB NEWS")
        let b = parse("Parliament approves the cabinet\n\n27-10-2022\n\nThe prime minister shakes hands with the speaker in Baghdad on October 27, 2022. Photo: PM Media Office\n\nERBIL, Kurdistan Region - Parliament gave a vote of confidence late Thursday.\n")
        #expect(b.dateline == "Erbil")
        let c = parse("Grain deal signed\n\nSelin Kaya | 22.07.2022\n\nLeaders attend the signing ceremony at the palace in Istanbul, July 22, 2022. (AA)\n\nISTANBUL\n\nThe two sides on Friday signed separate agreements.\n")
        #expect(c.dateline == "Istanbul")
        // A section's name in capitals is no outlet.
        let e = parse("Housing plan unveiled\n\nTOP NEWS\n\nThe minister at the ceremony. (AFP)\n\nSYDNEY, Nov 17 (Reuters) - The prime minister unveiled a plan.\n")
        #expect(e.source == nil)
        let d = parse("Leaders call for a ceasefire\n\nKyiv • UKRINFORM\n\nThe president said this at a joint press conference on Saturday.\n")
        #expect(d.dateline == "Kyiv" && d.subtitle == nil)
    }

    @Test("a month and day joined by dashes, and a print page after the date, make a date line")
    func dashesAndPages() {
        #expect(DateScanner.isDateLine("Sep - 02 - 2025 , 06:45")?.date == SimpleDate(year: 2025, month: 9, day: 2))
        #expect(DateScanner.isDateLine("Sep-02-2025, 06:45")?.date == SimpleDate(year: 2025, month: 9, day: 2))
        #expect(DateScanner.isDateLine("Mon, Oct 20, 2025 - Page 3")?.date == SimpleDate(year: 2025, month: 10, day: 20))
        #expect(published("Chair race won\n\nTaipei Times\n\nMon, Oct 20, 2025 - Page 3\n\nCheng Li-wun wins the chair race\n\nShe won on Saturday.\n") == SimpleDate(year: 2025, month: 10, day: 20))
        // A page in a sentence is no label.
        #expect(DateScanner.isDateLine("See page 3 for the vote of Oct 20, 2025") == nil)
    }
}
