import CXML2
import Foundation

/// An HTML document taken to text with libxml2's HTML parser: metadata from the head, the body
/// by scoring text blocks as readability tools do, chrome (navigation, cookie banners, share
/// bars, related and most-read lists, comments, scripts and styles) left out.
struct HTMLText {
    typealias Node = LibXML.Node

    /// The page's own metadata (all optional) and its body as paragraphs.
    struct Result {
        var title: String?
        var published: SimpleDate?
        var dateline: String?
        var source: String?
        var link: String?
        var paragraphs: [String] = []
    }

    /// Parses `bytes` as an HTML page; `wholeBody` takes every text block that is not chrome
    /// (feed content is already the article), else the best-scoring part of the page.
    /// Nil when libxml2 makes no document at all.
    static func parse(_ bytes: UnsafeRawBufferPointer, wholeBody: Bool) -> Result? {
        _ = LibXML.ready
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        // Valid UTF-8 is read as UTF-8 (libxml2 would take a page with no charset as Latin-1);
        // anything else is left to the page's own declaration.
        let utf8 = String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        let doc = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
            htmlReadMemory(p, Int32(bytes.count), nil, utf8 ? "UTF-8" : nil, cxml_html_options())
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return Result() }
        var h = HTMLText()
        h.scoring = !wholeBody
        h.survey(root, removed: false)
        var r = h.metadata()
        r.paragraphs = h.body(root, wholeBody: wholeBody)
        return r
    }

    /// HTML in a string (a feed item's content) to paragraphs.
    static func paragraphs(ofFragment html: String) -> [String] {
        var s = html
        return s.withUTF8 { buf in parse(UnsafeRawBufferPointer(buf), wholeBody: true)?.paragraphs } ?? []
    }

    // MARK: - The survey: metadata, chrome, candidate paragraphs

    var meta: [String: String] = [:]
    var jsonLD: [String] = []
    var titleTag: String?
    var firstH1: String?
    var firstTime: String?
    var itempropDate: String?
    var canonical: String?
    /// Elements left out of the body, with everything under them.
    var removed = Set<Node>()
    /// Paragraph-like elements, in document order.
    var candidates: [Node] = []
    /// Readability scores of the elements that hold paragraphs.
    var scores: [Node: Double] = [:]

    static let dropTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "nav",
        "form", "button", "select", "input", "textarea", "aside", "footer", "dialog", "figure", "picture",
        "video", "audio", "source", "head", "menu", "header",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
        "tfoot", "caption", "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary",
        "center", "body", "html",
    ]
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "dd"]
    /// Class or id words of chrome, whatever else the element says.
    static let chromeWords = [
        "cookie", "consent", "gdpr", "comment", "disqus", "share", "sharing", "social", "related", "most-read",
        "mostread", "most_read", "popular", "trending", "recommend", "newsletter", "subscribe", "signup", "outbrain",
        "taboola", "advert", "promo", "sponsor", "paywall", "breadcrumb", "modal", "popup", "read-more", "readmore",
        "more-stories", "also-read", "skip-link", "skiplink", "visually-hidden", "sr-only",
    ]
    /// Class or id words of chrome unless the element also says it holds the article.
    static let weakChromeWords = ["nav", "menu", "sidebar", "footer", "banner", "masthead", "widget", "tags", "toolbar", "header"]
    static let contentWords = ["article", "story", "content", "entry", "post", "body", "main", "text"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar"]

    /// Whether an element is chrome, from its tag and attributes.
    static func isChrome(_ name: String, _ attrs: [String: String]) -> Bool {
        if dropTags.contains(name) { return true }
        if attrs["hidden"] != nil || attrs["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attrs["role"]?.lowercased(), chromeRoles.contains(role) { return true }
        if let style = attrs["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if name == "body" || name == "html" || name == "article" || name == "main" { return false }
        let words = ((attrs["class"] ?? "") + " " + (attrs["id"] ?? "")).lowercased()
        if words.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        if chromeWords.contains(where: words.contains) { return true }
        if weakChromeWords.contains(where: words.contains) { return !contentWords.contains(where: words.contains) }
        return false
    }

    mutating func survey(_ n: Node, removed inRemoved: Bool) {
        guard let name = LibXML.elementName(n) else { return }
        let attrs = LibXML.attributes(n)
        switch name {
        case "meta":
            if let content = attrs["content"] {
                for key in [attrs["property"], attrs["name"], attrs["itemprop"]].compactMap({ $0?.lowercased() }) where meta[key] == nil {
                    meta[key] = content
                }
            }
            return
        case "script":
            if attrs["type"]?.lowercased().contains("ld+json") == true { jsonLD.append(LibXML.rawText(n)) }
            removed.insert(n)   // never text, even in a feed item's content taken whole
            return
        case "title":
            if titleTag == nil { titleTag = TextCleaner.oneLine(LibXML.rawText(n)) }
            return
        case "link":
            if canonical == nil, attrs["rel"]?.lowercased().split(separator: " ").contains("canonical") == true { canonical = attrs["href"] }
            return
        case "style", "noscript", "template", "svg":
            removed.insert(n)
            return
        default: break
        }
        // The article's own header holds its headline and time: read those, leave the rest out.
        let chrome = Self.isChrome(name, attrs)
        if chrome { removed.insert(n) }
        let hard = inHardChrome || (chrome && name != "header")
        let inArticle = inArticleFlag || name == "article" || name == "main"
        if !hard {
            if name == "h1" {
                let t = TextCleaner.oneLine(LibXML.rawText(n))
                if firstH1 == nil || (inArticle && !h1InArticle) { firstH1 = t; h1InArticle = inArticle }
            }
            if itempropDate == nil, attrs["itemprop"]?.lowercased() == "datepublished" {
                itempropDate = attrs["datetime"] ?? attrs["content"] ?? TextCleaner.oneLine(LibXML.rawText(n))
            }
            if name == "time", firstTime == nil, let dt = attrs["datetime"] { firstTime = dt }
        }
        if scoring, !chrome, !inRemoved, Self.paragraphTags.contains(name) || (name == "div" && hasOwnText(n)) { candidates.append(n) }
        let saved = (inHardChrome, inArticleFlag)
        inHardChrome = hard
        inArticleFlag = inArticle
        for c in LibXML.children(n) { survey(c, removed: inRemoved || chrome) }
        (inHardChrome, inArticleFlag) = saved
    }
    var inHardChrome = false
    var inArticleFlag = false
    /// Whether the body is found by scoring (pages), not taken whole (feed content).
    var scoring = true
    var h1InArticle = false

    /// A `div` with text of its own (not only in child blocks) stands for a paragraph.
    func hasOwnText(_ n: Node) -> Bool {
        var c = n.pointee.children
        var length = 0
        while let x = c {
            if x.pointee.type == XML_TEXT_NODE, let s = x.pointee.content {
                length += String(cString: s).trimmingCharacters(in: .whitespacesAndNewlines).count
            }
            c = x.pointee.next
        }
        return length >= 25
    }

    // MARK: - Metadata

    func metadata() -> Result {
        var r = Result()
        let ld = JSONLD.article(in: jsonLD)
        func clean(_ s: String?) -> String? {
            guard let s else { return nil }
            let t = TextCleaner.oneLine(s).trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }
        r.title = clean(ld.headline) ?? clean(meta["og:title"]) ?? clean(meta["twitter:title"]) ?? clean(firstH1) ?? clean(titleTag)
        let dates = [ld.datePublished, meta["article:published_time"], meta["og:published_time"], meta["datepublished"],
                     itempropDate, meta["pubdate"], meta["publishdate"], meta["date"], meta["dc.date"], meta["dc.date.issued"],
                     meta["sailthru.date"], firstTime]
        r.published = dates.lazy.compactMap { $0.flatMap(TextCleaner.date) }.first
        r.dateline = clean(ld.dateline).map(JSONLD.datelineCity)
        r.source = clean(ld.publisher) ?? clean(meta["og:site_name"]) ?? clean(meta["application-name"])
        r.link = clean(meta["og:url"]) ?? clean(canonical) ?? clean(ld.url)
        return r
    }
}
