import DossierKit
import Foundation

/// Where the reading state lives: `$XDG_STATE_HOME/dossier/state.sqlite`, by default
/// `~/.local/state/dossier/state.sqlite`.
public enum StatePaths {
    public static func stateFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        func env(_ k: String) -> String? { environment[k].flatMap { $0.isEmpty ? nil : $0 } }
        // The XDG spec says a relative path is invalid and must be ignored.
        let base: URL
        if let x = env("XDG_STATE_HOME"), x.hasPrefix("/") {
            base = URL(fileURLWithPath: x)
        } else {
            base = URL(fileURLWithPath: env("HOME") ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        }
        return base.appendingPathComponent("dossier").appendingPathComponent("state.sqlite")
    }

    /// The key a corpus's last position is saved under: its folder's absolute, standardized path.
    public static func corpusKey(_ root: URL) -> String {
        root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The key of a corpus read from `inputs`: as `corpusKey(_:)` for one folder; every input's
    /// key, one a line, for several.
    public static func corpusKey(inputs: [URL]) -> String {
        inputs.map(corpusKey).joined(separator: "\n")
    }
}
