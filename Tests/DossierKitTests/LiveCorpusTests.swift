@testable import DossierKit
import Foundation
import Testing

/// What a `LiveCorpus` handed over, gathered from its watching thread.
final class LiveLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _events: [LiveCorpus.Event] = []
    private var _rereads: [Set<String>] = []

    var events: [LiveCorpus.Event] { lock.lock(); defer { lock.unlock() }; return _events }
    var rereads: [Set<String>] { lock.lock(); defer { lock.unlock() }; return _rereads }
    func add(_ e: LiveCorpus.Event) { lock.lock(); _events.append(e); lock.unlock() }
    func reread(_ s: Set<String>) { lock.lock(); _rereads.append(s); lock.unlock() }

    var updates: [CorpusUpdate] { events.compactMap { if case .updated(let u) = $0 { return u }; return nil } }

    /// Waits (polling) until `done` holds, at most `timeout` seconds; returns whether it did.
    @discardableResult
    func wait(timeout: Double = 20, _ done: (LiveLog) -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while !done(self) {
            if Date() > end { return false }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }
}

/// The modes this system has.
let liveModes: [WatchMode] = InotifySource.isAvailable ? [.inotify, .poll] : [.poll]

@Suite("Live corpus")
struct LiveCorpusTests {
    static let empty = Corpus(root: URL(fileURLWithPath: "/"), articles: [], problems: [], entities: [:])

    @Test("a burst of 500 new files is one re-read with all 500, held until the first load is there",
          arguments: liveModes)
    func burst(mode: WatchMode) throws {
        let d = TempDir()
        let log = LiveLog()
        let live = LiveCorpus(folder: d.url, extensions: Set(Sources.kinds.keys), mode: mode,
                              timing: WatchTiming(quiet: 1.0, maxDelay: 60, pollInterval: 0.2)) { reread in
            log.reread(reread)
            return Self.empty
        }
        live.start()
        defer { live.stop(wait: true) }
        #expect(live.activeMode == mode)
        // Written while the first load would still run: nothing is read again until it is there.
        for i in 0..<500 { d.write(String(format: "f%03d.txt", i), "Article \(i)\n") }
        live.follow(Self.empty) { log.add($0) }
        #expect(log.wait { !$0.updates.isEmpty }, "no update")
        // The batch is closed: quiet for a while longer, and still one re-read.
        Thread.sleep(forTimeInterval: 1.2)
        #expect(log.rereads.count == 1)
        #expect(log.rereads.first?.count == 500)
        #expect(log.events.count == 2)
        if case .updating(let n)? = log.events.first { #expect(n == 500) } else { Issue.record("no .updating first") }
    }

    /// Writes a file whole, as a careful script does: into a hidden file beside it, then renamed
    /// over it (a watcher never sees it half written, however slow the machine).
    static func put(_ d: TempDir, _ name: String, _ text: String) throws {
        let url = d.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).part")
        try Data(text.utf8).write(to: tmp)
        #expect(rename(tmp.path, url.path) == 0)
    }

    static func writeArticles(_ d: TempDir) {
        d.write("a.txt", "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar.\n")
        d.write("b.txt", "Port talks\nKARACHI (Reuters) - Ministers met on Friday to discuss the port, officials said.\n")
        d.write("sub/c.txt", "Border commission\nISLAMABAD, June 2, 2025 — Interior Minister Mohsin Naqvi met the border commission.\n")
    }

    static func loadOptions(_ cache: TempDir) -> LoadOptions {
        var o = LoadOptions()
        o.indexFile = cache.url.appendingPathComponent("index.bin")
        return o
    }

    @Test("files added, changed and removed: an update each, equal to a cold load", arguments: liveModes)
    func updates(mode: WatchMode) throws {
        let d = TempDir(), cache = TempDir()
        Self.writeArticles(d)
        let options = Self.loadOptions(cache)
        let live = LiveCorpus(folder: d.url, options: options, mode: mode, timing: WatchTiming(quiet: 0.2, maxDelay: 1, pollInterval: 0.1))
        live.start()
        defer { live.stop(wait: true) }
        let first = try Corpus.load(from: d.url, options: options)
        let log = LiveLog()
        live.follow(first) { log.add($0) }

        func next(_ n: Int, _ note: Comment) throws -> CorpusUpdate {
            #expect(log.wait { $0.updates.count >= n }, note)
            let u = try #require(log.updates.count >= n ? log.updates[n - 1] : nil, note)
            #expect(u.corpus.exportJSON() == (try Corpus.load(from: d.url).exportJSON()), note)
            return u
        }

        try Self.put(d, "sub/new.txt", "Another Dar\nLAHORE, June 1, 2025 — Senator Asad Dar of Pakistan spoke. Dar said little.\n")
        var u = try next(1, "a new file")
        #expect(u.changes.added.count == 1 && u.changes.changed.isEmpty && u.changes.removed.isEmpty)
        #expect(u.corpus.article(file: "sub/new.txt").map { u.changes.added.contains($0.id) } == true)

        let before = try #require(u.corpus.article(file: "a.txt"))
        try Self.put(d, "a.txt", "Talks in Kabul, again\nKABUL, May 9, 2025 — Foreign Minister Seyed Abbas Araghchi met Deputy Prime Minister Muhammad Ishaq Dar.\n")
        u = try next(2, "a changed file")
        let after = try #require(u.corpus.article(file: "a.txt"))
        #expect(u.changes.changed == [after.id] && u.changes.replaced == [before.id: after.id])
        #expect(u.changes.added.isEmpty && u.changes.removed.isEmpty)

        let gone = try #require(u.corpus.article(file: "b.txt"))
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("b.txt"))
        u = try next(3, "a removed file")
        #expect(u.changes.removed == [gone.id] && u.changes.added.isEmpty && u.changes.changed.isEmpty)

        try Self.put(d, "empty.txt", "")
        u = try next(4, "a file that cannot be read")
        #expect(u.changes.problems.map(\.file) == ["empty.txt"])
        #expect(u.changes.added.isEmpty)
    }

    @Test("more folders than inotify may watch: polling from the start, or from the folder that does not fit", .enabled(if: InotifySource.isAvailable))
    func fallBack() throws {
        let d = TempDir(), cache = TempDir()
        Self.writeArticles(d)   // the folder and sub/: two watches
        let options = Self.loadOptions(cache)
        let timing = WatchTiming(quiet: 0.2, maxDelay: 1, pollInterval: 0.1)

        let tight = LiveCorpus(folder: d.url, options: options, mode: .inotify, timing: timing)
        tight.maxWatches = 1
        tight.start()
        #expect(tight.activeMode == .poll)
        tight.stop(wait: true)
        #expect(tight.activeMode == .off)

        let live = LiveCorpus(folder: d.url, options: options, mode: .inotify, timing: timing)
        live.maxWatches = 2
        live.start()
        defer { live.stop(wait: true) }
        #expect(live.activeMode == .inotify)
        let log = LiveLog()
        live.follow(try Corpus.load(from: d.url, options: options)) { log.add($0) }
        try Self.put(d, "more/d.txt", "Trade figures\nKABUL, May 10, 2025 — Commerce Minister Ali Raza spoke.\n")
        #expect(log.wait { $0.updates.contains { $0.corpus.article(file: "more/d.txt") != nil } }, "the file in the new folder")
        #expect(live.activeMode == .poll)
        try Self.put(d, "more/e.txt", "Trade figures again\nKABUL, May 11, 2025 — Commerce Minister Ali Raza spoke again.\n")
        #expect(log.wait { $0.updates.contains { $0.corpus.article(file: "more/e.txt") != nil } }, "polling goes on")
    }

    @Test("mode off watches nothing; DOSSIER_WATCH picks the mode")
    func modes() {
        #expect(WatchMode.from(environment: ["DOSSIER_WATCH": "poll"]) == .poll)
        #expect(WatchMode.from(environment: ["DOSSIER_WATCH": "off"]) == .off)
        #expect(WatchMode.from(environment: [:]) == (InotifySource.isAvailable ? .inotify : .poll))
        let live = LiveCorpus(folder: URL(fileURLWithPath: "/tmp"), extensions: ["txt"], mode: .off) { _ in Self.empty }
        live.start()
        #expect(live.activeMode == .off)
        live.stop(wait: true)
    }
}
