import Foundation

/// The load pipeline one stage at a time, so `dossier bench` (the DossierBench target) can time
/// each stage on its own. `Corpus.load` runs the same stages together; nothing else calls these.
package enum LoadStages {
    /// An article after extraction, before linking: opaque outside DossierKit.
    package struct Extracted: Sendable {
        let local: LocalArticle
    }

    /// The `.txt` and `.md` files under `folder`, as relative paths and URLs, sorted.
    package static func files(in folder: URL, problems: inout [LoadProblem]) -> [(relativePath: String, url: URL)] {
        CorpusWalker.walk(folder, extensions: ["txt", "md"], problems: &problems).map { ($0.relativePath, $0.url) }
    }

    /// The text of a file's bytes, or nil when the loader would reject them.
    package static func text(_ data: Data) -> String? {
        if case .text(let s, _) = TextDecoder.decode(data) { return s }
        return nil
    }

    package static func extract(_ article: Article) -> Extracted {
        Extracted(local: Extractor.extract(article))
    }

    /// Links extracted articles with no alias table; returns how many entities came out.
    @discardableResult
    package static func link(_ extracted: [Extracted]) -> Int {
        Linker.link(extracted.map(\.local), aliases: AliasTable()).1.count
    }

    /// Reads the on-disk index at `url` (as a restart does before anything else); returns how
    /// many files it holds.
    @discardableResult
    package static func readIndex(_ url: URL) -> Int {
        var problems: [LoadProblem] = []
        return CorpusIndex.read(url, problems: &problems).entries.count
    }
}
