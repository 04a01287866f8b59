import Foundation

/// A date found in a piece of text.
struct DateMatch {
    var year: Int?
    var month: Int
    var day: Int
    /// UTF-16 range inside the scanned string.
    var range: NSRange
    var date: SimpleDate? { year.flatMap { SimpleDate(year: $0, month: month, day: day) } }
    /// A date in figures whose day and month could be read either way round ("03/07/2024").
    var ambiguous = false
}

/// Recognises the date forms news sites print: `May 8, 2025`, `8 May 2025`, `June 23rd, 2025`,
/// `Nov. 05`, `2025-06-30`, `2024-06-30 21:34 UTC`, `Monday, 23 June 2025`, and numeric dates
/// `16.06.2024`, `21/07/2023`, `2024/06/16`.
enum DateScanner {
    /// Month names and their abbreviations, without a capturing group.
    static let monthWords =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    static let monthPattern = "(\(monthWords))\\.?"
    static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\b|(?=T\\d))")
    /// Time-zone names and other capitalised codes left on a date line ("KST", "JST", "GMT+8", "T").
    static let zoneCodes = try! NSRegularExpression(pattern: "\\b[A-Z]{1,5}\\b")
    static let monthFirst = try! NSRegularExpression(
        pattern: "\\b\(monthPattern)(?:\\s+|\\s*-\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\b(?:(?:,?\\s*|/|\\s*-\\s*)(\\d{4})\\b)?", options: [.caseInsensitive])
    static let dayFirst = try! NSRegularExpression(
        pattern: "(?<!\\d:)\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(\(monthWords))(?:\\.|\\b)(?:,?\\s*(\\d{4})\\b)?", options: [.caseInsensitive])

    /// `16.06.2024`, `21/07/2023`, `04-09-2024`: the separator repeats; no digit, dot or slash
    /// runs on at either end (a version number or a fraction is not a date).
    static let numericDMY = try! NSRegularExpression(
        pattern: "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![./-]?\\d)")
    /// `2024/06/16`, `2024.06.16`: year first, then month and day.
    static let numericYMD = try! NSRegularExpression(
        pattern: "(?<![\\d./-])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![./-]?\\d)")

    /// Day and month of a numeric date written `a.b.yyyy` or `a/b/yyyy`. News outside the United
    /// States writes the day first, so that is the reading unless only the other one is a date
    /// (`07/21/2023`: 21 cannot be a month).
    static func dayMonth(_ a: Int, _ b: Int, year: Int) -> (day: Int, month: Int)? {
        if SimpleDate(year: year, month: b, day: a) != nil { return (a, b) }
        if SimpleDate(year: year, month: a, day: b) != nil { return (b, a) }
        return nil
    }

    /// Month names of the languages wire services date their datelines in besides English
    /// (French, Spanish, Portuguese, Italian, German, Dutch, Indonesian), as CLDR spells them, with
    /// and without their accents, and the abbreviations that are no English word ("ago", "set" and
    /// "out" are left out). They are read only day first: `12 avril 2024`, `21 de noviembre de 2023`,
    /// `22 ottobre 2022`, `12 avr.`.
    static let foreignMonths: [String: Int] = {
        let names: [[String]] = [
            ["janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januar", "januari"],
            ["février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "fevereiro", "febbraio", "februar", "februari"],
            ["mars", "marzo", "março", "marco", "märz", "maerz", "maart", "maret"],
            ["avril", "avr", "abril", "abr", "aprile"],
            ["mai", "mayo", "maio", "maggio", "mag", "mei"],
            ["juin", "junio", "junho", "giugno", "giu", "juni"],
            ["juillet", "juil", "julio", "julho", "luglio", "lug", "juli"],
            ["août", "aout", "agosto", "augustus", "agustus"],
            ["septembre", "septiembre", "setembro", "settembre", "setiembre"],
            ["octobre", "octubre", "outubro", "ottobre", "ott", "oktober"],
            ["novembre", "noviembre", "novembro"],
            ["décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dicembre", "dezember", "desember"],
        ]
        var out: [String: Int] = [:]
        for (i, forms) in names.enumerated() { for f in forms { out[f] = i + 1 } }
        return out
    }()
    static let foreignDayFirst: NSRegularExpression = {
        let alternatives = foreignMonths.keys.sorted { $0.count > $1.count }.joined(separator: "|")
        return try! NSRegularExpression(
            pattern: "(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?(\(alternatives))\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4})\\b)?",
            options: [.caseInsensitive])
    }()

    /// A day's digits, a space and a lower-case letter ("12 avril", "21 de"): where another
    /// language's month may be.
    static func hasDayThenWord(_ s: String) -> Bool {
        // After a digit: up to two suffix letters ("1er"), a space, then a letter.
        var afterDigit = false, suffix = 0, sawSpace = false
        for b in s.utf8 {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if b >= 0x30 && b <= 0x39 { afterDigit = true; suffix = 0; sawSpace = false; continue }
            if afterDigit, !sawSpace, letter, suffix < 2 { suffix += 1; continue }
            if afterDigit, b == 0x20 { sawSpace = true; continue }
            if afterDigit, sawSpace, letter || b >= 0xC2 { return true }
            afterDigit = false; sawSpace = false
        }
        return false
    }

    static func month(_ s: String) -> Int? {
        // Three ASCII letters and an ASCII byte or none after them: their lowered bytes are
        // the first three characters lowered.
        var t = s
        if let key = t.withUTF8({ b -> UInt32? in
            guard b.count >= 3, b[0] < 0x80, b[1] < 0x80, b[2] < 0x80, b.count == 3 || b[3] < 0x80 else { return nil }
            return UInt32(b[0] | 0x20) << 16 | UInt32(b[1] | 0x20) << 8 | UInt32(b[2] | 0x20)
        }) {
            return Marks.monthNumbers[key]
        }
        let k = s.lowercased().prefix(3)
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: String(k)).map { $0 + 1 }
    }

    /// Every date in `s`, in order of position.
    static func scan(_ s: String) -> [DateMatch] {
        // Every form has a digit; the numeric ones a separator; the others a letter. A pattern
        // whose marks the text lacks cannot match: it is not run.
        var digit = false, dash = false, dotOrSlash = false, letter = false
        for b in s.utf8 {
            switch b {
            case 0x30...0x39: digit = true
            case 0x2D: dash = true
            case 0x2E, 0x2F: dotOrSlash = true
            case 0x41...0x5A, 0x61...0x7A: letter = true
            default: break
            }
        }
        guard digit else { return [] }
        let marks = Marks(s)
        let full = NSRange(location: 0, length: marks.ascii ? s.utf8.count : ArticleScan.utf16Count(s))
        var out: [DateMatch] = []
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ArticleScan.substring(s, r, ascii: marks.ascii)
        }
        for m in dash && marks.isoYear ? iso.matches(in: s, range: full) : [] {
            if let y = Int(group(m, 1)!), let mo = Int(group(m, 2)!), let d = Int(group(m, 3)!), SimpleDate(year: y, month: mo, day: d) != nil {
                out.append(DateMatch(year: y, month: mo, day: d, range: m.range))
            }
        }
        for m in (dash || dotOrSlash) && marks.yearAfterSeparator ? numericDMY.matches(in: s, range: full) : [] {
            guard let a = Int(group(m, 1)!), let b = Int(group(m, 3)!), let y = Int(group(m, 4)!),
                  let dm = dayMonth(a, b, year: y) else { continue }
            out.append(DateMatch(year: y, month: dm.month, day: dm.day, range: m.range, ambiguous: a != b && a <= 12 && b <= 12))
        }
        for m in dotOrSlash && marks.yearBeforeSeparator ? numericYMD.matches(in: s, range: full) : [] {
            if let y = Int(group(m, 1)!), let mo = Int(group(m, 3)!), let d = Int(group(m, 4)!), SimpleDate(year: y, month: mo, day: d) != nil {
                out.append(DateMatch(year: y, month: mo, day: d, range: m.range))
            }
        }
        for m in letter && marks.month && marks.monthThenDay ? monthFirst.matches(in: s, range: full) : [] {
            guard let mo = month(group(m, 1)!), let d = Int(group(m, 2)!), (1...31).contains(d) else { continue }
            out.append(DateMatch(year: group(m, 3).flatMap(Int.init), month: mo, day: d, range: m.range))
        }
        for m in letter && marks.month && marks.dayThenMonth ? dayFirst.matches(in: s, range: full) : [] {
            guard let mo = month(group(m, 2)!), let d = Int(group(m, 1)!), (1...31).contains(d) else { continue }
            out.append(DateMatch(year: group(m, 3).flatMap(Int.init), month: mo, day: d, range: m.range))
        }
        // Other languages' month names: looked for only when no English date was found.
        if out.isEmpty, letter, hasDayThenWord(s) {
            for m in foreignDayFirst.matches(in: s, range: full) {
                guard let mo = foreignMonths[group(m, 2)!.lowercased()], let d = Int(group(m, 1)!), (1...31).contains(d) else { continue }
                out.append(DateMatch(year: group(m, 3).flatMap(Int.init), month: mo, day: d, range: m.range))
            }
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

    /// What the date patterns need, looked for in bytes before any pattern runs. Every English
    /// form has a month's first three letters ("Jan", "sept", "MAY"; or "ſ", which matches "s"
    /// when case is ignored); in ASCII text, `2024-06-30` has four digits before a dash,
    /// `16.06.2024` four after a separator, `2024/06/16` four before one. (Outside ASCII a
    /// pattern's `\d` matches other scripts' digits too: there only the month is looked for.)
    /// In ASCII text `8 May` has figures, white space (perhaps a suffix or a full stop before it,
    /// "of" after it) and a month's letters; `May 8` a month's word, white space and a figure.
    struct Marks {
        var ascii = true, month = false
        var isoYear = false, yearAfterSeparator = false, yearBeforeSeparator = false
        var dayThenMonth = true, monthThenDay = true

        private init() {}

        /// Whether `k` (three lowered bytes) is a month's first three letters, one of
        /// `monthNumbers`' keys: a switch, where a set would hash every letter's three bytes.
        @inline(__always)
        static func isMonthKey(_ k: UInt32) -> Bool {
            switch k {
            case 0x6A_61_6E, 0x66_65_62, 0x6D_61_72, 0x61_70_72, 0x6D_61_79, 0x6A_75_6E,
                 0x6A_75_6C, 0x61_75_67, 0x73_65_70, 0x6F_63_74, 0x6E_6F_76, 0x64_65_63: return true
            default: return false
            }
        }
        /// A month's first three letters, lowered, as bytes: its number.
        static let monthNumbers: [UInt32: Int] = Dictionary(uniqueKeysWithValues:
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].enumerated().map { (key(Array($1.utf8), 0), $0 + 1) })
        static func key(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) }

        init(_ s: String) {
            var t = s
            self = t.withUTF8 { b in
                var m = Marks()
                var run = 0               // digits in a row up to here
                var beforeRun: UInt8 = 0  // the byte before that run
                for i in 0..<b.count {
                    let c = b[i]
                    if c >= 0x80 {
                        m.ascii = false
                        if c == 0xC5, i + 1 < b.count, b[i + 1] == 0xBF { m.month = true }
                    }
                    if c >= 0x30 && c <= 0x39 {
                        if run == 0 { beforeRun = i > 0 ? b[i - 1] : 0 }
                        run += 1
                        if run >= 4, beforeRun == 0x2E || beforeRun == 0x2F || beforeRun == 0x2D { m.yearAfterSeparator = true }
                        continue
                    }
                    if run >= 4 {
                        if c == 0x2D { m.isoYear = true }
                        if c == 0x2E || c == 0x2F { m.yearBeforeSeparator = true }
                    }
                    run = 0
                    if !m.month, i + 2 < b.count, c | 0x20 >= 0x61, c | 0x20 <= 0x7A {
                        let k = UInt32(c | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20)
                        if Marks.isMonthKey(k) { m.month = true }
                    }
                }
                if !m.ascii { m.isoYear = true; m.yearAfterSeparator = true; m.yearBeforeSeparator = true }
                if m.ascii, m.month { (m.dayThenMonth, m.monthThenDay) = Marks.dayAndMonthOrder(b) }
                return m
            }
        }

        /// Whether `dayFirst` and `monthFirst` may match the ASCII text `b`: figures, then a
        /// suffix ("st", "nd", "rd", "th") or a full stop or neither, white space, perhaps "of"
        /// and white space, and a month's first three letters; a month's first three letters,
        /// more letters, perhaps a full stop, white space and a figure. (Every byte that may be
        /// white space counts as such, and case is ignored, as the patterns ignore it.)
        static func dayAndMonthOrder(_ b: UnsafeBufferPointer<UInt8>) -> (dayThenMonth: Bool, monthThenDay: Bool) {
            let n = b.count
            func isSpace(_ i: Int) -> Bool { i < n && (b[i] == 0x20 || b[i] >= 0x09 && b[i] <= 0x0D || b[i] >= 0x1C && b[i] <= 0x1F) }
            func isDigit(_ i: Int) -> Bool { i < n && b[i] >= 0x30 && b[i] <= 0x39 }
            func isLetter(_ i: Int) -> Bool { i < n && b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A }
            func isMonth(_ i: Int) -> Bool {
                i + 2 < n && isMonthKey(UInt32(b[i] | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20))
            }
            // White space from `i`, then a month, or "of", white space and a month.
            func spaceThenMonth(_ i: Int) -> Bool {
                guard isSpace(i) else { return false }
                var k = i
                while isSpace(k) { k += 1 }
                if isMonth(k) { return true }
                guard k + 1 < n, b[k] | 0x20 == 0x6F, b[k + 1] | 0x20 == 0x66, isSpace(k + 2) else { return false }
                k += 2
                while isSpace(k) { k += 1 }
                return isMonth(k)
            }
            var dayThenMonth = false, monthThenDay = false
            for i in 0..<n {
                if !dayThenMonth, isDigit(i) {
                    let j = i + 1
                    if spaceThenMonth(j) || j < n && b[j] == 0x2E && spaceThenMonth(j + 1) {
                        dayThenMonth = true
                    } else if j + 1 < n, case let pair = UInt16(b[j] | 0x20) << 8 | UInt16(b[j + 1] | 0x20),
                              pair == 0x7374 || pair == 0x6E64 || pair == 0x7264 || pair == 0x7468, spaceThenMonth(j + 2) {
                        dayThenMonth = true
                    }
                }
                if !monthThenDay, isMonth(i) {
                    var k = i + 3
                    while isLetter(k) { k += 1 }
                    if k < n, b[k] == 0x2E { k += 1 }
                    // ("Sep - 02 - 2025", "Sep-02-2025": a dash between them.)
                    var d = k
                    while isSpace(d) { d += 1 }
                    if d < n, b[d] == 0x2D {
                        d += 1
                        while isSpace(d) { d += 1 }
                        if isDigit(d) { monthThenDay = true }
                    }
                    if isSpace(k) {
                        while isSpace(k) { k += 1 }
                        monthThenDay = monthThenDay || isDigit(k)
                    }
                }
                if dayThenMonth && monthThenDay { break }
            }
            return (dayThenMonth, monthThenDay)
        }
    }

    /// True when the line is nothing but a date (with an optional weekday, time, zone and a
    /// "Published"/"Updated" label).
    static func isDateLine(_ line: String) -> DateMatch? {
        // Cheap test first: a date line is short and has digits.
        guard line.utf8.count <= 80, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if let m = jucheDate(line) { return m }
        let matches = scan(line)
        // (Not a Hijri year: "Tuesday 1446/8/19 H - 2025/02/18".)
        guard var m = matches.first(where: { ($0.year ?? 0) >= 1800 }) else { return nil }
        // "03/07/2024 March 7, 2024": the date in words settles the one in figures.
        // Only a date in words that is one reading of the same figures.
        if m.ambiguous, case let first = m, let worded = matches.first(where: { w in
            !w.ambiguous && w.year == first.year && (w.month == first.month && w.day == first.day || w.month == first.day && w.day == first.month)
        }) { m = worded }
        // Every date goes: "Issued on: 18/03/2025 - 22:41 Modified: 19/03/2025 - 09:05". (In
        // bytes in ASCII.)
        let r: String
        if let blanked = ArticleScan.blanked(line, matches.map(\.range)) {
            r = blanked
        } else {
            var rest = line as NSString
            for x in matches.reversed() { rest = rest.replacingCharacters(in: x.range, with: " ") as NSString }
            r = rest as String
        }
        // "Posted on June 4, 2024 by admin": the writer after the date.
        let signed = ArticleScan.lowercasedContains(r, " by ") ?? r.lowercased().contains(" by ")
        let unsigned = signed ? signature.firstRange(in: r).map { String(r[..<$0.lowerBound]) } ?? r : r
        return isOnlyTimeAndLabels(unsigned) || labelsAfterOpeningWords(unsigned) ? m : nil
    }

    static let signature = LinePattern("\\s+by\\s+[\\p{L}.' -]{1,40}$", caseInsensitive: true)

    /// The date of a line of fields between "|" that holds a date field and short labelled or
    /// named ones: `Source: Xinhua | 2025-02-09 01:12:37 | Editor: huaxia`.
    static func fieldLineDate(_ line: String) -> DateMatch? {
        guard line.utf8.count <= 160, line.utf8.contains(0x7C) else { return nil }
        let fields = line.split(separator: "|").map { ArticleScan.trimmed($0) }.filter { !$0.isEmpty }
        guard fields.count >= 2 else { return nil }
        var date: DateMatch?
        for f in fields {
            if date == nil, let m = isDateLine(f) { date = m; continue }
            // "Politics | 04 December 2024 | 19h45": a time of its own.
            if isOnlyTimeAndLabels(f) { continue }
            guard let first = f.first, first.isUppercase, f.split(separator: " ").count <= 5 else { return nil }
        }
        return date
    }

    /// The outlet a field line names ("Source: Xinhua"), else the one a credit line names
    /// ("08 November 2024, 15:48 | SABC News"); writers ("X and Y | date") are none.
    static func fieldLineSource(_ line: String) -> String? {
        for f in line.split(separator: "|") {
            let t = ArticleScan.trimmed(f)
            if t.lowercased().hasPrefix("source:") {
                let v = ArticleScan.trimmed(t.dropFirst(7))
                if !v.isEmpty { return v }
            }
        }
        guard let name = creditLineSource(line), !name.contains(" and "), !name.contains(":"), !Places.isKnownCity(name) else { return nil }
        return name
    }

    static let timeAndLabels = try! NSRegularExpression(pattern:
        "(?i)\\{\\{[^{}]{0,60}\\}\\}|\\bpage\\s+[a-z]?[0-9]{1,3}\\b|\\((?-i:[A-Z][a-z]+)\\)|[0-9]+\\s*-?\\s*min(?:ute)?s?(?:\\s+read)?\\b|[0-9]+\\s+(?:comments?|views?|shares?|likes?)\\b|[0-9]{1,2}h[0-9]{2}\\b|[0-9:.]+\\s*(am|pm|h|hrs)\\b|\\b[ap]\\.m\\.|\\b[0-9]+\\s+(?:hours?|hrs?|minutes?|mins?|days?)\\s+ago\\b|(?<![a-z])(published|updated|update|posted|issued|modified|created|last updated|on|at|date|dated|pkt|pst|gmt|utc|irst|ist|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b|(?<!\\p{L})(publié|publiée|mis à jour|le|à|publicado|publicada|actualizado|el|pubblicato|aggiornato|il|alle|veröffentlicht|aktualisiert|um|publicat|actualizat|opublikowano|zaktualizowano|julkaistu|päivitetty|klo|publicerad|uppdaterad|publiceret|opdateret|kl|gepubliceerd|bijgewerkt|op|om)(?!\\p{L})|[0-9:|,.\\-–—/+()·•]")

    /// True when `s` holds nothing but times, time zones, weekdays, punctuation and a
    /// "Published"/"Updated" label.
    static func isOnlyTimeAndLabels(_ s: String) -> Bool {
        onlyPunctuationAndLabels(s) ?? patternsLeaveNothing(s)
    }

    /// `isOnlyTimeAndLabels` by its patterns alone.
    static func patternsLeaveNothing(_ s: String) -> Bool {
        let leftover = timeAndLabels.stringByReplacingMatches(in: s, range: NSRange(location: 0, length: (s as NSString).length), withTemplate: "")
        let noZones = zoneCodes.stringByReplacingMatches(in: leftover, range: NSRange(location: 0, length: (leftover as NSString).length), withTemplate: "")
        return ArticleScan.trimmed(noZones).isEmpty
    }

    /// The words `timeAndLabels` removes on their own ("Published", "GMT", "Mon", "le").
    static let labelWords: Set<String> = [
        "published", "updated", "update", "posted", "issued", "modified", "created", "on", "at", "date", "dated",
        "pkt", "pst", "gmt", "utc", "irst", "ist", "am", "pm", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "le", "publicado", "publicada", "actualizado", "el", "pubblicato", "aggiornato", "il", "alle", "aktualisiert", "um",
        "publicat", "actualizat", "opublikowano", "zaktualizowano", "julkaistu", "klo", "publicerad", "uppdaterad",
        "publiceret", "opdateret", "kl", "gepubliceerd", "bijgewerkt", "op", "om",
    ]

    /// `isOnlyTimeAndLabels` without its patterns, for the lines it can settle so: spaces, digits
    /// and the punctuation the patterns remove, and ASCII words standing alone that they remove
    /// whole (a label of `labelWords`, or a zone's one to five capitals). Nil for any other line.
    static func onlyPunctuationAndLabels(_ s: String) -> Bool? {
        let u = Array(s.utf8)
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == 0x20 || b == 0x09 || (b >= 0x30 && b <= 0x39) || ":|,.-/+()".utf8.contains(b) { i += 1; continue }
            // "–", "—", "·", "•".
            if b >= 0x80 {
                let rest = u[i...]
                if rest.starts(with: [0xE2, 0x80, 0x93]) || rest.starts(with: [0xE2, 0x80, 0x94]) || rest.starts(with: [0xE2, 0x80, 0xA2]) { i += 3; continue }
                if rest.starts(with: [0xC2, 0xB7]) { i += 2; continue }
                return nil
            }
            guard (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A), i == 0 || !isAlnum(u[i - 1]) else { return nil }
            var e = i
            var upper = true
            while e < u.count, (u[e] >= 0x41 && u[e] <= 0x5A) || (u[e] >= 0x61 && u[e] <= 0x7A) { if u[e] >= 0x61 { upper = false }; e += 1 }
            guard e == u.count || !isAlnum(u[e]) && u[e] < 0x80 else { return nil }
            let word = String(decoding: u[i..<e], as: UTF8.self).lowercased()
            // A zone's capitals go in a second pass, over what the first left: spaces around them
            // keep them apart there ("EM/ADR" would run together as "EMADR").
            func space(_ k: Int) -> Bool { k < 0 || k >= u.count || u[k] == 0x20 || u[k] == 0x09 }
            guard labelWords.contains(word) || upper && e - i <= 5 && space(i - 1) && space(e) else { return nil }
            i = e
        }
        return true
    }

    /// Times, weekdays and labels at the end of a credit line's text before its date.
    static let trailingTimeAndLabels = try! NSRegularExpression(pattern:
        "(?i)(?:\\s*(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?|\\b(?:last|published|updated|update|posted|issued|modified|on|at|dated?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b\\.?|(?-i:\\b(?:[A-Z]{1,3}T|UTC)(?:[+-]\\d{1,2})?\\b))[ ,:]*)+$")

    /// The outlet a dated credit line names ("CBC News · Posted: Mar 14, 2025", "08 November 2024,
    /// 15:48 | SABC News"); nil for a writer's by-line ("By Our Correspondent, Abuja | …").
    static func creditLineSource(_ line: String) -> String? {
        guard let m = scan(line).last else { return nil }
        let ns = line as NSString
        let beforeRaw = trailingTimeAndLabels.stringByReplacingMatches(
            in: ns.substring(to: m.range.location), range: NSRange(location: 0, length: (ns.substring(to: m.range.location) as NSString).length), withTemplate: "")
        let before = ArticleScan.trimmed(beforeRaw)
        var name: String
        if before.isEmpty {
            let after = ns.substring(from: NSMaxRange(m.range))
            guard let sep = after.lastIndex(where: { "|·•—–".contains($0) }) else { return nil }
            name = ArticleScan.trimmed(after[after.index(after: sep)...])
        } else {
            name = ArticleScan.trimmed(String(before.dropLast()))
        }
        // "RÚV English / Politics": the outlet is the first part.
        if let cut = name.firstIndex(where: { "|·•/".contains($0) }) { name = ArticleScan.trimmed(name[..<cut]) }
        let lower = name.lowercased()
        guard let f = name.first, f.isUppercase, !lower.hasPrefix("by "), !lower.hasPrefix("written by"), !lower.contains("correspondent"),
              !lower.contains("reporter"), !lower.contains("staff"), (1...5).contains(name.split(separator: " ").count),
              !sectionNames.contains(lower), !Places.isKnownCity(name) else { return nil }
        return name
    }

    /// A site's sections, which credit lines print where others print the outlet ("Politics | 2025-06-13").
    static let sectionNames: Set<String> = ["politics", "world", "business", "nation", "national", "news", "sports", "sport", "opinion",
                                            "economy", "local", "international", "latest", "home", "region", "regional", "metro",
                                            "society", "culture", "diplomacy", "top stories", "breaking news", "world news", "latest news", "political",
                                            "domestic", "foreign", "parliament", "government", "elections",
                                            // Regions of the world, a site's sections for them ("AFRICA", "Middle East").
                                            "africa", "asia", "europe", "americas", "middle east", "asia pacific", "asia-pacific",
                                            "latin america", "oceania", "pacific", "caribbean", "mideast"]

    /// The date of a short credit line that names a source or a writer and then the article's
    /// date: `Ahram Online , Wednesday 14 Feb 2024`, `Philippine Daily Inquirer / 05:42 PM January 30, 2024`,
    /// `By Our Correspondent, Abuja | June 14, 2023`. A sentence that ends in a date is not one.
    static func creditLineDate(_ line: String) -> DateMatch? {
        guard line.utf8.count <= 140, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let m = scan(line).last, m.year != nil else { return nil }
        let ns = line as NSString
        let after = ns.substring(from: NSMaxRange(m.range))
        let before = ns.substring(to: m.range.location)
        guard isOnlyTimeAndLabels(after) else {
            // The source after the date: `08 November 2024, 15:48 | SABC News`.
            guard isOnlyTimeAndLabels(before), let sep = after.lastIndex(where: { "|·•—–".contains($0) }),
                  isOnlyTimeAndLabels(String(after[..<sep])) else { return nil }
            let name = ArticleScan.trimmed(after[after.index(after: sep)...])
            guard let f = name.first, f.isUppercase, !name.hasSuffix("."), (1...5).contains(name.split(separator: " ").count) else { return nil }
            return m
        }
        let headRaw = trailingTimeAndLabels.stringByReplacingMatches(
            in: before, range: NSRange(location: 0, length: (before as NSString).length), withTemplate: "")
        let head = ArticleScan.trimmed(headRaw)
        // "Dawn.com | Nadir Guramani  Published February 26, 2024": a "Published" label parts the
        // credit from its date, as a separator would.
        let lowerBefore = before.lowercased()
        let labelled = publishedLabel.found(in: lowerBefore)
            // "By ZNBC Reporter on March 12, 2024".
            || lowerBefore.hasPrefix("by ") && lowerBefore.hasSuffix(" on ")
        guard let sep = head.last, "/|,·•—–-".contains(sep) || labelled else { return nil }
        let name = ArticleScan.trimmed("/|,·•—–-".contains(sep) ? String(head.dropLast()) : head)
        guard let f = name.first, f.isUppercase || f == "@", !name.hasSuffix(".") else { return nil }
        let n = name.split(whereSeparator: { $0 == " " }).count
        return (1...9).contains(n) ? m : nil
    }
    static let publishedLabel = LinePattern("\\b(published|updated|posted)\\b[^a-z]*$")
}
