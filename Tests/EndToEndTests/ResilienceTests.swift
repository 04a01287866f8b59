import Foundation
import Testing

/// The reader under abuse: suspended and resumed, resized a thousand times, squeezed to one cell,
/// opened on a folder of broken files.
@Suite("Reader resilience in tmux", .serialized)
struct ResilienceTests {
    let bin = Tmux.binary.path
    let seeds = Tmux.repo.appendingPathComponent("seeds").path

    @Test("Ctrl-Z suspends to the shell and fg redraws the reader")
    func suspend() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 100, height: 30)
        t.run("'\(bin)' --corpus '\(seeds)'")
        try #require(t.waitFor("2 of 2 articles") != nil)
        t.send("C-z")
        let stopped = try #require(t.waitFor("Stopped"), "not suspended:\n\(t.screen)")
        #expect(!stopped.contains("2 of 2 articles"), "the reader's screen is gone while suspended")
        t.run("fg")
        let back = try #require(t.waitFor("2 of 2 articles"), "no redraw after fg:\n\(t.screen)")
        #expect(back.contains("In this article"))
        t.send("Q")
        #expect(t.shellIsBackAndSane())
    }

    @Test("a thousand random resizes and a 1×1 window leave it running and drawing")
    func resizeStorm() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 120, height: 40)
        t.run("'\(bin)' --corpus '\(seeds)'; echo EXIT=$?")
        try #require(t.waitFor("2 of 2 articles") != nil)
        var rng = SystemRandomNumberGenerator()
        // Chained in batches: one tmux call carries a hundred resizes.
        for _ in 0..<10 {
            var args: [String] = []
            for _ in 0..<100 {
                if !args.isEmpty { args.append(";") }
                args += ["resize-window", "-t", t.session, "-x", "\(Int.random(in: 1...160, using: &rng))", "-y", "\(Int.random(in: 1...50, using: &rng))"]
            }
            t.tmux(args)
        }
        t.resize(1, 1)
        Thread.sleep(forTimeInterval: 0.3)
        t.resize(120, 40)
        let screen = try #require(t.waitFor("2 of 2 articles"), "not redrawn at 120×40:\n\(t.screen)")
        #expect(screen.contains("In this article"))
        #expect(!screen.contains("EXIT="), "the reader exited")
        t.send("Q")
        #expect(t.waitFor("EXIT=0") != nil, "did not quit cleanly:\n\(t.screen)")
    }

    @Test("a folder of broken files opens with the good articles and no crash")
    func hostileFolder() throws {
        try #require(Tmux.available)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func put(_ name: String, _ data: Data) throws { try data.write(to: dir.appendingPathComponent(name)) }
        try put("good.txt", Data(" date 2024-05-01 A good article about Kabul\n\nKABUL: Foreign Minister Amir Khan Muttaqi spoke.\n".utf8))
        try put("escapes.txt", Data("Escapes \u{1B}]0;owned\u{07}here\n\nKABUL, May 2, 2024 — \u{1B}[2J\u{1B}[H\u{1B}[31mred\u{1B}[0m \u{1B}]52;c;SGVsbG8=\u{07} text \u{202E}reversed.\n".utf8))
        try put("empty.txt", Data())
        try put("binary.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }))
        try put("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x54, 0x65, 0x78, 0x74, 0x0A]))
        symlink(dir.path, dir.appendingPathComponent("loop").path)
        symlink("missing.txt", dir.appendingPathComponent("dangling.txt").path)
        mkfifo(dir.appendingPathComponent("fifo.txt").path, 0o644)
        let t = try Tmux(width: 120, height: 40)
        t.run("'\(bin)' --corpus '\(dir.path)'; echo EXIT=$?")
        let screen = try #require(t.waitFor("3 of 3 articles"), "good articles not shown:\n\(t.screen)")
        #expect(screen.contains("A good article"), "the good article is listed")
        #expect(screen.contains("␛]0;owned␇"), "the escape is shown as a placeholder:\n\(screen)")
        for _ in 0..<3 { t.send("j"); t.send("Tab") }
        t.send("G"); t.send("2"); t.send("G")
        #expect(t.waitFor("3 of 3 articles") != nil, "reader gone after browsing:\n\(t.screen)")
        let title = t.tmux(["display-message", "-p", "-t", t.session, "#{pane_title}"])
        #expect(!title.contains("owned"), "an OSC title reached the terminal: \(title)")
        t.send("Q")
        #expect(t.waitFor("EXIT=0") != nil, "did not quit cleanly:\n\(t.screen)")
    }
}
