import Foundation
import Testing

/// The built `dossier` driven inside tmux, as a person would. Needs tmux (CI installs it).
@Suite("Reader in tmux", .serialized)
struct ReaderTests {
    let bin = Tmux.binary.path
    let seeds = Tmux.repo.appendingPathComponent("seeds").path

    /// The text of the focused entry in the right half of the screen ("▌..." up to the pane's edge).
    static func selectedEntry(_ screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let bar = line.firstIndex(of: "▌"), line.distance(from: line.startIndex, to: bar) > 60 else { continue }
            let rest = line[line.index(after: bar)...]
            return String(rest.prefix { $0 != "│" })
        }
        return nil
    }

    /// Moves down the focused sidebar until the selected entry contains `text`.
    static func selectSidebarEntry(_ t: Tmux, containing text: String) -> Bool {
        for _ in 0..<30 {
            guard let s = t.waitFor({ selectedEntry($0) != nil }, timeout: 3) else { return false }
            if selectedEntry(s)?.contains(text) == true { return true }
            let before = selectedEntry(s)
            t.send("j")
            _ = t.waitFor({ selectedEntry($0) != before }, timeout: 2)
        }
        return false
    }

    @Test("open the seeds, follow Araghchi, back and forward, filter, clear, resize, quit")
    func mainFlow() throws {
        try #require(Tmux.available, "tmux is not installed")
        try #require(FileManager.default.isExecutableFile(atPath: bin), "dossier not built at \(bin)")
        let t = try Tmux(width: 120, height: 40)
        t.run("cd '\(Tmux.repo.path)' && '\(bin)' --corpus '\(seeds)'")
        let first = try #require(t.waitFor("2 of 2 articles"), "reader did not start:\n\(t.screen)")
        #expect(first.contains("2025-08-03") && first.contains("2025-05-08"))
        #expect(first.contains("In this article") && first.contains("OFFICIALS"))

        // The 2025-05-08 article, then Araghchi in its sidebar.
        t.send("j")
        try #require(t.waitFor("8 May 2025") != nil)
        t.send("3")
        try #require(ReaderTests.selectSidebarEntry(t, containing: "Araghchi"), "Araghchi not in the sidebar:\n\(t.screen)")
        t.send("Enter")
        let page = try #require(t.waitFor("MENTIONED IN (2)"), "no entity page with two articles:\n\(t.screen)")
        #expect(page.contains("Araghchi ─"), "page titled with his name")
        let mentioned = page.components(separatedBy: "MENTIONED IN (2)")[1]
        #expect(mentioned.contains("2025-05-08") && mentioned.contains("2025-08-03"), "both articles listed:\n\(page)")

        t.send("<")
        try #require(t.waitFor("In this article") != nil, "back did not return to the article")
        t.send(">")
        try #require(t.waitFor("MENTIONED IN (2)") != nil, "forward did not return to the page")
        t.send("<")
        try #require(t.waitFor("In this article") != nil)

        t.send(":"); t.type("country Afghanistan"); t.send("Enter")
        let afg = try #require(t.waitFor("1 of 2 articles"), "country filter did not narrow to one:\n\(t.screen)")
        #expect(afg.contains("country Afghanistan"))
        #expect(afg.contains("2025-05-08"))

        t.send(":"); t.type("topic security"); t.send("Enter")
        let both = try #require(t.waitFor("topic security"), "topic filter not shown:\n\(t.screen)")
        #expect(both.contains("country Afghanistan + topic security"))
        #expect(both.contains("1 of 2 articles"))

        t.send("F")
        let cleared = try #require(t.waitFor("filters: none"))
        #expect(cleared.contains("2 of 2 articles"))

        t.resize(60, 20)
        let narrow = try #require(t.waitFor("1 Timeline"), "no tab line at 60×20:\n\(t.screen)")
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 })
        t.resize(120, 40)
        try #require(t.waitFor("In this article") != nil, "three panes not back at 120×40")

        t.send("Q")
        #expect(t.shellIsBackAndSane(), "shell prompt and tty not restored:\n\(t.screen)")
    }

    @Test("the timeline reads at 120×40 and 80×24: dates with their years, 40 columns of title; the sidebar takes turns with the article")
    func readableTimeline() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 120, height: 40)
        t.run("cd '\(Tmux.repo.path)' && '\(bin)' --corpus '\(seeds)'")
        let wide = try #require(t.waitFor("2 of 2 articles"), "reader did not start:\n\(t.screen)")
        let timeline = wide.split(separator: "\n").map { String($0.prefix(44)) }
        #expect(timeline.contains { $0.contains("2025-08-03") } && timeline.contains { $0.contains("2025-05-08") })
        #expect(timeline.contains { $0.contains("Iran’s defense minister meets Defence Mi") }, "40 columns of the title:\n\(wide)")
        #expect(timeline.contains { $0.contains("Iran’s Deputy FM Araghchi Meets Pakistan") }, "40 columns of the title:\n\(wide)")
        #expect(wide.contains("OFFICIALS"), "the sidebar beside the article at 120 columns")

        t.resize(80, 24)
        let narrow = try #require(t.waitFor("3 In this article"), "no sidebar hint at 80×24:\n\(t.screen)")
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(narrow.contains("2025-08-03") && narrow.contains("2025-05-08"), "years at 80×24:\n\(narrow)")
        #expect(narrow.contains("Iran’s defense minister meet"), "a readable title at 80×24:\n\(narrow)")
        t.send("3")
        let side = try #require(t.waitFor("2 Article"), "the sidebar did not take the article's place:\n\(t.screen)")
        #expect(side.contains("OFFICIALS") && side.contains("In this article"))
        t.send("2")
        try #require(t.waitFor("3 In this article") != nil, "the article did not come back:\n\(t.screen)")
        t.send("Q")
        #expect(t.shellIsBackAndSane())
    }

    @Test("help overlay, theme switching, search and Ctrl-C quit")
    func helpThemesSearch() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 100, height: 30)
        t.run("cd '\(Tmux.repo.path)' && '\(bin)' --corpus '\(seeds)' --theme light --no-mouse")
        try #require(t.waitFor("2 of 2 articles") != nil)
        t.send("?")
        try #require(t.waitFor("Help · Dossier keys") != nil)
        t.send("q")
        try #require(t.waitFor({ !$0.contains("Help · Dossier keys") }) != nil)
        t.send("T")
        try #require(t.waitFor("Theme: high-contrast") != nil)
        t.send("/"); t.type("Afghanistan"); t.send("Enter")
        try #require(t.waitFor("1 of 2 articles") != nil)
        t.send("n")
        try #require(t.waitFor("match 1 of") != nil)
        t.send("C-c")
        #expect(t.shellIsBackAndSane())
    }

    @Test("SIGTERM and SIGHUP restore the terminal", arguments: ["TERM", "HUP"])
    func signals(signal: String) throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 80, height: 24)
        t.run("'\(bin)' --corpus '\(seeds)'")
        try #require(t.waitFor("2 of 2 articles") != nil)
        let pid = try #require(t.childPID())
        _ = kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        #expect(t.shellIsBackAndSane(), "not restored after SIG\(signal):\n\(t.screen)")
    }

    @Test("no terminal: one line on stderr, exit 2, nothing on stdout")
    func notATerminal() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = ["--corpus", seeds]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 2)
        #expect(o.isEmpty)
        let msg = String(decoding: e, as: UTF8.self)
        #expect(msg.split(separator: "\n").count == 1 && msg.contains("terminal"))
        #expect(!msg.contains("\u{1B}"))
    }

    @Test("TERM unset, dumb or unknown: one clear line, exit 2, no escape codes")
    func badTerm() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 100, height: 20)
        let out = t.dir.appendingPathComponent("out").path
        for term in ["", "dumb", "no-such-terminal"] {
            let env = term.isEmpty ? "env -u TERM" : "env TERM=\(term)"
            t.run("\(env) '\(bin)' --corpus '\(seeds)' >'\(out)' 2>&1; echo \"rc=$?-\(term.isEmpty ? "unset" : term)\"")
            let s = try #require(t.waitFor("rc=2-\(term.isEmpty ? "unset" : term)"), "TERM=\(term):\n\(t.screen)")
            _ = s
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            #expect(text.split(separator: "\n").count == 1, "one line for TERM=\(term): \(text)")
            #expect(!text.contains("\u{1B}"), "no escape codes for TERM=\(term)")
        }
    }

    @Test("escape codes inside an article change nothing on screen but their placeholders")
    func hostileArticle() throws {
        try #require(Tmux.available)
        let t = try Tmux(width: 100, height: 30)
        let corpus = t.dir.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let evil = "Evil \u{1B}]0;PWNED\u{07}title \u{1B}[2J\u{1B}[31mred\u{1B}[0m \u{202E}reversed\n\nBody with \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ and \u{1B}]52;c;cHduZWQ=\u{07} clipboard and \u{1B}[5;5H cursor moves.\n"
        try evil.write(to: corpus.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let titleBefore = t.tmux(["display-message", "-p", "-t", t.session, "#{pane_title}"])
        t.run("'\(bin)' --corpus '\(corpus.path)'")
        let s = try #require(t.waitFor("1 of 1 article"), "reader did not start:\n\(t.screen)")
        #expect(s.contains("␛"), "escape shown as a placeholder")
        #expect(!s.contains("PWNED") || s.contains("␛]0;PWNED"), "the title sequence is shown, not obeyed")
        #expect(t.tmux(["display-message", "-p", "-t", t.session, "#{pane_title}"]) == titleBefore, "pane title unchanged")
        t.send("Q")
        #expect(t.shellIsBackAndSane())
    }
}
