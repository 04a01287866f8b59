import Foundation

/// The article described by a page's JSON-LD (`<script type="application/ld+json">`):
/// a `NewsArticle` (or `Article`, `ReportageNewsArticle`, `BlogPosting` …), alone, in a list or
/// in an `@graph`.
enum JSONLD {
    struct Fields {
        var headline: String?
        var datePublished: String?
        var dateline: String?
        var publisher: String?
        var url: String?
    }

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
    ]

    static func article(in scripts: [String]) -> Fields {
        var best: [String: Any]?
        var bestIsNews = false
        func visit(_ v: Any, depth: Int) {
            guard depth < 8 else { return }
            if let list = v as? [Any] { list.forEach { visit($0, depth: depth + 1) }; return }
            guard let o = v as? [String: Any] else { return }
            let types = ((o["@type"] as? [Any]) ?? [o["@type"] as Any]).compactMap { ($0 as? String)?.lowercased() }
            if types.contains(where: articleTypes.contains) {
                let news = types.contains { $0.contains("news") }
                if best == nil || (news && !bestIsNews) { best = o; bestIsNews = news }
            }
            if let g = o["@graph"] { visit(g, depth: depth + 1) }
        }
        for s in scripts {
            // Pages put stray control characters and trailing semicolons in these blocks.
            let cleaned = s.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            guard let data = cleaned.data(using: .utf8),
                  let v = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            visit(v, depth: 0)
        }
        guard let o = best else { return Fields() }
        func text(_ v: Any?) -> String? {
            if let s = v as? String { return s }
            if let d = v as? [String: Any] { return text(d["name"]) ?? text(d["@id"]) ?? text(d["url"]) }
            if let a = v as? [Any] { return a.lazy.compactMap(text).first }
            return nil
        }
        return Fields(headline: text(o["headline"]) ?? text(o["name"]), datePublished: text(o["datePublished"]) ?? text(o["dateCreated"]),
                      dateline: text(o["dateline"]), publisher: text(o["publisher"]),
                      url: text(o["url"]) ?? text(o["mainEntityOfPage"]))
    }

    /// "ISLAMABAD, Pakistan" → "Islamabad": the city, in the case a sentence would write it.
    static func datelineCity(_ s: String) -> String {
        let city = s.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? s
        guard city == city.uppercased(), city != city.lowercased() else { return city }
        return city.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
