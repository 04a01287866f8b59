import Foundation

/// A compact binary writer: unsigned LEB128 integers, length-prefixed UTF-8 strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v))) }

    /// A signed number that is usually small either way (a difference): zigzag, then LEB128.
    mutating func sint(_ v: Int) { let v = Int64(v); uint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in uint(UInt64(buf.count)); bytes.append(contentsOf: buf) }
    }

    /// Bytes written by another writer, their length before them (so a reader can skip them).
    mutating func block(_ w: ByteWriter) {
        uint(UInt64(w.bytes.count))
        bytes.append(contentsOf: w.bytes)
    }

    mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let v { bytes.append(1); write(&self, v) } else { bytes.append(0) }
    }

    mutating func array<T>(_ a: [T], _ write: (inout ByteWriter, T) -> Void) {
        uint(UInt64(a.count))
        for x in a { write(&self, x) }
    }
}

/// Bytes a reader reads in place: a file mapped read-only (the index, hundreds of megabytes, is
/// neither copied into the heap nor kept resident once read), or a copy of an array.
final class ReadBytes: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    private let mapped: Bool

    private init(base: UnsafeRawPointer, count: Int, mapped: Bool) {
        self.base = base; self.count = count; self.mapped = mapped
    }

    convenience init(_ bytes: [UInt8]) {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { if let b = $0.baseAddress { p.copyMemory(from: b, byteCount: bytes.count) } }
        self.init(base: UnsafeRawPointer(p), count: bytes.count, mapped: false)
    }

    /// The file at `url` mapped, or nil when it cannot be opened.
    convenience init?(mapping url: URL) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        guard size > 0 else { self.init([]); return }
        // Read whole, so its pages come in at once rather than one fault at a time.
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let p = mmap(nil, size, PROT_READ, flags, fd, 0), p != MAP_FAILED else { return nil }
        self.init(base: UnsafeRawPointer(p), count: size, mapped: true)
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { base.deallocate() }
    }

    /// Lets the kernel take back the pages of a mapped file read so far: they no longer count as
    /// the process's memory, and are read again (from the page cache, or the file) when next
    /// touched. The file is never written while mapped (an index is replaced by renaming).
    func dropResidentPages() {
        if mapped { _ = madvise(UnsafeMutableRawPointer(mutating: base), count, Int32(MADV_DONTNEED)) }
    }

    subscript(_ i: Int) -> UInt8 { base.load(fromByteOffset: i, as: UInt8.self) }

    func starts(with prefix: [UInt8]) -> Bool {
        prefix.count <= count && prefix.withUnsafeBytes { memcmp(base, $0.baseAddress!, prefix.count) == 0 }
    }
}

/// Reads what `ByteWriter` wrote; every read checks bounds and throws on damage.
struct ByteReader {
    struct Damaged: Error {}
    let bytes: ReadBytes
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = ReadBytes(bytes) }
    init(_ bytes: ReadBytes, at: Int = 0) { self.bytes = bytes; self.at = at }

    var isAtEnd: Bool { at >= bytes.count }

    @inline(__always)
    mutating func uint() throws -> UInt64 {
        guard at < bytes.count else { throw Damaged() }
        let first = bytes[at]
        if first < 0x80 { at += 1; return UInt64(first) }
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

    mutating func sint() throws -> Int {
        let u = try uint()
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    /// A signed number no further from zero than `limit` (an offset into a text of that length).
    mutating func sint(within limit: Int) throws -> Int {
        let v = try sint()
        guard v >= -limit, v <= limit else { throw Damaged() }
        return v
    }

    mutating func count(max: Int = 1 << 28) throws -> Int {
        let n = try uint()
        guard n <= UInt64(max) else { throw Damaged() }
        return Int(n)
    }

    /// Moves past a string (or a block) without making it.
    mutating func skipString() throws {
        let n = try count()
        guard at + n <= bytes.count else { throw Damaged() }
        at += n
    }

    /// The range of a block written by `ByteWriter.block`, moving past it.
    mutating func block() throws -> Range<Int> {
        let n = try count(max: bytes.count - at)
        defer { at += n }
        return at..<(at + n)
    }

    mutating func string() throws -> String {
        let n = try count()
        guard at + n <= bytes.count else { throw Damaged() }
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(start: (bytes.base + at).assumingMemoryBound(to: UInt8.self), count: n), as: UTF8.self)
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

/// Strings written once each, referred to by number (told apart by their bytes, so what is read
/// back is what was written).
struct StringTable {
    private(set) var strings: [String] = []
    private var numbers: [ExactString: Int] = [:]
    mutating func number(_ s: String) -> Int {
        if let n = numbers[ExactString(s)] { return n }
        numbers[ExactString(s)] = strings.count
        strings.append(s)
        return strings.count - 1
    }

    func write(_ w: inout ByteWriter) { w.array(strings) { $0.string($1) } }

    /// A number written against a table read back: its string.
    static func string(_ r: inout ByteReader, _ strings: [String]) throws -> String {
        let i = try r.count()
        guard i < strings.count else { throw ByteReader.Damaged() }
        return strings[i]
    }
}

/// Records of a few numbers (strings' numbers in a `StringTable`, kinds) written once each,
/// referred to by number: an article's names, which many articles share.
struct RecordTable {
    private(set) var records: [[Int]] = []
    private var numbers: [[Int]: Int] = [:]
    mutating func number(_ r: [Int]) -> Int {
        if let n = numbers[r] { return n }
        numbers[r] = records.count
        records.append(r)
        return records.count - 1
    }

    func write(_ w: inout ByteWriter) { w.array(records) { w, r in w.array(r) { $0.uint(UInt64($1)) } } }

    static func read(_ r: inout ByteReader) throws -> [[Int]] {
        try r.array { r in try r.array { try $0.count() } }
    }

    /// A number written against a table read back: its record, of `fields` numbers.
    static func record(_ r: inout ByteReader, _ records: [[Int]], fields: Int) throws -> [Int] {
        let i = try r.count()
        guard i < records.count, records[i].count == fields else { throw ByteReader.Damaged() }
        return records[i]
    }
}
