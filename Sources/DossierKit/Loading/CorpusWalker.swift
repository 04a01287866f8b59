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
        /// The store that reads the file, when it is one (`LoadOptions.stores`).
        var store: (any ItemStore)? = nil
    }

    /// The files under `root` with one of `extensions` (or of a store's), sorted by path, each
    /// named by its path below `root` after `prefix`.
    static func walk(_ root: URL, extensions: Set<String>, stores: [any ItemStore] = [], prefix: String = "",
                     problems: inout [LoadProblem]) -> [Found] {
        var storeFor: [String: any ItemStore] = [:]
        for s in stores { for e in s.extensions where storeFor[e] == nil { storeFor[e] = s } }
        let extensions = extensions.union(storeFor.keys)
        var out: [Found] = []
        var visited = Set<String>()  // "dev:ino" of folders entered
        func key(_ st: stat) -> String { "\(st.st_dev):\(st.st_ino)" }
        var rootStat = stat()
        guard stat(root.path, &rootStat) == 0 else { return [] }
        visited.insert(key(rootStat))
        // Paths as strings: a URL per file costs more than reading a small file.
        var stack: [(String, String)] = [(root.path, prefix)]
        while let (dir, rel) = stack.popLast() {
            // Each file's status relative to its folder: the kernel walks the path once.
            let dirFD = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if dirFD >= 0 { close(dirFD) } }
            let names: [String]
            do {
                names = try listNames(dir).filter { !$0.hasPrefix(".") }.sorted()
            } catch {
                problems.append(LoadProblem(file: rel.isEmpty ? "." : rel, message: "folder cannot be read (\(error.localizedDescription))", isFatal: true))
                continue
            }
            let known = dirFD >= 0 ? statuses(of: names, in: dirFD) : nil
            for (n, name) in names.enumerated() {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let relPath = rel.isEmpty ? name : rel + "/" + name
                var st = known?[n] ?? stat()
                // A file whose status could not be read is asked again here, for its `errno`.
                if known?[n] == nil, (dirFD >= 0 ? fstatat(dirFD, name, &st, 0) : stat(path, &st)) != 0 {
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
                    let ext = pathExtension(ofName: name)
                    if extensions.contains(ext) {
                        out.append(Found(relativePath: relPath, path: path, size: Int(st.st_size), modified: st.modifiedNanoseconds,
                                         store: storeFor[ext]))
                    }
                default:
                    if extensions.contains((name as NSString).pathExtension.lowercased()) {
                        problems.append(LoadProblem(file: relPath, message: "not a regular file (skipped)", isFatal: true))
                    }
                }
            }
        }
        // One folder's files come in order already.
        let ordered = zip(out, out.dropFirst()).allSatisfy { $0.relativePath < $1.relativePath }
        return ordered ? out : out.sorted { $0.relativePath < $1.relativePath }
    }
}

extension CorpusWalker {
    /// The names in the folder at `path` (with `.` and `..`), by `readdir`: Foundation's listing
    /// makes an object per name. Throws Foundation's error when the folder cannot be opened.
    static func listNames(_ path: String) throws -> [String] {
        guard let d = opendir(path) else { return try FileManager.default.contentsOfDirectory(atPath: path) }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: &e.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Each name's status in the folder open at `dirFD` (nil where it cannot be read), read on
    /// every core: a folder of 50,000 files is 50,000 calls.
    static func statuses(of names: [String], in dirFD: Int32) -> [stat?] {
        var out: [stat?] = Array(repeating: nil, count: names.count)
        let chunk = 512
        let chunks = (names.count + chunk - 1) / chunk
        out.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes its own slots.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(names.count, (c + 1) * chunk) {
                    var st = stat()
                    if fstatat(dirFD, names[i], &st, 0) == 0 { (base + i).pointee = st }
                }
            }
        }
        return out
    }

    /// A file name's extension in lower case, as `NSString.pathExtension` gives it for a name
    /// (no slash): after the last dot, unless the dot starts or ends the name.
    static func pathExtension(ofName name: String) -> String {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return "" }
        let after = utf8.index(after: dot)
        guard after != utf8.endIndex else { return "" }
        let ext = Substring(name.utf8[after...])
        return ext.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? String(ext) : ext.lowercased()
    }
}

extension stat {
    /// The modification time in nanoseconds since 1970: the index's key with the size.
    var modifiedNanoseconds: Int64 { Int64(modification.tv_sec) * 1_000_000_000 + Int64(modification.tv_nsec) }

    /// The modification time: Linux calls the field `st_mtim`, Darwin `st_mtimespec`.
    var modification: timespec {
        #if canImport(Darwin)
        return st_mtimespec
        #else
        return st_mtim
        #endif
    }
}
