import Foundation

/// Keeps a loaded corpus up to date while its folder changes: a watching thread notices files
/// added, changed and removed (inotify, or polling), gathers a burst of changes into one batch,
/// reads the folder again (through the on-disk index, so only the files that changed are read
/// and extracted) and hands the newer corpus, with what changed, to `deliver`.
///
/// Watching starts before the first load (`start`), so nothing that changes while it runs is
/// missed; updates begin once that load is there (`follow`). Everything but `start`, `follow`
/// and `stop` happens on the watching thread.
public final class LiveCorpus: @unchecked Sendable {
    /// What the watching thread hands over.
    public enum Event: Sendable {
        /// Changes were seen; the folder is being read again.
        case updating(files: Int)
        /// The folder read again, and what changed.
        case updated(CorpusUpdate)
        /// The folder could not be read again (the corpus stays as it was).
        case failed(String)
    }

    public let folder: URL
    /// The mode asked for.
    public let mode: WatchMode
    let scope: WatchScope
    let timing: WatchTiming
    /// At most this many inotify watches before polling takes over (the kernel's limit unless a
    /// test sets a smaller one).
    var maxWatches = Int.max
    /// Reads the folder again (the files named read even when they look unchanged); may hand the
    /// corpus over early, before it returns (while the index is written).
    private let reload: @Sendable (_ reread: Set<String>, _ early: @escaping @Sendable (Corpus) -> Void) throws -> Corpus

    private let lock = NSLock()
    private var source: ChangeSource?
    private var active: WatchMode = .off
    private var baseline: Corpus?
    /// The followed corpus's comparison of its folder with the index, not made yet.
    private var pendingCheck: (@Sendable () -> Set<String>)?
    private var deliver: (@Sendable (Event) -> Void)?
    private var started = false
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Watches `folder` for files with `extensions` (ignoring `ignoring`, such as the index), in
    /// `mode`; `reload` reads the folder again, reading at least the files it is given (paths
    /// inside the folder that a watcher saw change) even when their size and time look unchanged.
    public convenience init(folder: URL, extensions: Set<String>, ignoring: [URL] = [], mode: WatchMode, timing: WatchTiming = WatchTiming(),
                            reload: @escaping @Sendable (_ reread: Set<String>) throws -> Corpus) {
        self.init(folder: folder, extensions: extensions, ignoring: ignoring, mode: mode, timing: timing) { reread, _ in try reload(reread) }
    }

    init(folder: URL, extensions: Set<String>, ignoring: [URL], mode: WatchMode, timing: WatchTiming,
         reload: @escaping @Sendable (_ reread: Set<String>, _ early: @escaping @Sendable (Corpus) -> Void) throws -> Corpus) {
        self.folder = folder
        self.mode = mode
        self.scope = WatchScope(folder: folder, extensions: extensions, ignoring: ignoring)
        self.timing = timing
        self.reload = reload
    }

    /// Watches the folder a corpus is loaded from with `options`: each update is a load with the
    /// same options (the same index), without progress or partial corpora, shown as soon as it is
    /// linked (the index is written meanwhile).
    public convenience init(folder: URL, options: LoadOptions, mode: WatchMode = .from(), timing: WatchTiming = WatchTiming()) {
        var options = options
        options.progress = nil
        options.partial = nil
        let base = options
        let ignored = options.indexFile.map { [$0] } ?? []
        self.init(folder: folder, extensions: options.extensions, ignoring: ignored, mode: mode, timing: timing) { reread, early in
            var o = base
            o.reread = reread
            o.linked = early
            return try Corpus.load(from: folder, options: o)
        }
    }

    /// The way changes are noticed now: `.inotify`, `.poll` once polling took over, `.off`
    /// before `start` or after `stop`.
    public var activeMode: WatchMode { lock.lock(); defer { lock.unlock() }; return active }

    /// Starts watching: sets the watches (or takes the first scan) on the calling thread, then
    /// watches on a thread of its own. Does nothing in mode `.off`, twice, or after `stop`.
    public func start() {
        lock.lock()
        guard mode != .off, !started, !stopped else { lock.unlock(); return }
        started = true
        lock.unlock()
        let s = makeSource(mode)
        lock.lock()
        source = s
        active = s == nil ? .off : (s is PollingSource ? .poll : .inotify)
        let go = s != nil && !stopped
        lock.unlock()
        guard go else { s?.close(); finished.signal(); return }
        Thread.detachNewThread { self.run() }
    }

    /// From now on, changes become updates of `corpus`, handed to `deliver` on the watching thread.
    public func follow(_ corpus: Corpus, deliver: @escaping @Sendable (Event) -> Void) {
        lock.lock()
        baseline = corpus
        pendingCheck = corpus.laterCheck
        self.deliver = deliver
        source?.wake()
        lock.unlock()
    }

    /// Stops watching. `wait` also waits for the watching thread to end (an update under way
    /// finishes first).
    public func stop(wait: Bool = false) {
        lock.lock()
        let running = started && !stopped && source != nil
        stopped = true
        source?.wake()
        lock.unlock()
        if wait, running { finished.wait(); finished.signal() }
    }

    private func makeSource(_ mode: WatchMode) -> ChangeSource? {
        let url = URL(fileURLWithPath: folder.path)
        if mode == .inotify, let s = InotifySource(root: url, scope: scope, maxWatches: maxWatches) { return s }
        return PollingSource(root: url, scope: scope, timing: timing)
    }

    private func run() {
        var debounce = Debouncer(timing)
        var pending = WatchReport()
        while true {
            lock.lock()
            let (s, ready, stop) = (source, baseline != nil, stopped)
            lock.unlock()
            guard let s, !stop else { break }
            // A corpus restored before its folder was listed: the folder compared with it now,
            // and what changed since the index was written loaded again.
            lock.lock()
            let check = ready ? pendingCheck : nil
            if ready { pendingCheck = nil }
            lock.unlock()
            if let check {
                let changed = check()
                if !changed.isEmpty { update(WatchReport(files: changed)) }
            }
            let report = s.wait(until: ready ? debounce.deadline : nil)
            if report.fallBack {
                // inotify cannot go on: poll from here, and read the whole folder again once.
                let polling = makeSource(.poll)
                lock.lock()
                source = polling
                active = polling == nil ? .off : .poll
                lock.unlock()
                s.close()
            }
            if !report.isEmpty {
                pending.merge(report)
                debounce.note(at: MonotonicClock.now())
            }
            if ready, debounce.isDue(at: MonotonicClock.now()) {
                let batch = pending
                pending = WatchReport()
                debounce.close()
                update(batch)
            }
        }
        lock.lock()
        let s = source
        source = nil
        active = .off
        lock.unlock()
        s?.close()
        finished.signal()
    }

    /// Reads the folder again after `batch` and hands the result over.
    private func update(_ batch: WatchReport) {
        lock.lock()
        let (old, deliver) = (baseline, self.deliver)
        lock.unlock()
        guard let old, let deliver else { return }
        deliver(.updating(files: batch.files.count))
        let shown = Handed()
        @Sendable func hand(_ new: Corpus) {
            guard shown.first() else { return }
            deliver(.updated(CorpusUpdate(corpus: new, changes: CorpusChanges(from: old, to: new))))
        }
        do {
            let new = try reload(batch.files) { hand($0) }
            hand(new)
            lock.lock()
            baseline = new
            lock.unlock()
        } catch {
            deliver(.failed("\(error)"))
        }
    }
}

/// Whether an update was handed over already.
private final class Handed: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    /// True the first time only.
    func first() -> Bool { lock.lock(); defer { lock.unlock() }; if done { return false }; done = true; return true }
}
