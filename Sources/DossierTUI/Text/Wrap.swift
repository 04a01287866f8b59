/// A piece of text with a tag saying how to draw it (a theme role, a mention ...).
public struct Span<Tag: Hashable & Sendable>: Hashable, Sendable {
    public var text: String
    public var tag: Tag
    public init(_ text: String, _ tag: Tag) { self.text = text; self.tag = tag }
}

/// Word wrapping by display width: lines break at spaces; a word wider than the line is cut.
public enum Wrap {
    /// Wraps `spans` (already sanitised, no newlines) into lines at most `width` columns wide.
    /// Spaces at a break are dropped. An empty input gives one empty line.
    public static func lines<Tag>(_ spans: [Span<Tag>], width: Int) -> [[Span<Tag>]] {
        let width = max(1, width)
        // Flatten to (character, width, tag).
        var chars: [(Character, Int, Tag)] = []
        for s in spans { for ch in s.text { chars.append((ch, DisplayWidth.of(ch), s.tag)) } }
        var lines: [[(Character, Int, Tag)]] = [[]]
        var used = 0
        var i = 0
        while i < chars.count {
            let isSpace = chars[i].0 == " "
            var j = i
            var w = 0
            while j < chars.count, (chars[j].0 == " ") == isSpace { w += chars[j].1; j += 1 }
            if isSpace {
                if used > 0 || (i == 0 && lines.count == 1) {
                    // Keep spaces that fit; a break swallows the rest.
                    for k in i..<j where used + chars[k].1 <= width { lines[lines.count - 1].append(chars[k]); used += chars[k].1 }
                }
            } else if used + w <= width {
                lines[lines.count - 1].append(contentsOf: chars[i..<j]); used += w
            } else {
                // Drop the trailing spaces of the line we leave.
                if used > 0 {
                    while let last = lines[lines.count - 1].last, last.0 == " " { lines[lines.count - 1].removeLast() }
                    lines.append([]); used = 0
                }
                for k in i..<j {
                    if used + chars[k].1 > width, used > 0 { lines.append([]); used = 0 }
                    lines[lines.count - 1].append(chars[k]); used += chars[k].1
                }
            }
            i = j
        }
        while let last = lines[lines.count - 1].last, last.0 == " " { lines[lines.count - 1].removeLast() }
        return lines.map(group)
    }

    /// Plain-text convenience: the wrapped lines of `text`.
    public static func lines(_ text: String, width: Int) -> [String] {
        lines([Span(text, 0)], width: width).map { $0.map(\.text).joined() }
    }

    private static func group<Tag>(_ chars: [(Character, Int, Tag)]) -> [Span<Tag>] {
        var out: [Span<Tag>] = []
        for (ch, _, tag) in chars {
            if let last = out.last, last.tag == tag { out[out.count - 1].text.append(ch) }
            else { out.append(Span(String(ch), tag)) }
        }
        return out
    }
}
