@testable import DossierKit
import Foundation
import Testing

@Suite("Date lines: the hand-written check agrees with the patterns")
struct DateScannerTests {
    /// Every line the check settles without the patterns gets the patterns' answer: lines made of
    /// labels, zones, times, punctuation and other words, and every short line of the development set.
    @Test("the check without patterns answers as the patterns do, wherever it answers")
    func plainCheckAgreesWithPatterns() throws {
        let pieces = ["Published", "UPDATED", "on", "at", "GMT", "UTC", "CET", "CEST", "Mon", "(Tue)", "le", "kl", "um", "12", "22:51",
                      "10.30", "|", ",", "-", "–", "—", "·", "•", "/", "+", "(", ")", "pm", "am", "h", "min", "read", "ago", "3",
                      "hours", "Posted", "by", "Ana", "ABCDEF", "x", "é", "São", "last", "a.m.", "Uhr", "{{x}}", "\t", "MSK", "EM", "AD", "R", "Op", "KL"]
        // Every pair, with and without a space between, and every triple of the first twenty.
        var lines: [String] = []
        for x in pieces { for y in pieces { lines += [x + " " + y, x + y] } }
        for x in pieces.prefix(20) { for y in pieces.prefix(20) { for z in pieces.prefix(20) { lines.append(x + " " + y + " " + z) } } }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("DevSet")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init).filter { $0.utf8.count <= 80 }
        }
        var settled = 0
        for line in lines {
            guard let plain = DateScanner.onlyPunctuationAndLabels(line) else { continue }
            settled += 1
            #expect(plain == DateScanner.patternsLeaveNothing(line), "\(line)")
        }
        #expect(settled > 300)
        #expect(DateScanner.onlyPunctuationAndLabels(" 22:51 UTC") == true)
        #expect(DateScanner.onlyPunctuationAndLabels("5 min read") == nil)
    }
}
