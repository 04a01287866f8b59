import Foundation

/// Reading a person's name from tokens: particles, name words, patronymic chains, connectors,
/// initials, hyphenated parts and a generational suffix.
extension ExtractionContext {
    /// A surname's particles that a sentence may open with ("Von der Leyen").
    static let capitalisedParticles: Set<String> = ["von", "van", "de", "da", "del", "della", "di", "dos", "du"]
    /// Turkic words for "son of" and "daughter of" after a father's name (Kyrgyz, Kazakh, Azerbaijani, Uzbek).
    static let patronymicSuffixes: Set<String> = ["uulu", "kyzy", "ogly", "oglu", "ogli", "ugli", "qizi", "kizi", "uly", "qyzy"]

    /// Reads a name at `k`: optional particles ("Seyed", "Kh"), then up to five name words,
    /// hyphen-joined parts kept together ("Nasir-Zadeh"). In headline-style lines only the first
    /// word is free; later words must be known given names or appear in the body.
    /// "AF Hassan Arif", "AFM Khalid Hossain": initials in capitals with no dots (two or three
    /// letters), then a known given name and another name word. Not a table's acronym or
    /// phrase, and printed nowhere else in the article (an acronym that is a body's recurs).
    func leadingInitials(_ toks: [Token], _ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, t.isAllCaps, (2...3).contains(t.text.utf8.count), t.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
              k + 2 < toks.count, toks[k + 1].facts.contains(.givenName), toks[k + 1].isCapitalized, !toks[k + 1].isAllCaps,
              isNameToken(toks[k + 2]), toks[k + 2].isCapitalized,
              !(k > 0 && toks[k - 1].kind == .word && toks[k - 1].isCapitalized),
              (gz.wordFacts[t.key] ?? []).isEmpty, phrase(at: toks, k) == nil else { return false }
        return timesPrinted(t.text) == 1
    }

    /// "Son" of "Choe Son Hui", "Jong" of "Pak Jong Chon": after a family name written first, a
    /// short capitalised syllable, even one that is an English word too, that no table reads as
    /// anything else, and that no long capitalised word follows.
    func isGivenSyllable(_ toks: [Token], _ j: Int, longest: Int = 4) -> Bool {
        let t = toks[j]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, t.spaceBefore, (2...longest).contains(t.text.utf8.count),
              t.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x7A }), !Self.runStops.contains(t.key),
              (gz.wordFacts[t.key] ?? []).isDisjoint(with: [.roleHead, .roleModifier, .title]), phrase(at: toks, j) == nil else { return false }
        guard j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalized else { return true }
        return toks[j + 1].text.utf8.count <= 4 || isNameToken(toks[j + 1]) && toks[j + 1].facts.contains(.givenName)
    }

    /// Two-letter abbreviations that shorten no name part.
    static let shortNonNames: Set<String> = ["mr", "dr", "ms", "st", "mt", "jr", "sr", "lt", "co", "no", "vs", "op", "ed", "gm", "pm", "am"]

    /// "the Minority Leader, Abba Moro.": after a title, a second town's one word that ends the
    /// name is a family name too (not a country, nor a town before more capitalised words).
    func twoTownsNamed(_ toks: [Token], _ j: Int) -> Bool {
        guard let (e, entry) = phrase(at: toks, j), e == j + 1, entry.kind == .place, toks[j].isCapitalized else { return false }
        return e >= toks.count || !(toks[e].isCapitalized || toks[e].isAllCaps) && !toks[e].isApostrophe && !toks[e].isHyphen
    }

    func nameRun(_ b: Int, _ k: Int, bodyWords: Set<String>, afterTitle: Bool = false) -> NameRun? {
        let toks = blocks[b].tokens
        let strict = blocks[b].titleCase
        // "Thu Aug 8, 2024": a date's weekday, month and day, not a name ("Thu" is a family name too).
        // ("Vice Minister Sun Jun" is a name: no day's number follows.)
        if k + 2 < toks.count, Header.weekdays.contains(toks[k].key), Self.monthKeys.contains(toks[k + 1].key), toks[k + 2].kind == .number { return nil }
        var j = k
        var particles: [String] = []
        var words: [String] = []
        while j < toks.count, toks[j].facts.contains(.particle), toks[j].isCapitalized, let c = gz.particles[toks[j].key] {
            var n = j + 1
            if n < toks.count, toks[n].isPunct("."), !toks[n].spaceBefore { n += 1 }
            guard n < toks.count, isNameToken(toks[n]) else { break }
            particles.append(c); j = n
        }
        var end = j
        var chain: Int?
        while j < toks.count, words.count < 5 {
            let t = toks[j]
            // "bin", "ibn": a patronymic chain follows ("Mohammed bin Salman").
            if t.kind == .word, !words.isEmpty, NameFold.patronymics.contains(t.key), j + 1 < toks.count, isNameToken(toks[j + 1]) {
                if chain == nil { chain = words.count }
                j += 1; continue
            }
            // "Abdel Fattah al-Burhan", "Riyad al-Maliki": a lower-case article joined to a name word.
            if t.kind == .word, !t.isCapitalized, !words.isEmpty, ["al", "el", "ad", "as", "ash", "an", "at", "az", "ul", "ud"].contains(t.key),
               j + 2 < toks.count, toks[j + 1].isHyphen, !toks[j + 1].spaceBefore, !toks[j + 2].spaceBefore, isNameToken(toks[j + 2]) {
                var word = t.text + "-" + toks[j + 2].text
                var n = j + 3
                while n + 1 < toks.count, toks[n].isHyphen, !toks[n].spaceBefore, !toks[n + 1].spaceBefore, toks[n + 1].kind == .word {
                    word += "-" + toks[n + 1].text; n += 2
                }
                words.append(word); j = n; end = n
                continue
            }
            // "Nurlanbek Turgunbek uulu", "Ilham Heydar oglu Aliyev": a Turkic patronymic's word
            // after the father's name, in lower case, is the name's.
            if t.kind == .word, !t.isCapitalized, words.count >= 2, Self.patronymicSuffixes.contains(t.key) {
                words.append(t.text); j += 1; end = j
                continue
            }
            // "Viegas d'Abreu", "Giscard d'Estaing", "Massimo D'Alema": an elided particle joined to
            // a name word by an apostrophe.
            if t.kind == .word, ["d", "l"].contains(t.key), j + 2 < toks.count, toks[j + 1].isApostrophe, !toks[j + 1].spaceBefore,
               !toks[j + 2].spaceBefore, isNameToken(toks[j + 2]), toks[j + 2].isCapitalized {
                words.append(t.text + toks[j + 1].text + toks[j + 2].text); j += 3; end = j
                continue
            }
            // "Mboso N'kodia Pwanga", "Pape N'Diaye", "Sean O'Brien": one capital, an apostrophe and
            // the rest of the word.
            if !words.isEmpty, t.kind == .word, t.text.utf8.count == 1, t.isCapitalized, !["d", "l"].contains(t.key), j + 2 < toks.count,
               toks[j + 1].isApostrophe, !toks[j + 1].spaceBefore, !toks[j + 2].spaceBefore, toks[j + 2].kind == .word, toks[j + 2].text.utf8.count >= 2 {
                words.append(t.text + toks[j + 1].text + toks[j + 2].text); j += 3; end = j
                continue
            }
            if t.kind == .word, !t.isCapitalized, Self.connectorsInNames.contains(t.key), !words.isEmpty {
                // "von der Leyen", "de la Cruz": connectors, then a name word.
                var n = j + 1
                while n < toks.count, n < j + 3, toks[n].kind == .word, !toks[n].isCapitalized, Self.connectorsInNames.contains(toks[n].key) { n += 1 }
                if n < toks.count, isNameToken(toks[n]) { j = n; continue }
                // "Qaboos bin Said": after "bin", a capitalised word is the father's name, even one
                // that is a common word too.
                if n == j + 1, n < toks.count, NameFold.patronymics.contains(t.key), toks[n].kind == .word, toks[n].isCapitalized, !toks[n].isAllCaps {
                    if chain == nil { chain = words.count }
                    words.append(toks[n].text); j = n + 1; end = j
                    continue
                }
            }
            // "Von der Leyen highlighted": a surname's particles, capitalised at a sentence's start,
            // before a lower-case connector and a name word; the surname is read without them.
            // Only where the article named that person in full before; else "Von der Leyen" is read whole.
            if words.isEmpty, t.kind == .word, t.isCapitalized, !t.isAllCaps, t.text.utf8.count <= 5, j + 2 < toks.count, toks[j + 1].kind == .word,
               !toks[j + 1].isCapitalized, Self.capitalisedParticles.contains(t.key), Self.connectorsInNames.contains(toks[j + 1].key),
               isNameToken(toks[j + 2]), toks[j + 2].isCapitalized, j == 0 || toks[j - 1].sentence != t.sentence || toks[j - 1].kind == .punct,
               case let surname = toks[j + 2].key,
               candidates.contains(where: { $0.kind == .person && $0.person.map { p in p.words.count >= 2 && TextFolding.key(p.words[p.words.count - 1]) == surname } == true }) {
                j += 2; continue
            }
            // "Fahd bin Mahmoud Al Said": after a capitalised "Al", a capitalised word is the family's
            // name, even one that is a common word too.
            if let last = words.last, last == "Al", t.kind == .word, t.isCapitalized, !t.isAllCaps, !isNameToken(t), j > 0, toks[j - 1].sentence == t.sentence {
                words.append(t.text); j += 1; end = j
                continue
            }
            // A short form printed inside the name: Luiz Inácio "Lula" da Silva.
            if !words.isEmpty, t.kind == .punct, Self.openQuotes.contains(t.text), j + 3 < toks.count, isNameToken(toks[j + 1]),
               toks[j + 2].kind == .punct, Self.closeQuotes.contains(toks[j + 2].text), isNameToken(toks[j + 3]) || Self.connectorsInNames.contains(toks[j + 3].key) {
                words.append(toks[j + 1].text)
                j += 3; continue
            }
            // "Ibrahim ibni Almarhum Sultan Iskandar": inside a patronymic chain, a ruler's title
            // before the father's name is part of it.
            if let c = chain, words.count > c, t.kind == .word, t.isCapitalized, gz.sovereignTitles.contains(t.key),
               j + 1 < toks.count, toks[j + 1].isCapitalized, isNameToken(toks[j + 1]) {
                words.append(t.text); j += 1; end = j; continue
            }
            // A title word that is a name's part: "Hassan Sheikh Mohamud" (Sheikh inside a name), and
            // an abbreviated title at a name's end with no dot and no name after it ("Hun Sen",
            // "Amartya Sen": "Sen." is a senator's title only before a name).
            if !words.isEmpty, t.kind == .word, t.isCapitalized, (gz.wordFacts[t.key] ?? []).isDisjoint(with: [.nonName, .roleHead, .roleModifier]),
               let title = gz.titles[t.key] ?? (t.isAllCaps ? nil : gz.roleAbbreviations[t.text]),
               !(j + 1 < toks.count && toks[j + 1].isPunct(".") && !toks[j + 1].spaceBefore) {
                let nextIsName = j + 1 < toks.count && isNameToken(toks[j + 1]) && toks[j + 1].isCapitalized
                // Not after a word that is itself a title here ("the Amir Sheikh Tamim").
                let after = j > 0 && (gz.wordFacts[toks[j - 1].key] ?? []).isDisjoint(with: [.title, .roleHead]) && parseRole(toks, j - 1) == nil
                    && !(k > 0 && Self.determiners.contains(toks[k - 1].key))
                // (After two name words, an honorific ends the name as its last word: "Zaw Min Tun".)
                if after && (nextIsName && Self.titlesInsideNames.contains(t.key) || !nextIsName && (title.count > t.text.count + 2 && words.count <= 2 || words.count >= 2 && t.text.utf8.count >= 3)) {
                    words.append(t.text); j += 1; end = j; continue
                }
            }
            // Initials in capitals after a title: "Vice President JD Vance".
            let initials = words.isEmpty && t.kind == .word && t.isAllCaps && (2...3).contains(t.text.count) && k > 0
                && (!(gz.wordFacts[toks[k - 1].key] ?? []).isDisjoint(with: [.roleHead, .title]) && toks[k - 1].isCapitalized
                    || ["elect", "designate"].contains(toks[k - 1].key) && k >= 2 && toks[k - 2].isHyphen)
                && j + 1 < toks.count && isNameToken(toks[j + 1]) && phrase(at: toks, j) == nil
                || words.isEmpty && j == k && leadingInitials(toks, k)
            // "Choe Son Hui", "Pak Jong Chon": after a family name written first, a short syllable
            // that is an English word too ("Son") is a given name's part.
            let syllable = (1...2).contains(words.count) && gz.familyNamesFirst.contains(TextFolding.key(words[0])) && isGivenSyllable(toks, j)
            guard isNameToken(t) || initials || syllable, words.isEmpty || !NameFold.isSuffix(t.text) else { break }
            // "Directors General Military Operations": a noun of action ("-tion", "-tions") is no name's word.
            if t.key.utf8.count > 6, t.key.hasSuffix("tion") || t.key.hasSuffix("tions") { break }
            // "New Unity", "New Democracy": no person's name opens with "New".
            if words.isEmpty, t.key == "new" { break }
            // A place's or a country's one word may open a name right after a title ("Minister of
            // External Relations Tete Antonio", "Defence Minister Israel Katz").
            // A country's one word after a given name, ending the name, is a family name: "Rep. Jim
            // Jordan", "her lawyer, Juan Carlos Portugal".
            if let (e, entry) = phrase(at: toks, j), entry.kind != .person, !(entry.generated && e == j + 1 && !words.isEmpty),
               // (Not after a month's name that is a given name too: "in Jan Germany reported".)
               !(entry.kind == .country && !entry.isDemonym && e == j + 1 && !words.isEmpty && !strict && toks[j - 1].facts.contains(.givenName)
                 && toks[j - 1].isCapitalized && !Self.monthKeys.contains(toks[j - 1].key) && !(e < toks.count && isNameToken(toks[e]) && toks[e].isCapitalized)),
               // A town's one word after a given name and a family name, ending the name, is a
               // second family name: "Samuel Doria Medina" (not before a possessive or more names).
               !(entry.kind == .place && e == j + 1 && words.count == 2 && !strict && j >= 2 && toks[j - 2].facts.contains(.givenName)
                 && toks[j - 2].isCapitalized && toks[j - 1].kind == .word && toks[j - 1].isCapitalized
                 && (e >= toks.count || toks[e].kind == .punct && !toks[e].isApostrophe || !toks[e].isCapitalized && !toks[e].isAllCaps)),
               // A town's one word right after a given name that a title or a particle opened is a
               // family name: "Finance Minister Fernando Medina", "Mir Ali Mardan Khan Domki".
               !(entry.kind == .place && e == j + 1 && words.count == 1 && (afterTitle || !particles.isEmpty) && !strict
                 && toks[j - 1].facts.contains(.givenName) && toks[j - 1].isCapitalized && !Self.monthKeys.contains(toks[j - 1].key)),
               !(afterTitle && words.isEmpty && j == k && e == j + 1 && (entry.kind == .place || entry.kind == .country) && !entry.isDemonym
                 && j + 1 < toks.count && isNameToken(toks[j + 1]) && (phrase(at: toks, j + 1) == nil || twoTownsNamed(toks, j + 1))),
               // "Daw Aung San Suu Kyi": a place's words after a title, with name words after them.
               !(afterTitle && words.isEmpty && j == k && entry.kind == .place && e < toks.count && toks[e].isCapitalized && isNameToken(toks[e])
                 && phrase(at: toks, e) == nil) { break }
            if strict, !words.isEmpty, !t.facts.contains(.givenName), !bodyWords.contains(t.text) { break }
            var word = t.text
            var n = j + 1
            // An initial: "M. Ishaq Dar".
            if t.text.count == 1 {
                // An initial, with or without its dot ("M. Ishaq Dar", "S Jaishankar").
                if n < toks.count, toks[n].isPunct("."), !toks[n].spaceBefore, n + 1 < toks.count, isNameToken(toks[n + 1]) {
                    word += "."; n += 1
                } else if !(n < toks.count && isNameToken(toks[n]) && toks[n].text.count > 1) {
                    // "C P Radhakrishnan", "J P Nadda": initials without dots, one after another, then
                    // the family name.
                    var m = n
                    while m < toks.count, m < n + 2, toks[m].kind == .word, toks[m].text.utf8.count == 1, toks[m].isCapitalized, isNameToken(toks[m]) { m += 1 }
                    guard m > n, m < toks.count, toks[m].kind == .word, isNameToken(toks[m]), toks[m].text.utf8.count > 2, !toks[m].isAllCaps else { break }
                }
            }
            // A name part shortened to two letters and a dot inside a name: "Guðni Th. Jóhannesson"
            // (not a title's abbreviation: "Mr.", "Dr.", "St.").
            if !words.isEmpty, t.text.utf8.count == 2, t.isCapitalized, !t.isAllCaps, n + 1 < toks.count, toks[n].isPunct("."), !toks[n].spaceBefore,
               isNameToken(toks[n + 1]), toks[n + 1].isCapitalized, !t.facts.contains(.titleFirst), !Self.shortNonNames.contains(t.key) {
                word += "."; n += 1
            }
            // Hyphen-joined parts: "Nasir-Zadeh", "Amir-Abdollahian", "Zia-ul-Haq"; an apostrophe
            // inside a name: "Wetang'ula", "O'Brien", "N'Diaye" (not a possessive's "'s").
            while n + 1 < toks.count, toks[n].isHyphen || toks[n].isApostrophe, !toks[n].spaceBefore, !toks[n + 1].spaceBefore,
                  toks[n + 1].kind == .word, toks[n].isHyphen || (toks[n + 1].key != "s" && toks[n + 1].key != "t") {
                word += toks[n].text + toks[n + 1].text; n += 2
            }
            // "Mohammed Shia' al-Sudani": an ayn or hamza written as a closing apostrophe, inside the
            // name (a name part follows); a plural's possessive ends in "s'".
            if !words.isEmpty, n + 1 < toks.count, toks[n].isApostrophe, !toks[n].spaceBefore, toks[n + 1].spaceBefore, toks[n + 1].kind == .word,
               !word.hasSuffix("s"), isNameToken(toks[n + 1]) || ["al", "el"].contains(toks[n + 1].key) && n + 2 < toks.count && toks[n + 2].isHyphen,
               // Not the close of a quotation ("supporters of 'Baba Ramdev' Ravi Shankar").
               !(0..<n).contains(where: { toks[$0].sentence == toks[n].sentence && toks[$0].isApostrophe && (toks[$0].spaceBefore || $0 == 0) }) {
                word += toks[n].text; n += 1
            }
            words.append(word)
            j = n
            end = n
        }
        // "Karen Hospital": a name that ends in an institution's head noun is the institution's.
        if words.count >= 2, Self.institutionHeads.contains(TextFolding.key(words[words.count - 1])) { return nil }
        guard !words.isEmpty else { return nil }
        // A generational suffix or regnal number belongs to the name but is not one of its words:
        // "Charles III", "Martin Luther King Jr.".
        var n = end
        var generation: String?
        if n < toks.count, toks[n].isPunct(","), n + 1 < toks.count, ["jr", "sr"].contains(toks[n + 1].key) { n += 1 }
        if n < toks.count, toks[n].kind == .word, NameFold.isSuffix(toks[n].text) {
            end = n + 1
            generation = toks[n].text
            if end < toks.count, toks[end].isPunct("."), !toks[end].spaceBefore, ["jr", "sr", "jnr", "snr"].contains(toks[n].key) { end += 1 }
            // "Carl XVI Gustaf": a monarch's second given name after the regnal number.
            else if words.count == 1, particles.isEmpty, !["jr", "sr", "jnr", "snr"].contains(toks[n].key), end < toks.count,
                    toks[end].kind == .word, toks[end].isCapitalized, !toks[end].isAllCaps, toks[end].facts.contains(.givenName), phrase(at: toks, end) == nil {
                words.append(toks[end].text)
                end += 1
            }
        }
        return NameRun(start: k, end: end, name: PersonName(particles: particles, words: words, chain: chain, generation: generation))
    }
}
