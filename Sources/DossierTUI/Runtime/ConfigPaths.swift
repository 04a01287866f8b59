import Foundation

/// Where Dossier looks for themes and the keymap.
public struct ConfigPaths: Sendable {
    public var environment: [String: String]
    public var executable: URL?
    public var currentDirectory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: URL? = Bundle.main.executableURL,
                currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.environment = environment; self.executable = executable; self.currentDirectory = currentDirectory
    }

    func env(_ k: String) -> String? { environment[k].flatMap { $0.isEmpty ? nil : $0 } }
    var home: URL { URL(fileURLWithPath: env("HOME") ?? NSHomeDirectory()) }

    /// $XDG_CONFIG_HOME/dossier (default ~/.config/dossier).
    public var configDirectory: URL {
        (env("XDG_CONFIG_HOME").map { URL(fileURLWithPath: $0) } ?? home.appendingPathComponent(".config"))
            .appendingPathComponent("dossier")
    }

    public var keymapFile: URL { configDirectory.appendingPathComponent("keys.toml") }

    /// The shipped themes folder: $DOSSIER_THEMES, beside the executable, ../share/dossier/themes,
    /// $XDG_DATA_HOME/dossier/themes, then ./themes (what `swift run` from the repository needs).
    public var shippedThemes: URL? {
        var candidates: [URL] = []
        if let d = env("DOSSIER_THEMES") { candidates.append(URL(fileURLWithPath: d)) }
        if let exe = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            candidates.append(exe.appendingPathComponent("themes"))
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("share/dossier/themes"))
        }
        let data = env("XDG_DATA_HOME").map { URL(fileURLWithPath: $0) } ?? home.appendingPathComponent(".local/share")
        candidates.append(data.appendingPathComponent("dossier/themes"))
        candidates.append(currentDirectory.appendingPathComponent("themes"))
        var isDir: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDir) && isDir.boolValue }
    }

    /// Shipped themes first, then the user's ($XDG_CONFIG_HOME/dossier/themes) overriding by name.
    public var themeDirectories: [URL] {
        (shippedThemes.map { [$0] } ?? []) + [configDirectory.appendingPathComponent("themes")]
    }

    /// The user's keymap, or the defaults and the problem when the file is bad.
    public func loadKeymap() -> (Keymap, ConfigError?) {
        let url = keymapFile
        guard FileManager.default.fileExists(atPath: url.path) else { return (.defaults, nil) }
        let shown = ThemeCatalog.displayPath(url)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (.defaults, ConfigError(file: shown, line: nil, message: "cannot be read"))
        }
        do { return (try Keymap.parse(text, file: shown), nil) } catch let e as ConfigError { return (.defaults, e) } catch {
            return (.defaults, ConfigError(file: shown, line: nil, message: "\(error)"))
        }
    }
}
