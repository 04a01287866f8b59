import Foundation

/// What may stand before or around a dateline: a writer's credit or an agency opening its line,
/// a day and month in figures, a dateline alone on its line.
extension Header {
    /// A dateline that is its line's whole text, the report starting on the next line
    /// ("BRUSSELS 03/02 (BELGA)"): read as if a word followed it.
    static func datelineLine(_ line: String) -> Dateline? {
        guard line.utf8.count <= 60, line.hasSuffix(")"), var d = dateline(line + " X"), d.length >= line.utf8.count,
              d.date != nil || Places.isKnownCity(d.city) else { return nil }
        d.length = line.utf8.count
        return d
    }

    /// "Data publicării: 15.06.2023, 18:40": a label of one to three words in any language, a
    /// colon, and a date line with its time (a page's stamp; "Election day: November 5, 2024" is
    /// an event's).
    static func labelledDateLine(_ line: String) -> Bool {
        guard line.utf8.count <= 80, let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        guard (1...3).contains(words(String(label))), label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return false }
        let rest = String(line[line.index(after: colon)...])
        guard clockTime.found(in: rest) else { return false }
        return DateScanner.isDateLine(rest)?.date != nil
    }

    static let clockTime = LinePattern("\\b\\d{1,2}[:h]\\d{2}\\b")

    /// "03/02", "14/3": a day and a month in figures, either way round.
    static func isDayAndMonth(_ q: String) -> Bool {
        let parts = q.split(separator: "/")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts.allSatisfy({ $0.count <= 2 }) else { return false }
        return (1...31).contains(a) && (1...12).contains(b) || (1...12).contains(a) && (1...31).contains(b)
    }

    /// "By Jane Wambui, " opening a line: the bytes of the writer's credit, its comma and the
    /// spaces after it (one to four capitalised words after "By").
    static func bylinePrefix(_ line: String) -> Int? {
        let u = Array(line.utf8.prefix(48))
        guard let comma = u.firstIndex(of: 0x2C), comma > 3 else { return nil }
        let words = u[3..<comma].split(separator: 0x20)
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false }) else { return nil }
        var i = comma + 1
        while i < u.count, u[i] == 0x20 { i += 1 }
        return i < u.count ? i : nil
    }

    /// An agency in parentheses and a dash opening a line ("(ANSA) - ", "(AGI) – "): the agency
    /// and the bytes they take.
    static func leadingAgency(_ line: String) -> (String, Int)? {
        let u = Array(line.utf8.prefix(48))
        guard u.count > 3, u[0] == 0x28, u[1] >= 0x41, u[1] <= 0x5A, let close = u.firstIndex(of: 0x29), close >= 3, close <= 31,
              u[1..<close].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x20 || $0 == 0x2E }) else { return nil }
        var i = close + 1
        while i < u.count, u[i] == 0x20 { i += 1 }
        var dashes = 0
        while i < u.count, dashes < 2 {
            if u[i] == 0x2D { i += 1 } else if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x93 || u[i + 2] == 0x94 { i += 3 } else { break }
            dashes += 1
        }
        guard dashes > 0 else { return nil }
        while i < u.count, u[i] == 0x20 { i += 1 }
        guard i < u.count else { return nil }
        return (String(decoding: u[1..<close], as: UTF8.self), i)
    }
}

extension Header {
    /// "rudaw.net" on the first line and "Rudaw" on a line of the header below it: the outlet the
    /// site's address names (its letters equal to the address's own label, "thedailystar.net"
    /// and "The Daily Star" too).
    /// `address`: the outlet found so far, used when it is an address; else the first line.
    static func outletNamedByDomain(_ lines: [Line], address: String?) -> String? {
        guard let first = address ?? lines.first(where: { !$0.isBlank })?.text, first.utf8.count <= 60, first.utf8.contains(0x2E) else { return nil }
        var host = Substring(ArticleScan.trimmed(first).lowercased())
        for p in ["https://", "http://"] where host.hasPrefix(p) { host = host.dropFirst(p.count) }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        if host.hasSuffix("/") { host = host.dropLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D } })
        else { return nil }
        // The site's own label: the one before the top-level domain ("news.sky.com": "sky"), or
        // before a country's second level ("thedailystar.co.uk"); never a generic one ("news.cn").
        var n = labels.count - 2
        if n > 0, ["co", "com", "org", "net", "gov", "ac", "or", "ne"].contains(labels[n]) { n -= 1 }
        let site = labels[n]
        guard site.utf8.count >= 3, !["news", "english", "edition", "www", "amp", "mobile", "online", "live", "web"].contains(String(site)) else { return nil }
        let label = String(site).filter(\.isLetter)
        for line in lines.prefix(15) where !line.isBlank && line.text.utf8.count <= 40 {
            let t = ArticleScan.trimmed(line.text)
            if t.lowercased().filter(\.isLetter) == label, t.first?.isUppercase == true { return t }
        }
        return nil
    }
}
