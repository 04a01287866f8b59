import Foundation

/// The kinds of file a corpus folder holds, and the one call that turns a file into articles.
enum Sources {
    enum Kind { case text, html, feed }

    /// The file name extensions read as articles, by kind.
    static let kinds: [String: Kind] = [
        "txt": .text, "md": .text, "html": .html, "htm": .html, "xml": .feed, "rss": .feed, "atom": .feed,
    ]

    static func kind(ofPath path: String) -> Kind? {
        // The last name's extension, as `NSString.pathExtension` gives it, without making one.
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        return kinds[CorpusWalker.pathExtension(ofName: name)]
    }

    /// Reads a page or a feed into articles (one result per article, or a problem naming the
    /// file and item); nil for plain text, which the loader reads itself.
    /// `reuse` holds the file's items as the index has them, by `itemKey`: an item unchanged
    /// since is taken from there, not extracted again.
    /// `soFar` is handed a feed's or store's items as they are done, before the file is read whole.
    static func read(_ f: CorpusWalker.Found, maxSize: Int, reuse: [UInt64: LocalArticle] = [:],
                     soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)? = nil) -> [Result<LocalArticle, LoadProblem>]? {
        if let store = f.store { return StoreSource.read(f, store: store, reuse: reuse, soFar: soFar) }
        switch kind(ofPath: f.relativePath) {
        case .html: return [HTMLPageSource.read(path: f.path, file: f.relativePath, maxSize: maxSize)]
        case .feed: return FeedSource.read(path: f.path, file: f.relativePath, reuse: reuse, soFar: soFar)
        case .text, nil: return nil
        }
    }

    /// Whether an article is an item of a feed or a store: its `file` is the file's name, `#`
    /// and the item's number ("world.xml#12", "cache.db#345"). No text file or page is named so:
    /// their names end in their extension.
    static func isItem(_ article: Article) -> Bool { itemFile(article.file) != nil }

    /// The file an item's article name names ("world.xml" for "world.xml#12"); nil for an
    /// article that is no item.
    static func itemFile(_ name: String) -> String? {
        guard let hash = name.utf8.lastIndex(of: UInt8(ascii: "#")) else { return nil }
        let number = name.utf8[name.utf8.index(after: hash)...]
        guard !number.isEmpty, number.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return String(name[..<hash])
    }

    /// Every file's results in one list. A feed or store item seen before (the same link, or the
    /// same id, in this feed or another, or in a store) is one article: the one with the longer
    /// text is kept, where the first one stood.
    static func flatten(_ perFile: [[Result<LocalArticle, LoadProblem>]]) -> [Result<LocalArticle, LoadProblem>] {
        var out: [Result<LocalArticle, LoadProblem>] = []
        out.reserveCapacity(perFile.reduce(0) { $0 + $1.count })
        var seen: [String: Int] = [:]   // "link" or "id" key → position in `out`
        for results in perFile {
            for r in results {
                if case .success(let local) = r, isItem(local.article) {
                    let keys = [local.article.link.map { "L" + $0 }, "I" + local.article.id.rawValue].compactMap { $0 }
                    if let at = keys.lazy.compactMap({ seen[$0] }).first {
                        if case .success(let kept) = out[at], kept.article.storedText.utf8Count < local.article.storedText.utf8Count {
                            out[at] = r
                            for k in keys { seen[k] = at }
                        }
                        continue
                    }
                    for k in keys { seen[k] = out.count }
                }
                out.append(r)
            }
        }
        return out
    }
}

extension CorpusIndex {
    /// The articles the index holds for a file unchanged since it was written: one for a text
    /// file or a page, every item for a feed (the first under the file's path, the others
    /// under `path` NUL `n`).
    func cached(_ f: CorpusWalker.Found) -> [LocalArticle]? {
        guard let e = entries[f.relativePath], e.size == f.size, e.modified == f.modified else { return nil }
        var out = [e.local]
        var n = 1
        while hasItems, let more = entries[f.relativePath + "\u{0}\(n)"] {
            out.append(more.local)
            n += 1
        }
        return out
    }

    /// The items a feed or store had when the index was written, by `itemKey`, whether or not
    /// the file changed since (empty when the index was read without its people).
    func items(of f: CorpusWalker.Found) -> [UInt64: LocalArticle] {
        guard hasPeople, let first = entries[f.relativePath] else { return [:] }
        var out: [UInt64: LocalArticle] = [:]
        var n = 0
        var e: Entry? = first
        while let entry = e {
            if entry.local.itemKey != 0 { out[entry.local.itemKey] = entry.local }
            n += 1
            e = entries[f.relativePath + "\u{0}\(n)"]
        }
        return out
    }

    /// Records a file's articles; a file with a problem inside (a bad feed item) is not
    /// recorded, so the next start reads it again and says so again.
    mutating func store(_ f: CorpusWalker.Found, _ results: [Result<LocalArticle, LoadProblem>]) {
        var locals: [LocalArticle] = []
        for r in results {
            guard case .success(let l) = r else { return }
            locals.append(l)
        }
        for (n, local) in locals.enumerated() {
            entries[n == 0 ? f.relativePath : f.relativePath + "\u{0}\(n)"] = .init(size: f.size, modified: f.modified, local: local)
        }
    }
}
