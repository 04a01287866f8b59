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
    /// Open addressing by a hash of the bytes: a string's number + 1, or 0 for an empty slot;
    /// and each number's hash.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = []
    private var count = 0
    private let lock = NSLock()

    private init() {
        chunks = .allocate(capacity: Self.maxChunks)
        chunks.initialize(repeating: nil, count: Self.maxChunks)
    }

    func number(_ s: String) -> UInt32 {
        var s = s
        let h = s.withUTF8 { b in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        lock.lock()
        defer { lock.unlock() }
        var slot = Int(truncatingIfNeeded: h ^ (h >> 32)) & (slots.count - 1)
        while slots[slot] != 0 {
            let n = slots[slot] - 1
            if hashes[Int(n)] == h, ExactString.same(s, string(n)) { return n }
            slot = (slot + 1) & (slots.count - 1)
        }
        let n = count
        let (c, i) = (n >> Self.chunkBits, n & (Self.chunkSize - 1))
        precondition(c < Self.maxChunks, "too many distinct strings")
        if i == 0 { chunks[c] = .allocate(capacity: Self.chunkSize) }
        (chunks[c]! + i).initialize(to: s)
        count += 1
        hashes.append(h)
        if count * 2 > slots.count {
            // Twice the slots, every number placed again by its hash.
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            for m in 0..<count {
                var k = Int(truncatingIfNeeded: hashes[m] ^ (hashes[m] >> 32)) & (slots.count - 1)
                while slots[k] != 0 { k = (k + 1) & (slots.count - 1) }
                slots[k] = UInt32(m + 1)
            }
        } else {
            slots[slot] = UInt32(n + 1)
        }
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
    static func == (a: ExactString, b: ExactString) -> Bool { same(a.s, b.s) }
    /// Whether `a` and `b` have the same bytes.
    static func same(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }
    func hash(into h: inout Hasher) { var s = s; s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) } }
}
