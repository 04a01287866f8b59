import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The reader on a newsboat cache that newsboat made, with and without `--newsboat-marks`.
@Suite("newsboat marks in tmux", .serialized,
       .enabled(if: system("command -v newsboat >/dev/null 2>&1") == 0 || ProcessInfo.processInfo.environment["CI"] == "true",
                "newsboat is not installed"))
struct NewsboatMarksE2ETests {
    let bin = Tmux.binary.path

    /// A cache of two items made by newsboat, the first marked read in newsboat.
    static func cache(in dir: URL) throws -> URL {
        try #require(system("command -v newsboat >/dev/null 2>&1") == 0, "newsboat is not installed: .ci/run installs it")
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Gulf Wire</title><link>https://news.example.org/</link><description>d</description>
            <item><title>Araghchi meets Dar in Islamabad</title><link>https://news.example.org/1</link><guid>gw-1</guid>
            <pubDate>Thu, 08 May 2025 09:30:00 +0000</pubDate><description>&lt;p&gt;ISLAMABAD, May 8, 2025 — Foreign Minister Seyed Abbas Araghchi met Ishaq Dar.&lt;/p&gt;</description></item>
            <item><title>Munir receives delegation</title><link>https://news.example.org/2</link><guid>gw-2</guid>
            <pubDate>Fri, 09 May 2025 09:30:00 +0000</pubDate><description>&lt;p&gt;RAWALPINDI, May 9, 2025 — General Syed Asim Munir received an Iranian delegation.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        try Data(feed.utf8).write(to: dir.appendingPathComponent("wire.xml"))
        try Data("file://\(dir.path)/wire.xml\n".utf8).write(to: dir.appendingPathComponent("urls"))
        try Data().write(to: dir.appendingPathComponent("config"))
        try Data("gw-1\n".utf8).write(to: dir.appendingPathComponent("read.txt"))
        let cache = dir.appendingPathComponent("cache.db")
        let nb = "cd '\(dir.path)' && HOME='\(dir.path)' newsboat -u urls -c cache.db -C config"
        try #require(system("\(nb) -x reload >/dev/null 2>&1") == 0, "newsboat -x reload failed")
        try #require(system("\(nb) -I read.txt >/dev/null 2>&1") == 0, "newsboat -I failed")
        return cache
    }

    @Test("newsboat's read item shows read only with --newsboat-marks, and stays read after")
    func marks() throws {
        try #require(Tmux.available, "tmux is not installed")
        try #require(FileManager.default.isExecutableFile(atPath: bin), "dossier not built at \(bin)")
        let t = try Tmux(width: 120, height: 40)
        let cache = try Self.cache(in: t.dir)
        t.run("'\(bin)' --newsboat '\(cache.path)' --no-index")
        try #require(t.waitFor("2 of 2 articles · 2 unread") != nil, "without the flag both are unread:\n\(t.screen)")
        t.send("Q")
        #expect(t.shellIsBackAndSane())
        t.run("clear; '\(bin)' --newsboat '\(cache.path)' --newsboat-marks --no-index")
        try #require(t.waitFor("2 of 2 articles · 1 unread") != nil, "newsboat's mark not taken:\n\(t.screen)")
        // The one left unread is the item newsboat did not read.
        t.send("u")
        let unread = try #require(t.waitFor({ $0.contains("1 of 2 articles") || $0.contains("only unread") }), "no unread view:\n\(t.screen)")
        #expect(unread.contains("Munir receives") && !unread.contains("Araghchi meets"), "\(unread)")
        t.send("Q")
        #expect(t.shellIsBackAndSane())
        // The mark is Dossier's own now.
        t.run("clear; '\(bin)' --newsboat '\(cache.path)' --no-index --fresh")
        #expect(t.waitFor("2 of 2 articles · 1 unread") != nil, "the mark did not stay:\n\(t.screen)")
        t.send("Q")
    }
}
