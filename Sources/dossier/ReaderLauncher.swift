import DossierKit
import DossierTUI
import DossierTerminal
import Foundation

/// Starts the terminal reader; the corpus loads behind its first frame, filling the timeline in.
func runReader(load: @escaping @Sendable (LoadProgress, @escaping @Sendable (Corpus) -> Void) throws -> Corpus, theme: String?, mouse: Bool, label: String,
               stateFile: URL?, fresh: Bool) -> Int32 {
    TerminalApp.run(options: TUIOptions(themeName: theme, mouse: mouse, corpusLabel: label, stateFile: stateFile, fresh: fresh),
                    loading: load)
}
