@testable import DossierKit
import Foundation

/// Parses one article written in the test.
func parse(_ text: String, file: String = "a.txt") -> Article {
    ArticleParser.parse(text: text, file: file, id: ArticleID.make(content: text))
}

/// A corpus of articles written in the test.
func corpus(_ texts: [String], aliases: [String: String] = [:]) -> Corpus {
    Corpus.build(texts: texts.enumerated().map { (file: String(format: "t%02d.txt", $0.offset), text: $0.element) }, aliases: aliases)
}

/// The people of a one-article corpus, by entity name.
func people(_ text: String) -> [String] {
    let c = corpus([text])
    return c.entities(in: c.articles[0].id).filter { $0.kind == .person }.compactMap { c.entity($0)?.name }
}

extension Corpus {
    func person(_ name: String) -> Entity? { findEntities(named: name, kind: .person).first }
    func names(in article: Article, _ kind: EntityKind) -> [String] {
        entities(in: article.id).filter { $0.kind == kind }.compactMap { entity($0)?.name }
    }
}

/// A temporary folder removed when the value is dropped.
final class TempDir {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ text: String) { write(name, Data(text.utf8)) }
    func write(_ name: String, _ data: Data) {
        let f = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: f)
    }
    /// The corpus of this folder, loaded through the index at `index`.
    func load(index: URL) throws -> Corpus {
        var o = LoadOptions()
        o.indexFile = index
        return try Corpus.load(from: url, options: o)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}
