import DossierKit

/// The lists and layouts the update code and the views share: built once per state and cached,
/// so a key and the frame after it see the same rows.
extension AppState {
    /// The wrapped lines of the open article.
    func articleLayout(_ a: Article) -> ArticleLayout {
        layouts.layout(a, width: articleTextWidth, search: filter.text)
    }

    func sidebarItems(_ a: Article) -> ItemList {
        let w = sidebarWidth
        return layouts.items(.init(article: a.id, entity: nil, width: w, extra: "\(marksGeneration)")) {
            ItemList(SidebarItems.build(corpus: corpus, article: a, width: w, starred: starredEntities))
        }
    }

    func entityItems(_ id: EntityID) -> ItemList {
        let key = keymap.keys(for: .filterAdd).first?.label ?? "="
        let w = entityWidth
        return layouts.items(.init(article: nil, entity: id, width: w, extra: "\(key) \(marksGeneration)")) {
            EntityPageItems.build(corpus: corpus, id: id, width: w, filterKey: key, marks: ListMarks(self))
        }
    }

    // MARK: List pages

    /// The rows of a list page.
    func listItems(_ p: Page) -> ItemList {
        switch p {
        case .article: return ItemList([])
        case .entity(let e): return entityItems(e.id)
        case .starred(let s): return starredItems(s)
        }
    }

    func starredItems(_ s: StarredPageState) -> ItemList {
        ItemList(StarredItems.build(s, state: self, width: entityWidth))
    }
}
