import Foundation

/// The on-disk index: every file's extracted article (text, structure, mentions, local people),
/// keyed by path, size and modification time, so a restart re-reads and re-extracts only the files
/// that changed; and the linked result of all of them (`LinkedSection`), so a restart over the
/// same files neither extracts nor links. A changed, added or removed file links everything again.
///
/// One compact binary file (LEB128 integers, length-prefixed strings, the repeated ones through a
/// table of strings), written atomically and read mapped. Each entry is its article, then what
/// extraction found in it (needed only to link again), each part with its length before it, so a
/// restart that links nothing skips the second part. It is tied to the build of Dossier that
/// wrote it: another build (new rules, new gazetteers) ignores it. A damaged index is moved aside
/// and rebuilt.
struct CorpusIndex {
    struct Entry {
        var size: Int
        var modified: Int64
        var local: LocalArticle
    }

    static let magic = Array("DOSSIER-INDEX".utf8)
    static let formatVersion = 15

    var entries: [String: Entry] = [:]
    /// The linked result of the entries, when it was written.
    var linked: LinkedSection?
    /// False when the entries' local people were skipped (`read(_:problems:needsPeople:)`):
    /// such entries are not written again, nor linked.
    var hasPeople = true
    /// The bytes the index was read from: articles read back keep their text in them.
    var bytes: ReadBytes?
    /// Whether some file has several articles (a feed's items, kept under `path` NUL `n`).
    var hasItems = true
    /// The entries as read, in the index's order (by path): a folder listed in the same order
    /// finds its files' entries without looking each up.
    var ordered: [(path: String, entry: Entry)] = []

    /// A file as the index knows it.
    struct FileKey {
        var path: String
        var size: Int
        var modified: Int64
    }

    /// Identifies the running build: an index from another build is not trusted.
    static let buildIdentity: String = {
        var st = stat()
        let exe = Bundle.main.executablePath ?? CommandLine.arguments[0]
        guard stat(exe, &st) == 0 else { return "unknown" }
        return "\(formatVersion):\(st.st_size):\(st.modification.tv_sec):\(st.modification.tv_nsec)"
    }()

    /// Reads the index at `url`. Missing or from another build: empty. Damaged: moved aside, with
    /// a problem saying so.
    ///
    /// `needsPeople` is asked, once the files listed and the linked section are known, whether
    /// the articles will be linked; when not (an unchanged folder whose linked result fits), what
    /// extraction found is skipped, not decoded, but for the mentions (the linked section holds
    /// what linking changed in them): decoding names loads the gazetteers.
    ///
    /// `mapped`: the file mapped already (on another thread while the folder was listed).
    static func read(_ url: URL, problems: inout [LoadProblem], mapped: Prefetch<ReadBytes?>? = nil,
                     needsPeople: (_ files: [FileKey], _ linked: LinkedSection?) -> Bool = { _, _ in true }) -> CorpusIndex {
        guard let bytes = mapped.map({ $0.value }) ?? ReadBytes(mapping: url) else { return CorpusIndex() }
        do {
            guard let layout = try Layout(bytes) else { return CorpusIndex() }
            let (heads, texts, linked, mentionTable, strings, records) = (layout.heads, layout.texts, layout.linked, layout.mentionTable, layout.strings, layout.records)
            let people = needsPeople(heads.map { FileKey(path: $0.path, size: $0.size, modified: $0.modified) }, linked)
            let pooled = mentionTable.pooled()
            let decoded = ParallelMap.map(heads) { h -> LocalArticle? in
                var e = ByteReader(bytes, at: h.core.lowerBound)
                guard var local = try? decodeCore(&e, texts: texts, path: h.path), e.at == h.core.upperBound else { return nil }
                e.at = h.local.lowerBound
                // Without the people, the mentions alone: the linked result is written as changes to them.
                guard people else {
                    guard let mentions = try? decodeMentions(&e, length: local.article.storedText.utf8Count, pooled) else { return nil }
                    local.article.mentions = mentions
                    return local
                }
                guard (try? decodeLocal(&e, into: &local, pooled, strings, records)) != nil, e.at == h.local.upperBound else { return nil }
                return local
            }
            LoadTrace.mark("index entries decoded")
            var index = CorpusIndex()
            index.hasPeople = people
            index.entries.reserveCapacity(heads.count)
            index.ordered.reserveCapacity(heads.count)
            for (h, local) in zip(heads, decoded) {
                guard let local else { throw ByteReader.Damaged() }
                let entry = Entry(size: h.size, modified: h.modified, local: local)
                index.entries[h.path] = entry
                index.ordered.append((h.path, entry))
            }
            index.linked = linked
            index.bytes = bytes
            index.hasItems = heads.contains { $0.path.utf8.contains(0) }
            return index
        } catch {
            let aside = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".corrupt-\(Int(Date().timeIntervalSince1970))")
            try? FileManager.default.moveItem(at: url, to: aside)
            problems.append(LoadProblem(file: url.path, message: "the index was damaged; moved aside to \(aside.lastPathComponent) and rebuilt", isFatal: false))
            return CorpusIndex()
        }
    }

    /// The parts of an index file, its entries and linked result not decoded yet.
    struct Layout {
        var mentionTable: MentionTable.Raw
        var strings: [String]
        var records: [[Int]]
        /// The entries, by path.
        var heads: [Head]
        /// Where the articles' texts lie.
        var texts: Range<Int>
        var linked: LinkedSection?

        /// Nil for an index of another build; throws for a damaged one.
        init?(_ bytes: ReadBytes) throws {
            var r = ByteReader(bytes)
            guard bytes.starts(with: CorpusIndex.magic) else { throw ByteReader.Damaged() }
            r.at = CorpusIndex.magic.count
            guard try r.string() == CorpusIndex.buildIdentity else { return nil }
            mentionTable = try MentionTable.Raw.read(&r)
            strings = try r.array { try $0.string() }
            records = try RecordTable.read(&r)
            // Headers in order, each part of an entry with its length before it, so entries
            // decode on every core.
            let n = try r.count()
            heads = []
            heads.reserveCapacity(n)
            for _ in 0..<n {
                heads.append(Head(path: try r.string(), size: try r.int(), modified: Int64(try r.int()), core: try r.block(), local: try r.block()))
            }
            texts = try r.block()
            LoadTrace.mark("index heads")
            linked = try r.optional { try LinkedSection.decode(&$0) }
            guard r.isAtEnd else { throw ByteReader.Damaged() }
        }
    }

    /// Where an entry lies in the file: its article, then what extraction found in it.
    struct Head: Sendable {
        var path: String
        var size: Int
        var modified: Int64
        var core: Range<Int>
        var local: Range<Int>
    }

    /// Writes the index, with the linked result of its entries (`LinkedSection.encode`) when given.
    func write(_ url: URL, linked: [UInt8]? = nil) throws {
        try Self.write(url, entries: encodedEntries(), linked: linked)
    }

    /// The index up to the end of its entries: what `write` puts before the linked section.
    func encodedEntries() -> [UInt8] {
        precondition(hasPeople, "an index read without its people is not written again")
        var mentionTable = MentionTable(), table = StringTable(), records = RecordTable()
        var body = ByteWriter(), texts = ByteWriter()
        let sorted = entries.sorted(by: { $0.key < $1.key })
        mentionTable.numberByUse(sorted.map(\.value.local.article.mentions))
        body.uint(UInt64(entries.count))
        for (path, e) in sorted {
            body.string(path)
            body.int(e.size)
            body.int(Int(e.modified))
            var core = ByteWriter(), local = ByteWriter()
            Self.encodeCore(&core, e.local, path: path, texts: &texts)
            Self.encodeLocal(&local, e.local, &mentionTable, &table, &records)
            body.block(core)
            body.block(local)
        }
        var w = ByteWriter()
        w.bytes.append(contentsOf: Self.magic)
        w.string(Self.buildIdentity)
        mentionTable.write(&w)
        table.write(&w)
        records.write(&w)
        w.bytes.reserveCapacity(w.bytes.count + body.bytes.count + texts.bytes.count + 10)
        w.bytes.append(contentsOf: body.bytes)
        w.block(texts)
        return w.bytes
    }

    /// Writes encoded entries and the linked section (or a mark saying there is none), atomically.
    static func write(_ url: URL, entries: [UInt8], linked: [UInt8]?) throws {
        var data = Data(capacity: entries.count + (linked?.count ?? 0) + 1)
        data.append(contentsOf: entries)
        if let linked { data.append(1); data.append(contentsOf: linked) } else { data.append(0) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: url)
    }

    /// Where the index of the corpus at `root` lives: `$XDG_CACHE_HOME/dossier/` (default
    /// `~/.cache/dossier/`), one file per corpus folder.
    static func defaultURL(for root: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        defaultURL(key: root.standardizedFileURL.path, environment: environment)
    }

    /// The index kept under `key` (a folder's path, or several inputs' paths).
    static func defaultURL(key path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let x = environment["XDG_CACHE_HOME"], x.hasPrefix("/") { base = URL(fileURLWithPath: x) }
        else { base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".cache") }
        let key = ArticleID.make(content: path).rawValue
        return base.appendingPathComponent("dossier").appendingPathComponent("index-\(key).bin")
    }
}
