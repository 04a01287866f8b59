import Foundation

/// Makes text safe to show on a terminal: no byte of content may move the cursor, change
/// colours, set a title or reorder text. The reader draws every string through it and the
/// command line prints every line through it.
///
/// - C0 controls and DEL become their visible Control Pictures (ESC → `␛`, NUL → `␀`, DEL → `␡`).
/// - C1 controls, bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks such
///   as U+200E/U+200F/U+061C, line and paragraph separators, and every other invisible format
///   character become `�`.
/// - The soft hyphen is dropped; zero-width joiners (needed by Persian and emoji) are kept.
public enum Sanitizer {
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// True when `s` can reach the terminal as it is.
    @inline(__always)
    public static func isSafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return true }
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xAD { return false }
        if v < 0x600 { return true }
        if v == 0x200C || v == 0x200D { return true }
        if v == 0x2028 || v == 0x2029 { return false }
        return s.properties.generalCategory != .format
    }

    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool { !isSafe(s) }

    /// The visible stand-in for an unsafe scalar, or nil to drop it.
    public static func replacement(for s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return "\u{2421}" }
        if v == 0xAD { return nil }
        return placeholder
    }

    /// `text` with every unsafe scalar replaced. With `flowing`, newlines, tabs and carriage
    /// returns become spaces first (hard-wrapped paragraphs); with `keepNewlines`, newlines stay.
    public static func forTerminal(_ text: String, flowing: Bool = false, keepNewlines: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || text.unicodeScalars.allSatisfy(isSafe) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isSafe(s) { out.append(s); continue }
            if flowing, s == "\n" || s == "\t" || s == "\r" { out.append(" "); continue }
            if keepNewlines, s == "\n" { out.append(s); continue }
            if let r = replacement(for: s) { out.append(r) }
        }
        return String(out)
    }
}
