import Foundation

/// Bodies inside titles: a body's name after "of" ("the Standing Committee of the National
/// People's Congress", "the Cabinet of Ministers", "the Kenya Defence Forces").
extension ExtractionContext {
    /// The end of a body's name at `i` ("the Standing Committee of the National People's
    /// Congress", "the Office of the President"): capitalised words, with "of", "for", "and", "the"
    /// and possessives between them, the last a body's head noun; nil when none ends there.
    func bodyNameEnd(_ toks: [Token], from i: Int) -> Int? {
        var k = i
        if k < toks.count, toks[k].key == "the" { k += 1 }
        var end: Int?
        var words = 0
        while k < toks.count, words < 10 {
            let t = toks[k]
            if t.kind == .word, t.isCapitalized || t.isAllCaps {
                // A given name and a name word after the body's words: its holder's name.
                if words > 0, startsHolderName(toks, k) { break }
                words += 1
                if ExtractionContext.orgHeads.contains(t.key) || ExtractionContext.institutionHeads.contains(t.key) {
                    end = k + 1
                    // "Cabinet of Ministers", "Chamber of Deputies": the members a body is made of.
                    if let e = membersOfEnd(toks, at: k + 1) { end = e; k = e; continue }
                    // After a head, "of"/"for" and a capitalised name go on ("Committee of the National
                    // People's Congress", "Authority for Elections", "Office of the President"), or
                    // another head in the same run ("Socialist Forces Front"); a name after it is
                    // someone's ("… Central Committee Nguyen Phu Trong").
                    if let e = bodyTailEnd(toks, after: k + 1) { end = e; break }
                    if k + 1 < toks.count, ["of", "for"].contains(toks[k + 1].key) { k += 1; continue }
                    // "the Standing Committee on State Institutions", "the Senate Committee on Accounts".
                    if k + 2 < toks.count, toks[k + 1].key == "on", Self.committeeHeads.contains(t.key) {
                        var m = k + 2
                        if toks[m].key == "the" { m += 1 }
                        let s = m
                        // ("the Committee on Monday", "on March 3", "on Ukraine aid": a day, a month or a place.)
                        if m < toks.count, Self.monthKeys.contains(toks[m].key) || Self.weekdays.contains(toks[m].key) || countryAt(toks, m) != nil || placeAt(toks, m) != nil { break }
                        while m < toks.count, m < s + 4, toks[m].kind == .word, toks[m].isCapitalized || m > s && toks[m].key == "and", !toks[m].facts.contains(.givenName) { m += 1 }
                        while m > s, toks[m - 1].key == "and" { m -= 1 }
                        if m > s, m == toks.count || !toks[m].isCapitalized { end = m }
                        break
                    }
                    var h = k + 1
                    while h < toks.count, h < k + 4, toks[h].kind == .word, toks[h].isCapitalized, !toks[h].facts.contains(.givenName),
                          !ExtractionContext.orgHeads.contains(toks[h].key), !ExtractionContext.institutionHeads.contains(toks[h].key) { h += 1 }
                    guard h < toks.count, toks[h].isCapitalized,
                          ExtractionContext.orgHeads.contains(toks[h].key) || ExtractionContext.institutionHeads.contains(toks[h].key) else { break }
                }
                k += 1; continue
            }
            if t.kind == .word, ["of", "for", "and", "the"].contains(t.key), k + 1 < toks.count, toks[k + 1].isCapitalized || toks[k + 1].key == "the" { k += 1; continue }
            if t.isApostrophe, k + 1 < toks.count, toks[k + 1].key == "s", !t.spaceBefore { k += 2; continue }
            if t.isHyphen, !t.spaceBefore, k + 1 < toks.count, toks[k + 1].kind == .word { k += 1; continue }
            break
        }
        // Not a country's or a place's own name alone ("of the Philippines" is evidence, not a body).
        guard let e = end, e > i else { return nil }
        return e
    }

    /// Bodies named for what they oversee, after "on" ("Committee on Foreign Affairs").
    static let committeeHeads: Set<String> = ["committee", "subcommittee", "commission", "panel"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A body named after the country `c` that "of" at `j` opens ("of the Kenya Defence Forces",
    /// "of the Republic of Fiji Military Forces"): its end, and the country as an institution's.
    func countryBody(_ toks: [Token], _ j: Int, _ c: (end: Int, name: String, demonym: Bool)) -> (Int, CountryEvidence)? {
        guard let e = headedRunEnd(toks, from: c.end) else { return nil }
        return (e, CountryEvidence(country: c.name, strength: .institution, cue: text(toks, j + 1, e)))
    }

    /// "of Ministers" after a body's head ("Cabinet of Ministers", "Council of Elders"): the
    /// members the body is made of, part of its name; the end of them, or nil.
    func membersOfEnd(_ toks: [Token], at k: Int) -> Int? {
        guard k + 1 < toks.count, toks[k].key == "of", toks[k + 1].isCapitalized, toks[k + 1].key.utf8.last == UInt8(ascii: "s"),
              gz.roleHeads.contains(String(toks[k + 1].key.dropLast())) || ["deputies", "peoples", "elders"].contains(toks[k + 1].key) else { return nil }
        return k + 2
    }

    /// The end of at most three capitalised words from `i`, the last a body's head noun ("Standing
    /// Committee"), none a given name.
    func headedRunEnd(_ toks: [Token], from i: Int) -> Int? {
        var k = i
        while k < toks.count, k < i + 3, toks[k].kind == .word, toks[k].isCapitalized, !toks[k].facts.contains(.givenName) {
            if ExtractionContext.orgHeads.contains(toks[k].key) || ExtractionContext.institutionHeads.contains(toks[k].key) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// The end of a body named in lower case at `i`: "the", at most three lower-case words and a
    /// body's head noun ("the presidential administration", "the anti-corruption agency").
    func lowerBodyEnd(_ toks: [Token], from i: Int) -> Int? {
        guard i < toks.count, toks[i].key == "the" else { return nil }
        var k = i + 1
        var words = 0
        while k < toks.count, words < 4 {
            let t = toks[k]
            guard t.kind == .word, !t.isCapitalized, !t.isAllCaps, !ExtractionContext.runStops.contains(t.key) else { return nil }
            if ExtractionContext.orgHeads.contains(t.key) || t.key == "administration" {
                // The head ends the body unless a noun goes on ("the party leadership").
                if k + 1 < toks.count, toks[k + 1].kind == .word, !toks[k + 1].isCapitalized, !ExtractionContext.runStops.contains(toks[k + 1].key),
                   !Self.predicateWords.contains(toks[k + 1].key) { return nil }
                // "founder of the rights organisation Odhikar": the body's own name follows, and is no
                // holder's name.
                if k + 1 < toks.count, toks[k + 1].kind == .word, toks[k + 1].isCapitalized, toks[k + 1].spaceBefore { return nil }
                return words > 0 || t.key != "party" ? k + 1 : nil
            }
            words += 1
            k += 1
            if k + 1 < toks.count, toks[k].isHyphen, !toks[k].spaceBefore { k += 1 }
        }
        return nil
    }

    /// "Council of the Republic Natalya Kochanova": a given name and a capitalised name word (no
    /// body's head) at `k` start the holder's name after a body's words.
    /// (Not a name inside the body's own name: "the Bill and Melinda Gates Foundation", "the King
    /// Faisal Specialist Hospital": a body's head among the capitalised words after it.)
    func startsHolderName(_ toks: [Token], _ k: Int) -> Bool {
        guard toks[k].facts.contains(.givenName), toks[k].isCapitalized, k + 1 < toks.count, toks[k + 1].isCapitalized, isNameToken(toks[k + 1]) else { return false }
        var j = k + 1
        while j < toks.count, j < k + 5, toks[j].kind == .word, toks[j].isCapitalized || toks[j].isAllCaps {
            if ExtractionContext.orgHeads.contains(toks[j].key) || ExtractionContext.institutionHeads.contains(toks[j].key) { return false }
            j += 1
        }
        return true
    }

    /// The end of "of"/"for" and a capitalised run after a body's head at `i` ("for Elections",
    /// "of the President", "for Canada"), when no other head follows in it and no name comes after
    /// it ("of the President Volodymyr Zelensky" is the president's); "of" and a country alone is the
    /// holder's country, not the body's name.
    func bodyTailEnd(_ toks: [Token], after i: Int) -> Int? {
        guard i + 1 < toks.count, ["of", "for"].contains(toks[i].key) else { return nil }
        var k = i + 1
        if toks[k].key == "the", k + 1 < toks.count { k += 1 }
        if toks[i].key == "of", let c = countryAt(toks, k) {
            // "Union of Romanians", "Congress of Filipinos Abroad": a people named in the plural.
            guard c.demonym, toks[c.end - 1].key.utf8.last == UInt8(ascii: "s"), c.end == toks.count || !toks[c.end].isCapitalized else { return nil }
            return c.end
        }
        let s = k
        while k < toks.count, k < s + 6 {
            let t = toks[k]
            if t.isApostrophe, !t.spaceBefore, k + 1 < toks.count, toks[k + 1].key == "s" { k += 2; continue }
            if t.key == "and", k > s, k + 1 < toks.count, toks[k + 1].isCapitalized { k += 1; continue }
            guard t.kind == .word, t.isCapitalized || t.isAllCaps, !t.facts.contains(.givenName) || k > s else { break }
            if k > s, startsHolderName(toks, k) { break }
            if ExtractionContext.orgHeads.contains(t.key) || ExtractionContext.institutionHeads.contains(t.key) { return nil }
            k += 1
        }
        guard k > s else { return nil }
        let after = skipTitles(toks, k)
        if after < toks.count, isNameToken(toks[after]) { return nil }
        return k
    }
}
