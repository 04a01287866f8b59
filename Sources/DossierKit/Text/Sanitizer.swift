import Foundation

/// Makes text safe to show on a terminal: no byte of content may move the cursor, change
/// colours, set a title or reorder text.
public enum Sanitizer {
    /// Replaces control and invisible format characters with visible placeholders:
    /// C0 controls become their Control Pictures (U+2400 block, ESC → ␛), DEL → ␡, C1 controls and
    /// bidi overrides/isolates and other format characters → `�`. Tabs become a space; newlines
    /// are kept only when `keepNewlines` is true.
    public static func forTerminal(_ s: String, keepNewlines: Bool = false) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u) && !(keepNewlines && u == "\n") { needs = true; break }
        guard needs else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if keepNewlines && u == "\n" { out.append(u); continue }
            guard isUnsafe(u) else { out.append(u); continue }
            switch u.value {
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// C0, DEL, C1, bidi controls, line/paragraph separators and other invisible format characters
    /// (zero-width joiners used inside emoji and scripts are kept).
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true   // bidi marks, overrides, isolates
        case 0x2028, 0x2029: return true
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0xFFF9...0xFFFB: return true             // invisible
        case 0x200C, 0x200D: return false                                              // ZWNJ, ZWJ: needed by scripts
        default:
            return u.properties.generalCategory == .format && u.value != 0x00AD ? true : false
        }
    }
}
