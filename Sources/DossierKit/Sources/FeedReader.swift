import CXML2
import Foundation

/// Walks a feed file with libxml2's `xmlTextReader`, handing over one item at a time.
struct FeedReader {
    let path: String
    let file: String
    private(set) var feedTitle: String?
    /// The root element's name when it is not a feed's.
    private(set) var notAFeed: String?
    /// Why the feed was refused before any item (an external or exploding entity).
    private(set) var refused: String?
    private(set) var items = 0
    private(set) var truncatedAtLimit = false
    private let errors = ErrorBox()
    /// Internal entities the DOCTYPE declares (name → replacement text), expanded by hand.
    private var entities: [String: String] = [:]

    init(path: String, file: String) { self.path = path; self.file = file }

    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Reads the whole file, calling `each` for every item in order.
    mutating func scan(_ each: (FeedSource.Item) -> Void) {
        guard let r = path.withCString({ xmlReaderForFile($0, nil, cxml_feed_options()) }) else {
            errors.message = "cannot be opened"
            return
        }
        defer { xmlFreeTextReader(r) }
        defer { release(before: nil, each) }
        xmlTextReaderSetStructuredErrorHandler(r, { ctx, err in
            guard let ctx, let err else { return }
            Unmanaged<ErrorBox>.fromOpaque(ctx).takeUnretainedValue().record(err.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())

        var names: [String] = []          // element names by depth
        var item: FeedSource.Item?
        var itemDepth = -1
        var rc = xmlTextReaderRead(r)
        while rc == 1 {
            errors.item = item?.number
            let type = xmlTextReaderNodeType(r)
            let depth = Int(xmlTextReaderDepth(r))
            if type == 10 {   // the DOCTYPE, its internal subset parsed
                switch EntityGuard.check(xmlTextReaderCurrentDoc(r)) {
                case .failure(let f): refused = f.why; return
                case .success(let table): entities = table
                }
            }
            guard type == 1 else {   // elements only; text is read whole per field
                if type == 15, depth == itemDepth, let done = item {
                    finishItem(done, each)
                    item = nil; itemDepth = -1
                    if truncatedAtLimit { return }
                }
                rc = xmlTextReaderRead(r)
                continue
            }
            let name = LibXML.string(xmlTextReaderConstLocalName(r)) ?? ""
            let ns = LibXML.string(xmlTextReaderConstNamespaceUri(r)) ?? ""
            if names.count > depth { names.removeSubrange(depth...) }
            names.append(name)
            if depth == 0 {
                guard name == "rss" || name == "RDF" || (name == "feed" && ns == Self.atom) else { notAFeed = name; return }
            }
            let empty = xmlTextReaderIsEmptyElement(r) == 1
            if item == nil {
                if name == "item" || (name == "entry" && ns == Self.atom) {
                    items += 1
                    var fresh = FeedSource.Item()
                    fresh.number = items
                    fresh.line = Int(xmlTextReaderCurrentNode(r)?.pointee.line ?? 0)
                    release(before: fresh.line, each)
                    if empty { finishItem(fresh, each); if truncatedAtLimit { return } }
                    else { item = fresh; itemDepth = depth }
                } else if name == "title", feedTitle == nil, depth >= 1, names[depth - 1] == "channel" || names[depth - 1] == "feed" {
                    feedTitle = readString(r)
                    rc = xmlTextReaderNext(r)
                    continue
                }
                rc = xmlTextReaderRead(r)
                continue
            }
            // A field of the item: read it whole and move past it (nested elements such as
            // Atom's <source> with its own title are skipped with it).
            if depth == itemDepth + 1 {
                field(r, name: name, ns: ns, into: &item!)
                rc = xmlTextReaderNext(r)
                continue
            }
            rc = xmlTextReaderRead(r)
        }
    }

    private mutating func finishItem(_ item: FeedSource.Item, _ each: (FeedSource.Item) -> Void) {
        if item.number > FeedSource.maxItems { truncatedAtLimit = true; items -= 1; return }
        release(before: nil, each)
        held = item
    }

    /// The last item read waits until the next one starts (or the file ends): libxml2 parses
    /// ahead and closes what is open when the file breaks off, so an item is kept only when no
    /// error lies between its first line and the next item's.
    private var held: FeedSource.Item?
    private mutating func release(before next: Int?, _ each: (FeedSource.Item) -> Void) {
        guard let h = held else { return }
        held = nil
        if errors.message != nil, let line = errors.line, line >= h.line, next.map({ line < $0 }) ?? true {
            damaged = h.number
            return
        }
        each(h)
    }
    /// The item an error cut short.
    private(set) var damaged: Int?

    private func field(_ r: xmlTextReaderPtr, name: String, ns: String, into item: inout FeedSource.Item) {
        let atom = ns == Self.atom
        switch name {
        case "title" where ns.isEmpty || atom:
            if item.title == nil {
                item.titleIsHTML = atom && attribute(r, "type") == "html"
                item.title = atom && attribute(r, "type") == "xhtml" ? innerXML(r) : readString(r)
                if attribute(r, "type") == "xhtml" { item.titleIsHTML = true }
            }
        case "link":
            if atom {
                let rel = attribute(r, "rel") ?? "alternate"
                if rel == "alternate", item.link == nil { item.link = attribute(r, "href") }
            } else if item.link == nil {
                item.link = readString(r)
            }
        case "guid" where ns.isEmpty, "id" where atom:
            item.guid = readString(r)
        case "pubDate" where ns.isEmpty, "published" where atom, "issued" where atom:
            if item.published == nil { item.published = readString(r) }
        case "date" where ns == Self.dublinCore:
            if item.published == nil { item.published = readString(r) }
        case "creator" where ns == Self.dublinCore, "author" where ns.isEmpty:
            if item.author == nil { item.author = readString(r) }
        case "updated" where atom, "modified" where atom:
            item.updated = readString(r)
        case "encoded" where ns == Self.content:
            item.content = readString(r); item.contentIsHTML = true
        case "description" where ns.isEmpty:
            item.summary = readString(r); item.summaryIsHTML = true
        case "content" where atom, "summary" where atom:
            let type = attribute(r, "type") ?? "text"
            let value = type == "xhtml" ? innerXML(r) : readString(r)
            let isHTML = type == "html" || type == "xhtml" || type.hasSuffix("html")
            if name == "content" { item.content = value; item.contentIsHTML = isHTML }
            else { item.summary = value; item.summaryIsHTML = isHTML }
        default:
            break
        }
    }

    /// The text of the current element, its internal entities expanded (libxml2 substitutes none).
    private func readString(_ r: xmlTextReaderPtr) -> String? {
        guard !entities.isEmpty else {
            return LibXML.takeTrimmed(xmlTextReaderReadString(r))
        }
        guard let node = xmlTextReaderExpand(r) else { return nil }
        var out = ""
        func walk(_ n: LibXML.Node) {
            var c = n.pointee.children
            while let x = c {
                c = x.pointee.next
                switch x.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: if let s = x.pointee.content { out += String(cString: s) }
                case XML_ENTITY_REF_NODE:
                    if let name = LibXML.string(x.pointee.name) { out += EntityGuard.expand("&\(name);", entities) }
                case XML_ELEMENT_NODE: walk(x)
                default: continue
                }
            }
        }
        walk(node)
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func innerXML(_ r: xmlTextReaderPtr) -> String? { LibXML.take(xmlTextReaderReadInnerXml(r)) }

    private func attribute(_ r: xmlTextReaderPtr, _ name: String) -> String? {
        name.withCString { p in
            p.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { LibXML.take(xmlTextReaderGetAttribute(r, $0)) }
        }
    }

    /// What went wrong, if anything, as a problem naming the file (and the line).
    func problem(loaded: Int) -> LoadProblem? {
        if let refused { return LoadProblem(file: file, message: refused, isFatal: true) }
        if let notAFeed { return LoadProblem(file: file, message: "not an RSS or Atom feed (its root element is <\(notAFeed)>; skipped)", isFatal: false) }
        if truncatedAtLimit {
            return LoadProblem(file: file, message: "feed has more than \(FeedSource.maxItems) items; the first \(FeedSource.maxItems) loaded, the rest were skipped", isFatal: false)
        }
        guard let message = errors.message else {
            return items == 0 ? LoadProblem(file: file, message: "feed has no items", isFatal: false) : nil
        }
        let after = loaded == 0 ? "no item loaded" : "the \(loaded) item\(loaded == 1 ? "" : "s") before it loaded"
        let item = (damaged ?? errors.item).map { " in item \($0)" } ?? ""
        if errors.entityLoop { return LoadProblem(file: file, line: errors.line, message: message, isFatal: true) }
        // An error on the last line: the file stops in the middle of the feed.
        let what = errors.isAboutTheEnd && (errors.line ?? 0) >= lineCount(path) ? "the file ends in the middle of the feed (truncated?): \(message)" : "not well-formed XML: \(message)"
        return LoadProblem(file: file, line: errors.line, message: "\(what)\(item); \(after)", isFatal: loaded == 0)
    }
}

/// The first error libxml2 reports while reading.
final class ErrorBox: @unchecked Sendable {
    var message: String?
    var line: Int?
    /// The item being read when the error came (nil between items).
    var item: Int?

    func record(_ e: xmlError) {
        guard message == nil, e.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let text = (e.message.map { String(cString: $0) } ?? "error").trimmingCharacters(in: .whitespacesAndNewlines)
        entityLoop = e.code == Int32(XML_ERR_ENTITY_LOOP.rawValue)
        code = e.code
        message = entityLoop ? "entity expansion limit exceeded (an entity bomb: \(text)); not read" : text
        line = e.line > 0 ? Int(e.line) : nil
    }
    var entityLoop = false
    var code: Int32 = 0
    /// Errors libxml2 gives when the input stops short (a tag or the document left open).
    var isAboutTheEnd: Bool {
        [XML_ERR_DOCUMENT_END, XML_ERR_TAG_NOT_FINISHED, XML_ERR_GT_REQUIRED, XML_ERR_LTSLASH_REQUIRED, XML_ERR_TAG_NAME_MISMATCH,
         XML_ERR_DOCUMENT_EMPTY, XML_ERR_LT_REQUIRED, XML_ERR_ATTRIBUTE_NOT_FINISHED, XML_ERR_LITERAL_NOT_FINISHED,
         XML_ERR_CDATA_NOT_FINISHED, XML_ERR_COMMENT_NOT_FINISHED].contains { Int32($0.rawValue) == code }
    }
}

/// How many lines a file has, read in pieces.
func lineCount(_ path: String) -> Int {
    guard let h = FileHandle(forReadingAtPath: path) else { return 0 }
    defer { try? h.close() }
    var lines = 1
    while let chunk = try? h.read(upToCount: 1 << 20), !chunk.isEmpty {
        lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    return lines
}
