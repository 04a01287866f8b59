import DossierKit
import Foundation
import GRDB

/// newsboat's SQLite cache (`cache.db`) as a store of feed items: every item not deleted is an
/// article, its feed's title the source. Read through GRDB, read-only; never written.
public struct NewsboatCache: ItemStore {
    public init() {}

    public var name: String { "newsboat cache" }
    public var extensions: Set<String> { ["db"] }

    /// Items read in one transaction: each is short, so the cache is never held for long.
    static let batchSize = 256

    /// An SQLite file with the `rss_item` table.
    public func recognises(path: String) -> Bool {
        guard (try? CacheFile.checkHeader(path)) != nil, let cache = try? CacheFile(path: path) else { return false }
        return (try? cache.read { try $0.tableExists("rss_item") }) == true
    }

    public func read(path: String, file: String, batch: ([StoreItem]) -> Bool) -> [LoadProblem] {
        var problems: [LoadProblem] = []
        func problem(_ message: String, fatal: Bool) { problems.append(LoadProblem(file: file, message: message, isFatal: fatal)) }
        let cache: CacheFile
        let schema: Schema
        do {
            cache = try CacheFile(path: path)
            schema = try cache.read { try Schema($0) }
        } catch {
            problem("\(Self.words(error)); skipped", fatal: true)
            return problems
        }
        if cache.snapshot != nil { problem("the cache was locked (newsboat was writing it); a copy of it was read", fatal: false) }
        if let w = schema.warning { problem(w, fatal: false) }
        var loaded = 0
        var before = Int64.max   // newest first: the ids below this one are still to read
        do {
            let feeds = try cache.read { try schema.feedTitles($0) }
            while true {
                let items = try cache.read { try schema.items($0, before: before, limit: Self.batchSize, feeds: feeds) }
                guard let last = items.last else { break }
                before = Int64(last.number)
                loaded += items.count
                if !batch(items) { break }
            }
        } catch {
            let done = loaded == 0 ? "no item loaded" : "the \(loaded) newer item\(loaded == 1 ? "" : "s") loaded"
            let place = before == Int64.max ? "" : " below item \(before)"
            problem("\(Self.words(error))\(place); \(done)", fatal: loaded == 0)
        }
        return problems
    }

    /// newsboat's read and unread marks: per item not deleted, its article's id and whether it
    /// was read (items with neither guid nor link are left out: their ids come from their text).
    public static func marks(path: String) throws -> [(article: ArticleID, read: Bool)] {
        do {
            let cache = try CacheFile(path: path)
            return try cache.read { db in
                let schema = try Schema(db)
                return try schema.marks(db)
            }
        } catch {
            throw NewsboatError(words(error))
        }
    }

    static func words(_ error: any Error) -> String {
        switch error {
        case let e as CacheFile.Failure: return e.description
        case let e as Schema.Mismatch: return e.description
        case let e as DatabaseError: return CacheFile.describe(e)
        default: return "\(error)"
        }
    }
}

/// Why newsboat's cache could not be read.
public struct NewsboatError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}
