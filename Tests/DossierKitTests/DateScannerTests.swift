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
        var rng = SplitMix(seed: 7)
        var lines: [String] = []
        for _ in 0..<20000 {
            let n = Int(rng.next() % 6) + 1
            var s = ""
            for _ in 0..<n {
                s += pieces[Int(rng.next() % UInt64(pieces.count))]
                if rng.next() % 3 != 0 { s += " " }
            }
            lines.append(s)
        }
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

/// A small seeded generator, the same sequence on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
