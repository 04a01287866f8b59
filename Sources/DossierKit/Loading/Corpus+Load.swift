import Foundation

extension Corpus {
    /// Reads every article under `root` (recursively), parses, extracts and links them.
    /// Files that cannot be read become `problems`; the rest always loads.
    public static func load(from root: URL, options: LoadOptions = LoadOptions()) throws -> Corpus {
        try load(from: [root], options: options)
    }

    /// Reads every article of the inputs: folders (recursively), and files named on their own (a
    /// feed, a page, a text file, or a store registered in `options.stores`, such as a
    /// newsreader's cache). An input that cannot be read is a problem naming it, and the others
    /// load; with a single input, or none readable, the load throws.
    public static func load(from inputs: [URL], options: LoadOptions = LoadOptions()) throws -> Corpus {
        var problems: [LoadProblem] = []
        let progress = options.progress
        LoadTrace.begin()
        // A watched folder's reader: the index's corpus first, the folder compared with it after.
        if let restored = restoreUnlisted(inputs, options: options) {
            progress?.begin(.done)
            return restored
        }
        progress?.begin(.listing)
        // The index is mapped (its pages read in) while the folder is listed.
        let mapped = options.indexFile.map { url in Prefetch { ReadBytes(mapping: url) } }
        let listed = try CorpusInputs.list(inputs, options: options, problems: &problems)
        let found = listed.found
        LoadTrace.mark("listed")
        // The folder file names are relative to: the folder, or where the first input lies.
        let root = inputs.count == 1 && !listed.folders.isEmpty ? inputs[0] : inputs[0].deletingLastPathComponent()
        progress?.begin(.reading, total: found.count)
        var aliases = listed.folders.isEmpty ? AliasTable() : AliasTable.load(root: listed.folders[0], extra: [:], problems: &problems)
        for folder in listed.folders.dropFirst() {
            let more = AliasTable.load(root: folder, extra: [:], problems: &problems)
            for (k, v) in more.canonical where aliases.canonical[k] == nil { aliases.canonical[k] = v }
        }
        for (k, v) in options.aliases { aliases.canonical[TextFolding.searchFold(k)] = v }

        // Files unchanged since the index was written come from it; the others are read, parsed
        // and extracted in parallel. People are linked afterwards, unless the index holds the
        // linked result of exactly these files (and these aliases): then it is used as it is.
        let aliasKey = aliases.fingerprint
        // An unchanged folder whose linked result fits: its articles decoded straight from the index.
        if options.reread.isEmpty, let bytes = mapped?.value,
           let (articles, entities, restored, _) = restore(bytes, found: found, aliasKey: aliasKey, problems: problems) {
            let whole = Corpus(root: root, articles: articles, problems: restored.sorted(by: LoadProblem.inFileOrder), entities: entities, inputs: inputs)
            LoadTrace.mark("corpus made")
            progress?.begin(.done)
            // The mapped file stays (the articles' texts are in it), its pages given back; the
            // freed heap is given back a little later, on another thread.
            bytes.dropResidentPages()
            let leftovers = Leftovers(())
            DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) { leftovers.free() }
            return whole
        }
        /// Likely to need no linking: every file the linked result was made from is unchanged,
        /// and the aliases are the same.
        func fits(_ linked: LinkedSection?, _ files: [CorpusIndex.FileKey]) -> Bool {
            // Files a watcher saw change (new ones too, which the index cannot know) are read again.
            guard let linked, linked.aliasKey == aliasKey, options.reread.isEmpty else { return false }
            let unchanged: [String]
            if files.count == found.count, zip(files, found).allSatisfy({ $0.path == $1.relativePath }) {
                // The same files in the same order: compared side by side.
                unchanged = zip(files, found).compactMap { k, f in k.size == f.size && k.modified == f.modified ? f.relativePath : nil }
            } else {
                var byPath: [String: (size: Int, modified: Int64)] = [:]
                for k in files { byPath[k.path] = (k.size, k.modified) }
                unchanged = found.compactMap { f in
                    byPath[f.relativePath].map { $0.size == f.size && $0.modified == f.modified } == true ? f.relativePath : nil
                }
            }
            // The result names articles; a feed's or a store's items name their file before `#`.
            var madeFrom: [String] = []
            madeFrom.reserveCapacity(unchanged.count)
            for a in linked.files {
                let file = Sources.itemFile(a) ?? a
                if madeFrom.last != file { madeFrom.append(file) }
            }
            return madeFrom == unchanged
        }
        let index = options.indexFile.map { CorpusIndex.read($0, problems: &problems, mapped: mapped) { !fits($1, $0) } }
        // Rarely, the linked result does not fit after all (a file that failed before now reads):
        // the index again, with the people it skipped.
        func indexWithPeople() -> CorpusIndex? {
            guard let url = options.indexFile, index?.hasPeople == false else { return index }
            var ignored: [LoadProblem] = []
            return CorpusIndex.read(url, problems: &ignored)
        }
        /// Per file, its articles from the index (every item of a feed), when unchanged.
        func cachedLocals(_ index: CorpusIndex?) -> [[LocalArticle]?] {
            // The folder listed in the index's order, one article a file: side by side.
            if let index, !index.hasItems, options.reread.isEmpty, index.ordered.count == found.count,
               zip(index.ordered, found).allSatisfy({ $0.path == $1.relativePath }) {
                return zip(index.ordered, found).map { o, f in o.entry.size == f.size && o.entry.modified == f.modified ? [o.entry.local] : nil }
            }
            return found.map { f in options.reread.contains(f.relativePath) ? nil : index?.cached(f) }
        }
        LoadTrace.mark("index read")
        let cached = cachedLocals(index)
        LoadTrace.mark("cached entries found")
        let linkedSection = index?.linked.flatMap { $0.aliasKey == aliasKey ? $0 : nil }
        let expectLinked = index?.hasPeople == false
        /// A corpus of linked articles, its problems in file and line order.
        func corpus(_ locals: [LocalArticle], _ problems: [LoadProblem]) -> Corpus {
            let (articles, entities) = Linker.link(locals, aliases: aliases)
            return Corpus(root: root, articles: articles, problems: problems.sorted(by: LoadProblem.inFileOrder), entities: entities, inputs: inputs)
        }
        // Per file, its articles: one for a text file or a page, one per item for a feed.
        let box = ParallelMap.ResultBox<[Result<LocalArticle, LoadProblem>]>(count: found.count)
        // The items of feeds and stores still being read, for partial corpora.
        let streaming = options.partial == nil ? nil : ItemsSoFar()
        let work: @Sendable () -> Void = {
            ParallelMap.run(count: found.count, into: box) { i in
                defer { progress?.step() }
                if let c = cached[i] { return c.map { .success($0) } }
                defer { streaming?.finish(i) }
                var soFar: (@Sendable ([Result<LocalArticle, LoadProblem>]) -> Void)?
                if let streaming { soFar = { items in streaming.add(i, items) } }
                return Sources.read(found[i], maxSize: options.maxFileSize, reuse: index?.items(of: found[i]) ?? [:], soFar: soFar)
                    ?? [Corpus.readAndExtract(found[i], maxSize: options.maxFileSize)]
            }
        }
        let streams = found.contains { $0.store != nil || Sources.kind(ofPath: $0.relativePath) == .feed }
        if let partial = options.partial, found.count > 1 || streams {
            // Parse on the other threads; here, link what has been read so far now and then.
            let finished = DispatchSemaphore(value: 0)
            DispatchQueue.global().async { work(); finished.signal() }
            var wait = options.partialInterval
            var shown = 0
            while finished.wait(timeout: .now() + wait) == .timedOut {
                let started = DispatchTime.now().uptimeNanoseconds
                // Files read whole, then the items read so far of the others.
                let sofar = box.completed() + (streaming?.values() ?? [])
                let count = sofar.reduce(0) { $0 + $1.count }
                // Articles read from an index without what extraction found have unlinked mentions
                // until the linked result is applied: none are shown before.
                guard count > shown, !expectLinked else { continue }
                shown = count
                var partialProblems = problems
                let locals = assemble(Sources.flatten(sofar), problems: &partialProblems)
                partial(corpus(locals, partialProblems))
                let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                wait = max(options.partialInterval * 2, took * 4)
            }
            // Everything came at once (from the index) but must be linked: show the newest
            // articles while all are linked.
            let newest = 1000
            if shown == 0, !expectLinked, box.completed().reduce(0, { $0 + $1.count }) > newest * 2 {
                var firstProblems = problems
                var locals = assemble(Sources.flatten(box.completed()), problems: &firstProblems)
                locals.sort { ($0.article.published?.dayNumber ?? Int.min) > ($1.article.published?.dayNumber ?? Int.min) }
                partial(corpus(Array(locals.prefix(newest)), []))
            }
        } else {
            work()
        }
        LoadTrace.mark("files read")
        let firstResults = box.values()
        var firstProblems = problems
        let flat = Sources.flatten(firstResults)
        LoadTrace.mark("flattened")
        let firstLocals = assemble(flat, problems: &firstProblems)
        LoadTrace.mark("assembled")
        defer { progress?.begin(.done) }
        // Every article came from the index, and its linked result fits them: no linking.
        if expectLinked, zip(firstResults, cached).allSatisfy({ r, c in c != nil || r.allSatisfy { (try? $0.get()) == nil } }),
           let (articles, entities) = linkedSection?.apply(to: firstLocals) {
            LoadTrace.mark("linked result applied")
            let whole = Corpus(root: root, articles: articles, problems: firstProblems.sorted(by: LoadProblem.inFileOrder), entities: entities, inputs: inputs)
            LoadTrace.mark("corpus made")
            // What the index was read into is freed on another thread, not while the reader waits.
            // The mapped file stays (the articles' texts are in it), its pages given back.
            index?.bytes?.dropResidentPages()
            let leftovers = Leftovers((index?.entries, cached, firstResults, firstLocals, box))
            DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) { leftovers.free() }
            return whole
        }
        let results: [[Result<LocalArticle, LoadProblem>]]
        let locals: [LocalArticle]
        if expectLinked {
            results = zip(firstResults, cachedLocals(indexWithPeople())).map { r, c in c.map { $0.map { .success($0) } } ?? r }
            locals = assemble(Sources.flatten(results), problems: &problems)
        } else {
            results = firstResults
            locals = firstLocals
            problems = firstProblems
        }
        // The index is written on another thread while people are linked: its entries now, the
        // linked result once there is one.
        let indexWritten = DispatchSemaphore(value: 0)
        let indexProblem = ProblemBox()
        let linkedResult = LinkedBox()
        if let url = options.indexFile {
            DispatchQueue.global().async {
                defer { indexWritten.signal() }
                var fresh = CorpusIndex()
                for (i, r) in results.enumerated() { fresh.store(found[i], r) }
                let entries = fresh.encodedEntries()
                let (articles, entities) = linkedResult.wait()
                // Every file's articles, in load order: the linked result is of exactly these.
                let linked = locals.count == fresh.entries.count
                    ? LinkedSection.encode(locals: locals, articles: articles, entities: entities, aliasKey: aliasKey) : nil
                do { try CorpusIndex.write(url, entries: entries, linked: linked) } catch {
                    indexProblem.set(LoadProblem(file: url.path, message: "the index could not be written (\(error)); the next start reads every file again", isFatal: false))
                }
            }
        } else {
            indexWritten.signal()
        }
        progress?.begin(.linking)
        let (articles, entities) = Linker.link(locals, aliases: aliases)
        linkedResult.set((articles, entities))
        let whole = Corpus(root: root, articles: articles, problems: problems.sorted(by: LoadProblem.inFileOrder), entities: entities, inputs: inputs)
        // A reader gets every article now; the load ends once the index is on disk.
        if indexWritten.wait(timeout: .now()) == .timedOut {
            if let partial = options.partial ?? options.linked {
                progress?.begin(.saving)
                partial(whole)
            }
            indexWritten.wait()
        }
        // Texts of unchanged files are in the mapped index: its pages given back.
        index?.bytes?.dropResidentPages()
        // Rarely, the index could not be written: say so with the other problems.
        guard let p = indexProblem.value else { return whole }
        return Corpus(root: root, articles: whole.articles, problems: (whole.problems + [p]).sorted(by: LoadProblem.inFileOrder),
                      entities: whole.entities, inputs: inputs)
    }

    /// The items read so far of each feed or store still being read (by its place in the list
    /// of files), handed from the reading threads to the one making partial corpora.
    final class ItemsSoFar: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int: [Result<LocalArticle, LoadProblem>]] = [:]
        func add(_ file: Int, _ more: [Result<LocalArticle, LoadProblem>]) { lock.lock(); items[file, default: []] += more; lock.unlock() }
        /// The file is read whole: its items are among the finished files' now.
        func finish(_ file: Int) { lock.lock(); items[file] = nil; lock.unlock() }
        func values() -> [[Result<LocalArticle, LoadProblem>]] {
            lock.lock(); defer { lock.unlock() }
            return items.keys.sorted().map { items[$0]! }
        }
    }

    /// Values kept alive until `free`, so the last reference goes on the thread that calls it.
    final class Leftovers: @unchecked Sendable {
        private var value: Any?
        init(_ value: Any) { self.value = value }
        func free() {
            value = nil
            // Give the freed heap back to the system, so it no longer counts as the process's.
            #if os(Linux)
            Self.trim?(0)
            #endif
        }

        #if os(Linux)
        /// glibc's `malloc_trim`, which Swift's Glibc module does not declare.
        nonisolated(unsafe) static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self) }
        #endif
    }

    /// The linked result, handed from the linking thread to the one writing the index.
    final class LinkedBox: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private var value: ([Article], [EntityID: Entity]) = ([], [:])
        func set(_ v: ([Article], [EntityID: Entity])) { value = v; ready.signal() }
        func wait() -> ([Article], [EntityID: Entity]) { ready.wait(); ready.signal(); return value }
    }

    /// The articles read, in order, each with a distinct id; failures and warnings go to `problems`.
    static func assemble(_ results: [Result<LocalArticle, LoadProblem>], problems: inout [LoadProblem]) -> [LocalArticle] {
        var locals: [LocalArticle] = []
        var seenIDs: [ArticleID: Int] = [:]
        locals.reserveCapacity(results.count)
        seenIDs.reserveCapacity(results.count)
        for r in results {
            switch r {
            case .success(var local):
                if let n = seenIDs[local.article.id] {
                    // The same text in two files: keep both, the later one with a path-qualified id.
                    seenIDs[local.article.id] = n + 1
                    local.article.id = ArticleID.make(content: local.article.file + "\u{0}" + local.article.text)
                    problems.append(LoadProblem(file: local.article.file, message: "same text as another file (kept under its own id)", isFatal: false))
                } else {
                    seenIDs[local.article.id] = 1
                }
                for w in local.article.warnings {
                    problems.append(LoadProblem(file: local.article.file, line: w.line, message: w.message, isFatal: false))
                }
                locals.append(local)
            case .failure(let p):
                problems.append(p)
            }
        }
        return locals
    }

    static func readAndExtract(_ f: CorpusWalker.Found, maxSize: Int) -> Result<LocalArticle, LoadProblem> {
        let path = f.relativePath
        var st = stat()
        if stat(f.path, &st) != 0 {
            return .failure(LoadProblem(file: path, message: "file vanished before it could be read", isFatal: true))
        }
        if Int(st.st_size) > maxSize {
            return .failure(LoadProblem(file: path, message: "file is \(Int(st.st_size)) bytes, over the \(maxSize)-byte limit (skipped; see --max-file-size)", isFatal: true))
        }
        let data: Data
        do { data = try Data(contentsOf: f.url) } catch {
            return .failure(LoadProblem(file: path, message: "cannot be read (\(error.localizedDescription))", isFatal: true))
        }
        switch TextDecoder.decode(data) {
        case .failure(let why):
            return .failure(LoadProblem(file: path, message: why, isFatal: true))
        case .text(let text, let warning):
            var article = ArticleParser.parse(text: text, file: path, id: ArticleID.make(content: text))
            if let warning { article.warnings.insert(ParseWarning(warning), at: 0) }
            return .success(Extractor.extract(article))
        }
    }
}

extension Corpus {
    /// Where the on-disk index of the corpus at `root` lives by default:
    /// `$XDG_CACHE_HOME/dossier/index-<hash of the folder's path>.bin` (`~/.cache` without it).
    public static func defaultIndexURL(for root: URL) -> URL { CorpusIndex.defaultURL(for: root) }

    /// Where the index of a corpus read from several inputs lives by default (for one input, the
    /// same file as `defaultIndexURL(for:)`).
    public static func defaultIndexURL(for inputs: [URL]) -> URL {
        CorpusIndex.defaultURL(key: CorpusInputs.key(inputs))
    }

    /// Builds a corpus from texts in memory (file name, text): parsing, extraction and linking as
    /// for a folder. For tests, tools and generated corpora.
    public static func build(texts: [(file: String, text: String)], root: URL = URL(fileURLWithPath: "/"),
                             aliases: [String: String] = [:]) -> Corpus {
        // Ids as `load` makes them: from the text alone, path-qualified for a repeated text.
        let extracted = ParallelMap.map(texts.map { TextItem(file: $0.file, text: $0.text) }) { item in
            Extractor.extract(ArticleParser.parse(text: item.text, file: item.file, id: ArticleID.make(content: item.text)))
        }
        var problems: [LoadProblem] = []
        let locals = assemble(extracted.map { .success($0) }, problems: &problems)
        var table = AliasTable()
        for (k, v) in aliases { table.canonical[TextFolding.searchFold(k)] = v }
        let (articles, entities) = Linker.link(locals, aliases: table)
        return Corpus(root: root, articles: articles, problems: problems.sorted(by: LoadProblem.inFileOrder), entities: entities)
    }

    struct TextItem: Sendable { var file: String; var text: String }
}
