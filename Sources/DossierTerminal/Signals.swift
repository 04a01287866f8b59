import CNCurses
import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the main loop reads, so the terminal is always
/// restored by ordinary code (`endwin`) rather than from a signal handler.
final class SignalWatcher: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var got: Int32?

    init() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler { [weak self] in self?.set(sig) }
            src.resume()
            sources.append(src)
        }
    }

    private func set(_ s: Int32) { lock.lock(); if got == nil { got = s }; lock.unlock() }

    /// The first signal received, if any.
    var received: Int32? { lock.lock(); defer { lock.unlock() }; return got }
}

/// On a crash (a Swift trap, a segfault), put the terminal back before dying.
enum CrashGuard {
    static func install() {
        for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            signal(sig) { s in
                endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}
