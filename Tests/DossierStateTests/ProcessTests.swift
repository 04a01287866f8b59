import DossierKit
@testable import DossierState
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Real processes on one state file: killed with SIGKILL in the middle of a burst of writes, and
/// two writing at once. The writer is the reader's own (`dossier state stress` drives it).
@Suite("Reading state: processes", .serialized)
struct ProcessTests {
    struct Ack { var n: Int; var time: Double }

    static func acks(_ lines: [String]) -> [Ack] {
        lines.compactMap { l in
            let f = l.split(separator: " ")
            guard f.count == 2, let n = Int(f[0]), let t = Double(f[1]) else { return nil }
            return Ack(n: n, time: t)
        }
    }

    static func stored(_ store: StateStore, prefix: String) throws -> Set<Int> {
        Set(try store.load().read.compactMap { id -> Int? in
            guard id.rawValue.hasPrefix(prefix + "-") else { return nil }
            return Int(id.rawValue.dropFirst(prefix.count + 1))
        })
    }

    @Test("kill -9 during a burst of writes: the file stays intact and at most the last second is lost")
    func killDuringBurst() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Binary.dossier.path), "dossier not built at \(Binary.dossier.path)")
        let t = TempState()
        var report: [String] = []
        for round in 1...3 {
            let prefix = "r\(round)"
            let child = try Child(["state", "stress", "--state", t.file.path, "--prefix", prefix, "--pause", "300"])
            // Let it run a while (a different moment each round), then kill it outright.
            try #require(child.waitForLines(800 + round * 450), "stress child printed too little: \(child.lines.suffix(3))")
            let killedAt = monotonicNow()
            kill(child.process.processIdentifier, SIGKILL)
            child.wait()
            #expect(child.process.terminationReason == .uncaughtSignal)

            let acks = Self.acks(child.lines)
            let store = try StateStore.open(at: t.file)
            #expect(try store.integrityCheck() == "ok", "round \(round): integrity")
            let have = try Self.stored(store, prefix: prefix)
            let kept = have.count
            // Batches commit in order, so what is stored is exactly the first `kept` marks.
            #expect(have == Set(1...max(1, kept)).intersection(have) && (kept == 0 || have.max() == kept), "round \(round): a gap in the stored marks")
            let old = acks.filter { $0.time < killedAt - 1.0 }
            let missingOld = old.filter { !have.contains($0.n) }
            #expect(missingOld.isEmpty, "round \(round): \(missingOld.count) marks older than a second were lost")
            let lost = acks.filter { !have.contains($0.n) }
            let window = lost.first.map { killedAt - $0.time } ?? 0
            report.append("round \(round): \(acks.count) acknowledged, \(kept) stored, \(lost.count) lost (the last \(String(format: "%.0f", window * 1000)) ms)")
            try store.close()
        }
        print("kill -9 measurements: " + report.joined(separator: "; "))
    }

    @Test("two processes writing to one state file at once keep every mark of both")
    func twoWriters() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Binary.dossier.path))
        let t = TempState()
        let n = 2500
        // Both start on a file that does not exist yet: creation and migration race too.
        let a = try Child(["state", "stress", "--state", t.file.path, "--prefix", "a", "--count", "\(n)", "--pause", "100", "--interval", "0.01"])
        let b = try Child(["state", "stress", "--state", t.file.path, "--prefix", "b", "--count", "\(n)", "--pause", "100", "--interval", "0.01"])
        a.wait(); b.wait()
        #expect(a.process.terminationStatus == 0 && b.process.terminationStatus == 0)
        #expect(a.lines.last?.hasPrefix("done \(n)") == true, "a: \(a.lines.suffix(2))")
        #expect(b.lines.last?.hasPrefix("done \(n)") == true, "b: \(b.lines.suffix(2))")
        let store = try StateStore.open(at: t.file)
        #expect(try store.integrityCheck() == "ok")
        #expect(try Self.stored(store, prefix: "a").count == n)
        #expect(try Self.stored(store, prefix: "b").count == n)
        #expect(try store.counts().starred == 2 * n / 10)
    }

    @Test("dossier state export writes JSON atomically; import merges it into another store")
    func cliExportImport() throws {
        let src = TempState(), dst = TempState()
        let w = try Child(["state", "stress", "--state", src.file.path, "--count", "50", "--pause", "0"])
        w.wait()
        let out = src.dir.appendingPathComponent("state.json")
        let e = try Child(["state", "export", "--state", src.file.path, "-o", out.path])
        e.wait()
        #expect(e.process.terminationStatus == 0)
        let doc = try StateDocument.decode(Data(contentsOf: out))
        #expect(doc.read.count == 50 && doc.starred.count == 5)
        // $XDG_STATE_HOME decides where the default file is.
        let i = try Child(["state", "import", out.path], environment: ["XDG_STATE_HOME": dst.dir.path])
        i.wait()
        #expect(i.process.terminationStatus == 0)
        #expect(i.lines.first?.contains("imported 50 read marks, 5 stars") == true, "\(i.lines)")
        #expect(try dst.open().counts().read == 50)
        let bad = src.dir.appendingPathComponent("bad.json")
        try "{\"hello\": 1}".write(to: bad, atomically: true, encoding: .utf8)
        let r = try Child(["state", "import", "--state", dst.file.path, bad.path])
        r.wait()
        #expect(r.process.terminationStatus != 0, "a file that is not an export is refused")
        #expect(try dst.open().counts().read == 50)
    }
}
