import DossierKit
import Foundation

/// Times each stage of loading a folder, on one core for the per-stage figures and on every
/// core for the whole load.
public enum BenchRunner {
    static func ms(_ f: () throws -> Void) rethrows -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try f()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
    }

    /// The first partial corpus a load hands over: when, and how many articles it holds.
    final class FirstPartial: @unchecked Sendable {
        private let lock = NSLock()
        private let start = DispatchTime.now().uptimeNanoseconds
        private var at: Double?
        private var count = 0
        func record(_ c: Corpus) {
            lock.lock(); defer { lock.unlock() }
            guard at == nil else { return }
            at = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            count = c.articles.count
        }
        var value: (ms: Double, articles: Int)? { lock.lock(); defer { lock.unlock() }; return at.map { ($0, count) } }
    }

    /// Every figure for the folder. `searches` are the text searches timed (the first is
    /// `search_ms`, each also as `search_ms:TEXT`).
    public static func measure(folder: URL, searches: [String] = ["counterpart", "foreign minister"]) throws -> (figures: [String: Any], corpus: Corpus) {
        var problems: [LoadProblem] = []
        var files: [(relativePath: String, url: URL)] = []
        let listMs = ms { files = LoadStages.files(in: folder, problems: &problems) }
        var texts: [(String, String)] = []
        var bytes = 0
        let readMs = ms {
            for f in files {
                if let d = try? Data(contentsOf: f.url), let s = LoadStages.text(d) { texts.append((f.relativePath, s)); bytes += d.count }
            }
        }
        var parsed: [Article] = []
        let parseMs = ms { parsed = texts.map { ArticleParser.parse(text: $0.1, file: $0.0, id: ArticleID.make(content: $0.1)) } }
        var locals: [LoadStages.Extracted] = []
        let extractMs = ms { locals = parsed.map(LoadStages.extract) }
        parsed = []
        let words = texts.reduce(0) { $0 + $1.1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        texts = []
        let linkMs = ms { LoadStages.link(locals) }
        locals = []
        var corpus: Corpus!
        let loadMs = try ms { corpus = try Corpus.load(from: folder) }
        let someCountry = corpus.allEntities(kind: .country).first?.id
        let someTopic = corpus.allEntities(kind: .topic).first?.id
        let somePerson = corpus.allEntities(kind: .person).first?.id
        func avg(_ f: () -> Void) -> Double { (0..<5).reduce(0.0) { acc, _ in acc + ms(f) } / 5 }
        let filterMs = avg { _ = corpus.timeline(Filter(countries: someCountry.map { [$0] } ?? [], topics: someTopic.map { [$0] } ?? [])) }
        let countryMs = avg { _ = corpus.timeline(Filter(countries: someCountry.map { [$0] } ?? [])) }
        let topicMs = avg { _ = corpus.timeline(Filter(topics: someTopic.map { [$0] } ?? [])) }
        let personMs = avg { _ = corpus.timeline(Filter(people: somePerson.map { [$0] } ?? [])) }
        let datesMs = avg { _ = corpus.timeline(Filter(since: SimpleDate(year: 2022, month: 1, day: 1), until: SimpleDate(year: 2023, month: 12, day: 31))) }
        var searchFigures: [String: Any] = [:]
        for (n, s) in searches.enumerated() {
            let t = avg { _ = corpus.search(s) }
            searchFigures["search_ms:" + s] = t
            if n == 0 { searchFigures["search_ms"] = t }
        }
        // The on-disk index: writing it on a first load, reading it on the next.
        let indexDir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-index-\(getpid())")
        defer { try? FileManager.default.removeItem(at: indexDir) }
        var withIndex = LoadOptions()
        withIndex.indexFile = indexDir.appendingPathComponent("index.bin")
        let coldFirst = FirstPartial()
        withIndex.partial = { coldFirst.record($0) }
        let coldIndexMs = try ms { _ = try Corpus.load(from: folder, options: withIndex) }
        let warmFirst = FirstPartial()
        withIndex.partial = { warmFirst.record($0) }
        let warmIndexMs = try ms { _ = try Corpus.load(from: folder, options: withIndex) }
        let indexReadMs = ms { LoadStages.readIndex(withIndex.indexFile!) }
        let indexBytes = (try? FileManager.default.attributesOfItem(atPath: withIndex.indexFile!.path)[.size] as? Int) ?? 0
        var figures: [String: Any] = [
            "articles": corpus.articles.count, "files": files.count,
            "mib": Double(bytes) / 1_048_576, "words": words,
            "list_ms": listMs, "read_ms": readMs, "parse_ms": parseMs, "extract_ms": extractMs, "link_ms": linkMs, "load_ms": loadMs,
            "mwords_per_s_core": Double(words) / ((parseMs + extractMs) / 1000) / 1e6,
            "filter_ms": filterMs, "filter_country_ms": countryMs, "filter_topic_ms": topicMs, "filter_person_ms": personMs,
            "filter_dates_ms": datesMs, "rss_mib": residentMiB(),
            "load_writing_index_ms": coldIndexMs, "load_from_index_ms": warmIndexMs, "index_read_ms": indexReadMs,
            "index_mib": Double(indexBytes) / 1_048_576,
            "first_timeline_cold_ms": coldFirst.value?.ms ?? coldIndexMs, "first_timeline_cold_articles": coldFirst.value?.articles ?? corpus.articles.count,
            "first_timeline_restart_ms": warmFirst.value?.ms ?? warmIndexMs, "first_timeline_restart_articles": warmFirst.value?.articles ?? corpus.articles.count,
            "people": corpus.allEntities(kind: .person).count,
        ]
        figures.merge(searchFigures) { a, _ in a }
        return (figures, corpus)
    }

    /// Resident set size from /proc/self/statm.
    public static func residentMiB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let parts = s.split(separator: " ")
        guard parts.count > 1, let pages = Double(parts[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// The peak resident set size so far (VmHWM in /proc/self/status).
    public static func peakResidentMiB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return kb / 1024
        }
        return 0
    }
}
