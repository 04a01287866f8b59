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

/// Moving a selection through items of varying height, keeping it on screen. Each reads the
/// parts of the list it needs: opening or moving near the top of a long page makes none of what
/// follows.
enum ListNav {
    static func firstSelectable(_ items: ItemList) -> Int { items.firstSelectable }

    /// The selectable item `steps` selectable items away from `from` (clamped at the ends).
    static func move(_ items: ItemList, from: Int, steps: Int) -> Int { items.move(from: from, steps: steps) }

    /// Row at which item `i` starts.
    static func rowOf(_ items: ItemList, _ i: Int) -> Int { items.rowOf(i) }

    static func totalRows(_ items: ItemList) -> Int { items.totalRows }

    /// `pos` with a valid selection and a scroll that shows it in `height` rows.
    static func normalize(_ pos: ListPosition, _ items: ItemList, height: Int) -> ListPosition {
        var p = pos
        if p.selection < 0 || !items.has(p.selection) || !items.selectable(p.selection) {
            p.selection = p.selection < 0 ? firstSelectable(items) : move(items, from: p.selection, steps: 0)
        }
        let h = max(1, height)
        if p.selection >= 0 {
            let top = rowOf(items, p.selection), bottom = top + items.height(p.selection)
            // Show the heading above the first item of a section when there is room.
            var want = top
            if p.selection > 0, !items.selectable(p.selection - 1) { want = rowOf(items, p.selection - 1) }
            if want < p.scroll { p.scroll = want }
            if bottom > p.scroll + h { p.scroll = bottom - h }
        }
        // At most the rows less a screenful: the whole list is counted only when the screen
        // would reach past what is made.
        if p.scroll > 0, !items.hasRows(beyond: p.scroll + h - 1) { p.scroll = min(p.scroll, max(0, items.totalRows - h)) }
        p.scroll = max(0, p.scroll)
        return p
    }

    /// The item drawn at `row` (counting from the top of the list).
    static func item(at row: Int, _ items: ItemList) -> Int? { items.index(atRow: row) }

    /// The frame's footer over a list scrolled to `scroll` in `height` rows: nothing when it all
    /// fits, else where the screen is ("Top", "End", a percentage).
    static func footer(_ items: ItemList, scroll: Int, height: Int) -> String {
        // At the top of a list longer than the screen, without counting the rest.
        if scroll <= 0, items.hasRows(beyond: height) { return ArticleView.position(scroll: scroll, total: height + 1, height: height) }
        let total = items.totalRows
        return total > height ? ArticleView.position(scroll: scroll, total: total, height: height) : ""
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
    /// How many rows have been made.
    var madeCount: Int { lock.lock(); defer { lock.unlock() }; return made.count }
    func row(_ i: Int) -> Row {
        lock.lock(); defer { lock.unlock() }
        if let r = made[i] { return r }
        let r = make(i)
        made[i] = r
        return r
    }
}

/// A value made on first use, once.
final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    private let make: @Sendable () -> Value
    private var made: Value?
    private let lock = NSLock()
    init(_ make: @escaping @Sendable () -> Value) { self.make = make }
    var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let v = made { return v }
        let v = make()
        made = v
        return v
    }
}
