import DossierKit
@testable import DossierState
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder standing in for $XDG_STATE_HOME, removed at the end.
final class TempState {
    let dir: URL
    var file: URL { dir.appendingPathComponent("dossier/state.sqlite") }

    init() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString.prefix(8))")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func open() throws -> StateStore { try StateStore.open(at: file) }
}

/// Seconds on the monotonic clock, the same in every process of the machine.
func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The built `dossier` next to this test bundle (or $DOSSIER_BIN).
enum Binary {
    static var dossier: URL {
        if let b = ProcessInfo.processInfo.environment["DOSSIER_BIN"] { return URL(fileURLWithPath: b) }
        let exe = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var d = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = d.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            d = d.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appendingPathComponent("dossier")
    }
}

/// A child `dossier` whose standard output is collected line by line as it arrives.
final class Child: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var buffer = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ args: [String], environment: [String: String] = [:]) throws {
        process.executableURL = Binary.dossier
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let reader = out.fileHandleForReading
        try process.run()
        Thread.detachNewThread { [self] in
            while true {
                let d = reader.availableData
                if d.isEmpty { break }
                lock.lock(); buffer.append(d); lock.unlock()
            }
            done.signal()
        }
    }

    /// Complete lines printed so far.
    var lines: [String] {
        lock.lock(); defer { lock.unlock() }
        let text = String(decoding: buffer, as: UTF8.self)
        var ls = text.components(separatedBy: "\n")
        ls.removeLast()  // the unfinished part after the last newline
        return ls
    }

    func waitForLines(_ n: Int, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline { if lines.count >= n { return true }; usleep(10_000) }
        return false
    }

    /// Waits for the process and its output to end.
    func wait() {
        process.waitUntilExit()
        _ = done.wait(timeout: .now() + 10)
    }
}
