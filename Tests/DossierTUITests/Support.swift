import DossierKit
@testable import DossierTUI
import Foundation
import Testing

/// Shared fixtures: the seed corpus, the shipped themes, states of a given size.
enum Fixtures {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds: Corpus = try! Corpus.load(from: repo.appendingPathComponent("seeds"))
    static let themes = ThemeCatalog.load(directories: [repo.appendingPathComponent("themes")])

    static func state(_ w: Int = 120, _ h: Int = 40, corpus: Corpus = GoldenCorpus.corpus, label: String = "golden",
                      keymap: Keymap = .defaults) -> AppState {
        var s = AppState(corpus: corpus, label: label, width: w, height: h, themes: themes, keymap: keymap)
        _ = s.handle(.resize(width: w, height: h))
        return s
    }

    /// A small corpus written to a temporary folder.
    static func corpus(_ files: [String: String]) -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tui-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try! text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try! Corpus.load(from: dir)
    }

    static let araghchi = EntityID(kind: .person, slug: "seyed-abbas-araghchi")
    static let article000 = seeds.articles.first { $0.file.hasPrefix("000") }!
    static let article003 = seeds.articles.first { $0.file.hasPrefix("003") }!
}

extension AppState {
    /// Sends keys by name ("j", "Enter", "C-d").
    @discardableResult
    mutating func press(_ names: String...) -> [Effect] {
        var out: [Effect] = []
        for n in names { out += handle(.key(Key(name: n)!)) }
        return out
    }

    mutating func type(_ text: String) { for c in text { _ = handle(.key(.char(c))) } }

    var screen: [String] { Renderer.render(self).lines }
    var screenText: String { screen.joined(separator: "\n") }
}
