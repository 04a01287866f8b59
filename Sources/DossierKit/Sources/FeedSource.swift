import CXML2
import Foundation

/// An RSS 2.0, RSS 1.0 (RDF) or Atom feed (`.xml`, `.rss`, `.atom`, recognised by its root
/// element): every item or entry one article. Read with libxml2's streaming reader, so memory
/// does not grow with the file: items go in batches to every core to be parsed and extracted.
/// No network, no DTD loading, no entity substitution; a feed that declares an external entity
/// or an entity that expands without bound is refused with a problem naming it.
enum FeedSource {
    /// More items than this in one feed: the rest are skipped, with a problem.
    nonisolated(unsafe) static var maxItems = 250_000
    /// Items handed to the cores at a time.
    static let batchSize = 256

    /// One item as the feed gives it, before its HTML is taken to text.
    struct Item: Sendable {
        var number = 0
        /// The line the item starts on.
        var line = 0
        var title: String?
        var titleIsHTML = false
        var link: String?
        var guid: String?
        var published: String?
        var updated: String?
        var content: String?
        var contentIsHTML = true
        var summary: String?
        var summaryIsHTML = true
        var author: String?
        /// The item's own source (a store's feed title); the feed's title when nil.
        var source: String?
    }

    static func read(path: String, file: String, reuse: [UInt64: LocalArticle] = [:],
                     soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)? = nil) -> [Result<LocalArticle, LoadProblem>] {
        _ = LibXML.ready
        var st = stat()
        if stat(path, &st) != 0 { return [.failure(LoadProblem(file: file, message: "file vanished before it could be read", isFatal: true))] }
        if st.st_size == 0 { return [.failure(LoadProblem(file: file, message: "empty file", isFatal: true))] }
        var reader = FeedReader(path: path, file: file)
        let pipeline = ItemPipeline(file: file, reuse: reuse, soFar: soFar)
        var batch: [Item] = []
        reader.scan { item in
            batch.append(item)
            if batch.count == batchSize { pipeline.submit(batch); batch = [] }
        }
        if !batch.isEmpty { pipeline.submit(batch) }
        var results = pipeline.finish()
        let source = reader.feedTitle.map(TextCleaner.oneLine).flatMap { $0.isEmpty ? nil : $0 } ?? (file as NSString).lastPathComponent
        for i in results.indices {
            if case .success(var local) = results[i], local.article.source == nil {
                local.article.source = source
                results[i] = .success(local)
            }
        }
        let loaded = results.reduce(0) { n, r in if case .success = r { return n + 1 }; return n }
        if let p = reader.problem(loaded: loaded) { results.append(.failure(p)) }
        return results
    }

    /// An item as an article: its HTML taken to text under its title; its id from its guid or
    /// id, else its link, else its text.
    static func article(_ item: Item, file: String) -> Result<LocalArticle, LoadProblem> {
        var title = item.title
        if item.titleIsHTML, let t = title { title = HTMLText.paragraphs(ofFragment: t).joined(separator: " ") }
        let body = item.content.flatMap { $0.isBlank ? nil : $0 } ?? item.summary
        let isHTML = item.content.flatMap { $0.isBlank ? nil : $0 } != nil ? item.contentIsHTML : item.summaryIsHTML
        let paragraphs: [String]
        if let body, !body.isBlank {
            paragraphs = isHTML ? HTMLText.paragraphs(ofFragment: body)
                                : body.components(separatedBy: "\n\n").map(TextCleaner.oneLine)
        } else {
            paragraphs = []
        }
        let text = SourceDocument.text(title: title, paragraphs: paragraphs)
        guard !text.isEmpty else {
            return .failure(LoadProblem(file: file, message: "item \(item.number) has neither a title nor any text (skipped)", isFatal: false))
        }
        let date = [item.published, item.updated].lazy.compactMap { $0.flatMap(TextCleaner.date) }.first
        var doc = SourceDocument(text: text, title: title, published: date, dateline: nil, source: item.source, link: item.link)
        doc.author = item.author
        let id = itemKey(guid: item.guid, link: item.link).map(itemID) ?? ArticleID.make(content: text)
        return .success(Extractor.extract(doc.article(file: "\(file)#\(item.number)", id: id)))
    }

    /// What names an item: its guid or id, else its link (nil when it has neither).
    static func itemKey(guid: String?, link: String?) -> String? {
        [guid, link].lazy.compactMap { $0.map(TextCleaner.oneLine) }.first { !$0.isEmpty }
    }

    static func itemID(_ key: String) -> ArticleID { ArticleID.make(content: "item\u{0}" + key) }
}

private extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

extension FeedSource.Item {
    /// A hash of everything the item's article is made from but its number (64-bit FNV-1a over
    /// the fields, each ended by a separator); never 0.
    var fingerprint: UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        func add(_ s: String?) {
            if var s {
                s.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
                h = (h ^ 0x1F) &* 0x100000001b3
            } else {
                h = (h ^ 0x1E) &* 0x100000001b3
            }
        }
        for s in [title, link, guid, published, updated, content, summary, author, source] { add(s) }
        add("\(titleIsHTML)\(contentIsHTML)\(summaryIsHTML)")
        return h == 0 ? 1 : h
    }
}

/// Hands batches of items to every core while the reader reads on; keeps them in feed order.
/// A few batches are in flight at once, so no core waits for the slowest item of a batch.
final class ItemPipeline: @unchecked Sendable {
    let file: String
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    static let inFlight = 4
    private var done: [Result<LocalArticle, LoadProblem>] = []
    private var pending: [(DispatchGroup, ParallelMap.ResultBox<Result<LocalArticle, LoadProblem>>)] = []

    /// Items as the index had them, by fingerprint: taken again, not extracted, while unchanged.
    let reuse: [UInt64: LocalArticle]

    /// Told of every batch done, in order (for partial corpora while the file is read).
    let soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)?

    init(file: String, reuse: [UInt64: LocalArticle] = [:], soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)? = nil) {
        self.file = file; self.reuse = reuse; self.soFar = soFar
    }

    /// An item's article: the one the index had for the same item, else extracted now.
    static func article(_ item: FeedSource.Item, file: String, reuse: [UInt64: LocalArticle]) -> Result<LocalArticle, LoadProblem> {
        let key = item.fingerprint
        if var old = reuse[key] {
            old.article.file = "\(file)#\(item.number)"
            return .success(old)
        }
        return FeedSource.article(item, file: file).map { local in
            var l = local
            l.itemKey = key
            return l
        }
    }

    func submit(_ batch: [FeedSource.Item]) {
        while pending.count >= Self.inFlight { collectOldest() }
        let box = ParallelMap.ResultBox<Result<LocalArticle, LoadProblem>>(count: batch.count)
        let group = DispatchGroup()
        let (workers, file, reuse) = (workers, file, reuse)
        for w in 0..<min(workers, batch.count) {
            DispatchQueue.global().async(group: group) {
                var i = w
                while i < batch.count {
                    box.set(i, Self.article(batch[i], file: file, reuse: reuse))
                    i += workers
                }
            }
        }
        pending.append((group, box))
    }

    private func collectOldest() {
        let (group, box) = pending.removeFirst()
        group.wait()
        let values = box.values()
        soFar?(values)
        done.append(contentsOf: values)
    }

    func finish() -> [Result<LocalArticle, LoadProblem>] {
        while !pending.isEmpty { collectOldest() }
        return done
    }
}
