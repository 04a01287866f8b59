import Foundation
#if canImport(Glibc)
import Glibc
#endif

#if os(Linux)
/// Linux inotify over a folder and every folder under it that the loader reads: a watch per
/// folder, added as folders appear (also those moved in, with what they hold) and dropped as they
/// go. Events are read on the watching thread only.
final class InotifySource: ChangeSource {
    static let isAvailable = true

    /// What a folder's watch listens for: files written, closed, created, removed, moved and
    /// touched; folders created, removed and moved; the folder itself removed or moved.
    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                             | IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    let root: String
    let scope: WatchScope
    private let fd: Int32
    private let pipe: WakePipe
    /// Watch descriptor → the folder's path inside the root ("" for the root).
    private var folders: [Int32: String] = [:]
    /// At most this many watches (the kernel's limit, or a smaller one in tests).
    private let maxWatches: Int
    private let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64 * 1024, alignment: 8)

    /// Watches `root` and its folders; nil when inotify is missing or the watches do not fit
    /// in its limit (the caller polls instead).
    init?(root: URL, scope: WatchScope, maxWatches: Int = .max) {
        self.root = root.path.hasSuffix("/") && root.path.count > 1 ? String(root.path.dropLast()) : root.path
        self.scope = scope
        self.maxWatches = maxWatches
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0, let pipe = WakePipe() else {
            if fd >= 0 { _ = Glibc.close(fd) }
            buffer.deallocate()
            return nil
        }
        self.fd = fd
        self.pipe = pipe
        guard addTree("") else {
            close()
            return nil
        }
    }

    /// How many folders are watched.
    var watchCount: Int { folders.count }

    func wake() { pipe.signal() }

    func close() {
        _ = Glibc.close(fd)
        pipe.close()
        buffer.deallocate()
    }

    func wait(until deadline: Double?) -> WatchReport {
        var report = WatchReport()
        guard pipe.sleep(watching: fd, until: deadline) else { return report }
        while true {
            let n = read(fd, buffer, 64 * 1024)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var at = 0
            while at + 16 <= n {
                let wd = buffer.load(fromByteOffset: at, as: Int32.self)
                let mask = buffer.load(fromByteOffset: at + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: at + 12, as: UInt32.self))
                var name = ""
                if length > 0 {
                    let bytes = UnsafeRawBufferPointer(start: buffer + at + 16, count: length)
                    name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                handle(wd: wd, mask: mask, name: name, into: &report)
                at += 16 + length
            }
        }
        return report
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into report: inout WatchReport) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, folders created among them too: watch what is there now.
            report.everything = true
            if !addTree("") { report.fallBack = true }
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            if folder.isEmpty { report.fallBack = true }
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            // The root itself went: only polling notices it coming back.
            if folder.isEmpty { report.fallBack = true }
            return
        }
        guard !name.isEmpty else { return }
        let path = folder.isEmpty ? name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            guard scope.mattersFolder(path) else { return }
            if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
                removeTree(path)
                report.folders.insert(path)
            } else if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                if !addTree(path) { report.fallBack = true }
                report.folders.insert(path)
            }
        } else if scope.mattersFile(path) {
            report.files.insert(path)
        }
    }

    /// Watches the folder at `path` (inside the root) and every folder under it the loader
    /// reads, following links to folders as the loader does; a folder reached twice (through a
    /// link) is watched once. False when the watch limit is reached.
    private func addTree(_ path: String) -> Bool {
        var stack = [path]
        while let rel = stack.popLast() {
            let abs = rel.isEmpty ? root : root + "/" + rel
            let wd = inotify_add_watch(fd, abs, Self.mask)
            if wd < 0 {
                if errno == ENOSPC || errno == ENOMEM { return false }
                continue   // gone already, not a folder, or not readable: the loader says so
            }
            if folders[wd] == nil, folders.count >= maxWatches {
                inotify_rm_watch(fd, wd)
                return false
            }
            if let known = folders[wd], known != rel {
                // The same folder through another path: keep the path it was first watched by,
                // unless that one is no longer inside the root's watched tree.
                if folderExists(known) { continue }
            }
            folders[wd] = rel
            guard let dir = opendir(abs) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != "..", !WatchScope.isScratch(name) else { continue }
                let child = rel.isEmpty ? name : rel + "/" + name
                switch Int(entry.pointee.d_type) {
                case Int(DT_DIR): stack.append(child)
                case Int(DT_LNK), Int(DT_UNKNOWN):
                    var st = stat()
                    if stat(root + "/" + child, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { stack.append(child) }
                default: break
                }
            }
        }
        return true
    }

    private func folderExists(_ rel: String) -> Bool {
        var st = stat()
        return stat(rel.isEmpty ? root : root + "/" + rel, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Stops watching the folder at `path` and those under it (moved away or removed).
    private func removeTree(_ path: String) {
        for (wd, rel) in folders where rel == path || rel.hasPrefix(path + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }
}
#else
/// No inotify here: the reader polls.
final class InotifySource: ChangeSource {
    static let isAvailable = false
    var watchCount: Int { 0 }
    init?(root: URL, scope: WatchScope, maxWatches: Int = .max) { return nil }
    func wait(until deadline: Double?) -> WatchReport { WatchReport() }
    func wake() {}
    func close() {}
}
#endif
