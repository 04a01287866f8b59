import Foundation

/// Which paths under a corpus folder matter to it: article files (by extension), `aliases.tsv`
/// at the top, and the folders that may hold them. Ignored, as the loader ignores them: hidden
/// names (where editors keep swap and lock files: `.a.txt.swp`, `.#a.txt`), editors' backups
/// and autosaves (`a.txt~`, `#a.txt#`), partial downloads (`a.html.part`), other extensions, and
/// the on-disk index when it lies inside the folder.
struct WatchScope: Sendable {
    /// Article extensions, lower case.
    var extensions: Set<String>
    /// Paths inside the folder never reported (the index and its temporary files).
    var ignored: Set<String> = []

    /// Whether a change to the file at `relativePath` (inside the folder) can change the corpus.
    func mattersFile(_ relativePath: String) -> Bool {
        if relativePath == "aliases.tsv" { return true }
        guard !ignored.contains(relativePath), !relativePath.split(separator: "/").contains(where: Self.isScratch) else { return false }
        let ext = (relativePath as NSString).pathExtension.lowercased()
        return extensions.contains(ext)
    }

    /// Whether the folder at `relativePath` is one the loader reads.
    func mattersFolder(_ relativePath: String) -> Bool {
        !relativePath.split(separator: "/").contains(where: Self.isScratch)
    }

    /// A name no article has: hidden, an editor's backup or autosave, an office lock file.
    static func isScratch<S: StringProtocol>(_ name: S) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasPrefix("~") || name.hasSuffix("~")
    }

    /// The scope of a folder read with `extensions`, ignoring `files` (absolute) that lie inside it.
    init(folder: URL, extensions: Set<String>, ignoring files: [URL] = []) {
        self.extensions = extensions
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        for f in files {
            let path = f.standardizedFileURL.deletingLastPathComponent().resolvingSymlinksInPath()
                .appendingPathComponent(f.lastPathComponent).path
            if path.hasPrefix(root + "/") { ignored.insert(String(path.dropFirst(root.count + 1))) }
        }
    }
}

/// What a watcher saw since it was last asked.
struct WatchReport: Equatable {
    /// Files that changed, appeared or went, relative to the folder.
    var files: Set<String> = []
    /// Folders that appeared or went.
    var folders: Set<String> = []
    /// The watcher lost track (its queue overflowed): anything may have changed.
    var everything = false
    /// The watcher cannot go on (inotify's limit reached, the folder itself moved or removed):
    /// polling must take over.
    var fallBack = false

    var isEmpty: Bool { files.isEmpty && folders.isEmpty && !everything && !fallBack }

    mutating func merge(_ o: WatchReport) {
        files.formUnion(o.files); folders.formUnion(o.folders)
        everything = everything || o.everything; fallBack = fallBack || o.fallBack
    }
}

/// Tells a watching thread what changed under a folder.
protocol ChangeSource: AnyObject {
    /// Waits until something changes, `deadline` (seconds on `MonotonicClock`; nil: none)
    /// passes or `wake()` is called, and says what changed (maybe nothing).
    func wait(until deadline: Double?) -> WatchReport
    /// Ends a `wait` at once; callable from any thread until `close()`.
    func wake()
    /// Gives the descriptors back; the source is not used afterwards.
    func close()
}

/// A pipe whose one end wakes a thread sleeping in `poll` on the other.
final class WakePipe {
    let readEnd: Int32
    let writeEnd: Int32

    init?() {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        readEnd = fds[0]; writeEnd = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
    }

    func signal() {
        var b: UInt8 = 1
        _ = write(writeEnd, &b, 1)
    }

    func drain() {
        var buf = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buf, buf.count) > 0 {}
    }

    func close() { _ = Foundation.close(readEnd); _ = Foundation.close(writeEnd) }

    /// Sleeps until `fd` (when given) is readable, the pipe is signalled, or `deadline` passes.
    /// Returns whether `fd` is readable.
    func sleep(watching fd: Int32?, until deadline: Double?) -> Bool {
        var fds = [pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
        if let fd { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let ms = (deadline - MonotonicClock.now()) * 1000
                timeout = ms <= 0 ? 0 : Int32(min(ms.rounded(.up), 3_600_000))
            }
            let n = poll(&fds, nfds_t(fds.count), timeout)
            if n < 0 && errno == EINTR { continue }
            if fds[0].revents != 0 { drain() }
            return fds.count > 1 && fds[1].revents != 0
        }
    }
}
