import ArgumentParser
import DossierKit
import DossierState
import Foundation

/// `--state FILE`, else $XDG_STATE_HOME/dossier/state.sqlite (default ~/.local/state/dossier).
struct StateFileOptions: ParsableArguments {
    @Option(name: .customLong("state"), help: "Reading-state file (default: $XDG_STATE_HOME/dossier/state.sqlite).")
    var path: String?

    var file: URL { path.map { URL(fileURLWithPath: $0) } ?? StatePaths.stateFile() }

    func open() throws -> StateStore {
        let (store, warning) = StateStore.openOrRecover(at: file)
        if let warning { fail("dossier: " + warning) }
        guard let store else { throw ExitCode(1) }
        return store
    }
}

struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "The reading state: read marks, stars and last positions.",
        subcommands: [StateExport.self, StateImport.self, StatePath.self, StateCheck.self, StateStress.self])
}

struct StateExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the reading state as JSON.")
    @OptionGroup var state: StateFileOptions
    @Option(name: .shortAndLong, help: "Write to this file (atomically: a temporary file, synced, then renamed) instead of standard output.")
    var output: String?

    func run() throws {
        let store = try state.open()
        let data = try store.export().encoded()
        if let output {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

struct StateImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Add a JSON export to the reading state (marks and stars are merged).")
    @OptionGroup var state: StateFileOptions
    @Argument(help: "The export to read (- for standard input).") var input: String
    @Flag(help: "Replace the whole reading state instead of merging.") var replace = false

    func run() throws {
        let data: Data
        if input == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                throw ValidationError("cannot read \(input): \(error.localizedDescription)")
            }
        }
        let doc: StateDocument
        do { doc = try StateDocument.decode(data) } catch let e as StateStoreError { throw ValidationError("\(input): \(e)") }
        let store = try state.open()
        let n = try store.importDocument(doc, replace: replace)
        try store.close()
        say("\(replace ? "replaced with" : "imported") \(n.read) read marks, \(n.starred) stars, \(n.positions) positions into \(state.file.path)")
    }
}

struct StatePath: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "Print where the reading state is kept.")
    @OptionGroup var state: StateFileOptions
    func run() throws { say(state.file.path) }
}

struct StateCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the reading state's integrity and count what it holds.")
    @OptionGroup var state: StateFileOptions
    func run() throws {
        let store = try state.open()
        let result = try store.integrityCheck()
        let n = try store.counts()
        say("\(state.file.path): integrity \(result); \(n.read) read, \(n.starred) starred, \(n.positions) positions")
        if result != "ok" { throw ExitCode(1) }
    }
}

/// Writes read marks through the reader's batched writer as fast as asked, printing each one
/// as it is acknowledged (queued), for the kill -9 and two-process tests.
struct StateStress: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stress", abstract: "Write marks in a loop (for tests).", shouldDisplay: false)
    @OptionGroup var state: StateFileOptions
    @Option(help: "Marks to write (0: until killed).") var count = 0
    @Option(help: "Microseconds between marks.") var pause = 1000
    @Option(help: "Prefix of the article ids written.") var prefix = "stress"
    @Option(help: "Seconds between commits of the batched writer.") var interval = StateWriter.defaultInterval

    func run() throws {
        let store = try state.open()
        let writer = StateWriter(store: store, interval: interval)
        let out = FileHandle.standardOutput
        var i = 0
        while count == 0 || i < count {
            i += 1
            let id = ArticleID("\(prefix)-\(String(format: "%08d", i))")
            writer.enqueue(i % 10 == 0 ? [.read(id, true), .star(.article(id), true)] : [.read(id, true)])
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            out.write(Data("\(i) \(ts.tv_sec).\(String(format: "%09d", ts.tv_nsec))\n".utf8))
            if pause > 0 { usleep(UInt32(pause)) }
        }
        writer.flush()
        try store.close()
        out.write(Data("done \(i) commits \(writer.commitCount)\n".utf8))
    }
}
