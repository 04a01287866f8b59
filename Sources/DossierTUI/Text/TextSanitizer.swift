import DossierKit

/// The reader's names for `DossierKit.Sanitizer`, the one sanitiser behind every string drawn.
public enum TextSanitizer {
    public static var placeholder: Unicode.Scalar { Sanitizer.placeholder }

    @inline(__always)
    public static func isSafe(_ s: Unicode.Scalar) -> Bool { Sanitizer.isSafe(s) }

    public static func replacement(for s: Unicode.Scalar) -> Unicode.Scalar? { Sanitizer.replacement(for: s) }

    /// `text` with every unsafe scalar replaced.
    public static func clean(_ text: String) -> String { Sanitizer.forTerminal(text) }

    /// Like `clean`, but newlines, tabs and carriage returns become spaces first: for article
    /// paragraphs hard-wrapped in their file.
    public static func cleanFlowing(_ text: String) -> String { Sanitizer.forTerminal(text, flowing: true) }
}
