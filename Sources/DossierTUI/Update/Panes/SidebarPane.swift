import DossierKit
import DossierState

/// The sidebar beside an article: the entities it names; Enter opens an entity's page.
enum SidebarPane: PaneHandler {
    static func move(_ s: inout AppState, by n: Int) {
        guard case .article(var p)? = s.page, let a = s.corpus.article(p.id) else { return }
        p.sidebar.selection = ListNav.move(s.sidebarItems(a), from: p.sidebar.selection, steps: n)
        s.page = .article(p)
    }

    static func open(_ s: inout AppState) {
        guard let t = selectedTarget(s) else { return }
        s.follow(t)
    }

    static func click(_ s: inout AppState, row: Int, column: Int) {
        guard case .article(var p)? = s.page, let a = s.corpus.article(p.id) else { return }
        let items = s.sidebarItems(a)
        guard let i = ListNav.item(at: p.sidebar.scroll + row, items), items.selectable(i) else { return }
        if p.sidebar.selection == i { open(&s); return }
        p.sidebar.selection = i
        s.page = .article(p)
    }

    static func selectedTarget(_ s: AppState) -> ItemTarget? {
        guard case .article(let p)? = s.page, let a = s.corpus.article(p.id) else { return nil }
        let items = s.sidebarItems(a)
        guard items.has(p.sidebar.selection) else { return nil }
        return items[p.sidebar.selection].target
    }

    static func pointedEntity(_ s: AppState) -> EntityID? {
        if case .entity(let id)? = selectedTarget(s) { return id }
        if case .entity(let e)? = s.page { return e.id }
        return nil
    }

    static func pointedArticle(_ s: AppState) -> ArticleID? {
        if case .article(let p)? = s.page { return p.id }
        return nil
    }

    static func starTarget(_ s: AppState) -> StarTarget? { pointedEntity(s).map(StarTarget.entity) }
    static func pageSize(_ s: AppState) -> Int { max(1, s.sidebarHeight / 2) }
}
