import Foundation

/// Endings that mark a family name in a naming tradition ("-escu", "-enko", "-shvili", "-yan"),
/// from Resources/family_name_endings.tsv: a name with no other cue reads as a person's when
/// its last word ends so.
struct NameEndings {
    let endings: [(ending: String, stem: Int)]

    static let shared = NameEndings(bundle: Bundle.module)

    init(bundle: Bundle) {
        var out: [(String, Int)] = []
        if let url = bundle.url(forResource: "family_name_endings.tsv", withExtension: nil, subdirectory: "Resources")
            ?? bundle.url(forResource: "family_name_endings.tsv", withExtension: nil),
           let data = try? Data(contentsOf: url) {
            for row in Gazetteer.rows(data) where row.count >= 3 {
                if let stem = Int(row[2]) { out.append((row[0], stem)) }
            }
        }
        endings = out.sorted { $0.0.utf8.count > $1.0.utf8.count }
    }

    /// True when the folded word `key` ends in a family name's ending after enough letters.
    func marksFamilyName(_ key: String) -> Bool {
        let n = key.utf8.count
        for (ending, stem) in endings where n >= ending.utf8.count + stem && key.hasSuffix(ending) {
            return key.allSatisfy(\.isLetter)
        }
        return false
    }
}
