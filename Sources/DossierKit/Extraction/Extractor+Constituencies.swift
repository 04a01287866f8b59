import Foundation

extension ExtractionContext {
    /// Words for a member of a legislature, before "for" and the seat they hold.
    static let memberWords: Set<String> = ["mp", "mps", "member", "members", "lawmaker", "legislator", "mla", "mna", "deputy",
                                           "congressman", "congresswoman", "representative", "senator"]
    /// The ones that are a legislator's only, before "from" too ("a Liberal MP from …"; a member
    /// or a representative from a company is no seat's).
    static let legislatorWords: Set<String> = ["mp", "mps", "lawmaker", "legislator", "mla", "mna", "congressman", "congresswoman", "senator"]
    static let weekdaysAndMonths: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                 "january", "february", "march", "april", "may", "june", "july", "august",
                                                 "september", "october", "november", "december", "former", "late"]
    /// Words that end many seats' names ("Kibwezi West", "Kitui Central", "St Andrew East Rural").
    static let seatEndWords: Set<String> = ["north", "south", "east", "west", "central", "rural", "urban", "northeast", "northwest",
                                            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]
    /// Words for the seat itself, before "of".
    static let seatWords: Set<String> = ["seat", "riding", "constituency", "electorate"]
    /// "after representing Rae Bareli in the Lok Sabha": a seat held in a legislature.
    static let representWords: Set<String> = ["representing", "represents", "represented", "represent"]
    /// Verbs of winning or holding a seat.
    static let seatVerbs: Set<String> = ["won", "win", "wins", "retained", "retain", "retains", "held", "holds", "hold", "kept", "keeps",
                                         "lost", "loses", "contested", "contests", "defended", "defends", "took", "takes", "gained", "gains"]
    static let afterSeatTerm: Set<String> = ["for", "since", "until", "from", "between", "before", "after", "and"]
    static let legislatureWords: Set<String> = ["lok", "rajya", "parliament", "house", "assembly", "senate", "congress", "commons",
                                                "legislature", "bundestag", "majlis", "knesset", "diet", "duma", "sejm", "storting", "riksdag"]

    /// A constituency, by what is said of it: "the MP for Holborn and St Pancras", "a Liberal MP
    /// from Nipissing—Timiskaming", "his seat of Carleton", "the MP for Aoke/Langalanga". Its name
    /// is capitalised words, perhaps joined by "and", a dash or a slash; a country is no seat.
    mutating func findConstituencies() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var i = 0
            while i + 1 < toks.count {
                defer { i += 1 }
                guard toks[i].facts.contains(.seatWord) else { continue }
                let t = toks[i]
                guard t.kind == .word, !t.isCapitalized || t.isAllCaps else { continue }
                // ("… the Air Putih seat." at a paragraph's end: the seat's rule below reads one token on.)
                if i + 2 >= toks.count, !["seat", "constituency", "riding"].contains(t.key) { continue }
                // "Kibwezi West MP Mwengi Mutuse": a seat named by a compass word before the member's
                // word (a party before it is no seat: "Labour MP").
                if Self.legislatorWords.contains(t.key), i >= 2, Self.seatEndWords.contains(toks[i - 1].key), toks[i - 1].isCapitalized {
                    // Back over the seat's words; not over a title or a tenure ("Former"), a weekday or
                    // a month, a body's head ("Jubilee Party Mathare North"), or a possessive.
                    var s = i - 1
                    while s > 0, i - s < 4, isNameWord(toks[s - 1]), toks[s - 1].isCapitalized, !toks[s - 1].facts.contains(.roleStart),
                          !Self.weekdaysAndMonths.contains(toks[s - 1].key), !Self.orgHeads.contains(toks[s - 1].key),
                          !(s >= 2 && toks[s - 1].key == "s" && toks[s - 2].isApostrophe) { s -= 1 }
                    // A person's name is no seat ("Catherine West MP", "Oliver North", "Lord North").
                    if s < i - 1, !toks[s].facts.contains(.givenName), !toks[s].facts.contains(.widerGivenName), skipTitles(toks, s) == s,
                       !(s > 0 && skipTitles(toks, s - 1) > s - 1), countryAt(toks, s) == nil,
                       phrase(at: toks, s).map({ $0.entry.kind == .organization }) != true {
                        add(b, s, i, .place, name: text(b, s, i), rule: "constituency")
                    }
                }
                if Self.representWords.contains(t.key), isNameWord(toks[i + 1]), toks[i + 1].isCapitalized {
                    let s = i + 1, e = seatNameEnd(toks, from: s)
                    var k = e + 1
                    if k < toks.count, toks[k].key == "the" { k += 1 }
                    // The legislature ends the phrase ("… in the Lok Sabha for two decades"; not "in the
                    // House ethics inquiry"); "House" only as "House of …".
                    var l = k
                    while l < toks.count, l < k + 4, toks[l].kind == .word, toks[l].isCapitalized || toks[l].key == "of" { l += 1 }
                    guard e < toks.count, toks[e].key == "in", k < toks.count, Self.legislatureWords.contains(toks[k].key), toks[k].isCapitalized,
                          toks[k].key != "house" || k + 1 < toks.count && toks[k + 1].key == "of",
                          l == toks.count || toks[l].kind == .punct && !toks[l].isApostrophe || Self.afterSeatTerm.contains(toks[l].key),
                          countryAt(toks, s) == nil, phrase(at: toks, s).map({ $0.entry.kind == .organization }) != true else { continue }
                    add(b, s, e, .place, name: text(b, s, e), rule: "represented-seat")
                    i = e - 1
                    continue
                }
                // "retained the Air Putih seat", "won the Datuk Keramat seat": a seat's capitalised
                // name between "the" after a verb of winning or holding and the seat's word.
                // One word must be a place the tables know ("the Security Council seat", "the Tory
                // seat", "the Kennedy seat" name none); each of several must be no body's, country's
                // or side's word.
                if ["seat", "constituency", "riding"].contains(t.key), i >= 3, toks[i + 1].key != "of" {
                    var s = i
                    while s > 0, i - s < 4, isNameWord(toks[s - 1]), toks[s - 1].isCapitalized, !toks[s - 1].isAllCaps,
                          !Self.legislatureWords.contains(toks[s - 1].key) { s -= 1 }
                    let words = s..<i
                    let named = words.count == 1 ? phrase(at: toks, s).map { $0.entry.kind == .place && $0.end == i } == true
                        : words.allSatisfy { k in
                            !Self.orgHeads.contains(toks[k].key) && !Self.politicalWords.contains(toks[k].key) && !Self.nonPartyWords.contains(toks[k].key)
                                && countryAt(toks, k) == nil && phrase(at: toks, k).map({ $0.entry.kind == .organization }) != true
                        }
                    if s < i, s >= 2, named, parseRole(toks, s) == nil, toks[s - 1].key == "the", Self.seatVerbs.contains(toks[s - 2].key),
                       countryAt(toks, s) == nil, phrase(at: toks, s).map({ [.organization, .country].contains($0.entry.kind) }) != true {
                        add(b, s, i, .place, name: text(b, s, i), rule: "constituency")
                        continue
                    }
                }
                guard i + 2 < toks.count else { continue }
                let introduced = Self.memberWords.contains(t.key) && toks[i + 1].key == "for" || Self.legislatorWords.contains(t.key) && toks[i + 1].key == "from"
                    || Self.seatWords.contains(t.key) && toks[i + 1].key == "of"
                guard introduced, isNameWord(toks[i + 2]), !toks[i + 2].isAllCaps || toks[i + 2].key.utf8.count > 4 else { continue }
                let s = i + 2
                let e = seatNameEnd(toks, from: s)
                guard e > s, countryAt(toks, s).map({ $0.end >= e }) != true,
                      phrase(at: toks, s).map({ $0.entry.kind == .organization && $0.end >= e }) != true else { continue }
                add(b, s, e, .place, name: text(b, s, e), rule: "constituency")
                i = e - 1
            }
        }
    }

    /// The end of a seat's name starting at `s`: capitalised words, "and" between two of them,
    /// and a dash or slash that joins two without spaces ("Battle River—Crowfoot"); six words at most.
    func seatNameEnd(_ toks: [Token], from s: Int) -> Int {
        var k = s, words = 0
        while k < toks.count, words < 6 {
            if isNameWord(toks[k]) { k += 1; words += 1; continue }
            if k > s, k + 1 < toks.count, isNameWord(toks[k + 1]) {
                if toks[k].key == "and" { k += 1; continue }
                if toks[k].kind == .punct, !toks[k].spaceBefore, !toks[k + 1].spaceBefore, ["—", "–", "-", "/"].contains(toks[k].text) { k += 1; continue }
            }
            break
        }
        return k
    }
}
