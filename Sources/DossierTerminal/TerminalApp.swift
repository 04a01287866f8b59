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

    public init(themeName: String? = nil, mouse: Bool = true, corpusLabel: String) {
        self.themeName = themeName; self.mouse = mouse; self.corpusLabel = corpusLabel
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
        defer { screen.stop() }

        var state = AppState(corpus: corpus, label: options.corpusLabel, width: screen.width, height: screen.height,
                             themes: themes, themeName: options.themeName, keymap: keymap, mouse: options.mouse)
        state.monochrome = screen.depth == .monochrome
        if let k = keyProblem { state.message = StatusMessage("keys \(k); using the default keys", isError: true) }
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
            dirty = true
            if effects.contains(.quit) { return 0 }
            if effects.contains(.redrawAll) { screen.invalidate() }
        }
    }
}
