import Foundation

/// Times each stage of loading a folder, on one core for the per-stage figures and on every
/// core for the whole load.
public enum BenchRunner {
    static func ms(_ f: () throws -> Void) rethrows -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try f()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
    }

    public static func measure(folder: URL) throws -> [String: Any] {
        var problems: [LoadProblem] = []
        let files = CorpusWalker.walk(folder, extensions: ["txt", "md"], problems: &problems)
        var texts: [(String, String)] = []
        var bytes = 0
        let readMs = ms {
            for f in files {
                if let d = try? Data(contentsOf: f.url), case .text(let s, _) = TextDecoder.decode(d) { texts.append((f.relativePath, s)); bytes += d.count }
            }
        }
        var parsed: [Article] = []
        let parseMs = ms { parsed = texts.map { ArticleParser.parse(text: $0.1, file: $0.0, id: ArticleID.make(content: $0.1)) } }
        var locals: [LocalArticle] = []
        let extractMs = ms { locals = parsed.map(Extractor.extract) }
        let words = texts.reduce(0) { $0 + $1.1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        var linked: ([Article], [EntityID: Entity]) = ([], [:])
        let linkMs = ms { linked = Linker.link(locals, aliases: AliasTable()) }
        _ = linked
        var corpus: Corpus!
        let loadMs = try ms { corpus = try Corpus.load(from: folder) }
        let someCountry = corpus.allEntities(kind: .country).first?.id
        let someTopic = corpus.allEntities(kind: .topic).first?.id
        var filterMs = 0.0, searchMs = 0.0
        for _ in 0..<5 {
            filterMs += ms { _ = corpus.timeline(Filter(countries: someCountry.map { [$0] } ?? [], topics: someTopic.map { [$0] } ?? [])) } / 5
            searchMs += ms { _ = corpus.search("counterpart") } / 5
        }
        return [
            "mib": Double(bytes) / 1_048_576, "words": words,
            "read_ms": readMs, "parse_ms": parseMs, "extract_ms": extractMs, "link_ms": linkMs, "load_ms": loadMs,
            "mwords_per_s_core": Double(words) / ((parseMs + extractMs) / 1000) / 1e6,
            "filter_ms": filterMs, "search_ms": searchMs, "rss_mib": residentMiB(),
            "people": corpus.allEntities(kind: .person).count,
        ]
    }

    /// Resident set size from /proc/self/statm.
    public static func residentMiB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let parts = s.split(separator: " ")
        guard parts.count > 1, let pages = Double(parts[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
