import ArgumentParser
import DossierBench
import DossierKit
import DossierTUI
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
            var (r, corpus) = try BenchRunner.measure(folder: folder)
            r["render_frame_ms"] = Self.renderFrameMs(corpus)
            r["open_busiest_page_ms"] = Self.openPageMs(corpus)
            results.append(r.merging(["articles": n]) { a, _ in a })
            if !json {
                say(String(format: "%6d articles  %6.1f MiB  read %6.0f ms  parse %6.0f ms  extract %6.0f ms  link %5.0f ms  load %6.0f ms  %4.2f M words/s/core",
                           n, r["mib"] as! Double, r["read_ms"] as! Double, r["parse_ms"] as! Double, r["extract_ms"] as! Double,
                           r["link_ms"] as! Double, r["load_ms"] as! Double, r["mwords_per_s_core"] as! Double))
                say(String(format: "        index: first load %6.0f ms, restart %6.0f ms, %5.1f MiB   filters: country %5.2f, topic %5.2f, official %5.2f, dates %5.2f, country+topic %5.2f ms   search %5.2f ms   frame %5.2f ms   busiest page %5.1f ms   rss %5.0f MiB",
                           r["load_writing_index_ms"] as! Double, r["load_from_index_ms"] as! Double, r["index_mib"] as! Double,
                           r["filter_country_ms"] as! Double, r["filter_topic_ms"] as! Double, r["filter_person_ms"] as! Double,
                           r["filter_dates_ms"] as! Double, r["filter_ms"] as! Double, r["search_ms"] as! Double,
                           r["render_frame_ms"] as! Double, r["open_busiest_page_ms"] as! Double, r["rss_mib"] as! Double))
            }
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// Opening the page of the entity most articles name (`:entity NAME`, Enter) and drawing it:
    /// the slowest single key of the reader.
    static func openPageMs(_ corpus: Corpus) -> Double {
        guard let busiest = corpus.allEntities().first else { return 0 }
        var state = AppState(corpus: corpus, label: "bench", width: 120, height: 40, keymap: .defaults)
        _ = state.handle(.resize(width: 120, height: 40))
        _ = state.handle(.key(.char(":")))
        for c in "entity \(busiest.name)" { _ = state.handle(.key(.char(c))) }
        let t = DispatchTime.now().uptimeNanoseconds
        _ = state.handle(.key(.enter))
        _ = Renderer.render(state)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
        guard case .entity? = state.page else { return -1 }  // the page did not open: say so
        return ms
    }

    /// Rendering one 120×40 frame of the reader into the cell grid, averaged over 20 frames.
    static func renderFrameMs(_ corpus: Corpus) -> Double {
        var state = AppState(corpus: corpus, label: "bench", width: 120, height: 40, keymap: .defaults)
        _ = state.handle(.resize(width: 120, height: 40))
        _ = Renderer.render(state)
        let t = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<20 { _ = Renderer.render(state) }
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6 / 20
    }
}
