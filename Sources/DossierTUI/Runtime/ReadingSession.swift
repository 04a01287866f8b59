import DossierKit
import DossierState
import Foundation

/// The reading state behind one run of the reader: loads marks, stars and the last position
/// into the state at start, and passes every change to a batched background writer.
final class ReadingSession {
    let store: StateStore?
    let writer: StateWriter?
    let corpusKey: String
    /// A warning to show (a damaged file moved aside, or no file at all).
    private(set) var warning: String?
    private var lastPosition: ReadingPosition?

    init(file: URL?, corpusKey: String) {
        self.corpusKey = corpusKey
        guard let file else { store = nil; writer = nil; return }
        let (store, warning) = StateStore.openOrRecover(at: file)
        self.store = store
        self.warning = warning
        writer = store.map { StateWriter(store: $0) }
    }

    /// Marks, stars and the last position, as the event that hands them to the reader (nil
    /// without a store, or when it cannot be read: `warning` says so).
    func load() -> ReadingState? {
        guard let store else { return nil }
        do {
            return try store.load(corpus: corpusKey)
        } catch {
            warning = warning ?? "reading state could not be read (\(error)); marks will not be saved"
            return nil
        }
    }

    /// Queues what changed: marks and stars from the effects, and the position when it moved.
    func record(_ effects: [Effect], _ state: AppState) {
        guard let writer else { return }
        var changes: [StateChange] = []
        for e in effects {
            switch e {
            case .setRead(let id, let read): changes.append(.read(id, read))
            case .setStar(let t, let on): changes.append(.star(t, on))
            default: break
            }
        }
        // A saved position not put back yet (still loading) stays as it was saved.
        let p = state.position
        if state.pendingPosition == nil, p != lastPosition { changes.append(.position(corpus: corpusKey, p)); lastPosition = p }
        writer.enqueue(changes)
    }

    /// A write failure to show once in the status bar.
    func takeFailure() -> String? { writer?.takeFailure() }

    /// Writes everything still queued and closes the file (on quit and on signals).
    func finish() {
        writer?.flush()
        try? store?.close()
    }
}
