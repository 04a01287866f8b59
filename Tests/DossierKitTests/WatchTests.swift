@testable import DossierKit
import Foundation
import Testing

/// Asks `source` until what it reported, merged, satisfies `done`, or `timeout` seconds pass.
func collect(_ source: ChangeSource, timeout: Double = 15, until done: (WatchReport) -> Bool) -> WatchReport {
    var all = WatchReport()
    let end = MonotonicClock.now() + timeout
    while !done(all), MonotonicClock.now() < end {
        all.merge(source.wait(until: min(end, MonotonicClock.now() + 0.1)))
    }
    return all
}

/// The watchers on their own: what they report for files and folders, and what they ignore.
@Suite("Folder watchers")
struct WatchTests {
    static let kinds = InotifySource.isAvailable ? ["inotify", "poll"] : ["poll"]

    static func source(_ kind: String, _ d: TempDir, maxWatches: Int = .max) -> ChangeSource? {
        let scope = WatchScope(folder: d.url, extensions: Set(Sources.kinds.keys))
        switch kind {
        case "inotify": return InotifySource(root: d.url, scope: scope, maxWatches: maxWatches)
        default: return PollingSource(root: d.url, scope: scope, timing: WatchTiming(quiet: 0.1, pollInterval: 0.05))
        }
    }

    @Test("a batch ends once changes stop for `quiet` seconds, or `maxDelay` after its first change")
    func debounce() {
        var d = Debouncer(WatchTiming(quiet: 0.3, maxDelay: 1.5))
        #expect(!d.isOpen && d.deadline == nil && !d.isDue(at: 100))
        d.note(at: 10)
        #expect(d.deadline == 10.3)
        #expect(!d.isDue(at: 10.29) && d.isDue(at: 10.3))
        // A burst: every change pushes the end back…
        for t in stride(from: 10.1, through: 11.0, by: 0.1) { d.note(at: t) }
        #expect(abs(d.deadline! - 11.3) < 1e-9)
        // …but never past maxDelay after the first change.
        for t in stride(from: 11.1, through: 12.0, by: 0.1) { d.note(at: t) }
        #expect(d.deadline == 11.5)
        #expect(d.isDue(at: 11.5))
        d.close()
        #expect(!d.isOpen && d.deadline == nil)
    }

    @Test("article files, aliases.tsv and folders matter; editors' scratch files, other files and the index do not")
    func scope() {
        let root = URL(fileURLWithPath: "/tmp/corpus")
        let s = WatchScope(folder: root, extensions: Set(Sources.kinds.keys),
                           ignoring: [root.appendingPathComponent("cache/index.xml"), URL(fileURLWithPath: "/elsewhere/index.bin")])
        for path in ["a.txt", "b.MD", "sub/c.html", "d.htm", "world.xml", "e.rss", "f.atom", "aliases.tsv", "x/y/z.txt"] {
            #expect(s.mattersFile(path), "\(path)")
        }
        for path in [".a.txt.swp", ".#a.txt", "#a.txt#", "a.txt~", "4913", "a.txt.swp", "a.html.part", "a.html.crdownload",
                     "~$report.txt", ".hidden/a.txt", "sub/.a.txt", "notes.pdf", "cache/index.xml", "sub/aliases.tsv", "a.tmp"] {
            #expect(!s.mattersFile(path), "\(path)")
        }
        #expect(s.ignored == ["cache/index.xml"])
        #expect(s.mattersFolder("sub") && s.mattersFolder("sub/deeper"))
        #expect(!s.mattersFolder(".git") && !s.mattersFolder("sub/.cache"))
    }

    @Test("new, changed and removed files are reported, in the folder and in folders below it", arguments: kinds)
    func files(kind: String) throws {
        let d = TempDir()
        d.write("old.txt", "Old\n")
        d.write("pre/inner/keep.txt", "Kept\n")
        let s = try #require(Self.source(kind, d))
        defer { s.close() }

        d.write("a.txt", "A\n")
        d.write("pre/inner/c.txt", "C\n")
        var r = collect(s) { $0.files.isSuperset(of: ["a.txt", "pre/inner/c.txt"]) }
        #expect(r.files == ["a.txt", "pre/inner/c.txt"])

        d.write("old.txt", "Old, and changed since\n")
        try FileManager.default.removeItem(at: d.url.appendingPathComponent("pre/inner/keep.txt"))
        r = collect(s) { $0.files.isSuperset(of: ["old.txt", "pre/inner/keep.txt"]) }
        #expect(r.files == ["old.txt", "pre/inner/keep.txt"])

        // A folder made now is watched too, and so is one moved in with files already in it.
        try FileManager.default.createDirectory(at: d.url.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        r = collect(s) { $0.folders.contains("sub") }
        #expect(r.folders.contains("sub"))
        d.write("sub/deeper/b.txt", "B\n")
        r = collect(s) { $0.files.contains("sub/deeper/b.txt") }
        #expect(r.files == ["sub/deeper/b.txt"])

        let outside = TempDir()
        outside.write("moved/m.txt", "M\n")
        try FileManager.default.moveItem(at: outside.url.appendingPathComponent("moved"), to: d.url.appendingPathComponent("moved"))
        r = collect(s) { $0.folders.contains("moved") }
        #expect(r.folders.contains("moved"))
        d.write("moved/n.txt", "N\n")
        r = collect(s) { $0.files.contains("moved/n.txt") }
        #expect(r.files.contains("moved/n.txt"))
    }

    @Test("editors' swap, backup and lock files, other extensions and hidden folders are never reported", arguments: kinds)
    func scratchIgnored(kind: String) throws {
        let d = TempDir()
        d.write("a.txt", "A\n")
        let s = try #require(Self.source(kind, d))
        defer { s.close() }
        for name in [".a.txt.swp", ".a.txt.swx", ".#a.txt", "#a.txt#", "b.txt~", "4913", "a.html.part", "notes.pdf", ".git/x.txt"] {
            d.write(name, "scratch\n")
        }
        try FileManager.default.removeItem(at: d.url.appendingPathComponent(".a.txt.swp"))
        // Vim's save: the old file renamed to a backup, the new one written, the backup removed.
        let a = d.url.appendingPathComponent("a.txt"), backup = d.url.appendingPathComponent("a.txt~")
        try FileManager.default.moveItem(at: a, to: backup)
        d.write("a.txt", "A, edited\n")
        try FileManager.default.removeItem(at: backup)
        let r = collect(s) { $0.files.contains("a.txt") }
        #expect(r.files == ["a.txt"])
        #expect(r.folders.isEmpty && !r.everything && !r.fallBack)
    }

    @Test("inotify within its limit of watches, and polling once the limit is reached", .enabled(if: InotifySource.isAvailable))
    func watchLimit() throws {
        let d = TempDir()
        d.write("a/x.txt", "X\n")
        d.write("b/y.txt", "Y\n")
        let scope = WatchScope(folder: d.url, extensions: Set(Sources.kinds.keys))
        #expect(InotifySource(root: d.url, scope: scope, maxWatches: 2) == nil, "three folders need three watches")
        let s = try #require(InotifySource(root: d.url, scope: scope, maxWatches: 3))
        defer { s.close() }
        #expect(s.watchCount == 3)
        try FileManager.default.createDirectory(at: d.url.appendingPathComponent("c"), withIntermediateDirectories: true)
        let r = collect(s) { $0.fallBack }
        #expect(r.fallBack, "a fourth folder does not fit: polling must take over")
    }

    @Test("the watched folder itself removed: polling takes over", .enabled(if: InotifySource.isAvailable))
    func rootRemoved() throws {
        let parent = TempDir()
        let root = parent.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let s = try #require(InotifySource(root: root, scope: WatchScope(folder: root, extensions: ["txt"])))
        defer { s.close() }
        try FileManager.default.removeItem(at: root)
        #expect(collect(s) { $0.fallBack }.fallBack)
    }
}
