import DossierKit
import DossierState

/// A list page in the content pane (an entity's page, the starred page): a selection; Enter
/// follows the selected row.
enum ListPagePane: PaneHandler {
    static func move(_ s: inout AppState, by n: Int) {
        guard var p = s.page, p.list != nil else { return }
        p.list!.selection = ListNav.move(s.listItems(p), from: p.list!.selection, steps: n)
        s.page = p
    }

    static func open(_ s: inout AppState) {
        guard let t = s.selectedListTarget else { return }
        s.follow(t)
    }

    static func click(_ s: inout AppState, row: Int, column: Int) {
        guard var p = s.page, let list = p.list else { return }
        let items = s.listItems(p)
        guard let i = ListNav.item(at: list.scroll + row, items), items.selectable(i) else { return }
        if list.selection == i { open(&s); return }
        p.list!.selection = i
        s.page = p
    }

    /// The selected entity row; on an entity's page with none selected, the entity itself.
    static func pointedEntity(_ s: AppState) -> EntityID? {
        if case .entity(let id)? = s.selectedListTarget { return id }
        if case .entity(let e)? = s.page { return e.id }
        return nil
    }

    static func pointedArticle(_ s: AppState) -> ArticleID? {
        if case .article(let id, _)? = s.selectedListTarget { return id }
        return nil
    }

    static func starTarget(_ s: AppState) -> StarTarget? {
        switch s.selectedListTarget {
        case .entity(let id)?: return .entity(id)
        case .article(let id, _)?:
            if case .entity(let e)? = s.page { return .entity(e.id) }
            return .article(id)
        case nil:
            if case .entity(let e)? = s.page { return .entity(e.id) }
            return nil
        }
    }

    static func pageSize(_ s: AppState) -> Int { max(1, s.contentHeight - 2) }
}
