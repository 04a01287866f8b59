@testable import DossierKit
import Foundation
import Testing

/// The dateline's byte-level shortcuts give what Foundation and the patterns give.
extension ArticleScanTests {
    /// Short texts in and out of ASCII: two-, three- and four-byte scalars, combining marks.
    static let texts = ["", "abc", "Ankara, July 10, 2024 — Indian", "Turkey’s", "😀a😀", "e\u{301}x", "日本語テキスト", "a\u{10FFFF}b",
                        "Ünïcödé — ok", "\u{A0}x\u{3000}"]

    /// Opening lines of every kind: datelines of each form, prose, long lines, other scripts.
    static let openings: [String] = {
        let tail = " The governor opened a new bridge over the river on Friday, officials said, and the works took four years."
        let heads = ["Lahore, March 3, 2023 —", "MASHHAD, Jan. 12 (IRNA) –", "KARACHI:", "PESHAWAR (Reuters) -", "TULA, June 3. /TASS/.",
                     "KISUMU, Kenya (AP) —", "Bahir Dar March 5/2024 (ENA)", "AL AIN, 14th January, 2025 (WAM) --", "Dammam, March 3, 2024, SPA --",
                     "GYUMRI, MARCH 9, 2024, ARMENPRESS.", "ALMATY. KAZINFORM –", "Izmir (Turkey) (AFP) -", "LAHORE/KARACHI, August 2, 2022 –",
                     "QUETTA, (APP - Example Wire / Other Wire - 3rd March, 2021)", "Sevilla, 21 de noviembre de 2023 (EFE).-",
                     "December 10, 2023 (DJIBOUTI) –", "BRUSSELS 03/02 (BELGA)", "Ulaanbaatar /MONTSAME/.", "YEREVAN, JANUARY 9, ARMENPRESS.",
                     "São Tomé, 4 de março de 2024 (Lusa) –", "Nouakchott’s Mayor: today", "Deputy Foreign Minister Quentin Mensah met counterparts",
                     "Chancellor Xavier Volkov says Hungary and Vietnam, after talks in Hanoi over several days of meetings (and dinners), agree",
                     "MOSCOW, 😀 March 3. /TASS/.", "Addis Ababa, Ethiopia’s capital city and the seat of the African Union’s headquarters —"]
        var out: [String] = []
        for h in heads {
            out += [h, h + tail, h + tail + tail + tail, h + " Über die Brücke — " + tail, String(repeating: "Él dijo que ", count: 8) + h]
        }
        // The lines of the development set's articles.
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("DevSet")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for f in files where f.pathExtension == "txt" {
            guard let text = try? String(contentsOf: f, encoding: .utf8) else { continue }
            out += text.split(separator: "\n").prefix(30).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return out
    }()

    @Test("UTF-16 offsets read as bytes give NSString's substrings, lengths and counts")
    func utf16OffsetsAgree() {
        for s in Self.texts {
            let ns = s as NSString
            #expect(ArticleScan.utf16Count(s) == ns.length, "\(s)")
            for lo in 0...ns.length {
                for hi in lo...ns.length {
                    let r = NSRange(location: lo, length: hi - lo)
                    #expect(ArticleScan.substring(s, r, ascii: false) == ns.substring(with: r), "\(s) \(r)")
                    if lo == 0 { #expect(ArticleScan.utf8Length(s, utf16: hi) == ns.substring(with: r).utf8.count, "\(s) \(hi)") }
                }
            }
        }
    }

    @Test("a date line's dates blanked and its signature looked for in bytes, as NSString and Foundation do it")
    func blankingAgrees() {
        let lines = ["Posted on June 4, 2024 by admin", "Issued on: 18/03/2025 - 22:41 Modified: 19/03/2025 - 09:05", "2024-06-30 22:51 UTC",
                     "Published 3 March 2024 BY Staff", "Stand-by 12 May 2024", "Mis à jour le 12 mai 2024", "Le 3 mars 2024\r", "x\u{301} 4 May 2024",
                     "May 8, 2025 by", "by", ""]
        for line in lines {
            let matches = DateScanner.scan(line)
            var rest = line as NSString
            for x in matches.reversed() { rest = rest.replacingCharacters(in: x.range, with: " ") as NSString }
            if let fast = ArticleScan.blanked(line, matches.map(\.range)) { #expect(fast == rest as String, "\(line)") }
            for s in [line, rest as String] {
                if let fast = ArticleScan.lowercasedContains(s, " by ") { #expect(fast == s.lowercased().contains(" by "), "\(s)") }
            }
        }
        #expect(ArticleScan.blanked("a 12 May b", [NSRange(location: 2, length: 6), NSRange(location: 4, length: 2)]) == nil)
    }

    @Test("a dateline pattern run on a line's head first finds what it finds on the whole line")
    func headMatchesAgree() {
        var heads = 0
        for line in Self.openings {
            let s = line.utf8.count > 480 ? String(line.prefix(160)) : line
            let probe = Header.Probe(s)
            if probe.head != nil { heads += 1 }
            #expect(probe.length == (s as NSString).length)
            for rx in Header.forms.map(\.0) + [Header.datelineDateFirst] {
                let whole = rx.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length))
                let first = probe.firstMatch(rx)
                #expect(whole?.numberOfRanges == first?.numberOfRanges, "\(s)")
                for i in 0..<(whole?.numberOfRanges ?? 0) { #expect(whole?.range(at: i) == first?.range(at: i), "\(s) \(rx.pattern)") }
            }
            // The quick test of the date-first form rules out no line the pattern matches.
            if Header.datelineDateFirst.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil {
                #expect(Header.mayOpenWithDateFirst(s), "\(s)")
            }
        }
        #expect(heads > 100)
    }

    @Test("a city's case read as bytes agrees with Foundation")
    func cityCaseAgrees() {
        func reference(_ s: String) -> String {
            guard s == s.uppercased() else { return s }
            return s.lowercased().split(separator: " ").map { w in
                w.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
            }.joined(separator: " ")
        }
        let cities = ["ISLAMABAD", "NEW  DELHI", " AL AIN ", "WINSTON-SALEM", "A--B", "Islamabad", "", "   ", "ÖREBRO", "X", "AB-", "-AB",
                      "N'DJAMENA", "ST. JOHN'S", "D.C.", "\r\nAB", "ASTANA. KAZINFORM", "KUWAIT CITY", "nEW", "123", "A1B"]
        for c in cities {
            #expect(Header.cityCase(c) == reference(c), "\(c)")
            let t = Header.CityText(c)
            #expect(t.isCaps == (c == c.uppercased() && c.rangeOfCharacter(from: .letters) != nil), "\(c)")
            #expect(t.lastDotSpace == c.range(of: ". ", options: .backwards), "\(c)")
        }
    }

    @Test("a line the day-and-month marks rule out has no date those patterns find")
    func dayMonthMarksAgree() {
        let lines = ["July 10, 2024", "10 July 2024", "1st of March 2024", "3rd March", "05. Mai", "12.May", "May 8", "Sept. 5", "September\t5",
                     "Mayor 5 says", "12 Marchers", "5 of may", "on 5 ofMay", "8May", "May8", "DECEMBER 1", "1 DEC", "the 2nd  of  june 2020",
                     "march 3rd", "March, 3", "4 o f May", "nov.\u{1C}3", "3\u{0B}nov"]
        for line in lines + Self.openings {
            let full = NSRange(location: 0, length: (line as NSString).length)
            let marks = DateScanner.Marks(line)
            if !marks.dayThenMonth { #expect(DateScanner.dayFirst.firstMatch(in: line, range: full) == nil, "\(line)") }
            if !marks.monthThenDay { #expect(DateScanner.monthFirst.firstMatch(in: line, range: full) == nil, "\(line)") }
        }
        for a in 0x61...0x7A { for b in 0x61...0x7A { for c in 0x61...0x7A {
            let k = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
            #expect(DateScanner.Marks.isMonthKey(k) == (DateScanner.Marks.monthNumbers[k] != nil))
        } } }
        for w in ["July", "jul", "SEPT", "Mar\u{301}", "ma", "Dec.", "ſept", "Mayo", "Ma-", "M\u{0}y"] {
            let k = w.lowercased().prefix(3)
            let old = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: String(k)).map { $0 + 1 }
            #expect(DateScanner.month(w) == old, "\(w)")
        }
    }

    @Test("each line's dateline is read once, and the look-ahead agrees with reading it anew")
    func datelineMemoAgrees() {
        let body = Self.openings.prefix(60).enumerated().map { Line(number: $0.offset + 1, range: TextRange(0, $0.element.utf8.count), text: $0.element) }
        var memo = Header.DatelineMemo()
        for i in body.indices {
            _ = Header.datelineAhead(body, from: i, memo: &memo)
            let d = memo.dateline(body, at: i), fresh = Header.dateline(body[i].text)
            #expect(d?.city == fresh?.city && d?.length == fresh?.length && d?.agency == fresh?.agency && d?.date?.range == fresh?.date?.range)
        }
    }
}
