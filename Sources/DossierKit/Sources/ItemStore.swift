import Foundation

/// Another program's store of feed items, such as a newsreader's cache: a file DossierKit does
/// not read itself (it would need a database library), read by a target that links one and
/// registered in `LoadOptions.stores`. Its items become articles as a feed's items do: HTML
/// taken to text, ids from guid or link, one article per link across feeds and stores.
public protocol ItemStore: Sendable {
    /// What the store is, for messages ("newsboat cache").
    var name: String { get }
    /// File name extensions (lower case, no dot) read as this store when found in a folder.
    var extensions: Set<String> { get }
    /// Whether a file named on its own (whatever its extension) is such a store, by its content.
    func recognises(path: String) -> Bool
    /// Reads the store at `path`, handing its items to `batch` a few hundred at a time, newest
    /// first, until `batch` returns false. Returns the problems met, each naming `file` (the name
    /// articles are given): fatal when nothing could be read, warnings otherwise. Never throws,
    /// never writes the file.
    func read(path: String, file: String, batch: ([StoreItem]) -> Bool) -> [LoadProblem]
}

/// One item of a store, as the store gives it.
public struct StoreItem: Sendable, Hashable {
    /// The item's number in the store: the article is named `FILE#number`.
    public var number: Int
    public var title: String?
    /// The item's address on the web.
    public var link: String?
    /// What identifies the item across fetches (an RSS guid, an Atom id); the link when nil.
    public var guid: String?
    /// The publication time, in seconds since 1970 (the day is taken in UTC).
    public var published: Int64?
    public var author: String?
    /// The item's text: HTML unless `contentIsHTML` is false.
    public var content: String?
    public var contentIsHTML = true
    /// The feed the item came from (its title): the article's source.
    public var source: String?

    public init(number: Int, title: String? = nil, link: String? = nil, guid: String? = nil, published: Int64? = nil,
                author: String? = nil, content: String? = nil, contentIsHTML: Bool = true, source: String? = nil) {
        self.number = number; self.title = title; self.link = link; self.guid = guid; self.published = published
        self.author = author; self.content = content; self.contentIsHTML = contentIsHTML; self.source = source
    }

    /// The id the item's article has (nil when it has neither guid nor link, and so is named by
    /// its text): the same as a feed item with this guid or link.
    public var articleID: ArticleID? {
        FeedSource.itemKey(guid: guid, link: link).map(FeedSource.itemID)
    }

    /// As the feed reader hands items over.
    var feedItem: FeedSource.Item {
        var item = FeedSource.Item()
        item.number = number
        item.title = title
        item.link = link
        item.guid = guid
        if let t = published, t > 0, t < 253_402_300_800 {   // before the year 10000
            item.published = SimpleDate(dayNumber: Int(t / 86_400)).description
        }
        item.content = content
        item.contentIsHTML = contentIsHTML
        item.author = author
        item.source = source
        return item
    }
}

/// Reads a store registered in `LoadOptions.stores` into articles, its items going to every core
/// in batches while the store reads on.
enum StoreSource {
    /// More items than this in one store: the oldest are skipped, with a problem (as for a feed).
    nonisolated(unsafe) static var maxItems = 250_000

    static func read(_ f: CorpusWalker.Found, store: any ItemStore, reuse: [UInt64: LocalArticle] = [:],
                     soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)? = nil) -> [Result<LocalArticle, LoadProblem>] {
        let pipeline = ItemPipeline(file: f.relativePath, reuse: reuse, soFar: soFar)
        var count = 0
        var truncated = false
        var problems = store.read(path: f.path, file: f.relativePath) { items in
            let room = Self.maxItems - count
            count += min(room, items.count)
            if !items.isEmpty, room > 0 { pipeline.submit(items.prefix(room).map(\.feedItem)) }
            truncated = items.count > room
            return !truncated
        }
        if truncated {
            problems.append(LoadProblem(file: f.relativePath, message: "the \(store.name) has more than \(Self.maxItems) items; the newest \(Self.maxItems) loaded, the rest were skipped", isFatal: false))
        }
        return pipeline.finish() + problems.map { .failure($0) }
    }
}
