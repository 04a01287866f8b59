import Foundation
import Testing

/// A corpus large enough to take seconds to load: the reader must be usable while it does.
@Suite("Reader while loading, in tmux", .serialized)
struct LoadingE2ETests {
    let bin = Tmux.binary.path

    /// `count` dated articles of about 250 words, each with a unique title "Report N".
    static func writeCorpus(_ count: Int, to dir: URL) throws {
        let countries = ["Norway", "Chile", "Kenya", "Japan", "Peru", "Ghana"]
        let names = ["Lena Varga", "Jonas Dahl", "Pablo Ruiz", "Amara Osei", "Kenji Mori", "Rosa Vidal"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]
        for i in 0..<count {
            let c = countries[i % countries.count], n = names[(i / 3) % names.count]
            var text = "Report \(i): talks on trade with \(c)\n\n\(months[i % months.count]) \(1 + i % 28), 2025\n\n"
            for p in 0..<8 {
                text += "Foreign Minister \(n) of \(c) said on Monday that energy and trade talks would continue, "
                text += "and that the border commission would meet again next month in the capital (part \(p)).\n\n"
            }
            try text.write(to: dir.appendingPathComponent(String(format: "r%05d.txt", i)), atomically: false, encoding: .utf8)
        }
    }

    /// The title in the article pane's first line ("│ Report 12: …").
    static func openTitle(_ screen: String) -> String? {
        let lines = screen.split(separator: "\n")
        guard lines.count > 2, let r = lines[2].range(of: "Report [0-9]+", options: .regularExpression) else { return nil }
        // The timeline column also shows titles; the article pane starts after the second "│".
        let cells = lines[2].split(separator: "│", omittingEmptySubsequences: false)
        guard cells.count > 3, let m = cells[3].range(of: "Report [0-9]+", options: .regularExpression) else { return String(lines[2][r]) }
        return String(cells[3][m])
    }

    @Test("the timeline fills in while files are read, and keys work meanwhile")
    func usableWhileLoading() throws {
        try #require(Tmux.available)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-loading-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let total = 4000
        try Self.writeCorpus(total, to: dir)

        let t = try Tmux(width: 120, height: 30)
        t.run("'\(bin)' --no-index --corpus '\(dir.path)'; echo EXIT=$?")
        // A partial timeline: some articles listed while the status still says files are being read.
        let partial = try #require(t.waitFor({ s in
            guard let top = s.split(separator: "\n").first, top.contains("reading") else { return false }
            return top.range(of: " [1-9][0-9]* of [1-9][0-9]* articles", options: .regularExpression) != nil
        }, timeout: 60), "no partial timeline while loading:\n\(t.screen)")
        #expect(!partial.contains("\(total) of \(total) articles"))

        // Keys work before the load ends: move down and open the article (the key hints become
        // the article pane's).
        t.send("j")
        t.send("Enter")
        let opened = try #require(t.waitFor({ s in s.contains("reading") && Self.openTitle(s) != nil && s.contains("Tab next name") }, timeout: 20),
                                  "no article opened while loading:\n\(t.screen)")
        let title = try #require(Self.openTitle(opened))
        #expect(opened.split(separator: "\n").first?.contains("reading") == true, "the load was still going")

        // When the load ends, every article is there and the article opened stays open.
        let done = try #require(t.waitFor({ $0.contains("\(total) of \(total) articles") && !$0.contains("reading") }, timeout: 120),
                                "the load did not finish:\n\(t.screen)")
        #expect(Self.openTitle(done) == title, "the open article changed under the reader:\n\(done)")
        t.send("Q")
        #expect(t.waitFor("EXIT=0") != nil, "did not quit cleanly:\n\(t.screen)")
    }
}
