@testable import DossierKit
import Foundation
import Testing

/// Files that must not hang, crash or hide the good articles beside them.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("links, loops, special files and odd names are reported; the rest loads")
    func specialFiles() throws {
        let d = TempDir()
        d.write("good.txt", "Good\nKABUL: The minister spoke.\n")
        let fm = FileManager.default
        try fm.createDirectory(at: d.url.appendingPathComponent("loop"), withIntermediateDirectories: true)
        symlink(d.url.path, d.url.appendingPathComponent("loop/up").path)            // a folder loop
        symlink("nowhere.txt", d.url.appendingPathComponent("dangling.txt").path)     // a dangling link
        symlink("self.txt", d.url.appendingPathComponent("self.txt").path)            // a link to itself
        mkfifo(d.url.appendingPathComponent("pipe.txt").path, 0o644)                  // would block a reader
        d.write("bell\u{07}\u{1B}[2J.txt", "Odd name\nKABUL: Text.\n")
        let c = try Corpus.load(from: d.url)
        #expect(Set(c.articles.map(\.file)) == ["good.txt", "bell\u{07}\u{1B}[2J.txt"])
        #expect(c.problems.contains { $0.file == "dangling.txt" })
        #expect(c.problems.contains { $0.file == "self.txt" && $0.message.contains("loop") })
        #expect(c.problems.contains { $0.file == "pipe.txt" && $0.message.contains("not a regular file") })
        #expect(c.problems.contains { $0.file.hasPrefix("loop/up") })
        // Problems name files safely once sanitised.
        for p in c.problems { #expect(!Sanitizer.forTerminal(p.description).unicodeScalars.contains(where: Sanitizer.isUnsafe)) }
    }

    @Test("a file over the size limit is skipped with a problem")
    func sizeLimit() throws {
        let d = TempDir()
        d.write("big.txt", String(repeating: "word ", count: 3000))
        d.write("small.txt", "Small\nKABUL: Text.\n")
        var o = LoadOptions()
        o.maxFileSize = 10_000
        let c = try Corpus.load(from: d.url, options: o)
        #expect(c.articles.map(\.file) == ["small.txt"])
        #expect(c.problems.contains { $0.file == "big.txt" && $0.message.contains("limit") })
    }

    @Test("a file that vanishes between listing and reading is a problem, not a crash")
    func vanished() {
        let d = TempDir()
        let f = CorpusWalker.Found(relativePath: "gone.txt", path: d.url.appendingPathComponent("gone.txt").path)
        guard case .failure(let p) = Corpus.readAndExtract(f, maxSize: 1 << 20) else { Issue.record("loaded a missing file"); return }
        #expect(p.file == "gone.txt" && p.message.contains("vanished"))
    }

    @Test("a one-megabyte line of names and a megabyte of one letter load without hanging")
    func longLines() throws {
        let d = TempDir()
        let names = ["Foreign Minister Abbas Araghchi", "President Asif Ali Zardari", "Mr Khan", "Iran", "the Inter-Services Public Relations (ISPR)"]
        var line = "Big\n"
        var n = 0
        while line.utf8.count < 1 << 20 { line += names[n % names.count] + " said trade. "; n += 1 }
        d.write("names.txt", line)
        d.write("letters.txt", "Letters\n" + String(repeating: "a", count: 1 << 20))
        let c = try Corpus.load(from: d.url)
        #expect(c.articles.count == 2)
        #expect(c.person("Araghchi") != nil)
    }

    @Test("the same text in two files keeps both, under different ids")
    func duplicates() throws {
        let d = TempDir()
        d.write("a.txt", "Same\nKABUL: Text.\n")
        d.write("b.txt", "Same\nKABUL: Text.\n")
        let c = try Corpus.load(from: d.url)
        #expect(c.articles.count == 2)
        #expect(Set(c.articles.map(\.id)).count == 2)
    }

    @Test("atomic writes replace the whole file or nothing")
    func atomic() throws {
        let d = TempDir()
        let f = d.url.appendingPathComponent("out.json")
        try AtomicFile.write(Data("first".utf8), to: f)
        try AtomicFile.write(Data("second".utf8), to: f)
        #expect(try String(contentsOf: f, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.url.path) == ["out.json"])
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data(), to: d.url.appendingPathComponent("missing/x")) }
    }
}

/// Every input the fuzzer ever crashed on stays a test (Tests/Fuzz/regressions).
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("regression inputs parse, extract and link", arguments: inputs)
    func replay(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = String(decoding: data, as: UTF8.self)
        let c = Corpus.build(texts: [(file: name, text: text)])
        #expect(c.articles.count == 1)
        for a in c.articles {
            #expect(a.text == text, "the article keeps its text")
            let bytes = Array(a.text.utf8)
            var last = 0
            for m in a.mentions {
                #expect(m.range.start >= last, "mention \(m.range) overlaps the one before, or comes before it")
                last = max(last, m.range.end)
                #expect(m.range.start >= 0 && m.range.start < m.range.end && m.range.end <= bytes.count)
                guard m.range.end <= bytes.count, m.range.start >= 0, m.range.start < m.range.end else { continue }
                // A mention starts and ends on a character boundary and names an entity of its kind.
                let slice = Array(bytes[m.range.start..<m.range.end])
                #expect(String(validating: slice, as: UTF8.self) != nil, "mention \(m.range) splits a character")
                #expect(c.entity(m.entity)?.kind == m.kind, "mention \(m.range) names a missing entity or one of another kind")
                #expect(c.articles(mentioning: m.entity).contains(a.id))
            }
        }
        // Every entity is named by some article, and the export is valid JSON.
        for (id, _) in c.entities { #expect(!c.articles(mentioning: id).isEmpty, "entity \(id) is named nowhere") }
        #expect((try? JSONSerialization.jsonObject(with: Data(c.exportJSON().utf8))) != nil)
    }

    @Test("a coordinated ministry list with an empty part")
    func emptyMinistryPart() {
        let c = corpus(["Talks\nKABUL: The Ministries of and Disaster Management met. The Ministries of Finance and Planning agreed.\n"])
        #expect(c.names(in: c.articles[0], .organization).contains("Ministry of Planning"))
    }
}
