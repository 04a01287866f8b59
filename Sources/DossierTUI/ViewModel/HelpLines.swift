import DossierKit

/// The help overlay, generated from the action table, the keymap and the command list.
public enum HelpOverlay {
    /// Every line of the help text as (keys, description) pairs; a nil key marks a heading.
    public static func entries(keymap: Keymap) -> [(keys: String?, text: String)] {
        var out: [(String?, String)] = []
        for group in Action.Group.allCases {
            out.append((nil, group.rawValue))
            for a in Action.allCases where a.info.group == group {
                let keys = keymap.keys(for: a).map(\.label).joined(separator: " ")
                out.append((keys.isEmpty ? "(unbound)" : keys, a.help))
            }
            out.append(("", ""))
        }
        out.append((nil, "Commands (after :, Tab completes, ↑↓ history)"))
        for c in Command.allCases {
            out.append((":" + c.rawValue + c.argument, c.help))
        }
        out.append(("", ""))
        out.append((nil, "Mouse"))
        out.append(("click", "focus a pane and select; click again to open"))
        out.append(("wheel", "scroll the pane under the pointer"))
        out.append(("", ""))
        out.append((nil, "Keys are set in $XDG_CONFIG_HOME/dossier/keys.toml, e.g. move-down = [\"j\", \"C-n\"]"))
        return out
    }

    static func box(_ s: AppState) -> Rect {
        let w = min(s.width, 88), h = max(3, s.height - 2)
        return Rect(x: (s.width - w) / 2, y: 1, width: w, height: h)
    }

    static func lines(_ s: AppState, width: Int) -> [[Span<ThemeRole>]] {
        let keyWidth = min(22, max(8, width / 3))
        var out: [[Span<ThemeRole>]] = []
        for e in entries(keymap: s.keymap) {
            guard let keys = e.keys else {
                for l in Wrap.lines(e.text, width: width) { out.append([Span(l, .helpHeading)]) }
                continue
            }
            let textLines = Wrap.lines(e.text, width: max(1, width - keyWidth - 2))
            for (i, l) in textLines.enumerated() {
                out.append([Span(DisplayWidth.pad(i == 0 ? "  " + keys : "", to: keyWidth) + "  ", .helpKey), Span(l, .helpText)])
            }
        }
        return out
    }
}

extension AppState {
    var helpMaxScroll: Int {
        let r = HelpOverlay.box(self).inset(1)
        return max(0, HelpOverlay.lines(self, width: r.width - 2).count - r.height)
    }
}
