import Foundation

/// A date found in a piece of text.
struct DateMatch {
    var year: Int?
    var month: Int
    var day: Int
    /// UTF-16 range inside the scanned string.
    var range: NSRange
    var date: SimpleDate? { year.flatMap { SimpleDate(year: $0, month: month, day: day) } }
}

/// Recognises the date forms news sites print: `May 8, 2025`, `8 May 2025`, `June 23rd, 2025`,
/// `Nov. 05`, `2025-06-30`, `2024-06-30 21:34 UTC`, `Monday, 23 June 2025`.
enum DateScanner {
    /// Month names and their abbreviations, without a capturing group.
    static let monthWords =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    static let monthPattern = "(\(monthWords))\\.?"
    static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\b|(?=T\\d))")
    /// Time-zone names and other capitalised codes left on a date line ("KST", "JST", "GMT+8", "T").
    static let zoneCodes = try! NSRegularExpression(pattern: "\\b[A-Z]{1,5}\\b")
    static let monthFirst = try! NSRegularExpression(
        pattern: "\\b\(monthPattern)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:(?:,?\\s*|/)(\\d{4})\\b)?", options: [.caseInsensitive])
    static let dayFirst = try! NSRegularExpression(
        pattern: "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(monthPattern)\\b(?:,?\\s*(\\d{4})\\b)?", options: [.caseInsensitive])

    static func month(_ s: String) -> Int? {
        let k = s.lowercased().prefix(3)
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: String(k)).map { $0 + 1 }
    }

    /// Every date in `s`, in order of position.
    static func scan(_ s: String) -> [DateMatch] {
        let ns = s as NSString
        let full = NSRange(location: 0, length: ns.length)
        var out: [DateMatch] = []
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
        for m in iso.matches(in: s, range: full) {
            if let y = Int(group(m, 1)!), let mo = Int(group(m, 2)!), let d = Int(group(m, 3)!), SimpleDate(year: y, month: mo, day: d) != nil {
                out.append(DateMatch(year: y, month: mo, day: d, range: m.range))
            }
        }
        for m in monthFirst.matches(in: s, range: full) {
            guard let mo = month(group(m, 1)!), let d = Int(group(m, 2)!), (1...31).contains(d) else { continue }
            out.append(DateMatch(year: group(m, 3).flatMap(Int.init), month: mo, day: d, range: m.range))
        }
        for m in dayFirst.matches(in: s, range: full) {
            guard let mo = month(group(m, 2)!), let d = Int(group(m, 1)!), (1...31).contains(d) else { continue }
            out.append(DateMatch(year: group(m, 3).flatMap(Int.init), month: mo, day: d, range: m.range))
        }
        out.sort { $0.range.location < $1.range.location }
        // Drop matches overlapping an earlier one (keep the longer at the same start).
        var kept: [DateMatch] = []
        for m in out {
            if let last = kept.last, NSMaxRange(last.range) > m.range.location {
                if m.range.location == last.range.location, m.range.length > last.range.length { kept[kept.count - 1] = m }
                continue
            }
            kept.append(m)
        }
        return kept
    }

    /// True when the line is nothing but a date (with an optional weekday, time, zone and a
    /// "Published"/"Updated" label).
    static func isDateLine(_ line: String) -> DateMatch? {
        // Cheap test first: a date line is short and has digits.
        guard line.utf8.count <= 80, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let matches = scan(line)
        guard let m = matches.first, m.year != nil else { return nil }
        let rest = (line as NSString).replacingCharacters(in: m.range, with: " ")
        let leftover = rest.replacingOccurrences(
            of: "(?i)[0-9:.]+\\s*(am|pm)\\b|\\b(published|updated|posted|last updated|on|at|date|dated|pkt|pst|gmt|utc|irst|ist|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b|[0-9:|,.\\-–—/+()]",
            with: "", options: .regularExpression)
        let noZones = zoneCodes.stringByReplacingMatches(in: leftover, range: NSRange(location: 0, length: (leftover as NSString).length), withTemplate: "")
        return noZones.trimmingCharacters(in: .whitespaces).isEmpty ? m : nil
    }
}
