import Foundation

/// The words a title's tail reads: the fields of a portfolio no table knows, an envoy's posting.
extension ExtractionContext {
    /// Heads of an envoy's title, whose "to" or "for" tail is the posting.
    static let envoyHeads = ["ambassador", "envoy", "representative", "consul", "high commissioner", "delegate", "emissary"]
    /// Words that open a clause or stand for a person, never a field's.
    static let clauseWords: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "who", "which", "that",
                                           "will", "would", "was", "is", "has", "had", "said", "says", "to", "of", "in", "on", "at", "for"]

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
            guard g > p else { return nil }
            out.append(text(toks, p, g)); p = g
            if sawAnd { break }
            guard p < toks.count, toks[p].isPunct(",") || toks[p].key == "and" else { return nil }
        }
        // (At a comma or full stop: before a verb, the last group may be a name, "… and Sports, and
        // Matia Kasaija remains".)
        guard sawAnd, p == toks.count || toks[p].kind == .punct && !toks[p].isApostrophe && !toks[p].isHyphen && !toks[p].isPunct("(") else { return nil }
        return (p, out)
    }
}
