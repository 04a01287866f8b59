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
    /// `found`: the folder as listed; nil: the files as the index knows them, to be compared
    /// with the folder later (`restoreUnlisted`).
    static func restore(_ bytes: ReadBytes, found: [CorpusWalker.Found]?, aliasKey: String, problems: [LoadProblem])
        -> (articles: [Article], entities: [EntityID: Entity], problems: [LoadProblem], files: [CorpusIndex.FileKey])? {
        guard let layout = try? CorpusIndex.Layout(bytes),
              let linked = layout.linked, linked.aliasKey == aliasKey else { return nil }
        let heads = layout.heads, n = heads.count
        guard n == found?.count ?? n, linked.files.count == n else { return nil }
        for i in 0..<n {
            let h = heads[i]
            guard linked.files[i] == h.path else { return nil }
            if let f = found?[i] {
                guard f.store == nil, h.path == f.relativePath, h.size == f.size, h.modified == f.modified else { return nil }
            }
        }
        guard let parts = try? linked.parts(count: n) else { return nil }
        LoadTrace.mark("restore: files match")
        let texts = layout.texts
        // The mentions extraction found, in each entry, which the linked result changes.
        let found = layout.mentionTable.pooled()
        let articles = decodeAll(count: n) { i -> Article? in
            let h = heads[i]
            var r = ByteReader(bytes, at: h.core.lowerBound)
            guard var a = try? CorpusIndex.decodeCore(&r, texts: texts, path: h.path).article, r.at == h.core.upperBound,
                  a.file == h.path, !Sources.isItem(a) else { return nil }
            let length = a.storedText.utf8Count
            r.at = h.local.lowerBound
            guard let local = try? CorpusIndex.decodeMentions(&r, length: length, found),
                  let mentions = linked.mentions(i, parts, local: local, length: length) else { return nil }
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
        return (articles, entities, problems, heads.map { CorpusIndex.FileKey(path: $0.path, size: $0.size, modified: $0.modified) })
    }

    /// The reader's start over one folder that is watched (`LoadOptions.checkLater`): the corpus
    /// the index holds, restored before the folder is listed, if its linked result fits the
    /// folder's aliases. Its `laterCheck` lists the folder and names what changed since the
    /// index was written (added, changed and removed files; `aliases.tsv` when the aliases
    /// differ; "." when listing met a problem): the watcher loads the folder again with them,
    /// which gives what a start that listed the folder first would have.
    static func restoreUnlisted(_ inputs: [URL], options: LoadOptions) -> Corpus? {
        guard options.checkLater, options.reread.isEmpty, inputs.count == 1, let url = options.indexFile else { return nil }
        let folder = inputs[0]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        @Sendable func aliasKey(_ problems: inout [LoadProblem]) -> String {
            var aliases = AliasTable.load(root: folder, extra: [:], problems: &problems)
            for (k, v) in options.aliases { aliases.canonical[TextFolding.searchFold(k)] = v }
            return aliases.fingerprint
        }
        var problems: [LoadProblem] = []
        let key = aliasKey(&problems)
        guard let bytes = ReadBytes(mapping: url), let r = restore(bytes, found: nil, aliasKey: key, problems: problems) else { return nil }
        LoadTrace.mark("restored before listing")
        let files = r.files
        var quiet = options
        quiet.progress = nil; quiet.partial = nil; quiet.linked = nil
        let listing = quiet
        let check: @Sendable () -> Set<String> = {
            var problems: [LoadProblem] = []
            var changed = Set<String>()
            guard let listed = try? CorpusInputs.list([folder], options: listing, problems: &problems) else { return ["."] }
            if !problems.isEmpty || listed.found.contains(where: { $0.store != nil }) { changed.insert(".") }
            var ignored: [LoadProblem] = []
            if aliasKey(&ignored) != key { changed.insert("aliases.tsv") }
            var known: [String: (size: Int, modified: Int64)] = [:]
            known.reserveCapacity(files.count)
            for f in files { known[f.path] = (f.size, f.modified) }
            for f in listed.found {
                if let k = known.removeValue(forKey: f.relativePath), k.size == f.size, k.modified == f.modified { continue }
                changed.insert(f.relativePath)
            }
            changed.formUnion(known.keys)
            return changed
        }
        let corpus = Corpus(root: folder, articles: r.articles, problems: r.problems.sorted(by: LoadProblem.inFileOrder),
                            entities: r.entities, inputs: inputs, laterCheck: check)
        LoadTrace.mark("corpus made")
        bytes.dropResidentPages()
        let leftovers = Leftovers(())
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) { leftovers.free() }
        return corpus
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
