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
    public private(set) var bindings: [Key: Action]

    public init(bindings: [Key: Action]) { self.bindings = bindings }

    public static let defaults: Keymap = {
        var b: [Key: Action] = [:]
        for a in Action.allCases { for k in a.info.keys { b[k] = a } }
        return Keymap(bindings: b)
    }()

    public func action(for key: Key) -> Action? { bindings[key] }

    /// The keys bound to `action`, defaults first, in a stable order.
    public func keys(for action: Action) -> [Key] {
        let bound = bindings.filter { $0.value == action }.map(\.key)
        let defaults = action.info.keys.filter(bound.contains)
        return defaults + bound.filter { !defaults.contains($0) }.sorted { $0.description < $1.description }
    }

    /// Binds `keys` to `action`, replacing its previous keys and taking them from other actions.
    public mutating func bind(_ action: Action, to keys: [Key]) {
        bindings = bindings.filter { $0.value != action }
        for k in keys { bindings[k] = action }
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
