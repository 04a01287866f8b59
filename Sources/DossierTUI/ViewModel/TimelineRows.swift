import DossierKit

/// How the timeline lays out an article at the pane's size, like a mail client's list that
/// turns into cards when it is narrow:
///
/// - one line (`date ★ source  title`) when the title keeps at least 40 columns beside the
///   source column: a wide timeline, or the single-pane layout;
/// - else two lines (`date ★ source`, then the title across the whole pane) when the pane has
///   room for six of them;
/// - else, in a short pane, one line without the source.
///
/// The date always carries its year. Update (scrolling, clicks, page size) and the view share it.
public struct TimelineRows: Hashable, Sendable {
    public enum Shape: Hashable, Sendable { case oneLine, twoLines }

    public var shape: Shape
    /// Columns of the source column in one-line rows; 0 when there is none.
    public var sourceWidth: Int
    /// The pane's inner width.
    public var width: Int

    static let dateWidth = 10
    /// Columns before the source or the title: the bar, the date, a space, the star and a space.
    static let lead = 1 + dateWidth + 1 + 2
    static let minTitle = 40
    static let maxSource = 16
    /// Two-line rows only where at least six fit.
    static let minTwoLineHeight = 12

    /// `corpusSourceWidth`: the widest source in the corpus (capped), 0 when no article has one.
    public init(width: Int, height: Int, corpusSourceWidth: Int) {
        self.width = width
        let s = min(TimelineRows.maxSource, corpusSourceWidth)
        let withSource = width - TimelineRows.lead - (s > 0 ? s + 2 : 0)
        if withSource >= TimelineRows.minTitle {
            shape = .oneLine; sourceWidth = s
        } else if height >= TimelineRows.minTwoLineHeight {
            shape = .twoLines; sourceWidth = 0
        } else {
            shape = .oneLine; sourceWidth = 0
        }
    }

    /// Screen lines per article.
    public var rowHeight: Int { shape == .twoLines ? 2 : 1 }

    /// Articles that fit in `height` lines (at least one).
    public func visible(height: Int) -> Int { max(1, height / rowHeight) }

    /// What the timeline says of an article's source: the site or feed it came from, else the
    /// agency its dateline credits, else nothing.
    public static func source(_ a: Article) -> String? {
        guard let s = a.source ?? a.agency else { return nil }
        let clean = Sanitizer.forTerminal(s, flowing: true)
        return clean.isEmpty ? nil : clean
    }

    /// The widest source among `articles`, capped at `maxSource`. Each distinct source (a feed
    /// names thousands of articles) is measured once.
    static func sourceWidth<S: Sequence>(_ articles: S) -> Int where S.Element == Article {
        var w = 0
        var seen: Set<String> = []
        for a in articles {
            guard let raw = a.source ?? a.agency, seen.insert(raw).inserted, let s = source(a) else { continue }
            w = max(w, DisplayWidth.of(s))
            if w >= maxSource { return maxSource }
        }
        return w
    }

    /// `s` cut to `columns` with "…", never leaving a space before the "…".
    static func cut(_ s: String, to columns: Int) -> String {
        let t = DisplayWidth.truncate(s, to: columns)
        guard t.hasSuffix("…"), t.dropLast().last == " " else { return t }
        var head = String(t.dropLast())
        while head.last == " " { head.removeLast() }
        return head + "…"
    }

    /// "2025-05-08", or "undated".
    static func date(_ a: Article) -> String {
        DisplayWidth.pad(a.published?.description ?? "undated", to: dateWidth)
    }

    /// The lines of one row after the bar column: spans tagged with their theme roles.
    /// `starred` puts a ★ after the date; the title is cut with "…" to what is left.
    public func lines(_ a: Article, starred: Bool) -> [[Span<ThemeRole>]] {
        let date = Span(TimelineRows.date(a) + " ", ThemeRole.timelineDate)
        let star = Span(starred ? "★ " : "  ", ThemeRole.star)
        let title = Sanitizer.forTerminal(a.title.isEmpty ? a.file : a.title, flowing: true)
        let source = TimelineRows.source(a)
        let room = width - 1
        switch shape {
        case .oneLine:
            var line = [date, star]
            if sourceWidth > 0 {
                line.append(Span(DisplayWidth.pad(TimelineRows.cut(source ?? "", to: sourceWidth), to: sourceWidth) + "  ", .timelineSource))
            }
            let used = TimelineRows.lead - 1 + (sourceWidth > 0 ? sourceWidth + 2 : 0)
            line.append(Span(TimelineRows.cut(title, to: room - used), .timelineTitle))
            return [line]
        case .twoLines:
            var first = [date, star]
            if let source { first.append(Span(TimelineRows.cut(source, to: room - (TimelineRows.lead - 1)), .timelineSource)) }
            return [first, [Span(TimelineRows.cut(title, to: room), .timelineTitle)]]
        }
    }
}
