import ArgumentParser
import DossierKit
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate a synthetic corpus and time load, parse, extract, link and queries.")
    @Option(help: "Number of articles (repeatable).") var count: [Int] = [1000, 10000]
    @Option(help: "Where to write the corpus (default: a temporary folder, removed afterwards).") var dir: String?
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Keep the generated corpus (with --dir).") var keep = false

    func run() throws {
        var results: [[String: Any]] = []
        for n in count {
            let folder = URL(fileURLWithPath: dir ?? NSTemporaryDirectory()).appendingPathComponent("dossier-bench-\(n)")
            try? FileManager.default.removeItem(at: folder)
            try SyntheticCorpus.write(count: n, to: folder)
            defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
            let r = try BenchRunner.measure(folder: folder)
            results.append(r.merging(["articles": n]) { a, _ in a })
            if !json {
                say(String(format: "%6d articles  %7.1f MiB  read %7.0f ms  parse %7.0f ms  extract %7.0f ms  link %6.0f ms  total %7.0f ms  %5.2f M words/s/core  filter %6.2f ms  search %6.2f ms  rss %6.0f MiB",
                           n, r["mib"] as! Double, r["read_ms"] as! Double, r["parse_ms"] as! Double, r["extract_ms"] as! Double,
                           r["link_ms"] as! Double, r["load_ms"] as! Double, r["mwords_per_s_core"] as! Double,
                           r["filter_ms"] as! Double, r["search_ms"] as! Double, r["rss_mib"] as! Double))
            }
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
