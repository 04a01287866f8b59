import Foundation

/// Folding of text for search and of names for comparison.
public enum TextFolding {
    /// Lower-cased, diacritics removed, typographic quotes and dashes made plain. Keeps length
    /// roughly but not exactly; use it for containment tests, not offsets.
    public static func searchFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.utf8.count)
        // Folding one non-ASCII scalar through Foundation is slow: remember each one per call.
        var cache: [UInt32: String] = [:]
        for u in s.unicodeScalars {
            switch u.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(u.value + 32)!)
            case 0...0x7F: out.append(u)
            case 0x2018, 0x2019, 0x02BC, 0x0060: out.append("'")
            case 0x201C, 0x201D: out.append("\"")
            case 0x2010...0x2015: out.append("-")
            case 0x00A0: out.append(" ")
            default:
                if let f = cache[u.value] { out.append(contentsOf: f.unicodeScalars); continue }
                let f = String(u).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                cache[u.value] = f
                out.append(contentsOf: f.unicodeScalars)
            }
        }
        return String(out)
    }
}
