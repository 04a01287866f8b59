import DossierKit
import Foundation

/// Wrapped article layouts by (article, width, search), so update and draw share one.
final class ArticleLayoutCache: @unchecked Sendable {
    private var entries: [Key: ArticleLayout] = [:]
    private let lock = NSLock()
    struct Key: Hashable { var id: ArticleID; var width: Int; var search: String? }

    func layout(_ article: Article, width: Int, search: String?) -> ArticleLayout {
        let key = Key(id: article.id, width: width, search: search)
        lock.lock(); defer { lock.unlock() }
        if let l = entries[key] { return l }
        if entries.count > 64 { entries.removeAll() }
        let l = ArticleLayout(article: article, width: width, search: search)
        entries[key] = l
        return l
    }

    /// Forgets everything (the corpus changed).
    func clear() { lock.lock(); entries.removeAll(); lists.removeAll(); lock.unlock() }

    private var lists: [ListKey: ItemList] = [:]
    struct ListKey: Hashable { var article: ArticleID?; var entity: EntityID?; var width: Int; var extra: String }

    /// Sidebar and entity-page items, built once per (what, width): a country's page in a large
    /// corpus has thousands of snippets, made as they are shown and then kept.
    func items(_ key: ListKey, build: () -> ItemList) -> ItemList {
        lock.lock()
        if let l = lists[key] { lock.unlock(); return l }
        lock.unlock()
        let l = build()
        lock.lock()
        if lists.count > 64 { lists.removeAll() }
        lists[key] = l
        lock.unlock()
        return l
    }
}
