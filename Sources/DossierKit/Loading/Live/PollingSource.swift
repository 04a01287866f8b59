import Foundation

/// Watches a folder by scanning it: every folder the loader reads and every article file's
/// size, modification and change times and inode, compared with the scan before. Works on any
/// system and any file system (network shares, containers), and needs no watches; it costs a
/// `stat` per file per scan, once a second.
final class PollingSource: ChangeSource {
    struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
    }

    let root: String
    let scope: WatchScope
    let timing: WatchTiming
    private let pipe: WakePipe
    private var files: [String: Stamp] = [:]
    private var folders: Set<String> = []
    private var lastScan: Double

    init?(root: URL, scope: WatchScope, timing: WatchTiming) {
        guard let pipe = WakePipe() else { return nil }
        self.root = root.path.hasSuffix("/") && root.path.count > 1 ? String(root.path.dropLast()) : root.path
        self.scope = scope
        self.timing = timing
        self.pipe = pipe
        lastScan = MonotonicClock.now()
        (files, folders) = scan()
    }

    /// How many files the last scan saw.
    var fileCount: Int { files.count }

    func wake() { pipe.signal() }
    func close() { pipe.close() }

    func wait(until deadline: Double?) -> WatchReport {
        // While a batch is open, scan often enough to tell when it has gone quiet.
        let interval = deadline == nil ? timing.pollInterval : min(timing.pollInterval, timing.quiet / 2)
        let next = lastScan + interval
        _ = pipe.sleep(watching: nil, until: min(next, deadline ?? next))
        guard MonotonicClock.now() >= next else { return WatchReport() }
        lastScan = MonotonicClock.now()
        let (nowFiles, nowFolders) = scan()
        var report = WatchReport()
        for (path, stamp) in nowFiles where files[path] != stamp { report.files.insert(path) }
        for path in files.keys where nowFiles[path] == nil { report.files.insert(path) }
        report.folders = nowFolders.symmetricDifference(folders)
        files = nowFiles
        folders = nowFolders
        return report
    }

    /// The folders and article files under the root now, as the loader walks them (hidden names
    /// skipped, links followed, a folder reached twice read once).
    func scan() -> (files: [String: Stamp], folders: Set<String>) {
        var files: [String: Stamp] = [:]
        var folders: Set<String> = []
        var visited = Set<String>()
        var stack = [""]
        while let rel = stack.popLast() {
            let abs = rel.isEmpty ? root : root + "/" + rel
            var st = stat()
            guard stat(abs, &st) == 0, st.st_mode & S_IFMT == S_IFDIR, visited.insert("\(st.st_dev):\(st.st_ino)").inserted,
                  let dir = opendir(abs) else { continue }
            defer { closedir(dir) }
            folders.insert(rel)
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != "..", !WatchScope.isScratch(name) else { continue }
                let child = rel.isEmpty ? name : rel + "/" + name
                let isFile = scope.mattersFile(child)
                // Only article files and folders need a stat.
                if !isFile, entry.pointee.d_type != UInt8(DT_DIR), entry.pointee.d_type != UInt8(DT_LNK),
                   entry.pointee.d_type != UInt8(DT_UNKNOWN) { continue }
                var cst = stat()
                guard stat(abs + "/" + name, &cst) == 0 else { continue }
                switch cst.st_mode & S_IFMT {
                case S_IFDIR: stack.append(child)
                case S_IFREG where isFile:
                    files[child] = Stamp(size: Int64(cst.st_size), modified: cst.modifiedNanos, changed: cst.changedNanos,
                                         inode: UInt64(cst.st_ino))
                default: break
                }
            }
        }
        return (files, folders)
    }
}

extension stat {
    var modifiedNanos: Int64 { Int64(modification.tv_sec) * 1_000_000_000 + Int64(modification.tv_nsec) }
    /// The status change time (a rename, a link count, permissions), in nanoseconds.
    var changedNanos: Int64 {
        #if canImport(Darwin)
        return Int64(st_ctimespec.tv_sec) * 1_000_000_000 + Int64(st_ctimespec.tv_nsec)
        #else
        return Int64(st_ctim.tv_sec) * 1_000_000_000 + Int64(st_ctim.tv_nsec)
        #endif
    }
}
