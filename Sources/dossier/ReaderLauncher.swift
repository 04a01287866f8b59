import DossierKit
import DossierTerminal
import Foundation

/// Starts the terminal reader.
func runReader(corpus: Corpus, theme: String?, mouse: Bool, label: String, stateFile: URL?, fresh: Bool) -> Int32 {
    TerminalApp.run(corpus: corpus, options: TUIOptions(themeName: theme, mouse: mouse, corpusLabel: label, stateFile: stateFile, fresh: fresh))
}
