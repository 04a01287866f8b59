import Foundation
import DossierKit

/// Where Enter on a list item leads.
public enum ItemTarget: Hashable, Sendable {
    /// An article, opened at a mention when one is given.
    case article(ArticleID, mention: TextRange?)
    case entity(EntityID)
}

/// One entry of the sidebar or an entity page: one or more lines, selectable when it has a target.
///
/// An item can be made later (`init(height:row:of:)`): its height is known at once, its lines and
/// target only when something reads them. A page of 50,000 articles builds the screenful shown.
public struct ListItem: Hashable, Sendable {
    private enum Content: Sendable {
        case built([[Span<ThemeRole>]], ItemTarget?)
        case later(LaterRows, Int, height: Int)
    }

    private var content: Content

    public init(_ lines: [[Span<ThemeRole>]], target: ItemTarget? = nil) { content = .built(lines, target) }

    /// A selectable item of `height` lines: row `row` of `rows`, made when first read.
    init(height: Int, row: Int, of rows: LaterRows) { content = .later(rows, row, height: height) }

    public var lines: [[Span<ThemeRole>]] {
        get {
            switch content {
            case .built(let l, _): return l
            case .later(let rows, let i, _): return rows.row(i).lines
            }
        }
        set { content = .built(newValue, target) }
    }

    public var target: ItemTarget? {
        get {
            switch content {
            case .built(_, let t): return t
            case .later(let rows, let i, _): return rows.row(i).target
            }
        }
        set { content = .built(lines, newValue) }
    }

    public var selectable: Bool {
        switch content {
        case .built(_, let t): return t != nil
        case .later: return true
        }
    }

    public var height: Int {
        switch content {
        case .built(let l, _): return l.count
        case .later(_, _, let h): return h
        }
    }

    public static func == (a: ListItem, b: ListItem) -> Bool { a.lines == b.lines && a.target == b.target }
    public func hash(into h: inout Hasher) { h.combine(lines); h.combine(target) }

    static func text(_ s: String, _ role: ThemeRole) -> ListItem { ListItem([[Span(s, role)]]) }
    static let blank = ListItem([[]])
}

/// Moving a selection through items of varying height, keeping it on screen.
enum ListNav {
    static func firstSelectable(_ items: [ListItem]) -> Int { items.firstIndex { $0.selectable } ?? -1 }

    /// The selectable item `steps` selectable items away from `from` (clamped at the ends).
    static func move(_ items: [ListItem], from: Int, steps: Int) -> Int {
        let selectable = items.indices.filter { items[$0].selectable }
        guard !selectable.isEmpty else { return -1 }
        let pos = selectable.firstIndex(of: from) ?? (steps >= 0 ? -1 : selectable.count)
        let target = max(0, min(selectable.count - 1, pos + steps))
        return selectable[target]
    }

    /// Row at which item `i` starts.
    static func rowOf(_ items: [ListItem], _ i: Int) -> Int {
        items.prefix(max(0, i)).reduce(0) { $0 + $1.height }
    }

    static func totalRows(_ items: [ListItem]) -> Int { items.reduce(0) { $0 + $1.height } }

    /// `pos` with a valid selection and a scroll that shows it in `height` rows.
    static func normalize(_ pos: ListPosition, _ items: [ListItem], height: Int) -> ListPosition {
        var p = pos
        if p.selection < 0 || p.selection >= items.count || !items[p.selection].selectable {
            p.selection = p.selection < 0 ? firstSelectable(items) : move(items, from: p.selection, steps: 0)
        }
        let h = max(1, height)
        let total = totalRows(items)
        if p.selection >= 0 {
            let top = rowOf(items, p.selection), bottom = top + items[p.selection].height
            // Show the heading above the first item of a section when there is room.
            var want = top
            if p.selection > 0, !items[p.selection - 1].selectable { want = rowOf(items, p.selection - 1) }
            if want < p.scroll { p.scroll = want }
            if bottom > p.scroll + h { p.scroll = bottom - h }
        }
        p.scroll = max(0, min(p.scroll, max(0, total - h)))
        return p
    }

    /// The item drawn at `row` (counting from the top of the list).
    static func item(at row: Int, _ items: [ListItem]) -> Int? {
        var r = 0
        for (i, it) in items.enumerated() {
            if row >= r && row < r + it.height { return i }
            r += it.height
        }
        return nil
    }
}

/// Rows of a list made on first use, once each, by one function of the row's number: a page
/// of 50,000 articles makes the screenful drawn.
final class LaterRows: @unchecked Sendable {
    typealias Row = (lines: [[Span<ThemeRole>]], target: ItemTarget)
    private let make: @Sendable (Int) -> Row
    private var made: [Int: Row] = [:]
    private let lock = NSLock()
    init(_ make: @escaping @Sendable (Int) -> Row) { self.make = make }
    func row(_ i: Int) -> Row {
        lock.lock(); defer { lock.unlock() }
        if let r = made[i] { return r }
        let r = make(i)
        made[i] = r
        return r
    }
}
