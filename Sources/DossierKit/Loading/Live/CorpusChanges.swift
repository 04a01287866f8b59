import Foundation

/// What changed between two loads of one folder, by article: new ones, changed ones (a
/// rewritten file, an edited feed item) and removed ones, and files that could not be read.
public struct CorpusChanges: Sendable, Equatable {
    /// Articles that were not there before.
    public var added: Set<ArticleID> = []
    /// Articles whose text changed, by their id now. A rewritten file's article gets a new id
    /// (ids come from the text): `replaced` says which one it was.
    public var changed: Set<ArticleID> = []
    /// Articles that are gone.
    public var removed: Set<ArticleID> = []
    /// The id an article had before → its id now, for changed articles whose id changed.
    public var replaced: [ArticleID: ArticleID] = [:]
    /// Files that could not be read (or items not taken) and were not reported before.
    public var problems: [LoadProblem] = []

    public init() {}

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && problems.isEmpty }

    /// Compares two loads. A file (text or page) whose article has a new id was changed, not
    /// removed and added; an article whose id stayed but whose text or metadata changed (a feed
    /// item under the same guid) was changed too. Feed items are known by their ids alone: their
    /// numbers move as a feed gains and loses items.
    public init(from old: Corpus, to new: Corpus) {
        var goneByFile: [String: ArticleID] = [:]
        for a in old.articles where new.article(a.id) == nil {
            if Self.isItem(a.file) { removed.insert(a.id) } else { goneByFile[a.file] = a.id }
        }
        for a in new.articles {
            if let before = old.article(a.id) {
                if !ArticleText.sameBytes(before.storedText, a.storedText) || before.title != a.title || before.published != a.published
                    || before.source != a.source || before.link != a.link {
                    changed.insert(a.id)
                }
            } else if !Self.isItem(a.file), let was = goneByFile.removeValue(forKey: a.file) {
                changed.insert(a.id)
                replaced[was] = a.id
            } else {
                added.insert(a.id)
            }
        }
        removed.formUnion(goneByFile.values)
        let known = Set(old.problems.lazy.filter(\.isFatal).map { "\($0.file)\u{0}\($0.message)" })
        problems = new.problems.filter { $0.isFatal && !known.contains("\($0.file)\u{0}\($0.message)") }
    }
}

extension CorpusChanges {
    /// Whether an article's `file` names an item of a feed ("world.xml#12"): a text file's or a
    /// page's name ends in its extension.
    static func isItem(_ file: String) -> Bool {
        guard let hash = file.lastIndex(of: "#") else { return false }
        let number = file[file.index(after: hash)...]
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
}

/// A newer corpus of the same folder, and what changed since the one before.
public struct CorpusUpdate: Sendable {
    public var corpus: Corpus
    public var changes: CorpusChanges
    public init(corpus: Corpus, changes: CorpusChanges) { self.corpus = corpus; self.changes = changes }
}
