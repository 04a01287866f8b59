import DossierKit
import DossierState

/// What one pane (or page shown in the content pane) does with the reader's generic actions:
/// moving, opening, what is pointed at, clicks and its page size. `AppState` picks the handler
/// for the focused pane once (`focusedHandler`) instead of switching on the focus in each action.
protocol PaneHandler {
    /// Moves the selection or the scroll by `n` rows.
    static func move(_ s: inout AppState, by n: Int)
    /// Enter: opens or follows what is selected.
    static func open(_ s: inout AppState)
    /// A click at `row`, `column` inside the pane (already focused).
    static func click(_ s: inout AppState, row: Int, column: Int)
    /// The entity `=` filters by and the sidebar stars.
    static func pointedEntity(_ s: AppState) -> EntityID?
    /// The article `m` marks.
    static func pointedArticle(_ s: AppState) -> ArticleID?
    /// What `s` stars.
    static func starTarget(_ s: AppState) -> StarTarget?
    /// Rows a page-down moves.
    static func pageSize(_ s: AppState) -> Int
}

extension AppState {
    /// The handler of `pane` for the page shown now.
    func handler(for pane: Pane) -> any PaneHandler.Type {
        switch (pane, page) {
        case (.timeline, _): return TimelinePane.self
        case (.content, .entity?), (.content, .starred?): return ListPagePane.self
        case (.content, _): return ArticlePane.self
        case (.sidebar, _): return SidebarPane.self
        }
    }

    var focusedHandler: any PaneHandler.Type { handler(for: focus) }

    mutating func move(_ n: Int) { focusedHandler.move(&self, by: n) }
    mutating func openSelection() { focusedHandler.open(&self) }
    mutating func click(pane: Pane, row: Int, column: Int) { handler(for: pane).click(&self, row: row, column: column) }
    var pointedEntity: EntityID? { focusedHandler.pointedEntity(self) }
    var pointedArticle: ArticleID? { focusedHandler.pointedArticle(self) }
    var starTarget: StarTarget? { focusedHandler.starTarget(self) }
    var pageSize: Int { focusedHandler.pageSize(self) }
}
