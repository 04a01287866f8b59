import Foundation

/// What the tables say of a place, a country, an office and a family's name: look-ups the rules ask of the gazetteer.
extension Gazetteer {
    /// The country of a city, province or region named `s` ("Seoul" → South Korea), or of a
    /// capital; a country's own name gives the country.
    func country(ofPlace s: String) -> String? {
        let k = Gazetteer.keys(s)
        guard let f = k.first else { return nil }
        if let o = phrases[f]?.first(where: { $0.keys == k && ($0.entry.kind == .place || $0.entry.kind == .country) }), let c = o.entry.country {
            return c
        }
        if let c = countryCapitals[k.joined(separator: " ")] { return c }
        // "Isabel Province", "Canelones Department": a subdivision the tables know by its name.
        guard k.count >= 2, let head = k.last, Self.subdivisionHeads.contains(head),
              let o = phrases[f]?.first(where: { $0.keys.count == k.count - 1 && $0.keys == Array(k.dropLast()) && $0.entry.kind == .place }) else { return nil }
        return o.entry.country
    }
    static let subdivisionHeads: Set<String> = ["province", "region", "state", "district", "county", "governorate", "prefecture", "oblast", "department", "city"]

    /// The country whose capital is the place with these keys.
    func capitalCountry(of keys: [String]) -> String? { countryCapitals[keys.joined(separator: " ")] }

    /// A ruling family's name at the end of a person's printed name, as evidence of the country.
    func familyCountry(_ printed: String) -> CountryEvidence? {
        let k = Gazetteer.keys(printed)
        guard k.count >= 3, let c = familyCountries[k.suffix(2).joined(separator: " ")] else { return nil }
        return CountryEvidence(country: c, strength: .office, cue: k.suffix(2).joined(separator: " "))
    }

    /// An office only one country has, as evidence of the holder's country.
    func officeCountry(_ title: String) -> CountryEvidence? {
        // The whole title only: an office at the end of a longer title ("Shadow Home Secretary")
        // is not the office.
        guard let c = officeCountries[Gazetteer.joinedKey(title)] else { return nil }
        return CountryEvidence(country: c, strength: .office, cue: title)
    }
    func country(named key: String) -> String? { countryNames[key] }

    /// Whether an office's title names an international or regional body ("UN Secretary-General",
    /// "President of the European Commission", "SADC Executive Secretary"), and is no country's
    /// post at one ("Permanent Representative to the United Nations", "Minister of East African
    /// Community Affairs").
    /// The countries of the parties of several countries a title names ("Labour leader").
    func sharedPartyCountries(_ title: String) -> Set<String> {
        let k = Gazetteer.keys(title)
        var out = Set<String>()
        for n in k.indices {
            for option in phrases[k[n]] ?? [] where option.entry.kind == .organization && option.entry.party {
                guard n + option.keys.count <= k.count, Array(k[n..<n + option.keys.count]) == option.keys else { continue }
                out.formUnion(option.entry.sharedBy)
            }
        }
        return out
    }

    func namesInternationalBody(_ title: String, countingParties: Bool = true) -> Bool {
        let k = Gazetteer.keys(title)
        guard !k.contains(where: { Self.nationalPostWords.contains($0) }) else { return false }
        for n in k.indices {
            for option in phrases[k[n]] ?? [] where option.entry.kind == .organization && option.entry.country == nil && !option.entry.generic && (countingParties || !option.entry.party) {
                guard n + option.keys.count <= k.count, Array(k[n..<n + option.keys.count]) == option.keys else { continue }
                if !option.entry.exactCase || title.contains(option.entry.form) { return true }
            }
        }
        return false
    }
    static let nationalPostWords: Set<String> = [
        "minister", "ministry", "ambassador", "envoy", "representative", "delegate", "affairs", "mission", "permanent",
    ]

    /// Whether `s` (one to three words) is a city, province or region in the gazetteer.
    func isKnownPlace(_ s: String) -> Bool {
        let k = Gazetteer.keys(s)
        guard let f = k.first else { return false }
        return phrases[f]?.contains { $0.keys == k && ($0.entry.kind == .place || $0.entry.kind == .country) } == true
    }
}
