import DossierKit
/// One terminal cell: a grapheme and its style. A wide grapheme occupies its cell and the
/// next one, which holds an empty `text` and `width` 0 (a continuation).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style
    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text; self.width = width; self.style = style
    }
    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// An in-memory screen. Views draw into it; the terminal backend sends what changed.
///
/// Every string is sanitised on its way in (`Sanitizer`), and nothing is drawn outside the
/// grid or outside the clip rectangle a caller passes.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills `rect` (clipped to the grid) with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style, char: String = " ") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { self[x, y] = Cell(char, width: 1, style: style) } }
    }

    /// Applies `transform` to the style of every cell in `rect`.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { cells[y * width + x].style = transform(cells[y * width + x].style) } }
    }

    /// Draws `text` on one row from column `x`, never past `clip` (default: the whole row).
    /// Returns the column after the last cell drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var col = x
        for ch in Sanitizer.forTerminal(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A combining mark: attach it to the cell before, inside the clip.
                if col - 1 >= area.x, col - 1 < area.maxX {
                    var c = col - 1
                    while c > area.x, self[c, y].isContinuation { c -= 1 }
                    self[c, y].text.append(ch)
                }
                continue
            }
            if col + w > area.maxX { break }
            if col >= area.x {
                clearWide(x: col, y: y, area: area)
                self[col, y] = Cell(String(ch), width: UInt8(w), style: style)
                if w == 2 {
                    clearWide(x: col + 1, y: y, area: area)
                    self[col + 1, y] = Cell("", width: 0, style: style)
                }
            }
            col += w
        }
        return col
    }

    /// Before overwriting (x, y), blanks the other half of a wide grapheme it belongs to.
    private mutating func clearWide(x: Int, y: Int, area: Rect) {
        let c = self[x, y]
        if c.isContinuation, x > 0 { self[x - 1, y] = Cell(" ", width: 1, style: self[x - 1, y].style) }
        if c.width == 2, x + 1 < width { self[x + 1, y] = Cell(" ", width: 1, style: c.style) }
    }

    /// Draws styled runs one after another, like `put`.
    @discardableResult
    public mutating func put(_ runs: [(String, Style)], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var col = x
        for (t, s) in runs { col = put(t, x: col, y: y, style: s, clip: clip) }
        return col
    }

    /// The text of row `y` (continuation cells skipped), trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// Every row as text, trailing spaces removed: what a screenshot test compares.
    public var lines: [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
    }
}

extension CellGrid {
    /// A run of changed cells on one row, to be sent to the terminal.
    public struct Change: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    /// The runs of cells that differ from `previous` (everything when sizes differ).
    /// Runs never start on the second half of a wide grapheme.
    public func changes(from previous: CellGrid?) -> [Change] {
        var out: [Change] = []
        let full = previous == nil || previous!.width != width || previous!.height != height
        for y in 0..<height {
            var x = 0
            while x < width {
                if !full && previous![x, y] == self[x, y] { x += 1; continue }
                var start = x
                if self[start, y].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                // Extend while cells differ, bridging gaps of up to 3 equal cells.
                var same = 0
                var probe = end
                while probe < width {
                    if !full && previous![probe, y] == self[probe, y] {
                        same += 1
                        if same > 3 { break }
                    } else { same = 0; end = probe + 1 }
                    probe += 1
                }
                if end < width, self[end, y].isContinuation { end += 1 }
                var run: [Cell] = []
                for i in start..<end { run.append(self[i, y]) }
                out.append(Change(x: start, y: y, cells: run))
                x = end
            }
        }
        return out
    }
}
