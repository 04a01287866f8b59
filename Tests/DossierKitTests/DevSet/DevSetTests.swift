@testable import DossierKit
import Foundation
import Testing

/// The extractor measured on the development set: Tests/DevSet holds articles (`*.txt`) and gold
/// files (`gold-NAME.json`, the format of /work/shared/gold/seeds.json). The folder is loaded as
/// `dossier export --no-index` loads it, each gold file and their union are scored as
/// /work/shared/tools/evaluate.py scores them, and the scores must stay at or above the floors in
/// Tests/DevSet/floors.json (`{"NAME" or "all": {"metric": floor}}`; metric names in
/// `Score.metricNames`). Raise a floor there when a change earns it.
///
/// Environment:
///   DOSSIER_DEVSET_VERBOSE=1   also print every article's misses and evaluate.py's table
///   DOSSIER_DEVSET_DIR=D DOSSIER_DEVSET_GOLD=G.json   score folder D against G instead (no floors;
///                              the output is evaluate.py's, to compare with it);
///                              DOSSIER_DEVSET_PRED=P.json scores that export instead of loading D
@Suite("Development set")
struct DevSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DevSet")
    static let env = ProcessInfo.processInfo.environment
    static var verbose: Bool { env["DOSSIER_DEVSET_VERBOSE"].map { !$0.isEmpty && $0 != "0" } ?? false }

    @Test("the development set scores at or above its floors")
    func devSet() throws {
        if let dir = Self.env["DOSSIER_DEVSET_DIR"], let gold = Self.env["DOSSIER_DEVSET_GOLD"] {
            try scoreOne(folder: URL(fileURLWithPath: dir), gold: URL(fileURLWithPath: gold))
            return
        }
        let sets = try Self.goldSets(in: Self.folder)
        try #require(!sets.isEmpty, "no gold-*.json in \(Self.folder.path)")
        let (prediction, corpus) = try Self.predict(Self.folder)
        for p in corpus.problems where p.isFatal { Issue.record("\(p)") }

        // Every gold article must be in the folder, and in one gold set only.
        let files = Set(prediction.articles.map { PyText.basename($0.file) })
        var owner: [String: String] = [:]
        for (name, gold) in sets {
            for a in gold.articles {
                let f = PyText.basename(a.file)
                if !files.contains(f) { Issue.record("gold-\(name).json: \(f) is not an article in \(Self.folder.path)") }
                if let other = owner[f] { Issue.record("\(f) is annotated in both gold-\(other).json and gold-\(name).json") }
                owner[f] = name
            }
        }
        let unannotated = files.subtracting(owner.keys).sorted()

        var scored = sets.map { (name: $0.name, score: Scorer.score(gold: $0.gold, pred: prediction)) }
        scored.append((name: "all", score: Scorer.score(gold: GoldFile(articles: sets.flatMap(\.gold.articles)), pred: prediction)))

        let floors = try Floors.read(Self.folder.appendingPathComponent("floors.json"))
        var out = "\nDevelopment set: \(corpus.articles.count) articles in \(Self.folder.path)"
        out += unannotated.isEmpty ? "\n" : " (\(unannotated.count) without gold, linked but not scored)\n"
        if Self.verbose {
            for (name, s) in scored where name != "all" || sets.count > 1 {
                out += "\n== \(name) (\(s.articles) articles)\n" + Report.articles(s) + "\n" + Report.fieldTable(s)
                out += Report.warnings(s.without(name == "all" ? [] : ["prediction article not in gold"]))
            }
            out += "\n"
        }
        out += floors.table(scored)
        for (name, s) in scored { out += "\(Report.pad(name, 8)) \(Report.pad("\(s.articles) articles", 12)) \(Report.summaryLine(s))\n" }
        print(out)
        for problem in floors.check(scored) { Issue.record(Comment(rawValue: problem)) }
    }

    /// Scores one folder (or a given export of it) against one gold file and prints what evaluate.py prints.
    func scoreOne(folder: URL, gold goldURL: URL) throws {
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: goldURL))
        let prediction: Prediction
        if let predPath = Self.env["DOSSIER_DEVSET_PRED"] {
            prediction = try JSONDecoder().decode(Prediction.self, from: Data(contentsOf: URL(fileURLWithPath: predPath)))
        } else {
            prediction = try Self.predict(folder).prediction
        }
        let s = Scorer.score(gold: gold, pred: prediction)
        print("\n" + Report.articles(s) + "\n" + Report.fieldTable(s) + Report.warnings(s) + Report.summaryLine(s))
        if Self.verbose { print("\n" + Report.exact(s)) }
    }

    /// The gold files of a folder, by name (`gold-NAME.json`), in name order.
    static func goldSets(in folder: URL) throws -> [(name: String, gold: GoldFile)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("gold-") && $0.hasSuffix(".json") }.sorted()
        return try names.map { file in
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            do {
                return (String(file.dropFirst(5).dropLast(5)), try JSONDecoder().decode(GoldFile.self, from: data))
            } catch { throw DevSetError("\(file) is not a gold file: \(error)") }
        }
    }

    /// The folder's articles loaded as `dossier export --no-index` loads them (no index written),
    /// exported, and read back as evaluate.py reads the export.
    static func predict(_ folder: URL) throws -> (prediction: Prediction, corpus: Corpus) {
        var options = LoadOptions()
        options.extensions = ["txt"]
        options.indexFile = nil
        let corpus = try Corpus.load(from: folder, options: options)
        let json = corpus.exportJSON() + "\n"
        return (try JSONDecoder().decode(Prediction.self, from: Data(json.utf8)), corpus)
    }
}

struct DevSetError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

extension Score {
    /// The score without the warnings that start with one of `prefixes`.
    func without(_ prefixes: [String]) -> Score {
        var s = self
        s.warnings = warnings.filter { w in !prefixes.contains { w.hasPrefix($0) } }
        return s
    }
}
