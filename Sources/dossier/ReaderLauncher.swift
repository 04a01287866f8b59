import DossierKit
import Foundation

/// Starts the terminal reader.
func runReader(corpus: Corpus, theme: String?, mouse: Bool, label: String) -> Int32 {
    fail("dossier: the terminal reader is not built yet; use `dossier list`, `dossier show`, `dossier entity`.")
    return 2
}
