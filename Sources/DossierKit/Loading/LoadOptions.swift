import Foundation

/// Options for reading a corpus folder.
public struct LoadOptions: Sendable {
    /// Files larger than this are skipped with a problem (8 MiB by default).
    public var maxFileSize: Int = 8 << 20
    /// File name extensions read as articles (lower case, no dot): text, saved pages, feeds.
    public var extensions: Set<String> = Set(Sources.kinds.keys)
    /// Stores of feed items that other targets read (a newsreader's cache): a file with one of
    /// a store's extensions in a folder, or a file it recognises named on its own, is read by it.
    public var stores: [any ItemStore] = []
    /// Extra aliases (alias → canonical name) on top of `aliases.tsv` in the folder.
    public var aliases: [String: String] = [:]
    /// The on-disk index to read and update (nil: read every file, keep no index).
    public var indexFile: URL?
    /// Files (paths inside the folder) read again even when the index has them unchanged: a
    /// watcher saw them change, and a rewrite can keep a file's size and modification time.
    public var reread: Set<String> = []
    /// Told how far loading has come, from the loading threads (a reader shows it while it waits).
    public var progress: LoadProgress?
    /// Handed partial corpora while files are still being read, from a loading thread, so a
    /// reader can fill its timeline in before the load ends. Each one holds every article read
    /// so far, linked; the last complete corpus is the one `Corpus.load` returns.
    public var partial: (@Sendable (Corpus) -> Void)?
    /// Handed the whole corpus once it is linked, when the index is still being written (no
    /// partial corpora before it): a live update shows while the index is saved.
    public var linked: (@Sendable (Corpus) -> Void)?
    /// Seconds before the first partial corpus. Later ones come at least twice this far apart,
    /// and never more often than four times the time the last one took to build, so partial
    /// corpora cost the load at most about a fifth of its time.
    public var partialInterval: Double = 0.25
    /// The folder is watched (a `LiveCorpus` follows the corpus): a start over one folder may
    /// give the corpus its index holds before listing the folder, leaving the comparison of the
    /// folder with the index to the watcher, which loads again what changed meanwhile.
    public var checkLater = false
    public init() {}
}

/// Why a corpus could not be opened at all.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
