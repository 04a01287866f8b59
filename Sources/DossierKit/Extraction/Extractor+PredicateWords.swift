import Foundation

/// The words a predicate reads between a name and the office it gives ("was sworn in on Monday
/// as …"), and the verbs that choose or give an office.
extension ExtractionContext {
    /// Words that may follow an office given to a choosing verb's object: a time or the clause's end.
    static let afterObjectOffice: Set<String> = ["on", "in", "a", "last", "after", "at", "by", "this", "yesterday", "today", "and", "earlier", "two", "three", "following"]
    /// Words that may stand between a name and the office a sentence gives it.
    static let predicateWords: Set<String> = [
        "was", "is", "has", "have", "had", "been", "be", "will", "would", "becomes", "became", "become", "appointed", "were", "are",
        "named", "elected", "re-elected", "reelected", "sworn", "in", "as", "takes", "took", "take", "over", "stays", "stayed",
        "on", "remains", "remained", "serves", "served", "serve", "serving", "confirmed", "chosen", "picked", "nominated",
        "the", "a", "its", "his", "her", "their", "new", "first", "next", "current", "now", "also", "to", "woman",
        "man", "person", "continues", "continue", "returns", "returned", "installed", "designated", "re", "unopposed",
        "emerged", "again", "formally", "officially", "sworn-in", "succeeds", "replaces", "resigned", "resigns", "quit",
        "stepped", "steps", "down", "step", "elevated", "promoted", "then", "later", "subsequently", "unanimously",
        "duly", "eventually", "finally", "today", "yesterday", "office", "oath", "alongside", "him", "them",
        "inaugurated", "crowned", "enthroned", "reappointed", "re-appointed", "invested", "remain",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "last", "earlier", "since", "made",
        "previously", "formerly", "once", "briefly", "recently", "twice", "approved", "endorsed", "until",
        "tapped", "selected", "expected", "likely", "set", "this", "morning", "afternoon", "evening", "tonight",
        // "as the first female President", "the youngest-ever prime minister".
        "female", "youngest", "oldest", "ever",
        // "is back as Minister of Health".
        "back",
        // "thus remains foreign minister", "still serves as".
        "thus", "still",
    ]
    /// Words that may open the predicate after a subject's clause in commas ("X, 52, previously
    /// served as …", "A and B, two coordinators of …, were sworn in as …").
    static let clauseVerbs: Set<String> = ["were", "are", "has", "had", "have", "previously", "formerly", "once", "later", "also", "then"]
    static let monthKeys: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// Verbs that, said by a name with an article after them, choose someone else for an office.
    static let choosingVerbs: Set<String> = ["appointed", "named", "elected", "nominated", "chose", "picked", "designated", "swore"]

    /// Participles that give an office in an apposition ("X, approved as minister of roads,").
    static let participles: Set<String> = ["approved", "appointed", "named", "elected", "re-elected", "confirmed", "nominated", "chosen", "sworn"]
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]
    /// "sixth", "24th", "32nd": an ordinal before an office ("Botswana's sixth president").
    static func isOrdinal(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if ordinalWords.contains(t.key) { return true }
        let k = t.key.utf8
        guard k.count >= 3, let f = k.first, f >= 0x30 && f <= 0x39 else { return false }
        return ["st", "nd", "rd", "th"].contains(where: { t.key.hasSuffix($0) }) && k.dropLast(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
    /// Of those, the ones that make the office the name's (a bare "the" or "to" does not).
    /// "the post of", "the position of": what a predicate names before an office.
    static let postWords: Set<String> = ["post", "position", "office", "role", "job"]

    static let predicateAnchors: Set<String> = [
        "as", "becomes", "became", "become", "is", "was", "appointed", "named", "elected", "re-elected", "reelected",
        "remains", "remained", "confirmed", "chosen", "nominated", "installed", "designated", "emerged", "returned",
        "inaugurated", "crowned", "enthroned", "reappointed", "been", "promoted", "elevated", "remain", "made", "approved", "endorsed",
        "tapped", "selected",
    ]
}
