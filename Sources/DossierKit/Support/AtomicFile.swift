import Foundation

/// Writes files so that a reader never sees half a file and a crash never leaves one: the bytes
/// go to a temporary file in the same folder, which is flushed to disk and then renamed over the
/// target.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "cannot create \(tmp.path): \(String(cString: strerror(errno)))") }
        var ok = false
        defer { if !ok { unlink(tmp.path) } }
        try data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var off = 0
            while off < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    let why = String(cString: strerror(errno))
                    close(fd)
                    throw WriteError(description: "cannot write \(url.path): \(why)")
                }
                off += n
            }
        }
        guard fsync(fd) == 0 else { let why = String(cString: strerror(errno)); close(fd); throw WriteError(description: "cannot flush \(url.path): \(why)") }
        close(fd)
        guard rename(tmp.path, url.path) == 0 else { throw WriteError(description: "cannot replace \(url.path): \(String(cString: strerror(errno)))") }
        ok = true
        // Make the rename itself durable.
        let dfd = open(dir.path, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }
}
