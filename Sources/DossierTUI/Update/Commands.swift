import DossierKit
import DossierState
import Foundation

/// The `:` commands, each with its help and how to complete its argument.
public enum Command: String, CaseIterable, Sendable {
    case country, topic, official, organization, place, since, until, unread, starred, clear, unfilter, filter, save, view, entity, theme, open, search, help, quit = "q"

    public var help: String {
        switch self {
        case .country: return "filter by a country"
        case .topic: return "filter by a topic"
        case .official: return "filter by an official"
        case .organization: return "filter by an organization"
        case .place: return "filter by a place"
        case .since: return "only articles on or after a date (YYYY-MM-DD)"
        case .until: return "only articles on or before a date"
        case .unread: return "only unread articles (again: every article)"
        case .starred: return "starred entities and articles (again: every article)"
        case .clear: return "remove every filter and the search"
        case .unfilter: return "remove one filter"
        case .filter: return "replace the filters with a query: country:Iran since:2024-01-01 \"text\""
        case .save: return "save the filters as a named view"
        case .view: return "put back a named view's filters"
        case .entity: return "open an entity's page"
        case .theme: return "switch theme"
        case .open: return "open an article by file name"
        case .search: return "search every article's text"
        case .help: return "show the keys"
        case .quit: return "quit"
        }
    }

    var argument: String {
        switch self {
        case .country, .topic, .official, .organization, .place, .entity, .unfilter: return " NAME"
        case .since, .until: return " DATE"
        case .filter: return " QUERY"
        case .save, .view: return " NAME"
        case .theme: return " NAME"
        case .open: return " FILE"
        case .search: return " TEXT"
        default: return ""
        }
    }

    /// The kind of entity a filter command names: the query key of the same name says it.
    var kind: EntityKind? { Query.Key(rawValue: rawValue)?.kind }

    static let aliases: [String: Command] = [
        "person": .official, "people": .official, "who": .official, "org": .organization, "quit": .quit, "e": .entity,
        "clear-filters": .clear, "filter-clear": .clear, "o": .open, "new": .unread, "stars": .starred, "star": .starred,
    ]

    static func named(_ s: String) -> Command? { Command(rawValue: s.lowercased()) ?? aliases[s.lowercased()] }
}

extension AppState {
    mutating func runCommand(_ line: String) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { $0 != " " })
        let arg = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let cmd = Command.named(name) else {
            message = StatusMessage("Unknown command :\(name) · Tab lists the commands", isError: true); return []
        }
        if cmd.argument.hasPrefix(" "), arg.isEmpty, cmd != .search {
            message = StatusMessage(":\(cmd.rawValue)\(cmd.argument): \(cmd.help)", isError: true); return []
        }
        switch cmd {
        case .country, .topic, .official, .organization, .place:
            // The one-term query `country:NAME`: names are looked up as :filter and list --query do.
            var q = Query()
            q.add(arg, kind: cmd.kind!)
            guard let id = (try? corpus.filter(for: q))?.entityIDs.first else {
                message = StatusMessage("No \(cmd.rawValue) named “\(arg)” in \(corpusLabel)", isError: true); return []
            }
            addFilter(id)
        case .unfilter where ReadingFilter(rawValue: arg.lowercased()) != nil:
            guard readingFilter?.rawValue == arg.lowercased() else {
                message = StatusMessage("No filter named “\(arg)”", isError: true); return []
            }
            setReadingFilter(nil)
            message = StatusMessage("Filter removed: \(timeline.count) of \(corpus.articles.count) articles")
        case .unfilter:
            guard let id = filter.entityIDs.first(where: { corpus.entity($0).map { nameMatches($0, arg) } ?? false }) else {
                message = StatusMessage("No filter named “\(arg)”", isError: true); return []
            }
            removeFilter(id)
            message = StatusMessage("Filter removed: \(timeline.count) of \(corpus.articles.count) articles")
        case .since, .until:
            guard let d = SimpleDate(iso: arg) else {
                message = StatusMessage("“\(arg)” is not a date: write YYYY-MM-DD", isError: true); return []
            }
            if cmd == .since { filter.since = d } else { filter.until = d }
            applyFilter()
            message = StatusMessage("\(cmd.rawValue) \(d): \(timeline.count) of \(corpus.articles.count) articles")
        case .filter:
            _ = applyQuery(arg)
        case .save:
            let q = currentQuery
            namedViews[arg] = q.description
            message = StatusMessage("View “\(arg)” saved: \(q.isEmpty ? "every article" : q.description)")
        case .view:
            guard let text = namedViews[arg] else {
                let have = namedViews.keys.sorted()
                message = StatusMessage("No view named “\(arg)”" + (have.isEmpty ? " · :save NAME saves one" : " (have: \(have.joined(separator: ", ")))"), isError: true)
                return []
            }
            _ = applyQuery(text)
        case .unread: toggleUnreadView()
        case .starred: showStarred()
        case .clear: clearFilters()
        case .entity:
            guard let e = corpus.findEntities(named: arg).first else {
                message = StatusMessage("No entity named “\(arg)”", isError: true); return []
            }
            openEntity(e.id)
        case .theme:
            guard let t = themes.theme(named: arg) else {
                message = StatusMessage("No theme “\(arg)” (have: \(themes.names.joined(separator: ", ")))", isError: true); return []
            }
            setTheme(t)
            message = StatusMessage("Theme: \(t.name)")
        case .open:
            guard let a = corpus.article(file: arg) else {
                message = StatusMessage("No article file “\(arg)”", isError: true); return []
            }
            openArticle(a.id)
        case .search: search(arg)
        case .help: overlay = .help(scroll: 0)
        case .quit: return [.quit]
        }
        return []
    }

    /// The filters in force as a query: entities by name, dates, search text and the reading view.
    public var currentQuery: Query {
        var q = corpus.query(for: filter)
        if let r = readingFilter { q.views = [r.rawValue] }
        return q
    }

    /// Replaces every filter with the query `text` (`:filter`, `:view`). On a bad query nothing
    /// changes and the message names the bad token and its column.
    mutating func applyQuery(_ text: String) -> Bool {
        let q: Query, f: Filter
        do { (q, f) = try corpus.filter(parsing: text) } catch {
            message = StatusMessage("Query \(error)", isError: true); return false
        }
        var reading: ReadingFilter?
        for v in q.views {
            guard let r = ReadingFilter(rawValue: v.lowercased()) else {
                let names = ReadingFilter.allCases.map { "is:" + $0.rawValue }.joined(separator: ", ")
                message = StatusMessage("Query “is:\(v)”: no such view (have: \(names))", isError: true); return false
            }
            reading = r
        }
        filter = f
        setReadingFilter(reading)
        message = StatusMessage("Filters \(q.isEmpty ? "none" : q.description): \(timeline.count) of \(corpus.articles.count) articles")
        return true
    }

    func nameMatches(_ e: Entity, _ q: String) -> Bool {
        let l = q.lowercased()
        return ([e.name] + e.aliases).contains { $0.lowercased() == l } || e.id.slug == l || e.name.lowercased().contains(l)
    }

    /// Completions for the text before the cursor: the part kept, the word being completed, and
    /// the candidates for it.
    func completions(for text: String) -> (prefix: String, word: String, candidates: [String]) {
        guard let space = text.firstIndex(of: " ") else {
            let names = Command.allCases.map(\.rawValue).filter { $0.hasPrefix(text.lowercased()) }
            return ("", text, names)
        }
        let name = String(text[..<space])
        let word = text[text.index(after: space)...].trimmingCharacters(in: .whitespaces)
        let prefix = name + " "
        guard let cmd = Command.named(name) else { return (prefix, word, []) }
        let pool: [String]
        switch cmd {
        case .country, .topic, .official, .organization, .place:
            pool = corpus.allEntities(kind: cmd.kind).map(\.name)
        case .entity: pool = corpus.allEntities().map(\.name)
        case .unfilter: pool = filter.entityIDs.compactMap { corpus.entity($0)?.name } + (readingFilter.map { [$0.rawValue] } ?? [])
        case .theme: pool = themes.names
        case .view, .save: pool = namedViews.keys.sorted()
        case .open: pool = corpus.articles.map(\.file)
        case .since, .until: pool = Array(Set(corpus.articles.compactMap { $0.published?.description })).sorted()
        default: pool = []
        }
        let w = word.lowercased()
        let starts = pool.filter { $0.lowercased().hasPrefix(w) }
        let words = pool.filter { p in !starts.contains(p) && p.lowercased().split(separator: " ").contains { $0.hasPrefix(w) } }
        return (prefix, word, Array(NSOrderedSet(array: starts + words)) as? [String] ?? starts + words)
    }
}
