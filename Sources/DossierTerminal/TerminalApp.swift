import DossierKit
import DossierTUI
import Foundation

/// How the reader starts.
public struct TUIOptions: Sendable {
    /// A theme name (shipped or from $XDG_CONFIG_HOME/dossier/themes); nil: the default.
    public var themeName: String?
    /// Capture the mouse (click to select, wheel to scroll).
    public var mouse: Bool = true
    /// How the status bar names the corpus ("seeds").
    public var corpusLabel: String
    /// The reading-state file (nil: remember nothing).
    public var stateFile: URL?
    /// Start at the newest article with no filters instead of the last position.
    public var fresh = false

    public init(themeName: String? = nil, mouse: Bool = true, corpusLabel: String, stateFile: URL? = nil, fresh: Bool = false) {
        self.themeName = themeName; self.mouse = mouse; self.corpusLabel = corpusLabel
        self.stateFile = stateFile; self.fresh = fresh
    }
}

/// The full-screen reader on a real terminal.
public enum TerminalApp {
    /// Runs the reader until the user quits or a signal ends it. Returns the exit status:
    /// 0 on a normal quit, 2 when there is no usable terminal (one line on stderr, nothing
    /// written to stdout), 128+signal after SIGTERM/SIGHUP/SIGINT.
    public static func run(corpus: Corpus, options: TUIOptions) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        if let problem = TerminalCheck.problem(environment: env, stdinIsTTY: isatty(0) == 1, stdoutIsTTY: isatty(1) == 1) {
            TerminalCheck.complain(problem)
            return 2
        }
        Locale8.ensureUTF8()
        let paths = ConfigPaths(environment: env)
        let themes = ThemeCatalog.load(directories: paths.themeDirectories)
        let (keymap, keyProblem) = paths.loadKeymap()

        let screen: Screen
        switch Screen.start(mouse: options.mouse, noColor: !(env["NO_COLOR"] ?? "").isEmpty) {
        case .success(let s): screen = s
        case .failure(let e):
            TerminalCheck.complain(e.message)
            return 2
        }
        let signals = SignalWatcher()
        CrashGuard.install()
        let session = ReadingSession(file: options.stateFile, corpusKey: StatePaths.corpusKey(corpus.root))
        defer {
            session.finish()
            screen.stop()
            if let w = session.warning { TerminalCheck.complain("dossier: " + w) }
        }

        var state = AppState(corpus: corpus, label: options.corpusLabel, width: screen.width, height: screen.height,
                             themes: themes, themeName: options.themeName, keymap: keymap, mouse: options.mouse)
        state.monochrome = screen.depth == .monochrome
        session.load(into: &state, fresh: options.fresh)
        if let k = keyProblem { state.message = StatusMessage("keys \(k); using the default keys", isError: true) }
        if let w = session.warning { state.message = StatusMessage(w, isError: true) }
        if corpus.articles.isEmpty && state.message == nil {
            state.message = StatusMessage("No articles found in \(options.corpusLabel)", isError: true)
        }

        var dirty = true
        while true {
            if let sig = signals.received { return sig == SIGINT ? 0 : 128 + sig }
            if dirty {
                screen.draw(Renderer.render(state), theme: state.resolvedTheme)
                dirty = false
            }
            guard let event = screen.nextEvent() else { continue }
            if case .resize = event { screen.resized() }
            let effects = state.handle(event)
            session.record(effects, state)
            if let f = session.takeFailure() { state.message = StatusMessage(f, isError: true) }
            dirty = true
            if effects.contains(.quit) { return 0 }
            if effects.contains(.redrawAll) { screen.invalidate() }
        }
    }
}
