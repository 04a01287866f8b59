import Foundation

/// The site's own lines above its section trail: its name, its tagline, a stamp of section and time.
extension Header {
    /// "POLITICS    12.12.2023, 19:41 CET", "Politics  •  10:21, 9 August": a site's section, then
    /// the story's date or time after wide spaces or a separator. Returns the date that has a
    /// year, if any; `ok` false when the line is no such stamp.
    static func sectionStamp(_ s: String) -> (date: DateMatch?, ok: Bool) {
        guard s.utf8.count <= 80, s.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              let f = s.unicodeScalars.first, f.properties.isUppercase else { return (nil, false) }
        // The section ends where its letters and single spaces do.
        var end = s.startIndex
        var idx = s.startIndex
        while idx < s.endIndex {
            let c = s[idx]
            if c.isLetter || c == "&" || c == "-" { idx = s.index(after: idx); end = idx; continue }
            if c == " ", case let n = s.index(after: idx), n < s.endIndex, s[n].isLetter || s[n] == "&" { idx = n; continue }
            break
        }
        let section = s[..<end].lowercased()
        guard !section.isEmpty, DateScanner.sectionNames.contains(section) else { return (nil, false) }
        let rest = s[end...].trimmingCharacters(in: stampEdges)
        guard !rest.isEmpty, rest.contains(where: \.isNumber) else { return (nil, false) }
        let matches = DateScanner.scan(rest)
        var leftover = rest as NSString
        for m in matches.reversed() { leftover = leftover.replacingCharacters(in: m.range, with: " ") as NSString }
        guard DateScanner.isOnlyTimeAndLabels(leftover as String) else { return (nil, false) }
        // A time or a date must be there: "Politics 2" is no stamp.
        guard !matches.isEmpty || stampTime.found(in: rest) else { return (nil, false) }
        return (matches.first { $0.year != nil }, true)
    }
    static let stampEdges = CharacterSet(charactersIn: " |•·-–—,/")
    static let stampTime = LinePattern("\\b\\d{1,2}[:h.]\\d{2}\\b")

    /// Lines of a site's header that no rule knew ("Daily News" over "Tanzania's leading English
    /// newspaper"), one or two short lines that are no sentence, over the site's trail or section
    /// (a breadcrumb, a two-part trail, a section's name, a section and its time) over a
    /// headline: how many lines to skip to reach the trail, or nil. A headline stands below the
    /// site's trail, never above it.
    static func siteLinesAboveTrail(_ lines: [String], atTop: Bool, underSiteName: Bool = false) -> Int? {
        // The first line must read as a site's name, or stand under one: a headline over its
        // section ("Floods kill dozens" over "World | 12:30") is not skipped.
        guard lines.count >= 3, underSiteName || lines[0].utf8.count <= 80 else { return nil }
        // Cheap first: a trail's line is short and has a separator, a figure or a section's name.
        func mayBeTrail(_ t: String) -> Bool {
            // A bare link ("www.site.co.tz"), of any length.
            if t.utf8.starts(with: "http".utf8) || t.utf8.starts(with: "www.".utf8) { return true }
            guard t.utf8.count <= 80 else { return false }
            if t.utf8.contains(where: { $0 == 0x3E || $0 == 0x7C || $0 == 0x2F || $0 >= 0x80 || $0 >= 0x30 && $0 <= 0x39 }) { return true }
            return DateScanner.sectionNames.contains(ArticleScan.trimmed(t.lowercased()))
        }
        guard mayBeTrail(lines[1]) || lines.count > 3 && mayBeTrail(lines[2]) else { return nil }
        guard underSiteName || siteNameAboveTrail(lines[0], atTop: atTop) != nil else { return nil }
        for k in 1...2 where k + 1 < lines.count {
            let above = lines[k - 1]
            guard words(above, atMost: 9) <= 8, above.utf8.count <= 80, !endsLikeSentence(above) || nameWithAcronym(above) != nil,
                  DateScanner.isDateLine(above) == nil, !isByline(above), dateline(above) == nil else { return nil }
            let trail = lines[k], below = lines[k + 1]
            guard (4...30).contains(words(below, atMost: 30)), !endsLikeSentence(below) || below.hasSuffix("?"),
                  !isByline(below), dateline(below) == nil, DateScanner.isDateLine(below) == nil else { continue }
            let isTrail = isLinkOrBreadcrumb(trail) || sectionStamp(trail).ok
                || DateScanner.sectionNames.contains(ArticleScan.trimmed(trail.lowercased()))
                || twoPartTrail(trail)
            if isTrail { return k }
        }
        return nil
    }

    /// "NEWS  >  NATIONAL", "Politics | Gulf": two parts of one to three words between a trail's
    /// separator, one of them a site's section.
    static func twoPartTrail(_ s: String) -> Bool {
        guard s.utf8.count <= 60 else { return false }
        for sep in [">", "»", "›", "|", "·", "•", "/"] where s.contains(sep) {
            let parts = s.components(separatedBy: sep).map { ArticleScan.trimmed($0) }
            guard parts.count == 2, parts.allSatisfy({ (1...3).contains(words($0)) && !$0.contains(where: \.isNumber) }) else { continue }
            if parts.contains(where: { DateScanner.sectionNames.contains($0.lowercased()) }) { return true }
        }
        return false
    }

    /// The site's name a skipped line above the trail gives: an outlet's name, or the file's first
    /// line of one to four capitalised words ("Harbour Courier").
    static func siteNameAboveTrail(_ s: String, atTop: Bool) -> String? {
        // A site's name is short: a paragraph is looked at no further.
        guard s.utf8.count <= 80 else { return nil }
        let t = trimmedSpaces(s)
        if isSiteName(t) { return t }
        if atTop, nameWithAcronym(t) != nil { return t }
        guard atTop, (1...3).contains(words(t)), allCapitalised(t), !t.contains(where: { $0.isNumber || ",.:;!?".contains($0) }) else { return nil }
        return t
    }

    /// `s` without the spaces and tabs at its ends (Foundation's trimming is slow on every line).
    static func trimmedSpaces(_ s: String) -> String {
        let u = s.utf8
        guard let f = u.first, let l = u.last, f == 0x20 || f == 0x09 || l == 0x20 || l == 0x09 else { return s }
        var a = u.startIndex, b = u.endIndex
        while a < b, u[a] == 0x20 || u[a] == 0x09 { a = u.index(after: a) }
        while b > a, case let p = u.index(before: b), u[p] == 0x20 || u[p] == 0x09 { b = p }
        return String(s[a..<b])
    }

    /// "Polish Press Agency (PAP)", "Qatar News Agency (QNA)": a site's name of two to five
    /// capitalised words ending in an outlet's word, with its acronym in capitals after it.
    static func outletWithAcronym(_ s: String) -> String? {
        guard let name = nameWithAcronym(s), let last = name.split(separator: " ").last, outletHeads.contains(last.lowercased()) else { return nil }
        return name
    }

    /// "Northern Wire Service (NWS)": two to five capitalised words ("of" and "de" among them) and
    /// an acronym in capitals in parentheses; the name.
    static func nameWithAcronym(_ s: String) -> String? {
        guard s.utf8.count <= 70, s.hasSuffix(")"), let open = s.lastIndex(of: "(") else { return nil }
        let name = ArticleScan.trimmed(s[..<open])
        let acronym = s[s.index(after: open)..<s.index(before: s.endIndex)]
        guard (2...8).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) else { return nil }
        let ws = name.split(separator: " ")
        guard (2...5).contains(ws.count), ws.allSatisfy({ $0.first?.isUppercase == true || $0 == "of" || $0 == "de" }) else { return nil }
        return name
    }

    /// Whether the tables know `s` as an organization's name ("ARAB NEWS").
    static func isKnownOutlet(_ s: String) -> Bool {
        let keys = Gazetteer.keys(s)
        guard let f = keys.first else { return false }
        return Gazetteer.shared.phrases[f]?.contains { $0.keys == keys && $0.entry.kind == .organization } == true
    }
}
