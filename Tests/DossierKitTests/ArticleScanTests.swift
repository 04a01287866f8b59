@testable import DossierKit
import Foundation
import Testing

@Suite("Article scanning: byte-level tests agree with Foundation and the patterns")
struct ArticleScanTests {
    /// Every white space and near-miss character at either end of a word.
    static let edges: [String] = ["", " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{200B}", "\u{200C}",
                                  "\u{202F}", "\u{205F}", "\u{3000}", "\u{3001}", "\u{2028}", "\u{0B}", "\u{0D}", "\n", "\u{0301}",
                                  "-", "–", "—", ",", "|", "/", "·", "x", "é", "’", "\u{2010}"]

    @Test("trimming white space as bytes gives Foundation's trimming")
    func trimmingAgrees() {
        for a in Self.edges { for b in Self.edges { for c in Self.edges {
            for mid in ["", "Lusaka", " a b ", "\u{A0}é\u{A0}"] {
                let s = a + b + mid + c + a
                #expect(ArticleScan.trimmed(s) == s.trimmingCharacters(in: .whitespaces), "\(Array(s.unicodeScalars))")
                #expect(ArticleScan.trimmed(Substring(s)) == s.trimmingCharacters(in: .whitespaces))
                let set = CharacterSet(charactersIn: " ,.-–—/")
                #expect(ArticleScan.trimmed(s, ascii: [0x20, 0x2C, 0x2E, 0x2D, 0x2F], dashes: true) == s.trimmingCharacters(in: set))
            }
        } } }
    }

    @Test("splitting at separators as bytes gives Foundation's components")
    func componentsAgree() {
        let set = CharacterSet(charactersIn: "-–—,|/")
        for s in ["By Agência Brasil - Brasília", "By Staff Reporter, Lahore | June 14, 2023", "Ottawa — 3 October 2023", "", "-", "a–b—c/d|e,f",
                  "x\u{0301}-\u{0301}y", "—", "‑ non-breaking hyphen", "2024/06/16"] {
            #expect(ArticleScan.components(s, ascii: [0x2D, 0x2C, 0x7C, 0x2F], dashes: true) == s.components(separatedBy: set))
        }
    }

    @Test("a line the byte marks rule out has no date the patterns find")
    func marksAgreeWithScan() {
        let lines = ["2024-06-30 22:51 UTC", "16.06.2024", "21/07/2023", "2024/06/16", "2024.06.16", "04-09-2024", "May 8, 2025",
                     "8 May 2025", "June 23rd, 2025", "Nov. 05", "Monday, 23 June 2025", "12 avril 2024", "ſeptember 3, 2024",
                     "Posted 3 hours ago", "Version 1.2.3", "Tel 555-1234", "Room 12 of 40", "DECEMBER 1", "1st of march 2024",
                     "12 Marchers 2020", "٢٠٢٤-٠٦-٣٠ and 5", "2024-٠٦-٣٠ 5", "16/06/٢٠٢٤ x 5", "1.2024 5", "12345-06-07"]
        for line in lines {
            let ns = line as NSString
            let full = NSRange(location: 0, length: ns.length)
            let marks = DateScanner.Marks(line)
            if !marks.isoYear { #expect(DateScanner.iso.firstMatch(in: line, range: full) == nil, "\(line)") }
            if !marks.yearAfterSeparator { #expect(DateScanner.numericDMY.firstMatch(in: line, range: full) == nil, "\(line)") }
            if !marks.yearBeforeSeparator { #expect(DateScanner.numericYMD.firstMatch(in: line, range: full) == nil, "\(line)") }
            if !marks.month {
                #expect(DateScanner.monthFirst.firstMatch(in: line, range: full) == nil, "\(line)")
                #expect(DateScanner.dayFirst.firstMatch(in: line, range: full) == nil, "\(line)")
            }
        }
    }

    @Test("the first weekday named, in one pass, is the earliest of every name's first")
    func weekdayAgrees() {
        for s in ["on Wednesday", "Wednesdays and Monday", "Sunday, Saturday", "MondayTuesday Friday", "", "Thursday", "xFriday Friday5 (Friday)"] {
            let bytes = Array(s.utf8)
            let old = EventDate.weekdayBytes.enumerated().compactMap { i, name -> (Int, Int)? in
                var k = 0
                while k + name.count <= bytes.count {
                    if (k == 0 || !EventDate.isWordByte(bytes[k - 1])), k + name.count == bytes.count || !EventDate.isWordByte(bytes[k + name.count]),
                       Array(bytes[k..<(k + name.count)]) == name { return (k, i) }
                    k += 1
                }
                return nil
            }.min { $0.0 < $1.0 }?.1
            let new = bytes.withUnsafeBufferPointer { EventDate.firstWeekday(in: $0) }
            #expect(old == new, "\(s)")
        }
    }
}
