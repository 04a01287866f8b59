import DossierKit
import DossierState

/// The timeline: a selection that previews its article; Enter opens it.
enum TimelinePane: PaneHandler {
    static func move(_ s: inout AppState, by n: Int) {
        guard !s.timeline.isEmpty else { return }
        s.timelineSelection = max(0, min(s.timeline.count - 1, s.timelineSelection &+ n))
        s.clampTimeline()
        s.previewSelection()
    }

    static func open(_ s: inout AppState) {
        guard let id = s.selectedTimelineArticle else { s.message = StatusMessage(s.emptyTimelineHint); return }
        if s.page?.articleID == id { s.focus = .content } else { s.openArticle(id) }
    }

    static func click(_ s: inout AppState, row: Int, column: Int) {
        let i = s.timelineScroll + row / s.timelineRows.rowHeight
        guard s.timeline.indices.contains(i) else { return }
        if i == s.timelineSelection, s.page?.articleID == s.timeline[i] { open(&s); return }
        s.timelineSelection = i
        s.previewSelection()
    }

    /// Beside an entity page, the timeline points at that entity.
    static func pointedEntity(_ s: AppState) -> EntityID? {
        if case .entity(let e)? = s.page { return e.id }
        return nil
    }

    static func pointedArticle(_ s: AppState) -> ArticleID? { s.selectedTimelineArticle }
    static func starTarget(_ s: AppState) -> StarTarget? { s.selectedTimelineArticle.map(StarTarget.article) }
    static func pageSize(_ s: AppState) -> Int { max(1, s.timelineVisibleCount - 1) }
}
