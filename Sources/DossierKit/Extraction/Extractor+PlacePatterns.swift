import Foundation

/// Places named by their kind: a facility or landmark by its head noun, a seat, a district, a
/// mayor's town, settlements a lower-case word introduces.
extension ExtractionContext {
    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]
    static let regionalWords: Set<String> = ["governor", "governorship", "province", "provincial", "regional", "premier"]

    mutating func findPlacePatterns() {
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where i > 0 && toks[i].facts.contains(.placeWord) && toks[i].kind == .word && !toks[i].isCapitalized && Self.lowercasePlaceHeads.contains(toks[i].key)
                && isNameWord(toks[i - 1]) && !Self.runStops.contains(toks[i - 1].key) {
                let s = capitalisedRunStart(toks, endingAt: i)
                guard s < i, phrase(at: toks, s).map({ $0.entry.kind == .country && $0.end == i }) != true,
                      parseRole(toks, s) == nil else { continue }
                // A district's or a county's own name, no table's, no person's and no people's,
                // ending the phrase: "Tokyo's Nagatacho district on Monday", not "the Hezbollah
                // suburb of Dahiyeh", "a Shiite neighbourhood", "Manhattan district attorney".
                if Self.areaHeads.contains(toks[i].key) {
                    let next = i + 1 < toks.count ? toks[i + 1] : nil
                    // ("the Ambohidahy neighbourhood of Antananarivo": "of" and a known town.)
                    let ofTown = i + 2 < toks.count && toks[i + 1].key == "of" && placeAt(toks, i + 2) != nil
                    guard ofTown || next.map({ $0.kind == .punct && !$0.isApostrophe && !$0.isHyphen || Self.afterArea.contains($0.key) }) ?? true,
                          !(s > 0 && ["a", "an"].contains(toks[s - 1].key)),
                          !(s..<i).contains(where: { k in phrase(at: toks, k) != nil || toks[k].facts.contains(.givenName) || gz.nonNames.contains(toks[k].key) })
                    else { continue }
                }
                add(b, s, i + 1, .place, name: text(b, s, i + 1), rule: "place-head-noun")
            }
            // "West Java governor", "the North Sumatra provincial government": a compass word and
            // one or two capitalised words no table knows, before a region's office or "province".
            for i in toks.indices where toks[i].kind == .word && toks[i].isCapitalized && Self.compassWords.contains(toks[i].key) && i + 2 < toks.count {
                var e = i + 1
                while e < toks.count, e < i + 3, toks[e].kind == .word, toks[e].isCapitalized, isNameWord(toks[e]), !Self.compassWords.contains(toks[e].key),
                      roleHead(toks, e) == nil, !Self.orgHeads.contains(toks[e].key), !Self.placeHeads.contains(toks[e].key) { e += 1 }
                guard e > i + 1, e < toks.count, Self.regionalWords.contains(toks[e].key),
                      !(i..<e).contains(where: { k in phrase(at: toks, k).map { $0.entry.kind != .place } ?? false || toks[k].facts.contains(.givenName) }),
                      phrase(at: toks, i).map({ $0.end >= e }) != true else { continue }
                add(b, i, e, .place, name: text(b, i, e), rule: "place-head-noun")
            }
            // "the Kambarata-1 hydropower plant", "the Guerguerat crossing point": a facility's kind in
            // two lower-case words after its name.
            for i in toks.indices where i > 1 && toks[i].facts.contains(.placeWord) && toks[i].kind == .word && (4...8).contains(toks[i].key.utf8.count) && !toks[i].isCapitalized
                && toks[i - 1].kind == .word && !toks[i - 1].isCapitalized && Self.facilityHeads.contains(toks[i].key)
                && toks[i - 1].kind == .word && !toks[i - 1].isCapitalized && Self.facilityKinds.contains(toks[i - 1].key)
                && (isNameWord(toks[i - 2]) || toks[i - 2].kind == .number && i > 3 && toks[i - 3].isHyphen) && !Self.runStops.contains(toks[i - 2].key) {
                var last = i - 2
                if toks[last].kind == .number { last -= 2 }
                guard last > 0, isNameWord(toks[last]) else { continue }
                let s = capitalisedRunStart(toks, endingAt: last + 1)
                guard s <= last, phrase(at: toks, s).map({ $0.entry.kind == .country && $0.end == last + 1 }) != true,
                      parseRole(toks, s) == nil, countryAt(toks, s) == nil else { continue }
                add(b, s, i + 1, .place, name: text(b, s, i + 1), rule: "place-head-noun")
            }
            // "the Akorda presidential residence", "Seri Perdana, his official residence": a seat's name.
            for i in toks.indices where i > 1 && toks[i].facts.contains(.placeWord) && toks[i].kind == .word && !toks[i].isCapitalized && Self.isSeatWord(toks[i].key)
                && Self.seatAdjectives.contains(toks[i - 1].key) {
                if isNameWord(toks[i - 2]), !Self.runStops.contains(toks[i - 2].key) {
                    let s = capitalisedRunStart(toks, endingAt: i - 1, maxWords: 3)
                    if s < i - 1, phrase(at: toks, s) == nil, parseRole(toks, s) == nil {
                        add(b, s, i - 1, .place, name: text(b, s, i - 1), rule: "place-head-noun")
                    }
                }
                // After the seat's words: "…his official residence, Seri Perdana."
                var e = i + 2
                guard i + 2 < toks.count, toks[i + 1].isPunct(",") else { continue }
                while e < toks.count, e < i + 5, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key) { e += 1 }
                if e > i + 2, e == toks.count || !(toks[e].kind == .word && toks[e].isCapitalized), phrase(at: toks, i + 2) == nil {
                    add(b, i + 2, e, .place, name: text(b, i + 2, e), rule: "place-head-noun")
                }
            }
        }
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where toks[i].facts.contains(.placeWord) && toks[i].kind == .word && toks[i].isCapitalized && Self.placeHeadsFirst.contains(toks[i].key) {
                var j = i + 1, words = 0
                while j < toks.count, words < 3 {
                    if Self.placeConnectors.contains(toks[j].key), j + 1 < toks.count, isNameWord(toks[j + 1]) { j += 1; continue }
                    guard isNameWord(toks[j]), !Self.runStops.contains(toks[j].key), phrase(at: toks, j)?.entry.kind != .country else { break }
                    words += 1; j += 1
                }
                // ("the Port Authority": a body's head ends it.)
                if words > 0, !Self.orgHeads.contains(toks[j - 1].key) { add(b, i, j, .place, name: text(b, i, j), rule: "place-head-first") }
            }
        }
        // "the mayor of Campulung,": a mayor's town, capitalised words no table knows that end the
        // clause.
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where i + 2 < toks.count && toks[i].facts.contains(.roleStart) && toks[i].key == "mayor" && toks[i + 1].key == "of" {
                var e = i + 2
                while e < toks.count, e < i + 5, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key), !toks[e].facts.contains(.givenName) || e > i + 2 { e += 1 }
                guard e > i + 2, e == toks.count || toks[e].kind == .punct && !toks[e].isApostrophe && !toks[e].isHyphen,
                      phrase(at: toks, i + 2) == nil, countryAt(toks, i + 2) == nil else { continue }
                add(b, i + 2, e, .place, name: text(b, i + 2, e), rule: "place-context")
            }
        }
        // "the villages of Bağanis Ayrum, Xeyrimli and Qızılhacılı", "the town of Gizo": the
        // names a lower-case settlement word introduces.
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where i + 2 < toks.count && toks[i].facts.contains(.settlementWord) && !toks[i].isCapitalized {
                let plural = toks[i].key.hasSuffix("s")
                if plural { placesBeforePlural(b, toks, i) }
                if toks[i].key == "ports" { portsOf(b, toks, i); continue }
                var j = i + 2
                if toks[i + 1].key != "of" {
                    // "ten Greek islands in the eastern Aegean, including Lesvos, Chios and Samos": a
                    // plural's examples after "including" or "such as", in the same sentence.
                    guard plural, let k = (i + 1..<min(toks.count - 1, i + 9)).first(where: { k in
                        toks[k].key == "including" || toks[k].key == "such" && toks[k + 1].key == "as" || toks[k].isPunct(".") || toks[k].isPunct(";")
                    }), toks[k].kind == .word else { continue }
                    j = toks[k].key == "such" ? k + 2 : k + 1
                    guard j < toks.count, isNameWord(toks[j]) else { continue }
                }
                while j < toks.count {
                    var e = j
                    while e < toks.count, e < j + 4, isNameWord(toks[e]), !Self.runStops.contains(toks[e].key) {
                        e += 1
                        if e + 1 < toks.count, toks[e].isHyphen, !toks[e].spaceBefore, isNameWord(toks[e + 1]) { e += 1 }
                    }
                    guard e > j, countryAt(toks, j) == nil, parseRole(toks, j) == nil,
                          phrase(at: toks, j).map({ $0.entry.kind == .organization || $0.entry.kind == .country }) != true else { break }
                    add(b, j, e, .place, name: text(b, j, e), rule: "place-list")
                    guard plural, e + 1 < toks.count else { break }
                    // ", B", " and C", ", and D"
                    var n = e
                    if toks[n].isPunct(",") { n += 1 }
                    if n < toks.count, toks[n].key == "and" { n += 1 }
                    guard n > e, n < toks.count, isNameWord(toks[n]) else { break }
                    j = n
                }
            }
        }
        let compass: Set<String> = ["north", "south", "east", "west", "central", "southeast", "southwest", "northeast", "northwest", "western", "eastern", "southern", "northern"]
        let continents: Set<String> = ["asia", "africa", "europe", "america"]
        for b in blocks.indices {
            let toks = blocks[b].tokens
            for i in toks.indices where i + 3 < toks.count {
                // "South and Central Asia"
                if toks[i].isCapitalized, compass.contains(toks[i].key), toks[i + 1].key == "and",
                   compass.contains(toks[i + 2].key), toks[i + 2].isCapitalized, continents.contains(toks[i + 3].key) {
                    add(b, i, i + 4, .place, name: text(b, i, i + 4), rule: "region-pair")
                }
            }
        }
    }
}
