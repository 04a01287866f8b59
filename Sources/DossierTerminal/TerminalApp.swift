import DossierKit
import DossierState
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
        run(options: options) { _, _ in corpus }
    }

    /// Like `run(corpus:options:)`, but the first frame comes at once: `loading` runs on a
    /// background thread, reports how far it has come to the progress it is given, and may hand
    /// partial corpora to the function it is given; the reader shows each and stays usable. A
    /// load that fails ends the reader with the error on stderr and status 1.
    public static func run(options: TUIOptions,
                           loading: @escaping @Sendable (LoadProgress, @escaping @Sendable (Corpus) -> Void) throws -> Corpus) -> Int32 {
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

        // Load in the background. The first frame comes at once; the timeline fills in with each
        // partial corpus and keys work all along.
        let progress = LoadProgress()
        let box = LoadResult()
        Thread.detachNewThread { box.finish(Result { try loading(progress, { box.offer($0) }) }) }
        var state = AppState(corpus: Corpus(root: URL(fileURLWithPath: "/"), articles: [], problems: [], entities: [:]),
                             label: options.corpusLabel, width: screen.width, height: screen.height,
                             themes: themes, themeName: options.themeName, keymap: keymap, mouse: options.mouse)
        state.monochrome = screen.depth == .monochrome
        if let k = keyProblem { state.message = StatusMessage("keys \(k); using the default keys", isError: true) }
        var session: ReadingSession?
        defer {
            session?.finish()
            screen.stop()
            if let w = session?.warning { TerminalCheck.complain("dossier: " + w) }
        }

        var loaded = false
        var dirty = true
        while true {
            if let sig = signals.received { return sig == SIGINT ? 0 : 128 + sig }
            if !loaded {
                switch box.take() {
                case .failure(let e)?:
                    screen.stop()
                    TerminalCheck.complain("dossier: \(e)")
                    return 1
                case .success(let (corpus, final))?:
                    if session == nil {
                        let s = ReadingSession(file: options.stateFile, corpusKey: StatePaths.corpusKey(corpus.root))
                        s.load(into: &state, fresh: options.fresh)
                        if let w = s.warning { state.message = StatusMessage(w, isError: true) }
                        session = s
                    }
                    state.replaceCorpus(corpus, final: final)
                    if final {
                        loaded = true
                        // Hand back to the system what loading used and no longer needs.
                        Memory.giveBack()
                        if corpus.articles.isEmpty && state.message == nil {
                            state.message = StatusMessage("No articles found in \(options.corpusLabel)", isError: true)
                        }
                    }
                    dirty = true
                case nil: break
                }
                let p = progress.snapshot
                let text: String? = loaded ? nil
                    : p.stage == .reading && p.total > 0 ? "reading \(p.done) of \(p.total) files…"
                    : p.stage == .saving ? "saving the index…"
                    : p.stage == .linking || p.stage == .done ? "linking \(p.total) articles…" : "looking for articles…"
                if text != state.loading { state.loading = text; dirty = true }
            }
            if dirty {
                screen.draw(Renderer.render(state), theme: state.resolvedTheme)
                dirty = false
            }
            guard let event = screen.nextEvent() else { continue }
            if case .resize = event { screen.resized() }
            let effects = state.handle(event)
            session?.record(effects, state)
            if let f = session?.takeFailure() { state.message = StatusMessage(f, isError: true) }
            dirty = true
            if effects.contains(.quit) { return 0 }
            if effects.contains(.redrawAll) { screen.invalidate() }
        }
    }
}

/// What the background load hands the main loop: partial corpora, then the outcome.
final class LoadResult: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: Corpus?
    private var outcome: Result<Corpus, Error>?

    /// A partial corpus; an older one not taken yet is dropped.
    func offer(_ c: Corpus) { lock.lock(); latest = c; lock.unlock() }
    func finish(_ r: Result<Corpus, Error>) { lock.lock(); outcome = r; latest = nil; lock.unlock() }

    /// The outcome when the load has ended (final: true), else the newest partial corpus, once.
    func take() -> Result<(Corpus, final: Bool), Error>? {
        lock.lock(); defer { lock.unlock() }
        if let o = outcome { outcome = nil; return o.map { ($0, true) } }
        defer { latest = nil }
        return latest.map { .success(($0, false)) }
    }
}

/// Returns freed heap pages to the system (glibc keeps them otherwise): a load builds and drops
/// partial corpora and per-file working data several times the size of what stays.
enum Memory {
    static func giveBack() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(f, to: Trim.self)(0)
    }
}
