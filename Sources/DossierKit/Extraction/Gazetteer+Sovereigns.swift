import Foundation

extension Gazetteer {
    /// Whether one of `roles` is a sovereign's title ("King", "former king"): the name it comes
    /// with alone is a given name.
    func hasSovereignTitle(_ roles: some Sequence<String>) -> Bool {
        roles.contains { r in
            // The last word first: a short string, compared without allocating.
            let last = r.lastIndex(of: " ").map { r[r.index(after: $0)...] } ?? r[...]
            guard last.utf8.count <= 8, sovereignLastWords.contains(last.lowercased()) else { return false }
            let t = r.lowercased()
            return sovereignTitles.contains { t == $0 || t.hasSuffix(" " + $0) }
        }
    }
}
