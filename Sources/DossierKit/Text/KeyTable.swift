import Foundation

/// A read-only map from strings to values, made from a `Dictionary`, that finds a key written
/// in plain ASCII by its bytes with a cheap hash rather than `Hasher`. Any other key is looked up
/// in the dictionary itself, so every answer is the dictionary's: an ASCII string equals only a
/// string of the same bytes, unless a key that is not ASCII is canonically one (the Kelvin sign is
/// "K"), and then a miss asks the dictionary too.
struct KeyTable<Value>: @unchecked Sendable {
    let dictionary: [String: Value]
    /// The ASCII keys' bytes one after another, each entry's start and length, and its value.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let lengths: [Int32]
    private let values: [Value]
    /// Open addressing: an entry's index + 1, or 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int
    /// Some key that is not ASCII equals an ASCII string.
    private let asciiAliases: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var bytes: [UInt8] = [], starts: [Int32] = [], lengths: [Int32] = [], values: [Value] = []
        bytes.reserveCapacity(dictionary.count * 8)
        starts.reserveCapacity(dictionary.count); lengths.reserveCapacity(dictionary.count); values.reserveCapacity(dictionary.count)
        var aliases = false
        for (k, v) in dictionary {
            var key = k
            let ascii = key.withUTF8 { b -> Bool in
                var any: UInt8 = 0
                for c in b { any |= c }
                guard any < 0x80 else { return false }
                starts.append(Int32(bytes.count)); lengths.append(Int32(b.count))
                bytes.append(contentsOf: b)
                return true
            }
            if ascii {
                values.append(v)
            } else if k.unicodeScalars.contains(where: { $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A }) {
                // The only scalars beyond ASCII whose canonical decomposition is ASCII (";", "`", "K").
                aliases = true
            }
        }
        var size = 16
        while size < values.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for e in values.indices {
                let key = UnsafeBufferPointer(rebasing: all[Int(starts[e])..<Int(starts[e] + lengths[e])])
                var i = Self.slot(Self.hash(key), mask)
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = Int32(e + 1)
            }
        }
        self.bytes = bytes; self.starts = starts; self.lengths = lengths; self.values = values
        self.slots = slots; self.mask = mask; self.asciiAliases = aliases
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
    }

    subscript(key: String) -> Value? {
        var k = key
        // The entry found (≥ 0), none among the ASCII keys (-1), or a key that is not ASCII (-2).
        let found: Int = k.withUTF8 { b in
            var any: UInt8 = 0
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for c in b { any |= c; h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
            guard any < 0x80 else { return -2 }
            return slots.withUnsafeBufferPointer { slots in
                bytes.withUnsafeBufferPointer { all in
                    var i = Self.slot(h, mask)
                    while true {
                        let s = Int(slots[i])
                        if s == 0 { return -1 }
                        let e = s - 1
                        if Int(lengths[e]) == b.count {
                            let start = Int(starts[e])
                            var same = true
                            for n in 0..<b.count where all[start + n] != b[n] { same = false; break }
                            if same { return e }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return values[found] }
        if found == -1 && !asciiAliases { return nil }
        return dictionary[key]
    }
}

/// A read-only set of strings that answers `contains` the way `KeyTable` looks up (plain ASCII by
/// its bytes, anything else by the `Set`), and reads like the set otherwise.
struct KeySet: Sequence, ExpressibleByArrayLiteral, @unchecked Sendable {
    let members: Set<String>
    private let table: KeyTable<Bool>

    init(_ set: Set<String>) {
        self.members = set
        table = KeyTable(Dictionary(uniqueKeysWithValues: set.map { ($0, true) }))
    }
    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    @inline(__always)
    func contains(_ s: String) -> Bool { table[s] != nil }
    var count: Int { members.count }
    var isEmpty: Bool { members.isEmpty }
    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }
}
