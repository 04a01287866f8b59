import Foundation

/// Every distinct string that mentions name (slugs, surfaces, rules), once each for the life of
/// the process, by number: a mention holds three numbers instead of three strings, and a corpus of
/// millions of mentions holds each string once.
///
/// Numbers are handed out under a lock; a string is read by its number without one (its slot is
/// written before the number is handed out, and never again). Strings are told apart by their
/// bytes, so what is read back is exactly what was put in.
final class StringPool: @unchecked Sendable {
    static let shared = StringPool()

    private static let chunkBits: UInt32 = 12
    private static let chunkSize = 1 << chunkBits
    private static let maxChunks = 1 << 20
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    private var numbers: [ExactString: UInt32] = [:]
    private var count = 0
    private let lock = NSLock()

    private init() {
        chunks = .allocate(capacity: Self.maxChunks)
        chunks.initialize(repeating: nil, count: Self.maxChunks)
    }

    func number(_ s: String) -> UInt32 {
        let key = ExactString(s)
        lock.lock()
        defer { lock.unlock() }
        if let n = numbers[key] { return n }
        let n = count
        let (c, i) = (n >> Self.chunkBits, n & (Self.chunkSize - 1))
        precondition(c < Self.maxChunks, "too many distinct strings")
        if i == 0 { chunks[c] = .allocate(capacity: Self.chunkSize) }
        (chunks[c]! + i).initialize(to: s)
        count += 1
        numbers[key] = UInt32(n)
        return UInt32(n)
    }

    /// How many strings the pool holds: every number handed out is below it.
    var size: Int { lock.lock(); defer { lock.unlock() }; return count }

    @inline(__always)
    func string(_ n: UInt32) -> String {
        chunks[Int(n >> Self.chunkBits)]![Int(n) & (Self.chunkSize - 1)]
    }
}

/// A string compared and hashed by its UTF-8 bytes (`String`'s `==` makes two spellings of an
/// accented letter one).
struct ExactString: Hashable {
    let s: String
    init(_ s: String) { self.s = s }
    static func == (a: ExactString, b: ExactString) -> Bool {
        var x = a.s, y = b.s
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }
    func hash(into h: inout Hasher) { var s = s; s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) } }
}
