@testable import DossierKit
import Foundation
import Testing

/// A store of items kept in memory, standing in for a newsreader's database.
struct MemoryStore: ItemStore {
    var items: [StoreItem]
    var problems: [String] = []
    /// Seconds to wait before each batch (a slow database).
    var delay: Double = 0
    var name: String { "memory store" }
    var extensions: Set<String> { ["mem"] }
    func recognises(path: String) -> Bool { (try? String(contentsOfFile: path, encoding: .utf8))?.hasPrefix("MEMORY STORE") == true }
    func read(path: String, file: String, batch: ([StoreItem]) -> Bool) -> [LoadProblem] {
        var rest = items[...]
        while !rest.isEmpty {
            if delay > 0 { usleep(useconds_t(delay * 1e6)) }
            let next = rest.prefix(2)
            rest = rest.dropFirst(2)
            if !batch(Array(next)) { break }
        }
        return problems.map { LoadProblem(file: file, message: $0, isFatal: false) }
    }
}

@Suite("Sources: item stores", .serialized)
struct StoreSourceTests {
    static func item(_ n: Int, link: String? = nil) -> StoreItem {
        StoreItem(number: n, title: "Report \(n)", link: link ?? "https://x.example/\(n)", published: 1_746_700_000 + Int64(n) * 86_400,
                  author: "Desk", content: "<p>KABUL, May 8, 2025 — Minister Ali Raza spoke on day \(n).</p>", source: "Store Wire")
    }

    func load(_ inputs: [URL], store: MemoryStore) throws -> Corpus {
        var o = LoadOptions()
        o.stores = [store]
        return try Corpus.load(from: inputs, options: o)
    }

    @Test("a store's items are articles named FILE#number, found by extension in a folder and by content on their own")
    func items() throws {
        let d = TempDir()
        d.write("in/history.mem", "x")
        d.write("history", "MEMORY STORE")
        let store = MemoryStore(items: (1...3).map { Self.item($0) }, problems: ["a warning from the store"])
        let c = try load([d.url.appendingPathComponent("in")], store: store)
        #expect(c.articles.map(\.file).sorted() == ["history.mem#1", "history.mem#2", "history.mem#3"])
        let a = try #require(c.article(file: "history.mem#2"))
        #expect(a.title == "Report 2" && a.source == "Store Wire" && a.author == "Desk" && a.link == "https://x.example/2")
        #expect(a.published == SimpleDate(dayNumber: Int((1_746_700_000 + 2 * 86_400) / 86_400)))
        #expect(a.id == Self.item(2).articleID)
        #expect(c.problems.map(\.description) == ["history.mem: a warning from the store"])
        #expect(try load([d.url.appendingPathComponent("history")], store: store).articles.count == 3)
    }

    @Test("the same link in a feed file and a store is one article")
    func dedupe() throws {
        let d = TempDir()
        d.write("w.xml", "<rss version=\"2.0\"><channel><title>W</title><item><title>Report 1</title><link>https://x.example/1</link><description>Short.</description></item></channel></rss>")
        d.write("h.mem", "x")
        let c = try load([d.url], store: MemoryStore(items: [Self.item(1), Self.item(2)]))
        #expect(c.articles.count == 2)
        #expect(c.articles.first { $0.link == "https://x.example/1" }?.file == "h.mem#1", "the longer text is kept")
    }

    @Test("a store's items show in partial corpora while it is still being read")
    func partial() throws {
        let d = TempDir()
        d.write("h.mem", "x")
        let seen = PartialCounts()
        var o = LoadOptions()
        o.stores = [MemoryStore(items: (1...40).map { Self.item($0) }, delay: 0.03)]
        o.partialInterval = 0.05
        o.partial = { seen.add($0.articles.count) }
        let c = try Corpus.load(from: [d.url], options: o)
        #expect(c.articles.count == 40)
        #expect(seen.values.contains { $0 > 0 && $0 < 40 }, "partial corpora: \(seen.values)")
    }

    @Test("a store with more items than the limit loads the first ones and says so")
    func limit() throws {
        let d = TempDir()
        d.write("h.mem", "x")
        let saved = StoreSource.maxItems
        StoreSource.maxItems = 3
        defer { StoreSource.maxItems = saved }
        let c = try load([d.url], store: MemoryStore(items: (1...7).map { Self.item($0) }))
        #expect(c.articles.count == 3)
        #expect(c.problems.contains { $0.file == "h.mem" && $0.message.contains("more than 3 items") })
    }
}

final class PartialCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int] = []
    func add(_ n: Int) { lock.lock(); counts.append(n); lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return counts }
}
