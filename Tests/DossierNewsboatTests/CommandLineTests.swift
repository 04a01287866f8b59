import Foundation
import Testing

/// `dossier` with --newsboat and several --corpus, as a user runs it.
@Suite("newsboat on the command line", .enabled(if: Newsboat.shouldRun, "newsboat is not installed"))
struct NewsboatCommandLineTests {
    /// The built `dossier` beside this test bundle (or $DOSSIER_BIN).
    static var binary: URL {
        if let b = ProcessInfo.processInfo.environment["DOSSIER_BIN"] { return URL(fileURLWithPath: b) }
        var d = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = d.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            d = d.deletingLastPathComponent()
        }
        return d.appendingPathComponent("dossier")
    }

    static func dossier(_ args: [String], home: URL) throws -> (status: Int32, output: String) {
        try Newsboat.run(binary.path, args, environment: ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state",
                                                          "XDG_CACHE_HOME": home.path + "/cache", "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""])
    }

    @Test("--corpus given several times: a folder, a feed file, a cache and a damaged cache; everything readable lists")
    func severalInputs() throws {
        let dir = TempDir()
        let cache = try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: dir.url, name: "cache.db")
        dir.write("texts/a.txt", "Iran's Deputy FM Araghchi Meets Pakistan Army Chief\n\nISLAMABAD, May 8, 2025 — Seyed Abbas Araghchi met General Syed Asim Munir.\n")
        dir.write("other.xml", FeedFile(title: "Other Wire", items: [.init(title: "Dar visits Kabul", link: "https://other.example.org/dar",
            guid: nil, date: "Mon, 12 May 2025 10:00:00 +0000", author: nil, html: "<p>KABUL, May 12, 2025 — Ishaq Dar arrived in Kabul.</p>")]).xml)
        dir.write("broken.db", "SQLite format 3 but not really")
        let args = ["--corpus", dir.path("texts").path, "--corpus", dir.path("other.xml").path, "--corpus", cache.path, "--corpus", dir.path("broken.db").path]
        let list = try Self.dossier(["list", "--no-index"] + args, home: dir.url)
        #expect(list.status == 0, "\(list.output)")
        for title in ["Araghchi meets Dar in Islamabad", "Munir receives Iranian delegation", "Dar visits Kabul", "Iran's Deputy FM Araghchi Meets"] {
            #expect(list.output.contains(title), "\(title) missing:\n\(list.output)")
        }
        #expect(list.output.contains("texts/a.txt") && list.output.contains("other.xml#1") && list.output.contains("cache.db#"))
        let check = try Self.dossier(["check"] + args, home: dir.url)
        #expect(check.status == 1, "a file failed")
        #expect(check.output.contains("error: broken.db: not an SQLite database"), "\(check.output)")
        #expect(check.output.contains("5 articles loaded, 1 files failed"), "\(check.output)")
        // The index keeps the set of inputs: a second run reads the same.
        let again = try Self.dossier(["list"] + args, home: dir.url)
        #expect(again.output == list.output)
        // Nothing written beside the cache, and no reading state without --newsboat-marks.
        #expect(!FileManager.default.fileExists(atPath: cache.path + "-journal") && !FileManager.default.fileExists(atPath: cache.path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("state/dossier/state.sqlite").path))
    }

    @Test("--newsboat alone reads newsboat's own cache; --newsboat FILE that file; show prints source and author")
    func newsboatOption() throws {
        let home = TempDir()
        try FileManager.default.createDirectory(at: home.path(".newsboat"), withIntermediateDirectories: true)
        try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: home.path(".newsboat"))
        let bare = try Self.dossier(["list", "--newsboat", "--no-index"], home: home.url)
        #expect(bare.status == 0 && bare.output.contains("Tehran hosts trade talks"), "\(bare.output)")
        let named = try Self.dossier(["list", "--no-index", "--newsboat", home.path(".newsboat/cache.db").path], home: home.url)
        #expect(named.output == bare.output)
        let file = try #require(bare.output.split(separator: "\n").first { $0.contains("Araghchi") }?.split(separator: " ").first { $0.hasPrefix("cache.db#") })
        let show = try Self.dossier(["show", String(file), "--newsboat", "--no-index"], home: home.url)
        #expect(show.output.contains("Gulf Wire · Islamabad · \(file) · 8 May 2025 · by Sara Khan"), "\(show.output)")
        // newsboat's XDG folders, when its config folder is there.
        let xdg = TempDir()
        try FileManager.default.createDirectory(at: xdg.path(".config/newsboat"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: xdg.path(".local/share/newsboat"), withIntermediateDirectories: true)
        try Newsboat.makeCache(["wire.xml": FeedFile.wire.xml], in: xdg.path(".local/share/newsboat"))
        #expect(try Self.dossier(["list", "--newsboat", "--no-index"], home: xdg.url).output == bare.output)
        // None anywhere: said plainly.
        let none = try Self.dossier(["list", "--newsboat"], home: TempDir().url)
        #expect(none.status != 0 && none.output.contains("no newsboat cache at"), "\(none.output)")
    }
}
