import DossierKit
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the reading state could not be opened.
public struct StateStoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}

/// The reading state on disk: one SQLite file (WAL) shared safely by every Dossier process.
///
/// Read marks and stars are stored per change (an upsert or a delete), never as a rewrite of the
/// whole state, so two processes writing at once both keep their marks. Articles are named by
/// their content-derived `ArticleID`, so a renamed file keeps its marks.
public final class StateStore: Sendable {
    public let url: URL
    let pool: DatabasePool

    /// Seconds a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 5

    init(url: URL, pool: DatabasePool) { self.url = url; self.pool = pool }

    /// Opens (creating and migrating) the store at `url`. Throws on any problem; a corrupt file
    /// is reported as `StateStore.isCorruption`.
    public static func open(at url: URL) throws -> StateStore {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return try withFileLock(url) { try openUnlocked(url) }
    }

    static func openUnlocked(_ url: URL) throws -> StateStore {
        var config = Configuration()
        config.label = "dossier.state"
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // With WAL, NORMAL loses nothing when the process dies (the OS has the WAL); only a
            // power cut may lose the last commits, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: url.path, configuration: config)
        let store = StateStore(url: url, pool: pool)
        let check = try store.quickCheck()
        guard check == "ok" else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check: \(check)") }
        try migrator.migrate(pool)
        return store
    }

    /// Opens the store; a corrupt one is moved aside and a fresh one started. Returns the store
    /// (nil when none can be opened, e.g. a read-only home) and a warning for the user.
    public static func openOrRecover(at url: URL) -> (store: StateStore?, warning: String?) {
        do {
            return (try open(at: url), nil)
        } catch let e where isCorruption(e) {
            do {
                let moved = try withFileLock(url) { () -> URL in
                    // Another process may have recovered it already.
                    if (try? openUnlocked(url)) != nil { return url }
                    return try moveAside(url)
                }
                let store = try open(at: url)
                if moved == url { return (store, nil) }
                return (store, "reading state \(url.path) was damaged (\(short(e))); moved it to \(moved.lastPathComponent) and started afresh")
            } catch {
                return (nil, "reading state \(url.path) is damaged and could not be replaced (\(short(error))); marks will not be saved")
            }
        } catch {
            return (nil, "reading state \(url.path) cannot be opened (\(short(error))); marks will not be saved")
        }
    }

    static func short(_ e: any Error) -> String {
        if let d = e as? DatabaseError { return d.message ?? "\(d.resultCode)" }
        return "\(e)"
    }

    /// True for errors that mean the file is not a usable database (not for busy or permissions).
    public static func isCorruption(_ e: any Error) -> Bool {
        guard let d = e as? DatabaseError else { return false }
        return d.resultCode == .SQLITE_NOTADB || d.resultCode == .SQLITE_CORRUPT
    }

    /// Renames the file (and its WAL) to `<name>.corrupt-<time>`; drops the shared-memory file.
    static func moveAside(_ url: URL) throws -> URL {
        let fm = FileManager.default
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate, .withFullTime])
            .replacingOccurrences(of: ":", with: "")
        var target = url.appendingPathExtension("corrupt-\(stamp)")
        var n = 1
        while fm.fileExists(atPath: target.path) { n += 1; target = url.appendingPathExtension("corrupt-\(stamp)-\(n)") }
        try fm.moveItem(at: url, to: target)
        let wal = URL(fileURLWithPath: url.path + "-wal")
        if fm.fileExists(atPath: wal.path) { try? fm.moveItem(at: wal, to: URL(fileURLWithPath: target.path + "-wal")) }
        try? fm.removeItem(at: URL(fileURLWithPath: url.path + "-shm"))
        return target
    }

    /// Runs `body` holding an exclusive lock on `<file>.lock`, so two processes never migrate or
    /// move a damaged file aside at the same time.
    static func withFileLock<T>(_ url: URL, _ body: () throws -> T) throws -> T {
        #if canImport(Glibc)
        let fd = Glibc.open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return try body() }
        defer { Glibc.close(fd) }
        #elseif canImport(Darwin)
        let fd = Darwin.open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return try body() }
        defer { Darwin.close(fd) }
        #else
        return try body()
        #endif
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    // MARK: Schema

    static let migrator: DatabaseMigrator = {
        var m = DatabaseMigrator()
        m.registerMigration("v1 read marks and stars") { db in
            try db.execute(sql: """
                CREATE TABLE read_mark (article TEXT PRIMARY KEY NOT NULL, read_at REAL NOT NULL) WITHOUT ROWID;
                CREATE TABLE star (target TEXT PRIMARY KEY NOT NULL, starred_at REAL NOT NULL) WITHOUT ROWID;
                """)
        }
        m.registerMigration("v2 last position per corpus") { db in
            try db.execute(sql: """
                CREATE TABLE position (corpus TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, saved_at REAL NOT NULL);
                """)
        }
        m.registerMigration("v3 marks last seen in another reader") { db in
            try db.execute(sql: """
                CREATE TABLE external_mark (source TEXT NOT NULL, article TEXT NOT NULL, read INTEGER NOT NULL,
                                            PRIMARY KEY (source, article)) WITHOUT ROWID;
                """)
        }
        return m
    }()

    /// Identifiers of the applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] { try pool.read { try StateStore.migrator.appliedMigrations($0) } }

    // MARK: Reading

    /// Marks, stars, and the last position in `corpus` (a folder path), if given.
    public func load(corpus: String? = nil) throws -> ReadingState {
        try pool.read { db in
            var s = ReadingState()
            s.read = Set(try String.fetchAll(db, sql: "SELECT article FROM read_mark").map(ArticleID.init))
            for t in try String.fetchAll(db, sql: "SELECT target FROM star") {
                switch StateStore.target(t) {
                case .article(let a)?: s.starredArticles.insert(a)
                case .entity(let e)?: s.starredEntities.insert(e)
                case nil: break
                }
            }
            if let corpus, let json = try String.fetchOne(db, sql: "SELECT json FROM position WHERE corpus = ?", arguments: [corpus]) {
                s.position = try? JSONDecoder().decode(ReadingPosition.self, from: Data(json.utf8))
            }
            return s
        }
    }

    static func target(_ s: String) -> StarTarget? {
        if s.hasPrefix("article:") { return .article(ArticleID(String(s.dropFirst(8)))) }
        return EntityID(parsing: s).map(StarTarget.entity)
    }

    /// "ok", or what SQLite found wrong.
    public func integrityCheck() throws -> String {
        try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    func quickCheck() throws -> String {
        try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check").joined(separator: "; ") }
    }

    public func counts() throws -> (read: Int, starred: Int, positions: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM read_mark") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM star") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM position") ?? 0)
        }
    }

    // MARK: Writing

    /// Applies changes in order, in one transaction (all or none).
    public func apply(_ changes: [StateChange], at date: Date = Date()) throws {
        guard !changes.isEmpty else { return }
        let t = date.timeIntervalSince1970
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                for c in changes { try StateStore.apply(c, db, t) }
                return .commit
            }
        }
    }

    static func apply(_ c: StateChange, _ db: Database, _ t: Double) throws {
        switch c {
        case .read(let a, true):
            try db.execute(sql: "INSERT INTO read_mark (article, read_at) VALUES (?, ?) ON CONFLICT DO NOTHING", arguments: [a.rawValue, t])
        case .read(let a, false):
            try db.execute(sql: "DELETE FROM read_mark WHERE article = ?", arguments: [a.rawValue])
        case .star(let target, true):
            try db.execute(sql: "INSERT INTO star (target, starred_at) VALUES (?, ?) ON CONFLICT DO NOTHING", arguments: [target.description, t])
        case .star(let target, false):
            try db.execute(sql: "DELETE FROM star WHERE target = ?", arguments: [target.description])
        case .position(let corpus, let p):
            let json = String(decoding: try JSONEncoder.sorted.encode(p), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO position (corpus, json, saved_at) VALUES (?, ?, ?)
                ON CONFLICT (corpus) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at
                """, arguments: [corpus, json, t])
        }
    }

    /// Copies the WAL into the file (best effort: another process may be reading) and closes it.
    public func close() throws {
        try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try pool.close()
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
