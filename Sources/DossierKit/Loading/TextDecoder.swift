import Foundation

/// Turns file bytes into text, or says why it cannot.
enum TextDecoder {
    enum Outcome { case text(String, warning: String?), failure(String) }

    static func decode(_ data: Data) -> Outcome {
        if data.isEmpty { return .failure("empty file") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure("empty file (only white space)") }
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return .failure("binary file (contains NUL bytes)") }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C && $0 != 0x1B }.count
        if controls * 10 > sample.count { return .failure("binary file (mostly control bytes)") }
        var warning: String?
        var text: String
        if let s = String(validating: bytes, as: UTF8.self) {
            text = s
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let line = firstInvalidLine(bytes)
            warning = "not valid UTF-8 near line \(line); undecodable bytes shown as \u{FFFD}"
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .text(text, warning: warning)
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            let n = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            if n == 0 || i + n > bytes.count { return line }
            for k in 1..<n where bytes[i + k] & 0xC0 != 0x80 { return line }
            i += n
        }
        return line
    }
}
