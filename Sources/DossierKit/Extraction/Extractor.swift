import Foundation

/// Finds mentions of people, countries, organizations, places and topics in one article.
///
/// Candidates come from data-driven rules (gazetteer phrases, acronym expansions, title-anchored
/// names, appositions, given names, speech verbs); overlaps are resolved longest first, then by
/// priority, then earliest; people found twice in the article are clustered; bare surnames and
/// acronyms defined earlier are then found everywhere in the article.
enum Extractor {
    /// The stages in the order they run; each reads what the ones before it left in the context.
    static let stages: [ExtractionStage] = [
        ExtractionStage("tokens") { $0.tokenizeBlocks() },
        ExtractionStage("gazetteer phrases") { $0.findGazetteerPhrases() },
        ExtractionStage("acronym expansions") { $0.findAcronymExpansions() },
        ExtractionStage("organization patterns") { $0.findOrganizationPatterns() },
        ExtractionStage("bodies named after their kind") { $0.findBodiesNamedAfterKind(); $0.findHoldersOffices() },
        ExtractionStage("place patterns") { $0.findPlacePatterns() },
        ExtractionStage("constituencies") { $0.findConstituencies() },
        ExtractionStage("dateline agency") { $0.findDatelineAgency() },
        ExtractionStage("party names") { $0.findPartyNames() },
        ExtractionStage("sign-off") { $0.findSignOff() },
        ExtractionStage("bodies an office names") { $0.findBodiesByOffice(after: false) },
        ExtractionStage("people") { $0.findPeople() },
        ExtractionStage("bodies an office names with 'of'") { $0.findBodiesByOffice(after: true) },
        ExtractionStage("affiliations") { $0.findAffiliations() },
        ExtractionStage("overlaps") { $0.resolve() },
        ExtractionStage("people in the article") { $0.clusterPeople() },
        ExtractionStage("short forms") { $0.findShortForms() },
        ExtractionStage("surnames and acronyms again") { $0.findSecondaryMentions() },
        ExtractionStage("places by context") { $0.findPlacesByContext() },
        ExtractionStage("acronyms no table knows") { $0.findUnknownAcronyms() },
        ExtractionStage("roles after names") { $0.findRolesAfterNames() },
        ExtractionStage("offices a pronoun takes") { $0.findPronounOffices() },
        ExtractionStage("offices listed respectively") { $0.findRespectiveOffices() },
        ExtractionStage("plural titles before lists") { $0.findPluralTitleLists() },
        ExtractionStage("an office, then its holder's name") { $0.findDescribedNames() },
        ExtractionStage("topics") { $0.findTopics() },
    ]

    static func extract(_ article: Article) -> LocalArticle {
        var ctx = ExtractionContext(article: article)
        for stage in stages { stage.run(&ctx) }
        return ctx.finish()
    }

    /// Runs the stages up to and including the one named `last`, for tests of one stage.
    static func context(_ article: Article, through last: String) -> ExtractionContext {
        var ctx = ExtractionContext(article: article)
        for stage in stages {
            stage.run(&ctx)
            if stage.name == last { break }
        }
        return ctx
    }
}

/// One step of extraction: candidates from one family of rules, or a pass over them.
struct ExtractionStage: Sendable {
    let name: String
    let run: @Sendable (inout ExtractionContext) -> Void
    init(_ name: String, _ run: @escaping @Sendable (inout ExtractionContext) -> Void) { self.name = name; self.run = run }
}

/// The title read at each token that starts one (a token is known by its first byte in the
/// article: every rule reads the tokens of the article's blocks), so that the rules that ask about
/// the same title read it once.
final class RoleMemo {
    var titles: [Int: RoleMatch?] = [:]
    /// How many times each capitalised word (as printed) appears in the article, made when first asked.
    var capitalised: [String: Int]?
}

struct BlockTokens {
    var kind: BlockKind
    var tokens: [Token]
    /// Headline-style capitalisation: most words capitalised, so capitals say little.
    var titleCase: Bool
}

struct ExtractionContext {
    let article: Article
    let gz = Gazetteer.shared
    var blocks: [BlockTokens] = []
    var candidates: [Candidate] = []
    var accepted: [Candidate] = []
    var acronyms: [String: (kind: EntityKind, name: String)] = [:]
    /// Local person clusters: names, and the indices of accepted person candidates.
    var clusters: [[Int]] = []
    /// Per block, which tokens already belong to an accepted mention.
    var covered: [[Bool]] = []
    /// Short forms the article gives a person ("Mahmoud Abbas (Abu Mazen)", "Dagalo, known as
    /// Hemetti"), by their one word, with the person's cluster.
    var shortForms: [String: Int] = [:]
    /// Titles already read, by the byte where they start.
    let roleMemo = RoleMemo()

    /// The dateline's country: it tells apart places that share a name ("Victoria" in a report
    /// from Melbourne).
    let homeCountry: String?

    init(article: Article) {
        self.article = article
        homeCountry = article.dateline.flatMap { Gazetteer.shared.country(ofPlace: $0) }
    }

    /// A place's country: its own, or, for a name places of several countries share, the
    /// dateline's when it is one of them.
    func placeCountry(_ e: GazetteerEntry) -> String? {
        e.country ?? homeCountry.flatMap { e.sharedBy.contains($0) ? $0 : nil }
    }

    mutating func tokenizeBlocks() {
        for b in article.blocks {
            var tokens = Tokenizer.tokenize(article.text, range: b.range)
            annotate(&tokens)
            // Counted in place: the words longer than three letters, and how many are capitalised.
            var words = 0, caps = 0
            for k in tokens.indices where tokens[k].kind == .word && Self.longerThanThree(tokens[k].key) {
                words += 1
                if tokens[k].isCapitalized { caps += 1 }
            }
            let titleCase = b.kind != .paragraph && words >= 3 && caps * 10 >= words * 7
            blocks.append(BlockTokens(kind: b.kind, tokens: tokens, titleCase: titleCase))
            covered.append([Bool](repeating: false, count: tokens.count))
        }
    }

    /// `s.count > 3`, without counting characters when the bytes decide it.
    static func longerThanThree(_ s: String) -> Bool {
        let u = s.utf8
        guard u.count > 3 else { return false }
        return u.allSatisfy { $0 < 0x80 && $0 != 0x0D } || s.count > 3
    }

    /// `s.lowercased().contains(" of ")`, read as bytes when `s` is ASCII.
    static func containsOfWord(_ s: String) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0, found = false
        for d in s.utf8 {
            if d >= 0x80 { return s.lowercased().contains(" of ") }
            if a == 0x20, b | 0x20 == 0x6F, c | 0x20 == 0x66, d == 0x20 { found = true }
            a = b; b = c; c = d
        }
        return found
    }

    /// ASCII `title` in title case, as `readRole` makes it: its words (split at spaces) joined by
    /// single spaces, each but the small title words with its first letter in capitals; nil when
    /// `title` is not ASCII.
    static func asciiTitleCased(_ title: String) -> String? {
        let u = Array(title.utf8)
        guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == 0x20 { i += 1; continue }
            var e = i
            while e < u.count, u[e] != 0x20 { e += 1 }
            if !out.isEmpty { out.append(0x20) }
            let small = smallTitleBytes.contains { $0.elementsEqual(u[i..<e]) }
            out.append(!small && u[i] >= 0x61 && u[i] <= 0x7A ? u[i] - 0x20 : u[i])
            out.append(contentsOf: u[(i + 1)..<e])
            i = e
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many times the article prints the capitalised word `word` (as printed), counted once.
    func timesPrinted(_ word: String) -> Int {
        if let counts = roleMemo.capitalised { return counts[word] ?? 0 }
        var counts: [String: Int] = [:]
        for bt in blocks { for t in bt.tokens where t.kind == .word && (t.isCapitalized || t.isAllCaps) { counts[t.text, default: 0] += 1 } }
        roleMemo.capitalised = counts
        return counts[word] ?? 0
    }

    func text(_ b: Int, _ s: Int, _ e: Int) -> String {
        guard e > s else { return "" }
        return article.string(in: range(b, s, e))
    }

    func range(_ b: Int, _ s: Int, _ e: Int) -> TextRange {
        let t = blocks[b].tokens
        guard e > s else { return TextRange(t[s].range.start, t[s].range.start) }
        return TextRange(t[s].range.start, t[e - 1].range.end)
    }

    /// A candidate found by `rule`, with the rule's priority from rules.tsv.
    mutating func add(_ b: Int, _ s: Int, _ e: Int, _ kind: EntityKind, name: String, rule: String,
                      country: String? = nil, alias: String? = nil) {
        guard e > s else { return }
        candidates.append(Candidate(block: b, start: s, end: e, range: range(b, s, e), kind: kind, name: name,
                                    priority: gz.priority(of: rule), rule: rule, country: country, alias: alias))
    }

    // MARK: Gazetteer

    /// Matches a gazetteer phrase starting at token `i`; returns the end index. `firstMatches`:
    /// the caller found `keys` by the word at `i`, so its first key is that word's.
    func matchPhrase(_ toks: [Token], _ i: Int, _ keys: [String], exactCase: Bool, firstMatches: Bool = false) -> Int? {
        var j = i
        for (n, k) in keys.enumerated() {
            if n > 0 {
                // Words of one phrase: separated by spaces, or joined by a hyphen, dot or apostrophe.
                while j < toks.count, toks[j].kind == .punct, !toks[j].spaceBefore || toks[j].text == "&",
                      Self.joinsPhraseWords(toks[j].text) { j += 1 }
            }
            guard j < toks.count, toks[j].kind != .punct, n == 0 && firstMatches || toks[j].key == k else { return nil }
            if exactCase, !toks[j].isAllCaps { return nil }
            j += 1
        }
        if exactCase, j < toks.count, toks[j].isPunct("."), !toks[j].spaceBefore, keys.count > 1 { j += 1 }
        return j
    }

    /// `["-", ".", "'", "’", "‑", "&"].contains(s)`, read as bytes: no other string is
    /// canonically any of them.
    static func joinsPhraseWords(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            if b.count == 1 { return b[0] == 0x2D || b[0] == 0x2E || b[0] == 0x27 || b[0] == 0x26 }
            return b.count == 3 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x99 || b[2] == 0x91)
        }
    }

    /// The gazetteer phrase starting at token `i` (found once per token by `annotate`).
    func phrase(at toks: [Token], _ i: Int) -> (end: Int, entry: GazetteerEntry)? {
        guard toks[i].phraseEnd > 0, let options = gz.phrases[toks[i].key] else { return nil }
        return (Int(toks[i].phraseEnd), options[Int(toks[i].phraseOption)].entry)
    }

    /// Looks up, once per token, what the rules ask of it again and again: whether it could be
    /// part of a name or start a role title, and the gazetteer phrase that starts there.
    func annotate(_ toks: inout [Token]) {
        var fieldAt = -2, fieldRun = -2
        for i in toks.indices where toks[i].kind == .word {
            let t = toks[i]
            // Role abbreviations ("FM", "Gen") start with a capital: other words need no second look-up.
            var f = gz.wordFacts[t.key] ?? []
            let tf = t.isCapitalized || t.isAllCaps ? gz.textFacts[t.text] ?? [] : []
            // "Tô", "Lê": accents say a word that folds to a common one ("to") is not that word.
            if f.contains(.nonName), t.isCapitalized, t.text.utf8.contains(where: { $0 >= 0x80 }) { f.remove(.nonName) }
            // A title that is also a given name ("Amir") stays a name's word: "Hossein Amir Abdollahian".
            if t.isCapitalized, !(t.isAllCaps && t.text.count > 1),
               f.isDisjoint(with: [.nonName, .roleHead, .roleModifier, .title]) || f.contains(.givenName) && f.isDisjoint(with: [.nonName, .roleModifier, .title]),
               !tf.contains(.abbreviation) {
                toks[i].facts.insert(.nameLike)
            }
            if !f.isDisjoint(with: [.roleHeadFirst, .roleModifier, .roleModifierFirst]) || tf.contains(.abbreviationFirst) {
                toks[i].facts.insert(.roleStart)
            }
            if f.contains(.givenName) { toks[i].facts.insert(.givenName) }
            if f.contains(.widerGivenName) { toks[i].facts.insert(.widerGivenName) }
            if f.contains(.particle) { toks[i].facts.insert(.particle) }
            // A portfolio right before an office starts it ("welfare minister").
            // Or the first of the fields one after another before it ("internal affairs minister").
            if f.contains(.roleHeadFirst), fieldAt == i - 1 { toks[i - 1].facts.insert(.roleStart); toks[fieldRun].facts.insert(.roleStart) }
            if f.contains(.field) { if fieldAt != i - 1 || i - fieldRun >= 3 { fieldRun = i }; fieldAt = i }
            if f.contains(.topicFirst) { toks[i].facts.insert(.topicFirst) }
            if f.contains(.backgroundFirst) { toks[i].facts.insert(.backgroundFirst) }
            if f.contains(.titleFirst) { toks[i].facts.insert(.titleFirst) }
            if f.contains(.relational) { toks[i].facts.insert(.relational) }
            if f.contains(.partyWord) { toks[i].facts.insert(.partyWord) }
            if f.contains(.settlementWord) { toks[i].facts.insert(.settlementWord) }
            if f.contains(.placeWord) { toks[i].facts.insert(.placeWord) }
            if f.contains(.seatWord) { toks[i].facts.insert(.seatWord) }
            if f.contains(.partyOffice) { toks[i].facts.insert(.partyOffice) }
            if tf.contains(.abbreviationFirst) { toks[i].facts.insert(.abbreviationStart) }
            // "al Qaeda", "al-Shabaab": an Arabic article in lower case before a capitalised name.
            let article = (t.key == "al" || t.key == "el") && i + 1 < toks.count
                && (toks[i + 1].isCapitalized || toks[i + 1].isHyphen && i + 2 < toks.count && toks[i + 2].isCapitalized)
            guard t.isCapitalized || t.isAllCaps || article, f.contains(.phraseFirst), let options = gz.phrases[t.key] else { continue }
            for n in options.indices {
                if let e = matchPhrase(toks, i, options[n].keys, exactCase: options[n].entry.exactCase, firstMatches: true),
                   !options[n].entry.ambiguous || Self.saysPlace(toks, i, e) || placeBeforeComma(toks, i, e)
                    // ("Victoria's premier" in a report from Melbourne: a name its country's place shares.)
                    || homeCountry.map { options[n].entry.sharedBy.contains($0) } == true && (e >= toks.count || !toks[e].isCapitalized || Gazetteer.subdivisionHeads.contains(toks[e].key)),
                   options[n].entry.kind != .place || t.key != "the" || Self.capitalisedThrough(toks, i, e) {
                    toks[i].phraseEnd = Int32(e); toks[i].phraseOption = Int32(n)
                    break
                }
            }
        }
        // "Paraguay's Santiago Peña", "Jordan Bardella said": a place's or a country's one word that
        // opens a name, with one name word after it that ends the name, is no place.
        for i in toks.indices where toks[i].phraseEnd == Int32(i + 1) {
            guard let (_, entry) = phrase(at: toks, i), entry.kind == .place || entry.kind == .country, !entry.isDemonym,
                  givenNameBeforeSurname(toks, i) else { continue }
            toks[i].phraseEnd = 0
            toks[i].facts.insert(.nameLike)
        }
    }

    /// Small words a place's name keeps in lower case ("Rio de Janeiro", "Bosnia and Herzegovina").
    static let placeNameConnectors: Set<String> = ["of", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les",
                                                   "el", "al", "ad", "as", "an", "and", "y", "e", "i", "upon", "on", "am", "im", "der", "sur", "en"]

    /// Every word of a place's name at `s..<e` capitalised, but for small connecting words: a
    /// sentence's "The villages" is not The Villages (a name that starts with "the" and goes on
    /// in lower case; "the Kherson region" may).
    static func capitalisedThrough(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        toks[s..<e].allSatisfy { $0.kind != .word || $0.isCapitalized || $0.isAllCaps || placeNameConnectors.contains($0.key) }
    }

    /// Words before "of" and a name that make it a place ("mayor of Cali", "the city of Victoria").
    static let placeOfWords: Set<String> = ["mayor", "city", "town", "village", "mayoralty", "municipality", "outskirts", "streets",
                                            "residents", "people", "capital", "port", "suburbs", "centre", "center"]

    /// Words before a name that make it a place ("in Victoria", "to Mobile").
    static let locatives: Set<String> = ["in", "to", "from", "at", "near", "outside", "across", "into", "towards", "toward",
                                         "via", "visit", "visited", "visiting", "visits", "around", "throughout", "inside"]

    /// The text says the ambiguous name at `s..<e` is a place: a locative before it, or a country
    /// or province after a comma ("Victoria, Canada"), and no capitalised word right after it.
    static func saysPlace(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        // "from Delta State", "Rivers State": a province's word, capitalised, after it.
        // After a locative or "of" ("Savannah State beat Jackson State" names universities).
        if e < toks.count, toks[e].kind == .word, toks[e].isCapitalized, provinceWords.contains(toks[e].key), s > 0,
           locatives.contains(toks[s - 1].key) || toks[s - 1].key == "of" { return true }
        if e < toks.count, toks[e].kind == .word, toks[e].isCapitalized { return false }
        // "in March": a month's name after a locative is the month.
        if e == s + 1, monthKeys.contains(toks[s].key) { return false }
        if s > 0, locatives.contains(toks[s - 1].key) { return true }
        if s > 1, toks[s - 1].key == "the", locatives.contains(toks[s - 2].key) { return true }
        // "mayor of Cali", "the city of Victoria": an office or a settlement's word, then "of".
        // ("The people of Charlotte's generation": a possessive after it.)
        if s > 1, toks[s - 1].key == "of", !toks[s - 2].isCapitalized || toks[s - 2].key == "mayor", placeOfWords.contains(toks[s - 2].key),
           e >= toks.count || !toks[e].isApostrophe { return true }
        // "the Darién jungle", "the Kursk border region": a lower-case word of geography after it.
        if e < toks.count, toks[e].kind == .word, !toks[e].isCapitalized, placeAfterWords.contains(toks[e].key) { return true }
        return false
    }

    /// "Kananaskis, Alberta": a place the tables know, a comma, then the ambiguous name at
    /// `s..<e` with no capitalised word after it: the place's province or country.
    func placeBeforeComma(_ toks: [Token], _ s: Int, _ e: Int) -> Bool {
        guard s >= 2, toks[s - 1].isPunct(","), Self.endsPlacePhrase(toks, e) else { return false }
        for k in stride(from: s - 2, through: max(0, s - 5), by: -1) where Int(toks[k].phraseEnd) == s - 1 {
            guard let options = gz.phrases[toks[k].key], options.indices.contains(Int(toks[k].phraseOption)) else { return false }
            let entry = options[Int(toks[k].phraseOption)].entry
            return entry.kind == .place && !entry.ambiguous
        }
        return false
    }

    /// After "Kananaskis, Alberta": punctuation, the end, "and", or a preposition of time or place;
    /// not a verb ("Speaking in Manchester, Anderson said" names a person).
    static func endsPlacePhrase(_ toks: [Token], _ e: Int) -> Bool {
        guard e < toks.count else { return true }
        if toks[e].kind == .punct { return !toks[e].isApostrophe }
        return ["and", "on", "in", "at", "for", "this", "last", "next", "where", "from", "to"].contains(toks[e].key)
    }

    static let provinceWords: Set<String> = ["state", "province", "region", "governorate", "oblast", "county", "prefecture", "district", "department"]

    /// Lower-case words of geography that make the ambiguous name before them a place's.
    static let placeAfterWords: Set<String> = ["jungle", "region", "province", "border", "coast", "valley", "river", "desert", "mountains",
                                               "corridor", "crossing", "enclave", "strip", "peninsula", "basin", "district", "governorate",
                                               "oblast", "frontier", "gap", "archipelago", "atoll", "lagoon", "delta", "plateau", "highlands"]

    static let genericBodyRule = "gazetteer:generic-body"
    /// Prepositions that put someone in a building ("at the Kremlin", "outside Downing Street"); not
    /// "to" or "into", which often take the office ("returning to the White House").
    static let venueWords: Set<String> = ["at", "in", "inside", "outside", "near"]
    static let gazetteerRules = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, "gazetteer:\($0.rawValue)") })

    /// Words that make "American" after them a region's adjective ("South American", "Latin American").
    static let regionOpeners: Set<String> = ["south", "north", "east", "west", "central", "latin", "southeast", "northeast", "southwest",
                                             "northwest", "eastern", "western", "southern", "northern"]

    /// Whether some block prints a given name, then `first`, a hyphen and `second` ("José
    /// Ramos-Horta"): the two words are a family name.
    func hyphenatedFamilyName(_ first: String, _ second: String) -> Bool {
        blocks.contains { b in
            let t = b.tokens
            return t.indices.contains { k in
                k + 3 < t.count && t[k].facts.contains(.givenName) && t[k].isCapitalized && t[k + 1].key == first && t[k + 2].isHyphen && t[k + 3].key == second
            }
        }
    }

    /// A given name at `i` (a known one, or any word after a possessive or a title) with one
    /// capitalised name word after it that ends the name (no table's phrase, no place's, body's or
    /// subdivision's head): "Paraguay's Santiago Peña,", "Jordan Bardella said".
    func givenNameBeforeSurname(_ toks: [Token], _ i: Int) -> Bool {
        // After a possessive, the name word must be a known name too ("Paraguay's Santiago Peña";
        // not "Japan's Fukushima Daiichi plant", "Mexico's Sinaloa Cartel").
        let possessive = i >= 2 && (toks[i - 1].key == "s" && toks[i - 2].isApostrophe || toks[i - 1].isApostrophe && toks[i - 2].key.hasSuffix("s"))
            && i + 1 < toks.count && !(gz.wordFacts[toks[i + 1].key] ?? []).isDisjoint(with: [.givenName, .widerGivenName])
        let titled = i >= 1 && toks[i - 1].isCapitalized && (toks[i - 1].facts.contains(.titleFirst) || gz.wordFacts[toks[i - 1].key]?.contains(.roleHead) == true)
        guard toks[i].facts.contains(.givenName) || possessive || titled, toks[i].isCapitalized, !toks[i].isAllCaps, i + 1 < toks.count, case let n = toks[i + 1],
              n.kind == .word, n.spaceBefore, n.isCapitalized, !n.isAllCaps, isNameToken(n),
              // (A town's one word may be a family name too: "Peña".)
              phrase(at: toks, i + 1).map({ $0.entry.kind == .place && $0.end == i + 2 && !$0.entry.isDemonym }) ?? true,
              n.facts.isDisjoint(with: [.placeWord, .settlementWord]), !Self.orgHeads.contains(n.key), !Self.institutionHeads.contains(n.key),
              !Gazetteer.subdivisionHeads.contains(n.key) else { return false }
        return i + 2 >= toks.count || toks[i + 2].kind == .punct && !toks[i + 2].isHyphen || !toks[i + 2].isCapitalized && !toks[i + 2].isAllCaps
    }

    mutating func findGazetteerPhrases() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var i = 0
            while i < toks.count {
                // "of Central African States", "of American States": a body's name, not the country.
                if let (end, entry) = phrase(at: toks, i),
                   !(entry.isDemonym && end < toks.count && toks[end].isCapitalized && toks[end].key == "states"),
                   // "South American beef", "Latin American leaders": a region's adjective, not the country's.
                   !(entry.isDemonym && toks[i].key == "american" && i > 0 && toks[i - 1].isCapitalized && Self.regionOpeners.contains(toks[i - 1].key)
                     && phrase(at: toks, i - 1) == nil),
                   // "(AAP PHOTOS)", "(AP Photo/…)": a photo's credit names no body of the report.
                   !(entry.kind == .organization && i > 0 && toks[i - 1].isPunct("(") && end < toks.count
                     && ["photo", "photos", "picture", "pictures"].contains(toks[end].key)),
                   // "Ramos-Horta": a place's word joined by a hyphen to a word before it, where the
                   // article prints the two after a given name ("José Ramos-Horta"); not "Mand-Pishin".
                   !(entry.kind == .place && i >= 2 && toks[i - 1].isHyphen && !toks[i - 1].spaceBefore && !toks[i].spaceBefore
                     && toks[i - 2].isCapitalized && hyphenatedFamilyName(toks[i - 2].key, toks[i].key)),
                   // "Daw Aung San Suu Kyi", "Mr Aung San …": a place's words after an honorific, with a
                   // name's words after them, open a person's name.
                   !(entry.kind == .place && i > 0 && toks[i - 1].facts.contains(.titleFirst) && toks[i - 1].isCapitalized
                     && end < toks.count && toks[end].isCapitalized && isNameToken(toks[end]) && phrase(at: toks, end) == nil
                     && !Gazetteer.subdivisionHeads.contains(toks[end].key) && !Self.orgHeads.contains(toks[end].key) && !Self.institutionHeads.contains(toks[end].key)) {
                    // "in the Oval Office at the White House", "outside Downing Street": the seat as a place.
                    let venue = entry.seat && (i > 0 && Self.venueWords.contains(toks[i - 1].key)
                                               || i > 1 && toks[i - 1].key == "the" && Self.venueWords.contains(toks[i - 2].key))
                    add(b, i, end, venue ? .place : entry.kind, name: entry.name,
                        rule: entry.isDemonym ? "gazetteer:demonym" : entry.generic ? Self.genericBodyRule : Self.gazetteerRules[venue ? .place : entry.kind]!,
                        country: entry.kind == .place ? placeCountry(entry) : entry.country)
                }
                i += 1
            }
        }
        // "AAP" after "Australian Associated Press": a known acronym stands for the body the
        // article names in full whose words' initials spell it exactly ("White House" spells no
        // "WHO"), over the table's other body, unless the article names that one in full too.
        let orgs = candidates.indices.filter { candidates[$0].kind == .organization && candidates[$0].rule == Self.gazetteerRules[.organization]! }
        func initials(_ m: Int) -> String {
            String(blocks[candidates[m].block].tokens[candidates[m].start..<candidates[m].end]
                .filter { $0.kind == .word && ($0.isCapitalized || $0.isAllCaps) && !Self.connectors.contains($0.key) }
                .compactMap(\.key.first))
        }
        for n in orgs where candidates[n].end == candidates[n].start + 1 {
            let t = blocks[candidates[n].block].tokens[candidates[n].start]
            guard t.isAllCaps, (2...6).contains(t.text.utf8.count),
                  !orgs.contains(where: { candidates[$0].name == candidates[n].name && candidates[$0].end - candidates[$0].start >= 2 }) else { continue }
            if let m = orgs.first(where: { m in
                candidates[m].name != candidates[n].name && candidates[m].end - candidates[m].start >= 2 && initials(m) == t.key
            }) {
                candidates[n].name = candidates[m].name
                candidates[n].country = candidates[m].country
            }
        }
    }
}
