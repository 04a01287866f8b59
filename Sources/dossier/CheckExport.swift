import ArgumentParser
import DossierKit
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report load problems and parse warnings per file; exit 1 when a file failed to load.")
    @OptionGroup var source: CorpusOptions

    func run() throws {
        let corpus = try source.load()
        let failed = corpus.problems.filter(\.isFatal)
        for p in corpus.problems { say("\(p.isFatal ? "error" : "warning"): \(p)") }
        say("\(corpus.articles.count) articles loaded, \(failed.count) files failed, \(corpus.problems.count - failed.count) warnings")
        if !failed.isEmpty { throw ExitCode(1) }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export articles and entities as JSON.")
    @OptionGroup var source: CorpusOptions
    @Option(help: "Output format (json).") var format: String = "json"
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?

    func run() throws {
        guard format == "json" else { throw ValidationError("--format supports only json") }
        let corpus = try source.load()
        let json = corpus.exportJSON() + "\n"
        if let output {
            // Never replace a device or other special file with a regular one.
            var st = stat()
            if stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
                FileHandle(forWritingAtPath: output)?.write(Data(json.utf8))
                return
            }
            try AtomicFile.write(Data(json.utf8), to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(json.utf8))
        }
    }
}
