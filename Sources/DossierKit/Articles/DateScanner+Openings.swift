import Foundation

/// Date lines that open with a few words of their own: "This content was published on December
/// 13, 2023 - 11:48", "All News 17:14 December 27, 2024"; and the Juche calendar's date line of
/// North Korea's agency, "Juche 113 (2024).6.20.".
extension DateScanner {
    /// `rest` (a date line with its dates blanked) is a label's words after at most four words
    /// without figures ("This content was published on …"), or times and labels after one or two
    /// capitalised words that a time follows ("All News 17:14 …").
    static func labelsAfterOpeningWords(_ rest: String) -> Bool {
        let words = rest.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return false }
        for k in 1...min(4, words.count - 1) {
            let opening = words[..<k]
            guard opening.allSatisfy({ w in w.allSatisfy(\.isLetter) }) else { return false }
            let next = words[k].lowercased()
            let label = ["published", "updated", "posted"].contains(next)
            // "All News 17:14": capitalised words right before a time.
            let timed = k <= 2 && opening.allSatisfy { $0.first?.isUppercase == true } && words[k].contains(":")
                && words[k].first?.isNumber == true
            if label || timed {
                return isOnlyTimeAndLabels(words[k...].joined(separator: " "))
            }
        }
        return false
    }

    /// "Juche 113 (2024).6.20.": the year in brackets after the Juche year, then month and day.
    static func jucheDate(_ line: String) -> DateMatch? {
        guard line.hasPrefix("Juche "), let m = juche.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) else { return nil }
        let ns = line as NSString
        guard let year = Int(ns.substring(with: m.range(at: 1))), let month = Int(ns.substring(with: m.range(at: 2))),
              let day = Int(ns.substring(with: m.range(at: 3))), SimpleDate(year: year, month: month, day: day) != nil else { return nil }
        return DateMatch(year: year, month: month, day: day, range: m.range)
    }
    static let juche = try! NSRegularExpression(pattern: "^Juche\\s+\\d{2,3}\\s*\\((\\d{4})\\)\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\.?\\s*$")
}
