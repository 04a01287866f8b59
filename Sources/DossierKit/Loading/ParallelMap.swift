import Foundation

/// A problem found on another thread.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var problem: LoadProblem?
    func set(_ p: LoadProblem) { lock.lock(); problem = p; lock.unlock() }
    var value: LoadProblem? { lock.lock(); defer { lock.unlock() }; return problem }
}

/// `map` over an array on every core, keeping order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(body) }
        let box = ResultBox<R>(count: items.count)
        run(count: items.count, into: box) { body(items[$0]) }
        return box.values()
    }

    /// Computes `body(i)` for every i in 0..<count on every core, storing each into `box` as it
    /// is done (so another thread can look at what is finished).
    static func run<R: Sendable>(count n: Int, into box: ResultBox<R>, _ body: @Sendable (Int) -> R) {
        let chunks = min(n, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        guard chunks > 0 else { return }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var i = c
            while i < n {
                box.set(i, body(i))
                i += chunks
            }
        }
    }

    final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ v: R) { lock.lock(); storage[i] = v; lock.unlock() }
        /// Every result, moved out (the box is empty afterwards): no result is copied.
        func values() -> [R] {
            lock.lock()
            var taken = storage
            storage = []
            lock.unlock()
            return taken.withUnsafeMutableBufferPointer { b in
                (0..<b.count).map { i in
                    let v = (b.baseAddress! + i).move()!
                    (b.baseAddress! + i).initialize(to: nil)
                    return v
                }
            }
        }
        /// The results finished so far, in index order.
        func completed() -> [R] { lock.lock(); defer { lock.unlock() }; return storage.compactMap { $0 } }
    }
}

/// A value computed on another thread from the moment it is made; `value` waits for it.
final class Prefetch<T>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var result: T?
    init(_ make: @escaping @Sendable () -> T) {
        DispatchQueue.global().async { [self] in result = make(); ready.signal() }
    }
    var value: T { ready.wait(); ready.signal(); return result! }
}
