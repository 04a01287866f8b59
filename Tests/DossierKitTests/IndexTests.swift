@testable import DossierBench
@testable import DossierKit
import Foundation
import Testing

@Suite("On-disk index")
struct IndexTests {
    func load(_ d: TempDir, _ index: URL) throws -> Corpus {
        var o = LoadOptions()
        o.indexFile = index
        return try Corpus.load(from: d.url, options: o)
    }

    @Test("a corpus loaded through the index equals one read from the files")
    func sameCorpus() throws {
        let d = TempDir(), cache = TempDir()
        try SyntheticCorpus.write(count: 30, to: d.url)
        d.write("seed.txt", "Talks\nISLAMABAD, May 8, 2025 — Foreign Minister Abbas Araghchi met DPM Ishaq Dar. Araghchi said trade would grow.\n")
        let index = cache.url.appendingPathComponent("index.bin")
        let plain = try Corpus.load(from: d.url)
        let first = try load(d, index)
        #expect(FileManager.default.fileExists(atPath: index.path))
        let second = try load(d, index)
        #expect(first.exportJSON() == plain.exportJSON())
        #expect(second.exportJSON() == plain.exportJSON())
        #expect(second.articles.map(\.text) == plain.articles.map(\.text))
        #expect(second.articles.map(\.mentions) == plain.articles.map(\.mentions))
    }

    @Test("a changed, an added and a deleted file are noticed")
    func changes() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "First title\nKABUL: Minister Ali Raza spoke.\n")
        d.write("b.txt", "Second title\nKABUL: Text.\n")
        _ = try load(d, index)
        d.write("a.txt", "Changed title, longer now\nKABUL: Minister Omar Farooq spoke.\n")
        d.write("c.txt", "Third title\nKABUL: Text.\n")
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("b.txt"))
        let c = try load(d, index)
        #expect(Set(c.articles.map(\.title)) == ["Changed title, longer now", "Third title"])
        #expect(c.person("Omar Farooq") != nil && c.person("Ali Raza") == nil)
    }

    @Test("a damaged index is moved aside and rebuilt")
    func damaged() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Title\nKABUL: Minister Ali Raza spoke.\n")
        _ = try load(d, index)
        var bytes = [UInt8](try Data(contentsOf: index))
        bytes.removeLast(bytes.count / 3)
        try Data(bytes).write(to: index)
        let c = try load(d, index)
        #expect(c.articles.count == 1 && c.person("Ali Raza") != nil)
        #expect(c.problems.contains { $0.message.contains("damaged") })
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.url.path)
        #expect(names.contains("index.bin") && names.contains { $0.hasPrefix("index.bin.corrupt-") })
    }

    @Test("garbage in every byte position never crashes the reader of the index")
    func garbage() throws {
        let d = TempDir(), cache = TempDir()
        let index = cache.url.appendingPathComponent("index.bin")
        d.write("a.txt", "Title\nKABUL: Minister Ali Raza met Foreign Minister Abbas Araghchi.\n")
        _ = try load(d, index)
        let good = [UInt8](try Data(contentsOf: index))
        var rng = SyntheticCorpus.RNG(state: 5)
        for _ in 0..<200 {
            var bytes = good
            bytes[rng.int(bytes.count)] = UInt8(truncatingIfNeeded: rng.next())
            var problems: [LoadProblem] = []
            try Data(bytes).write(to: index)
            _ = CorpusIndex.read(index, problems: &problems)
        }
    }
}
