import CXML2
import Foundation

extension HTMLText {
    /// The body's paragraphs: every text block that is not chrome (`wholeBody`), else the block
    /// that scores best as the article, with the siblings that score well beside it.
    mutating func body(_ root: Node, wholeBody: Bool) -> [String] {
        var lengths = TextLengths()
        var keep: [Node] = [root]
        if !wholeBody, let top = topCandidate(&lengths) {
            keep = [top]
            if let parent = top.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
                let threshold = max(10, (scores[top] ?? 0) * 0.2)
                keep = LibXML.children(parent).filter { s in
                    if s == top { return true }
                    guard let name = LibXML.elementName(s), !removed.contains(s) else { return false }
                    if let score = scores[s], score * (1 - lengths.linkDensity(s)) >= threshold { return true }
                    guard name == "p" else { return false }
                    let (len, density) = (lengths.text(s), lengths.linkDensity(s))
                    return (len > 80 && density < 0.25) || (len > 0 && density == 0 && endsSentence(s))
                }
            }
        }
        var w = ParagraphWriter()
        for n in keep { emit(n, &w, &lengths) }
        w.endParagraph()
        return w.paragraphs
    }

    func endsSentence(_ n: Node) -> Bool {
        let t = TextCleaner.oneLine(LibXML.rawText(n))
        return t.hasSuffix(".") || t.hasSuffix(".”") || t.hasSuffix(".\"")
    }

    /// Readability's scoring: each paragraph of 25 characters or more gives its parent
    /// 1 + commas + a point per 100 characters (at most 3), half that to the grandparent and
    /// less further up; tags and class names weigh in; links count against a block.
    mutating func topCandidate(_ lengths: inout TextLengths) -> Node? {
        var order: [Node] = []
        for p in candidates {
            let text = TextCleaner.oneLine(LibXML.rawText(p))
            let length = text.count
            guard length >= 25 else { continue }
            let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "،" || $1 == "，" ? 1 : 0) }
            let score = 1.0 + Double(commas) + Double(min(3, length / 100))
            var ancestor = p.pointee.type == XML_ELEMENT_NODE && LibXML.elementName(p) == "div" ? p : p.pointee.parent
            var level = 0
            while let a = ancestor, a.pointee.type == XML_ELEMENT_NODE, level < 5 {
                if scores[a] == nil { scores[a] = initialScore(a); order.append(a) }
                scores[a]! += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                ancestor = a.pointee.parent
                level += 1
            }
        }
        var best: (Node, Double)?
        for a in order {
            let s = scores[a]! * (1 - lengths.linkDensity(a))
            scores[a] = s
            if best == nil || s > best!.1 { best = (a, s) }
        }
        return best?.0
    }

    func initialScore(_ n: Node) -> Double {
        guard let name = LibXML.elementName(n) else { return 0 }
        var s: Double
        switch name {
        case "div", "article", "main": s = 5
        case "pre", "td", "blockquote": s = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        let attrs = LibXML.attributes(n)
        let words = ((attrs["class"] ?? "") + " " + (attrs["id"] ?? "")).lowercased()
        if Self.contentWords.contains(where: words.contains) { s += 25 }
        if Self.chromeWords.contains(where: words.contains) || Self.weakChromeWords.contains(where: words.contains) { s -= 25 }
        if attrs["itemprop"]?.lowercased() == "articlebody" { s += 25 }
        return s
    }

    /// Writes the text under `n`: blocks as paragraphs, `<br>` as a line break, chrome and
    /// blocks that are mostly links (lists of other stories) left out.
    func emit(_ n: Node, _ w: inout ParagraphWriter, _ lengths: inout TextLengths) {
        var c = n.pointee.children
        while let x = c {
            c = x.pointee.next
            switch x.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = x.pointee.content { w.text(s) }
            case XML_ELEMENT_NODE:
                guard !removed.contains(x), let name = LibXML.elementName(x) else { continue }
                if name == "br" { w.lineBreak(); continue }
                if name == "img" || name == "hr" || name == "wbr" { continue }
                guard Self.blockTags.contains(name) else {
                    if name == "pre" || name == "code" { w.preformatted += 1 }
                    emit(x, &w, &lengths)
                    if name == "pre" || name == "code" { w.preformatted -= 1 }
                    continue
                }
                if ["ul", "ol", "div", "section", "table", "dl"].contains(name), lengths.linkDensity(x) > 0.5, lengths.text(x) < 2000 { continue }
                if name == "p" || name == "li", lengths.text(x) > 0, lengths.linkDensity(x) > 0.9 { continue }
                w.endParagraph()
                if name == "pre" { w.preformatted += 1 }
                emit(x, &w, &lengths)
                if name == "pre" { w.preformatted -= 1 }
                w.endParagraph()
            default:
                continue
            }
        }
    }
}

/// Text and link-text lengths of elements, computed once each.
struct TextLengths {
    var memo: [LibXML.Node: (text: Int, links: Int)] = [:]

    mutating func measure(_ n: LibXML.Node, inLink: Bool = false) -> (text: Int, links: Int) {
        if let m = memo[n], !inLink { return m }
        var text = 0, links = 0
        var c = n.pointee.children
        while let x = c {
            c = x.pointee.next
            switch x.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = x.pointee.content {
                    let count = TextCleaner.collapsedLength(s)
                    text += count
                    if inLink { links += count }
                }
            case XML_ELEMENT_NODE:
                let isLink = LibXML.elementName(x) == "a"
                let m = measure(x, inLink: inLink || isLink)
                text += m.text
                links += isLink && !inLink ? m.text : m.links
            default: continue
            }
        }
        if !inLink { memo[n] = (text, links) }
        return (text, links)
    }

    mutating func text(_ n: LibXML.Node) -> Int { measure(n).text }
    mutating func linkDensity(_ n: LibXML.Node) -> Double {
        let m = measure(n)
        return m.text == 0 ? 0 : Double(m.links) / Double(m.text)
    }
}

/// Collects paragraphs from text pieces: white space collapsed (kept inside `<pre>`), `<br>` a
/// line break, each block its own paragraph.
struct ParagraphWriter {
    var paragraphs: [String] = []
    var current: [UInt8] = []
    var pendingSpace = false
    var preformatted = 0

    /// A text node's content (NUL-terminated UTF-8).
    mutating func text(_ s: UnsafePointer<UInt8>) {
        let n = strlen(UnsafeRawPointer(s).assumingMemoryBound(to: CChar.self))
        guard preformatted > 0 else {
            TextCleaner.collapse(s, count: n, into: &current, pendingSpace: &pendingSpace)
            return
        }
        var start = 0
        for i in 0...n where i == n || s[i] == 0x0A {
            if start > 0 { lineBreak() }
            TextCleaner.collapse(s + start, count: i - start, into: &current, pendingSpace: &pendingSpace)
            start = i + 1
        }
    }

    mutating func lineBreak() {
        while current.last == 0x20 { current.removeLast() }
        if !current.isEmpty, current.last != 0x0A { current.append(0x0A) }
        pendingSpace = false
    }

    mutating func endParagraph() {
        var lo = 0, hi = current.count
        while lo < hi, current[lo] == 0x20 || current[lo] == 0x0A { lo += 1 }
        while hi > lo, current[hi - 1] == 0x20 || current[hi - 1] == 0x0A { hi -= 1 }
        if lo < hi { paragraphs.append(String(decoding: current[lo..<hi], as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
