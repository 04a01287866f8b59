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

    /// The wrapped lines of the open article.
    func articleLayout(_ a: Article) -> ArticleLayout {
        layouts.layout(a, width: articleTextWidth, search: filter.text)
    }

    func sidebarItems(_ a: Article) -> [ListItem] {
        let w = sidebarWidth
        return layouts.items(.init(article: a.id, entity: nil, width: w, extra: "\(marksGeneration)")) {
            SidebarItems.build(corpus: corpus, article: a, width: w, starred: starredEntities)
        }
    }

    func entityItems(_ id: EntityID) -> [ListItem] {
        let key = keymap.keys(for: .filterAdd).first?.label ?? "="
        let w = entityWidth
        return layouts.items(.init(article: nil, entity: id, width: w, extra: "\(key) \(marksGeneration)")) {
            EntityPageItems.build(corpus: corpus, id: id, width: w, filterKey: key, marks: ListMarks(self))
        }
    }

    /// Largest scroll of the open article that still fills the pane.
    func maxArticleScroll(_ layout: ArticleLayout) -> Int { max(0, layout.lines.count - contentHeight) }
}
