import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running a plain shell, for driving the built `dossier` like a person.
final class Tmux {
    let dir: URL
    let socket: String
    let session = "e2e"
    static let prompt = "e2e$ "
    /// The prompt as capture-pane shows it (trailing spaces trimmed).
    static let promptMark = "e2e$"

    /// The `dossier` binary built next to this test bundle (or $DOSSIER_BIN).
    static var binary: URL {
        if let b = ProcessInfo.processInfo.environment["DOSSIER_BIN"] { return URL(fileURLWithPath: b) }
        let exe = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var d = exe.deletingLastPathComponent()
        // swift test runs <build>/debug/<Package>PackageTests.xctest; the binary sits beside it.
        for _ in 0..<4 {
            let candidate = d.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            d = d.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appendingPathComponent("dossier")
    }

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var available: Bool { system("command -v tmux >/dev/null 2>&1") == 0 }

    init(width: Int = 120, height: Int = 40) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        socket = dir.appendingPathComponent("sock").path
        // The server must be started without Foundation.Process (it would inherit a descriptor
        // that Process waits on forever); system() is fine.
        let shell = "env -u TMUX PS1='\(Tmux.prompt)' HOME='\(dir.path)' XDG_CONFIG_HOME='\(dir.path)/config' XDG_STATE_HOME='\(dir.path)/state' bash --norc --noprofile"
        let cmd = "tmux -S '\(socket)' -f /dev/null new-session -d -s \(session) -x \(width) -y \(height) \"\(shell)\" </dev/null >/dev/null 2>&1"
        guard system(cmd) == 0 else { throw E2EError("tmux new-session failed") }
        _ = tmux(["set-option", "-g", "status", "off"])
        _ = tmux(["set-option", "-g", "window-size", "manual"])
        guard waitFor({ $0.contains(Tmux.promptMark) }) != nil else { throw E2EError("no shell prompt in tmux") }
    }

    deinit {
        _ = tmux(["kill-server"])
        // The server and the shell leave as the folder is being removed (the socket, a history
        // file): try again until nothing is left.
        for _ in 0..<50 {
            try? FileManager.default.removeItem(at: dir)
            if !FileManager.default.fileExists(atPath: dir.path) { break }
            usleep(20_000)
        }
    }

    @discardableResult
    func tmux(_ args: [String]) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux", "-S", socket] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return "" }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Types keys (tmux key names: "Enter", "C-c", "BTab", or literal text with literal: true).
    func send(_ keys: String..., literal: Bool = false) {
        tmux(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) { send(text, literal: true) }

    /// Runs a shell command line in the pane.
    func run(_ line: String) { type(line); send("Enter") }

    var screen: String { tmux(["capture-pane", "-p", "-t", session]) }

    /// Polls the screen until `predicate` holds on a settled screen (the same on two captures
    /// 30 ms apart, so never a frame caught half drawn); returns it, or nil after `timeout` seconds.
    @discardableResult
    func waitFor(_ predicate: (String) -> Bool, timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let s = screen
            if predicate(s) {
                usleep(30_000)
                let again = screen
                if again == s { return s }
                if predicate(again) { continue }
            }
            usleep(40_000)
        } while Date() < deadline
        return nil
    }

    func waitFor(_ text: String, timeout: Double = 10) -> String? { waitFor({ $0.contains(text) }, timeout: timeout) }

    func resize(_ w: Int, _ h: Int) { tmux(["resize-window", "-t", session, "-x", "\(w)", "-y", "\(h)"]) }

    /// Pid of the program running in the pane's shell (the reader), if any.
    func childPID() -> Int32? {
        let shell = tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pgrep", "-P", shell]
        let out = Pipe()
        p.standardOutput = out
        try? p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// True when the shell prompt is back and the tty is sane again (echo, icanon, isig on).
    func shellIsBackAndSane() -> Bool {
        let back = waitFor({ s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: true)
            return lines.last.map { String($0).hasPrefix(Tmux.promptMark) } == true
        }, timeout: 5)
        guard back != nil else { return false }
        run("echo TTY-BAD=$(stty -a | tr ' ;' '\\n\\n' | grep -cxE -- '-(echo|icanon|isig)')")
        return waitFor({ $0.contains("TTY-BAD=0") || $0.range(of: "TTY-BAD=[1-9]", options: .regularExpression) != nil }, timeout: 5)?
            .contains("TTY-BAD=0") == true
    }
}

struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
