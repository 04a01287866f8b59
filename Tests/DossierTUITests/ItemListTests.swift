import DossierKit
@testable import DossierTUI
import Testing

/// A list in parts reads as the array of its items would, whatever was made before the question.
@Suite("Item lists in parts")
struct ItemListTests {
    struct RNG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// A list of parts (made items, some of no lines or not selectable; runs of rows; later parts,
    /// some empty) as an `ItemList` (made afresh by `make`) and as the array of its items.
    struct Shape {
        var parts: [(now: Bool, part: ItemList.Part)] = []
        var items: [ListItem] = []

        init(seed: UInt64) {
            var r = RNG(state: seed)
            for p in 0..<(1 + r.next(6)) {
                let now = p == 0 || r.next(3) > 0
                switch r.next(4) {
                case 0:
                    parts.append((now, .items([])))
                case 1:
                    let n = 1 + r.next(40), h = 1 + r.next(3)
                    let rows = LaterRows { i in (Array(repeating: [Span<ThemeRole>("\(p).\(i)", .text)], count: h), .entity(EntityID(kind: .topic, slug: "t\(p)-\(i)"))) }
                    parts.append((now, .rows(count: n, height: h, rows)))
                    for i in 0..<n { let row = rows.row(i); items.append(ListItem(row.lines, target: row.target)) }
                default:
                    var made: [ListItem] = []
                    for i in 0..<(1 + r.next(6)) {
                        let lines = Array(repeating: [Span<ThemeRole>("\(p):\(i)", .text)], count: r.next(3))
                        made.append(ListItem(lines, target: r.next(2) == 0 ? .entity(EntityID(kind: .place, slug: "p\(p)-\(i)")) : nil))
                    }
                    parts.append((now, .items(made)))
                    items += made
                }
            }
        }

        /// The list: parts up to the first later one at once, each later one made when reached.
        func make() -> ItemList {
            let first = parts.prefix { $0.now }.map(\.part)
            let later: [ItemList.Later] = parts.dropFirst(first.count).map { p in { [p.part] } }
            return ItemList(first, later: later)
        }
    }

    @Test("rows, items at rows, moves, positions and footers equal the array's", arguments: 0..<60)
    func equalsTheArray(seed: Int) {
        let shape = Shape(seed: UInt64(seed))
        let items = shape.items
        let total = EagerList.totalRows(items)
        #expect(shape.make().count == items.count)
        #expect(shape.make().totalRows == total)
        #expect(shape.make().firstSelectable == EagerList.firstSelectable(items))
        for i in -1...(items.count + 1) {
            #expect(shape.make().rowOf(i) == EagerList.rowOf(items, i), "rowOf \(i)")
            #expect(shape.make().has(i) == items.indices.contains(i))
            if items.indices.contains(i) {
                let l = shape.make()
                #expect(l.height(i) == items[i].height && l.selectable(i) == items[i].selectable && l[i] == items[i])
            }
            for steps in [0, 1, -1, 3, -3, 50, -50, Int.max / 2, Int.min / 2] {
                #expect(shape.make().move(from: i, steps: steps) == EagerList.move(items, from: i, steps: steps), "move \(i) \(steps)")
            }
        }
        for row in -1...(total + 1) {
            #expect(shape.make().index(atRow: row) == EagerList.item(at: row, items), "row \(row)")
        }
        for height in [1, 3, 10] {
            for selection in [-1, 0, 2, items.count - 1, items.count + 3] {
                for scroll in [0, 1, 5, total, total + 4] {
                    var p = ListPosition()
                    p.selection = selection; p.scroll = scroll
                    #expect(ListNav.normalize(p, shape.make(), height: height) == EagerList.normalize(p, items, height: height),
                            "normalize \(selection) \(scroll) \(height)")
                    let footer = total > height ? ArticleView.position(scroll: scroll, total: total, height: height) : ""
                    #expect(ListNav.footer(shape.make(), scroll: scroll, height: height) == footer, "footer \(scroll) \(height)")
                }
            }
        }
        // One list asked everything in turn reads the same.
        let l = shape.make()
        #expect((0..<items.count).map { l.rowOf($0) } == (0..<items.count).map { EagerList.rowOf(items, $0) })
        #expect(Array(l) == items)
    }

    @Test("opening the busiest page makes the rows it shows; the officials are counted past the top and ordered at the end")
    func makesWhatItShows() throws {
        var s = EntityPageRowsTests.state(120, 40)
        s.press(":")
        s.type("entity energy")
        s.press("Enter")
        try #require(s.page?.entityID == BusyCorpus.energy)
        _ = Renderer.render(s)
        let items = s.entityItems(BusyCorpus.energy)
        let screen = s.contentHeight
        #expect(items.made.laterParts == 1)
        #expect(items.made.rows > 0 && items.made.rows <= screen / 2 + 1)
        s.press("j")
        _ = Renderer.render(s)
        #expect(items.made.laterParts == 1)
        // Off the top, the footer's percentage counts every row: the officials are counted, not
        // yet ordered or made.
        s.press("PgDn")
        _ = Renderer.render(s)
        #expect(items.made.laterParts == 0)
        let articleRows = items.made.rows
        #expect(articleRows <= screen + 2)
        s.press("G")
        _ = Renderer.render(s)
        #expect(items.made.rows - articleRows <= screen + 2)
    }
}
