import DossierKit
import DossierTUI
import DossierTerminal
import Foundation

/// Starts the terminal reader; the corpus loads behind its first frame, filling the timeline in.
/// With `live`, files added, changed or removed while it runs show without a restart.
func runReader(load: @escaping @Sendable (LoadProgress, @escaping @Sendable (Corpus) -> Void) throws -> Corpus, theme: String?, mouse: Bool, label: String,
               stateFile: URL?, fresh: Bool, live: LiveCorpus? = nil) -> Int32 {
    TerminalApp.run(options: TUIOptions(themeName: theme, mouse: mouse, corpusLabel: label, stateFile: stateFile, fresh: fresh),
                    loading: load, live: live)
}

/// Live updates for the reader of `inputs` loaded with `options`: inotify, polling or none, as
/// `DOSSIER_WATCH` says (inotify by default on Linux). A corpus read from one folder is watched.
func liveUpdates(inputs: [URL], options: LoadOptions) -> LiveCorpus? {
    let mode = WatchMode.from()
    var isDir: ObjCBool = false
    guard mode != .off, inputs.count == 1, FileManager.default.fileExists(atPath: inputs[0].path, isDirectory: &isDir),
          isDir.boolValue else { return nil }
    return LiveCorpus(folder: inputs[0], options: options, mode: mode)
}
