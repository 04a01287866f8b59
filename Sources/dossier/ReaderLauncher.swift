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

/// Live updates for the reader of `folder` loaded with `options`: inotify, polling or none, as
/// `DOSSIER_WATCH` says (inotify by default on Linux).
func liveUpdates(folder: URL, options: LoadOptions) -> LiveCorpus? {
    let mode = WatchMode.from()
    return mode == .off ? nil : LiveCorpus(folder: folder, options: options, mode: mode)
}
