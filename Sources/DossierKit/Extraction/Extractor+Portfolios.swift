import Foundation

/// Offices said by the portfolio a person takes, keeps, heads or is handed ("X takes the foreign
/// ministry", "the economy ministry under X") or the body they preside over.
extension ExtractionContext {
    /// "X takes the foreign ministry", "Y heads the justice ministry", "Z keeps the finance
    /// portfolio": the minister of that portfolio.
    func portfolioRole(_ toks: [Token], _ e: Int, bare: Bool = true) -> String? {
        var k = e
        if k < toks.count, toks[k].key == "will" { k += 1 }
        guard k + 3 < toks.count, Self.portfolioVerbs.contains(toks[k].key) else { return nil }
        let verb = toks[k].key
        // "takes over the foreign ministry"
        let tookOver = toks[k + 1].key == "over"
        if tookOver, k + 4 < toks.count { k += 1 }
        // "takes over finance, while …", "takes culture.": one portfolio's words, bare, ending the
        // clause (not "took over the presidency", "takes over security of the port").
        if toks[k + 1].key != "the", !["heads", "headed", "head", "leads", "led", "runs", "holds", "held"].contains(toks[k].key) {
            guard bare else { return nil }
            var m = k + 1
            while m < toks.count, m < k + 4, toks[m].kind == .word, !toks[m].isAllCaps, gz.roleFields.contains(toks[m].key), roleHead(toks, m) == nil { m += 1 }
            // "keeps social affairs and public health, and …": two portfolios' words joined.
            var joined = false
            if m > k + 1, m + 1 < toks.count, toks[m].key == "and", !["receives", "received", "heads", "headed", "head", "leads", "led", "runs"].contains(verb) {
                var n = m + 1
                while n < toks.count, n < m + 4, toks[n].kind == .word, !toks[n].isAllCaps, gz.roleFields.contains(toks[n].key) || gz.roleModifiers.contains(toks[n].key), roleHead(toks, n) == nil { n += 1 }
                if n > m + 1, n == toks.count || toks[n].kind == .punct && !toks[n].isApostrophe && !toks[n].isHyphen { m = n; joined = true }
            }
            guard m > k + 1, m == toks.count || toks[m].kind == .punct && !toks[m].isApostrophe && !toks[m].isHyphen || ["while", "but", "whereas"].contains(toks[m].key)
            else { return nil }
            let words = (k + 1..<m).map { toks[$0].key == "and" ? "and" : toks[$0].text.prefix(1).uppercased() + toks[$0].text.dropFirst() }
            return joined ? "Minister of " + words.joined(separator: " ") : words.joined(separator: " ") + " Minister"
        }
        guard toks[k + 1].key == "the" else { return nil }
        // "keeps the title of Deputy Premier", "takes the post of foreign minister" (not "held the
        // post of …", an office before).
        // ("retains the title of third deputy prime minister": an ordinal before the office.)
        let ordinal = k + 5 < toks.count && Self.isOrdinal(toks[k + 4]) && !toks[k + 4].isCapitalized
        if ["title", "post", "office", "position", "role"].contains(toks[k + 2].key), toks[k + 3].key == "of", k + 4 < toks.count,
           Self.postHoldingVerbs.contains(verb), verb != "held", case let at = ordinal ? k + 5 : k + 4,
           let r = parseRole(toks, at), r.start == at,
           // The office ends its phrase ("the post of chief legal counsel" is no "Chief"), and is no
           // other person's ("the role of Prime Minister Keir Starmer's chief of staff").
           r.end >= toks.count || toks[r.end].kind == .punct && !toks[r.end].isApostrophe || Self.afterMinistry.contains(toks[r.end].key),
           case let after = skipTitles(toks, r.end), after >= toks.count || !isNameToken(toks[after]) {
            return ordinal ? toks[k + 4].text.prefix(1).uppercased() + toks[k + 4].text.dropFirst() + " " + r.title : r.title
        }
        // "heads the Ministry of Health": the Minister of Health.
        if toks[k + 2].key == "ministry", k + 4 < toks.count, ["of", "for"].contains(toks[k + 3].key) {
            var m = k + 4
            while m < toks.count, m < k + 9, toks[m].kind == .word, toks[m].isCapitalized || toks[m].key == "and", gz.roleFields.contains(toks[m].key) || toks[m].key == "and" { m += 1 }
            while m > k + 4, toks[m - 1].key == "and" { m -= 1 }
            guard m > k + 4 else { return nil }
            // "heads the Ministry of Economy, Planning and Cooperation".
            if let l = capitalFieldList(toks, from: m) {
                return "Minister " + toks[k + 3].key + " " + text(toks, k + 4, m) + l.words.map { $0 == "," ? "," : " " + $0 }.joined()
            }
            // The ministry's name ends its clause (not "the Ministry of Health's unit", "the Ministry
            // of Defence hospital").
            guard m == toks.count || toks[m].kind == .punct && !toks[m].isApostrophe && !toks[m].isHyphen
                    || toks[m].kind == .word && !toks[m].isCapitalized && Self.afterMinistry.contains(toks[m].key) else { return nil }
            return "Minister " + toks[k + 3].key + " " + text(toks, k + 4, m)
        }
        var m = k + 2
        var fields: [String] = []
        while m < toks.count, fields.count < 3, toks[m].kind == .word, !["ministry", "portfolio"].contains(toks[m].key),
              gz.roleFields.contains(toks[m].key) || gz.roleModifiers.contains(toks[m].key) || toks[m].key == "and" {
            fields.append(toks[m].key == "and" ? "and" : toks[m].text.prefix(1).uppercased() + toks[m].text.dropFirst()); m += 1
        }
        guard !fields.isEmpty, fields.last != "and", m < toks.count else { return nil }
        if ["ministry", "portfolio"].contains(toks[m].key) { return fields.joined(separator: " ") + " Minister" }
        // "takes over the interior, and …": the field alone, ending the clause, after a verb of
        // taking (not "heads the security of the port").
        guard bare, tookOver, ["takes", "took", "take", "assumes", "assumed"].contains(verb),
              toks[m].kind == .punct && !toks[m].isApostrophe && !toks[m].isHyphen || ["while", "but", "whereas"].contains(toks[m].key),
              (k + 2..<m).allSatisfy({ toks[$0].key == "and" || gz.roleFields.contains(toks[$0].key) }) else { return nil }
        return fields.joined(separator: " ") + " Minister"
    }
    /// "The Ministry of Energy, Petroleum and Mines goes to X": the minister of that ministry.
    func portfolioGivenTo(_ toks: [Token], _ start: Int) -> String? {
        guard start >= 4, toks[start - 1].key == "to", ["goes", "went", "go", "passes", "passed"].contains(toks[start - 2].key) else { return nil }
        var k = start - 3
        while k > 0, k > start - 14, toks[k].sentence == toks[start].sentence, toks[k].key != "ministry" {
            guard toks[k].isCapitalized || toks[k].isPunct(",") || ["of", "for", "and", "the"].contains(toks[k].key) else { return nil }
            k -= 1
        }
        guard toks[k].key == "ministry", toks[k].isCapitalized, k + 2 < start - 2, ["of", "for"].contains(toks[k + 1].key) else { return nil }
        return "Minister " + text(toks, k + 1, start - 2)
    }

    /// "the economy ministry under Viktors Valainis", "the new climate and energy ministry under
    /// X": the minister of that ministry (lower-case fields the tables know, "and" between).
    func portfolioUnder(_ toks: [Token], _ start: Int) -> String? {
        guard start >= 3, toks[start - 1].key == "under", toks[start - 2].key == "ministry", !toks[start - 2].isCapitalized else { return nil }
        var k = start - 2
        while k > 0, k > start - 7, toks[k - 1].kind == .word, !toks[k - 1].isCapitalized, gz.roleFields.contains(toks[k - 1].key) || toks[k - 1].key == "and" { k -= 1 }
        while k < start - 2, toks[k].key == "and" { k += 1 }
        guard k < start - 2 else { return nil }
        // Handed out: after a verb of getting or in a list of posts ("receives five posts, among
        // them the economy ministry under X"), not a sentence's subject ("The defence ministry
        // under Vladimir Putin has grown").
        var d = k - 1
        if d >= 0, toks[d].key == "new" { d -= 1 }
        guard d >= 1, toks[d].key == "the", Self.portfolioVerbs.contains(toks[d - 1].key) || ["them", "including", "and"].contains(toks[d - 1].key) || toks[d - 1].isPunct(",")
        else { return nil }
        return (k..<(start - 2)).map { toks[$0].key == "and" ? "and" : toks[$0].text.prefix(1).uppercased() + toks[$0].text.dropFirst() }.joined(separator: " ") + " Minister"
    }

    /// "X presides over the National Assembly": the President of that body (a capitalised name
    /// a rule found there).
    func presidesOver(_ toks: [Token], _ e: Int) -> String? {
        guard e + 3 < toks.count, ["presides", "presided"].contains(toks[e].key), toks[e + 1].key == "over", toks[e + 2].key == "the",
              case let at = toks[e + 3].range.start,
              toks[e + 3].isCapitalized, let n = accepted.indices.first(where: { accepted[$0].kind == .organization && accepted[$0].range.start == at }),
              case let body = accepted[n],
              // The body ends the phrase: not "the BJP's national executive meeting", "the Cabinet meeting".
              case let after = (e + 3..<toks.count).first(where: { toks[$0].range.start >= body.range.end }) ?? toks.count,
              after == toks.count || toks[after].kind == .punct && !toks[after].isApostrophe || Self.afterSeatTerm.contains(toks[after].key)
                || ["on", "in", "since", "as", "which", "that", "during"].contains(toks[after].key)
        else { return nil }
        return "President of the " + article.string(in: body.range)
    }

    /// "X moves from the industry portfolio to become finance minister", "Y left the central bank
    /// to become governor": the office a move leads to, in the same clause (no comma, no other
    /// person's given name between).
    func movedToBecome(_ toks: [Token], _ e: Int) -> RoleMatch? {
        guard e < toks.count, Self.movingVerbs.contains(toks[e].key) else { return nil }
        var k = e + 1
        while k + 2 < toks.count, k < e + 12, toks[k].sentence == toks[e].sentence, toks[k].kind == .word || toks[k].isHyphen {
            if toks[k].isCapitalized, toks[k].facts.contains(.givenName) { return nil }
            if toks[k].key == "to", toks[k + 1].key == "become" {
                var s = k + 2
                if s < toks.count, ["the", "a", "an", "its", "his", "her"].contains(toks[s].key) { s += 1 }
                guard let r = parseRole(toks, s), r.start == s else { return nil }
                let after = skipTitles(toks, r.end)
                return after < toks.count && isNameToken(toks[after]) ? nil : r
            }
            k += 1
        }
        return nil
    }

    /// Verbs of leaving one post for another.
    static let movingVerbs: Set<String> = ["moves", "moved", "switches", "switched", "shifts", "shifted", "leaves", "left", "quits", "quit",
                                           "resigns", "resigned", "returns", "returned", "steps", "stepped"]

    /// Words that may follow a ministry's name a person heads ("… for two terms", "… since 2020").
    static let afterMinistry: Set<String> = ["and", "for", "since", "until", "from", "in", "while", "but", "when", "under", "after", "before"]

    static let postHoldingVerbs: Set<String> = ["kept", "keeps", "retained", "retains", "holds", "held", "took", "takes", "assumed", "assumes"]

    static let portfolioVerbs: Set<String> = ["takes", "took", "take", "heads", "headed", "head", "gets", "got", "keeps", "kept", "retains",
                                              "retained", "receives", "received", "leads", "led", "runs", "holds", "held", "assumes", "assumed"]
}
