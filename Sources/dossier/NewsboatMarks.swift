import DossierKit
import DossierNewsboat
import DossierState
import Foundation

/// `--newsboat-marks`: newsboat's read and unread marks taken into Dossier's reading state.
enum NewsboatMarks {
    /// A file given with --corpus that is a newsboat cache (not a folder).
    static func isCache(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { return false }
        return url.pathExtension.lowercased() == "db" || NewsboatCache().recognises(path: url.path)
    }

    /// Takes every cache's marks into the state file; returns what could not be done, in words.
    @discardableResult
    static func take(from caches: [URL], into stateFile: URL) -> [String] {
        guard !caches.isEmpty else { return [] }
        let (store, warning) = StateStore.openOrRecover(at: stateFile)
        var out = warning.map { [$0] } ?? []
        guard let store else { return out }
        defer { try? store.close() }
        for cache in caches {
            do {
                try store.takeMarks(from: "newsboat", try NewsboatCache.marks(path: cache.path))
            } catch {
                out.append("\(cache.path): newsboat's marks not taken: \(error)")
            }
        }
        return out
    }
}
