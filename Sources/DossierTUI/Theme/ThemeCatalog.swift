import Foundation

/// Every theme Dossier can switch to: the shipped ones, then the user's, in a stable order.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]
    /// Theme files that could not be read (shown in the status bar).
    public private(set) var problems: [ConfigError]

    public static let defaultName = "dark"
    static let shippedOrder = ["dark", "light", "high-contrast", "mono"]

    public init(themes: [Theme], problems: [ConfigError] = []) {
        self.themes = themes; self.problems = problems
        if !self.themes.contains(where: { $0.name == ThemeCatalog.defaultName }) {
            self.themes.insert(ThemeCatalog.builtin, at: 0)
        }
    }

    /// The compiled-in default theme.
    public static var builtin: Theme {
        // The literal is tested; if it ever failed, an empty theme still draws plain text.
        (try? ThemeLoader.parse(BuiltinTheme.dark, file: "built-in")) ?? Theme(name: defaultName, specs: [:])
    }

    /// Loads every `*.toml` in `directories`, later folders overriding earlier ones by name.
    public static func load(directories: [URL]) -> ThemeCatalog {
        var byName: [String: Theme] = [:]
        var problems: [ConfigError] = []
        for dir in directories {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for f in files.sorted() where f.hasSuffix(".toml") {
                let url = dir.appendingPathComponent(f)
                let shown = ThemeCatalog.displayPath(url)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    problems.append(ConfigError(file: shown, line: nil, message: "cannot be read as UTF-8 text"))
                    continue
                }
                do {
                    let t = try ThemeLoader.parse(text, file: shown)
                    byName[t.name] = t
                } catch let e as ConfigError { problems.append(e) } catch {
                    problems.append(ConfigError(file: shown, line: nil, message: "\(error)"))
                }
            }
        }
        let ordered = byName.values.sorted { a, b in
            let ia = shippedOrder.firstIndex(of: a.name) ?? Int.max, ib = shippedOrder.firstIndex(of: b.name) ?? Int.max
            return (ia, a.name) < (ib, b.name)
        }
        return ThemeCatalog(themes: ordered, problems: problems)
    }

    /// A path shortened for the status bar (relative to the current folder or ~).
    static func displayPath(_ url: URL) -> String {
        let p = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if p.hasPrefix(cwd + "/") { return String(p.dropFirst(cwd.count + 1)) }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, p.hasPrefix(home + "/") {
            return "~/" + p.dropFirst(home.count + 1)
        }
        return p
    }

    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name } ?? themes.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The theme after `name`, wrapping round.
    public func next(after name: String) -> Theme {
        guard let i = themes.firstIndex(where: { $0.name == name }) else { return themes[0] }
        return themes[(i + 1) % themes.count]
    }
}
