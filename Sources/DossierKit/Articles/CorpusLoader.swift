import Foundation

/// Options for reading a corpus folder.
public struct LoadOptions: Sendable {
    /// Files larger than this are skipped with a problem (8 MiB by default).
    public var maxFileSize: Int = 8 << 20
    /// File name extensions read as articles (lower case, no dot).
    public var extensions: Set<String> = ["txt", "md"]
    /// Extra aliases (alias → canonical name) on top of `aliases.tsv` in the folder.
    public var aliases: [String: String] = [:]
    /// The on-disk index to read and update (nil: read every file, keep no index).
    public var indexFile: URL?
    /// Told how far loading has come, from the loading threads (a reader shows it while it waits).
    public var progress: LoadProgress?
    /// Handed partial corpora while files are still being read, from a loading thread, so a
    /// reader can fill its timeline in before the load ends. Each one holds every article read
    /// so far, linked; the last complete corpus is the one `Corpus.load` returns.
    public var partial: (@Sendable (Corpus) -> Void)?
    /// Seconds before the first partial corpus. Later ones come at least twice this far apart,
    /// and never more often than four times the time the last one took to build, so partial
    /// corpora cost the load at most about a fifth of its time.
    public var partialInterval: Double = 0.25
    public init() {}
}

/// How far a load has come: files found, files read and extracted, and the current stage.
/// Updated from the loading threads, read from any other.
public final class LoadProgress: @unchecked Sendable {
    public enum Stage: String, Sendable { case listing, reading, linking, saving, done }
    private let lock = NSLock()
    private var _stage = Stage.listing, _done = 0, _total = 0

    public init() {}

    public var snapshot: (stage: Stage, done: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        return (_stage, _done, _total)
    }

    func begin(_ stage: Stage, total: Int? = nil) {
        lock.lock(); _stage = stage; if let total { _total = total; _done = 0 }; lock.unlock()
    }

    func step() { lock.lock(); _done += 1; lock.unlock() }
}

/// A file found under the corpus folder and its bytes.
struct RawFile: Sendable {
    var relativePath: String
    var url: URL
    var data: Data
}

/// Why a corpus could not be opened at all.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Walks a folder recursively, following links to files and folders but never a folder twice.
enum CorpusWalker {
    struct Found {
        var relativePath: String
        /// The file's path as listed (through the links followed).
        var path: String
        var url: URL { URL(fileURLWithPath: path) }
        /// Size and modification time when listed: the on-disk index's key.
        var size: Int = 0
        var modified: Int64 = 0
    }

    static func walk(_ root: URL, extensions: Set<String>, problems: inout [LoadProblem]) -> [Found] {
        var out: [Found] = []
        var visited = Set<String>()  // "dev:ino" of folders entered
        func key(_ st: stat) -> String { "\(st.st_dev):\(st.st_ino)" }
        var rootStat = stat()
        guard stat(root.path, &rootStat) == 0 else { return [] }
        visited.insert(key(rootStat))
        // Paths as strings: a URL per file costs more than reading a small file.
        var stack: [(String, String)] = [(root.path, "")]
        while let (dir, rel) = stack.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            } catch {
                problems.append(LoadProblem(file: rel.isEmpty ? "." : rel, message: "folder cannot be read (\(error.localizedDescription))", isFatal: true))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let relPath = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                if stat(path, &st) != 0 {
                    var lst = stat()
                    if lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
                        let ext = (name as NSString).pathExtension.lowercased()
                        if extensions.contains(ext) || errno == ELOOP {
                            problems.append(LoadProblem(file: relPath, message: errno == ELOOP ? "symbolic link loop" : "dangling symbolic link", isFatal: true))
                        }
                    }
                    continue
                }
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    if visited.insert(key(st)).inserted { stack.append((path, relPath)) }
                    else { problems.append(LoadProblem(file: relPath, message: "folder already visited through another link (skipped)", isFatal: false)) }
                case S_IFREG:
                    if extensions.contains((name as NSString).pathExtension.lowercased()) {
                        out.append(Found(relativePath: relPath, path: path, size: Int(st.st_size),
                                         modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)))
                    }
                default:
                    if extensions.contains((name as NSString).pathExtension.lowercased()) {
                        problems.append(LoadProblem(file: relPath, message: "not a regular file (skipped)", isFatal: true))
                    }
                }
            }
        }
        return out.sorted { $0.relativePath < $1.relativePath }
    }
}

/// Turns file bytes into text, or says why it cannot.
enum TextDecoder {
    enum Outcome { case text(String, warning: String?), failure(String) }

    static func decode(_ data: Data) -> Outcome {
        if data.isEmpty { return .failure("empty file") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure("empty file (only white space)") }
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return .failure("binary file (contains NUL bytes)") }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C && $0 != 0x1B }.count
        if controls * 10 > sample.count { return .failure("binary file (mostly control bytes)") }
        var warning: String?
        var text: String
        if let s = String(validating: bytes, as: UTF8.self) {
            text = s
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let line = firstInvalidLine(bytes)
            warning = "not valid UTF-8 near line \(line); undecodable bytes shown as \u{FFFD}"
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .text(text, warning: warning)
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            let n = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            if n == 0 || i + n > bytes.count { return line }
            for k in 1..<n where bytes[i + k] & 0xC0 != 0x80 { return line }
            i += n
        }
        return line
    }
}

extension ArticleID {
    /// A content-derived id: 64-bit FNV-1a of the normalised text, as 16 hex digits. The same
    /// text gives the same id in every run and under every file name.
    public static func make(content: String) -> ArticleID {
        var h: UInt64 = 0xcbf29ce484222325
        for b in content.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return ArticleID(String(repeating: "0", count: 16 - hex.count) + hex)
    }
}
