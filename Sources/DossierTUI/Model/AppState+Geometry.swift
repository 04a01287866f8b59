import DossierKit

extension AppState {
    /// The inside of `pane`'s frame, as it is (or would be, once focused) on screen.
    func paneInner(_ pane: Pane) -> Rect {
        let l = ScreenLayout(width: width, height: height, focus: pane, wideContent: page?.isEntity ?? false)
        return l.inner(of: pane) ?? Rect(x: 0, y: 0, width: max(1, width - 2), height: max(1, height - 4))
    }

    /// Columns of article text (the pane less a margin each side).
    var articleTextWidth: Int { max(1, paneInner(.content).width - 2) }
    var contentHeight: Int { max(1, paneInner(.content).height) }
    var sidebarWidth: Int { max(1, paneInner(.sidebar).width - 1) }
    var sidebarHeight: Int { max(1, paneInner(.sidebar).height) }
    var entityWidth: Int { max(1, paneInner(.content).width - 2) }

    /// How the timeline lays out its rows at its present size.
    var timelineRows: TimelineRows {
        let r = paneInner(.timeline)
        return TimelineRows(width: r.width, height: r.height, corpusSourceWidth: sourceColumnWidth)
    }

    /// Articles the timeline shows at once.
    var timelineVisibleCount: Int { timelineRows.visible(height: paneInner(.timeline).height) }

    /// Largest scroll of the open article that still fills the pane.
    func maxArticleScroll(_ layout: ArticleLayout) -> Int { max(0, layout.lines.count - contentHeight) }
}
