import Foundation

/// Naming traditions: which East Asian tradition a name is of, and whether a country's officials
/// carry names of it.
extension Gazetteer {
    /// The tradition of a name: its family name when it is written first ("Vo Van Thuong"), else a
    /// given name only East Asian traditions use ("Fumio Kishida"), else a given name they never use.
    func tradition(of name: PersonName) -> NameTradition {
        guard let first = name.words.first else { return .unknown }
        let firstKey = TextFolding.key(first)
        func eastOnly(_ word: String) -> Set<String> {
            var out = Set<String>()
            for part in word.split(separator: "-") {
                if let t = givenNameTraditions[TextFolding.key(String(part))], t.only { out.formUnion(t.traditions) }
            }
            return out
        }
        // The family name's traditions and its given names'; but given names that all share one of
        // the family name's keep to those ("Park Jin" is Korean, though "Jin" is a Japanese name too;
        // "Ko Wen-je", "Ho Duc Phoc" take their given names' traditions as well).
        // A Japanese name is spelt in Japanese's own letters: "Sato Kilman" (with an "l") is no
        // Japanese name, whatever its first word.
        let others = name.words.dropFirst()
        func japaneseOnly(_ ts: Set<String>) -> Bool { ts == ["japanese"] && others.contains { !Self.japaneseSpelling($0) } }
        if name.familyFirst, let family = familyNameTraditions[firstKey], !japaneseOnly(family) {
            // Each part of a hyphenated given name on its own ("Wen" of "Wen-je" is Chinese only).
            let given = name.words.dropFirst().flatMap { $0.split(separator: "-").map { eastOnly(String($0)) } }.filter { !$0.isEmpty }
            // (Not narrowed to what all share: the lists know "Jung" of "Cho Jung-tai", a Taiwanese
            // premier, as Korean only.)
            if !given.isEmpty, given.allSatisfy({ !$0.isDisjoint(with: family) }) { return .eastAsian(family) }
            return .eastAsian(given.reduce(family) { $0.union($1) })
        }
        let east = eastOnly(first)
        if !east.isEmpty, !japaneseOnly(east) { return .eastAsian(east) }
        if name.chain != nil { return .patronymicChain }
        if name.chain == nil, let t = givenNameTraditions[firstKey], t.traditions.isEmpty, familyNameTraditions[firstKey] == nil {
            return .elsewhere
        }
        return .unknown
    }

    /// Whether a word may be a Japanese name in Latin letters (Hepburn or Kunrei): no l, q, v or x,
    /// and a "c" only in "ch".
    static func japaneseSpelling(_ word: String) -> Bool {
        let b = Array(TextFolding.key(word).utf8)
        for (i, c) in b.enumerated() {
            if c == UInt8(ascii: "l") || c == UInt8(ascii: "q") || c == UInt8(ascii: "v") || c == UInt8(ascii: "x") { return false }
            if c == UInt8(ascii: "c"), i + 1 >= b.count || b[i + 1] != UInt8(ascii: "h") { return false }
        }
        return true
    }

    /// Whether officials of `country` carry names of `tradition`.
    func country(_ country: String, carries tradition: NameTradition) -> Bool {
        switch tradition {
        case .unknown: return true
        case .elsewhere: return !traditionCoreCountries.contains(country)
        case .eastAsian(let ts): return ts.contains { traditionCountries[$0]?.contains(country) == true }
        case .patronymicChain: return traditionCountries["patronymic-chain"]?.contains(country) ?? true
        }
    }
}
