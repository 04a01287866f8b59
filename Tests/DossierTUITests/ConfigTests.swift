import DossierKit
@testable import DossierTUI
import Foundation
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test("the four shipped themes load without problems")
    func shipped() {
        #expect(Fixtures.themes.problems.isEmpty)
        #expect(Array(Fixtures.themes.names.prefix(4)) == ["dark", "light", "high-contrast", "mono"])
    }

    @Test("the compiled-in default equals themes/dark.toml")
    func builtinInSync() throws {
        let file = try String(contentsOf: Fixtures.repo.appendingPathComponent("themes/dark.toml"), encoding: .utf8)
        #expect(file == BuiltinTheme.dark + "\n" || file == BuiltinTheme.dark)
        #expect(ThemeCatalog.builtin.specs == Fixtures.themes.theme(named: "dark")!.specs)
    }

    @Test("unset roles inherit: timeline.selected → selection → text")
    func inheritance() throws {
        let t = try ThemeLoader.parse("""
            [roles]
            text = { fg = "white" }
            selection = { bg = 17, attrs = ["bold"] }
            """, file: "t.toml")
        let s = t.style(.timelineSelected)
        #expect(s == Style(fg: .indexed(7), bg: .indexed(17), attrs: [.bold]))
        #expect(t.style(.mentionCountry).fg == .indexed(7))
    }

    @Test("colours as names, 0–255, #rrggbb and palette names", arguments: [
        ("red", Color.indexed(1)), ("bright-blue", .indexed(12)), ("208", .indexed(208)), ("#ff8000", .rgb(255, 128, 0)),
        ("default", .default),
    ])
    func colours(sample: (String, Color)) {
        #expect(ThemeLoader.color(named: sample.0) == sample.1)
    }

    @Test("a bad theme names the file and line")
    func badTheme() {
        let bad = """
            name = "oops"
            [roles]
            text = { fg = "white" }
            border = { fg = "chartreuse-ish" }
            """
        #expect(throws: ConfigError.self) { try ThemeLoader.parse(bad, file: "themes/oops.toml") }
        do { _ = try ThemeLoader.parse(bad, file: "themes/oops.toml") } catch let e as ConfigError {
            #expect(e.line == 4)
            #expect(e.description.hasPrefix("themes/oops.toml:4:"))
        } catch {}
        do { _ = try ThemeLoader.parse("[roles\ntext = 1", file: "x.toml") } catch let e as ConfigError {
            #expect(e.line == 1)
        } catch {}
        do { _ = try ThemeLoader.parse("[roles]\n\"no.such.role\" = \"red\"", file: "x.toml") } catch let e as ConfigError {
            #expect(e.line == 2 && e.message.contains("unknown role"))
        } catch {}
    }

    @Test("a bad user theme shows in the status line and the default is used")
    func badThemeAtStart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "name = \"broken\"\n[roles]\ntext = { fg = 999 }\n".write(to: dir.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let cat = ThemeCatalog.load(directories: [Fixtures.repo.appendingPathComponent("themes"), dir])
        #expect(cat.problems.count == 1)
        let s = AppState(corpus: GoldenCorpus.corpus, label: "g", width: 120, height: 40, themes: cat, themeName: "broken")
        #expect(s.theme.name == "dark")
        #expect(s.message?.isError == true)
        #expect(s.message?.text.contains("broken.toml:3") == true)
    }

    @Test("user themes are found in $XDG_CONFIG_HOME/dossier/themes")
    func userThemeDirectory() {
        let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": "/tmp/cfg", "HOME": "/tmp/home"], executable: nil,
                                currentDirectory: Fixtures.repo)
        #expect(paths.themeDirectories.last?.path == "/tmp/cfg/dossier/themes")
        #expect(paths.shippedThemes?.lastPathComponent == "themes")
        #expect(paths.keymapFile.path == "/tmp/cfg/dossier/keys.toml")
    }

    @Test("colours map down: 24-bit → 256 → 8 → none")
    func depth() {
        let orange = Color.rgb(0xE5, 0xA5, 0x0A)
        #expect(orange.index(for: .full).map { (16...231).contains($0) } == true)
        #expect(orange.index(for: .eight) == 3, "orange becomes yellow on 8 colours")
        #expect(Color.indexed(244).index(for: .eight).map { $0 < 8 } == true)
        #expect(Color.indexed(5).index(for: .eight) == 5)
        #expect(orange.index(for: .monochrome) == nil)
        #expect(Color.default.index(for: .full) == nil)
        #expect(ColorDepth.forTerminal(colors: 256, noColor: true) == .monochrome, "NO_COLOR wins")
        #expect(ColorDepth.forTerminal(colors: 8, noColor: false) == .eight)
        #expect(ColorDepth.forTerminal(colors: 0, noColor: false) == .monochrome)
    }

    @Test("monochrome keeps selections and mentions visible")
    func monochrome() {
        let t = Fixtures.themes.theme(named: "dark")!.resolved().monochrome()
        #expect(t[.selection].attrs.contains(.reverse))
        #expect(!t[.mentionCountry].attrs.isEmpty)
        #expect(t.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
    }
}

@Suite("Keymap and help")
struct KeymapTests {
    @Test("every default key of the issue is bound", arguments: [
        ("j", Action.moveDown), ("Down", .moveDown), ("k", .moveUp), ("Up", .moveUp), ("Space", .pageDown), ("PgDn", .pageDown),
        ("b", .pageUp), ("PgUp", .pageUp), ("C-d", .halfPageDown), ("C-u", .halfPageUp), ("g", .first), ("Home", .first),
        ("G", .last), ("End", .last), ("h", .focusLeft), ("Left", .focusLeft), ("l", .focusRight), ("Right", .focusRight),
        ("1", .focusTimeline), ("2", .focusArticle), ("3", .focusSidebar), ("Tab", .nextMention), ("S-Tab", .previousMention),
        ("Enter", .open), ("<", .back), ("Backspace", .back), (">", .forward), ("/", .search), ("n", .searchNext),
        ("N", .searchPrevious), ("f", .filterPicker), ("=", .filterAdd), ("F", .filterClear), (":", .command),
        ("T", .nextTheme), ("?", .help), ("q", .close), ("Q", .quit), ("C-c", .quit), ("C-l", .redraw),
    ])
    func defaults(binding: (String, Action)) {
        #expect(Keymap.defaults.action(for: Key(name: binding.0)!) == binding.1)
    }

    @Test("keys.toml rebinds, unbinds, and reports mistakes with file and line")
    func file() throws {
        let map = try Keymap.parse("""
            [bindings]
            move-down = ["j", "C-n"]
            quit = "x"
            redraw = []
            """, file: "keys.toml")
        #expect(map.action(for: .ctrl("n")) == .moveDown)
        #expect(map.action(for: .down) == nil)
        #expect(map.action(for: .char("x")) == .quit)
        #expect(map.action(for: .char("Q")) == nil)
        #expect(map.action(for: .ctrl("l")) == nil)
        do { _ = try Keymap.parse("[bindings]\nmove-down = \"j\"\nfly = \"w\"\n", file: "keys.toml"); Issue.record("no error") }
        catch let e as ConfigError { #expect(e.line == 3 && e.message.contains("fly")) }
        do { _ = try Keymap.parse("[bindings]\nquit = \"Hyper-Q\"\n", file: "keys.toml"); Issue.record("no error") }
        catch let e as ConfigError { #expect(e.line == 2) }
    }

    @Test("key names round-trip")
    func keyNames() {
        for k in Keymap.defaults.bindings.keys { #expect(Key(name: k.description) == k) }
    }

    @Test("the help overlay lists every action with its current keys")
    func helpMatchesTable() {
        var map = Keymap.defaults
        map.bind(.moveDown, to: [.ctrl("n")])
        let entries = HelpOverlay.entries(keymap: map)
        for a in Action.allCases {
            let row = entries.first { $0.text == a.help }
            #expect(row != nil, "help lists \(a.rawValue)")
            let keys = map.keys(for: a).map(\.label).joined(separator: " ")
            #expect(row?.keys == (keys.isEmpty ? "(unbound)" : keys))
        }
        #expect(entries.first { $0.text == Action.moveDown.help }?.keys == "C-n")
        for c in Command.allCases { #expect(entries.contains { $0.keys?.hasPrefix(":" + c.rawValue) == true }) }
        // And the rendered overlay shows them.
        var s = Fixtures.state(120, 200)
        s.press("?")
        let text = s.screenText
        for a in Action.allCases { #expect(text.contains(a.help), "overlay shows \(a.rawValue)") }
    }

    @Test("a rebound key works in the app")
    func reboundInApp() {
        var map = Keymap.defaults
        map.bind(.moveDown, to: [.char("x")])
        var s = Fixtures.state(keymap: map)
        s.press("x")
        #expect(s.timelineSelection == 1)
        s.press("j")
        #expect(s.timelineSelection == 1)
    }
}

@Suite("Layout")
struct LayoutTests {
    @Test("modes by width and height", arguments: [
        (120, 40, LayoutMode.three), (200, 50, .three), (119, 30, .narrow), (80, 24, .narrow), (79, 24, .single),
        (20, 6, .single), (19, 6, .tooSmall), (20, 5, .tooSmall),
    ])
    func modes(sample: (Int, Int, LayoutMode)) {
        #expect(ScreenLayout(width: sample.0, height: sample.1, focus: .timeline, wideContent: false).mode == sample.2)
    }

    @Test("panes never overlap and stay on screen", arguments: [20, 40, 60, 79, 80, 100, 119, 120, 160, 300])
    func noOverlap(width: Int) {
        for h in [6, 12, 24, 40] {
            for focus in Pane.allCases {
                for wide in [false, true] {
                    let l = ScreenLayout(width: width, height: h, focus: focus, wideContent: wide)
                    let rects = [l.timeline, l.content, l.sidebar].compactMap { $0 } + [l.statusBar, l.bottomLine] + (l.tabLine.map { [$0] } ?? [])
                    let screen = Rect(x: 0, y: 0, width: width, height: h)
                    for (i, r) in rects.enumerated() {
                        #expect(r.intersection(screen) == r)
                        for o in rects[(i + 1)...] { #expect(r.intersection(o).isEmpty) }
                    }
                }
            }
        }
    }

    @Test("nothing is drawn outside the grid at any size, whatever the state")
    func renderEverySize() {
        var s = Fixtures.state()
        s.press("Tab", "Enter")
        for w in stride(from: 1, through: 130, by: 7) {
            for h in stride(from: 1, through: 45, by: 4) {
                _ = s.handle(.resize(width: w, height: h))
                let g = Renderer.render(s)
                #expect(g.lines.count == h)
                #expect(g.lines.allSatisfy { DisplayWidth.of($0) <= w })
            }
        }
    }
}

@Suite("Colour mapping")
struct ColourMappingTests {
    @Test("8 colours: greys become black or white, colours keep their hue", arguments: [
        (Color.indexed(244), 7), (.indexed(236), 0), (.rgb(0xE5, 0xA5, 0x0A), 3), (.rgb(0x8A, 0xB4, 0xF8), 4),
        (.rgb(0x81, 0xC9, 0x95), 2), (.rgb(0xC5, 0x8A, 0xF9), 5), (.rgb(0xF2, 0x8B, 0x82), 1), (.rgb(0x78, 0xD9, 0xEC), 6),
        (.indexed(252), 7), (.rgb(0xFA, 0xFA, 0xFA), 7),
    ])
    func eight(sample: (Color, Int)) {
        #expect(sample.0.index(for: .eight) == sample.1)
    }
}
