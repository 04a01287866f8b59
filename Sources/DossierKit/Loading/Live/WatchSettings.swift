import Foundation

/// How a running reader notices that its folder changed.
public enum WatchMode: String, Sendable, CaseIterable {
    /// The kernel says what changed (Linux inotify, a watch per folder); polling takes over
    /// where inotify is missing or its limit of watches is reached.
    case inotify
    /// A scan of the folders and the article files' sizes and times, once a second.
    case poll
    /// No live updates.
    case off

    /// The mode `DOSSIER_WATCH` asks for (`inotify`, `poll` or `off`); by default inotify
    /// where the system has it, else polling.
    public static func from(environment env: [String: String] = ProcessInfo.processInfo.environment) -> WatchMode {
        switch env["DOSSIER_WATCH"]?.lowercased() {
        case "poll", "polling": return .poll
        case "off", "no", "none", "0": return .off
        default: return InotifySource.isAvailable ? .inotify : .poll
        }
    }
}

/// How changes are gathered into one re-read of the folder.
public struct WatchTiming: Sendable {
    /// A batch of changes ends once nothing changed for this long (seconds)…
    public var quiet: Double
    /// …or this long after its first change, so a folder that never stops changing still
    /// updates.
    public var maxDelay: Double
    /// Seconds between two scans when polling; while a batch is open, scans come every
    /// `quiet / 2` so its end is noticed.
    public var pollInterval: Double

    public init(quiet: Double = 0.3, maxDelay: Double = 1.5, pollInterval: Double = 1.0) {
        self.quiet = quiet; self.maxDelay = maxDelay; self.pollInterval = pollInterval
    }
}

/// Seconds on a clock that never jumps.
enum MonotonicClock {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// Gathers changes into batches: a batch is due once no change came for `quiet` seconds, or
/// `maxDelay` seconds after its first change. Times are seconds on a monotonic clock.
struct Debouncer {
    var timing: WatchTiming
    private(set) var first: Double?
    private(set) var last: Double?

    init(_ timing: WatchTiming) { self.timing = timing }

    /// A change came at `t`.
    mutating func note(at t: Double) {
        if first == nil { first = t }
        last = t
    }

    /// Whether changes are waiting.
    var isOpen: Bool { first != nil }

    /// When the open batch is due (nil: none open).
    var deadline: Double? {
        guard let first, let last else { return nil }
        return min(last + timing.quiet, first + timing.maxDelay)
    }

    func isDue(at t: Double) -> Bool { deadline.map { t >= $0 } ?? false }

    /// The batch was taken.
    mutating func close() { first = nil; last = nil }
}
