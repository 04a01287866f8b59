@preconcurrency import CNCurses
import DossierTUI
import Foundation

struct StartError: Error { var message: String }

/// The ncurses screen: the only place that talks to the terminal.
final class Screen {
    private var screen: OpaquePointer?
    let depth: ColorDepth
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var themeName = ""
    private(set) var width: Int
    private(set) var height: Int
    private var stopped = false

    private struct PairKey: Hashable { var fg: Int; var bg: Int }

    private init(screen: OpaquePointer?, depth: ColorDepth) {
        self.screen = screen; self.depth = depth
        width = Int(dossier_cols()); height = Int(dossier_lines())
    }

    /// Starts ncurses on the controlling terminal. Never calls `exit` (unlike `initscr`).
    static func start(mouse: Bool, noColor: Bool) -> Result<Screen, StartError> {
        guard let out = fdopen(1, "w"), let inp = fdopen(0, "r") else {
            return .failure(StartError(message: "dossier: cannot open the terminal"))
        }
        guard let scr = newterm(nil, out, inp) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            return .failure(StartError(message: "dossier: unknown terminal type TERM=\(term) (no terminfo entry; try TERM=xterm-256color)"))
        }
        set_term(scr)
        cbreak()
        noecho()
        nonl()
        let win = dossier_stdscr()
        keypad(win, true)
        intrflush(win, false)
        // While the corpus loads, the loop looks for it every 20 ms (`loadFinished` waits longer).
        wtimeout(win, 20)
        set_escdelay(25)
        curs_set(0)
        leaveok(win, true)
        var depth = ColorDepth.monochrome
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth.forTerminal(colors: Int(dossier_colors()), noColor: false)
        }
        if mouse {
            mousemask(dossier_mouse_mask(), nil)
            mouseinterval(0)
        }
        KeyDecoder.defineRawSequences()
        return .success(Screen(screen: scr, depth: depth))
    }

    /// Restores the terminal. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
        if let s = screen { delscreen(s) }
        screen = nil
    }

    func resized() {
        width = Int(dossier_cols()); height = Int(dossier_lines())
        previous = nil
    }

    /// Forgets what is on screen: the next draw sends every cell (Ctrl-L).
    func invalidate() {
        previous = nil
        clearok(dossier_stdscr(), true)
    }

    /// Sends the cells that changed since the last frame, then refreshes.
    func draw(_ grid: CellGrid, theme: ResolvedTheme) {
        if theme.name != themeName { themeName = theme.name; previous = nil }
        let win = dossier_stdscr()
        if let p = previous, p.width != grid.width || p.height != grid.height { previous = nil }
        if previous == nil { werase(win) }
        var wch = [wchar_t](repeating: 0, count: 6)
        for change in grid.changes(from: previous) {
            var x = change.x
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                var n = 0
                for s in cell.text.unicodeScalars where n < 5 { wch[n] = wchar_t(bitPattern: s.value); n += 1 }
                if n == 0 { wch[0] = 32; n = 1 }
                wch[n] = 0
                let (attrs, pair) = attributes(cell.style)
                _ = dossier_put_cell(Int32(change.y), Int32(x), wch, attrs, pair)
            }
        }
        previous = grid
        wrefresh(win)
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var a: attr_t = 0
        let at = style.attrs
        if at.contains(.bold) { a |= dossier_attr_bold() }
        if at.contains(.dim) { a |= dossier_attr_dim() }
        if at.contains(.italic) { a |= dossier_attr_italic() }
        if at.contains(.underline) { a |= dossier_attr_underline() }
        let reverse = at.contains(.reverse)
        var pair: Int16 = 0
        if depth != .monochrome {
            pair = self.pair(fg: style.fg.index(for: depth) ?? -1, bg: style.bg.index(for: depth) ?? -1)
        }
        if reverse { a |= dossier_attr_reverse() }
        return (a, pair)
    }

    private func pair(fg: Int, bg: Int) -> Int16 {
        if fg < 0 && bg < 0 { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        let limit = min(Int(dossier_color_pairs()) - 1, Int(Int16.max))
        guard pairs.count + 1 <= limit else { return 0 }
        let n = Int16(pairs.count + 1)
        guard init_pair(n, Int16(fg), Int16(bg)) == OK else { return 0 }
        pairs[key] = n
        return n
    }

    /// Input is waited for up to 100 ms from now on (20 ms while the corpus loads).
    func settle() { wtimeout(dossier_stdscr(), 100) }

    /// Waits up to 100 ms for input; nil on timeout or an ignorable key.
    func nextEvent() -> Event? {
        var ch: wint_t = 0
        let rc = wget_wch(dossier_stdscr(), &ch)
        if rc == ERR { return nil }
        return KeyDecoder.decode(rc: rc, value: ch)
    }
}
