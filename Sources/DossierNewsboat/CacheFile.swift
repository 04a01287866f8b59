import DossierKit
import Foundation
import GRDB

/// A newsboat cache opened for reading, never for writing: read-only, with no journal or WAL
/// file made beside it. When newsboat holds it locked (it is writing), it is read from a copy in
/// a temporary folder instead, so Dossier never waits on newsboat nor makes newsboat wait.
final class CacheFile {
    let path: String
    private(set) var queue: DatabaseQueue
    /// The temporary folder holding the copy read instead of the cache, when it was locked.
    private(set) var snapshot: URL?

    /// How long a read waits for newsboat to finish writing before the cache is copied instead.
    nonisolated(unsafe) static var busyWait: TimeInterval = 0.5
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// Why a cache could not be read, worded for the user (the file is named by the caller).
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    init(path: String) throws {
        self.path = path
        try Self.checkHeader(path)
        do {
            queue = try Self.open(path, readonly: true)
            try Self.touch(queue)   // the schema is read here: a lock shows now, not halfway through
        } catch let e as DatabaseError where Self.isLocked(e) {
            queue = try DatabaseQueue()   // replaced at once
            try takeSnapshot()
        } catch let e as DatabaseError {
            throw Failure(Self.describe(e))
        }
    }

    deinit {
        try? queue.close()
        if let snapshot { try? FileManager.default.removeItem(at: snapshot) }
    }

    /// Runs `body` in a read transaction (short: newsboat's writes wait for none). When the cache
    /// turns out to be locked, the rest is read from a copy.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let e as DatabaseError where snapshot == nil && Self.isLocked(e) {
            try takeSnapshot()
            return try queue.read(body)
        }
    }

    /// Copies the cache (and the journal or WAL beside it, so the copy holds only committed
    /// data) to a temporary folder and reads that from now on.
    private func takeSnapshot() throws {
        try? queue.close()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-newsboat-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let copy = dir.appendingPathComponent("cache.db")
            try Self.copyWhenStill(path, to: copy.path)
            snapshot = dir
            // A writable copy: SQLite rolls back a copied journal of an unfinished write.
            queue = try Self.open(copy.path, readonly: false)
            try Self.touch(queue)
        } catch let e as DatabaseError {
            throw Failure("the cache is locked (is newsboat writing it?) and its copy could not be read: \(Self.describe(e))")
        } catch let e as Failure {
            throw e
        } catch {
            try? FileManager.default.removeItem(at: dir)
            throw Failure("the cache is locked (is newsboat writing it?) and could not be copied: \(error.localizedDescription)")
        }
    }

    /// Copies the file and its journal or WAL, again when any changed meanwhile (newsboat wrote).
    static func copyWhenStill(_ path: String, to copy: String) throws {
        let companions = ["-journal", "-wal"]
        func signature() -> [Int64] {
            ([path] + companions.map { path + $0 }).flatMap { p -> [Int64] in
                var st = stat()
                guard stat(p, &st) == 0 else { return [-1, -1, -1] }
                #if canImport(Darwin)
                let m = st.st_mtimespec
                #else
                let m = st.st_mtim
                #endif
                return [Int64(st.st_size), Int64(m.tv_sec), Int64(m.tv_nsec)]
            }
        }
        let fm = FileManager.default
        for attempt in 0..<20 {
            let before = signature()
            for p in [copy] + companions.map({ copy + $0 }) where fm.fileExists(atPath: p) { try fm.removeItem(atPath: p) }
            try fm.copyItem(atPath: path, toPath: copy)
            for c in companions where fm.fileExists(atPath: path + c) {
                try? fm.copyItem(atPath: path + c, toPath: copy + c)
            }
            if signature() == before { return }
            usleep(useconds_t(20_000 * (attempt + 1)))
        }
        throw Failure("newsboat kept writing it while it was copied")
    }

    static func touch(_ queue: DatabaseQueue) throws {
        _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
    }

    static func open(_ path: String, readonly: Bool) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = readonly
        config.label = "dossier.newsboat"
        config.busyMode = .timeout(busyWait)
        config.acceptsDoubleQuotedStringLiterals = true   // newsboat's schema has DEFAULT ""
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// Refuses a file that is not an SQLite database, before SQLite is asked to open it.
    static func checkHeader(_ path: String) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw Failure(FileManager.default.fileExists(atPath: path) ? "cannot be read (permission denied?)" : "does not exist")
        }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: header.count)) ?? Data()
        if head.isEmpty { throw Failure("empty file: not a newsboat cache") }
        guard Array(head) == header else { throw Failure("not an SQLite database, so not a newsboat cache (damaged, or another kind of file)") }
    }

    static func isLocked(_ e: DatabaseError) -> Bool {
        e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED
            // A read-only connection cannot roll back a hot journal, nor make a WAL's index.
            || e.resultCode == .SQLITE_READONLY || e.resultCode == .SQLITE_CANTOPEN
    }

    /// An SQLite error in the user's words.
    static func describe(_ e: DatabaseError) -> String {
        let detail = e.message ?? "\(e.resultCode)"
        switch e.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "the cache is damaged (\(detail))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the cache is locked (\(detail))"
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return "the cache cannot be opened (\(detail))"
        default: return "the cache cannot be read (\(detail))"
        }
    }
}
