import ArgumentParser
import DossierKit
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List articles by date, newest first, optionally filtered.")
    @OptionGroup var source: CorpusOptions
    @Option(help: "Only articles mentioning this country (repeat for any of several).") var country: [String] = []
    @Option(help: "Only articles on this topic.") var topic: [String] = []
    @Option(help: "Only articles naming this official.") var official: [String] = []
    @Option(help: "Only articles naming this organization.") var organization: [String] = []
    @Option(help: "Published on or after YYYY-MM-DD.") var since: String?
    @Option(help: "Published on or before YYYY-MM-DD.") var until: String?
    @Option(help: "Only articles containing this text.") var search: String?
    @Option(help: ArgumentHelp("A query, as the reader's :filter takes it.", discussion: #"For example: country:Iran topic:trade official:"Ishaq Dar" since:2024-01-01 "foreign minister""#, valueName: "query"))
    var query: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let corpus = try source.load()
        // The options are a query too: one lookup of names for both.
        var q = Query(countries: country, topics: topic, officials: official, organizations: organization,
                      since: try parseDate(since, "--since"), until: try parseDate(until, "--until"), text: search)
        if let query {
            do { q.merge(try corpus.filter(parsing: query).query) } catch { throw ValidationError("--query: \(error)") }
            if let v = q.views.first { throw ValidationError("--query: is:\(v) needs the reader's marks (try `dossier state`)") }
        }
        let filter: Filter
        do { filter = try corpus.filter(for: q) } catch {
            let kind = error.token.prefix { $0 != ":" }
            throw ValidationError("\(error.reason) (see `dossier entities --kind \(Query.Key.named(String(kind))?.kind?.rawValue ?? String(kind))`)")
        }
        let ids = corpus.timeline(filter)
        if json {
            let rows: [[String: Any]] = ids.compactMap(corpus.article).map {
                ["id": $0.id.rawValue, "file": $0.file, "title": $0.title, "published": $0.published?.description ?? NSNull()]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for a in ids.compactMap(corpus.article) {
            say("\(a.published?.description ?? "undated   ")  \(a.id)  \(a.file)  \(a.title)")
        }
        if ids.isEmpty { fail("no article matches") }
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one article: header, text and the entities it names.")
    @OptionGroup var source: CorpusOptions
    @Argument(help: "An article id or file (relative to the corpus).") var article: String

    func run() throws {
        let corpus = try source.load()
        let a = try lookupArticle(article, in: corpus)
        say(a.title)
        if let s = a.subtitle { say(s) }
        var meta = [a.file, a.published?.longDescription ?? "undated"]
        if let d = a.dateline { meta.insert(d, at: 0) }
        if let s = a.source { meta.insert(s, at: 0) }
        if let w = a.author { meta.append("by \(w)") }
        if let e = a.eventDate, e != a.published { meta.append("event \(SimpleDate.weekdayNames[e.weekday]) \(e.longDescription)") }
        say(meta.joined(separator: " · "))
        say()
        for b in a.blocks where b.kind == .heading || b.kind == .paragraph {
            let text = a.string(in: b.range).replacingOccurrences(of: "\n", with: " ")
            say(b.kind == .heading ? "## " + text : text)
            say()
        }
        for kind in EntityKind.allCases {
            let ids = corpus.entities(in: a.id).filter { $0.kind == kind }
            guard !ids.isEmpty else { continue }
            say(kind.plural.uppercased())
            for id in ids {
                guard let e = corpus.entity(id) else { continue }
                var line = "  " + e.name
                if kind == .person {
                    let roles = e.roles.filter { $0.article == a.id }.map(\.title)
                    if !roles.isEmpty { line += " — " + roles.joined(separator: ", ") }
                    if let c = e.country { line += " (\(c))" }
                }
                let others = corpus.articleCount(id) - 1
                if others > 0 { line += "  +\(others)" }
                say(line)
            }
        }
    }
}

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List entities, most mentioned first.")
    @OptionGroup var source: CorpusOptions
    @Option(help: "person, organization, place, country or topic.") var kind: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let corpus = try source.load()
        var k: EntityKind?
        if let kind {
            guard let parsed = EntityKind(rawValue: kind) else { throw ValidationError("--kind must be one of person, organization, place, country, topic") }
            k = parsed
        }
        let list = corpus.allEntities(kind: k)
        if json {
            let rows: [[String: Any]] = list.map {
                ["id": $0.id.description, "kind": $0.kind.rawValue, "name": $0.name, "aliases": $0.aliases,
                 "country": $0.country ?? NSNull(), "articles": corpus.articleCount($0.id)]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for e in list {
            var line = "\(e.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(corpus.articleCount(e.id))  \(e.name)"
            if let c = e.country, e.kind == .person { line += " (\(c))" }
            if !e.aliases.isEmpty { line += "  aka " + e.aliases.joined(separator: "; ") }
            say(line)
        }
    }
}
