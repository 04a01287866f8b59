import Foundation

/// "the rights organisation Odhikar", "the election observer group Brotee", "the Kenyan daily
/// Nation": a body's kind in lower case after an article, then the body's name in capitals. Also
/// bodies a header or an office names: the outlet under the site's address, "the Office of the
/// President".
extension ExtractionContext {
    /// Lower-case nouns of a body's kind that may stand right before its name.
    static let bodyKinds: Set<String> = [
        "organisation", "organization", "group", "movement", "association", "alliance", "coalition", "network",
        "foundation", "charity", "watchdog", "broadcaster", "newspaper", "daily", "weekly", "agency", "outlet", "firm",
        "company", "conglomerate", "militia", "faction", "tank", "institute", "union", "bloc", "platform", "ngo", "party",
    ]
    static let kindDeterminers: Set<String> = ["the", "a", "an", "its", "their", "his", "her"]
    /// Words that may follow a body's name and end it: a relative, a future or a conditional ("the
    /// group Putin has praised", "the agency Trump created": a past tense or "has" may open a
    /// clause whose subject is a person).
    static let afterBodyName: Set<String> = ["which", "that", "who", "whose", "will", "would", "could"]

    mutating func findBodiesNamedAfterKind() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for k in toks.indices where k > 0 && k + 1 < toks.count && toks[k].kind == .word && !toks[k].isCapitalized
                && toks[k + 1].kind == .word && toks[k + 1].isCapitalized && toks[k + 1].spaceBefore && Self.bodyKinds.contains(toks[k].key) {
                guard toks[k].key != "tank" || toks[k - 1].key == "think" else { continue }
                guard kindPhraseStart(toks, before: k) != nil else { continue }
                // The name: capitalised words, none a stop word; not a table's phrase (the tables name
                // it already), a title or a person's name.
                let s = k + 1
                guard !Self.runStops.contains(toks[s].key), phrase(at: toks, s) == nil, parseRole(toks, s) == nil, !toks[s].facts.contains(.roleStart),
                      !gz.nonNames.contains(toks[s].key), !Self.notPlaces.contains(toks[s].key) else { continue }
                var e = s
                while e < toks.count, e - s < 4, isNameWord(toks[e]), e == s || !Self.runStops.contains(toks[e].key) {
                    e += 1
                    if e + 1 < toks.count, toks[e].isHyphen, !toks[e].spaceBefore, !toks[e + 1].spaceBefore, toks[e + 1].kind == .word { e += 2 }
                }
                guard e > s, !(e - s >= 2 && toks[s].facts.contains(.givenName)) else { continue }
                // Where the name ends: punctuation, the block's end, a stop word ("said", "and") or a
                // relative ("a daily Zorin briefing" is no daily's name).
                if e < toks.count, toks[e].kind == .word, !Self.runStops.contains(toks[e].key), !Self.afterBodyName.contains(toks[e].key) { continue }
                add(b, s, e, .organization, name: text(b, s, e), rule: "kind-named")
            }
        }
    }

    /// The start of "the rights organisation", "the Kenyan daily", "an anti-graft watchdog": an
    /// article or a possessive, then up to three lower-case words or demonyms, then the kind at `k`.
    func kindPhraseStart(_ toks: [Token], before k: Int) -> Int? {
        var s = k - 1, words = 0
        while s >= 0, words <= 3 {
            let t = toks[s]
            // ("The rights organisation Odhikar said": the article opens its sentence.)
            if t.kind == .word, !t.isCapitalized || s == 0 || toks[s - 1].sentence != t.sentence, Self.kindDeterminers.contains(t.key) { return s }
            if t.isHyphen, !t.spaceBefore, s > 0 { s -= 1; continue }
            guard t.kind == .word, !Self.runStops.contains(t.key) else { return nil }
            if t.isCapitalized {
                guard let c = countryAt(toks, s), c.demonym, c.end == s + 1 else { return nil }
            }
            words += 1; s -= 1
        }
        return nil
    }

    /// The outlet the header names ("Rudaw" under "rudaw.net"), printed as a line of its own
    /// inside a block: an organization there.
    mutating func findOutletLine() {
        guard let outlet = article.source, case let keys = Gazetteer.keys(outlet), !keys.isEmpty else { return }
        let bytes = article.text.utf8
        func lineEdge(_ offset: Int, before: Bool) -> Bool {
            if before { return offset == 0 || bytes[bytes.index(bytes.startIndex, offsetBy: offset - 1)] == 0x0A }
            guard offset < bytes.count else { return true }
            let c = bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
            return c == 0x0A || c == 0x0D
        }
        for b in blocks.indices.prefix(6) {
            let toks = blocks[b].tokens
            for i in toks.indices where i + keys.count <= toks.count && toks[i].key == keys[0] {
                guard (0..<keys.count).allSatisfy({ toks[i + $0].key == keys[$0] }) else { continue }
                let r = range(b, i, i + keys.count)
                guard lineEdge(r.start, before: true), lineEdge(r.end, before: false) else { continue }
                add(b, i, i + keys.count, .organization, name: outlet, rule: "credit-line")
                return
            }
        }
    }

    /// "the Office of the President", "the Office of the Prime Minister of Mongolia": the staff of
    /// an office's holder, a body named by the office (and perhaps its country).
    mutating func findHoldersOffices() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where i + 3 < toks.count && toks[i].key == "office" && toks[i].isCapitalized
                && toks[i + 1].key == "of" && toks[i + 2].key == "the" && toks[i + 3].isCapitalized {
                guard let r = parseRole(toks, i + 3), r.start == i + 3, !r.plural,
                      // Not another office read into the title ("… and the Office of the UN High Commissioner").
                      !toks[(i + 3)..<r.end].contains(where: { $0.key == "office" }) else { continue }
                var e = r.end
                if e + 1 < toks.count, toks[e].key == "of", let c = countryAt(toks, e + 1), !c.demonym { e = c.end }
                // "the Office of the President William Ruto": the title is the holder's.
                if e < toks.count, isNameToken(toks[e]), toks[e].isCapitalized { continue }
                add(b, i, e, .organization, name: text(b, i, e), rule: "org-head-noun")
            }
        }
    }
}
