import Foundation
import Testing

/// `dossier list --query`: the reader's query syntax on the command line.
@Suite("dossier list --query")
struct ListQueryTests {
    /// Runs the binary with its output in files, not pipes: a tmux server started meanwhile by
    /// another suite would inherit a pipe and keep it open.
    static func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = Tmux.binary
        p.arguments = args
        p.standardOutput = out; p.standardError = err; p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        return (p.terminationStatus, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8))
    }

    static let seeds = ["--corpus", Tmux.repo.appendingPathComponent("seeds").path, "--no-index"]

    @Test("a query lists what the same options list")
    func sameAsOptions() throws {
        let byOptions = try Self.run(["list", "--country", "Iran", "--since", "2025-06-01"] + Self.seeds)
        let byQuery = try Self.run(["list", "--query", "country:Iran since:2025-06-01"] + Self.seeds)
        #expect(byOptions.status == 0 && byQuery.status == 0)
        #expect(byQuery.out == byOptions.out && !byQuery.out.isEmpty)
    }

    @Test("a bad query fails naming the token and its column")
    func badQuery() throws {
        let r = try Self.run(["list", "--query", "country:Iran cuntry:Pakistan"] + Self.seeds)
        #expect(r.status != 0)
        #expect(r.err.contains("“cuntry:Pakistan” at column 14"))
        let unknown = try Self.run(["list", "--query", "official:Nobody"] + Self.seeds)
        #expect(unknown.status != 0 && unknown.err.contains("“official:Nobody” at column 1"))
    }
}
