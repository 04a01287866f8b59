import Foundation

/// The words a title's tail reads: the fields of a portfolio no table knows, an envoy's posting.
extension ExtractionContext {
    /// Heads of an envoy's title, whose "to" or "for" tail is the posting.
    /// Of those, the ones whose "for" tail is a posting ("special envoy for Syria"); an ambassador's
    /// or a high commissioner's may be the sender ("High Commissioner for India").
    static let postingHeads = ["envoy", "representative", "emissary", "delegate"]
    static let envoyHeads = ["ambassador", "envoy", "representative", "consul", "high commissioner", "delegate", "emissary"]
    /// "of the WPK", "of the Communist Party": a body after a body's name ("the Central Military
    /// Commission of the WPK"), its owner; not a place or a country ("of Punjab", "of the Islamic
    /// Republic").
    func ofParty(_ toks: [Token], _ e: Int) -> Bool {
        guard e + 1 < toks.count, toks[e].key == "of" else { return false }
        let q = toks[e + 1].key == "the" ? e + 2 : e + 1
        guard q < toks.count, countryAt(toks, q) == nil, placeAt(toks, q) == nil else { return false }
        if toks[q].isAllCaps, toks[q].kind == .word, (2...6).contains(toks[q].text.utf8.count) { return true }
        return institutionAt(toks, q) != nil
    }

    /// Words that open a clause or stand for a person, never a field's.
    static let clauseWords: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "who", "which", "that",
                                           "will", "would", "was", "is", "has", "had", "said", "says", "to", "of", "in", "on", "at", "for"]

    /// Ranks and titles many hold at once (a general, a senator, an ambassador): after another
    /// title they start a title of their own ("Army Chief General X", "Trade Minister Ambassador
    /// Y"), and they are no office that passes from one holder to the next.
    static let ranks: Set<String> = ["general", "lieutenant general", "major general", "brigadier general", "brigadier",
                                     "colonel", "lieutenant colonel", "admiral", "vice admiral", "rear admiral",
                                     "field marshal", "marshal", "air chief marshal", "air marshal", "senator", "mufti", "captain",
                                     "ambassador"]

    /// The end of a field printed in lower case that no table knows: one to three more words in
    /// lower case, perhaps after "and", that end the clause at a comma, a full stop or a
    /// semicolon ("minister of emergency preparedness and response.", "minister of public and
    /// business service delivery,"); no verb, function word or time between.
    func lowerFieldTail(_ toks: [Token], from k: Int) -> (end: Int, words: [String])? {
        var e = k
        var words: [String] = []
        if e < toks.count, toks[e].key == "and" { words.append(toks[e].text); e += 1 }
        let s = e
        while e < toks.count, e < s + 3, toks[e].kind == .word, !toks[e].isCapitalized, !toks[e].isAllCaps, case let key = toks[e].key,
              !Self.clauseWords.contains(key), !Self.speechVerbs.contains(key), !Self.runStops.contains(key), !Self.tailStops.contains(key),
              !key.hasSuffix("ed"), !key.hasSuffix("ly"), key.utf8.count >= 3 {
            words.append(toks[e].text); e += 1
        }
        guard e > s, e == toks.count || [",", ".", ";"].contains(toks[e].text) else { return nil }
        return (e, words)
    }
    static let tailStops: Set<String> = ["and", "or", "but", "last", "next", "this", "since", "until", "year", "years", "week", "month",
                                         "today", "yesterday", "now", "again", "also", "then", "before", "after", "with", "from", "by", "as",
                                         "ago", "earlier", "later", "since", "there", "here", "too", "instead", "either", "both", "each",
                                         "amid", "despite", "during", "once", "twice", "overnight", "meanwhile", "however", "though",
                                         "although", "while", "whereas", "because", "within", "without", "under", "over", "against",
                                         "following", "through", "throughout", "among", "via", "more", "again", "briefly"]

    /// An abstract noun's ending ("Expenditure", "Promotion", "Opportunities", "Economics"): a
    /// field of an office no table lists, never a surname.
    static func hasFieldSuffix(_ key: String) -> Bool {
        guard key.utf8.count >= 7 else { return false }
        return fieldSuffixes.contains { key.hasSuffix($0) }
    }
    static let fieldSuffixes = ["tion", "tions", "sion", "sions", "ment", "ments", "ture", "ities", "ity", "ance", "ence", "ness", "ship", "ism", "ics", "ency", "ancy"]

    /// From a comma or "and" after a capitalised field: groups of one to three capitalised words
    /// (no given name, acronym or other office), joined by commas, the last after "and", and then
    /// a punctuation mark. The words to add (a comma as its own element) and where they end.
    func capitalFieldList(_ toks: [Token], from k: Int) -> (end: Int, words: [String])? {
        guard k < toks.count, toks[k].isPunct(",") || toks[k].key == "and" else { return nil }
        var p = k, out: [String] = [], sawAnd = false
        while p < toks.count {
            if toks[p].isPunct(",") { out.append(","); p += 1 }
            if p < toks.count, toks[p].key == "and" { sawAnd = true; out.append("and"); p += 1 }
            var g = p
            while g < toks.count, g < p + 3, toks[g].kind == .word, toks[g].isCapitalized, !toks[g].isAllCaps, !toks[g].facts.contains(.givenName),
                  roleHead(toks, g) == nil || gz.roleFields.contains(toks[g].key) { g += 1 }
            // ("Minister of Foreign Affairs, Trinidad and Tobago": a country after the comma is the holder's.)
            guard g > p, countryAt(toks, p) == nil, placeAt(toks, p) == nil else { return nil }
            // After a comma and "and", a group with no word of a field is the next person: "Minister
            // of Finance and Budget, and Abdourahmane Sarr, who …".
            if sawAnd, out.count >= 2, out[out.count - 2] == ",",
               !(p..<g).contains(where: { gz.roleFields.contains(toks[$0].key) || gz.roleModifiers.contains(toks[$0].key) || Self.hasFieldSuffix(toks[$0].key) }) { return nil }
            out.append(text(toks, p, g)); p = g
            if sawAnd { break }
            guard p < toks.count, toks[p].isPunct(",") || toks[p].key == "and" else { return nil }
        }
        // (At a comma or full stop: before a verb, the last group may be a name, "… and Sports, and
        // Matia Kasaija remains".)
        // "… Solid Waste Management and Climate Change and Gavin Glover becomes …": an "and" before
        // the next capitalised name ends it too, when the last group has a field's word.
        let lastHasField = out.last.map { g in g.split(separator: " ").contains { w in
            let key = w.lowercased(); return gz.roleFields.contains(key) || gz.roleModifiers.contains(key) || Self.hasFieldSuffix(key) } } ?? false
        guard sawAnd, p == toks.count || toks[p].kind == .punct && !toks[p].isApostrophe && !toks[p].isHyphen && !toks[p].isPunct("(")
                || lastHasField && p + 1 < toks.count && toks[p].key == "and" && toks[p + 1].isCapitalized else { return nil }
        return (p, out)
    }
}
