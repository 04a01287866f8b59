import Foundation

/// A loaded, cross-linked folder of articles, and the queries the reader needs.
///
/// Immutable once built; safe to share between threads.
public final class Corpus: Sendable {
    /// The folder the articles came from (with several inputs or a file, the folder the first
    /// input lies in): `file` names are relative to it.
    public let root: URL
    /// What the corpus was read from: a folder, or several folders and files.
    public let inputs: [URL]
    /// Articles in timeline order: newest first, undated last, then by file.
    public let articles: [Article]
    public let problems: [LoadProblem]
    public let entities: [EntityID: Entity]

    let position: [ArticleID: Int]
    let byFile: [String: Int]
    /// entity → article indices (ascending = timeline order).
    /// (32-bit: a million postings at 50,000 articles.)
    let postings: [EntityID: [Int32]]
    /// The people among `postings`, by number, made when first asked for.
    let personPostings = PersonPostings()
    /// Lower-cased, diacritic-folded text per article for text search; nil where the text is
    /// ASCII, whose folding is only lower case: such a text is searched as it is, ignoring case.
    let foldedText: [[UInt8]?]

    /// For a corpus restored from the index before its folder was listed: lists the folder and
    /// names the files changed since (empty when none did). A `LiveCorpus` that follows the
    /// corpus calls it once and loads again what it names.
    let laterCheck: (@Sendable () -> Set<String>)?

    public convenience init(root: URL, articles: [Article], problems: [LoadProblem], entities: [EntityID: Entity], inputs: [URL]? = nil) {
        self.init(root: root, articles: articles, problems: problems, entities: entities, inputs: inputs, laterCheck: nil)
    }

    init(root: URL, articles: [Article], problems: [LoadProblem], entities: [EntityID: Entity], inputs: [URL]?,
         laterCheck: (@Sendable () -> Set<String>)?) {
        self.laterCheck = laterCheck
        self.root = root
        self.inputs = inputs ?? [root]
        // Sort positions by precomputed keys rather than moving whole articles around.
        let keys = articles.indices.map { (day: articles[$0].published?.dayNumber, file: articles[$0].file) }
        let order = articles.indices.sorted { i, j in
            switch (keys[i].day, keys[j].day) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return keys[i].file < keys[j].file
            }
        }
        // Moved into place by swapping, one cycle of the permutation at a time: no article is
        // copied (an array shared with the caller is copied once, by the first swap).
        var moved = articles
        var placed = [Bool](repeating: false, count: order.count)
        for i in order.indices where !placed[i] {
            var j = i
            while true {
                placed[j] = true
                let next = order[j]
                if next == i { break }
                moved.swapAt(j, next)
                j = next
            }
        }
        let sorted = moved
        LoadTrace.mark("corpus: sorted")
        self.articles = sorted
        self.problems = problems
        self.entities = entities
        // The look-up tables are independent: built side by side.
        let tables = Tables()
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0:
                var position: [ArticleID: Int] = [:]
                position.reserveCapacity(sorted.count)
                // By index, not `enumerated()`: each article is not copied to read one field.
                for i in sorted.indices { position[sorted[i].id] = i }
                tables.position = position
            case 1:
                var byFile: [String: Int] = [:]
                byFile.reserveCapacity(sorted.count)
                for i in sorted.indices { byFile[sorted[i].file] = i }
                tables.byFile = byFile
                tables.foldedText = sorted.indices.map { sorted[$0].storedText.isASCII ? nil : TextFolding.searchFoldBytes(sorted[$0].text) }
            default:
                tables.postings = Corpus.postings(sorted)
            }
        }
        self.position = tables.position
        self.byFile = tables.byFile
        self.postings = tables.postings
        self.foldedText = tables.foldedText
    }

    /// What `init` builds on several threads.
    private final class Tables: @unchecked Sendable {
        var position: [ArticleID: Int] = [:]
        var byFile: [String: Int] = [:]
        var postings: [EntityID: [Int32]] = [:]
        var foldedText: [[UInt8]?] = []
    }

    /// Entity → indices of the articles that mention it, ascending.
    private static func postings(_ sorted: [Article]) -> [EntityID: [Int32]] {
        // Each entity's list by number, and the last article added to it: one look-up per mention,
        // in an array by the slug's number (a table for a slug of two kinds, or one added since).
        var slots: [UInt64: Int] = [:]
        var bySlug = [Int32](repeating: -1, count: StringPool.shared.size)
        var ids: [EntityID] = []
        var lists: [[Int32]] = []
        var lastAdded: [Int] = []
        var kinds: [UInt64] = []
        for i in sorted.indices {
            for m in sorted[i].mentions {
                let key = m.entityKey, slug = Int(key >> 8)
                var s = slug < bySlug.count ? Int(bySlug[slug]) : -1
                if s >= 0, kinds[s] != key & 0xFF { s = slots[key] ?? -1 }
                if s >= 0 {
                    if lastAdded[s] != i { lists[s].append(Int32(i)); lastAdded[s] = i }
                } else {
                    s = lists.count
                    if slug < bySlug.count, bySlug[slug] < 0 { bySlug[slug] = Int32(s) } else { slots[key] = s }
                    kinds.append(key & 0xFF)
                    ids.append(m.entity)
                    lists.append([Int32(i)])
                    lastAdded.append(i)
                }
            }
        }
        // Two spellings of one slug are one entity, as `EntityID`s are.
        var postings: [EntityID: [Int32]] = [:]
        postings.reserveCapacity(ids.count)
        for (id, list) in zip(ids, lists) {
            if let before = postings[id] { postings[id] = Array(Set(before + list)).sorted() } else { postings[id] = list }
        }
        return postings
    }

    /// Whether every byte of `text` is ASCII, eight at a time.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let p = b.baseAddress else { return true }
            var i = 0
            while i + 8 <= b.count {
                if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < b.count { if p[i] >= 0x80 { return false }; i += 1 }
            return true
        }
    }

    public func article(_ id: ArticleID) -> Article? { position[id].map { articles[$0] } }

    /// The article at `file` (relative to the corpus folder, or a path ending in it).
    public func article(file: String) -> Article? {
        if let i = byFile[file] { return articles[i] }
        let rootPath = root.standardizedFileURL.path
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        if path.hasPrefix(rootPath + "/"), let i = byFile[String(path.dropFirst(rootPath.count + 1))] {
            return articles[i]
        }
        return articles.first { $0.file.hasSuffix("/" + file) || ($0.file as NSString).lastPathComponent == file }
    }

    public func entity(_ id: EntityID) -> Entity? { entities[id] }

    /// Articles that mention `id`, in timeline order.
    public func articles(mentioning id: EntityID) -> [ArticleID] {
        (postings[id] ?? []).map { articles[Int($0)].id }
    }

    /// Articles that mention `id`, in timeline order, each id read when asked for: a page of
    /// the busiest entity lists 50,000 and shows a screenful.
    public func articleList(mentioning id: EntityID) -> ArticleList {
        ArticleList(corpus: self, numbers: postings[id] ?? [])
    }

    /// How many articles mention `id`.
    public func articleCount(_ id: EntityID) -> Int { postings[id]?.count ?? 0 }

    /// The entities an article mentions, grouped by kind (people, organizations, places, countries,
    /// topics), each group in order of first mention.
    public func entities(in id: ArticleID) -> [EntityID] {
        guard let a = article(id) else { return [] }
        var seen = Set<EntityID>()
        let ordered = a.mentions.compactMap { seen.insert($0.entity).inserted ? $0.entity : nil }
        return EntityKind.allCases.flatMap { kind in ordered.filter { $0.kind == kind } }
    }

    /// All entities of a kind (or all), sorted by how many articles mention them, then name.
    public func allEntities(kind: EntityKind? = nil) -> [Entity] {
        entities.values
            .filter { kind == nil || $0.kind == kind }
            .sorted { (articleCount($0.id), $1.name) > (articleCount($1.id), $0.name) }
    }
}

/// Some of a corpus's articles, in timeline order, by their place in it.
public struct ArticleList: RandomAccessCollection, Sendable {
    let corpus: Corpus
    let numbers: [Int32]
    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }
    public subscript(i: Int) -> ArticleID { corpus.articles[Int(numbers[i])].id }
}
