import ArgumentParser
import DossierKit
import DossierNewsboat
import Foundation

/// `--corpus PATH` (repeatable) and `--newsboat [CACHE]`, else `$DOSSIER_CORPUS`, else `./seeds`.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of articles, a feed file or a newsboat cache (repeatable; default: $DOSSIER_CORPUS, else ./seeds).", valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read newsboat's cache: CACHE, or where newsboat keeps it when no file follows ($XDG_DATA_HOME/newsboat/cache.db or ~/.newsboat/cache.db). Read-only; newsboat may run meanwhile.", valueName: "cache"))
    var newsboat: [String] = []

    @Option(name: .long, help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 8 << 20

    @Flag(name: .customLong("no-index"), help: "Read every file again and keep no on-disk index.")
    var noIndex = false

    /// Load options for the inputs: size limit, the stores Dossier reads (newsboat's cache), and
    /// the on-disk index unless --no-index.
    func loadOptions(for inputs: [URL]) -> LoadOptions {
        var options = LoadOptions()
        options.maxFileSize = maxFileSize
        options.stores = [NewsboatCache()]
        options.indexFile = noIndex ? nil : Corpus.defaultIndexURL(for: inputs)
        return options
    }

    /// The newsboat caches named with --newsboat (where newsboat keeps its own for a bare one).
    func newsboatCaches() throws -> [URL] {
        try newsboat.map { name in
            guard name == NewsboatArgument.defaultCache else { return URL(fileURLWithPath: name) }
            let url = NewsboatCache.defaultPath()
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ValidationError("no newsboat cache at \(url.path) (where newsboat keeps it); name one: --newsboat FILE")
            }
            return url
        }
    }

    /// What to read: every --corpus and --newsboat, else $DOSSIER_CORPUS, else ./seeds.
    func resolveInputs() throws -> [URL] {
        let inputs = corpus.map { URL(fileURLWithPath: $0) } + (try newsboatCaches())
        if !inputs.isEmpty { return inputs }
        if let env = ProcessInfo.processInfo.environment["DOSSIER_CORPUS"], !env.isEmpty { return [URL(fileURLWithPath: env)] }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return [URL(fileURLWithPath: "seeds")]
        }
        throw ValidationError("no corpus folder: pass --corpus DIR or --newsboat, set DOSSIER_CORPUS, or run where a ./seeds folder exists")
    }

    /// How the reader's status bar names the corpus.
    func label(_ inputs: [URL]) -> String {
        if inputs.count == 1, let c = corpus.first { return c }
        return inputs.map(\.lastPathComponent).joined(separator: " + ")
    }

    func load() throws -> Corpus {
        let inputs = try resolveInputs()
        do { return try Corpus.load(from: inputs, options: loadOptions(for: inputs)) } catch let e as CorpusError {
            throw ValidationError(e.description)
        }
    }
}

/// `--newsboat` may stand alone (newsboat's own cache) or be followed by a file. The argument
/// parser wants a value, so a bare `--newsboat` is given an empty one before parsing: one that
/// the end of the line, another option, or a word that names no file and does not look like a
/// cache follows (`dossier show --newsboat ID`).
enum NewsboatArgument {
    /// The value a bare `--newsboat` is given: no file is named so.
    static let defaultCache = "\u{1}newsboat's own cache"

    static func rewrite(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { out += Array(args[i...]); break }
            if a == "--newsboat" {
                let next: String? = i + 1 < args.count ? args[i + 1] : nil
                if let next, !next.hasPrefix("-"), looksLikeCache(next) {
                    out += [a, next]
                    i += 2
                    continue
                }
                out.append("--newsboat=" + defaultCache)
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }

    static func looksLikeCache(_ word: String) -> Bool {
        FileManager.default.fileExists(atPath: word) || word.contains("/") || word.lowercased().hasSuffix(".db")
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
