import DossierKit
import DossierState
@testable import DossierTUI
import Foundation
import Testing

/// A backend in memory: keeps every frame and plays a script of keys, each step waiting until
/// the last frame shows what it needs.
final class HeadlessBackend: Backend {
    enum Step { case waitFor(String), keys([String]), type(String), run(() -> Void) }
    let width: Int, height: Int
    private var steps: [Step]
    private(set) var frames: [[String]] = []
    private var pending: [Event] = []
    private let deadline = Date().addingTimeInterval(20)
    private(set) var timedOut = false
    private(set) var loadsFinished = 0

    init(width: Int = 100, height: Int = 30, script: [Step]) {
        self.width = width; self.height = height; steps = script
    }

    var screen: String { frames.last?.joined(separator: "\n") ?? "" }

    func draw(_ grid: CellGrid, theme: ResolvedTheme) { frames.append(grid.lines) }
    func resized() {}
    func invalidate() {}
    func loadFinished() { loadsFinished += 1 }

    func nextEvent() -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        if Date() > deadline { timedOut = true; return .key(.ctrl("c")) }
        guard let step = steps.first else { Thread.sleep(forTimeInterval: 0.005); return nil }
        switch step {
        case .waitFor(let text):
            guard screen.contains(text) else { Thread.sleep(forTimeInterval: 0.005); return nil }
            steps.removeFirst()
            return nil
        case .keys(let names):
            steps.removeFirst()
            pending = names.map { .key(Key(name: $0)!) }
        case .type(let text):
            steps.removeFirst()
            pending = text.map { .key(.char($0)) }
        case .run(let action):
            steps.removeFirst()
            action()
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }
}

@Suite("Runtime, headless")
struct RuntimeTests {
    static func start(_ script: [HeadlessBackend.Step], stateFile: URL? = nil,
                      loading: @escaping CorpusLoading = { progress, partial in
                          var o = LoadOptions(); o.progress = progress; o.partial = partial
                          return try Corpus.load(from: Fixtures.repo.appendingPathComponent("seeds"), options: o)
                      }, live: LiveCorpus? = nil) -> (HeadlessBackend, Runtime.Outcome, AppState) {
        let backend = HeadlessBackend(script: script)
        let state = AppState(corpus: Corpus(root: URL(fileURLWithPath: "/"), articles: [], problems: [], entities: [:]),
                             label: "seeds", width: backend.width, height: backend.height, themes: Fixtures.themes)
        let (outcome, end, _) = Runtime.run(backend: backend, state: state,
                                            options: TUIOptions(corpusLabel: "seeds", stateFile: stateFile), loading: loading, live: live)
        return (backend, outcome, end)
    }

    @Test("load → keys → quit: the corpus arrives as events, keys filter and open, q quits, marks are saved")
    func loadKeysQuit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-runtime-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let stateFile = dir.appendingPathComponent("state.sqlite")
        let (backend, outcome, state) = Self.start([
            .waitFor("2 of 2 articles · 2 unread"),
            .keys([":"]), .type("filter country:Iran"), .keys(["Enter"]),
            .waitFor("filters: country Iran"),
            .keys(["Enter"]),
            .waitFor("1 unread"),
            .keys(["q", "q"]),
        ], stateFile: stateFile)
        #expect(!backend.timedOut, "the script stalled at:\n\(backend.screen)")
        guard case .quit = outcome else { Issue.record("ended with \(outcome)"); return }
        #expect(backend.loadsFinished == 1)
        #expect(state.loading == nil && state.corpus.articles.count == 2)
        #expect(state.currentQuery.description == "country:Iran")
        // The writer flushed on the way out: the mark and the position are in the store.
        let store = try StateStore.open(at: stateFile)
        let r = try store.load(corpus: StatePaths.corpusKey(Fixtures.repo.appendingPathComponent("seeds")))
        #expect(r.read.count == 1)
        #expect(r.position?.filter.entities == ["country:iran"])
    }

    @Test("a load that fails ends the run with its error")
    func loadFails() {
        struct Boom: Error {}
        let (_, outcome, _) = Self.start([], loading: { _, _ in throw Boom() })
        guard case .loadFailed(let e) = outcome else { Issue.record("ended with \(outcome)"); return }
        #expect(e is Boom)
    }
}
