import Foundation
import TOMLKit

/// Keys → actions. Starts from the defaults in `Action.info` and can be changed by a
/// keys.toml file:
///
/// ```toml
/// [bindings]
/// move-down = ["j", "Down", "C-n"]   # replaces the default keys of move-down
/// quit = "Q"
/// redraw = []                         # unbinds
/// ```
public struct Keymap: Hashable, Sendable {
    /// One map per scope: the reader's panes, the prompt, the picker.
    private var scopes: [Action.Scope: [Key: Action]]

    /// The reader's bindings (outside the prompt and the picker).
    public var bindings: [Key: Action] { scopes[.reader] ?? [:] }

    public static let defaults: Keymap = {
        var s: [Action.Scope: [Key: Action]] = [:]
        for a in Action.allCases { for k in a.info.keys { s[a.scope, default: [:]][k] = a } }
        return Keymap(scopes: s)
    }()

    /// The action `key` stands for in `scope`.
    public func action(for key: Key, in scope: Action.Scope = .reader) -> Action? { scopes[scope]?[key] }

    /// The keys bound to `action`, defaults first, in a stable order.
    public func keys(for action: Action) -> [Key] {
        let bound = (scopes[action.scope] ?? [:]).filter { $0.value == action }.map(\.key)
        let defaults = action.info.keys.filter(bound.contains)
        return defaults + bound.filter { !defaults.contains($0) }.sorted { $0.description < $1.description }
    }

    /// Binds `keys` to `action`, replacing its previous keys and taking them from other actions
    /// of its scope.
    public mutating func bind(_ action: Action, to keys: [Key]) {
        var map = (scopes[action.scope] ?? [:]).filter { $0.value != action }
        for k in keys { map[k] = action }
        scopes[action.scope] = map
    }

    /// Applies a keys.toml file to the defaults.
    public static func parse(_ source: String, file: String) throws -> Keymap {
        let toml = try TOMLSource(source, file: file)
        let table = toml.table
        var map = Keymap.defaults
        let section = table["bindings"]?.table ?? table
        for name in section.keys where name != "bindings" {
            guard let action = Action(rawValue: name) else {
                throw toml.error(at: name, "unknown action \"\(name)\" (see the help screen, ?)")
            }
            let v = section[name]!
            let names: [String]
            if let s = v.string { names = [s] } else if let a = v.array { names = a.compactMap(\.string) } else {
                throw toml.error(at: name, "\(name): give a key name or a list of them")
            }
            var keys: [Key] = []
            for n in names {
                guard let k = Key(name: n) else {
                    throw toml.error(at: name, "\(name): \"\(n)\" is not a key name (j, C-d, PgDn, S-Tab, F1 ...)")
                }
                keys.append(k)
            }
            map.bind(action, to: keys)
        }
        return map
    }
}
