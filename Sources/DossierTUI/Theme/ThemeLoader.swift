import Foundation
import TOMLKit

/// A problem in a theme or keymap file, with the line it concerns.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// A theme or keymap file parsed as TOML, able to say on which line a key is written.
struct TOMLSource {
    let table: TOMLTable
    let file: String
    private let lines: [String]

    init(_ source: String, file: String) throws {
        do { table = try TOMLTable(string: source) } catch let e as TOMLParseError {
            throw ConfigError(file: file, line: e.source.begin.line, message: e.description)
        }
        self.file = file
        lines = source.components(separatedBy: "\n")
    }

    /// The first line that starts with `key`, bare or quoted.
    func line(of key: String) -> Int? {
        lines.firstIndex { l in
            let t = l.trimmingCharacters(in: .whitespaces)
            return t.hasPrefix(key) || t.hasPrefix("\"\(key)\"")
        }.map { $0 + 1 }
    }

    func error(at key: String, _ message: String) -> ConfigError { ConfigError(file: file, line: line(of: key), message: message) }
}

/// Reads theme files:
///
/// ```toml
/// name = "dusk"
/// variant = "dark"
/// [palette]
/// ink = "#d0d0d0"
/// [roles]
/// text = { fg = "ink" }
/// "timeline.selected" = { fg = "black", bg = "accent", attrs = ["bold"] }
/// ```
public enum ThemeLoader {
    public static func parse(_ source: String, file: String) throws -> Theme {
        let toml = try TOMLSource(source, file: file)
        let table = toml.table
        func fail(_ key: String, _ msg: String) -> ConfigError { toml.error(at: key, msg) }

        let base = (file as NSString).lastPathComponent
        let name = table["name"]?.string ?? (base.hasSuffix(".toml") ? String(base.dropLast(5)) : base)
        let variant = table["variant"]?.string ?? "dark"
        var palette: [String: Color] = [:]
        if let p = table["palette"] {
            guard let pt = p.table else { throw fail("palette", "[palette] must be a table") }
            for key in pt.keys {
                guard let c = color(pt[key]!, palette: [:]) else {
                    throw fail(key, "palette colour \(key) is not a colour name, 0-255 or #rrggbb")
                }
                palette[key] = c
            }
        }
        var specs: [ThemeRole: StyleSpec] = [:]
        guard let roles = table["roles"]?.table else { throw ConfigError(file: file, line: nil, message: "no [roles] table") }
        for key in roles.keys {
            guard let role = ThemeRole(rawValue: key) else {
                throw fail(key, "unknown role \"\(key)\" (known: text, border, timeline.selected, mention.official, ...)")
            }
            let value = roles[key]!
            var spec = StyleSpec()
            if let t = value.table {
                for k in t.keys where !["fg", "bg", "attrs"].contains(k) {
                    throw fail(key, "role \(key): unknown field \(k) (use fg, bg, attrs)")
                }
                if let fg = t["fg"] {
                    guard let c = color(fg, palette: palette) else { throw fail(key, "role \(key): fg \(describe(fg)) is not a colour") }
                    spec.fg = c
                }
                if let bg = t["bg"] {
                    guard let c = color(bg, palette: palette) else { throw fail(key, "role \(key): bg \(describe(bg)) is not a colour") }
                    spec.bg = c
                }
                if let a = t["attrs"] {
                    let items: [String]
                    if let arr = a.array { items = arr.compactMap { $0.string } } else if let s = a.string { items = [s] } else { items = [""] }
                    var attrs = Attributes()
                    for item in items {
                        guard let found = Attributes.names.first(where: { $0.0 == item.lowercased() }) else {
                            throw fail(key, "role \(key): unknown attribute \"\(item)\" (bold, dim, italic, underline, reverse)")
                        }
                        attrs.insert(found.1)
                    }
                    spec.attrs = attrs
                }
            } else if let c = color(value, palette: palette) {
                spec.fg = c
            } else {
                throw fail(key, "role \(key) must be a colour or { fg, bg, attrs }")
            }
            specs[role] = spec
        }
        return Theme(name: name, variant: variant, specs: specs, source: file)
    }

    static func describe(_ v: TOMLValueConvertible) -> String {
        if let s = v.string { return "\"\(s)\"" }
        if let i = v.int { return String(i) }
        return "value"
    }

    /// A colour from a theme value: a palette name, one of the basic names (optionally
    /// "bright-"), "default", an integer 0–255, or "#rrggbb".
    static func color(_ v: TOMLValueConvertible, palette: [String: Color]) -> Color? {
        if let i = v.int { return (0...255).contains(i) ? .indexed(UInt8(i)) : nil }
        guard let s = v.string else { return nil }
        return color(named: s, palette: palette)
    }

    public static func color(named raw: String, palette: [String: Color] = [:]) -> Color? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let c = palette[s] { return c }
        let l = s.lowercased()
        if l == "default" || l == "none" || l == "reset" { return .default }
        if let i = Color.basicNames.firstIndex(of: l) { return .indexed(UInt8(i)) }
        for prefix in ["bright-", "bright", "light-"] where l.hasPrefix(prefix) {
            if let i = Color.basicNames.firstIndex(of: String(l.dropFirst(prefix.count))) { return .indexed(UInt8(i + 8)) }
        }
        if l == "grey" || l == "gray" { return .indexed(8) }
        if l.hasPrefix("#"), l.count == 7, let v = UInt32(l.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        if let i = Int(l), (0...255).contains(i) { return .indexed(UInt8(i)) }
        return nil
    }
}
