import ArgumentParser
import DossierKit
import Foundation

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for news about officials and countries.",
        discussion: "With no subcommand, opens the corpus in the terminal reader.",
        subcommands: [Read.self, List.self, Show.self, Entities.self, EntityCommand.self, Offices.self, Explain.self, Check.self, Export.self, StateCommand.self, Bench.self],
        defaultSubcommand: Read.self
    )

    static func main() {
        main(NewsboatArgument.rewrite(Array(CommandLine.arguments.dropFirst())))
    }
}

/// The reader (TUI).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the corpus in the terminal reader (the default).")
    @OptionGroup var source: CorpusOptions
    @Option(help: "Colour theme name (a file in themes/ or $XDG_CONFIG_HOME/dossier/themes).") var theme: String?
    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.") var noMouse = false
    @Flag(help: "Start at the newest article with no filters, not where you left off (marks and stars are kept).") var fresh = false
    @Flag(name: .customLong("newsboat-marks"), help: "Carry newsboat's read and unread marks over to Dossier's reading state (newsboat's cache is never written).")
    var newsboatMarks = false
    @OptionGroup var state: StateFileOptions

    func run() throws {
        let inputs = try source.resolveInputs()
        for url in inputs {
            guard FileManager.default.fileExists(atPath: url.path) else { throw ValidationError("\(url.path) does not exist") }
        }
        let caches = newsboatMarks ? try source.newsboatCaches() + inputs.filter(NewsboatMarks.isCache) : []
        if newsboatMarks, caches.isEmpty { throw ValidationError("--newsboat-marks needs a newsboat cache: --newsboat [FILE]") }
        let base = source.loadOptions(for: inputs)
        let stateFile = state.file
        let live = liveUpdates(inputs: inputs, options: base)
        let status = runReader(load: { progress, partial in
            // Before the first articles: the reader reads the marks when they arrive. What goes
            // wrong is said elsewhere: an unreadable cache by the load, a state file by the reader.
            NewsboatMarks.take(from: caches, into: stateFile)
            var options = base
            options.progress = progress
            options.partial = partial
            // A watched folder (the watcher started before this): the folder is compared with
            // the index once the corpus shows.
            options.checkLater = (live?.activeMode ?? .off) != .off
            return try Corpus.load(from: inputs, options: options)
        }, theme: theme, mouse: !noMouse, label: source.label(inputs), stateFile: stateFile, fresh: fresh,
           live: live)
        if status != 0 { throw ExitCode(status) }
    }
}
