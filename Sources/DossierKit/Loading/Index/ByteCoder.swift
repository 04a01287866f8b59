import Foundation

/// A compact binary writer: unsigned LEB128 integers, length-prefixed UTF-8 strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v))) }

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in uint(UInt64(buf.count)); bytes.append(contentsOf: buf) }
    }

    mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let v { bytes.append(1); write(&self, v) } else { bytes.append(0) }
    }

    mutating func array<T>(_ a: [T], _ write: (inout ByteWriter, T) -> Void) {
        uint(UInt64(a.count))
        for x in a { write(&self, x) }
    }
}

/// Reads what `ByteWriter` wrote; every read checks bounds and throws on damage.
struct ByteReader {
    struct Damaged: Error {}
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at >= bytes.count }

    mutating func uint() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[at]; at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    mutating func int() throws -> Int { Int(Int64(bitPattern: try uint())) }

    mutating func count(max: Int = 1 << 28) throws -> Int {
        let n = try uint()
        guard n <= UInt64(max) else { throw Damaged() }
        return Int(n)
    }

    /// Moves past a string without making it.
    mutating func skipString() throws {
        let n = try count()
        guard at + n <= bytes.count else { throw Damaged() }
        at += n
    }

    mutating func string() throws -> String {
        let n = try count()
        guard at + n <= bytes.count else { throw Damaged() }
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        guard at < bytes.count else { throw Damaged() }
        let flag = bytes[at]; at += 1
        switch flag {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Damaged()
        }
    }

    mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try count(max: bytes.count - at)
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }
}
