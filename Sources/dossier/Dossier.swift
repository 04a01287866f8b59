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
}

/// The reader (TUI).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the corpus in the terminal reader (the default).")
    @OptionGroup var source: CorpusOptions
    @Option(help: "Colour theme name (a file in themes/ or $XDG_CONFIG_HOME/dossier/themes).") var theme: String?
    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.") var noMouse = false
    @Flag(help: "Start at the newest article with no filters, not where you left off (marks and stars are kept).") var fresh = false
    @OptionGroup var state: StateFileOptions

    func run() throws {
        let folder = try source.resolveFolder()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("corpus folder \(folder.path) does not exist or is not a folder")
        }
        let base = source.loadOptions(for: folder)
        let status = runReader(load: { progress, partial in
            var options = base
            options.progress = progress
            options.partial = partial
            return try Corpus.load(from: folder, options: options)
        }, theme: theme, mouse: !noMouse, label: source.corpus ?? folder.lastPathComponent, stateFile: state.file, fresh: fresh,
           live: liveUpdates(inputs: [folder], options: base))
        if status != 0 { throw ExitCode(status) }
    }
}
