import Foundation

/// What a gazetteer phrase names.
struct GazetteerEntry: Sendable {
    var kind: EntityKind
    /// Canonical name ("Iran", "Inter-Services Public Relations").
    var name: String
    /// For places and organizations: their country, when known.
    var country: String?
    /// True when the form is an acronym or abbreviation that must match letter case exactly.
    var exactCase: Bool
    /// True for demonyms ("Iranian").
    var isDemonym: Bool
    var form: String
    /// A place name that is also a common word or a person's name ("Victoria", "Mobile"): it
    /// names the place only where the text says so ("in Victoria").
    var ambiguous = false
    /// From the generated world gazetteer, not the hand-kept lists: many small cities share their
    /// names with family names ("Rubio", "Massa"), so inside a person's name they give way.
    var generated = false
    /// A body every country has under this name ("Senate", "Supreme Court"): told apart by the
    /// country of the report that names it.
    var generic = false
    /// A government's seat that names the government ("the Kremlin said") and the building ("at
    /// the Kremlin"): a place where a locative puts someone in it.
    var seat = false
    /// For a place's name no one country holds ("Victoria"): the countries whose places share it,
    /// for a report set in one of them to tell which.
    var sharedBy: [String] = []
    /// A province or state (not a region, a city or a landmark): "Governor Balochistan" names its
    /// office's province.
    var province = false
    /// A party of several countries under one name ("Labour Party", "Sinn Féin"; its countries in
    /// `sharedBy`): no international body, though no one country holds it.
    var party = false
}

/// A gazetteer phrase as token keys, and what it names. A class, so reading one from the table
/// costs a reference count, not a copy of every string in it.
final class PhraseOption: Sendable {
    let keys: [String]
    let entry: GazetteerEntry
    init(keys: [String], entry: GazetteerEntry) { self.keys = keys; self.entry = entry }
}

/// The reference data the extractor reads: countries, places, organizations, given names,
/// honorifics, roles and topics, loaded from the TSV files in Resources/.
final class Gazetteer: Sendable {
    static let shared = Gazetteer(bundle: Bundle.module)

    /// Phrase table: first token key → entries with their token keys, longest first.
    let phrases: KeyTable<[PhraseOption]>
    let givenNames: Set<String>
    /// The given names only the wider, noisier list has (given_names_more.txt): a name they start
    /// needs plain words after them ("Yamuna River" is none).
    let widerGivenNames: Set<String>
    /// Skeleton of a familiar given name → skeleton of the formal one ("bl" → "vlm").
    let formalGivenName: [String: String]
    /// Keys of family names written first (Chinese, Korean, Vietnamese).
    let familyNamesFirst: Set<String>
    /// Traditions of family names written first ("zhao" → "chinese").
    let familyNameTraditions: [String: Set<String>]
    /// East Asian traditions of given names ("fumio" → japanese; none for "enrique"), and whether
    /// only they use it.
    let givenNameTraditions: [String: (traditions: [String], only: Bool)]
    /// Countries whose officials carry each tradition, and the countries where nearly all do.
    let traditionCountries: [String: Set<String>]
    let traditionCoreCountries: Set<String>
    /// Honorific particles kept in names ("syed" → "sayyid").
    let particles: [String: String]
    /// Honorific titles not part of names ("dr" → "Doctor").
    let titles: [String: String]
    let roleHeads: KeySet          // joined keys, "chief of army staff"
    let roleHeadFirst: KeySet      // first token keys of multi-word heads
    let roleModifiers: KeySet
    /// First words of modifiers and abbreviations, for a quick "no title starts here".
    let roleModifierFirst: Set<String>
    let roleAbbreviationFirst: Set<String>
    let roleAbbreviations: [String: String]  // "dpm" → "Deputy Prime Minister" (keys of exact-case forms)
    let relational: Set<String>
    /// Words naming an office's field after "for"/"of" ("Roads", "Urban", "Development").
    let roleFields: KeySet
    /// Heads whose holder they name by the given name ("king", "crown prince").
    public let sovereignTitles: Set<String>
    /// Their last words ("king", "prince"): a role whose last word is none of them is no such title.
    let sovereignLastWords: Set<String>
    let topicTriggers: [String: [(keys: [String], topic: String, rule: String)]]
    /// Phrases that mark a background or analysis sentence, by first token key.
    let background: [String: [[String]]]
    let nonNames: Set<String>
    /// Abbreviations in capitals that name no organization ("USD", "GMT", "COVID").
    let commonAbbreviations: Set<String>
    let countryNames: [String: String]  // key of any form → canonical country
    let countryCapitals: [String: String]  // capital key → country
    /// Wire services' names as candidates carry them (organizations.tsv's 'wire').
    let wireServices: Set<String>
    /// Each extraction rule's priority (rules.tsv).
    let rulePriorities: KeyTable<Int>
    /// Offices only one country has ("chancellor of the exchequer" → United Kingdom).
    let officeCountries: [String: String]
    /// Ruling families by the keys of their name ("al saud" → Saudi Arabia).
    let familyCountries: [String: String]
    /// Facts by token key (name tables, role words, first words of phrases).
    let wordFacts: KeyTable<WordFacts>
    /// Facts by exact token text (role abbreviations match letter case).
    let textFacts: KeyTable<WordFacts>

    init(bundle: Bundle) {
        func lines(_ name: String) -> [[String]] {
            guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? bundle.url(forResource: name, withExtension: nil),
                  let data = try? Data(contentsOf: url) else { return [] }
            return Gazetteer.rows(data)
        }
        func multi(_ s: String?) -> [String] { Gazetteer.alternatives(s) }
        var phrases: [String: [PhraseOption]] = [:]
        func add(_ form: String, _ e: GazetteerEntry, keys known: [String]? = nil) {
            let keys = known ?? Gazetteer.keys(form)
            guard let first = keys.first else { return }
            var e = e
            e.form = form
            phrases[first, default: []].append(PhraseOption(keys: keys, entry: e))
        }
        var countryNames: [String: String] = [:]
        var capitals: [String: String] = [:]
        var wires = Set<String>()
        for row in lines("countries.tsv") where !row[0].isEmpty {
            let name = row[0]
            let entry = GazetteerEntry(kind: .country, name: name, country: name, exactCase: false, isDemonym: false, form: name)
            add(name, entry)
            countryNames[Gazetteer.joinedKey(name)] = name
            for a in multi(row.count > 1 ? row[1] : nil) {
                var e = entry
                e.exactCase = Gazetteer.isAcronym(a)
                add(a, e)
                countryNames[Gazetteer.joinedKey(a)] = name
            }
            for d in multi(row.count > 2 ? row[2] : nil) {
                var e = entry
                e.isDemonym = true
                add(d, e)
                if !d.hasSuffix("s") && !d.hasSuffix("ese") && !d.hasSuffix("ish") && !d.hasSuffix("ch") && !d.hasSuffix("i") { add(d + "s", e) }
                countryNames[Gazetteer.joinedKey(d)] = name
            }
            if row.count > 3, !row[3].isEmpty { capitals[Gazetteer.joinedKey(row[3])] = name }
        }
        // Hand-kept places first, then the world's cities and provinces from open data
        // (places_world.tsv, made by Generator/make_gazetteer.py); a form already known keeps its place.
        var known = Set(phrases.values.flatMap { $0.map { $0.keys.joined(separator: " ") } })  // countries and demonyms win
        for file in ["places.tsv", "places_world.tsv"] {
            for row in lines(file) where !row[0].isEmpty {
                let country = row.count > 2 && !row[2].isEmpty ? row[2] : nil
                var e = GazetteerEntry(kind: .place, name: row[0], country: country, exactCase: false, isDemonym: false, form: row[0])
                e.ambiguous = row.count > 4 && !row[4].isEmpty && row[4].contains("ambiguous")
                e.generated = file != "places.tsv"
                e.province = row.count > 1 && row[1] == "province"
                if row.count > 5 { e.sharedBy = multi(row[5]) }
                for (n, form) in ([row[0]] + multi(row.count > 3 ? row[3] : nil)).enumerated() {
                    let k = Gazetteer.keys(form)
                    guard known.insert(k.joined(separator: " ")).inserted else { continue }
                    var x = e
                    if n > 0 { x.exactCase = Gazetteer.isAcronym(form) }
                    add(form, x, keys: k)
                }
            }
        }
        for row in lines("organizations.tsv") where !row[0].isEmpty {
            // A party of several countries lists them all: no one of them is its country.
            let countries = multi(row.count > 3 ? row[3] : nil)
            let country = countries.count == 1 ? countries[0] : nil
            // Known by its acronym too: "North Atlantic Treaty Organization (NATO)".
            let name = row.count > 1 && row[1].count >= 2 ? "\(row[0]) (\(row[1]))" : row[0]
            var e = GazetteerEntry(kind: .organization, name: name, country: country, exactCase: false, isDemonym: false, form: row[0])
            e.generic = row.count > 4 && row[4].contains("generic")
            e.seat = row.count > 4 && row[4].contains("seat")
            if countries.count > 1 { e.party = true; e.sharedBy = countries }
            if row.count > 4, row[4].contains("wire") { wires.insert(name) }
            add(row[0], e)
            if row.count > 1, !row[1].isEmpty, row[1].count >= 2 { var x = e; x.exactCase = true; add(row[1], x) }
            for a in multi(row.count > 2 ? row[2] : nil) { var x = e; x.exactCase = Gazetteer.isAcronym(a); add(a, x) }
        }
        for k in phrases.keys { phrases[k]!.sort { $0.keys.count > $1.keys.count } }
        self.phrases = KeyTable(phrases)
        self.countryNames = countryNames
        self.countryCapitals = capitals
        self.wireServices = wires

        // The hand-kept list, then the world's given names from open data (Generator/make_given_names.py).
        let primary = Set((lines("given_names.txt") + lines("given_names_world.txt")).map { Gazetteer.joinedKey($0[0]) })
        widerGivenNames = Set(lines("given_names_more.txt").map { Gazetteer.joinedKey($0[0]) }).subtracting(primary)
        givenNames = primary.union(widerGivenNames)
        var formal: [String: String] = [:]
        for row in lines("given_name_forms.tsv") where row.count >= 2 {
            for f in multi(row[1]) { formal[NameFold.skeleton(f)] = NameFold.skeleton(row[0]) }
        }
        formalGivenName = formal
        let familyRows = lines("family_names_first.txt")
        familyNamesFirst = Set(familyRows.map { Gazetteer.joinedKey($0[0]) })
        var familyTraditions: [String: Set<String>] = [:]
        for row in familyRows where row.count >= 2 && !row[1].isEmpty { familyTraditions[Gazetteer.joinedKey(row[0]), default: []].insert(row[1]) }
        familyNameTraditions = familyTraditions
        var givenTraditions: [String: (traditions: [String], only: Bool)] = [:]
        for row in lines("given_name_traditions.tsv") where row.count >= 3 {
            givenTraditions[Gazetteer.joinedKey(row[0])] = (row[1] == "-" ? [] : multi(row[1]), row[2] == "only")
        }
        givenNameTraditions = givenTraditions
        var traditions: [String: Set<String>] = [:], core = Set<String>()
        for row in lines("naming_traditions.tsv") where row.count >= 2 {
            traditions[row[0]] = Set(multi(row[1]))
            if row.count >= 3 { core.formUnion(multi(row[2])) }
        }
        traditionCountries = traditions
        traditionCoreCountries = core
        var particles: [String: String] = [:], titles: [String: String] = [:]
        for row in lines("honorifics.tsv") where row.count >= 3 {
            let k = Gazetteer.joinedKey(row[0])
            if row[1] == "particle" { particles[k] = row[2] } else { titles[k] = row[2] }
        }
        self.particles = particles
        self.titles = titles

        var heads = Set<String>(), headFirst = Set<String>(), mods = Set<String>(), abbr: [String: String] = [:], rel = Set<String>(), fields = Set<String>(), sovereign = Set<String>()
        var offices: [String: String] = [:]
        for row in lines("roles.tsv") where row.count >= 2 {
            let k = Gazetteer.keys(row[1])
            switch row[0] {
            case "head": heads.insert(k.joined(separator: " ")); if let f = k.first { headFirst.insert(f) }
            case "sovereign": heads.insert(k.joined(separator: " ")); sovereign.insert(k.joined(separator: " ")); if let f = k.first { headFirst.insert(f) }
            case "modifier": mods.insert(k.joined(separator: " "))
            case "abbr" where row.count >= 3: abbr[row[1].replacingOccurrences(of: ".", with: "")] = row[2]
            case "relational": rel.insert(k.joined(separator: " "))
            case "field": fields.insert(k.joined(separator: " "))
            case "office" where row.count >= 3:
                offices[k.joined(separator: " ")] = row[2]
                heads.insert(k.joined(separator: " ")); if let f = k.first { headFirst.insert(f) }
            default: break
            }
        }
        roleModifierFirst = Set(mods.compactMap { $0.split(separator: " ").first.map(String.init) })
        roleAbbreviationFirst = Set(abbr.keys.compactMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }).first.map(String.init) })
        officeCountries = offices
        var priorities: [String: Int] = [:]
        for row in lines("rules.tsv") where row.count >= 2 { priorities[row[0]] = Int(row[1]) ?? 0 }
        rulePriorities = KeyTable(priorities)
        var families: [String: String] = [:]
        for row in lines("ruling_families.tsv") where row.count >= 2 { families[Gazetteer.joinedKey(row[0])] = row[1] }
        familyCountries = families
        roleHeads = KeySet(heads); roleHeadFirst = KeySet(headFirst); roleModifiers = KeySet(mods); roleAbbreviations = abbr; relational = rel; roleFields = KeySet(fields); sovereignTitles = sovereign
        sovereignLastWords = Set(sovereign.compactMap { $0.split(separator: " ").last.map(String.init) })

        var topics: [String: [(keys: [String], topic: String, rule: String)]] = [:]
        for row in lines("topics.tsv") where row.count >= 2 {
            let k = Gazetteer.keys(row[1])
            if let f = k.first { topics[f, default: []].append((k, row[0], "topic:" + k.joined(separator: " "))) }
        }
        for k in topics.keys { topics[k]!.sort { $0.keys.count > $1.keys.count } }
        topicTriggers = topics
        var background: [String: [[String]]] = [:]
        for row in lines("background.txt") {
            let k = Gazetteer.keys(row[0])
            if let f = k.first { background[f, default: []].append(k) }
        }
        self.background = background
        nonNames = Set(lines("nonnames.txt").map { $0[0].lowercased() })
        commonAbbreviations = Set(lines("abbreviations.txt").map { $0[0] })

        var facts: [String: WordFacts] = [:]
        func mark<S: Sequence>(_ keys: S, _ f: WordFacts) where S.Element == String { for k in keys { facts[k, default: []].insert(f) } }
        mark(nonNames, .nonName); mark(roleHeads, .roleHead); mark(roleModifiers, .roleModifier); mark(titles.keys, .title)
        mark(roleHeadFirst, .roleHeadFirst); mark(roleModifierFirst, .roleModifierFirst); mark(primary, .givenName)
        mark(widerGivenNames, .widerGivenName)
        // "Presidents Xi and Lula", "the prime ministers, A and B": a plural head starts a title too.
        let singular = heads
        // ("MPs", "MNAs": an abbreviation's plural, which `roleHead` reads only in capitals.)
        mark(singular.lazy.filter { !$0.contains(" ") && $0.count > 1 && !$0.hasSuffix("s") }.map { $0 + "s" }.filter { !singular.contains($0) }, .roleHeadFirst)
        mark(particles.keys, .particle); mark(phrases.keys, .phraseFirst)
        mark(topics.keys, .topicFirst); mark(background.keys, .backgroundFirst)
        mark(titles.keys.compactMap { $0.split(separator: " ").first.map(String.init) }, .titleFirst); mark(rel, .relational)
        mark(fields, .field)
        mark(ExtractionContext.partyWords, .partyWord); mark(ExtractionContext.settlementWords, .settlementWord)
        mark(ExtractionContext.placePatternWords, .placeWord)
        mark(ExtractionContext.memberWords.union(ExtractionContext.seatWords).union(ExtractionContext.representWords), .seatWord)
        mark(ExtractionContext.partyOffices.union(ExtractionContext.partyOfficesOf), .partyOffice)
        wordFacts = KeyTable(facts)
        var textFacts: [String: WordFacts] = [:]
        for k in roleAbbreviations.keys { textFacts[k, default: []].insert(.abbreviation) }
        for k in roleAbbreviationFirst { textFacts[k, default: []].insert(.abbreviationFirst) }
        self.textFacts = KeyTable(textFacts)
    }

    /// What the tables say of one word, in one look-up.
    struct WordFacts: OptionSet, Sendable {
        let rawValue: UInt32
        static let nonName = WordFacts(rawValue: 1 << 0)
        static let roleHead = WordFacts(rawValue: 1 << 1)
        static let roleModifier = WordFacts(rawValue: 1 << 2)
        static let title = WordFacts(rawValue: 1 << 3)
        static let roleHeadFirst = WordFacts(rawValue: 1 << 4)
        static let roleModifierFirst = WordFacts(rawValue: 1 << 5)
        static let givenName = WordFacts(rawValue: 1 << 6)
        static let particle = WordFacts(rawValue: 1 << 7)
        static let phraseFirst = WordFacts(rawValue: 1 << 8)
        static let abbreviation = WordFacts(rawValue: 1 << 9)
        static let abbreviationFirst = WordFacts(rawValue: 1 << 10)
        static let topicFirst = WordFacts(rawValue: 1 << 11)
        static let backgroundFirst = WordFacts(rawValue: 1 << 12)
        static let titleFirst = WordFacts(rawValue: 1 << 13)
        static let relational = WordFacts(rawValue: 1 << 14)
        static let field = WordFacts(rawValue: 1 << 15)
        static let partyWord = WordFacts(rawValue: 1 << 16)
        static let settlementWord = WordFacts(rawValue: 1 << 17)
        static let placeWord = WordFacts(rawValue: 1 << 18)
        static let seatWord = WordFacts(rawValue: 1 << 19)
        static let partyOffice = WordFacts(rawValue: 1 << 20)
        static let widerGivenName = WordFacts(rawValue: 1 << 21)
    }

    /// Rows of a TSV or list file: fields split on tabs and trimmed of spaces and carriage
    /// returns; blank lines and lines starting with "#" left out. Read on bytes: the world lists
    /// have tens of thousands of rows and every process reads them.
    static func rows(_ data: Data) -> [[String]] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [[String]] in
            let b = raw.bindMemory(to: UInt8.self)
            var rows: [[String]] = []
            rows.reserveCapacity(b.count / 24)
            var i = 0
            let n = b.count
            while i < n {
                var end = i
                while end < n, b[end] != 0x0A { end += 1 }
                var first = i
                while first < end, b[first] == 0x20 || b[first] == 0x09 || b[first] == 0x0D { first += 1 }
                if first < end, b[first] != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var tabs = 1
                    for k in i..<end where b[k] == 0x09 { tabs += 1 }
                    fields.reserveCapacity(tabs)
                    var f = i
                    while true {
                        var e = f
                        while e < end, b[e] != 0x09 { e += 1 }
                        fields.append(field(b, f, e))
                        if e >= end { break }
                        f = e + 1
                    }
                    rows.append(fields)
                }
                i = end + 1
            }
            return rows
        }
    }

    /// The bytes `lo..<hi` trimmed of spaces and carriage returns, as a string.
    private static func field(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
        var lo = lo, hi = hi
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x0D { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x0D { hi -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }

    /// The non-empty "|"-separated alternatives of a field, trimmed of spaces.
    static func alternatives(_ s: String?) -> [String] {
        guard var s, !s.isEmpty else { return [] }
        return s.withUTF8 { b in
            var out: [String] = []
            var f = 0
            while f <= b.count {
                var e = f
                while e < b.count, b[e] != UInt8(ascii: "|") { e += 1 }
                let one = field(b, f, e)
                if !one.isEmpty { out.append(one) }
                f = e + 1
            }
            return out
        }
    }

    /// Token keys of a phrase, tokenised the way articles are.
    static func keys(_ phrase: String) -> [String] {
        // Plain ASCII words between single spaces ("Abu Dhabi", most names, places and titles):
        // their lower case, as the tokenizer gives.
        var s = phrase
        let plain = s.withUTF8 { b -> [String]? in
            guard !b.isEmpty else { return nil }
            var keys: [String] = []
            var words = 1
            for c in b where c == 0x20 { words += 1 }
            keys.reserveCapacity(words)
            var start = 0
            for i in 0...b.count {
                if i == b.count || b[i] == 0x20 {
                    guard i > start else { return nil }  // a space at an edge, or two together
                    keys.append(String(unsafeUninitializedCapacity: i - start) { out in
                        for j in start..<i { out[j - start] = b[j] | 0x20 }
                        return i - start
                    })
                    start = i + 1
                } else {
                    let c = b[i] | 0x20
                    guard c >= 0x61, c <= 0x7A, b[i] >= 0x41 else { return nil }
                }
            }
            return keys
        }
        if let plain { return plain }
        return Tokenizer.tokenize(phrase, range: TextRange(0, phrase.utf8.count)).filter { $0.kind != .punct || $0.text == "&" }.map(\.key)
    }

    /// `keys(phrase).joined(separator: " ")`, in one pass for plain ASCII words between single
    /// spaces (their lower case, as `keys` gives).
    static func joinedKey(_ phrase: String) -> String {
        var s = phrase
        let plain = s.withUTF8 { b -> String? in
            guard !b.isEmpty, b[0] != 0x20, b[b.count - 1] != 0x20 else { return nil }
            var space = false
            for c in b {
                if c == 0x20 {
                    guard !space else { return nil }
                    space = true
                } else {
                    space = false
                    let l = c | 0x20
                    guard l >= 0x61, l <= 0x7A, c >= 0x41 else { return nil }
                }
            }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for i in 0..<b.count { out[i] = b[i] | 0x20 }
                return b.count
            }
        }
        return plain ?? keys(phrase).joined(separator: " ")
    }

    static func isAcronym(_ s: String) -> Bool {
        // ASCII: its letters are A to Z and a to z.
        var n = 0, lower = false, ascii = true
        for c in s.utf8 {
            if c >= 0x80 { ascii = false; break }
            if c >= 0x41, c <= 0x5A { n += 1 } else if c >= 0x61, c <= 0x7A { n += 1; lower = true }
        }
        if ascii { return n > 0 && !lower && n <= 6 }
        let letters = s.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && letters.count <= 6
    }

    func isGivenName(_ key: String) -> Bool { givenNames.contains(key) }

    /// What a person's name says of the naming tradition it comes from.
    enum NameTradition: Equatable {
        /// Chinese, Japanese, Korean or Vietnamese (one or more of them).
        case eastAsian(Set<String>)
        /// A given name that the name dictionary knows and no East Asian tradition uses ("Enrique").
        case elsewhere
        /// A patronymic chain ("Haitham bin Tarik").
        case patronymicChain
        case unknown
    }

    /// A rule's priority from rules.tsv ("topic:border" is a "topic" rule).
    func priority(of rule: String) -> Int {
        if let p = rulePriorities[rule] { return p }
        // An ASCII rule's kind (every rule's): the bytes before its first colon.
        var r = rule
        if let p = r.withUTF8({ b -> Int?? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let colon = b.firstIndex(of: 0x3A) else { return .some(nil) }
            return .some(rulePriorities[String(decoding: UnsafeBufferPointer(rebasing: b[..<colon]), as: UTF8.self)])
        }) { return p ?? 0 }
        if let colon = rule.firstIndex(of: ":"), let p = rulePriorities[String(rule[..<colon])] { return p }
        return 0
    }
}

enum Places {
    static func isKnownCity(_ s: String) -> Bool { Gazetteer.shared.isKnownPlace(s) }
}
