import Foundation

/// evaluate.py's normalisers and matching rules, one function each, under the same names.
enum Matching {
    /// `norm`: NFKC, quotes and dashes made plain, whitespace folded, casefolded ("" for nil).
    static func norm(_ s: String?) -> String {
        guard let s else { return "" }
        return PyText.casefold(PyText.ws(PyText.translateQuotes(PyText.nfkc(s))))
    }

    static let countryAliases: [String: String] = [
        "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
        "united states of america": "united states", "america": "united states", "american": "united states",
        "türkiye": "turkey", "turkiye": "turkey", "republic of türkiye": "turkey", "turkish": "turkey",
        "islamic republic of iran": "iran", "iranian": "iran", "persia": "iran",
        "islamic republic of pakistan": "pakistan", "pakistani": "pakistan",
        "afghan": "afghanistan", "islamic emirate of afghanistan": "afghanistan",
        "indian": "india", "republic of india": "india",
        "israeli": "israel", "state of israel": "israel",
        "chinese": "china", "people's republic of china": "china", "prc": "china",
        "russian federation": "russia", "russian": "russia",
        "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
        "ksa": "saudi arabia", "kingdom of saudi arabia": "saudi arabia", "saudi": "saudi arabia",
        "syrian arab republic": "syria", "syrian": "syria", "lebanese": "lebanon", "tajik": "tajikistan",
        "azerbaijani": "azerbaijan", "republic of azerbaijan": "azerbaijan", "uae": "united arab emirates",
    ]

    static func normCountry(_ s: String?) -> String {
        let n = norm(s)
        return countryAliases[n] ?? n
    }

    static let topicAliases: [String: String] = [
        "defence": "defense", "counterterrorism": "counter-terrorism",
        "counter terrorism": "counter-terrorism", "terrorism": "counter-terrorism",
    ]

    static func normTopic(_ s: String?) -> String {
        let n = norm(s)
        return topicAliases[n] ?? n
    }

    /// `norm_date`: nil for nil, "", "null" and "none"; else the first ten characters, stripped.
    static func normDate(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = PyText.strip(s)
        if ["", "null", "none"].contains(t.lowercased()) { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: t.unicodeScalars.prefix(10))
        return String(v)
    }

    /// `prf`: precision, recall and F1 of counts (1.0 when a denominator is zero).
    static func prf(_ tp: Int, _ fp: Int, _ fn: Int) -> (p: Double, r: Double, f: Double) {
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 1.0
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1.0
        return (p, r, f1(p, r))
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r != 0 ? 2 * p * r / (p + r) : 0.0 }

    /// `max_matching`: Kuhn's algorithm; `edges[left]` are right nodes in the order to try them.
    /// Returns left → right.
    static func maxMatching(_ edges: [[Int]]) -> [Int: Int] {
        var matchRight: [Int: Int] = [:]
        func tryAssign(_ u: Int, _ seen: inout Set<Int>) -> Bool {
            for v in edges[u] {
                if seen.contains(v) { continue }
                seen.insert(v)
                if let w = matchRight[v] {
                    if !tryAssign(w, &seen) { continue }
                }
                matchRight[v] = u
                return true
            }
            return false
        }
        for u in edges.indices {
            var seen = Set<Int>()
            _ = tryAssign(u, &seen)
        }
        var out: [Int: Int] = [:]
        for (v, u) in matchRight { out[u] = v }
        return out
    }

    /// `_contained`: `small` sits in `big` on word boundaries (strings under 3 characters must equal).
    static func contained(_ small: String, _ big: String) -> Bool {
        if small.isEmpty || PyText.len(small) < 3 { return PyText.same(small, big) && !small.isEmpty }
        let needle = Array(small.unicodeScalars), hay = Array(big.unicodeScalars)
        var from = 0
        while let i = PyText.find(needle, in: hay, from: from) {
            let end = i + needle.count
            let before = i == 0 || !PyText.isWord(hay[i - 1])
            let after = end == hay.count || !PyText.isWord(hay[end])
            if before && after { return true }
            from = i + 1
        }
        return false
    }

    /// `_variants`: the item, and for "Name (ACR)" also the name and the acronym; normalised, non-empty.
    static func variants(_ item: String) -> [String] {
        var out = [norm(item)]
        if let (name, acronym) = nameAndAcronym(item) { out += [norm(name), norm(acronym)] }
        return out.filter { !$0.isEmpty }
    }

    /// `re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)`.
    static func nameAndAcronym(_ item: String) -> (String, String)? {
        var u = Array(item.unicodeScalars)
        while let last = u.last, PyText.isSpace(last) { u.removeLast() }  // the trailing \s*
        guard u.last == ")" else { return nil }
        u.removeLast()
        guard let open = u.lastIndex(where: { $0 == "(" || $0 == ")" }), u[open] == "(" else { return nil }
        var head = Array(u[..<open])
        while let last = head.last, PyText.isSpace(last) { head.removeLast() }  // \s* before "("
        guard !head.contains("\n") else { return nil }  // `.` does not match a newline
        func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s)
            return String(v)
        }
        return (string(head[...]), string(u[(open + 1)...]))
    }

    static let officeModifiers: Set<String> = [
        "deputy", "vice", "former", "acting", "caretaker", "assistant", "under", "junior",
        "interim", "outgoing", "designate", "elect", "state", "first", "second", "additional",
    ]

    /// `_changes_office`: `pred` adds to `gold` a word that makes it another office.
    static func changesOffice(_ pred: String, _ gold: String) -> Bool {
        let extra = Set(words(pred)).subtracting(words(gold))
        return !extra.isDisjoint(with: officeModifiers)
    }

    /// `s.split()`.
    static func words(_ s: String) -> [String] {
        let w = PyText.ws(s)
        return w.isEmpty ? [] : w.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }

    /// `item_found`: some prediction equals, contains or is contained in a variant of the gold item.
    static func itemFound(_ gold: String, _ preds: [String]) -> Bool {
        let pn = preds.filter { !$0.isEmpty }.map { norm($0) }
        for g in variants(gold) {
            for p in pn where PyText.same(g, p) || contained(g, p) || contained(p, g) { return true }
        }
        return false
    }
}
