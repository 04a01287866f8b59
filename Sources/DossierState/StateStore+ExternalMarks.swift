import DossierKit
import Foundation
import GRDB

/// What taking another reader's marks changed.
public struct MarksTaken: Hashable, Sendable {
    /// Articles marked read because the other reader read them.
    public var markedRead = 0
    /// Articles marked unread again because the other reader marked them unread.
    public var markedUnread = 0
    public init(markedRead: Int = 0, markedUnread: Int = 0) { self.markedRead = markedRead; self.markedUnread = markedUnread }
}

extension StateStore {
    /// Takes the read and unread marks of another reader (`source`, e.g. "newsboat") into the
    /// reading state. What that reader changed since it was last asked wins; what Dossier's user
    /// changed since is kept:
    /// - an article the other reader has read is marked read the first time it is seen, and
    ///   whenever the other reader marks it read again;
    /// - an article the other reader marks unread after having had it read is marked unread;
    /// - an article the other reader leaves as it was keeps whatever mark Dossier gave it.
    /// The other reader's file is never written: its marks are remembered here (`external_mark`).
    @discardableResult
    public func takeMarks(from source: String, _ marks: [(article: ArticleID, read: Bool)], at date: Date = Date()) throws -> MarksTaken {
        guard !marks.isEmpty else { return MarksTaken() }
        let t = date.timeIntervalSince1970
        return try pool.writeWithoutTransaction { db in
            var taken = MarksTaken()
            try db.inTransaction(.immediate) {
                var seen: [String: Bool] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT article, read FROM external_mark WHERE source = ?", arguments: [source])
                while let row = try rows.next() { seen[row[0]] = (row[1] as Int64) != 0 }
                let markRead = try db.makeStatement(sql: "INSERT INTO read_mark (article, read_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                let markUnread = try db.makeStatement(sql: "DELETE FROM read_mark WHERE article = ?")
                let remember = try db.makeStatement(sql: """
                    INSERT INTO external_mark (source, article, read) VALUES (?, ?, ?)
                    ON CONFLICT (source, article) DO UPDATE SET read = excluded.read
                    """)
                for (article, read) in marks {
                    let before = seen[article.rawValue]
                    if before == read { continue }
                    if read {
                        try markRead.execute(arguments: [article.rawValue, t])
                        if db.changesCount > 0 { taken.markedRead += 1 }
                    } else if before == true {
                        try markUnread.execute(arguments: [article.rawValue])
                        if db.changesCount > 0 { taken.markedUnread += 1 }
                    }
                    try remember.execute(arguments: [source, article.rawValue, read ? 1 : 0])
                    seen[article.rawValue] = read
                }
                return .commit
            }
            return taken
        }
    }
}
