import Foundation
import Testing

/// Reading state across two runs of the real reader in tmux, with $XDG_STATE_HOME in a
/// temporary folder.
@Suite("Reading state in tmux", .serialized)
struct ReadingStateE2ETests {
    let bin = Tmux.binary.path
    let seeds = Tmux.repo.appendingPathComponent("seeds").path

    /// The article pane's column of the screen (at 120 columns: between the 44-column timeline and
    /// the 28-column sidebar).
    static func articleColumn(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(1).prefix(38).map { String($0.dropFirst(44).prefix(48)) }
    }

    static func row(_ screen: String, _ date: String) -> String? {
        screen.split(separator: "\n").first { $0.prefix(14).contains(date) }.map(String.init)
    }

    @Test("read an article, star an official, quit, start again: article, scroll, focus, filters, marks are back")
    func survivesRestart() throws {
        try #require(Tmux.available, "tmux is not installed")
        try #require(FileManager.default.isExecutableFile(atPath: bin), "dossier not built at \(bin)")
        let t = try Tmux(width: 120, height: 40)
        let start = "cd '\(Tmux.repo.path)' && '\(bin)' --corpus '\(seeds)'"
        t.run(start)
        try #require(t.waitFor("2 of 2 articles · 2 unread") != nil, "reader did not start with two unread:\n\(t.screen)")

        // Read the 2025-05-08 article and scroll into it.
        t.send("j"); t.send("Enter")
        try #require(t.waitFor("2 of 2 articles · 1 unread") != nil, "opening did not mark it read:\n\(t.screen)")
        t.send("Space")
        try #require(t.waitFor({ s in !s.contains("── Top ─┘└") || s.contains("%") }) != nil)
        t.send(":"); t.type("country Iran"); t.send("Enter")
        try #require(t.waitFor("filters: country Iran") != nil)

        // Star Araghchi in the sidebar.
        t.send("3")
        try #require(ReaderTests.selectSidebarEntry(t, containing: "Araghchi"), "Araghchi not in the sidebar:\n\(t.screen)")
        t.send("s")
        let starred = try #require(t.waitFor("Starred official Seyed Abbas Araghchi"), "no star message:\n\(t.screen)")
        #expect(ReaderTests.selectedEntry(starred)?.contains("★ Seyed Abbas Araghchi") == true)
        let article = Self.articleColumn(starred)
        #expect(article.joined().contains("%"), "the article is scrolled:\n\(starred)")
        t.send("Q")
        #expect(t.shellIsBackAndSane(), "shell not restored:\n\(t.screen)")

        // Start again.
        t.run("clear; " + start)
        // Wait for a whole frame: the screen can be caught while the reader is still drawing it.
        let back = try #require(t.waitFor({ $0.contains("filters: country Iran") && ReaderTests.selectedEntry($0) != nil
                                            && Self.articleColumn($0) == article }),
                                "filters, article or scroll not back:\n\(t.screen)")
        #expect(back.contains("2 of 2 articles · 1 unread"), "marks not back:\n\(back)")
        #expect(Self.articleColumn(back) == article, "not the same article at the same scroll:\n\(back)")
        #expect(ReaderTests.selectedEntry(back)?.contains("★ Seyed Abbas Araghchi") == true, "sidebar focus or star not back:\n\(back)")
        #expect(Self.row(back, "2025-05-08")?.contains("•") == false, "the article read shows as read")
        #expect(Self.row(back, "2025-08-03")?.contains("•") == true, "the other is still unread")

        // The official's page carries the star; :starred lists him.
        t.send(":"); t.type("starred"); t.send("Enter")
        let list = try #require(t.waitFor("STARRED ENTITIES (1)"), "no starred page:\n\(t.screen)")
        #expect(list.contains("★ Seyed Abbas Araghchi"))
        t.send("Q")
        #expect(t.shellIsBackAndSane())

        // --fresh starts clean but keeps marks and stars.
        t.run("clear; " + start + " --fresh")
        let fresh = try #require(t.waitFor("2 of 2 articles · 1 unread"), "fresh start:\n\(t.screen)")
        #expect(fresh.contains("filters: none"))
        t.send("Q")
        #expect(t.shellIsBackAndSane())

        let state = t.dir.appendingPathComponent("state/dossier/state.sqlite").path
        t.run("clear; '\(bin)' state check; echo rc=$?")
        let check = try #require(t.waitFor({ $0.range(of: "rc=[0-9]", options: .regularExpression) != nil }), "state check:\n\(t.screen)")
        #expect(check.contains("\(state): integrity ok; 1 read, 1 starred, 1 positions"), "\(check)")
    }

    @Test("a corrupt state file is moved aside: a warning in the status bar and on stderr, and a fresh start")
    func corruptState() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 120, height: 40)
        let dir = t.dir.appendingPathComponent("state/dossier")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 10_000).write(to: dir.appendingPathComponent("state.sqlite"))
        t.run("'\(bin)' --corpus '\(seeds)' 2>'\(t.dir.path)/err'")
        let s = try #require(t.waitFor("was damaged"), "no warning:\n\(t.screen)")
        #expect(s.contains("2 unread"))
        t.send("Q")
        #expect(t.shellIsBackAndSane())
        let err = (try? String(contentsOfFile: t.dir.path + "/err", encoding: .utf8)) ?? ""
        #expect(err.contains("moved it to state.sqlite.corrupt-"), "stderr: \(err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.contains { $0.hasPrefix("state.sqlite.corrupt-") } && files.contains("state.sqlite"))
    }
}
