import Foundation

/// Where a sentence says that capitalised words no list knows are a person's name: kin, the agent
/// of a leadership, a predicate only people take, a list of people.
extension ExtractionContext {
    /// Words before a name that only a person follows: kin ("his wife", "her son") and the agent
    /// of a leadership ("led by", "headed by", "succeeded by").
    func personContextBefore(_ toks: [Token], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, toks[k].isPunct(",") { k -= 1 }
        guard k >= 1, toks[k].kind == .word else { return false }
        if Self.kinWords.contains(toks[k].key) { return ["his", "her", "their", "and"].contains(toks[k - 1].key) }
        // "a decree naming X", "he succeeds X": whom an office passes to or from.
        if k == i - 1, Self.successionVerbs.contains(toks[k].key) { return true }
        return toks[k].key == "by" && ["led", "headed", "chaired", "succeeded", "replaced", "founded"].contains(toks[k - 1].key)
    }
    static let successionVerbs: Set<String> = ["naming", "appointing", "appointed", "nominating", "nominated", "succeeds",
                                               "succeeded", "succeeding", "replacing", "replaces", "congratulated", "congratulating"]
    static let kinWords: Set<String> = ["wife", "husband", "son", "daughter", "widow", "father", "mother", "brother", "sister"]

    /// A predicate after a name that only a person takes: "took the oath", "was sworn in".
    func personPredicateAfter(_ toks: [Token], _ e: Int) -> Bool {
        guard e + 2 < toks.count else { return false }
        let a = toks[e].key, b = toks[e + 1].key, c = toks[e + 2].key
        return (a == "took" || a == "takes") && b == "the" && c == "oath" || (a == "was" || a == "is") && b == "sworn"
    }

    /// The name at `i` follows a person's name and a comma or "and", in a list of names.
    func followsPersonInList(_ b: Int, _ toks: [Token], _ i: Int) -> Bool {
        guard i >= 2, toks[i - 1].isPunct(",") || toks[i - 1].key == "and", let last = candidates.last,
              last.kind == .person, last.block == b, last.end == i - 1 else { return false }
        return last.person.map { $0.words.count >= 2 } == true
    }
}
