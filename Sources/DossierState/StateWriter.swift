import Dispatch
import DossierKit
import Foundation

/// Writes reading-state changes off the keypress path: `enqueue` only appends to a list; a
/// serial background queue commits what has gathered in one transaction at most every
/// `interval` seconds, and `flush()` (on quit) commits the rest and waits for it.
///
/// A process killed outright loses at most the changes of the last `interval` plus one commit;
/// SQLite's WAL keeps the file consistent whatever the moment.
public final class StateWriter: @unchecked Sendable {
    public let store: StateStore
    public let interval: TimeInterval
    private let queue = DispatchQueue(label: "dossier.state.writer", qos: .utility)
    private let lock = NSLock()
    private var pending: [StateChange] = []
    private var scheduled = false
    private var failure: String?
    private var reported = false
    private var commits = 0

    public static let defaultInterval: TimeInterval = 0.25

    public init(store: StateStore, interval: TimeInterval = StateWriter.defaultInterval) {
        self.store = store; self.interval = interval
    }

    /// Queues a change; it reaches the file within `interval` (a few microseconds here).
    public func enqueue(_ change: StateChange) { enqueue([change]) }

    public func enqueue(_ changes: [StateChange]) {
        guard !changes.isEmpty else { return }
        lock.lock()
        pending.append(contentsOf: changes)
        let schedule = !scheduled
        scheduled = true
        lock.unlock()
        if schedule {
            queue.asyncAfter(deadline: .now() + interval) { [self] in commitPending() }
        }
    }

    /// Commits everything queued so far and waits until it is in the file.
    public func flush() {
        queue.sync { commitPending() }
    }

    /// A write failure not yet shown to the user (returned once).
    public func takeFailure() -> String? {
        lock.lock(); defer { lock.unlock() }
        guard let f = failure, !reported else { return nil }
        reported = true
        return f
    }

    /// How many transactions have been committed (for measurements).
    public var commitCount: Int { lock.lock(); defer { lock.unlock() }; return commits }

    private func commitPending() {
        lock.lock()
        let batch = StateWriter.coalesce(pending)
        pending.removeAll(keepingCapacity: true)
        scheduled = false
        lock.unlock()
        guard !batch.isEmpty else { return }
        do {
            try store.apply(batch)
            lock.lock(); commits += 1; if failure != nil { failure = nil; reported = false }; lock.unlock()
        } catch {
            // Keep the changes and try again later (another process may hold the file a while).
            lock.lock()
            pending.insert(contentsOf: batch, at: 0)
            if failure == nil { failure = "reading state not saved: \(StateStore.short(error))" }
            let schedule = !scheduled
            scheduled = true
            lock.unlock()
            if schedule { queue.asyncAfter(deadline: .now() + max(interval, 1)) { [self] in commitPending() } }
        }
    }

    /// Keeps only the last position per corpus; marks keep their order.
    static func coalesce(_ changes: [StateChange]) -> [StateChange] {
        var lastPosition: [String: Int] = [:]
        for (i, c) in changes.enumerated() { if case .position(let corpus, _) = c { lastPosition[corpus] = i } }
        return changes.enumerated().compactMap { i, c in
            if case .position(let corpus, _) = c, lastPosition[corpus] != i { return nil }
            return c
        }
    }
}
