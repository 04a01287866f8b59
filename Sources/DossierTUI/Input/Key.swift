import DossierKit
import DossierState
/// A key press, decoded by the terminal backend.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character ("j", "G", "<", " ").
    case char(Character)
    /// Control plus a letter: `.ctrl("d")` is Ctrl-D.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape, delete, insert
    case function(Int)

    /// The names keymap files use: "j", "Space", "C-d", "Up", "PgDn", "S-Tab", "F1" ...
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }

    /// The short form the help overlay and hints show ("↓", "C-d", "Space").
    public var label: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .backspace: return "BS"
        default: return description
        }
    }

    static let named: [String: Key] = [
        "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "prior": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "next": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "ret": .enter, "tab": .tab,
        "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab, "backspace": .backspace, "bs": .backspace,
        "esc": .escape, "escape": .escape, "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "lt": .char("<"), "gt": .char(">"),
    ]

    /// Parses a key name as written in keys.toml; nil when it names no key.
    public init?(name raw: String) {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { return nil }
        if s.count == 1 { self = .char(s.first!); return }
        let lower = s.lowercased()
        if let k = Key.named[lower] { self = k; return }
        for prefix in ["c-", "ctrl-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isLetter, c.isASCII {
                switch c {
                case "i": self = .tab
                case "m", "j": self = .enter
                case "h": self = .backspace
                default: self = .ctrl(c)
                }
                return
            }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { self = .function(n); return }
        return nil
    }
}

/// A mouse event in grid coordinates.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}

/// Everything the application reacts to: input from the backend, and what the runtime learns
/// while it loads the corpus and the reading state.
public enum Event: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// How far the background load has come.
    case progress(LoadProgress.Stage, done: Int, total: Int)
    /// A newer corpus: partial while the load goes on, then the final one.
    case corpusLoaded(Corpus, final: Bool)
    /// Marks and stars from the store; the saved position too, to be put back once what it
    /// names has loaded, when `restorePosition`.
    case readingStateLoaded(ReadingState, restorePosition: Bool)
    /// A message for the bottom line (a bad keys file, a reading-state warning, a failed write).
    case notice(StatusMessage)
    /// The folder changed while the reader runs: it is being read again.
    case corpusUpdating(files: Int)
    /// The folder read again: the newer corpus and what changed.
    case corpusUpdated(Corpus, CorpusChanges)
    /// The folder could not be read again; the corpus stays as it was.
    case corpusUpdateFailed(String)
}
