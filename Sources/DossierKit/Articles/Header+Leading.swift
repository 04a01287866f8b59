import Foundation

/// Lines a site prints above the headline: navigation, sharing markers, section labels and trails.
extension Header {
    /// Words of a site's navigation bar ("Menu Search Subscribe", "Log in | Register").
    static let navigationWords: Set<String> = [
        "menu", "search", "subscribe", "login", "log", "in", "sign", "register", "home", "share", "print", "email", "e-mail",
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "epaper", "e-paper", "live", "tv", "newsletter",
        "newsletters", "donate", "english", "français", "español", "português", "sections", "close", "account", "my", "more",
    ]

    enum LeadingChrome { case navigation, label }

    /// A line above the headline that is the site's, not the article's: navigation ("Menu Search
    /// Subscribe", "Skip to main content") or a sharing marker ("Share"), or a label: a section in
    /// capitals or by its name ("POLITICS", "World"), a two-part trail ("Politics > Government",
    /// "Andina | Política"). Only where a line of three words or more follows it, which can be
    /// the headline.
    static func leadingChrome(_ s: String, next: String?) -> LeadingChrome? {
        guard let next, s.utf8.count <= 120 else { return nil }
        // A site's menu ("Politics | Economy | Society | World", "Home  Politics  Economy  Region").
        if isMenu(s) { return .navigation }
        // A site's name ("Kabar.kg", "The Fiji Times", "ANTARA News"): whatever follows is no
        // longer the site's.
        if s.utf8.count <= 60, isSiteName(s) { return .label }
        // A section's name or an agency's in capitals above a date line ("Political", "ČTK", then
        // "2025-04-15 18:42").
        if words(s) <= 2, DateScanner.sectionNames.contains(ArticleScan.trimmed(s.lowercased()))
            || words(s) == 1 && s.count <= 8 && s == s.uppercased() && s.contains(where: \.isLetter),
           DateScanner.isDateLine(next) != nil || DateScanner.fieldLineDate(next) != nil || isCityDateLine(next) != nil { return .label }
        guard s.utf8.count <= 80 else { return nil }
        // A headline of five words or more, with no trail's separator, is looked at no further.
        // Words, and whether a trail's separator is there: "|", ">", "»" (C2 BB), "·" (C2 B7), "›" (E2 80 BA).
        var wordCount = 0, inWord = false, separator = false, prev: UInt8 = 0, prev2: UInt8 = 0
        for b in s.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; wordCount += 1 }
            if b == 0x7C || b == 0x3E || prev == 0xC2 && (b == 0xBB || b == 0xB7) || prev2 == 0xE2 && prev == 0x80 && b == 0xBA { separator = true }
            prev2 = prev; prev = b
        }
        if wordCount > 4, !separator { return nil }
        // What follows can be the headline: three words or more.
        var nextSpaces = 0
        for b in next.utf8 where b == 0x20 { nextSpaces += 1; if nextSpaces >= 2 { break } }
        guard nextSpaces >= 2, words(next) >= 3 else { return nil }
        if Chrome.isTerminalMarker(s) || Chrome.isLineChrome(s) { return .navigation }
        // "Kenya", "South Africa": a country's name alone, the site's section for it.
        if words(s) <= 3, s.first?.isUppercase == true, !s.contains(where: { ",.:;!?".contains($0) }), looksLikeHeadline(next),
           Gazetteer.shared.country(named: Gazetteer.joinedKey(s)) != nil { return .label }
        let lower = ArticleScan.trimmed(s.lowercased())
        if lower.hasSuffix(" min read") || kickers.contains(lower) || navigationPhrases.contains(where: { lower.hasPrefix($0) }) { return .navigation }
        // "Le Monde with AFP": a site's name and the agency it credits.
        if let r = lower.range(of: " with "), words(s) <= 6, agencyCredits.contains(ArticleScan.trimmed(lower[r.upperBound...])) { return .label }
        // "Topic:Papua New Guinea", "Section: Politics": the site's filing of the story.
        if ["topic:", "topics:", "section:", "category:", "categories:", "tags:", "filed under:"].contains(where: { lower.hasPrefix($0) }) { return .label }
        if navigationWordCount(lower) > 0 { return .navigation }
        if DateScanner.sectionNames.contains(lower) { return .label }
        if words(s) <= 2, isLabel(s), s == s.uppercased(), s.contains(where: \.isLetter) { return .label }
        let lineBytes = Array(s.utf8)
        for (sep, bytes) in Self.trailSeparators where ByteSearch.contains(lineBytes, bytes) {
            let parts = s.components(separatedBy: sep)
            if parts.count == 2, parts.allSatisfy({ (1...3).contains(words($0)) }), sep != " | " || words(next) >= 4 { return .label }
        }
        // "Innenriks / Politics": a section in two languages, or a section and its part, over a
        // headline (a headline's own "Iran / Pakistan talks" stands over a paragraph).
        if ByteSearch.contains(lineBytes, Self.slashSeparator), looksLikeHeadline(next) {
            let parts = s.components(separatedBy: " / ")
            if parts.count == 2, parts.allSatisfy({ p in words(p) == 1 && p.first?.isUppercase == true && p.allSatisfy(\.isLetter) }) { return .label }
            // "Costa Rica / Politics": a country's section and its part, a name of up to three words.
            if parts.count == 2, parts.allSatisfy({ p in
                (1...3).contains(words(p)) && p.split(separator: " ").allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
            }), parts.contains(where: { DateScanner.sectionNames.contains($0.lowercased()) }),
               parts.contains(where: { Gazetteer.shared.country(named: Gazetteer.joinedKey($0)) != nil }) { return .label }
        }
        return nil
    }

    /// Where the headline stands below a first line of three words or fewer that is no sentence:
    /// the first line of four to thirty words, capitalised and not ending like a sentence, after
    /// only lines of three words or fewer, date lines and by-lines. Nil when there is none.
    static func headlineBelowLabel(_ lines: [String]) -> Int? {
        // A label's words are capitalised ("Kyiv Wire", "EU Affairs"); a short headline has a verb
        // in lower case ("Ruto sworn in", "Inflation eases again").
        guard let first = lines.first, (1...3).contains(words(first)), !endsLikeSentence(first), allCapitalised(first) else { return nil }
        for k in 1..<min(lines.count, 4) {
            let t = lines[k]
            // A credit or a date line ("By JT - Sep 18,2024", "12 March 2024 | Lusaka") is none.
            let dated = DateScanner.scan(t).contains { $0.year != nil }
            if (4...30).contains(words(t, atMost: 30)), !endsLikeSentence(t), t.first?.isUppercase == true || t.first?.isNumber == true,
               !dated, !t.contains("|"), !isByline(t), dateline(t) == nil { return k }
            guard words(t) <= 3 && !endsLikeSentence(t) || DateScanner.isDateLine(t) != nil || DateScanner.fieldLineDate(t) != nil || isByline(t) else { return nil }
        }
        return nil
    }

    /// Every word of `s` opens with a capital or a figure, or is "of", "and" or "&".
    static func allCapitalised(_ s: String) -> Bool {
        s.split(separator: " ").allSatisfy { w in w.first.map { $0.isUppercase || $0.isNumber } == true || ["of", "and", "&"].contains(w) }
    }

    /// "Jakarta, Oct 20, 2024": a known city, a comma and a date line: the date.
    static func isCityDateLine(_ s: String) -> DateMatch? {
        guard s.utf8.count <= 60, let comma = s.firstIndex(of: ","), Places.isKnownCity(Header.cityCase(ArticleScan.trimmed(s[..<comma]))),
              let m = DateScanner.isDateLine(String(s[s.index(after: comma)...])), m.date != nil else { return nil }
        return m
    }

    /// A site's menu: three or more items of one to three capitalised words, between "|", "·", "•"
    /// or wide spaces, with no sentence's punctuation or figures.
    static func isMenu(_ s: String) -> Bool {
        // Cheap test first: a short line with a menu's separator ("|", "·", "•" or two spaces).
        guard s.utf8.count <= 160 else { return false }
        var separator = false, prev: UInt8 = 0, prev2: UInt8 = 0
        for b in s.utf8 {
            if b == 0x7C || b == 0x20 && prev == 0x20 || prev == 0xC2 && b == 0xB7 || prev2 == 0xE2 && prev == 0x80 && b == 0xA2 { separator = true; break }
            prev2 = prev; prev = b
        }
        guard separator else { return false }
        var parts: [Substring] = []
        for piece in s.split(whereSeparator: { "|·•".contains($0) }) {
            parts += piece.components(separatedBy: "  ").map { Substring(ArticleScan.trimmed($0)) }.filter { !$0.isEmpty }
        }
        guard parts.count >= 3 else { return false }
        return parts.allSatisfy { p in
            let ws = p.split(separator: " ")
            return (1...3).contains(ws.count) && ws.allSatisfy { $0.first?.isUppercase == true || $0 == "&" || $0 == "and" }
                && !p.contains(where: { $0.isNumber || ".,:;!?".contains($0) })
        }
    }

    /// The line above a site's menu or a section's name is the site's name ("Kabar", "ENA |
    /// Ethiopian News Agency", "Andina - Agencia Peruana de Noticias", "ANSA English" over
    /// "POLITICS"): a short line with no sentence's punctuation.
    static func isSiteNameAboveMenu(_ s: String, next: String) -> Bool {
        s.utf8.count <= 80 && next.utf8.count <= 160 && words(s) <= 6 && !s.contains(where: { ",:;!?".contains($0) }) && !s.contains(". ")
            && (isMenu(next) || DateScanner.sectionNames.contains(ArticleScan.trimmed(next.lowercased())) && allCapitalised(s)) && !isMenu(s)
    }

    /// The line above a site's two-part trail, or above its section and date, over a headline,
    /// is the site's name ("Agenzia Nova" over "Mediterranean | Energy", "RÚV English" over
    /// "Domestic | 17. May 2023"); so is the first line of the file above a date line and a
    /// headline ("Tanjug" over "08.05.2024. 14:32"; one or two words). One to four capitalised words, no figures
    /// or punctuation, neither a section's name nor a country's.
    static func isSiteNameAboveLabel(_ s: String, next: String, after: String, atTop: Bool) -> Bool {
        guard s.utf8.count <= 48, (1...4).contains(words(s)), looksLikeHeadline(after),
              s.split(separator: " ").allSatisfy({ w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }),
              !DateScanner.sectionNames.contains(s.lowercased()), !kickers.contains(s.lowercased()),
              Gazetteer.shared.country(named: Gazetteer.joinedKey(s)) == nil else { return false }
        guard !isByline(after) else { return false }
        // Not a writer's name ("John Smith" over a date line) nor a city's.
        let ws = s.split(separator: " ")
        guard !ws.contains(where: { Gazetteer.shared.isGivenName(TextFolding.key(String($0))) }), !Places.isKnownCity(s) else { return false }
        if atTop, ws.count <= 2, DateScanner.isDateLine(next) != nil { return true }
        if DateScanner.fieldLineDate(next) != nil { return true }
        let nextBytes = Array(next.utf8)
        return trailSeparators.contains(where: { ByteSearch.contains(nextBytes, $0.1) }) && leadingChrome(next, next: after) == .label
    }

    /// The outlet a site's name line gives: "ENA | Ethiopian News Agency" → the longer part.
    static func siteLineOutlet(_ s: String) -> String {
        let parts = s.components(separatedBy: " | ").map { ArticleScan.trimmed($0) }
        return parts.max(by: { $0.count < $1.count }) ?? ArticleScan.trimmed(s)
    }

    /// Agencies a site credits beside its own name ("Le Monde with AFP").
    static let agencyCredits: Set<String> = ["afp", "ap", "reuters", "dpa", "efe", "ansa", "xinhua", "agencies", "wires", "upi", "tass", "anadolu"]

    /// A sharing line: a closing marker ("Share this:") or only the names of networks and
    /// actions ("Facebook | Twitter | WhatsApp").
    static func isSharingLine(_ s: String) -> Bool {
        guard s.utf8.count <= 80 else { return false }
        if Chrome.isTerminalMarker(s) { return Chrome.normalized(s).text.hasPrefix("share") }
        return navigationWordCount(s.lowercased()) >= 2
    }

    /// How many words the lower-cased line `lower` has when every one is a navigation word
    /// ("menu search subscribe", "facebook | twitter"); 0 when one is not.
    static func navigationWordCount(_ lower: String) -> Int {
        let ws = lower.split(whereSeparator: { " |·•,/".contains($0) })
        return ws.allSatisfy({ navigationWords.contains(String($0)) }) ? ws.count : 0
    }

    /// Openings of a site's lines about the page itself.
    static let navigationPhrases = ["skip to ", "listen to this article", "font size", "text size", "photo credit", "print this", "save article"]

    /// Last words of news outlets' names (an agency's in its own language too: "Austria Presse
    /// Agentur", "Agencia Peruana de Noticias").
    static let outletHeads: Set<String> = ["news", "times", "post", "herald", "tribune", "daily", "gazette", "journal", "online",
                                           "agency", "express", "observer", "mail", "star", "telegraph", "chronicle", "today",
                                           "mirror", "monitor", "agentur", "agencia", "agência", "agence", "agenzia", "noticias", "notícias"]

    static let mastheadSeparators = [" | ", " – ", " — ", " - "].map { Array($0.utf8) }
    /// A two-part trail's separators ("Politics > Government", "Andina | Política"), and a slash's.
    static let trailSeparators = [" > ", " » ", " › ", " | ", " · "].map { ($0, Array($0.utf8)) }
    static let slashSeparator = Array(" / ".utf8)

    /// A site's masthead: its name beside its acronym, its tagline or its menu, in parts between
    /// "|", "–", "—" or " - " ("ČTK | Czech News Agency", "APA – Austria Presse Agentur | OTS |
    /// Science", "Daily Mirror - Sri Lanka Latest Breaking News and Headlines"). Returns the part
    /// that is the site's name; nil unless some part is one and no part reads as a sentence.
    static func masthead(_ s: String) -> String? {
        guard s.utf8.count <= 120, case let bytes = Array(s.utf8), mastheadSeparators.contains(where: { ByteSearch.contains(bytes, $0) }),
              !s.contains(where: { ",:;!?\"“”".contains($0) }) else { return nil }
        var parts = [ArticleScan.trimmed(s)]
        for sep in [" | ", " – ", " — ", " - "] {
            parts = parts.flatMap { $0.components(separatedBy: sep) }.map { ArticleScan.trimmed($0) }.filter { !$0.isEmpty }
        }
        guard parts.count >= 2, parts.allSatisfy({ words($0) <= 7 && $0.first?.isLowercase != true }),
              let k = parts.firstIndex(where: { isOutletName($0) }) else { return nil }
        // Only an acronym before the name ("BTA | Bulgarian News Agency"): a headline with its
        // site's name after it ("Ruto names cabinet - The Star") is the headline.
        // Nor "US - China Trade Talks Today": a country before it.
        guard parts[..<k].allSatisfy({ words($0) <= 2 && Gazetteer.shared.country(named: Gazetteer.joinedKey($0)) == nil }) else { return nil }
        return parts[k]
    }

    /// A site's name on a line of its own: a domain ("Kabar.kg", "24.kg"), or up to four
    /// capitalised words ending in an outlet's word ("The Fiji Times", "ANTARA News").
    static func isSiteName(_ s: String) -> Bool {
        let t = trimmedSpaces(s)
        // A domain has a dot: the pattern runs only then.
        if !t.contains(" "), t.utf8.contains(0x2E), domainName.found(in: t) { return true }
        return isOutletName(t) || outletWithAcronym(t) != nil
    }

    static let domainName = LinePattern("^[\\p{L}\\d-]+(\\.[a-z]{2,6})+$")

    /// Two to four capitalised words ending in an outlet's word ("The Fiji Times", "ANTARA News").
    static func isOutletName(_ t: String) -> Bool {
        // Cheap first: two to four words, the last an outlet's word.
        guard (2...4).contains(words(t, atMost: 5)), let space = t.lastIndex(of: " "),
              outletHeads.contains(t[t.index(after: space)...].lowercased()) else { return false }
        let ws = t.split(separator: " ")
        guard (2...4).contains(ws.count), ws.allSatisfy({ $0.first?.isUppercase == true }), let last = ws.last,
              !kickers.contains(t.lowercased()) else { return false }
        return outletHeads.contains(last.lowercased())
    }

    /// The outlet a site's trail above the headline names: the part of "Andina | Politics" that is
    /// not a section.
    static func trailOutlet(_ s: String) -> String? {
        // "Le Monde with AFP": the site's name.
        if let r = s.range(of: " with "), agencyCredits.contains(ArticleScan.trimmed(s[r.upperBound...].lowercased())) {
            return ArticleScan.trimmed(s[..<r.lowerBound])
        }
        if isSiteName(s) { return ArticleScan.trimmed(s) }
        // "KABAR", "ANADOLU AGENCY": an agency's name in capitals above the headline; not a
        // section or a kicker ("POLITICS", "BREAKING").
        if words(s) <= 2, s == s.uppercased(), s.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }),
           !DateScanner.sectionNames.contains(s.lowercased()), !kickers.contains(s.lowercased()) {
            return s
        }
        let parts = s.components(separatedBy: " | ").map { ArticleScan.trimmed($0) }
        guard parts.count == 2, let name = parts.first(where: { !DateScanner.sectionNames.contains($0.lowercased()) }),
              name.first?.isUppercase == true, words(name) <= 3, !navigationWords.contains(name.lowercased()) else { return nil }
        return name
    }

    /// Words a site prints above a headline to mark its kind.
    static let kickers: Set<String> = ["breaking", "breaking news", "exclusive", "analysis", "live", "update", "updated", "watch",
                                       "video", "photos", "explainer", "feature", "interview", "editorial", "comment", "just in"]
}
