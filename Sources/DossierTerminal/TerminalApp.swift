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
        run(options: options) { _ in corpus }
    }

    /// Like `run(corpus:options:)`, but the first frame comes at once: the corpus loads on a
    /// background thread while the screen shows how far it has come (q, Q or Ctrl-C quit
    /// meanwhile). A load that fails ends the reader with the error on stderr and status 1.
    public static func run(options: TUIOptions, loading: @escaping @Sendable (LoadProgress) throws -> Corpus) -> Int32 {
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

        // Load in the background; show progress until the corpus is there.
        let progress = LoadProgress()
        let box = LoadResult()
        Thread.detachNewThread { box.set(Result { try loading(progress) }) }
        var waiting = AppState(corpus: Corpus(root: URL(fileURLWithPath: "/"), articles: [], problems: [], entities: [:]),
                               label: options.corpusLabel, width: screen.width, height: screen.height,
                               themes: themes, themeName: options.themeName, keymap: keymap, mouse: options.mouse)
        waiting.monochrome = screen.depth == .monochrome
        var loaded: Corpus?
        while loaded == nil {
            if let sig = signals.received { screen.stop(); return sig == SIGINT ? 0 : 128 + sig }
            switch box.get() {
            case .success(let c)?: loaded = c; continue
            case .failure(let e)?:
                screen.stop()
                TerminalCheck.complain("dossier: \(e)")
                return 1
            case nil: break
            }
            let p = progress.snapshot
            let what = p.stage == .reading && p.total > 0 ? "reading \(p.done) of \(p.total) files" : p.stage == .linking ? "linking \(p.total) articles" : "looking for articles"
            waiting.message = StatusMessage("Loading \(options.corpusLabel): \(what)…", isError: false)
            screen.draw(Renderer.render(waiting), theme: waiting.resolvedTheme)
            guard let event = screen.nextEvent() else { continue }
            if case .resize = event { screen.resized() }
            let effects = waiting.handle(event)
            if effects.contains(.quit) { screen.stop(); return 0 }
        }
        let corpus = loaded!
        let session = ReadingSession(file: options.stateFile, corpusKey: StatePaths.corpusKey(corpus.root))
        defer {
            session.finish()
            screen.stop()
            if let w = session.warning { TerminalCheck.complain("dossier: " + w) }
        }

        var state = AppState(corpus: corpus, label: options.corpusLabel, width: waiting.width, height: waiting.height,
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

/// The outcome of the background load, handed to the main loop.
final class LoadResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Corpus, Error>?
    func set(_ v: Result<Corpus, Error>) { lock.lock(); value = v; lock.unlock() }
    func get() -> Result<Corpus, Error>? { lock.lock(); defer { lock.unlock() }; return value }
}
