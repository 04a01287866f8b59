import Foundation

extension Corpus {
    /// A restart over a folder unchanged since the index was written: every file listed is an
    /// entry of the index with the same size and time, one article a file, in the index's order,
    /// and the index's linked result is of exactly these files and `aliasKey`. Each article is
    /// decoded once, its linked mentions with it, straight into the array the corpus keeps: no
    /// table of entries, no per-file results, no copy of every article from one array into the
    /// next. The result is what `load` makes of the same index by its general path.
    ///
    /// Nil when anything does not fit (or the index is damaged): `load` then takes the general
    /// path, which reads, re-links, or moves a damaged index aside.
    static func restore(_ bytes: ReadBytes, found: [CorpusWalker.Found], aliasKey: String,
                        problems: [LoadProblem]) -> (articles: [Article], entities: [EntityID: Entity], problems: [LoadProblem])? {
        guard let layout = try? CorpusIndex.Layout(bytes),
              let linked = layout.linked, linked.aliasKey == aliasKey else { return nil }
        let heads = layout.heads, n = heads.count
        guard n == found.count, linked.files.count == n else { return nil }
        for i in 0..<n {
            let h = heads[i], f = found[i]
            guard f.store == nil, h.path == f.relativePath, h.size == f.size, h.modified == f.modified,
                  linked.files[i] == h.path else { return nil }
        }
        guard let parts = try? linked.parts(count: n) else { return nil }
        LoadTrace.mark("restore: files match")
        let texts = layout.texts
        let articles = decodeAll(count: n) { i -> Article? in
            let h = heads[i]
            var r = ByteReader(bytes, at: h.core.lowerBound)
            guard var a = try? CorpusIndex.decodeCore(&r, texts: texts).article, r.at == h.core.upperBound,
                  a.file == h.path, !Sources.isItem(a),
                  let mentions = linked.mentions(i, parts, length: a.storedText.utf8Count) else { return nil }
            a.mentions = mentions
            return a
        }
        guard var articles else { return nil }
        LoadTrace.mark("restore: articles decoded")
        guard let entities = linked.entities(parts) else { return nil }
        LoadTrace.mark("restore: entities decoded")
        // As `assemble` does: a text seen before gets a path-qualified id; warnings are problems.
        var problems = problems
        var seenIDs = Set<ArticleID>()
        seenIDs.reserveCapacity(n)
        for i in 0..<n {
            if !seenIDs.insert(articles[i].id).inserted {
                articles[i].id = ArticleID.make(content: articles[i].file + "\u{0}" + articles[i].text)
                problems.append(LoadProblem(file: articles[i].file, message: "same text as another file (kept under its own id)", isFatal: false))
            }
            for w in articles[i].warnings {
                problems.append(LoadProblem(file: articles[i].file, line: w.line, message: w.message, isFatal: false))
            }
        }
        return (articles, entities, problems)
    }

    /// `body(i)` for every i in 0..<count on every core, each written in its place of the array
    /// made (nothing copied after); nil when one is nil.
    static func decodeAll(count n: Int, _ body: @Sendable (Int) -> Article?) -> [Article]? {
        let slots = UnsafeMutablePointer<Article?>.allocate(capacity: max(n, 1))
        slots.initialize(repeating: nil, count: n)
        defer { slots.deinitialize(count: n); slots.deallocate() }
        let chunks = min(n, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let shared = UncheckedPointer(slots)
        if chunks > 0 {
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var i = c
                while i < n {
                    // Each slot is written by one thread only.
                    shared.pointer[i] = body(i)
                    i += chunks
                }
            }
        }
        for i in 0..<n where slots[i] == nil { return nil }
        return [Article](unsafeUninitializedCapacity: n) { buffer, done in
            for i in 0..<n { (buffer.baseAddress! + i).initialize(to: (slots + i).move()!); (slots + i).initialize(to: nil) }
            done = n
        }
    }

    private struct UncheckedPointer: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Article?>
        init(_ p: UnsafeMutablePointer<Article?>) { pointer = p }
    }
}
