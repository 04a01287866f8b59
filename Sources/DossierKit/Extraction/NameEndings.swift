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
        byteEndings = endings.map { (Array($0.ending.utf8), $0.stem) }
        lastBytes = Set(byteEndings.compactMap { $0.0.last })
    }
    /// The endings as bytes, and their last bytes (most words end in none of them).
    let byteEndings: [([UInt8], Int)]
    let lastBytes: Set<UInt8>

    /// True when the folded word `key` ends in a family name's ending after enough letters.
    func marksFamilyName(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { u in
            guard let last = u.last, lastBytes.contains(last) else { return false }
            for (ending, stem) in byteEndings where u.count >= ending.count + stem {
                if u.suffix(ending.count).elementsEqual(ending) { return u.allSatisfy { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 } }
            }
            return false
        }
    }
}
