import ArgumentParser
import DossierKit
import Foundation

/// `--corpus DIR`, else `$DOSSIER_CORPUS`, else `./seeds`.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of articles (default: $DOSSIER_CORPUS, else ./seeds).")
    var corpus: String?

    @Option(name: .long, help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 8 << 20

    @Flag(name: .customLong("no-index"), help: "Read every file again and keep no on-disk index.")
    var noIndex = false

    /// Load options for the folder: size limit, and the on-disk index unless --no-index.
    func loadOptions(for folder: URL) -> LoadOptions {
        var options = LoadOptions()
        options.maxFileSize = maxFileSize
        options.indexFile = noIndex ? nil : Corpus.defaultIndexURL(for: folder)
        return options
    }

    func resolveFolder() throws -> URL {
        if let corpus { return URL(fileURLWithPath: corpus) }
        if let env = ProcessInfo.processInfo.environment["DOSSIER_CORPUS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return URL(fileURLWithPath: "seeds")
        }
        throw ValidationError("no corpus folder: pass --corpus DIR, set DOSSIER_CORPUS, or run where a ./seeds folder exists")
    }

    func load() throws -> Corpus {
        let url = try resolveFolder()
        do { return try Corpus.load(from: url, options: loadOptions(for: url)) } catch let e as CorpusError {
            throw ValidationError(e.description)
        }
    }
}

/// Prints a line with every control character made visible.
func say(_ s: String = "") { print(Sanitizer.forTerminal(s)) }

func fail(_ s: String) { FileHandle.standardError.write(Data((Sanitizer.forTerminal(s) + "\n").utf8)) }

func parseDate(_ s: String?, _ flag: String) throws -> SimpleDate? {
    guard let s else { return nil }
    guard let d = SimpleDate(iso: s) else { throw ValidationError("\(flag) expects a date as YYYY-MM-DD, got “\(s)”") }
    return d
}

/// An article named by id or by file (relative to the corpus, or a path ending in it).
func lookupArticle(_ name: String, in corpus: Corpus) throws -> Article {
    guard let a = corpus.article(ArticleID(name)) ?? corpus.article(file: name) else {
        throw ValidationError("no article “\(name)” in \(corpus.root.path) (see `dossier list`)")
    }
    return a
}
