import Foundation

extension NewsboatCache {
    /// Where newsboat 2.x keeps its cache: in the XDG data folder
    /// (`$XDG_DATA_HOME/newsboat/cache.db`, default `~/.local/share/newsboat/cache.db`) when its
    /// XDG config folder (`$XDG_CONFIG_HOME/newsboat`, default `~/.config/newsboat`) exists, else
    /// in `~/.newsboat/cache.db`. When no cache is where newsboat would look, one at the other
    /// place is taken.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let candidates = candidatePaths(environment: environment)
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    /// The places looked at, the one newsboat itself uses first.
    static func candidatePaths(environment: [String: String]) -> [URL] {
        func absolute(_ key: String) -> URL? {
            // As newsboat's XDG library does: an empty or relative value is ignored.
            guard let v = environment[key], v.hasPrefix("/") else { return nil }
            return URL(fileURLWithPath: v)
        }
        let home = URL(fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
        let config = (absolute("XDG_CONFIG_HOME") ?? home.appendingPathComponent(".config")).appendingPathComponent("newsboat")
        let xdg = (absolute("XDG_DATA_HOME") ?? home.appendingPathComponent(".local/share")).appendingPathComponent("newsboat/cache.db")
        let dotdir = home.appendingPathComponent(".newsboat/cache.db")
        var isDir: ObjCBool = false
        let usesXDG = FileManager.default.fileExists(atPath: config.path, isDirectory: &isDir) && isDir.boolValue
        return usesXDG ? [xdg, dotdir] : [dotdir, xdg]
    }
}
