import Foundation

/// Recognisers for the lines around the headline.
enum Header {
    struct Dateline { var city: String; var date: DateMatch?; var length: Int; var agency: String? = nil }

    /// The pieces every dateline form is made of: a city, then a date or a country or state after a
    /// comma ("NAIROBI, Kenya"), or a date after a space ("Addis Ababa March 5/2024"), then an
    /// agency in parentheses ("(AP)", "(Yonhap)") or between slashes ("/TASS/.").
    /// A second city after a slash ("TEHRAN/ISLAMABAD") is left out of the dateline.
    static let cityPattern = "([A-Z][\\p{L}.'’ -]{1,40}?)(?:/[A-Z][\\p{L}.'’ -]{1,40}?)?"
    static let qualifierPattern = "(?:(?:\\s*,\\s*|\\s+(?=\\d|\(DateScanner.monthWords)\\.?\\s))([^—–\\-(:/]{3,40}?|[^—–\\-(:]{3,24}?/\\d{4}|\\d{1,2}/\\d{1,2}))?"
    /// An agency in parentheses ("(AFP)", "(V7N)"), after an optional country ("Antalya (Turkey) (AFP)").
    static let agencyPattern = "(?:\\(\\p{Lu}[\\p{L} .]{1,30}\\)\\s*(?=\\())?\\(([\\p{L}\\d .]{2,30}|\\p{Lu}[\\p{L}]+-\\p{Lu}[\\p{L}]+)\\)"

    /// `CITY, qualifier (Agency) — `; the agency may stand after a comma too (`Riyadh, March 3, 2024, SPA --`).
    static let datelineDash = try! NSRegularExpression(pattern:
        "^\(cityPattern)\(qualifierPattern)\\s*(?:\(agencyPattern))?\\s*[—–-]{1,2}\\s+(?=\\S)")
    /// `CITY: `, `CITY, qualifier (Agency): `.
    static let datelineColon = try! NSRegularExpression(pattern:
        "^\(cityPattern)(?:\\s*,\\s*([^:]{3,40}?))?\\s*(?:\(agencyPattern))?\\s*:\\s+(?=\\S)")
    /// `Addis Ababa March 5/2024 (ENA) The …`, `Quito, Nov 23 (EFE).- The …`: an agency in
    /// parentheses needs no dash after it.
    static let datelineAgency = try! NSRegularExpression(pattern:
        "^\(cityPattern)\(qualifierPattern)\\s*\(agencyPattern)\\.?\\s*[—–-]{0,2}\\s*(?=\\S)")
    /// `MOSCOW, March 3. /TASS/. `, `Ulaanbaatar /MONTSAME/. `
    static let datelineSlashes = try! NSRegularExpression(pattern:
        "^\(cityPattern)(?:\\s*,\\s*([^/]{3,24}?))?\\s*/([\\p{L} -]{2,20})/\\.?\\s*[—–-]{0,2}\\s*(?=\\S)")

    /// `TEHRAN, (APP - UrduPoint - 22nd May, 2024) On Wednesday …`: agencies and a date in one parenthesis.
    static let datelineParen = try! NSRegularExpression(pattern:
        "^\(cityPattern)\\s*,?\\s*\\(([^()]{2,90})\\)\\s*[—–-]{0,2}\\s*(?=\\S)")

    /// `YEREVAN, JANUARY 9, ARMENPRESS. The …`: the agency in capitals after the date, then a full stop.
    static let datelineAgencyDot = try! NSRegularExpression(pattern:
        "^\(cityPattern)\\s*,\\s*([^.]{3,30}?),\\s*(\\p{Lu}[\\p{Lu}\\d-]{1,20})\\.\\s+(?=\\S)")

    enum Form { case dash, colon, agency, slashes, paren, agencyDot }
    static let forms: [(NSRegularExpression, Form)] = [
        (datelineSlashes, .slashes), (datelineDash, .dash), (datelineAgency, .agency), (datelineColon, .colon),
        (datelineParen, .paren), (datelineAgencyDot, .agencyDot),
    ]

    /// The first words of a photo caption, never a city.
    static let captionWords: Set<String> = ["file", "file photo", "photo", "file picture", "picture", "image", "file image",
                                            "writer", "by", "author", "reporter", "reporters", "editor", "edited by", "source",
                                            "sources", "updated", "published", "posted", "story", "text", "credit", "report"]

    /// A date line's weekday ("Friday, 17 May 2024 - 10:42") is no city.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// `Islamabad, May 8, 2025 — `, `TEHRAN, Nov. 05 (MNA) – `, `ISLAMABAD: `, `KARACHI (Reuters) - `,
    /// `NAIROBI, Kenya (AP) — `, `MOSCOW, March 3. /TASS/. `, `Addis Ababa March 5/2024 (ENA) `.
    /// `December 10, 2023 (DJIBOUTI) – `: the date first, the city in parentheses.
    static let datelineDateFirst = try! NSRegularExpression(pattern:
        "^([\\p{L}\\d ,.]{6,30}?\\d{4})\\s*\\(([A-Z][A-Z .'’-]{2,30})\\)\\s*[—–-]{1,2}\\s*(?=\\S)")

    /// A city alone on its line, in capitals, perhaps with its country: `OHRID, North Macedonia`.
    static func datelineAlone(_ line: String) -> String? {
        guard line.utf8.count <= 120, let f = line.unicodeScalars.first, f.value >= 0x41, f.value <= 0x5A else { return nil }
        guard line.utf8.count <= 60 || line.hasSuffix(":") else { return nil }
        // "Baghdad-INA", "Amman – Petra", "Kyiv • UKRINFORM": a known city and an agency in capitals.
        if let dash = line.firstIndex(where: { "-–—•·".contains($0) }), case let city = ArticleScan.trimmed(line[..<dash]),
           case let credit = ArticleScan.trimmed(line[line.index(after: dash)...]),
           (2...10).contains(credit.count), credit.allSatisfy({ $0.isUppercase || $0.isNumber }) || credit.first?.isUppercase == true && !credit.contains(" "),
           city.split(separator: " ").count <= 3, Places.isKnownCity(city) {
            return Header.cityCase(city)
        }
        let parts = line.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map { ArticleScan.trimmed($0) }
        guard let city = parts.first else { return nil }
        // "AFRICA", "MIDDLE EAST": a site's section, not a dateline.
        guard !DateScanner.sectionNames.contains(city.lowercased()) else { return nil }
        guard city.count >= 3, city.count <= 30, city == city.uppercased(), city.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." }),
              city.split(separator: " ").count <= 3 else { return nil }
        // "BAKU, Azerbaijan, March 19. By Name – Trend:": a dateline line that credits its writer
        // and agency and ends in a colon, the text below it.
        if parts.count == 2, line.hasSuffix(":"), line.contains(where: { "–—-".contains($0) }) { return Header.cityCase(city) }
        if parts.count == 2 {
            let rest = parts[1]
            guard let r = rest.first, r.isUppercase, rest.split(separator: " ").count <= 3,
                  rest.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" }) else { return nil }
        } else if !Places.isKnownCity(Header.cityCase(city)) {
            return nil
        }
        return Header.cityCase(city)
    }

    /// A dateline opening `line`; `depth` counts the credits already read before it (a writer's,
    /// an agency's), so a line of credits after credits is read no deeper than two.
    static func dateline(_ line: String, depth: Int = 0) -> Dateline? {
        // "By Jane Wambui, NAIROBI, March 12 –": the writer first, then a dateline.
        if depth < 2, line.utf8.starts(with: "By ".utf8), let skip = bylinePrefix(line),
           let d = dateline(String(line[line.utf8.index(line.startIndex, offsetBy: skip)...].prefix(480)), depth: depth + 1) {
            var d = d
            d.length += skip
            return d
        }
        // "(ANSA) - PODGORICA, OCT 31 - ": the agency first, then a dateline.
        if depth < 2, line.utf8.first == 0x28, let (credit, skip) = leadingAgency(line),
           var d = dateline(String(line[line.utf8.index(line.startIndex, offsetBy: skip)...].prefix(480)), depth: depth + 1) {
            d.length += skip
            if d.agency == nil { d.agency = credit }
            return d
        }
        // Every form opens with a capital, or a digit (the date first).
        guard let f = line.utf8.first, (f >= 0x30 && f <= 0x39) || (f >= 0x41 && f <= 0x5A) else { return nil }
        // A dateline sits in the first 160 characters: look at no more (a lede can be long).
        let s = line.utf8.count > 480 ? String(line.prefix(160)) : line
        var measured: Probe?
        if mayOpenWithDateFirst(s) {
            let p = Probe(s)
            measured = p
            // The city stands in parentheses.
            if let m = p.firstMatch(datelineDateFirst),
               let d = DateScanner.scan(p.substring(m.range(at: 1))).first, d.year != nil, d.range.location == 0 {
                let city = ArticleScan.trimmed(p.substring(m.range(at: 2)))
                return Dateline(city: Header.cityCase(city), date: d, length: p.byteLength(utf16: NSMaxRange(m.range)))
            }
        }
        guard mayOpenWithDateline(line) else { return nil }
        // Which marks the line has, its length, and whether it is all ASCII: measured once.
        let p = measured ?? Probe(s)
        for (rx, form) in forms {
            switch form {
            case .slashes: if !p.hasSlash { continue }
            case .paren, .agency: if !p.hasParen { continue }
            case .colon: if !p.hasColon { continue }
            case .dash: if !p.hasDash { continue }
            case .agencyDot: if !p.hasDot { continue }
            }
            guard let m = p.firstMatch(rx) else { continue }
            func group(_ i: Int) -> String { p.substring(m.range(at: i)) }
            var city = ArticleScan.trimmed(group(1))
            let lower = city.lowercased()
            if captionWords.contains(lower) || weekdays.contains(lower) { continue }
            var agency: String?
            // "ASTANA. KAZINFORM –": the agency after the city and a full stop.
            if let dot = CityText(city).lastDotSpace, city[..<dot.lowerBound].count >= 3 {
                let tail = city[dot.upperBound...]
                if tail == tail.uppercased(), tail.split(separator: " ").count <= 2, tail.contains(where: \.isLetter) {
                    agency = String(tail)
                    city = String(city[..<dot.lowerBound])
                }
            }
            let words = city.split(separator: " ")
            guard words.count <= 4 else { continue }
            let isCaps = CityText(city).isCaps
            let hasAgency = form == .slashes || form == .paren || form == .agencyDot || (m.numberOfRanges > 3 && m.range(at: 3).location != NSNotFound)
            var date: DateMatch?
            if form == .paren {
                // The parenthesis must name an agency (a capitalised word) and may hold the date.
                let q = group(2)
                guard let f = q.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(f),
                      isCaps || Places.isKnownCity(city) else { continue }
                date = DateScanner.scan(q).last
            } else if m.range(at: 2).location != NSNotFound {
                let q = ArticleScan.trimmed(group(2))
                if let dm = DateScanner.scan(q).first {
                    date = dm
                } else {
                    // Not a date: a country or state after the city ("NAIROBI, Kenya (AP)",
                    // "WASHINGTON, D.C. —"), capitalised and short, after a city that is sure.
                    // A day and month in figures ("BRUSSELS 03/02 (BELGA)") is a date without its year.
                    let qWords = q.split(separator: " ")
                    let dayMonth = isDayAndMonth(q) && (hasAgency || Places.isKnownCity(city))
                    guard dayMonth || qWords.count <= 3 && qWords.allSatisfy({ $0.first?.isUppercase == true }),
                          isCaps || hasAgency || Places.isKnownCity(city) else { continue }
                }
            }
            let length = p.byteLength(utf16: NSMaxRange(m.range))
            // A colon opening needs a city-like word: all capitals, or a short capitalised name
            // that is not the start of a sentence ("Islamabad:" yes, "However:" no).
            if form == .colon, !isCaps, date == nil, !hasAgency, !(words.count <= 3 && Places.isKnownCity(city)) { continue }
            if form == .dash, !isCaps, date == nil, !hasAgency, !Places.isKnownCity(city) { continue }
            // Without a dash, the agency must look like one (capitalised) and the city like a city.
            if form == .agency, !(isCaps || date != nil || Places.isKnownCity(city)) { continue }
            // An agency after a full stop needs the date before it.
            if form == .agencyDot, date == nil { continue }
            if agency == nil { agency = Self.agency(m, form: form, in: p.text, ascii: p.ascii, date: date) }
            return Dateline(city: Header.cityCase(city), date: date, length: length, agency: agency)
        }
        return nil
    }

    /// The agency a dateline match credits: in parentheses or between slashes, in capitals after
    /// the date (`ARMENPRESS.`, `, SPA --`), or the credit a parenthesis holds beside its date
    /// (`(APP - UrduPoint - 22nd May, 2024)`). A country in parentheses is no agency.
    static func agency(_ m: NSTextCheckingResult, form: Form, in s: String, ascii: Bool, date: DateMatch?) -> String? {
        func group(_ i: Int) -> String? {
            guard m.numberOfRanges > i, m.range(at: i).location != NSNotFound else { return nil }
            return ArticleScan.substring(s, m.range(at: i), ascii: ascii)
        }
        let raw: String?
        switch form {
        case .slashes, .agencyDot:
            raw = group(3)
        case .dash, .colon, .agency:
            if let a = group(3) {
                raw = a
            } else if form != .colon, let q = group(2).map({ ArticleScan.trimmed($0) }), let d = date,
                      NSMaxRange(d.range) <= (q as NSString).length {
                // "Riyadh, March 3, 2024, SPA --": capitals after the date.
                let rest = ArticleScan.trimmed((q as NSString).substring(from: NSMaxRange(d.range)), ascii: [0x20, 0x2C], dashes: false)
                raw = isCapitalsCode(rest) ? rest : nil
            } else {
                raw = nil
            }
        case .paren:
            guard var q = group(2) else { return nil }
            if let d = date, NSMaxRange(d.range) <= (q as NSString).length { q = (q as NSString).replacingCharacters(in: d.range, with: "") }
            raw = q.contains(where: \.isNumber) ? nil : q
        }
        guard let a = raw.map({ ArticleScan.trimmed($0, ascii: [0x20, 0x2C, 0x2E, 0x2D, 0x2F], dashes: true) }), a.count >= 2, a.count <= 60 else { return nil }
        let key = Gazetteer.joinedKey(a)
        if Gazetteer.shared.country(named: key) != nil { return nil }
        if a != a.uppercased(), Places.isKnownCity(a) { return nil }
        return a
    }

    /// A capital letter, then 1 to 20 capitals, digits or hyphens: "SPA", "V7N", "KUNA-AFP".
    static func isCapitalsCode(_ s: String) -> Bool {
        let u = s.unicodeScalars
        guard let f = u.first, f.properties.generalCategory == .uppercaseLetter, (2...21).contains(u.count) else { return false }
        return u.dropFirst().allSatisfy {
            $0.properties.generalCategory == .uppercaseLetter || $0.properties.generalCategory == .decimalNumber || $0 == "-"
        }
    }

    /// A quick test every dateline form passes: a capital first, then a city's letters, dots,
    /// apostrophes and spaces (one city or two, about 80 letters at most, a month word among
    /// them) up to a comma, a parenthesis, a colon, a slash, a dash or a digit. Most lines of
    /// prose fail it at once, before any pattern runs.
    static func mayOpenWithDateline(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            guard let f = b.first, f >= 0x41, f <= 0x5A else { return false }
            var letters = 0
            var i = 0
            while i < b.count, letters <= 100 {
                let c = b[i]
                if c >= 0x80 {
                    // En and em dashes end a city; other letters and ’ belong to it.
                    if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { return true }
                    if c & 0xC0 != 0x80 { letters += 1 }
                } else if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x2E || c == 0x27 {
                    letters += 1
                } else if c == 0x20 || c == 0x09 {
                    // spaces
                } else {
                    return c == 0x2C || c == 0x28 || c == 0x3A || c == 0x2F || c == 0x2D || (c >= 0x30 && c <= 0x39)
                }
                i += 1
            }
            return false
        }
    }

    static func startsWithDateline(_ s: String, requireDash: Bool) -> Bool {
        guard let d = dateline(s) else { return false }
        return !requireDash || d.date != nil
    }

    /// "ISLAMABAD" → "Islamabad"; mixed case is kept. (An ASCII name is read as bytes.)
    static func cityCase(_ s: String) -> String {
        if let c = cityCaseASCII(s) { return c }
        guard s == s.uppercased() else { return s }
        return s.lowercased().split(separator: " ").map { w in
            w.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A bare link, or a site's breadcrumb trail: short parts between `>`, `»`, `/` or `|`.
    static func isLinkOrBreadcrumb(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        func startsWith(_ p: String) -> Bool {
            let p = Array(p.utf8)
            return bytes.count >= p.count && zip(bytes, p).allSatisfy { ($0 | 0x20) == $1 || $0 == $1 }
        }
        if startsWith("http://") || startsWith("https://") || startsWith("www.") { return !bytes.contains(0x20) }
        for sep in breadcrumbSeparators where ByteSearch.contains(bytes, sep.bytes) {
            let parts = s.components(separatedBy: sep.text)
            // Three parts at least, or a trail from "Home": a headline may say "Iran / Pakistan talks".
            let fromHome = ["home", "news"].contains(ArticleScan.trimmed(parts[0]).lowercased())
            if parts.count >= 3 || fromHome, parts.allSatisfy({ words($0) <= 3 }) { return true }
        }
        return false
    }

    static let breadcrumbSeparators = [" > ", " » ", " › ", " / ", " | "].map { (text: $0, bytes: Array($0.utf8)) }

    /// A short line of a time or a reading time alone ("2 min", "15:47").
    static func isTimeOnly(_ s: String) -> Bool {
        s.utf8.count <= 24 && s.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && DateScanner.isOnlyTimeAndLabels(s)
    }

    /// A section label or kicker: one to three words, no digits, no closing punctuation ("Politics").
    static func isLabel(_ s: String) -> Bool {
        let w = words(s, atMost: 3)
        return w >= 1 && w <= 3 && s.utf8.count <= 40 && !endsLikeSentence(s) && !s.contains(where: \.isNumber)
    }

    /// A photo caption: "FILE PHOTO - …", "Photo: …", "… (AP Photo)".
    static func isCaption(_ s: String) -> Bool {
        guard s.utf8.count <= 600 else { return false }
        // Every caption names a photo, a picture, an image or a file at its start or in a parenthesis
        // at its end: most lines are not looked at further.
        let named = s.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            func has(_ lo: Int, _ hi: Int, _ word: StaticString) -> Bool {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                guard hi - lo >= w.count else { return false }
                for i in lo...(hi - w.count) {
                    var k = 0
                    while k < w.count, buf[i + k] | 0x20 == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                return false
            }
            let n = buf.count, h = min(n, 16), t = max(0, n - 160)
            return has(0, h, "photo") || has(0, h, "picture") || has(0, h, "image") || has(0, h, "file")
                || has(t, n, "photo") || has(t, n, "picture") || has(t, n, "image") || buf[max(0, n - 40)..<n].contains(0xA9)
                || n > 40 && buf[n - 1] == 0x29
        } ?? true
        guard named else { return false }
        // "… in Tunis on September 1, 2020. © AFP": a picture's credit closes it.
        if let c = s.range(of: "\u{A9}", options: .backwards), s.distance(from: c.upperBound, to: s.endIndex) <= 40, case let credit = s[c.upperBound...],
           (1...4).contains(words(String(credit))), ArticleScan.trimmed(credit).first?.isUppercase == true, s.count > 40 { return true }
        return captionOpening.found(in: s) || captionClosing.found(in: s) || s.utf8.count > 40 && (creditClosing.found(in: s) || photoCredit.found(in: s))
    }
    /// "… earlier this month. (SPA)", "… the council. (Saba/File)": a sentence, then an agency's
    /// credit in brackets.
    static let creditClosing = LinePattern("[.!?…][\"'’”]?\\s*\\((\\p{Lu}[\\p{L}.-]*)([ /]\\p{Lu}[\\p{L}.-]*){0,2}\\)\\s*$")
    /// "… in Baghdad on October 27, 2022. Photo: Iraqi PM Media Office".
    static let photoCredit = LinePattern("[.)]\\s+(Photo|Photos|Picture)\\s*:\\s+\\p{Lu}")
    static let captionOpening = LinePattern("^(file photo|file picture|file image|file|photo|picture|image)\\s*[:—–-]", caseInsensitive: true)
    static let captionClosing = LinePattern("\\((?:[^()]*\\b)?(?:photo|picture|image)\\b[^()]*\\)\\s*$", caseInsensitive: true)

    /// The city a by-line names after its writer or agency: "By Agência Brasil - Brasília",
    /// "By Staff Reporter, Lahore | June 14, 2023".
    static func bylineCity(_ s: String) -> String? {
        // Split at "-", ",", "|", "/" and the en and em dashes.
        let parts = ArticleScan.components(s, ascii: [0x2D, 0x2C, 0x7C, 0x2F], dashes: true)
        // "Ottawa — 3 October 2023": a city, then nothing but the date.
        if parts.count >= 2, let first = parts.first, case let t = ArticleScan.trimmed(first), let f = t.unicodeScalars.first,
           CharacterSet.uppercaseLetters.contains(f), !t.contains(where: \.isNumber), words(t, atMost: 3) <= 3, Places.isKnownCity(t),
           Gazetteer.shared.country(named: Gazetteer.joinedKey(t)) == nil,
           DateScanner.isDateLine(ArticleScan.trimmed(String(s.dropFirst(first.count)), ascii: [0x20, 0x2D, 0x2C, 0x7C, 0x2F], dashes: true)) != nil {
            return cityCase(t)
        }
        for p in parts.dropFirst() {
            let t = ArticleScan.trimmed(p)
            guard !t.isEmpty, words(t, atMost: 3) <= 3, !t.contains(where: \.isNumber), Places.isKnownCity(t),
                  Gazetteer.shared.country(named: Gazetteer.joinedKey(t)) == nil else { continue }
            return cityCase(t)
        }
        return nil
    }

    /// The outlet a by-line names: "By Eleni Markou | Euractiv", "By Kuwait Times Staff", "By
    /// Agência Brasil - Brasília"; none where it names only a writer ("By Ana Lima - Brasília",
    /// "By Our Correspondent").
    static func bylineOutlet(_ s: String) -> String? {
        let rest: String
        if let r = bylineOpening.firstRange(in: s) {
            rest = String(s[r.upperBound...])
        } else if outletReporter(s) {
            rest = s      // "Sunday Mail Reporter"
        } else {
            return nil
        }
        let parts = ArticleScan.components(rest, ascii: [0x7C, 0x2C, 0x2F], dashes: true).flatMap { $0.components(separatedBy: " - ") }
            .map { ArticleScan.trimmed($0) }.filter { !$0.isEmpty }
        // The outlet is last after a bar, or first before a staff word or a city; else the
        // by-line names a writer.
        var name: String
        var marked = false
        if rest.contains("|"), parts.count >= 2 { name = parts[parts.count - 1]; marked = true } else if let first = parts.first { name = first } else { return nil }
        for staff in [" staff reporter", " staff writer", " staff", " news desk", " desk", " bureau", " reporters", " reporter", " correspondent"] where name.lowercased().hasSuffix(staff) {
            name = String(name.dropLast(staff.count)); marked = true
        }
        // "By Redacción Primicias": a newsroom's word in its own language, then the outlet.
        for newsroom in ["redacción ", "redação ", "rédaction ", "redazione "] where name.lowercased().hasPrefix(newsroom) {
            name = String(name.dropFirst(newsroom.count)); marked = true
        }
        // "By Daily Mirror Online", "By Sun Online": an outlet's own name.
        if !marked, isOutletName(name) { marked = true }
        if !marked, parts.count >= 2, bylineCity(s) != nil { marked = true }
        guard marked else { return nil }
        let words = name.split(separator: " ")
        guard let f = name.first, f.isUppercase, (1...4).contains(words.count), !name.contains(where: \.isNumber),
              !["our", "a", "the", "staff", "special", "from", "political", "diplomatic", "foreign", "senior", "chief", "legal", "court",
                "business", "sports", "own", "news", "web"].contains(words[0].lowercased()) else { return nil }
        // A writer's name: a given name first, two or three words.
        if (2...3).contains(words.count), words.prefix(2).contains(where: { Gazetteer.shared.isGivenName(TextFolding.key(String($0))) }) { return nil }
        if words.count == 1, Places.isKnownCity(name) { return nil }
        return name
    }

    /// First words of a section's label that reads like an outlet's name ("World News", "Business Today").
    static let sectionWords: Set<String> = ["world", "local", "latest", "business", "sports", "sport", "breaking", "top", "national",
                                            "international", "opinion", "politics", "africa", "asia", "europe", "americas", "regional", "economy"]
    static func firstWordKey(_ s: String) -> String { s.split(separator: " ").first.map { $0.lowercased() } ?? "" }

    static let bylineOpening = LinePattern("^(by|written by|reporting by)\\s+", caseInsensitive: true)

    /// "Kinley Dorji | Thimphu", "Camille Durand | World Desk": a writer's name of two to four
    /// capitalised words, a bar and a city or the writer's desk or job.
    static func writerAndCity(_ s: String) -> Bool {
        guard s.utf8.count <= 60 else { return false }
        let parts = s.split(separator: "|", omittingEmptySubsequences: false).map { ArticleScan.trimmed($0) }
        guard parts.count == 2, (2...4).contains(words(parts[0])),
              parts[0].split(separator: " ").allSatisfy({ w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || "'’.-".contains($0) } })
        else { return false }
        return bylineCity(s) != nil || jobPattern.found(in: parts[1])
    }

    /// "Sunday Mail Reporter", "Dawn Correspondent": an outlet's name and a reporter's word.
    /// Only a line that has "Reporter" or "Correspondent" is matched against the pattern.
    static func outletReporter(_ s: String) -> Bool {
        guard s.utf8.count <= 48, s.utf8.count >= 10, case let bytes = Array(s.utf8),
              ByteSearch.contains(bytes, reporterBytes) || ByteSearch.contains(bytes, correspondentBytes) else { return false }
        return outletReporterPattern.found(in: s)
    }
    static let outletReporterPattern = LinePattern("^(\\p{Lu}[\\p{L}’'.&-]*\\s+){1,4}(Reporter|Correspondent)$")
    static let reporterBytes = Array("Reporter".utf8), correspondentBytes = Array("Correspondent".utf8)

    /// "Thandeka Mabuza" over "Political Journalist": a writer's name on a line of its own, over
    /// the writer's job on the next line.
    static func nameOverJob(_ s: String, next: String?) -> Bool {
        guard let next, next.utf8.count <= 40, s.utf8.count <= 40, (2...4).contains(words(s)),
              s.split(separator: " ").allSatisfy({ w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || "'’.-".contains($0) } })
        else { return false }
        return jobPattern.found(in: next)
    }
    /// "Parliament reporter", "Senior Correspondent": a writer's job on the line under a by-line.
    static func isJobLine(_ s: String) -> Bool { s.utf8.count <= 40 && jobLinePattern.found(in: s) }
    static let jobLinePattern = LinePattern("^(\\p{Lu}[\\p{L}-]*\\s+){0,3}(?i:journalist|reporter|correspondent|editor|writer|columnist|contributor)s?$")
    static let jobPattern = LinePattern("^(\\p{Lu}[\\p{L}-]*\\s+){0,3}(Journalist|Reporter|Correspondent|Editor|Writer|Columnist|Contributor|Desk|Bureau|Staff|Team)s?$")

    static func isByline(_ s: String) -> Bool {
        if outletReporter(s) || writerAndCity(s) { return true }
        guard let f = s.first, "BbWwRrFfSsOoPpDdLlCcNn".contains(f), s.utf8.count <= 80 else { return false }
        return bylinePattern.found(in: s) && s.split(separator: " ").count <= 10
    }
    static let bylinePattern = LinePattern(
        "^(by|written by|reporting by|from our correspondent|staff reporter|our correspondent|(special|staff|political|diplomatic|foreign|legal|senior|chief|our) correspondents?|(news|web) desk)\\b",
        caseInsensitive: true)

    /// How many runs of characters other than a space `s` has.
    /// The words of `s` (split at spaces), counted up to `limit + 1` at most.
    static func words(_ s: String, atMost limit: Int = .max) -> Int {
        var s = s
        return s.withUTF8 { b in
            var n = 0, inWord = false
            for c in b {
                if c == 0x20 { inWord = false } else if !inWord {
                    inWord = true; n += 1
                    if n > limit { return n }
                }
            }
            return n
        }
    }

    static func endsLikeSentence(_ s: String) -> Bool {
        guard let c = s.last else { return false }
        return ".!?\"”’:;,)".contains(c) && !s.hasSuffix("...")
    }

    /// A second headline: not a full sentence, not too long.
    static func looksLikeHeadline(_ s: String) -> Bool {
        let w = words(s, atMost: 30)
        return w >= 3 && w <= 30 && !endsLikeSentence(s)
    }

    /// A section heading: short, no closing punctuation, followed by a longer paragraph.
    static func looksLikeHeading(_ s: String, next: String?) -> Bool {
        guard let next else { return false }
        let w = words(s, atMost: 14)
        guard w >= 1, w <= 14, s.count <= 100, !endsLikeSentence(s) || s.hasSuffix("?") else { return false }
        guard let f = s.unicodeScalars.first, !CharacterSet.lowercaseLetters.contains(f) else { return false }
        return words(next, atMost: w + 4) > w + 4 || endsLikeSentence(next)
    }

    /// A hard-wrapped paragraph: the previous line directly above is long and stops mid-sentence.
    static func continues(_ prev: Line, _ line: Line) -> Bool {
        guard line.number == prev.number + 1, prev.text.count >= 60, !endsLikeSentence(prev.text) else { return false }
        guard let f = line.text.unicodeScalars.first else { return false }
        return CharacterSet.lowercaseLetters.contains(f) || prev.text.last.map { $0.isLetter || $0 == "," } == true
    }
}
