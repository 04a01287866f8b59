import Foundation

/// The on-disk index: every file's extracted article (text, structure, mentions, local people),
/// keyed by path, size and modification time, so a restart re-reads and re-extracts only the files
/// that changed; and the linked result of all of them (`LinkedSection`), so a restart over the
/// same files neither extracts nor links. A changed, added or removed file links everything again.
///
/// One compact binary file (LEB128 integers and length-prefixed strings), written atomically. It is
/// tied to the build of Dossier that wrote it: another build (new rules, new gazetteers) ignores it.
/// A damaged index is moved aside and rebuilt.
struct CorpusIndex {
    struct Entry {
        var size: Int
        var modified: Int64
        var local: LocalArticle
    }

    static let magic = Array("DOSSIER-INDEX".utf8)
    static let formatVersion = 9

    var entries: [String: Entry] = [:]
    /// The linked result of the entries, when it was written.
    var linked: LinkedSection?
    /// False when the entries' local people were skipped (`read(_:problems:needsPeople:)`):
    /// such entries are not written again, nor linked.
    var hasPeople = true

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
    /// the articles' local people will be linked; when not (an unchanged folder whose linked
    /// result fits), they are skipped, not decoded (decoding names loads the gazetteers).
    static func read(_ url: URL, problems: inout [LoadProblem],
                     needsPeople: (_ files: [String: (size: Int, modified: Int64)], _ linked: LinkedSection?) -> Bool = { _, _ in true }) -> CorpusIndex {
        guard let bytes = readBytes(url) else { return CorpusIndex() }
        var r = ByteReader(bytes)
        do {
            guard r.bytes.starts(with: magic) else { throw ByteReader.Damaged() }
            r.at = magic.count
            guard try r.string() == buildIdentity else { return CorpusIndex() }
            // Headers in order, each entry's length before it, so entries decode on every core.
            let n = try r.count()
            var heads: [(path: String, size: Int, modified: Int64, start: Int, end: Int)] = []
            heads.reserveCapacity(n)
            for _ in 0..<n {
                let path = try r.string()
                let size = try r.int()
                let modified = Int64(try r.int())
                let length = try r.count()
                guard r.at + length <= r.bytes.count else { throw ByteReader.Damaged() }
                heads.append((path, size, modified, r.at, r.at + length))
                r.at += length
            }
            let linked = try r.optional { try LinkedSection.decode(&$0) }
            guard r.isAtEnd else { throw ByteReader.Damaged() }
            var files: [String: (size: Int, modified: Int64)] = [:]
            for h in heads { files[h.path] = (h.size, h.modified) }
            let people = needsPeople(files, linked)
            let bytes = r.bytes
            let decoded = ParallelMap.map(heads.map { $0.start..<$0.end }) { range -> LocalArticle? in
                var e = ByteReader(bytes)
                e.at = range.lowerBound
                guard let local = try? decodeLocal(&e, people: people), e.at == range.upperBound else { return nil }
                return local
            }
            var index = CorpusIndex()
            index.hasPeople = people
            for (h, local) in zip(heads, decoded) {
                guard let local else { throw ByteReader.Damaged() }
                index.entries[h.path] = Entry(size: h.size, modified: h.modified, local: local)
            }
            index.linked = linked
            return index
        } catch {
            let aside = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".corrupt-\(Int(Date().timeIntervalSince1970))")
            try? FileManager.default.moveItem(at: url, to: aside)
            problems.append(LoadProblem(file: url.path, message: "the index was damaged; moved aside to \(aside.lastPathComponent) and rebuilt", isFatal: false))
            return CorpusIndex()
        }
    }

    /// The whole file as bytes, read into one buffer (not through `Data`, which would be a
    /// second copy of a file of hundreds of megabytes).
    static func readBytes(_ url: URL) -> [UInt8]? {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var off = 0
            while off < size {
                let n = Foundation.read(fd, buf.baseAddress! + off, size - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                off += n
            }
            failed = off != size
            count = off
        }
        return failed ? nil : bytes
    }

    /// Writes the index, with the linked result of its entries (`LinkedSection.encode`) when given.
    func write(_ url: URL, linked: [UInt8]? = nil) throws {
        try Self.write(url, entries: encodedEntries(), linked: linked)
    }

    /// The index up to the end of its entries: what `write` puts before the linked section.
    func encodedEntries() -> [UInt8] {
        precondition(hasPeople, "an index read without its people is not written again")
        var w = ByteWriter()
        w.bytes.append(contentsOf: Self.magic)
        w.string(Self.buildIdentity)
        w.uint(UInt64(entries.count))
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.int(e.size)
            w.int(Int(e.modified))
            var entry = ByteWriter()
            Self.encodeLocal(&entry, e.local)
            w.uint(UInt64(entry.bytes.count))
            w.bytes.append(contentsOf: entry.bytes)
        }
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

extension CorpusIndex {
    static let kinds = EntityKind.allCases
    static let blockKinds: [BlockKind] = [.title, .subtitle, .dateline, .heading, .paragraph]

    static func encodeLocal(_ w: inout ByteWriter, _ l: LocalArticle) {
        let a = l.article
        w.string(a.id.rawValue); w.string(a.file); w.string(a.text); w.string(a.title)
        w.optional(a.subtitle) { $0.string($1) }
        w.optional(a.published) { $0.int($1.dayNumber) }
        w.optional(a.dateline) { $0.string($1) }
        w.optional(a.eventDate) { $0.int($1.dayNumber) }
        w.array(a.blocks) { w, b in w.uint(UInt64(blockKinds.firstIndex(of: b.kind)!)); w.int(b.range.start); w.int(b.range.end) }
        w.array(a.mentions) { w, m in
            w.int(m.range.start); w.int(m.range.end); w.uint(UInt64(kinds.firstIndex(of: m.kind)!))
            w.uint(UInt64(kinds.firstIndex(of: m.entity.kind)!)); w.string(m.entity.slug); w.string(m.surface); w.string(m.rule)
        }
        w.array(a.warnings) { w, x in w.optional(x.line) { $0.int($1) }; w.string(x.message) }
        w.array(l.people) { w, p in
            w.array(p.names) { w, n in
                w.array(n.particles) { $0.string($1) }; w.array(n.words) { $0.string($1) }
                w.optional(n.chain) { $0.int($1) }; w.optional(n.generation) { $0.string($1) }
            }
            w.array(p.surfaces) { $0.string($1) }
            w.array(p.roles) { $0.string($1) }
            w.optional(p.country) { $0.string($1) }
            w.uint(UInt64(p.countryStrength?.rawValue ?? 0))
            w.string(p.countryCue)
            w.array(p.mentions) { $0.int($1) }
            w.array(p.rules) { $0.string($1) }
            w.optional(p.sideOf) { $0.int($1) }
        }
        w.array(l.acronyms.sorted { $0.key < $1.key }) { w, kv in w.string(kv.key); w.string(kv.value) }
        w.array(l.names.sorted { $0.key < $1.key }) { w, kv in w.uint(UInt64(kinds.firstIndex(of: kv.key.kind)!)); w.string(kv.key.slug); w.string(kv.value) }
        w.optional(a.source) { $0.string($1) }
        w.optional(a.link) { $0.string($1) }
        w.optional(a.agency) { $0.string($1) }
        w.optional(a.author) { $0.string($1) }
        w.uint(l.itemKey)
    }

    static func date(_ r: inout ByteReader) throws -> SimpleDate {
        let day = try r.int()
        guard (-700_000...3_000_000).contains(day) else { throw ByteReader.Damaged() }
        return SimpleDate(dayNumber: day)
    }

    static func kind(_ r: inout ByteReader) throws -> EntityKind {
        let k = try r.count(max: kinds.count - 1)
        return kinds[k]
    }

    /// Moves past the people of an entry, checking only bounds.
    static func skipPeople(_ r: inout ByteReader) throws {
        func strings(_ r: inout ByteReader) throws { _ = try r.array { try $0.skipString() } }
        _ = try r.array { r in
            _ = try r.array { r in
                try strings(&r); try strings(&r)
                _ = try r.optional { try $0.int() }; _ = try r.optional { try $0.skipString() }
            }
            try strings(&r); try strings(&r)
            _ = try r.optional { try $0.skipString() }
            _ = try r.count(max: 5)
            try r.skipString()
            _ = try r.array { try $0.int() }
            try strings(&r)
            _ = try r.optional { try $0.int() }
        }
    }

    static func decodeLocal(_ r: inout ByteReader, people decodePeople: Bool = true) throws -> LocalArticle {
        let id = ArticleID(try r.string())
        let file = try r.string(), text = try r.string(), title = try r.string()
        let subtitle = try r.optional { try $0.string() }
        let published = try r.optional { try date(&$0) }
        let dateline = try r.optional { try $0.string() }
        let eventDate = try r.optional { try date(&$0) }
        let length = text.utf8.count
        func range(_ r: inout ByteReader) throws -> TextRange {
            let s = try r.int(), e = try r.int()
            guard 0 <= s, s <= e, e <= length else { throw ByteReader.Damaged() }
            return TextRange(s, e)
        }
        let blocks = try r.array { r in Block(kind: blockKinds[try r.count(max: blockKinds.count - 1)], range: try range(&r)) }
        let mentions = try r.array { r in
            let rg = try range(&r)
            let k = try kind(&r)
            let entity = EntityID(kind: try kind(&r), slug: try r.string())
            return Mention(range: rg, kind: k, entity: entity, surface: try r.string(), rule: try r.string())
        }
        let warnings = try r.array { r in ParseWarning(line: try r.optional { try $0.int() }, try r.string()) }
        if !decodePeople { try skipPeople(&r) }
        let people = !decodePeople ? [] : try r.array { r in
            LocalPerson(names: try r.array { r in
                            PersonName(particles: try r.array { try $0.string() }, words: try r.array { try $0.string() },
                                       chain: try r.optional { try $0.int() }, generation: try r.optional { try $0.string() })
                        },
                        surfaces: try r.array { try $0.string() }, roles: try r.array { try $0.string() },
                        country: try r.optional { try $0.string() },
                        countryStrength: CountryEvidence.Strength(rawValue: try r.count(max: 5)),
                        countryCue: try r.string(),
                        mentions: try r.array { r in
                            let i = try r.int()
                            guard i >= 0, i < mentions.count else { throw ByteReader.Damaged() }
                            return i
                        },
                        rules: try r.array { try $0.string() },
                        sideOf: try r.optional { try $0.int() })
        }
        guard people.allSatisfy({ $0.sideOf.map { $0 >= 0 && $0 < people.count } ?? true }) else { throw ByteReader.Damaged() }
        var acronyms: [String: String] = [:]
        for (k, v) in try r.array({ r in (try r.string(), try r.string()) }) { acronyms[k] = v }
        var names: [EntityID: String] = [:]
        for (k, v) in try r.array({ r in (EntityID(kind: try kind(&r), slug: try r.string()), try r.string()) }) { names[k] = v }
        var article = Article(id: id, file: file, text: text, title: title, subtitle: subtitle, published: published, dateline: dateline,
                              eventDate: eventDate, blocks: blocks, mentions: mentions, warnings: warnings)
        article.source = try r.optional { try $0.string() }
        article.link = try r.optional { try $0.string() }
        article.agency = try r.optional { try $0.string() }
        article.author = try r.optional { try $0.string() }
        return LocalArticle(article: article, people: people, acronyms: acronyms, names: names, itemKey: try r.uint())
    }
}
