import Foundation

extension ExtractionContext {
    /// Builds the article's mentions (people get provisional ids "local-N" until linking) and its people.
    func finish() -> LocalArticle {
        var a = article
        // The dateline's country weighs in what a report is about; towns named without one only
        // say where its unmarked officials serve (a report on a visit names where it will go).
        let setting = settingCountry()
        let protagonist = protagonistCountry(setting: setting)
        let datelineSetting = article.dateline == nil ? protagonist : setting
        let weights = countryWeights(setting: datelineSetting)
        // Without a dateline, towns of one country and no country named: a domestic report.
        let articleCountry = domesticCountry(weights, setting: datelineSetting, towns: article.dateline == nil ? setting : nil)
            ?? (article.dateline == nil ? onlyCountry(countryWeights(setting: nil, bodyNames: false), towns: setting) : nil)
        // The country that tells a generic body apart ("Senate (Brazil)").
        let bodyCountry = articleCountry?.country ?? article.dateline.flatMap { gz.country(ofPlace: $0) }
        var clusterOf: [Int: Int] = [:]
        for (c, members) in clusters.enumerated() { for m in members { clusterOf[m] = c } }
        var mentionIndex: [Int: Int] = [:]
        var mentions: [Mention] = []
        var names: [EntityID: String] = [:]
        // Sorted by the ranges alone: a closure that reads `accepted` through `self` copies the context.
        let ranges = accepted.map(\.range)
        let acc = accepted
        let order = accepted.indices.sorted { ranges[$0] < ranges[$1] }
        mentions.reserveCapacity(order.count)
        for i in order {
            let c = accepted[i]
            let id: EntityID
            switch c.kind {
            case .person:
                guard let cl = clusterOf[i] else { continue }
                id = EntityID(kind: .person, slug: "local-\(cl)")
            case .topic:
                id = EntityID(kind: .topic, slug: c.name)
            default:
                let name = c.rule == Self.genericBodyRule ? bodyCountry.map { "\(c.name) (\($0))" } ?? c.name : c.name
                id = EntityID(kind: c.kind, slug: NameFold.slug(name))
                names[id] = name
            }
            if c.kind == .topic { names[id] = c.name }
            mentionIndex[i] = mentions.count
            mentions.append(Mention(range: c.range, kind: c.kind, entity: id, surface: c.kind == .person ? c.name : article.string(in: c.range), rule: c.rule))
        }
        // One after the other, so the dateline's sees the outlet's; neither overlaps a mention
        // ("By Agency -�Quetta - 10:15": the credit's outlet and city share their bytes).
        for make in [outletMention, datelineMention] {
            guard let (m, name) = make(mentions),
                  !mentions.contains(where: { $0.range.start < m.range.end && m.range.start < $0.range.end }) else { continue }
            let at = mentions.firstIndex { $0.range.start > m.range.start } ?? mentions.count
            mentions.insert(m, at: at)
            for (k, v) in mentionIndex where v >= at { mentionIndex[k] = v + 1 }
            names[m.entity] = name
        }
        a.mentions = mentions

        // Each person's roles and the evidence their own phrases give.
        var found: [(ms: [Int], roles: [String], evidence: CountryEvidence?)] = []
        for members in clusters {
            let ms = members.sorted { ranges[$0] < ranges[$1] }
            var roles: [String] = []
            var evidence: CountryEvidence?
            for m in ms {
                for r in accepted[m].roles where !roles.contains(where: { $0.caseInsensitiveCompare(r) == .orderedSame }) { roles.append(r) }
                evidence = CountryEvidence.stronger(evidence, accepted[m].evidence)
            }
            if roles.isEmpty, let m = ms.first(where: { !acc[$0].impliedRoles.isEmpty }) { roles = [acc[m].impliedRoles[0]] }
            for m in ms where accepted[m].person?.words.contains(where: { $0.hasPrefix("Al") }) == true {
                evidence = CountryEvidence.stronger(evidence, gz.familyCountry(accepted[m].name))
            }
            found.append((ms, roles, evidence))
        }
        // "The Russian delegation included X", "On the Turkish side, … Y", "Kagame's delegation
        // included Z": the side a sentence puts people on, for those nothing else places.
        var sideOf: [Int: Int] = [:]
        if found.contains(where: { $0.evidence == nil }) {
            var side = SideLookup(accepted: accepted, evidence: found.map(\.evidence))
            for (c, f) in found.enumerated() { for m in f.ms { side.clusterOf[m] = c } }
            for c in found.indices where found[c].evidence == nil {
                for m in found[c].ms {
                    var owner: Int?
                    if let e = sideCountry(of: accepted[m], side, owner: &owner) { found[c].evidence = e; side.evidence[c] = e; break }
                    if let o = owner, o != c, sideOf[c] == nil { sideOf[c] = o }
                }
            }
        }
        // Marks: countries said of people the way reports mark foreign officials ("Costa Rican
        // President X", "X, Qatar's prime minister"), not by a predicate of the report's protagonist.
        let marked = Set(found.compactMap { f -> String? in
            guard let e = f.evidence, e.strength == .stated else { return nil }
            let byPredicateOnly = f.ms.allSatisfy { m in
                acc[m].evidence == nil || acc[m].evidence?.country != e.country || acc[m].predicateEvidence?.country == e.country
            } && f.ms.contains { acc[$0].predicateEvidence?.country == e.country }
            return byPredicateOnly ? nil : e.country
        })
        // Without a dateline, a visit's host ("X arrived in Pakistan") sets where the unmarked
        // officials serve, as a dateline would.
        let host = article.dateline == nil ? visitHost() : nil
        let unmarked = unmarkedCountry(weights, marked: marked, setting: host ?? setting ?? protagonist, strong: host != nil)
        // A visitor is of the report's one main country that is not the host's (the dateline's).
        if let host = article.dateline.flatMap({ gz.country(ofPlace: $0) }) {
            let guests = weights.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).filter { $0.value >= 2 && $0.key != host }.map(\.key)
            for c in found.indices where found[c].evidence == nil && guests.count == 1
                && found[c].ms.contains(where: { accepted[$0].visitor || arrives(accepted[$0], in: host) }) {
                found[c].evidence = CountryEvidence(country: guests[0], strength: .article, cue: "a visitor to " + host)
            }
        }
        var people: [LocalPerson] = []
        for (ms, roles, var evidence) in found {
            // An official of an international body ("UN Secretary-General", "SADC Executive
            // Secretary") serves no country: only the report's own words give theirs.
            let international = !roles.isEmpty && roles.allSatisfy { gz.namesInternationalBody($0) }
            if international, let e = evidence, e.strength <= .article { evidence = nil }
            // A person that nothing in a domestic report places belongs to its country (a leader
            // of a party several countries have under one name too, when the report's country is
            // one of them: "Labour leader X" in a report on Ireland, not in one on Portugal).
            let partyOnly = international && !roles.allSatisfy { gz.namesInternationalBody($0, countingParties: false) }
            func partyOf(_ country: String) -> Bool { partyOnly && roles.contains { gz.sharedPartyCountries($0).contains(country) } }
            if evidence == nil, let c = articleCountry, !international || partyOf(c.country) {
                evidence = CountryEvidence(country: c.country, strength: .article, cue: c.cue)
            }
            // Without an office too, where the report's protagonist takes office in the dateline's
            // country: a domestic report's people ("He succeeds Filipe Nyusi").
            if evidence == nil, let c = unmarked, !international || partyOf(c.country), !roles.isEmpty || protagonist?.country == c.country {
                evidence = CountryEvidence(country: c.country, strength: .dateline, cue: c.cue)
            }
            // A guess from the report as a whole must fit the name: a Japanese name is no Korean
            // official, an Enrique no Vietnamese one.
            if let e = evidence, e.strength <= .article {
                evidence = fittingName(e, ms.compactMap { acc[$0].person }, weights: weights, mentions: ms)
            }
            var surfaces: [String] = []
            for m in ms where !surfaces.contains(accepted[m].name) { surfaces.append(accepted[m].name) }
            people.append(LocalPerson(names: ms.compactMap { acc[$0].person }, surfaces: surfaces, roles: roles, country: evidence?.country,
                                      countryStrength: evidence?.strength, countryCue: evidence?.cue ?? "",
                                      mentions: ms.compactMap { mentionIndex[$0] }, rules: ms.map { acc[$0].rule },
                                      sideOf: evidence == nil ? sideOf[people.count] : nil))
        }
        var acr: [String: String] = [:]
        for (k, v) in acronyms { acr[k] = v.name }
        return LocalArticle(article: a, people: people, acronyms: acr, names: names)
    }

    /// `guess` when the person's name fits its country; else the one country of the report whose
    /// officials carry such names, or none (of two Koreas, neither the one a report names more nor
    /// the agency's own decides: Yonhap reports on North Korea's ministers too).
    func fittingName(_ guess: CountryEvidence, _ names: [PersonName], weights: [String: Int], mentions: [Int] = []) -> CountryEvidence? {
        guard let name = names.max(by: { $0.words.count < $1.words.count }) else { return guess }
        var tradition = gz.tradition(of: name)
        // A chain written "bin", "ibn" or "bint" in lower case; "Ben" is a family name's word too
        // ("Wissam Ben Yedder").
        if tradition == .patronymicChain, !mentions.contains(where: { m in
            [" bin ", " ibn ", " bint ", " binti ", " ibni "].contains { accepted[m].name.contains($0) }
        }) { tradition = .unknown }
        if gz.country(guess.country, carries: tradition) { return guess }
        let fitting = weights.keys.filter { gz.country($0, carries: tradition) }
        guard fitting.count == 1, let c = fitting.first else { return nil }
        return CountryEvidence(country: c, strength: .dateline, cue: "the name fits \(c), not \(guess.country)")
    }

    /// The country of a report set in its towns ("Kaduna State", "Rivers State", "Abuja") that
    /// names no country.
    func onlyCountry(_ weight: [String: Int], towns: (country: String, cue: String)?) -> (country: String, cue: String)? {
        // It must name no country (naming even that one, it may be a visit: "Anna Berg arrived in
        // Paris"), name a country's own body ("the Senate"), and tell of no visit or talks ("Macron
        // toured Abidjan"): towns alone tell only where something happened.
        guard let towns, weight.isEmpty, accepted.indices.contains(where: { accepted[$0].rule == Self.genericBodyRule }),
              !blocks.contains(where: { $0.tokens.contains { Self.visitWords.contains($0.key) } }) else { return nil }
        return (towns.country, "a domestic report " + towns.cue + ", naming no country")
    }

    /// Visit words that tell of meeting someone ("trade talks" may be the report's subject).
    static let meetingWords: Set<String> = ["visit", "visits", "visited", "visiting", "toured", "arrived", "arrives", "hosted", "met", "meets",
                                            "meeting", "welcomed", "received", "summit", "delegation"]
    static let visitWords: KeySet = ["visit", "visits", "visited", "visiting", "toured", "tour", "arrived", "arrives", "arrival", "trip",
                                          "talks", "flying", "flew", "hosted", "met", "welcomed", "received", "summit", "delegation"]

    /// The country a report is about when it is about one: the country with at least 60% of the
    /// weight of its dateline, the countries it names and its national institutions (a visit or a
    /// summit names two or more countries about as often), and the dateline's own when it has one
    /// (a report from Islamabad on a visitor from Iran names Iran most); without a dateline, 75%,
    /// or 60% when the towns the report names are that country's.
    func domesticCountry(_ weight: [String: Int], setting: (country: String, cue: String)?,
                         towns: (country: String, cue: String)? = nil) -> (country: String, cue: String)? {
        let datelineCountry = setting?.country
        let total = weight.values.reduce(0, +)
        let top = weight.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
        // The two looser readings below are for reports that tell of no visit, summit or talks (a
        // host names itself most; a visitor's towns are the host's): with a dateline, in two words
        // of them at least (a cabinet's report may name a delegation once); without one, in any.
        lazy var visitWordCount = Set(blocks.lazy.flatMap { $0.tokens.lazy.map(\.key).filter { Self.visitWords.contains($0) } }).count
        lazy var atHome = visitWordCount < (datelineCountry == nil ? 1 : 2)
        let byTowns = datelineCountry == nil && towns != nil && towns?.country == top?.key
        let share = datelineCountry == nil && !byTowns ? 75 : 60
        guard let top, top.value >= 2,
              datelineCountry == nil || datelineCountry == top.key else { return nil }
        // Or, as the dateline's, three times as often as any other: a reshuffle's report names the
        // embassies its new foreign minister served in, a referendum's the countries bidding to
        // build the plant (without a dateline, a local daily's report on a visitor names the
        // visitor's country most).
        let second = weight.filter { $0.key != top.key }.values.max() ?? 0
        let byShare = top.value * 100 >= total * share && (!byTowns || top.value * 100 >= total * 75 || atHome)
        // Without a dateline, a report that names one country five times and more, twice as
        // often as any other, and tells of no visit or talks (a local daily's report on its
        // government's bill names the neighbour that went before it; a royal visit years ago).
        guard byShare || datelineCountry != nil && top.value >= 4 && second * 3 <= top.value && atHome
                || datelineCountry == nil && top.value >= 5 && second * 2 <= top.value && visitWordCount < 2
                    && accepted.contains(where: { $0.rule == Self.genericBodyRule }) else { return nil }
        let cue = top.key == datelineCountry ? "a domestic report " + (setting?.cue ?? "") : "a domestic report on " + top.key
        return (top.key, cue)
    }

    /// The country of the officials a report names without saying whose they are. Reports mark
    /// foreign officials ("Iranian Foreign Minister X") and leave their own side unmarked, so:
    /// the dateline's country, unless people are marked with it and the report's one other main
    /// country (of the two most named) is never a mark: then that one.
    /// The country a visitor the report marks as another country's "arrived in" or "landed in", in
    /// its first paragraphs ("Iranian President X arrived in Pakistan on Saturday"; not "a visit to
    /// Iran by Prime Minister Y", whose visitor is the report's own).
    func visitHost() -> (country: String, cue: String)? {
        var paragraphs = 0
        for b in blocks.indices where blocks[b].kind == .paragraph {
            paragraphs += 1
            if paragraphs > 2 { break }
            let toks = blocks[b].tokens
            for i in toks.indices where i + 2 < toks.count && toks[i].kind == .word && Self.arrivalWords.contains(toks[i].key) && toks[i + 1].key == "in" {
                guard let c = countryAt(toks, i + 2), !c.demonym else { continue }
                // The arrival's subject is marked with another country earlier in its sentence.
                let marked = accepted.indices.contains { n in
                    accepted[n].kind == .country && accepted[n].block == b && accepted[n].end <= i && accepted[n].name != c.name
                        && toks[accepted[n].start].sentence == toks[i].sentence
                }
                guard marked else { continue }
                return (c.name, "a report of a visit to " + c.name)
            }
        }
        return nil
    }
    static let arrivalWords: Set<String> = ["arrived", "arrives", "arriving", "landed", "lands", "landing"]

    /// The country of the agency the dateline credits, unless it is a wire service that reports on every country.
    var agencyCountry: String? {
        guard let agency = article.agency, case let keys = Gazetteer.keys(agency), let first = keys.first,
              let entry = gz.phrases[first]?.first(where: { $0.keys == keys && $0.entry.kind == .organization })?.entry,
              !gz.wireServices.contains(entry.name) else { return nil }
        return entry.country
    }

    func unmarkedCountry(_ weight: [String: Int], marked: Set<String>, setting: (country: String, cue: String)?, strong: Bool = false) -> (country: String, cue: String)? {
        // Towns named without a dateline are weaker: their country must mark no one.
        let datelineCountry = article.dateline == nil && !strong && setting.map({ marked.contains($0.country) }) == true ? nil : setting?.country
        let main = weight.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).filter { $0.value >= 2 }.map(\.key)
        let others = main.filter { !marked.contains($0) }
        if let d = datelineCountry {
            // (Not when the report names the dateline's country twice as often: a wire's report from
            // Ouagadougou marks "Burkina Faso's military ruler" for readers abroad.)
            // A national agency's report from abroad leaves its own country's officials unmarked.
            if marked.contains(d), others.count == 1, (weight[d] ?? 0) < 2 * (weight[others[0]] ?? 0) || agencyCountry == others[0] {
                return (others[0], "unmarked beside officials of " + d)
            }
            return (d, "unmarked in a report " + (setting?.cue ?? ""))
        }
        guard others.count == 1, !marked.isEmpty else { return nil }
        return (others[0], "unmarked beside officials of " + marked.sorted().joined(separator: ", "))
    }

    /// Where a report is set: its dateline city's country; without a dateline, the country of the
    /// first city or province it names, when it names that country's places at least twice and
    /// more often than all others' (a local daily names its own towns, not its country).
    func settingCountry() -> (country: String, cue: String)? {
        if let d = article.dateline { return gz.country(ofPlace: d).map { ($0, "from " + d) } }
        var mentions: [String: Int] = [:]
        var total = 0
        var first: (range: TextRange, country: String)?
        // By index: a loop over the candidates themselves copies each one.
        let places = accepted.indices.filter { accepted[$0].kind == .place }
        for n in places {
            // "Kingston, Georgetown": a quarter named before its city counts as the city.
            // (Not a list of towns: "Toronto, Montreal and Chicago".)
            let toks = blocks[accepted[n].block].tokens
            if places.contains(where: { m in accepted[m].block == accepted[n].block && accepted[m].start == accepted[n].end + 1
                && toks[accepted[n].end].text == "," && gz.country(ofPlace: accepted[m].name) != nil
                && !(accepted[m].end < toks.count && (["and", "or"].contains(toks[accepted[m].end].key) || toks[accepted[m].end].text == ","
                     && places.contains { accepted[$0].block == accepted[m].block && accepted[$0].start == accepted[m].end + 1 }))
                && !(accepted[n].start > 0 && (toks[accepted[n].start - 1].text == "," || ["and", "or"].contains(toks[accepted[n].start - 1].key))) }) { continue }
            guard let k = gz.country(ofPlace: accepted[n].name) else { continue }
            mentions[k, default: 0] += 1
            total += 1
            if first == nil || accepted[n].range < first!.range { first = (accepted[n].range, k) }
        }
        if let k = first?.country, let n = mentions[k], n >= 2, n * 2 > total { return (k, "set in towns of " + k) }
        return outletCountry()
    }

    /// "Cyprus Mail", "Vanuatu Daily Post", "The Kathmandu Post": the country or capital an
    /// outlet's name carries, where the report names that country or its places too (a national
    /// daily's report without a dateline is set at home; one about abroad names no home).
    func outletCountry() -> (country: String, cue: String)? {
        guard let outlet = article.source else { return nil }
        let keys = Gazetteer.keys(outlet)
        guard !keys.isEmpty, keys.count <= 6 else { return nil }
        var found: String?
        for i in keys.indices {
            for len in stride(from: min(3, keys.count - i), through: 1, by: -1) {
                let slice = Array(keys[i..<(i + len)])
                if let c = gz.country(named: slice.joined(separator: " ")) ?? gz.capitalCountry(of: slice) {
                    guard found == nil || found == c else { return nil }
                    found = c
                    break
                }
            }
        }
        guard let c = found else { return nil }
        // The report must be about that country: named, with its places, at least as often as any
        // other ("Tehran Times" on Iraq's election names Iraq and Baghdad more than Iran).
        var named: [String: Int] = [:]
        for n in accepted.indices {
            if accepted[n].kind == .country { named[accepted[n].name, default: 0] += 1 }
            else if accepted[n].kind == .place, let k = gz.country(ofPlace: accepted[n].name) { named[k, default: 0] += 1 }
        }
        guard let own = named[c], own >= 1, named.allSatisfy({ $0.key == c || $0.value < own }) else { return nil }
        return (c, "from an outlet of " + c)
    }

    /// Where a report without a dateline is set when its protagonist, the first person it names,
    /// takes a country's office in its lead ("Anutin was elected Thailand's 32nd prime minister",
    /// "X sworn in as Uruguay's president"): a domestic report of that country.
    func protagonistCountry(setting: (country: String, cue: String)?) -> (country: String, cue: String)? {
        let lead = max(3, leadBlock())
        guard let first = accepted.indices.filter({ accepted[$0].kind == .person }).min(by: { accepted[$0].range < accepted[$1].range }),
              accepted[first].block <= lead, let cluster = clusters.first(where: { $0.contains(first) }) else { return nil }
        for m in cluster where accepted[m].block <= lead {
            if let e = accepted[m].predicateEvidence, e.strength == .stated { return (e.country, "whose protagonist " + accepted[m].name + " is " + e.cue) }
        }
        // "Ontario Premier Doug Ford unveiled …": the office of a province or state the tables
        // know, in the lead, is that province's country's; only in a report of no visit or
        // meeting ("Ontario Premier Doug Ford met Howard Lutnick" says nothing of Lutnick's).
        let meeting = blocks.contains { $0.tokens.contains { Self.meetingWords.contains($0.key) } }
        for m in cluster where accepted[m].block <= lead && !meeting {
            if let e = accepted[m].evidence, e.strength == .institution, gz.country(named: Gazetteer.joinedKey(e.cue)) == nil,
               gz.country(ofPlace: e.cue) == e.country, setting.map({ $0.country == e.country }) ?? true {
                return (e.country, "whose protagonist " + accepted[m].name + " holds an office of " + e.cue)
            }
        }
        // "Kosovo's Assembly elected X as the country's president": the country it names most, when
        // one is named more than any other.
        // The towns, when named, must be of that country ("X, the country's president, arrived in
        // Paris" names no country of hers).
        if let m = cluster.first(where: { accepted[$0].block <= lead && accepted[$0].ownCountryOffice }) {
            let ranked = countryWeights(setting: nil).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value, setting.map({ $0.country == top.key }) ?? true {
                return (top.key, "whose protagonist " + accepted[m].name + " holds the country's office")
            }
        }
        return nil
    }

    /// "X arrived in New Delhi", "X, who arrived here on Friday", "X's state visit to India": the
    /// name's own clause says it came to the host's country from elsewhere.
    func arrives(_ m: Candidate, in host: String) -> Bool {
        let toks = blocks[m.block].tokens
        var k = m.end
        // "X's visit to India", "X's two-day state visit to India".
        if k + 1 < toks.count, toks[k].isApostrophe, toks[k + 1].key == "s" || toks[k].text == "'" {
            var v = k + (toks[k + 1].key == "s" ? 2 : 1)
            let limit = v + 4
            while v < toks.count, v < limit, toks[v].key != "visit" { v += 1 }
            if v + 2 < toks.count, toks[v].key == "visit", toks[v + 1].key == "to", countryAt(toks, v + 2)?.name == host { return true }
            return false
        }
        // Past an apposition or a "who" clause's opening comma.
        if k + 1 < toks.count, toks[k].isPunct(",") { k += 1; if toks[k].key == "who" { k += 1 } }
        guard k + 2 < toks.count, ["arrived", "arrives", "landed", "lands"].contains(toks[k].key) || toks[k].key == "has" && toks[k + 1].key == "arrived" else { return false }
        if toks[k].key == "has" { k += 1 }
        if toks[k + 1].key == "here" { return true }
        return ["in", "at"].contains(toks[k + 1].key) && hostAt(toks, k + 2, host)
    }

    /// The host country or the dateline's city at `i` (another of the host's towns may be a
    /// domestic official's journey).
    func hostAt(_ toks: [Token], _ i: Int, _ host: String) -> Bool {
        if let c = countryAt(toks, i), c.name == host { return true }
        if let p = placeAt(toks, i), p.country == host, let d = article.dateline, NameFold.same(p.name, d) || NameFold.same(text(toks, i, p.end), d) { return true }
        return false
    }

    /// The report's lead: its first paragraph of a dozen words or more that is no photo's caption
    /// (labels, credits and captions may stand between it and the headline); the one after it
    /// when that first stands right under the headline (a standfirst).
    func leadBlock() -> Int {
        guard let title = article.blocks.firstIndex(where: { $0.kind == .title }) else { return 0 }
        var b = title + 1
        var found = 0
        while b < blocks.count, b < title + 8 {
            if blocks[b].kind == .paragraph, blocks[b].tokens.count >= 12, !Header.isCaption(article.string(in: article.blocks[b].range)) {
                if b > title + 1 || found > 0 { return b }
                found = b
            }
            b += 1
        }
        return found
    }

    /// How much a report is about each country: its setting's (2), each time it names the
    /// country, and each national institution it names (not a wire service: a Reuters report from
    /// Handlová is not about Britain).
    func countryWeights(setting: (country: String, cue: String)?, bodyNames: Bool = true) -> [String: Int] {
        var weight: [String: Int] = [:]
        if let c = setting?.country { weight[c, default: 0] += 2 }
        for n in accepted.indices {
            switch accepted[n].kind {
            case .country: weight[accepted[n].name, default: 0] += 1
            case .organization:
                // (A wire service reports on every country: its own weighs only from its home, "TOKYO (Kyodo)".)
                guard let k = accepted[n].country ?? (bodyNames ? countryNamed(inBody: accepted[n].name) : nil),
                      !gz.wireServices.contains(accepted[n].name) || k == setting?.country else { continue }
                weight[k, default: 0] += 1
            default: break
            }
        }
        return weight
    }

    /// The country a body the tables do not know is named after ("Guyana Elections Commission",
    /// "Costa Rican Social Security Fund", "Forward Guyana Movement").
    static let publicBodyHeads: Set<String> = ["commission", "council", "court", "tribunal", "assembly", "parliament", "congress", "senate",
                                               "ministry", "party", "movement", "front", "alliance", "union", "coalition", "bloc", "league",
                                               "authority", "agency", "police", "army", "forces", "office", "board", "committee", "bureau",
                                               "directorate", "secretariat", "cabinet", "government", "presidency", "guard", "navy",
                                               // (a central bank: "Reserve Bank of Zimbabwe", "Bank of Ghana")
                                               "bank"]
    static let regionWords: Set<String> = ["central", "latin", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "pan", "inter"]
    func countryNamed(inBody name: String) -> String? {
        let bare = name.range(of: " (").map { String(name[..<$0.lowerBound]) } ?? name
        let k = Gazetteer.keys(bare)
        // A state's or a party's body, not a company or a fund ("Brazil Potash Corp", "India
        // Infrastructure Fund", "Georgia Power").
        guard k.count >= 2, k.contains(where: { Self.publicBodyHeads.contains($0) }) else { return nil }
        for i in k.indices {
            for len in stride(from: min(3, k.count - i), through: 1, by: -1) {
                // Not a region's name ("Central American Bank", "South African Development Community").
                if let c = gz.country(named: k[i..<(i + len)].joined(separator: " ")), i == 0 || !Self.regionWords.contains(k[i - 1]) { return c }
            }
        }
        return nil
    }
}
