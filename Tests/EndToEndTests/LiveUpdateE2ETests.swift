import Foundation
import Testing

/// A folder that grows while the reader runs: files copied in show, files removed go, without a
/// restart; the selection stays on its article.
@Suite("Live updates in tmux", .serialized)
struct LiveUpdateE2ETests {
    let bin = Tmux.binary.path

    static let article = """
    Norland and Estmark sign a fisheries accord

    OSLO, June 3, 2025 — Foreign Minister Espen Barth Eide of Norway met Chile's Foreign Minister Alberto van Klaveren in Oslo on Tuesday to sign a fisheries accord.

    The two ministers said the accord would open talks on trade and ports next year.

    """

    /// A folder with the two seed articles; the reader started on it (`env` set before it).
    func start(_ t: Tmux, env: String = "") throws -> URL {
        let folder = t.dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Tmux.repo.appendingPathComponent("seeds").path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: Tmux.repo.appendingPathComponent("seeds/" + name), to: folder.appendingPathComponent(name))
        }
        try Self.article.write(to: t.dir.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        t.run("\(env) '\(bin)' --corpus '\(folder.path)'; echo EXIT=$?")
        try #require(t.waitFor("2 of 2 articles", timeout: 30) != nil, "the reader did not start:\n\(t.screen)")
        return folder
    }

    /// Waits for `predicate`; returns the screen and how long it took.
    func timed(_ t: Tmux, timeout: Double = 20, _ predicate: @escaping (String) -> Bool) -> (String?, Double) {
        let began = Date()
        let s = t.waitFor(predicate, timeout: timeout)
        return (s, Date().timeIntervalSince(began))
    }

    /// The timeline row (left column) holding the selection mark.
    static func selectedRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("│▌") }.map(String.init)
    }

    @Test("a file copied in appears in the timeline (inotify), the selection stays; removed, it goes")
    func copyInAndRemove() throws {
        try #require(Tmux.available, "tmux is not installed")
        let t = try Tmux(width: 120, height: 40)
        let folder = try start(t)
        // Select the older seed: the new article will arrive above it.
        t.send("j")
        try #require(t.waitFor({ Self.selectedRow($0)?.contains("2025-05-08") == true }) != nil, "no selection:\n\(t.screen)")

        try FileManager.default.copyItem(at: t.dir.appendingPathComponent("new.txt"), to: folder.appendingPathComponent("new.txt"))
        let (shown, took) = timed(t) { $0.contains("3 of 3 articles") && $0.contains("Norland and Estmark") && $0.contains("1 new article") }
        let screen = try #require(shown, "the new article did not appear:\n\(t.screen)")
        print("live update (inotify): the new article showed \(String(format: "%.2f", took)) s after the copy")
        #expect(Self.selectedRow(screen)?.contains("2025-05-08") == true, "the selection stayed on its article:\n\(screen)")
        #expect(screen.contains("│•2025-06-03"), "the arrival is unread, between the two seeds:\n\(screen)")

        t.send("k")   // a key: the message goes
        try #require(t.waitFor({ !$0.contains("1 new article") && Self.selectedRow($0)?.contains("2025-06-03") == true }) != nil,
                     "the message did not go with the next key:\n\(t.screen)")

        try FileManager.default.removeItem(at: folder.appendingPathComponent("new.txt"))
        let (gone, _) = timed(t) { $0.contains("2 of 2 articles") && $0.contains("1 article removed") }
        let after = try #require(gone, "the removed article did not go:\n\(t.screen)")
        #expect(!after.contains("Norland and Estmark"))
        #expect(Self.selectedRow(after) != nil, "a neighbour is selected")
        t.send("Q")
        #expect(t.waitFor("EXIT=0") != nil, "did not quit cleanly:\n\(t.screen)")
    }

    @Test("polling (DOSSIER_WATCH=poll): a file copied in appears")
    func polling() throws {
        try #require(Tmux.available, "tmux is not installed")
        let t = try Tmux(width: 120, height: 40)
        let folder = try start(t, env: "DOSSIER_WATCH=poll")
        try FileManager.default.copyItem(at: t.dir.appendingPathComponent("new.txt"), to: folder.appendingPathComponent("new.txt"))
        let (shown, took) = timed(t) { $0.contains("3 of 3 articles") && $0.contains("Norland and Estmark") && $0.contains("1 new article") }
        #expect(shown != nil, "the new article did not appear:\n\(t.screen)")
        print("live update (polling): the new article showed \(String(format: "%.2f", took)) s after the copy")
        t.send("Q")
        #expect(t.waitFor("EXIT=0") != nil, "did not quit cleanly:\n\(t.screen)")
    }
}
