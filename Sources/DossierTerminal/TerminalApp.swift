import DossierKit
import DossierTUI
import Foundation

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
    /// load that fails ends the reader with the error on stderr and status 1. `live`, when
    /// given, keeps the corpus up to date while its folder changes.
    public static func run(options: TUIOptions,
                           loading: @escaping CorpusLoading, live: LiveCorpus? = nil) -> Int32 {
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
        let backend = TerminalBackend(screen: screen, signals: SignalWatcher())
        CrashGuard.install()
        let state = AppState(corpus: Corpus(root: URL(fileURLWithPath: "/"), articles: [], problems: [], entities: [:]),
                             label: options.corpusLabel, width: screen.width, height: screen.height,
                             themes: themes, themeName: options.themeName, keymap: keymap, mouse: options.mouse,
                             monochrome: screen.depth == .monochrome)
        let notices = keyProblem.map { [StatusMessage("keys \($0); using the default keys", isError: true)] } ?? []
        let (outcome, _, warning) = Runtime.run(backend: backend, state: state, options: options, notices: notices, loading: loading,
                                                      live: live)
        screen.stop()
        defer { if let w = warning { TerminalCheck.complain("dossier: " + w) } }
        switch outcome {
        case .quit: return 0
        case .signal(let sig): return sig == SIGINT ? 0 : 128 + sig
        case .loadFailed(let e):
            TerminalCheck.complain("dossier: \(e)")
            return 1
        }
    }
}

/// The ncurses screen and the signal watcher as the runtime's backend.
final class TerminalBackend: Backend {
    let screen: Screen
    let signals: SignalWatcher
    init(screen: Screen, signals: SignalWatcher) { self.screen = screen; self.signals = signals }

    var width: Int { screen.width }
    var height: Int { screen.height }
    func draw(_ grid: CellGrid, theme: ResolvedTheme) { screen.draw(grid, theme: theme) }
    func nextEvent() -> Event? { screen.nextEvent() }
    func resized() { screen.resized() }
    func invalidate() { screen.invalidate() }
    var interruption: Int32? { signals.received }
    // Hand back to the system what loading used and no longer needs.
    func loadFinished() { screen.settle(); Memory.giveBack() }
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
