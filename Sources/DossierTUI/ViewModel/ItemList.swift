import Foundation

/// The items of a list (the sidebar, an entity page, the starred page), kept in parts: items made
/// at once, runs of rows of one height made when first read, and parts made only when something
/// reads past the parts before them (the officials named alongside a topic, listed after its
/// 50,000 articles).
///
/// An item's index, its first row and the item at a row are found by arithmetic over the parts,
/// so opening, moving through and drawing a page of 50,000 rows makes the screenful it shows. As a
/// collection it reads like an array of the items; its `count` makes every part.
public struct ItemList: RandomAccessCollection, Sendable {
    /// One part of a list.
    enum Part: Sendable {
        case items([ListItem])
        /// `count` selectable rows of `height` lines each, made by `rows` when read.
        case rows(count: Int, height: Int, LaterRows)
    }

    /// What makes the parts that follow the ones made so far, when first reached.
    typealias Later = @Sendable () -> [Part]

    private let storage: Storage

    init(_ items: [ListItem]) { storage = Storage([.items(items)], later: []) }

    /// `parts`, then the parts each of `later` makes, in order.
    init(_ parts: [Part], later: [Later] = []) { storage = Storage(parts, later: later) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.withLock { $0.all(); return $0.count } }
    public subscript(i: Int) -> ListItem { storage.withLock { $0.item(i) } }

    // MARK: Reading without making what is not needed

    /// Whether `i` is an item's index (making the parts up to it only).
    func has(_ i: Int) -> Bool { i >= 0 && storage.withLock { $0.reach(index: i) } }

    /// Whether the list has more than `rows` rows (making the parts up to that row only).
    func hasRows(beyond rows: Int) -> Bool { rows < 0 || storage.withLock { $0.reach(row: rows) } }

    /// All the rows (making every part).
    var totalRows: Int { storage.withLock { $0.all(); return $0.rows } }

    /// Lines of item `i`.
    func height(_ i: Int) -> Int { storage.withLock { $0.height(i) } }

    func selectable(_ i: Int) -> Bool { storage.withLock { $0.selectable(i) } }

    /// Row at which item `i` starts (the rows of every item when `i` is past the end).
    func rowOf(_ i: Int) -> Int { storage.withLock { $0.rowOf(i) } }

    /// The item drawn at `row`, if any.
    func index(atRow row: Int) -> Int? { storage.withLock { $0.index(atRow: row) } }

    /// The first selectable item, or -1.
    var firstSelectable: Int { storage.withLock { $0.select(0) ?? -1 } }

    /// The selectable item `steps` selectable items away from `from` (clamped at the ends); from
    /// an index that is not a selectable item, the first (or, going back, the last) counts as
    /// one step. -1 when nothing is selectable.
    func move(from: Int, steps: Int) -> Int { storage.withLock { $0.move(from: from, steps: steps) } }

    /// How many rows made on demand have been made, and how many later parts are still to be
    /// made (what tests read to see that a list made only what was shown).
    var made: (rows: Int, laterParts: Int) { storage.withLock { $0.made } }

    // MARK: Storage

    final class Storage: @unchecked Sendable {
        /// A part placed in the list: where it starts, in items, rows and selectable items.
        struct Placed {
            var part: Part
            var start: Int, count: Int
            var row: Int, rows: Int
            var selectableBefore: Int, selectableCount: Int
            /// For made items: each item's first row within the part (and the part's rows last),
            /// and the indices within the part of the selectable ones.
            var offsets: [Int] = []
            var selectable: [Int] = []

            func height(_ local: Int) -> Int {
                switch part {
                case .items: return offsets[local + 1] - offsets[local]
                case .rows(_, let h, _): return h
                }
            }
        }

        private let lock = NSLock()
        private var placed: [Placed] = []
        private var later: [Later?]
        private var nextLater = 0
        private(set) var count = 0
        private(set) var rows = 0
        private var selectables = 0

        init(_ parts: [Part], later: [Later]) {
            self.later = later
            for p in parts { place(p) }
        }

        func withLock<T>(_ body: (Storage) -> T) -> T {
            lock.lock(); defer { lock.unlock() }
            return body(self)
        }

        private func place(_ part: Part) {
            var p = Placed(part: part, start: count, count: 0, row: rows, rows: 0, selectableBefore: selectables, selectableCount: 0)
            switch part {
            case .items(let items):
                p.count = items.count
                p.offsets.reserveCapacity(items.count + 1)
                var r = 0
                for (i, item) in items.enumerated() {
                    p.offsets.append(r)
                    r += item.height
                    if item.selectable { p.selectable.append(i) }
                }
                p.offsets.append(r)
                p.rows = r
                p.selectableCount = p.selectable.count
            case .rows(let n, let h, _):
                p.count = Swift.max(0, n)
                p.rows = p.count * Swift.max(0, h)
                p.selectableCount = p.count
            }
            guard p.count > 0 else { return }
            placed.append(p)
            count += p.count
            rows += p.rows
            selectables += p.selectableCount
        }

        /// Makes the next later parts; false when none is left.
        private func makeNext() -> Bool {
            guard nextLater < later.count else { return false }
            let make = later[nextLater]
            later[nextLater] = nil
            nextLater += 1
            for p in make?() ?? [] { place(p) }
            return true
        }

        func all() { while makeNext() {} }

        var made: (rows: Int, laterParts: Int) {
            let rows = placed.reduce(0) { n, p in
                if case .rows(_, _, let r) = p.part { return n + r.madeCount }
                return n
            }
            return (rows, later.count - nextLater)
        }

        func reach(index i: Int) -> Bool {
            while count <= i { if !makeNext() { return false } }
            return true
        }

        func reach(row r: Int) -> Bool {
            while rows <= r { if !makeNext() { return false } }
            return true
        }

        /// The placed part holding item `i` (made already), and `i` within it.
        private func locate(_ i: Int) -> (Placed, Int) {
            let lo = lastAtOrBefore(i, count: placed.count) { placed[$0].start }
            return (placed[lo], i - placed[lo].start)
        }

        func item(_ i: Int) -> ListItem {
            let inside = i >= 0 && reach(index: i)
            precondition(inside, "item \(i) of a list of \(count)")
            let (p, local) = locate(i)
            switch p.part {
            case .items(let items): return items[local]
            case .rows(_, let h, let made): return ListItem(height: h, row: local, of: made)
            }
        }

        func height(_ i: Int) -> Int {
            guard i >= 0, reach(index: i) else { return 0 }
            let (p, local) = locate(i)
            return p.height(local)
        }

        func selectable(_ i: Int) -> Bool {
            guard i >= 0, reach(index: i) else { return false }
            let (p, local) = locate(i)
            switch p.part {
            case .items(let items): return items[local].selectable
            case .rows: return true
            }
        }

        func rowOf(_ i: Int) -> Int {
            guard i > 0 else { return 0 }
            guard reach(index: i) else { return rows }
            let (p, local) = locate(i)
            switch p.part {
            case .items: return p.row + p.offsets[local]
            case .rows(_, let h, _): return p.row + local * h
            }
        }

        func index(atRow r: Int) -> Int? {
            guard r >= 0, reach(row: r) else { return nil }
            let p = placed[lastAtOrBefore(r, count: placed.count) { placed[$0].row }], local = r - p.row
            switch p.part {
            case .items:
                // The last item starting at or before the row (an item of no lines holds none).
                return p.start + lastAtOrBefore(local, count: p.count) { p.offsets[$0] }
            case .rows(_, let h, _):
                return p.start + local / h
            }
        }

        /// The `k`th selectable item (making parts until it is reached), if there is one.
        func select(_ k: Int) -> Int? {
            guard k >= 0 else { return nil }
            while selectables <= k { if !makeNext() { return nil } }
            // The last part starting at or before the `k`th holds it: the next one starts past it.
            let p = placed[lastAtOrBefore(k, count: placed.count) { placed[$0].selectableBefore }], local = k - p.selectableBefore
            switch p.part {
            case .items: return p.start + p.selectable[local]
            case .rows: return p.start + local
            }
        }

        /// How many selectable items come before `i`, when `i` is selectable.
        private func rank(_ i: Int) -> Int? {
            guard i >= 0, reach(index: i) else { return nil }
            let (p, local) = locate(i)
            switch p.part {
            case .items(let items):
                guard items[local].selectable else { return nil }
                // (`local` is among them: the last at or before it is it.)
                return p.selectableBefore + lastAtOrBefore(local, count: p.selectable.count) { p.selectable[$0] }
            case .rows:
                return p.selectableBefore + local
            }
        }

        func move(from: Int, steps: Int) -> Int {
            let pos: Int
            if let r = rank(from) { pos = r } else if steps >= 0 { pos = -1 } else { all(); pos = selectables }
            let target = Swift.max(0, pos + steps)
            if let i = select(target) { return i }
            // Past the end: every part is made; the last selectable, if any.
            return selectables > 0 ? select(selectables - 1)! : -1
        }
    }
}

/// The last index of `0..<count` whose key is at or before `x`, keys ascending (0 when none is):
/// the part or the item a row, an index or a rank falls in.
private func lastAtOrBefore(_ x: Int, count: Int, key: (Int) -> Int) -> Int {
    var lo = 0, hi = count - 1
    while lo < hi {
        let mid = (lo + hi + 1) / 2
        if key(mid) <= x { lo = mid } else { hi = mid - 1 }
    }
    return lo
}
