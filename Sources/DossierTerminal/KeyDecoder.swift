@preconcurrency import CNCurses
import DossierTUI

/// ncurses input → `Event`.
enum KeyDecoder {
    static func decode(rc: Int32, value: wint_t) -> Event? {
        if rc == KEY_CODE_YES { return special(Int32(bitPattern: value)) }
        let v = UInt32(value)
        switch v {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(v + 96)!)))
        case 0..<32: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .key(.char(Character(s)))
        }
    }

    static func special(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_RESIZE: return .resize(width: Int(dossier_cols()), height: Int(dossier_lines()))
        case KEY_MOUSE:
            var m = MEVENT()
            guard getmouse(&m) == OK else { return nil }
            switch dossier_mouse_kind(m.bstate) {
            case 0: return .mouse(MouseEvent(.press, x: Int(m.x), y: Int(m.y)))
            case 1: return .mouse(MouseEvent(.wheelUp, x: Int(m.x), y: Int(m.y)))
            case 2: return .mouse(MouseEvent(.wheelDown, x: Int(m.x), y: Int(m.y)))
            default: return nil
            }
        default:
            for n in 1...24 where code == dossier_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// Sequences some terminals send raw when TERM does not quite match (xterm inside tmux ...).
    static func defineRawSequences() {
        let map: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB), ("\u{1B}[3~", KEY_DC),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ]
        for (seq, code) in map where key_defined(seq) <= 0 { define_key(seq, code) }
    }
}
