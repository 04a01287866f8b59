import DossierKit
import Foundation
import GRDB

/// The tables and columns of a newsboat cache that Dossier reads, checked before any item is:
/// a cache from another version that lacks one is refused with a message saying which.
struct Schema {
    /// rss_item columns without which an item is not an article.
    static let itemColumns = ["id", "guid", "title", "url", "feedurl", "pubDate", "content", "unread"]

    var hasAuthor = false
    var hasDeleted = false
    /// Later newsboats say whether `content` is HTML or plain text.
    var hasMimeType = false
    var hasFeeds = false
    /// The cache's schema version (newsboat's `metadata` table), for messages.
    var version: String?
    /// Something missing that the items do without (the feeds' titles).
    var warning: String?

    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    init(_ db: Database) throws {
        if try db.tableExists("metadata"),
           let row = try Row.fetchOne(db, sql: "SELECT db_schema_version_major, db_schema_version_minor FROM metadata LIMIT 1") {
            version = "\(Self.int(row, 0) ?? 0).\(Self.int(row, 1) ?? 0)"
        }
        let schemaNote = version.map { " (its schema is version \($0))" } ?? ""
        guard try db.tableExists("rss_item") else {
            throw Mismatch(description: "not a newsboat cache, or one from a version Dossier cannot read: it has no table rss_item\(schemaNote)")
        }
        let columns = Set(try db.columns(in: "rss_item").map { $0.name.lowercased() })
        let missing = Self.itemColumns.filter { !columns.contains($0.lowercased()) }
        guard missing.isEmpty else {
            let list = missing.joined(separator: ", ")
            throw Mismatch(description: "a newsboat cache from a version Dossier cannot read: its table rss_item has no column\(missing.count == 1 ? "" : "s") \(list)\(schemaNote)")
        }
        hasAuthor = columns.contains("author")
        hasDeleted = columns.contains("deleted")
        hasMimeType = columns.contains("content_mime_type")
        if try db.tableExists("rss_feed") {
            let feedColumns = Set(try db.columns(in: "rss_feed").map { $0.name.lowercased() })
            hasFeeds = feedColumns.contains("rssurl") && feedColumns.contains("title")
        }
        if !hasFeeds {
            warning = "the cache has no table rss_feed with feed titles\(schemaNote): each item's source is its feed's address"
        }
    }

    /// Feed address → the feed's title.
    func feedTitles(_ db: Database) throws -> [String: String] {
        guard hasFeeds else { return [:] }
        var out: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT rssurl, title FROM rss_feed")
        while let row = try rows.next() {
            if let url = Self.text(row, 0), let title = Self.text(row, 1), !title.isEmpty { out[url] = title }
        }
        return out
    }

    /// Up to `limit` items not deleted with an id below `before`, newest (highest id) first.
    func items(_ db: Database, before: Int64, limit: Int, feeds: [String: String]) throws -> [StoreItem] {
        let sql = """
            SELECT id, guid, title, \(hasAuthor ? "author" : "NULL"), url, feedurl, pubDate, content, \(hasMimeType ? "content_mime_type" : "NULL")
            FROM rss_item WHERE id < ?\(hasDeleted ? " AND deleted = 0" : "") ORDER BY id DESC LIMIT ?
            """
        var out: [StoreItem] = []
        out.reserveCapacity(limit)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [before, limit])
        while let row = try rows.next() {
            guard let id = Self.int(row, 0) else { continue }
            let link = Self.text(row, 4).flatMap { $0.isEmpty ? nil : $0 }
            let feed = Self.text(row, 5) ?? ""
            let mime = Self.text(row, 8)
            out.append(StoreItem(number: Int(id), title: Self.text(row, 2), link: link,
                                 guid: Self.guid(Self.text(row, 1), link: link), published: Self.int(row, 6),
                                 author: Self.text(row, 3), content: Self.text(row, 7),
                                 contentIsHTML: mime.map { !$0.hasPrefix("text/plain") } ?? true,
                                 source: feeds[feed] ?? (feed.isEmpty ? nil : feed)))
        }
        return out
    }

    /// Per item not deleted, its article's id and whether newsboat has it read.
    func marks(_ db: Database) throws -> [(article: ArticleID, read: Bool)] {
        var out: [(article: ArticleID, read: Bool)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT guid, url, unread FROM rss_item\(hasDeleted ? " WHERE deleted = 0" : "") ORDER BY id")
        while let row = try rows.next() {
            let link = Self.text(row, 1).flatMap { $0.isEmpty ? nil : $0 }
            let item = StoreItem(number: 0, link: link, guid: Self.guid(Self.text(row, 0), link: link))
            if let id = item.articleID { out.append((id, (Self.int(row, 2) ?? 1) == 0)) }
        }
        return out
    }

    /// The item's own guid. An item whose feed gave none gets one from newsboat: its link with
    /// its date written after it, which names the item no better than the link itself; the
    /// link it is then, as for a feed item without a guid.
    static func guid(_ raw: String?, link: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        if let link, raw.count > link.count, raw.hasPrefix(link) { return nil }
        return raw
    }

    /// A column as text, whatever SQLite holds in it (a damaged or odd cache may hold anything).
    static func text(_ row: Row, _ i: Int) -> String? {
        switch (row[i] as DatabaseValue).storage {
        case .null: return nil
        case .string(let s): return s
        case .int64(let n): return String(n)
        case .double(let d): return String(d)
        case .blob(let b): return String(decoding: b, as: UTF8.self)
        }
    }

    /// A column as an integer, when it holds one.
    static func int(_ row: Row, _ i: Int) -> Int64? {
        switch (row[i] as DatabaseValue).storage {
        case .int64(let n): return n
        case .double(let d): return d.isFinite && abs(d) < 9e18 ? Int64(d) : nil
        case .string(let s): return Int64(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }
}
