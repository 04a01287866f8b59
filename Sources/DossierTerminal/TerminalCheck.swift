import CNCurses
import Foundation

/// Decides, before any escape code is written, whether the reader can run here.
enum TerminalCheck {
    static func problem(environment env: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool) -> String? {
        if !stdinIsTTY || !stdoutIsTTY {
            let which = !stdoutIsTTY ? "standard output" : "standard input"
            return "dossier: the reader needs a terminal, but \(which) is not one (try `dossier list` or `dossier show` for plain text)"
        }
        let term = env["TERM"] ?? ""
        if term.isEmpty { return "dossier: TERM is not set, so the terminal type is unknown (try TERM=xterm-256color)" }
        if term == "dumb" || term == "unknown" {
            return "dossier: TERM=\(term) cannot place the cursor; the reader needs a full-screen terminal (try TERM=xterm-256color)"
        }
        return nil
    }

    /// One line on stderr.
    static func complain(_ line: String) {
        FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
    }
}

/// A UTF-8 character type even when LANG is unset (cron, CI, `env -i`).
enum Locale8 {
    static func ensureUTF8() {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return }
        }
    }

    static var isUTF8: Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let s = String(cString: cs).uppercased()
        return s == "UTF-8" || s == "UTF8"
    }
}
