@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

/// A restart over an unchanged folder decodes its articles straight from the index, and a
/// watched folder's reader may take the index's corpus before listing the folder: both give
/// what a cold load of the same files gives, and a folder changed meanwhile is loaded again.
@Suite("Restore from the index")
struct RestoreTests {
    static func options(_ cache: TempDir, checkLater: Bool = false) -> LoadOptions {
        var o = LoadOptions()
        o.indexFile = cache.url.appendingPathComponent("index.bin")
        o.checkLater = checkLater
        return o
    }

    /// Everything a corpus holds that a restart must give back as a cold load does.
    static func expectSame(_ a: Corpus, _ b: Corpus, _ note: Comment) {
        #expect(a.exportJSON() == b.exportJSON(), note)
        #expect(a.articles.map(\.id) == b.articles.map(\.id), note)
        #expect(a.articles.map(\.mentions) == b.articles.map(\.mentions), note)
        #expect(a.articles.map(\.blocks) == b.articles.map(\.blocks), note)
        #expect(a.problems == b.problems, note)
        #expect(a.entities == b.entities, note)
        let evidence: (Corpus) -> [String: [String]] = { c in c.entities.mapValues(\.evidence).reduce(into: [:]) { $0[$1.key.description] = $1.value } }
        #expect(evidence(a) == evidence(b), note)
    }

    static func writeFolder(_ d: TempDir) throws {
        try SyntheticCorpus.write(count: 40, to: d.url)
        let talks = "Talks in Kabul\nKABUL, May 8, 2025 — Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar. Araghchi said trade would grow.\n"
        // The same text twice: the later file keeps it under an id of its own, with a problem.
        d.write("x/talks.txt", talks)
        d.write("y/talks-copy.txt", talks)
        d.write("x/wire.txt", "Port talks\nKARACHI (Reuters) - Ministers met on Friday to discuss the port, officials said.\n")
        d.write("aliases.tsv", "FM Araghchi\tAbbas Araghchi\n")
    }

    @Test("a restart of an unchanged folder equals a cold load: ids of repeated texts, problems, roles and evidence")
    func restartEqualsCold() throws {
        let d = TempDir(), cache = TempDir()
        try Self.writeFolder(d)
        let first = try Corpus.load(from: d.url, options: Self.options(cache))
        let cold = try Corpus.load(from: d.url)
        Self.expectSame(first, cold, "the load that wrote the index")
        let again = try Corpus.load(from: d.url, options: Self.options(cache))
        #expect(again.articles.allSatisfy { $0.storedText.isMapped }, "read back from the index")
        Self.expectSame(again, cold, "a restart")
        #expect(again.problems.contains { $0.message.contains("same text as another file") })
        #expect(again.laterCheck == nil, "a load that listed the folder leaves nothing to check")
    }

    @Test("a watched folder's start before listing: the index's corpus, then what changed is named")
    func restoredBeforeListing() throws {
        let d = TempDir(), cache = TempDir()
        try Self.writeFolder(d)
        _ = try Corpus.load(from: d.url, options: Self.options(cache))
        let restored = try Corpus.load(from: d.url, options: Self.options(cache, checkLater: true))
        let check = try #require(restored.laterCheck, "restored before listing")
        Self.expectSame(restored, try Corpus.load(from: d.url), "unchanged")
        #expect(check().isEmpty)

        // Added, changed, removed, and other aliases, while the reader was not running.
        d.write("x/new.txt", "Another Dar\nLAHORE, June 1, 2025 — Senator Asad Dar of Pakistan spoke. Dar said little.\n")
        d.write("x/wire.txt", "Port talks resume\nKARACHI (Reuters) - Ministers met again on Saturday to discuss the port, officials said.\n")
        let gone = try #require(restored.articles.first { $0.file.hasPrefix("000/") }).file
        try FileManager.default.removeItem(at: d.url.appendingPathComponent(gone))
        #expect(check() == ["x/new.txt", "x/wire.txt", gone])
        d.write("aliases.tsv", "FM Araghchi\tAbbas Araghchi\nDPM Dar\tIshaq Dar\n")
        #expect(check() == ["x/new.txt", "x/wire.txt", gone, "aliases.tsv"])
    }

    @Test("files changed between two starts: the watcher that follows the restored corpus loads them again, equal to a cold load",
          arguments: liveModes)
    func changedBetweenStarts(mode: WatchMode) throws {
        let d = TempDir(), cache = TempDir()
        try Self.writeFolder(d)
        _ = try Corpus.load(from: d.url, options: Self.options(cache))
        d.write("x/new.txt", "Another Dar\nLAHORE, June 1, 2025 — Senator Asad Dar of Pakistan spoke. Dar said little.\n")
        d.write("x/wire.txt", "Port talks resume\nKARACHI (Reuters) - Ministers met again on Saturday to discuss the port, officials said.\n")
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("y/talks-copy.txt"))

        let live = LiveCorpus(folder: d.url, options: Self.options(cache), mode: mode, timing: WatchTiming(quiet: 0.2, maxDelay: 1, pollInterval: 0.1))
        live.start()
        defer { live.stop(wait: true) }
        let restored = try Corpus.load(from: d.url, options: Self.options(cache, checkLater: true))
        #expect(restored.laterCheck != nil)
        #expect(restored.article(file: "x/new.txt") == nil, "the index's corpus, as it was")
        let log = LiveLog()
        live.follow(restored) { log.add($0) }
        #expect(log.wait { !$0.updates.isEmpty }, "no update")
        let u = try #require(log.updates.first)
        let cold = try Corpus.load(from: d.url)
        Self.expectSame(u.corpus, cold, "the update")
        #expect(u.changes.added.count == 1 && u.changes.changed.count == 1 && u.changes.removed.count == 1)
        // The next start finds the index the update wrote: nothing left to load again.
        let next = try Corpus.load(from: d.url, options: Self.options(cache, checkLater: true))
        Self.expectSame(next, cold, "the start after")
        #expect(next.laterCheck?().isEmpty == true)
    }

    @Test("an unchanged folder's watcher loads nothing again")
    func unchangedNoUpdate() throws {
        let d = TempDir(), cache = TempDir()
        try Self.writeFolder(d)
        _ = try Corpus.load(from: d.url, options: Self.options(cache))
        let live = LiveCorpus(folder: d.url, options: Self.options(cache), mode: .poll, timing: WatchTiming(quiet: 0.2, maxDelay: 1, pollInterval: 0.1))
        live.start()
        defer { live.stop(wait: true) }
        let restored = try Corpus.load(from: d.url, options: Self.options(cache, checkLater: true))
        let log = LiveLog()
        live.follow(restored) { log.add($0) }
        Thread.sleep(forTimeInterval: 1)
        #expect(log.events.isEmpty)
    }

    @Test("a damaged index is moved aside and rebuilt, on a watched folder's start too")
    func damagedIndex() throws {
        let d = TempDir(), cache = TempDir()
        try Self.writeFolder(d)
        let options = Self.options(cache, checkLater: true)
        _ = try Corpus.load(from: d.url, options: options)
        let url = try #require(options.indexFile)
        // Cut short, as a full disk or a crash leaves a file.
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 100).write(to: url)
        let c = try Corpus.load(from: d.url, options: options)
        #expect(c.laterCheck == nil)
        #expect(c.problems.contains { $0.message.contains("damaged") })
        #expect(c.exportJSON() == (try Corpus.load(from: d.url).exportJSON()))
        let aside = try FileManager.default.contentsOfDirectory(atPath: cache.url.path).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
        let next = try Corpus.load(from: d.url, options: options)
        #expect(!next.problems.contains { $0.message.contains("damaged") })
        #expect(next.exportJSON() == c.exportJSON())
    }
}
