import DossierKit
import DossierState
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

/// Loads a corpus on a background thread: reports progress, may hand partial corpora to the
/// function it is given, and returns the whole corpus or throws.
public typealias CorpusLoading = @Sendable (LoadProgress, @escaping @Sendable (Corpus) -> Void) throws -> Corpus

/// The reader's loop, over any backend: loading arrives as events, every event goes through
/// `AppState.handle`, effects go to the reading-state writer, and frames go to the backend.
public enum Runtime {
    /// How a run ended.
    public enum Outcome {
        /// The user quit.
        case quit
        /// A signal ended the run.
        case signal(Int32)
        /// The corpus could not be loaded.
        case loadFailed(any Error)
    }

    /// Runs until the user quits, a signal comes or the load fails. `state` is the reader as it
    /// starts (empty corpus, the terminal's size); `notices` are shown before the first frame.
    /// `live`, when given, watches the folder from before the load and, once it is loaded, hands
    /// the loop newer corpora as files are added, changed or removed.
    /// Returns the outcome, the final state, and a warning about the reading state to print
    /// after the screen is gone.
    public static func run(backend: Backend, state initial: AppState, options: TUIOptions, notices: [StatusMessage] = [],
                           loading: @escaping CorpusLoading, live: LiveCorpus? = nil) -> (outcome: Outcome, state: AppState, warning: String?) {
        var state = initial
        for n in notices { _ = state.handle(.notice(n)) }
        // Load in the background. The first frame comes at once; the timeline fills in with each
        // partial corpus and keys work all along. Watching starts first, so that nothing that
        // changes while the load runs is missed.
        let progress = LoadProgress()
        let box = LoadResult()
        let updates = LiveEvents()
        Thread.detachNewThread {
            live?.start()
            box.finish(Result { try loading(progress, { box.offer($0) }) })
        }
        defer { live?.stop() }

        var session: ReadingSession?
        defer { session?.finish() }
        func end(_ o: Outcome) -> (Outcome, AppState, String?) { (o, state, session?.warning) }

        var loaded = false
        var lastProgress: (LoadProgress.Stage, Int, Int)?
        var dirty = true
        while true {
            if let sig = backend.interruption { return end(.signal(sig)) }
            if !loaded {
                switch box.take() {
                case .failure(let e)?:
                    return end(.loadFailed(e))
                case .success(let (corpus, final))?:
                    if session == nil {
                        let s = ReadingSession(file: options.stateFile, corpusKey: StatePaths.corpusKey(inputs: corpus.inputs))
                        if let r = s.load() { _ = state.handle(.readingStateLoaded(r, restorePosition: !options.fresh)) }
                        if let w = s.warning { _ = state.handle(.notice(StatusMessage(w, isError: true))) }
                        session = s
                    }
                    _ = state.handle(.corpusLoaded(corpus, final: final))
                    LoadTrace.mark(final ? "reader: whole corpus taken" : "reader: partial corpus taken")
                    if final {
                        loaded = true
                        backend.loadFinished()
                        live?.follow(corpus) { updates.push($0) }
                    }
                    dirty = true
                case nil: break
                }
                let p = progress.snapshot
                if !loaded, lastProgress.map({ $0 != (p.stage, p.done, p.total) }) ?? true {
                    let before = state.loading
                    _ = state.handle(.progress(p.stage, done: p.done, total: p.total))
                    lastProgress = (p.stage, p.done, p.total)
                    if state.loading != before { dirty = true }
                }
            }
            // Live updates: taken on this thread, read and linked on the watching one.
            for e in updates.take() {
                switch e {
                case .updating(let n): _ = state.handle(.corpusUpdating(files: n))
                case .updated(let u):
                    _ = state.handle(.corpusUpdated(u.corpus, u.changes))
                    backend.loadFinished()
                case .failed(let why): _ = state.handle(.corpusUpdateFailed(why))
                }
                dirty = true
            }
            if dirty {
                backend.draw(Renderer.render(state), theme: state.resolvedTheme)
                dirty = false
                if LoadTrace.enabled { LoadTrace.mark("reader: frame drawn") }
            }
            guard let event = backend.nextEvent() else { continue }
            if case .resize = event { backend.resized() }
            let effects = state.handle(event)
            session?.record(effects, state)
            if let f = session?.takeFailure() { _ = state.handle(.notice(StatusMessage(f, isError: true))) }
            dirty = true
            if effects.contains(.quit) { return end(.quit) }
            if effects.contains(.redrawAll) { backend.invalidate() }
        }
    }
}

/// What the watching thread hands the loop, in order.
final class LiveEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [LiveCorpus.Event] = []
    func push(_ e: LiveCorpus.Event) { lock.lock(); events.append(e); lock.unlock() }
    func take() -> [LiveCorpus.Event] {
        lock.lock(); defer { lock.unlock() }
        defer { events = [] }
        return events
    }
}

/// What the background load hands the loop: partial corpora, then the outcome.
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
