import DossierKit
import Foundation
import GRDB

/// The reading state as JSON, for `dossier state export` and `import`.
public struct StateDocument: Codable, Hashable, Sendable {
    public static let formatName = "dossier-state"
    public var format = StateDocument.formatName
    public var version = 1
    public var read: [Mark] = []
    public var starred: [Mark] = []
    public var positions: [SavedPosition] = []

    /// An article read ("id": its ArticleID) or a star ("id": "article:ID" or "kind:slug"), and when.
    public struct Mark: Codable, Hashable, Sendable {
        public var id: String
        public var at: Date
        public init(id: String, at: Date) { self.id = id; self.at = at }
    }

    public struct SavedPosition: Codable, Hashable, Sendable {
        public var corpus: String
        public var at: Date
        public var position: ReadingPosition
    }

    public init() {}

    public static func decode(_ data: Data) throws -> StateDocument {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        let doc: StateDocument
        do { doc = try d.decode(StateDocument.self, from: data) } catch let e as DecodingError {
            throw StateStoreError("not a Dossier state export: \(describe(e))")
        }
        guard doc.format == formatName else { throw StateStoreError("not a Dossier state export (format “\(doc.format)”)") }
        guard doc.version <= 1 else { throw StateStoreError("state export version \(doc.version) is newer than this Dossier understands (1)") }
        return doc
    }

    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return try e.encode(self) + Data("\n".utf8)
    }

    static func describe(_ e: DecodingError) -> String {
        switch e {
        case .dataCorrupted(let c): return c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        case .keyNotFound(let k, let c): return "missing “\(k.stringValue)” at \(path(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "\(c.debugDescription) at \(path(c))"
        @unknown default: return "\(e)"
        }
    }

    static func path(_ c: DecodingError.Context) -> String {
        c.codingPath.isEmpty ? "the top" : c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension StateStore {
    /// Everything in the store, oldest first.
    public func export() throws -> StateDocument {
        try pool.read { db in
            var doc = StateDocument()
            for row in try Row.fetchAll(db, sql: "SELECT article, read_at FROM read_mark ORDER BY read_at, article") {
                doc.read.append(.init(id: row[0], at: Date(timeIntervalSince1970: row[1])))
            }
            for row in try Row.fetchAll(db, sql: "SELECT target, starred_at FROM star ORDER BY starred_at, target") {
                doc.starred.append(.init(id: row[0], at: Date(timeIntervalSince1970: row[1])))
            }
            for row in try Row.fetchAll(db, sql: "SELECT corpus, json, saved_at FROM position ORDER BY corpus") {
                let json: String = row[1]
                guard let p = try? JSONDecoder().decode(ReadingPosition.self, from: Data(json.utf8)) else { continue }
                doc.positions.append(.init(corpus: row[0], at: Date(timeIntervalSince1970: row[2]), position: p))
            }
            return doc
        }
    }

    /// Adds an export to the store: marks and stars are merged (a union); a position replaces
    /// the stored one when it is newer. With `replace`, the store is emptied first. One
    /// transaction: all or nothing.
    public func importDocument(_ doc: StateDocument, replace: Bool) throws -> (read: Int, starred: Int, positions: Int) {
        for s in doc.starred where StateStore.target(s.id) == nil {
            throw StateStoreError("starred “\(s.id)” is neither article:ID nor kind:slug")
        }
        return try pool.writeWithoutTransaction { db in
            var counts = (read: 0, starred: 0, positions: 0)
            try db.inTransaction(.immediate) {
                if replace {
                    try db.execute(sql: "DELETE FROM read_mark; DELETE FROM star; DELETE FROM position;")
                }
                for m in doc.read where !m.id.isEmpty {
                    try db.execute(sql: "INSERT INTO read_mark (article, read_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                   arguments: [m.id, m.at.timeIntervalSince1970])
                    counts.read += db.changesCount
                }
                for m in doc.starred {
                    try db.execute(sql: "INSERT INTO star (target, starred_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                   arguments: [m.id, m.at.timeIntervalSince1970])
                    counts.starred += db.changesCount
                }
                for p in doc.positions {
                    let json = String(decoding: try JSONEncoder.sorted.encode(p.position), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO position (corpus, json, saved_at) VALUES (?, ?, ?)
                        ON CONFLICT (corpus) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at
                        WHERE excluded.saved_at > position.saved_at
                        """, arguments: [p.corpus, json, p.at.timeIntervalSince1970])
                    counts.positions += db.changesCount
                }
                return .commit
            }
            return counts
        }
    }
}
