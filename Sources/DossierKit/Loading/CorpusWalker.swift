import Foundation

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
                                         modified: Int64(st.modification.tv_sec) * 1_000_000_000 + Int64(st.modification.tv_nsec)))
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

extension stat {
    /// The modification time: Linux calls the field `st_mtim`, Darwin `st_mtimespec`.
    var modification: timespec {
        #if canImport(Darwin)
        return st_mtimespec
        #else
        return st_mtim
        #endif
    }
}
