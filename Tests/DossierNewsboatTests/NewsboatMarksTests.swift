import DossierKit
import DossierNewsboat
@testable import DossierState
import Foundation
import GRDB
import Testing

/// newsboat's read and unread marks taken into Dossier's reading state, and only when asked.
@Suite("newsboat marks", .enabled(if: Newsboat.shouldRun, "newsboat is not installed"))
struct NewsboatMarksTests {
    /// Marks items read the way a newsboat user can from the shell: `newsboat -I` with their guids.
    static func markRead(_ guids: [String], in cache: URL, dir: TempDir) throws {
        let list = dir.path("read-\(UUID().uuidString.prefix(6)).txt")
        try Data((guids.joined(separator: "\n") + "\n").utf8).write(to: list)
        let urls = dir.path("urls")
        try Data("file://\(dir.path("wire.xml").path)\n".utf8).write(to: urls)
        try Data().write(to: dir.path("config"))
        let r = try Newsboat.run("newsboat", ["-u", urls.path, "-c", cache.path, "-C", dir.path("config").path, "-I", list.path],
                                 environment: ["HOME": dir.url.path])
        guard r.status == 0 else { throw TestFailure("newsboat -I failed: \(r.output)") }
    }

    /// Marks an item unread as newsboat's `N` key does (newsboat has no command-line way).
    static func markUnread(_ guid: String, in cache: URL) throws {
        try writable(cache).write { try $0.execute(sql: "UPDATE rss_item SET unread = 1 WHERE guid = ?", arguments: [guid]) }
    }

    @Test("newsboat's marks, by the ids the articles have")
    func marksByArticle() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        try Self.markRead(["gw-1001"], in: cache, dir: dir)
        let marks = try NewsboatCache.marks(path: cache.path)
        let corpus = try load([cache])
        #expect(Set(marks.map(\.article)) == Set(corpus.articles.map(\.id)))
        let read = marks.filter(\.read).map(\.article)
        #expect(read == [corpus.articles.first { $0.title.hasPrefix("Araghchi") }!.id])
    }

    @Test("read in newsboat becomes read; what Dossier's user changed since stays until newsboat changes it again")
    func takingMarks() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url)
        let corpus = try load([cache])
        func id(_ prefix: String) -> ArticleID { corpus.articles.first { $0.title.hasPrefix(prefix) }!.id }
        let (araghchi, munir, tehran) = (id("Araghchi"), id("Munir"), id("Tehran"))
        let state = TempDir()
        let store = try StateStore.open(at: state.path("state.sqlite"))
        defer { try? store.close() }
        func take() throws -> MarksTaken { try store.takeMarks(from: "newsboat", try NewsboatCache.marks(path: cache.path)) }
        func read() throws -> Set<ArticleID> { try store.load().read }

        #expect(try take() == MarksTaken(), "nothing read in newsboat: nothing marked")
        try Self.markRead(["gw-1001"], in: cache, dir: dir)
        #expect(try take() == MarksTaken(markedRead: 1))
        #expect(try read() == [araghchi])
        // In Dossier: Araghchi marked unread again, Munir read. newsboat unchanged: both kept.
        try store.apply([.read(araghchi, false), .read(munir, true)])
        #expect(try take() == MarksTaken())
        #expect(try read() == [munir])
        // newsboat reads Tehran, and marks Araghchi unread then read again.
        try Self.markRead(["gw-1003"], in: cache, dir: dir)
        try Self.markUnread("gw-1001", in: cache)
        #expect(try take() == MarksTaken(markedRead: 1))
        #expect(try read() == [munir, tehran])
        try Self.markRead(["gw-1001"], in: cache, dir: dir)
        #expect(try take() == MarksTaken(markedRead: 1))
        #expect(try read() == [araghchi, munir, tehran])
        // newsboat marks Tehran unread: unread in Dossier too.
        try Self.markUnread("gw-1003", in: cache)
        #expect(try take() == MarksTaken(markedUnread: 1))
        #expect(try read() == [araghchi, munir])
    }
}
