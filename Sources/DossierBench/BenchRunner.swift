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

    public static func measure(folder: URL) throws -> (figures: [String: Any], corpus: Corpus) {
        var problems: [LoadProblem] = []
        let files = LoadStages.files(in: folder, problems: &problems)
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
        let words = texts.reduce(0) { $0 + $1.1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        let linkMs = ms { LoadStages.link(locals) }
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
        let searchMs = avg { _ = corpus.search("counterpart") }
        // The on-disk index: writing it on a first load, reading it on the next.
        let indexDir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-index-\(getpid())")
        defer { try? FileManager.default.removeItem(at: indexDir) }
        var withIndex = LoadOptions()
        withIndex.indexFile = indexDir.appendingPathComponent("index.bin")
        let coldIndexMs = try ms { _ = try Corpus.load(from: folder, options: withIndex) }
        let warmIndexMs = try ms { _ = try Corpus.load(from: folder, options: withIndex) }
        let indexBytes = (try? FileManager.default.attributesOfItem(atPath: withIndex.indexFile!.path)[.size] as? Int) ?? 0
        let figures: [String: Any] = [
            "mib": Double(bytes) / 1_048_576, "words": words,
            "read_ms": readMs, "parse_ms": parseMs, "extract_ms": extractMs, "link_ms": linkMs, "load_ms": loadMs,
            "mwords_per_s_core": Double(words) / ((parseMs + extractMs) / 1000) / 1e6,
            "filter_ms": filterMs, "filter_country_ms": countryMs, "filter_topic_ms": topicMs, "filter_person_ms": personMs,
            "filter_dates_ms": datesMs, "search_ms": searchMs, "rss_mib": residentMiB(),
            "load_writing_index_ms": coldIndexMs, "load_from_index_ms": warmIndexMs, "index_mib": Double(indexBytes) / 1_048_576,
            "people": corpus.allEntities(kind: .person).count,
        ]
        return (figures, corpus)
    }

    /// Resident set size from /proc/self/statm.
    public static func residentMiB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let parts = s.split(separator: " ")
        guard parts.count > 1, let pages = Double(parts[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
