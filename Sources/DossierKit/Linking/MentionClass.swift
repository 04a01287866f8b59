import Foundation

/// Every distinct (kind, entity's kind, rule) of a mention, once each for the life of the
/// process, by a 16-bit number: with the slug's and the surface's numbers in the `StringPool`
/// (24 bits each), a mention fits in 16 bytes.
///
/// As in the `StringPool`, numbers are handed out under a lock and read without one.
final class MentionClasses: @unchecked Sendable {
    static let shared = MentionClasses()
    static let capacity = 1 << 16

    /// Each class packed: the rule's number in the pool, then the kinds' numbers.
    private let classes: UnsafeMutablePointer<UInt64>
    private var numbers: [UInt64: UInt16] = [:]
    private let lock = NSLock()

    private init() {
        // Pages are only touched as classes are added: a few hundred in practice.
        classes = .allocate(capacity: Self.capacity)
    }

    static func pack(kind: EntityKind, entityKind: EntityKind, rule: UInt32) -> UInt64 {
        UInt64(rule) << 16 | UInt64(kind.number) << 8 | UInt64(entityKind.number)
    }

    func number(kind: EntityKind, entityKind: EntityKind, rule: UInt32) -> UInt16 {
        let key = Self.pack(kind: kind, entityKind: entityKind, rule: rule)
        lock.lock()
        defer { lock.unlock() }
        if let n = numbers[key] { return n }
        let n = numbers.count
        precondition(n < Self.capacity, "too many distinct mention rules")
        (classes + n).initialize(to: key)
        numbers[key] = UInt16(n)
        return UInt16(n)
    }

    @inline(__always) func packed(_ n: UInt16) -> UInt64 { classes[Int(n)] }
    @inline(__always) func kind(_ n: UInt16) -> EntityKind { CorpusIndex.kinds[Int(packed(n) >> 8 & 0xFF)] }
    @inline(__always) func entityKind(_ n: UInt16) -> EntityKind { CorpusIndex.kinds[Int(packed(n) & 0xFF)] }
    @inline(__always) func rule(_ n: UInt16) -> UInt32 { UInt32(truncatingIfNeeded: packed(n) >> 16) }
}
