import Foundation

extension ExtractionContext {
    /// Words after a topic word that make it the name of an office or a body ("Defence Secretary",
    /// "energy task force"), and words before it that do ("Chief of Army Staff", "Minister for Commerce").
    static let officeAfter: Set<String> = ["minister", "ministers", "ministry", "ministries", "secretary", "secretaries",
                                           "adviser", "advisor", "advisers", "advisors", "spokesman", "spokeswoman",
                                           "spokesperson", "chief", "chiefs", "attache", "attaché", "task", "commander", "officer", "command",
                                           "portfolio", "portfolios"]
    static let officeBefore: Set<String> = ["minister", "ministry", "secretary", "chief", "department", "adviser", "advisor"]

    /// True when the trigger in tokens `i..<e` is part of an office's name, not a subject.
    func isOfficeName(_ toks: [Token], _ i: Int, _ e: Int) -> Bool {
        if e < toks.count, toks[e].kind == .word, toks[e].sentence == toks[i].sentence, Self.officeAfter.contains(toks[e].key) {
            // ("keeps the defence portfolio", not "its renewable energy portfolio": a firm's holdings.)
            if toks[e].key.hasPrefix("portfolio") { return i > 0 && ["the", "his", "her"].contains(toks[i - 1].key) }
            return true
        }
        if i >= 2, toks[i - 1].kind == .word, ["of", "for", "on"].contains(toks[i - 1].key),
           toks[i - 2].kind == .word, Self.officeBefore.contains(toks[i - 2].key) { return true }
        // Further inside an office's field or a body's name: "Minister of National Defence",
        // "Minister for Foreign Affairs and External Trade", "minister of industry, mining and
        // trade", "Minister of the Economy, Planning and Cooperation", "State Committee for National
        // Security".
        var k = i - 1, words = 0
        while k >= 1, words < 6, toks[k].sentence == toks[i].sentence {
            let t = toks[k]
            if t.kind == .word, ["of", "for"].contains(t.key) {
                let o = toks[k - 1]
                return o.kind == .word && (Self.officeBefore.contains(o.key) || o.isCapitalized && Self.orgHeads.contains(o.key))
            }
            guard t.kind == .word && (t.isCapitalized || Self.fieldAdjectives.contains(t.key) || gz.roleFields.contains(t.key) || t.key == "and" || t.key == "the")
                    || t.isPunct(",") else { return false }
            k -= 1; words += 1
        }
        return false
    }
    /// The trigger at `i..<e` is a portfolio handed to someone, bare, ending its clause: "X takes
    /// culture.", "gets defence, while …", "takes over trade and …".
    func isHandedPortfolio(_ toks: [Token], _ i: Int, _ e: Int) -> Bool {
        guard i >= 1, e == toks.count || toks[e].kind == .punct && !toks[e].isHyphen && !toks[e].isApostrophe || ["while", "and", "but", "whereas"].contains(toks[e].key)
        else { return false }
        let v = toks[i - 1].key == "over" && i >= 2 ? i - 2 : i - 1
        // A person takes it ("Ana Ruiz takes culture", "she keeps defence"), not a country its
        // supplies ("Kyiv gets missiles", "Nigeria gets oil").
        guard toks[v].kind == .word, Self.portfolioVerbs.contains(toks[v].key), !Self.supplies.contains(toks[i].key), v >= 1 else { return false }
        // ("the party also gets culture")
        var s = v - 1
        if s >= 1, ["also", "now", "still", "will"].contains(toks[s].key) { s -= 1 }
        return ["he", "she"].contains(toks[s].key) || toks[s].isCapitalized && isNameToken(toks[s]) && countryAt(toks, s) == nil && placeAt(toks, s) == nil
            || toks[s].isPunct(")") || toks[s].isPunct(",") || roleHead(toks, s) != nil || Self.partyWords.contains(toks[s].key)
    }

    /// Things a country receives that name a topic whoever gets them.
    static let supplies: Set<String> = ["weapons", "arms", "missiles", "drones", "gas", "oil", "electricity", "fuel", "lng", "uranium"]

    /// The trigger at `i` names a portfolio in a list of them: "the portfolios of social affairs,
    /// trade and transport", "takes charge of Transport, Highways and Ports", "keeps Defence and
    /// Finance". Back over the list's words to "portfolio(s)/charge of", or capitalised in running
    /// text beside another portfolio's capitalised name.
    func inPortfolioList(_ toks: [Token], _ i: Int, _ e: Int, titleCase: Bool) -> Bool {
        var k = i - 1, words = 0
        while k >= 1, words < 30, toks[k].sentence == toks[i].sentence {
            let t = toks[k]
            if t.kind == .word, ["of", "for"].contains(t.key) {
                // ("in charge of trade negotiations" is a subject: after "charge", only capitalised
                // portfolios in a list.)
                if toks[k - 1].key == "charge" {
                    // "the ministers in charge of foreign affairs, security and justice"
                    if k >= 3, toks[k - 2].key == "in", ["minister", "ministers", "ministry", "ministries", "secretary", "department"].contains(toks[k - 3].key) { return true }
                    return toks[i].isCapitalized && ((k..<i).contains { toks[$0].isPunct(",") || toks[$0].key == "and" }
                        || e + 1 < toks.count && (toks[e].isPunct(",") || toks[e].key == "and") && toks[e + 1].isCapitalized)
                }
                return ["portfolio", "portfolios", "ministries", "departments"].contains(toks[k - 1].key)
            }
            guard t.kind == .word || t.isPunct(",") else { break }
            k -= 1; words += 1
        }
        // Capitalised mid-sentence, joined by "and" or a comma to a field's capitalised name (not
        // in a headline's capitals: "Modi, Trump Discuss Trade, Security").
        guard !titleCase, toks[i].isCapitalized, i > 0, toks[i - 1].sentence == toks[i].sentence, !toks[i - 1].isCapitalized || toks[i - 1].isPunct(",") else { return false }
        func field(_ n: Int) -> Bool { n >= 0 && n < toks.count && toks[n].isCapitalized && gz.roleFields.contains(toks[n].key) }
        let before = i >= 2 && (toks[i - 1].key == "and" || toks[i - 1].isPunct(",")) && field(i - 2)
        let after = e + 1 < toks.count && (toks[e].key == "and" || toks[e].isPunct(",")) && field(e + 1)
        return before || after
    }

    /// Lower-case words that may open an office's field before its topic word ("minister of
    /// national defence", "minister of public security").
    static let fieldAdjectives: Set<String> = ["national", "public", "internal", "external", "foreign", "homeland", "state", "regional"]

    /// The trigger at `i` is a word of a capitalised title before a name, starting at most six
    /// words before it ("Army General Saïd Chanegriha"); "regional military commanders" may be
    /// the subject, and a title said after a name keeps its words (the office may be the talks').
    func insideTitle(_ toks: [Token], _ i: Int) -> Bool {
        // A capitalised title has its words capitalised.
        guard toks[i].isCapitalized || toks[i].isAllCaps else { return false }
        for k in stride(from: i, through: max(0, i - 6), by: -1) where toks[k].kind == .word {
            if toks[k].isCapitalized, let r = parseRole(toks, k), r.start == k, r.end > i {
                let n = skipTitles(toks, r.end)
                if n < toks.count && isNameToken(toks[n]) { return true }
                // Or an apposition after a name: "X, the EU High Representative for Foreign Affairs
                // and Security Policy, told …".
                var p = k - 1
                while p > 0, k - p <= 2, toks[p].kind == .word, toks[p].isCapitalized || toks[p].isAllCaps { p -= 1 }
                if p >= 0, toks[p].key == "the" { p -= 1 }
                return p >= 0 && toks[p].isPunct(",") && r.end < toks.count && toks[r.end].isPunct(",")
            }
            if toks[k].sentence != toks[i].sentence { break }
        }
        return false
    }

    static let weakTriggers: Set<String> = ["stability", "threat", "threats"]

    /// People the topic words can name, when a sentence describes someone with them.
    static let personNouns: Set<String> = ["diplomat", "envoy", "mediator", "terrorist", "militant", "extremist"]

    /// "a veteran diplomat who …", "X, a former envoy,": an indefinite article and at most two
    /// words before a person noun, nothing but punctuation or a clause after it.
    func describesSomeone(_ toks: [Token], _ i: Int, _ e: Int) -> Bool {
        guard e == i + 1, Self.personNouns.contains(toks[i].key) else { return false }
        if e < toks.count, toks[e].kind == .word, !["who", "and", "with", "of", "for", "whose"].contains(toks[e].key) { return false }
        var k = i - 1, words = 0
        while k >= 0, words <= 2, toks[k].kind == .word, !toks[k].isCapitalized || k == 0 || toks[k - 1].sentence != toks[k].sentence {
            if ["a", "an"].contains(toks[k].key) { return true }
            k -= 1; words += 1
        }
        return false
    }

    /// Topic words in sentences that report the event (not in background or commentary).
    mutating func findTopics() {
        var found: [Candidate] = []
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var backgroundSentences = Set<Int>()
            for i in toks.indices where toks[i].facts.contains(.backgroundFirst) {
                for bg in gz.background[toks[i].key] ?? [] where matchPhrase(toks, i, bg, exactCase: false) != nil {
                    backgroundSentences.insert(toks[i].sentence)
                }
            }
            var i = 0
            while i < toks.count {
                defer { i += 1 }
                guard toks[i].facts.contains(.topicFirst), !backgroundSentences.contains(toks[i].sentence),
                      let options = gz.topicTriggers[toks[i].key] else { continue }
                for o in options {
                    guard let e = matchPhrase(toks, i, o.keys, exactCase: false) else { continue }
                    // "counter-terrorism" as one trigger, not "terrorism" inside it.
                    if i > 0, toks[i - 1].isHyphen, !toks[i - 1].spaceBefore { break }
                    // A phrase that only looks like a trigger ("tear gas", "social security"), a
                    // trigger inside an office's name ("Defence Minister", "Minister for Commerce",
                    // "Army General X") and a word describing someone ("a veteran diplomat") name
                    // no topic; their words are used up.
                    if o.topic == "-" || isOfficeName(toks, i, e) || insideTitle(toks, i) || describesSomeone(toks, i, e) || isHandedPortfolio(toks, i, e) || inPortfolioList(toks, i, e, titleCase: blocks[b].titleCase) {
                        i = e - 1; break
                    }
                    let r = range(b, i, e)
                    if isCovered(b, i, e) { break }
                    found.append(Candidate(block: b, start: i, end: e, range: r, kind: .topic, name: o.topic, priority: gz.priority(of: o.rule), rule: o.rule))
                    i = e - 1
                    break
                }
            }
        }
        // A topic said once, by a word that also has other senses ("stability", "peace", "a threat
        // to judicial independence", "cooperation"), is said in passing.
        var support: [String: (count: Int, strong: Bool)] = [:]
        for t in found {
            let weak = Self.weakTriggers.contains(blocks[t.block].tokens[t.start].key) && t.end == t.start + 1
            support[t.name, default: (0, false)].count += 1
            if !weak { support[t.name]!.strong = true }
        }
        found.removeAll { support[$0.name].map { $0.count < 2 && !$0.strong } ?? false }
        // A report about one country's own affairs names a topic as its subject more than once; a
        // single word of it there is in passing ("the new minister of defence", "a military band").
        var countries = Set<String>()
        for n in accepted.indices where accepted[n].kind == .country { countries.insert(accepted[n].name) }
        if countries.count == 1 {
            var count: [String: Int] = [:]
            for t in found { count[t.name, default: 0] += 1 }
            found.removeAll { count[$0.name, default: 0] < 2 }
        }
        // Clusters index into `accepted`: append topics at the end, sort in finish().
        accepted.append(contentsOf: found)
    }
}
