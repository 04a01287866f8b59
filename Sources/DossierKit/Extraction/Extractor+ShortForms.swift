import Foundation

/// Short forms a report introduces for a person: a nickname, a kunya or initials printed in
/// parentheses after the full name ("Mahmoud Abbas (Abu Mazen)", "Andrés Manuel López Obrador
/// (AMLO)") or after "known as" ("Mohamed Hamdan Dagalo, known as Hemetti"). The short form is
/// the same person, here and wherever else the article uses it.
extension ExtractionContext {
    static let knownAsWords: Set<String> = ["known", "nicknamed", "dubbed", "called"]

    mutating func findShortForms() {
        guard !clusters.isEmpty else { return }
        var clusterOf: [Int: Int] = [:]
        for (c, ms) in clusters.enumerated() { for m in ms { clusterOf[m] = c } }
        var personAt: [Int: Int] = [:]
        for n in accepted.indices where accepted[n].kind == .person { personAt[accepted[n].block << 32 | accepted[n].start] = n }
        var merges: [(into: Int, from: Int)] = []
        for n in accepted.indices where accepted[n].kind == .person && (accepted[n].person?.words.count ?? 0) >= 2 {
            let a = accepted[n], toks = blocks[a.block].tokens
            guard let span = shortFormSpan(toks, after: a.end), let c = clusterOf[n] else { continue }
            // Capitals after a name are its initials ("López Obrador (AMLO)") or a party's ("Mona
            // Keijzer (BBB)"): only the name's own initials are the person.
            if span.end == span.start + 1, toks[span.start].isAllCaps, toks[span.start].text.count >= 2,
               !Self.areInitials(toks[span.start].text, of: a.name) { continue }
            if let b = personAt[a.block << 32 | span.start], accepted[b].end == span.end, let other = clusterOf[b] {
                if other != c { merges.append((c, other)) }
                continue
            }
            // Not a person yet: a name word or initials no other mention holds.
            guard !isCovered(a.block, span.start, span.end) else { continue }
            let words = toks[span.start..<span.end].filter { $0.kind == .word }.map(\.text)
            guard !words.isEmpty, acronyms[words.joined(separator: " ")] == nil else { continue }
            var m = Candidate(block: a.block, start: span.start, end: span.end, range: range(a.block, span.start, span.end), kind: .person,
                              name: text(a.block, span.start, span.end), priority: gz.priority(of: "short-form"), rule: "short-form", country: nil)
            m.person = PersonName(particles: [], words: words)
            accepted.append(m)
            mark(a.block, span.start, span.end)
            clusters[c].append(accepted.count - 1)
            clusterOf[accepted.count - 1] = c
            if words.count == 1 { shortForms[words[0]] = c }
        }
        guard !merges.isEmpty else { return }
        // Fold each merged cluster into its full name's, then drop the emptied ones.
        var target = Array(clusters.indices)
        func root(_ c: Int) -> Int { var c = c; while target[c] != c { c = target[c] }; return c }
        for (into, from) in merges where root(into) != root(from) { target[root(from)] = root(into) }
        var merged: [[Int]] = Array(repeating: [], count: clusters.count)
        for (c, ms) in clusters.enumerated() { merged[root(c)] += ms }
        var renumber: [Int: Int] = [:]
        var kept: [[Int]] = []
        for (c, ms) in merged.enumerated() where !ms.isEmpty { renumber[c] = kept.count; kept.append(ms.sorted()) }
        clusters = kept
        for (k, c) in shortForms { shortForms[k] = renumber[root(c)] }
    }

    /// Whether `capitals` are the first letters of the name's capitalised words, in order.
    static func areInitials(_ capitals: String, of name: String) -> Bool {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0.first?.isUppercase == true }
        let initials = parts.compactMap { $0.first.map { TextFolding.key(String($0)) } }.joined()
        return initials == TextFolding.key(capitals)
    }

    /// The span of a short form after a name ending at `e`: "(Abu Mazen)", "(AMLO)", ", known as
    /// Hemetti", ", better known as “Lula”": one to three capitalised words, or one in capitals.
    func shortFormSpan(_ toks: [Token], after e: Int) -> (start: Int, end: Int)? {
        var k = e
        guard k + 2 < toks.count else { return nil }
        var close: ((Token) -> Bool)?
        if toks[k].isPunct("(") {
            k += 1
            close = { $0.isPunct(")") }
        } else if toks[k].isPunct(",") {
            k += 1
            if ["better", "popularly", "widely", "commonly", "also"].contains(toks[k].key) { k += 1 }
            guard k + 1 < toks.count, Self.knownAsWords.contains(toks[k].key) else { return nil }
            k += 1
            if toks[k].key == "as" { k += 1 }
        } else {
            return nil
        }
        guard k < toks.count else { return nil }
        var quoted = false
        if toks[k].kind == .punct, "\"“‘'".contains(toks[k].text) { quoted = true; k += 1 }
        let start = k
        while k < toks.count, k < start + 3, toks[k].kind == .word, toks[k].isCapitalized || toks[k].isAllCaps {
            // Not a country or an organization ("(Iran)", "(PTI)").
            if phrase(at: toks, k) != nil { return nil }
            k += 1
        }
        guard k > start, k < toks.count else { return nil }
        if quoted, toks[k].kind == .punct, "\"”’'".contains(toks[k].text) { k += 1 }
        let end = quoted ? k - 1 : k
        if let close { guard close(toks[k]) else { return nil } }
        else { guard toks[k].kind == .punct, [",", ".", ";", ")"].contains(toks[k].text) || toks[k].isDash else { return nil } }
        // One word in capitals or up to three capitalised words, none of them a title.
        guard end - start == 1 || toks[start..<end].allSatisfy({ !$0.isAllCaps }) else { return nil }
        if toks[start..<end].contains(where: { $0.facts.contains(.roleStart) }) { return nil }
        return (start, end)
    }
}

extension ExtractionContext {
    /// "PVV, VVD, NSC and BBB", "the SPD's leader": an acronym in capitals that no table knows,
    /// that the article did not spell out and that no other mention holds names an organization
    /// (a party, an agency, an outlet), unless it is a common abbreviation ("USD", "GMT"), a title
    /// ("PM"), a regnal number, or one of a run of words in capitals (a headline, a dateline).
    mutating func findUnknownAcronyms() {
        for b in blocks.indices where blocks[b].kind == .paragraph || blocks[b].kind == .heading {
            let toks = blocks[b].tokens
            // Most blocks hold no acronym; a line in capitals says nothing of its words.
            var words = 0, caps = 0, candidates = 0
            for t in toks where t.kind == .word {
                words += 1
                if t.isAllCaps { caps += 1; if (2...6).contains(t.text.utf8.count) { candidates += 1 } }
            }
            guard candidates > 0, words < 3 || caps * 2 < words else { continue }
            for i in toks.indices {
                let t = toks[i]
                guard t.kind == .word, t.isAllCaps, (2...6).contains(t.text.count), t.text.filter(\.isLetter).count >= 2,
                      !covered[b][i], !gz.commonAbbreviations.contains(t.text), !NameFold.isSuffix(t.text),
                      t.facts.isDisjoint(with: [.roleStart, .titleFirst]), gz.textFacts[t.text] == nil,
                      (gz.wordFacts[t.key] ?? []).isDisjoint(with: [.roleHead, .title]), phrase(at: toks, i) == nil else { continue }
                // Not joined to a neighbouring word in capitals or a name ("ED Mnangagwa", "ABU DHABI").
                if i > 0, toks[i - 1].kind == .word, toks[i - 1].isAllCaps || toks[i - 1].facts.contains(.nameLike) { continue }
                if i + 1 < toks.count, toks[i + 1].kind == .word, toks[i + 1].isAllCaps || toks[i + 1].facts.contains(.nameLike) { continue }
                if i + 1 < toks.count, toks[i + 1].isHyphen, !toks[i + 1].spaceBefore { continue }
                if i > 0, toks[i - 1].isHyphen, !toks[i].spaceBefore { continue }
                accepted.append(Candidate(block: b, start: i, end: i + 1, range: t.range, kind: .organization, name: t.text,
                                          priority: gz.priority(of: "acronym-alone"), rule: "acronym-alone", country: nil))
                mark(b, i, i + 1)
            }
        }
    }
}
