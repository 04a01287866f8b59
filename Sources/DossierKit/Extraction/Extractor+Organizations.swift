import Foundation

extension ExtractionContext {
    static let orgHeads: Set<String> = Set([
        "army", "navy", "force", "forces", "party", "council", "assembly", "senate", "parliament", "commission",
        "committee", "agency", "bank", "university", "institute", "corporation", "organisation", "organization",
        "association", "authority", "board", "bureau", "court", "office", "department", "forum", "league", "union",
        "front", "movement", "corps", "guards", "police", "foundation", "fund", "company", "secretariat", "cabinet",
        "directorate", "division", "ministry", "group", "chamber", "federation", "alliance", "coalition", "majlis",
        "initiative", "network", "service", "services", "command", "academy", "institution", "government",
        "embassy", "consulate", "presidency", "chancellery", "guard", "congress", "ministries", "administration",
        "tribunal", "inquirer", "gazette", "herald", "tribune", "daily", "times", "post", "news", "telegraph",
        "broadcasting", "television", "radio", "airlines", "airways", "petroleum", "energy", "holdings",
        "corp", "inc", "ltd", "llc", "plc", "gmbh", "democrats", "brigades", "battalion", "regiment",
        "industries", "technologies", "enterprises", "pharmaceuticals", "telecommunications", "railways", "motors",
        "investments", "logistics", "telecom", "college",
    ]).union(industryHeads)
    /// Industries' words that end companies' names and fields' names alike.
    static let industryHeads: Set<String> = ["resources", "minerals", "mining", "metals"]
    /// Lower-case words after a field's words that make them no company's name.
    static let afterIndustryName: Set<String> = ["director", "directors", "manager", "department", "sector", "prices", "price", "market",
                                                 "markets", "industry", "officer", "minister", "ministry", "policy", "exports", "output"]

    /// The heads of companies' names, which "and" does not join to another name.
    static let companyHeads: Set<String> = Set(["industries", "technologies", "enterprises", "pharmaceuticals", "telecommunications",
                                                "railways", "motors", "investments", "logistics", "holdings", "airlines", "airways",
                                                "telecom"]).union(industryHeads)
    static let placeHeads: Set<String> = [
        "province", "district", "valley", "airport", "port", "square", "mosque", "shrine", "bridge", "dam",
        "stadium", "highway", "crossing", "headquarters", "palace", "island", "islands", "mountains", "sea",
        "river", "lake", "strait", "pass", "county", "governorate", "city", "town", "village", "camp", "base",
        "terminal", "harbour", "harbor", "checkpoint", "gate", "guesthouse", "house", "estate", "hall", "complex",
        "building", "buildings", "garden", "gardens", "park", "hotel", "hospital", "museum", "tower", "memorial",
        "monument", "plaza", "esplanade", "cathedral", "temple", "centre", "center", "residence", "castle", "mansion",
        "constituency", "ward", "municipality", "maidan", "chowk", "bhavan", "prefecture", "oblast", "basin", "peninsula", "plateau", "desert", "delta",
        "corridor", "gulf", "bay", "street", "avenue", "boulevard", "archipelago", "atoll", "atolls",
        // Words for a palace or a residence in the languages that name seats of government:
        // "Rashtrapati Bhavan", "Shital Niwas", "Dolmabahçe Sarayı".
        "bhavan", "bhawan", "niwas", "nivas", "mahal", "saray", "sarayi",
    ]
    /// Place heads that follow a name in lower case ("the Reichstag building", "NATO headquarters").
    static let lowercasePlaceHeads: Set<String> = ["building", "headquarters", "region", "compound", "constituency", "palace", "airport",
                                                   "basin", "dam", "valley", "delta", "corridor", "peninsula", "temple", "mansion",
                                                   "district", "neighbourhood", "neighborhood", "suburb", "township", "county", "prefecture", "parish"]
    static let areaHeads: Set<String> = ["district", "neighbourhood", "neighborhood", "suburb", "township", "county", "prefecture", "parish"]
    static let afterArea: Set<String> = ["on", "in", "at", "near", "where", "which", "that", "and", "last", "this", "to", "from", "during", "after", "before", "for"]
    /// A facility named by its kind in two lower-case words after its name ("hydropower plant").
    static let facilityHeads: Set<String> = ["plant", "point", "station", "base", "refinery", "terminal", "post", "field", "mine"]
    static let facilityKinds: Set<String> = ["power", "hydropower", "hydroelectric", "nuclear", "crossing", "border", "air", "naval",
                                             "military", "gas", "oil", "thermal", "solar", "coal", "police", "gold", "copper"]
    /// Head nouns that end an institution's or a building's name, never a person's ("Karen Hospital").
    static let institutionHeads: Set<String> = [
        "hospital", "university", "airport", "stadium", "hotel", "museum", "embassy", "ministry", "council", "committee",
        "party", "palace", "square", "building", "school", "college", "institute", "academy", "agency", "commission",
        "authority", "corporation", "company", "foundation", "constituency", "province", "district", "airlines", "maidan",
        "chowk", "bhavan",
        // A residence or a landmark ("Sheetal Niwas", "Golestan Mahal"): no person's name ends so.
        "bhawan", "niwas", "nivas", "mahal", "saray", "sarayi", "residence", "mansion", "guesthouse", "cathedral", "mosque", "memorial",
        "monument", "esplanade",
    ]
    /// Words that stop a capitalised run even when capitalised ("On Monday", "The", "Said").
    static let runStops: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "in", "on", "at", "of",
        "for", "from", "to", "with", "by", "and", "or", "but", "however", "meanwhile", "during", "after", "before",
        "according", "both", "while", "when", "where", "as", "also", "it", "he", "she", "they", "we", "i", "if", "then",
        "there", "here", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "said", "says", "meets", "met", "calls", "urges", "holds", "visits",
        "arrives", "discusses", "reaffirm", "reaffirms", "vows", "pledge", "pledges", "stresses", "welcomes",
        "condemns", "excellency", "honourable", "day", "week", "report", "statement", "release", "talks", "meeting",
        "agreement", "summit", "conference",
    ]
    static let connectors: Set<String> = ["of", "and", "for", "the", "on", "&", "de", "al"]

    /// Words allowed inside a capitalised organization or place name.
    func isNameWord(_ t: Token) -> Bool {
        t.kind == .word && (t.isCapitalized || t.isAllCaps) && !["The", "A", "An"].contains(t.text)
    }

    /// The end of the "of" tail at `j` after a body's or a landmark's head ("House of Federation",
    /// "House of Peoples' Representatives", "Palace of Independence"): capitalised words, a
    /// possessive binding the word after it. When two capitalised words or more follow the tail's
    /// first word, a name ends the run ("House of Federation Agegnehu Teshager", "Council of
    /// Economic Advisers Jane Doe"): it starts at the first known given name, else it is the last
    /// two words.
    func ofTailEnd(_ toks: [Token], at j: Int, allowThe: Bool) -> Int? {
        guard j + 1 < toks.count, toks[j].key == "of" else { return nil }
        var s = j + 1
        if allowThe, toks[s].key == "the", s + 1 < toks.count { s += 1 }
        guard isNameWord(toks[s]), !Self.runStops.contains(toks[s].key) else { return nil }
        var first = s + 1
        while first + 1 < toks.count, toks[first].isApostrophe, !toks[first].spaceBefore {
            if toks[first + 1].key == "s", first + 2 < toks.count, isNameWord(toks[first + 2]) { first += 3; continue }  // "People's Congress"
            if isNameWord(toks[first + 1]) { first += 2; continue }  // "Peoples' Representatives"
            break
        }
        var following = 0
        while first + following < toks.count, isNameWord(toks[first + following]) { following += 1 }
        if following >= 2 {
            if let g = (first..<(first + following)).first(where: { toks[$0].facts.contains(.givenName) }) { return g }
            return first + following - 2
        }
        var end = first
        while end < toks.count, isNameWord(toks[end]), !Self.runStops.contains(toks[end].key) { end += 1 }
        return end
    }

    // MARK: Name (ACR)

    /// Whether the capital letters of `acr` spell the words of `toks[s..<e]`: each capitalised word
    /// gives its initial (and may give later letters: Headquarters → HQ); connectors may give theirs.
    func initialsMatch(_ acr: [Character], _ words: [Token]) -> Bool {
        func go(_ a: Int, _ w: Int) -> Bool {
            if w == words.count { return a == acr.count }
            let word = Array(words[w].key)
            let connector = Self.connectors.contains(words[w].key) && !words[w].isCapitalized
            if connector, go(a, w + 1) { return true }
            guard a < acr.count, let f = word.first, f == acr[a] else { return false }
            // This word may also give later letters of the acronym, in order.
            var k = a + 1, pos = 1
            if go(k, w + 1) { return true }
            while k < acr.count, pos < word.count {
                if word[pos] == acr[k] { k += 1; if go(k, w + 1) { return true } }
                pos += 1
            }
            return false
        }
        return go(0, 0)
    }

    mutating func findAcronymExpansions() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].isPunct("(") {
                // ( ACR ) with ACR all capitals, maybe with hyphens: (PML-N)
                var j = i + 1
                var acrText = ""
                while j < toks.count, !toks[j].isPunct(")"), j - i <= 5 {
                    acrText += (j > i + 1 && toks[j].spaceBefore ? " " : "") + toks[j].text; j += 1
                }
                // Or a party's acronym with a few small letters ("NSi", "FF Plus"): at least two
                // capitals, no more small letters than capitals, and (below) no small connecting
                // word in the name it spells ("Memorandum of Understanding (MoU)" is no body).
                let letters = acrText.filter(\.isLetter)
                let capitals = letters.filter(\.isUppercase).count
                let mixed = capitals < letters.count
                guard j < toks.count, toks[j].isPunct(")"), acrText.count >= 2, acrText.count <= 10,
                      acrText.first!.isUppercase, !mixed || capitals >= 2 && letters.count - capitals <= capitals else { continue }
                let acr = Array(acrText.lowercased().filter(\.isLetter))
                guard i >= 1 else { continue }
                // Try the longest capitalised run before "(" whose suffix the acronym spells.
                let runStart = capitalisedRunStart(toks, endingAt: i, maxWords: 10)
                var found: Int?
                for s in runStart..<i where toks[s].kind == .word && isNameWord(toks[s]) {
                    // (a possessive's "s" spells nothing: "People's Progressive Party (PPP)")
                    let words = (s..<i).filter { toks[$0].kind == .word && !(toks[$0].key == "s" && $0 > s && toks[$0 - 1].isApostrophe && !toks[$0].spaceBefore) }
                    if initialsMatch(acr, words.map { toks[$0] }) { found = s; break }
                }
                // A body's name put into English, its acronym kept from its own language:
                // "Supreme Electoral Tribunal (TSE)", "Christian Democratic Party (PDC)". The same
                // initials in another order, each word capitalised, ending in a body's head.
                if found == nil, !mixed, i - acr.count >= runStart, Self.orgHeads.contains(toks[i - 1].key) {
                    let words = toks[(i - acr.count)..<i]
                    if words.allSatisfy({ $0.kind == .word && $0.isCapitalized }),
                       words.compactMap({ $0.key.first }).sorted() == acr.sorted() { found = i - acr.count }
                }
                guard let s = found, !mixed || !toks[s..<i].contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) else { continue }
                let name = text(b, s, i)
                // A role spelt out ("Chief of Army Staff (COAS)") is not an organization.
                if let r = parseRole(toks, s), r.end >= i { continue }
                // Nor is a person's name spelt out ("Andrés Manuel López Obrador (AMLO)"): a given
                // name first and no body's head word.
                if toks[s].facts.contains(.givenName), !(s..<i).contains(where: { Self.orgHeads.contains(toks[$0].key) || Self.placeHeads.contains(toks[$0].key) }) { continue }
                let head = toks[i - 1].key
                // A place's head ("… Valley (HV)") or a known place ending the name ("Indian Illegally
                // Occupied Jammu and Kashmir (IIOJK)") makes it a place.
                let endsInPlace = !(s..<i).contains { Self.orgHeads.contains(toks[$0].key) }
                    && (s..<i).contains { k in phrase(at: toks, k).map { $0.end == i && $0.entry.kind == .place } ?? false }
                // A body's head before "of" makes it the body's, whatever follows ("Media Association
                // of Solomon Islands (MASI)").
                let bodyOf = (s..<(i - 1)).contains { Self.orgHeads.contains(toks[$0].key) && toks[$0 + 1].key == "of" }
                let kind: EntityKind = (Self.placeHeads.contains(head) || endsInPlace) && !bodyOf ? .place : .organization
                let full = "\(name) (\(acrText))"
                add(b, s, j + 1, kind, name: full, rule: "acronym-expansion", alias: acrText)
                acronyms[acrText] = (kind, full)
                // "(PPP/C)" is "the PPP" later on too.
                // (One letter after the slash: "AU/UN" names two bodies.)
                if let slash = acrText.firstIndex(of: "/"), acronyms[String(acrText[..<slash])] == nil, acrText.distance(from: acrText.startIndex, to: slash) >= 2,
                   acrText.distance(from: slash, to: acrText.endIndex) == 2 {
                    acronyms[String(acrText[..<slash])] = (kind, full)
                }
            }
        }
        // The report's own spelling-out beats a table's body of another country with the same
        // letters: Bolivia's "TSE" is not Brazil's.
        guard !acronyms.isEmpty else { return }
        for n in candidates.indices where candidates[n].rule == "gazetteer:organization" && candidates[n].end - candidates[n].start == 1 {
            let t = blocks[candidates[n].block].tokens[candidates[n].start]
            guard t.isAllCaps, let own = acronyms[t.text], own.kind == .organization, !Self.sameBody(own.name, candidates[n].name) else { continue }
            candidates[n].name = own.name
            candidates[n].country = nil
            candidates[n].rule = "acronym"
        }
    }

    /// Two names of one body: at least half their words in common ("Israel Defence Forces (IDF)"
    /// and "Israel Defense Forces (IDF)"; not "Supreme Electoral Tribunal" and "Superior Electoral
    /// Court"), brackets aside.
    static func sameBody(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            let bare = s.range(of: " (").map { String(s[..<$0.lowerBound]) } ?? s
            return Set(Gazetteer.keys(bare).filter { !connectors.contains($0) }.map(NameFold.skeleton))
        }
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return a == b }
        return x.intersection(y).count * 2 >= x.union(y).count
    }

    // MARK: Organization and place patterns

    mutating func findOrganizationPatterns() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].kind == .word && isNameWord(toks[i]) {
                let k = toks[i].key
                // Ministry of X / Ministries of X and Y
                if k == "ministry" || k == "ministries", i + 2 < toks.count, ["of", "for"].contains(toks[i + 1].key) {
                    var parts: [(Int, Int)] = []
                    var j = i + 2
                    var partStart = j
                    while j < toks.count {
                        if isNameWord(toks[j]) { j += 1; continue }
                        if toks[j].key == "and" || toks[j].isPunct(","), j + 1 < toks.count, isNameWord(toks[j + 1]) {
                            if k == "ministries" {
                                if j > partStart { parts.append((partStart, j)) }
                                partStart = j + 1
                            }
                            j += 1; continue
                        }
                        break
                    }
                    if j > partStart { parts.append((partStart, j)) }
                    if k == "ministries", parts.count >= 2 {
                        for (n, p) in parts.enumerated() {
                            let name = "Ministry \(toks[i + 1].key) " + text(b, p.0, p.1)
                            add(b, n == 0 ? i : p.0, p.1, .organization, name: name, rule: "ministry-list")
                        }
                    } else if let last = parts.last, last.1 > i + 2 {
                        add(b, i, last.1, .organization, name: text(b, i, last.1), rule: "ministry")
                    }
                    continue
                }
                // Government of <Country>
                if k == "government", i + 2 < toks.count, toks[i + 1].key == "of", let (end, entry) = phrase(at: toks, i + 2), entry.kind == .country {
                    add(b, i, end, .organization, name: "Government of \(entry.name)", rule: "government-of", country: entry.name)
                    continue
                }
                // Capitalised run ending in an organization or place head noun.
                let isOrg = Self.orgHeads.contains(k), isPlace = Self.placeHeads.contains(k)
                guard isOrg || isPlace, i > 0 else { continue }
                // The head noun must end the capitalised run ("Army Staff" is not "… Army").
                if i + 1 < toks.count, isNameWord(toks[i + 1]), toks[i + 1].spaceBefore || toks[i + 1].isHyphen { continue }
                var end = i + 1
                // "Chamber of Commerce", "Council of Ministers", "Palace of Independence": one
                // capitalised "of" tail, which may follow the head alone.
                var ofTail = false
                if end + 1 < toks.count, phrase(at: toks, end + 1)?.entry.kind != .country, let e = ofTailEnd(toks, at: end, allowThe: false) {
                    end = e
                    ofTail = true
                } else if end + 1 < toks.count, toks[end].key == "of", k != "house", let (ce, entry) = phrase(at: toks, end + 1), entry.kind == .country,
                          ce >= toks.count || !isNameWord(toks[ce]) && !toks[ce].isApostrophe {
                    // "the Assembly of Kosovo", "the Palace of Serbia": a country's own body or
                    // landmark, its name whole ("the Lower House of India" names a chamber, no place;
                    // "the Senate of Nigeria's 10th National Assembly" is the country's possessive).
                    end = ce
                    ofTail = true
                }
                let s = capitalisedRunStart(toks, endingAt: i + 1)
                guard s < i || ofTail else { continue }
                // Skip a leading possessive country ("Pakistan's Foreign Office" → "Foreign Office").
                var start = s
                if let (pe, entry) = phrase(at: toks, s), entry.kind == .country, pe < i, pe < toks.count, toks[pe].isApostrophe { start = pe + 2 }
                // "French President Emmanuel Macron and European Commission": a title or a given name
                // before an "and" opens a person's name, not the body's; the body starts after the "and".
                if let a = (start..<i).last(where: { toks[$0].key == "and" }),
                   // ("The Michael and Susan Dell Foundation": a couple's given names on both sides.)
                   toks[start].facts.contains(.givenName) && a + 1 < i && !toks[a + 1].facts.contains(.givenName)
                    || (start..<a).contains(where: { k in parseRole(toks, k).map { $0.start == k } ?? false })
                    // ("independent candidate Calin Georgescu and Save Romania Union": a title in
                    // lower case right before the run names the person it opens with.)
                    || (max(0, start - 3)..<start).contains(where: { k in
                        toks[k].kind == .word && !toks[k].isCapitalized && toks[k].facts.contains(.roleStart) && parseRole(toks, k).map({ $0.end == start }) == true }) {
                    start = a + 1
                }
                guard start <= i, start < end else { continue }
                // A lone head word at a sentence's start says nothing ("House of cards…" aside).
                if start == i, !ofTail { continue }
                // A spelt-out role ("Chief of Army Staff") is not an organization; a party before
                // its office ("the National Party leader") is.
                if let r = parseRole(toks, start), r.end >= i, !(end == i + 1 && r.end > end && end < toks.count && parseRole(toks, end)?.start == end) { continue }
                // A field listed in an office's title ("Minister of Public Administration, Provincial
                // Councils and Local Government").
                if start > 0, toks[start - 1].isPunct(",") || toks[start - 1].key == "and",
                   (max(0, start - 12)..<(start - 1)).contains(where: { k in toks[k].facts.contains(.roleStart) && parseRole(toks, k).map { $0.start == k && $0.end >= end } == true }) { continue }
                // A company by its industry's word ("Savannah Resources"), not a field's words
                // ("Human Resources director", "Mineral Resources and Energy Minister", "Precious
                // Metals prices"): no field's word before the head, no title or lower-case noun after.
                if Self.industryHeads.contains(k), (start..<i).contains(where: { gz.roleFields.contains(toks[$0].key) })
                    || end < toks.count && (toks[end].key == "and" || toks[end].kind == .word && !toks[end].isCapitalized && Self.afterIndustryName.contains(toks[end].key)
                        || parseRole(toks, end)?.start == end) { continue }
                let name = text(b, start, end)
                add(b, start, end, isOrg ? .organization : .place, name: name, rule: isOrg ? "org-head-noun" : "place-head-noun")
            }
        }
    }

    /// Words that open a landmark's or a natural feature's name ("Casa Rosada", "Lake Lucerne",
    /// "Qasr Al Watan", "Quinta de Olivos").
    /// A head of state's or government's seat: "presidential residence", "official residence".
    static func isSeatWord(_ k: String) -> Bool { k == "residence" || k == "palace" || k == "compound" }
    /// Every word the loops of `findPlacePatterns` start from, marked on tokens by `annotate`.
    static let placePatternWords: Set<String> = lowercasePlaceHeads.union(facilityHeads).union(placeHeadsFirst)
        .union(["residence", "palace", "compound"])
    static let seatAdjectives: Set<String> = ["presidential", "official", "royal", "imperial"]
    static let placeHeadsFirst: Set<String> = ["casa", "quinta", "qasr", "palacio", "palais", "palazzo", "plaza", "praça", "praca",
                                               "piazza", "schloss", "lake", "mount", "mt", "cape", "fort", "port", "istana", "kasri", "kasr"]
    static let placeConnectors: Set<String> = ["de", "del", "da", "do", "dos", "das", "la", "al", "el", "di", "du", "des"]

    /// The news agency a dateline credits ("(Kabar)", "/MONTSAME/", ", BNS –") is an
    /// organization, where no table knows it.
    mutating func findDatelineAgency() {
        findOutletLine()
        guard let agency = article.agency, !agency.isEmpty else { return }
        let keys = Gazetteer.keys(agency)
        guard !keys.isEmpty else { return }
        for b in blocks.indices where blocks[b].kind == .dateline {
            let toks = blocks[b].tokens
            var i = 0
            while i + keys.count <= toks.count {
                if toks[i].kind == .word, (0..<keys.count).allSatisfy({ toks[i + $0].key == keys[$0] }) {
                    let name = phrase(at: toks, i).flatMap { $0.end == i + keys.count && $0.entry.kind == .organization ? $0.entry.name : nil } ?? agency
                    add(b, i, i + keys.count, .organization, name: name, rule: "dateline-agency")
                    return
                }
                i += 1
            }
        }
    }

    /// The outlet a credit line or a by-line names ("CBC News · Posted: …", "By Eleni Markou |
    /// Euractiv") where it is printed outside the article's blocks: an organization mention there.
    func outletMention(_ mentions: [Mention]) -> (Mention, String)? {
        guard let outlet = article.source, !outlet.isEmpty else { return nil }
        let keys = Gazetteer.keys(outlet)
        let known = keys.first.flatMap { gz.phrases[$0]?.first { $0.keys == keys && $0.entry.kind == .organization }?.entry.name }
        // "Politics | 2025-06-13": a section's name, not an outlet's.
        if known == nil, keys.count == 1, gz.nonNames.contains(keys[0]) { return nil }
        guard let (range, surface) = unclaimed(outlet, caseInsensitive: false, mentions) else { return nil }
        let name = known ?? outlet
        return (Mention(range: range, kind: .organization, entity: EntityID(kind: .organization, slug: NameFold.slug(name)), surface: surface, rule: "credit-line"), name)
    }

    /// The first place the text prints `s` outside the article's blocks and every mention.
    func unclaimed(_ s: String, caseInsensitive: Bool, _ mentions: [Mention]) -> (TextRange, String)? {
        let text = article.text
        var from = text.startIndex
        while let r = text.range(of: s, options: caseInsensitive ? .caseInsensitive : [], range: from..<text.endIndex) {
            from = r.upperBound
            let range = TextRange(text.utf8.distance(from: text.startIndex, to: r.lowerBound), text.utf8.distance(from: text.startIndex, to: r.upperBound))
            if !article.blocks.contains(where: { $0.range.overlaps(range) }), !mentions.contains(where: { $0.range.overlaps(range) }) { return (range, String(text[r])) }
        }
        return nil
    }

    /// The dateline's city where only a date line or a by-line prints it ("Published - … IST - NEW
    /// DELHI"), outside the article's blocks: a place mention there, when no other mention names it.
    func datelineMention(_ mentions: [Mention]) -> (Mention, String)? {
        guard let city = article.dateline, !mentions.contains(where: { $0.kind == .place && TextFolding.searchFold(article.string(in: $0.range)) == TextFolding.searchFold(city) }),
              let entry = gz.phrases[Gazetteer.keys(city).first ?? ""]?.first(where: { $0.keys == Gazetteer.keys(city) && $0.entry.kind == .place })?.entry,
              let (range, surface) = unclaimed(city, caseInsensitive: true, mentions) else { return nil }
        return (Mention(range: range, kind: .place, entity: EntityID(kind: .place, slug: NameFold.slug(entry.name)), surface: surface, rule: "credit-line"), entry.name)
    }

    /// The outlet a report signs off with on a line of its own, last: "(PNA)", "— SOLOMON STAR",
    /// "/WAM/".
    mutating func findSignOff() {
        guard let b = blocks.indices.last, blocks[b].kind == .paragraph else { return }
        let toks = blocks[b].tokens
        guard toks.count >= 2, toks.count <= 8, toks[toks.count - 1].range.end - toks[0].range.start <= 48 else { return }
        var s = 0, e = toks.count
        if toks[0].isPunct("("), toks[e - 1].isPunct(")") { s = 1; e -= 1 }
        else if toks[0].isPunct("/"), toks[e - 1].isPunct("/") { s = 1; e -= 1 }
        else if toks[0].isDash { s = 1 }
        else { return }
        while e > s, toks[e - 1].isPunct(".") { e -= 1 }
        guard e > s, e - s <= 4, toks[s..<e].allSatisfy({ isNameWord($0) }) else { return }
        add(b, s, e, .organization, name: phrase(at: toks, s).flatMap { $0.end == e && $0.entry.kind == .organization ? $0.entry.name : nil } ?? text(b, s, e),
            rule: "sign-off")
    }

    /// Lower-case words for a settlement or a region, before "of" and its name.
    static let settlementWords: Set<String> = ["village", "villages", "town", "towns", "city", "cities", "province", "provinces",
                                               "region", "regions", "district", "districts", "municipality", "municipalities",
                                               "county", "counties", "island", "islands", "oblast", "governorate", "emirate", "ports"]
}
