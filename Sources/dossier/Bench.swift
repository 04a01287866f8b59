import ArgumentParser
import DossierBench
import DossierKit
import DossierTUI
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Time listing, reading, parsing, extraction, linking, the index and queries, on a synthetic corpus or any folder.")
    @Option(help: "Number of articles (repeatable).") var count: [Int] = [1000, 10000]
    @Option(help: "Time this folder of articles instead of a synthetic corpus (repeatable).") var corpus: [String] = []
    @Option(help: "Where to write the corpus (default: a temporary folder, removed afterwards).") var dir: String?
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Keep the generated corpus (with --dir).") var keep = false
    @Flag(help: "Skip the resident-memory figures (each loads the folder again in a fresh process).") var noMemory = false
    /// Internal: load the folder in this process and print its resident memory as JSON.
    @Flag(help: .hidden) var memoryOnly = false
    @Option(help: .hidden) var memoryIndex: String?

    func run() throws {
        if memoryOnly { return try printMemory() }
        var results: [[String: Any]] = []
        var folders: [(URL, Bool)] = corpus.map { (URL(fileURLWithPath: $0), false) }
        if corpus.isEmpty {
            for n in count {
                let folder = URL(fileURLWithPath: dir ?? NSTemporaryDirectory()).appendingPathComponent("dossier-bench-\(n)")
                try? FileManager.default.removeItem(at: folder)
                try SyntheticCorpus.write(count: n, to: folder)
                folders.append((folder, !keep))
            }
        }
        for (folder, remove) in folders {
            defer { if remove { try? FileManager.default.removeItem(at: folder) } }
            var (r, corpus) = try BenchRunner.measure(folder: folder)
            r["folder"] = folder.path
            r["render_frame_ms"] = Self.renderFrameMs(corpus)
            r["open_busiest_page_ms"] = Self.openPageMs(corpus)
            r["busiest_entity"] = corpus.allEntities().first?.id.description ?? ""
            r["busiest_entity_articles"] = corpus.allEntities().first.map { corpus.articleCount($0.id) } ?? 0
            if !noMemory {
                // A fresh process each: this one holds every stage's intermediate results.
                let cold = Self.memory(folder, index: nil)
                r["rss_loaded_cold_mib"] = cold.rss; r["rss_peak_cold_mib"] = cold.peak
                let indexDir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-rss-\(getpid())")
                defer { try? FileManager.default.removeItem(at: indexDir) }
                let index = indexDir.appendingPathComponent("index.bin")
                _ = Self.memory(folder, index: index)
                let warm = Self.memory(folder, index: index)
                r["rss_loaded_restart_mib"] = warm.rss; r["rss_peak_restart_mib"] = warm.peak
            }
            results.append(r)
            if !json {
                let n = r["articles"] as! Int
                say(String(format: "%6d articles  %6.1f MiB  list %5.0f ms  read %6.0f ms  parse %6.0f ms  extract %6.0f ms  link %5.0f ms  load %6.0f ms  %4.2f M words/s/core",
                           n, r["mib"] as! Double, r["list_ms"] as! Double, r["read_ms"] as! Double, r["parse_ms"] as! Double, r["extract_ms"] as! Double,
                           r["link_ms"] as! Double, r["load_ms"] as! Double, r["mwords_per_s_core"] as! Double))
                say(String(format: "        index: first load %6.0f ms (first timeline %6.0f ms), restart %6.0f ms (first timeline %6.0f ms, %d articles), read %6.0f ms, %5.1f MiB",
                           r["load_writing_index_ms"] as! Double, r["first_timeline_cold_ms"] as! Double,
                           r["load_from_index_ms"] as! Double, r["first_timeline_restart_ms"] as! Double, r["first_timeline_restart_articles"] as! Int,
                           r["index_read_ms"] as! Double, r["index_mib"] as! Double))
                say(String(format: "        filters: country %5.2f, topic %5.2f, official %5.2f, dates %5.2f, country+topic %5.2f ms   search %5.2f ms (“foreign minister” %5.2f ms)   frame %5.2f ms   busiest page %5.1f ms",
                           r["filter_country_ms"] as! Double, r["filter_topic_ms"] as! Double, r["filter_person_ms"] as! Double,
                           r["filter_dates_ms"] as! Double, r["filter_ms"] as! Double, r["search_ms"] as! Double, r["search_ms:foreign minister"] as! Double,
                           r["render_frame_ms"] as! Double, r["open_busiest_page_ms"] as! Double))
                if !noMemory {
                    say(String(format: "        resident memory once loaded: cold %5.0f MiB (peak %5.0f), restart %5.0f MiB (peak %5.0f)",
                               r["rss_loaded_cold_mib"] as! Double, r["rss_peak_cold_mib"] as! Double,
                               r["rss_loaded_restart_mib"] as! Double, r["rss_peak_restart_mib"] as! Double))
                }
            }
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// The resident memory of a fresh `dossier bench --memory-only` that loads `folder`.
    static func memory(_ folder: URL, index: URL?) -> (rss: Double, peak: Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        p.arguments = ["bench", "--memory-only", "--corpus", folder.path] + (index.map { ["--memory-index", $0.path] } ?? [])
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return (0, 0) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard let o = try? JSONSerialization.jsonObject(with: data) as? [String: Double] else { return (0, 0) }
        return (o["rss_mib"] ?? 0, o["peak_mib"] ?? 0)
    }

    func printMemory() throws {
        guard let folder = corpus.first else { throw ValidationError("--memory-only needs --corpus") }
        var options = LoadOptions()
        options.indexFile = memoryIndex.map { URL(fileURLWithPath: $0) }
        let loaded = try Corpus.load(from: URL(fileURLWithPath: folder), options: options)
        // A restart frees what the index was read into on another thread, half a second on: the
        // memory a reader keeps is what is left after it.
        Thread.sleep(forTimeInterval: 1)
        var o: [String: Double] = ["rss_mib": BenchRunner.residentMiB(), "peak_mib": BenchRunner.peakResidentMiB(), "articles": Double(loaded.articles.count)]
        // Then a search, the first (which reads every text in) and the median of five more, and
        // the memory after them (a restart's texts are in the mapped index: what a search read
        // in counts as resident until the system takes it back).
        func searchMs() -> Double {
            let t = DispatchTime.now().uptimeNanoseconds
            _ = loaded.search("foreign minister")
            return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
        }
        o["first_search_ms"] = searchMs()
        o["search_ms"] = (0..<5).map { _ in searchMs() }.sorted()[2]
        o["rss_after_search_mib"] = BenchRunner.residentMiB()
        // Opening the busiest entity page of the corpus as a restart leaves it.
        o["open_busiest_page_ms"] = Self.openPageMs(loaded)
        print(String(decoding: try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self))
        withExtendedLifetime(loaded) {}
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
