/// Which panes fit on the screen.
public enum LayoutMode: Hashable, Sendable {
    /// Timeline, article and sidebar side by side (120 columns and more).
    case three
    /// The timeline beside one more pane (80–119 columns): the article, or the sidebar in its
    /// place while the sidebar has focus.
    case narrow
    /// One pane at a time under a tab line (below 80 columns).
    case single
    /// Below 20×6: only a "terminal too small" line.
    case tooSmall
}

/// Where everything goes on a screen of a given size. Pure arithmetic; views draw into these
/// rectangles and nowhere else.
public struct ScreenLayout: Hashable, Sendable {
    public var mode: LayoutMode
    public var width: Int
    public var height: Int
    /// Row 0: product name, corpus, count, filters.
    public var statusBar: Rect
    /// Below 80 columns: the tab line (row 1).
    public var tabLine: Rect?
    /// The last row: hints, messages, or the prompt.
    public var bottomLine: Rect
    /// Pane frames (borders included). In single mode only the focused pane has one.
    public var timeline: Rect?
    public var content: Rect?
    public var sidebar: Rect?

    public static let minWidth = 20, minHeight = 6

    /// The layout for `width`×`height`. `wideContent` (an entity page) spans article and sidebar.
    public init(width: Int, height: Int, focus: Pane, wideContent: Bool) {
        self.width = width; self.height = height
        statusBar = Rect(x: 0, y: 0, width: width, height: 1)
        bottomLine = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        if width < ScreenLayout.minWidth || height < ScreenLayout.minHeight {
            mode = .tooSmall
            return
        }
        let top = 1, mainHeight = height - 2
        if width < 80 {
            mode = .single
            tabLine = Rect(x: 0, y: 1, width: width, height: 1)
            let main = Rect(x: 0, y: 2, width: width, height: mainHeight - 1)
            switch focus {
            case .timeline: timeline = main
            case .content: content = main
            case .sidebar: if wideContent { content = main } else { sidebar = main }
            }
            return
        }
        mode = width >= 120 ? .three : .narrow
        let tl = ScreenLayout.timelineWidth(width)
        timeline = Rect(x: 0, y: top, width: tl, height: mainHeight)
        let rest = Rect(x: tl, y: top, width: width - tl, height: mainHeight)
        if wideContent {
            content = rest
        } else if mode == .three {
            let sb = min(40, max(28, width * 23 / 100))
            content = Rect(x: tl, y: top, width: width - tl - sb, height: mainHeight)
            sidebar = Rect(x: width - sb, y: top, width: sb, height: mainHeight)
        } else if focus == .sidebar {
            sidebar = rest
        } else {
            content = rest
        }
    }

    /// The timeline's frame width beside other panes: room for a date, a source and at least 40
    /// columns of title from 120 columns on (two-line rows, or one line once it is wide enough);
    /// 32 to 46 columns below that, where the article takes the rest.
    static func timelineWidth(_ width: Int) -> Int {
        width >= 120 ? min(80, max(44, width * 2 / 5 - 4)) : min(46, max(32, width * 2 / 5))
    }

    /// The frame of `pane`, if it is on screen.
    public func frame(of pane: Pane) -> Rect? {
        switch pane {
        case .timeline: return timeline
        case .content: return content
        case .sidebar: return sidebar
        }
    }

    /// The inside of a pane's frame.
    public func inner(of pane: Pane) -> Rect? { frame(of: pane)?.inset(1) }
}

/// The three panes of the reading screen.
/// A pane of the reader. The raw value is the name a saved position stores.
public enum Pane: String, CaseIterable, Hashable, Sendable {
    case timeline, content, sidebar
}
