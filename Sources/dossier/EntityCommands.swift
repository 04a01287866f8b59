import ArgumentParser
import DossierKit
import Foundation

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entity", abstract: "Print an entity's page: roles over time, mentions, who they met.")
    @OptionGroup var source: CorpusOptions
    @Argument(help: "A name or part of one (“Araghchi”, “Iran”, “energy”).") var name: String

    func run() throws {
        let corpus = try source.load()
        let found = corpus.findEntities(named: name)
        guard let e = found.first, let page = corpus.page(for: e.id) else {
            throw ValidationError("no entity named “\(name)” (see `dossier entities`)")
        }
        say("\(e.name)  [\(e.kind.rawValue)]")
        var facts: [String] = []
        if let c = e.country, e.kind == .person { facts.append(c) }
        if !e.aliases.isEmpty { facts.append("also written: " + e.aliases.joined(separator: ", ")) }
        if !facts.isEmpty { say(facts.joined(separator: " · ")) }
        if found.count > 1 { say("(also matching: " + found.dropFirst().prefix(5).map(\.name).joined(separator: ", ") + ")") }
        if !e.roles.isEmpty {
            say(); say("ROLES OVER TIME")
            for r in e.roles { say("  \(r.date?.description ?? "undated   ")  \(r.title)  — \(r.file)") }
        }
        say(); say("MENTIONED IN (\(page.articles.count))")
        for id in page.articles {
            guard let a = corpus.article(id) else { continue }
            say("  \(a.published?.description ?? "undated   ")  \(a.file)  \(a.title)")
            for m in page.mentions where m.article == id { say("      “\(m.snippet)”") }
        }
        if !page.coMentioned.isEmpty {
            say(); say("MET OR MENTIONED WITH")
            say("  " + page.coMentioned.compactMap { c in corpus.entity(c.entity).map { "\($0.name) (\(c.count))" } }.joined(separator: " · "))
        }
        if e.kind == .person {
            let offices = corpus.officeTimelines().filter { o in o.terms.contains { $0.person == e.id } && o.hasReturn }
            for o in offices { say("note: \(o.country) · \(o.title) changes hands and back over time (see `dossier entities`)") }
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print every mention in an article with the rule and linking sieve that made it.")
    @OptionGroup var source: CorpusOptions
    @Argument(help: "An article id or file.") var article: String

    func run() throws {
        let corpus = try source.load()
        let a = try lookupArticle(article, in: corpus)
        say("\(a.file)  \(a.id)")
        say("title: \(a.title)")
        if let s = a.subtitle { say("subtitle: \(s)") }
        say("published: \(a.published?.description ?? "none")   dateline: \(a.dateline ?? "none")   event: \(a.eventDate?.description ?? "none")")
        for w in a.warnings { say("warning: \(w)") }
        say()
        for m in a.mentions {
            let chars = a.characterRange(of: m.range)
            let name = corpus.entity(m.entity)?.name ?? m.entity.slug
            say("\(String(chars.lowerBound).padding(toLength: 5, withPad: " ", startingAt: 0))-\(String(chars.upperBound).padding(toLength: 5, withPad: " ", startingAt: 0)) \(m.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(m.surface)  → \(name)  [\(m.rule)]")
        }
        let people = Set(a.mentions.filter { $0.kind == .person }.map(\.entity))
        if !people.isEmpty {
            say(); say("LINKING")
            for id in people.sorted() {
                guard let e = corpus.entity(id) else { continue }
                say("  \(e.name): " + e.evidence.joined(separator: "; "))
            }
        }
    }
}

struct Offices: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who held each office according to each article's date; flags A → B → A.")
    @OptionGroup var source: CorpusOptions
    @Option(help: "Only offices of this country.") var country: String?

    func run() throws {
        let corpus = try source.load()
        for o in corpus.officeTimelines() where country == nil || o.country.caseInsensitiveCompare(country!) == .orderedSame {
            say("\(o.country) · \(o.title)\(o.hasReturn ? "   (holder returns: A → B → A)" : "")")
            for t in o.terms {
                let name = corpus.entity(t.person)?.name ?? t.person.slug
                say("  \(t.date?.description ?? "undated   ")  \(name)  — \(corpus.article(t.article)?.file ?? "")")
            }
        }
    }
}
