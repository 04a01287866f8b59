import DossierKit
import DossierNewsboat
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// newsboat itself, making a cache from a feed written in the test (a `file://` address).
enum Newsboat {
    static var installed: Bool { system("command -v newsboat >/dev/null 2>&1") == 0 }
    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    /// Tests that need newsboat run wherever it is installed, and always on CI (which installs it),
    /// where its absence fails them.
    static var shouldRun: Bool { installed || onCI }

    /// Fails the test clearly when newsboat is missing (only reached on CI).
    static func require() throws {
        guard installed else {
            Issue.record("newsboat is not installed: .ci/run installs it (apt-get install newsboat)")
            throw TestFailure("newsboat missing")
        }
    }

    /// Runs `newsboat -x reload` on the feeds (each written to a file in `dir`) into `dir/name`,
    /// with an empty config and a private HOME; returns the cache's URL.
    @discardableResult
    static func makeCache(_ feeds: [String: String], in dir: URL, name: String = "cache.db") throws -> URL {
        try require()
        let fm = FileManager.default
        var urls = ""
        for (file, xml) in feeds.sorted(by: { $0.key < $1.key }) {
            let f = dir.appendingPathComponent(file)
            try Data(xml.utf8).write(to: f)
            urls += "file://\(f.path)\n"
        }
        let work = dir.appendingPathComponent(".newsboat-run-\(UUID().uuidString.prefix(6))")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        try Data(urls.utf8).write(to: work.appendingPathComponent("urls"))
        try Data().write(to: work.appendingPathComponent("config"))
        let cache = dir.appendingPathComponent(name)
        let r = try run("newsboat", ["-u", work.appendingPathComponent("urls").path, "-c", cache.path,
                                     "-C", work.appendingPathComponent("config").path, "-x", "reload"],
                        environment: ["HOME": work.path, "XDG_CONFIG_HOME": work.path + "/config-home", "XDG_DATA_HOME": work.path + "/data-home"])
        guard r.status == 0, fm.fileExists(atPath: cache.path) else {
            throw TestFailure("newsboat -x reload failed (\(r.status)): \(r.output)")
        }
        return cache
    }

    /// Runs a program found on PATH, its output in a file (not a pipe a grandchild could keep open).
    static func run(_ program: String, _ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nb-out-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let h = try FileHandle(forWritingTo: out)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [program] + args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardOutput = h; p.standardError = h; p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try h.close()
        return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// An RSS 2.0 feed written in the test.
struct FeedFile {
    struct Item {
        var title: String
        var link: String?
        var guid: String?
        var date: String?
        var author: String?
        var html: String
    }

    var title: String
    var items: [Item]

    var xml: String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var s = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>\(esc(title))</title><link>https://news.example.org/</link><description>Wire</description>

            """
        for i in items {
            s += "<item><title>\(esc(i.title))</title>"
            if let l = i.link { s += "<link>\(esc(l))</link>" }
            if let g = i.guid { s += "<guid isPermaLink=\"false\">\(esc(g))</guid>" }
            if let d = i.date { s += "<pubDate>\(d)</pubDate>" }
            if let a = i.author { s += "<dc:creator>\(esc(a))</dc:creator>" }
            s += "<description>\(esc(i.html))</description></item>\n"
        }
        return s + "</channel></rss>\n"
    }

    /// A wire feed of three reports naming officials, one item without a guid.
    static let wire = FeedFile(title: "Gulf Wire", items: [
        Item(title: "Araghchi meets Dar in Islamabad", link: "https://news.example.org/2025/05/araghchi-dar",
             guid: "gw-1001", date: "Thu, 08 May 2025 09:30:00 +0000", author: "Sara Khan",
             html: "<p>ISLAMABAD, May 8, 2025 — Iranian Foreign Minister Seyed Abbas Araghchi met Deputy Prime Minister Ishaq Dar in Islamabad on Thursday.</p><p>The two ministers discussed border trade &amp; security.</p><script>var tracking = 1;</script>"),
        Item(title: "Munir receives Iranian delegation", link: "https://news.example.org/2025/05/munir",
             guid: nil, date: "Fri, 09 May 2025 11:00:00 +0000", author: nil,
             html: "<p>RAWALPINDI, May 9, 2025 — Pakistan's Chief of Army Staff General Syed Asim Munir received an Iranian delegation at General Headquarters.</p>"),
        Item(title: "Tehran hosts trade talks", link: "https://news.example.org/2025/05/tehran-trade",
             guid: "gw-1003", date: "Sat, 10 May 2025 08:15:00 +0000", author: "Omid Rahimi",
             html: "<p>TEHRAN, May 10, 2025 — Iran and Pakistan opened trade talks in Tehran, officials said.</p>"),
    ])
}

/// A temporary folder removed when the value is dropped.
final class TempDir: @unchecked Sendable {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nb-\(UUID().uuidString.prefix(8))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> URL { url.appendingPathComponent(name) }
    func write(_ name: String, _ text: String) {
        let f = path(name)
        try! FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: f)
    }
    /// The names and contents of the files in the folder (not below it).
    func listing() -> [String: Data] {
        var out: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
            out[name] = FileManager.default.contents(atPath: path(name).path) ?? Data()
        }
        return out
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Loads inputs as `dossier` does: newsboat's cache among the stores.
func load(_ inputs: [URL], index: URL? = nil) throws -> Corpus {
    var options = LoadOptions()
    options.stores = [NewsboatCache()]
    options.indexFile = index
    return try Corpus.load(from: inputs, options: options)
}

/// Another process holding an exclusive write transaction on an SQLite file, as newsboat does
/// while it writes: readers get SQLITE_BUSY until it ends (when the holder's input closes).
final class LockHolder {
    let process = Process()
    let input = Pipe()
    let output: URL

    init(_ database: URL) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nb-lock-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let h = try FileHandle(forWritingTo: output)
        let script = """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN EXCLUSIVE")
            c.execute("UPDATE rss_item SET unread = 0")
            print("locked", flush=True)
            sys.stdin.read()
            c.execute("ROLLBACK")
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, database.path]
        process.standardInput = input
        process.standardOutput = h
        process.standardError = h
        try process.run()
        try h.close()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let s = try? String(contentsOf: output, encoding: .utf8), s.contains("locked") { return }
            if !process.isRunning { break }
            usleep(20_000)
        }
        let said = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        throw TestFailure("could not lock \(database.lastPathComponent) with python3's sqlite3: \(said)")
    }

    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: output)
    }

    deinit { if process.isRunning { release() } }
}

/// The test's own cache opened for writing (to set up a case; Dossier never writes one).
func writable(_ url: URL) throws -> DatabaseQueue {
    var config = Configuration()
    config.acceptsDoubleQuotedStringLiterals = true   // newsboat's schema has DEFAULT ""
    return try DatabaseQueue(path: url.path, configuration: config)
}
