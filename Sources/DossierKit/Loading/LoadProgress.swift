import Foundation

/// How far a load has come: files found, files read and extracted, and the current stage.
/// Updated from the loading threads, read from any other.
public final class LoadProgress: @unchecked Sendable {
    public enum Stage: String, Sendable { case listing, reading, linking, saving, done }
    private let lock = NSLock()
    private var _stage = Stage.listing, _done = 0, _total = 0

    public init() {}

    public var snapshot: (stage: Stage, done: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        return (_stage, _done, _total)
    }

    func begin(_ stage: Stage, total: Int? = nil) {
        lock.lock(); _stage = stage; if let total { _total = total; _done = 0 }; lock.unlock()
    }

    func step() { lock.lock(); _done += 1; lock.unlock() }
}
