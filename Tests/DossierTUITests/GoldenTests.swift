import DossierKit
import DossierState
@testable import DossierTUI
import Foundation
import Testing

/// Screens rendered into the in-memory grid and compared with files under Golden/.
/// Re-record with `DOSSIER_RECORD=1 swift test --filter GoldenTests`, then review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" }

    static func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = state.screen.joined(separator: "\n") + "\n"
        let url = folder.appendingPathComponent(name + ".txt")
        let old = try? String(contentsOf: url, encoding: .utf8)
        if recording || old == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded new golden screen \(name).txt; review it and run again", sourceLocation: sourceLocation) }
            return
        }
        guard let old, old != text else { return }
        let a = old.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
        let firstDiff = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("""
            golden screen \(name) differs at line \(firstDiff + 1) (DOSSIER_RECORD=1 re-records):
            expected: \(firstDiff < a.count ? a[firstDiff] : "<end>")
            actual:   \(firstDiff < b.count ? b[firstDiff] : "<end>")
            --- actual screen ---
            \(text)
            """, sourceLocation: sourceLocation)
    }
}

@Suite("Golden screens")
struct GoldenTests {
    @Test("reading screen at 120×40, 80×24 and 40×12", arguments: [(120, 40), (80, 24), (40, 12)])
    func reading(size: (Int, Int)) {
        Golden.check("reading-\(size.0)x\(size.1)", Fixtures.state(size.0, size.1))
    }

    @Test("single-pane tabs at 40×12: article and entities")
    func singlePaneTabs() {
        var s = Fixtures.state(40, 12)
        s.press("2")
        Golden.check("article-40x12", s)
        s.press("3")
        Golden.check("sidebar-40x12", s)
    }

    @Test("80×24: the sidebar in the article's place while it has focus")
    func narrowSidebar() {
        var s = Fixtures.state(80, 24)
        s.press("3")
        Golden.check("sidebar-80x24", s)
    }

    @Test("an official's page at 120×40 and 80×24")
    func officialPage() {
        var s = Fixtures.state(120, 40)
        s.press("3", "Enter")
        Golden.check("entity-official-120x40", s)
        var n = Fixtures.state(80, 24)
        n.press("3", "Enter")
        Golden.check("entity-official-80x24", n)
    }

    @Test("a country's page at 80×24")
    func countryPage() {
        var s = Fixtures.state(80, 24)
        _ = s.runCommand("entity Estmark")
        Golden.check("entity-country-80x24", s)
    }

    @Test("the selected mention and wide characters")
    func mentionsAndWideText() {
        var s = Fixtures.state(120, 40)
        s.press("Tab", "Tab")
        Golden.check("mention-selected-120x40", s)
        var w = Fixtures.state(80, 24)
        w.press("j", "2")
        Golden.check("wide-text-80x24", w)
    }

    @Test("help overlay at 120×40 and 80×24")
    func help() {
        var s = Fixtures.state(120, 40)
        s.press("?")
        Golden.check("help-120x40", s)
        var n = Fixtures.state(80, 24)
        n.press("?")
        Golden.check("help-80x24", n)
    }

    @Test("filter picker, search and an empty filtered timeline")
    func filters() {
        var p = Fixtures.state(80, 24)
        p.press("f")
        p.type("est")
        Golden.check("picker-80x24", p)

        var s = Fixtures.state(120, 40)
        s.press("/"); s.type("energy"); s.press("Enter")
        s.press("n")
        Golden.check("search-120x40", s)

        var e = Fixtures.state(120, 40)
        _ = e.runCommand("country Norland")
        _ = e.runCommand("since 2026-01-01")
        Golden.check("filtered-empty-120x40", e)
    }

    @Test("command prompt with completion at 80×24")
    func commandPrompt() {
        var s = Fixtures.state(80, 24)
        s.press(":"); s.type("cou"); s.press("Tab"); s.type("E"); s.press("Tab")
        Golden.check("command-80x24", s)
    }

    @Test("read marks and stars: unread dots and bold, ★ in the timeline and sidebar, the unread count")
    func marks() {
        var s = Fixtures.state(120, 40)
        s.applyReadingState(ReadingState(read: [ArticleID("002_visit.txt")]))
        s.press("s", "3", "s", "1")
        Golden.check("marks-120x40", s)
        Golden.checkStyles("marks-120x40", s)
    }

    @Test("the starred page, and with nothing starred")
    func starred() {
        var s = Fixtures.state(120, 40)
        s.applyReadingState(ReadingState(read: [ArticleID("001_pipeline.txt")], starredArticles: [ArticleID("001_pipeline.txt"), ArticleID("003_council.txt")],
                                         starredEntities: [GoldenCorpus.rivera, GoldenCorpus.norland, GoldenCorpus.energy]))
        s.press("S")
        Golden.check("starred-120x40", s)
        var e = Fixtures.state(80, 24)
        e.press("S")
        Golden.check("starred-empty-80x24", e)
    }

    @Test("terminal too small")
    func tooSmall() {
        Golden.check("too-small-19x5", Fixtures.state(19, 5))
    }
}

extension Golden {
    /// The styles of a screen as letters, one per cell, with a legend: shows where highlights
    /// fall without depending on colour values.
    static func styleMap(_ state: AppState) -> String {
        let g = Renderer.render(state)
        var legend: [Style: Character] = [:]
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for y in 0..<g.height {
            var row = ""
            for x in 0..<g.width where !g[x, y].isContinuation {
                let st = g[x, y].style
                if legend[st] == nil { legend[st] = letters[min(legend.count, letters.count - 1)] }
                row.append(legend[st]!)
            }
            rows.append(row)
        }
        let theme = state.resolvedTheme
        let names = legend.sorted { $0.value < $1.value }.map { style, letter in
            let roles = ThemeRole.allCases.filter { theme[$0] == style }.map(\.rawValue)
            return "\(letter) = \(roles.isEmpty ? "(combined)" : roles.prefix(3).joined(separator: ", "))"
        }
        return (rows + [""] + names).joined(separator: "\n") + "\n"
    }

    static func checkStyles(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = styleMap(state)
        let url = folder.appendingPathComponent(name + ".styles.txt")
        let old = try? String(contentsOf: url, encoding: .utf8)
        if recording || old == nil {
            try! text.write(to: url, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded new style map \(name)", sourceLocation: sourceLocation) }
            return
        }
        #expect(old == text, "style map \(name) changed (DOSSIER_RECORD=1 re-records)", sourceLocation: sourceLocation)
    }
}

@Suite("Golden style maps")
struct GoldenStyleTests {
    @Test("mentions coloured by kind, the selected one standing out, focus on the article border")
    func mentionStyles() {
        var s = Fixtures.state(120, 40)
        s.press("Tab", "Tab")
        Golden.checkStyles("mention-selected-120x40", s)
    }

    @Test("search matches highlighted in the article")
    func searchStyles() {
        var s = Fixtures.state(80, 24)
        s.press("/"); s.type("energy"); s.press("Enter", "n")
        Golden.checkStyles("search-80x24", s)
    }
}
