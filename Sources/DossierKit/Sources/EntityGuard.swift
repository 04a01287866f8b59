import CXML2
import Foundation

/// Looks at the entities a feed's DOCTYPE declares before anything uses them: an external
/// entity (a file or an address) is never read, and an entity that would expand to more than
/// a megabyte ("billion laughs") is never expanded. Either refuses the feed.
enum EntityGuard {
    static let maxExpansion = 1 << 20

    struct Refusal: Error { var why: String }

    /// The internal entities the document declares (name → replacement text), or why the
    /// document is refused.
    static func check(_ doc: xmlDocPtr?) -> Result<[String: String], Refusal> {
        guard let dtd = doc?.pointee.intSubset else { return .success([:]) }
        var declared: [String: (text: String, external: Bool, system: String?)] = [:]
        var c = dtd.pointee.children
        while let n = c {
            c = n.pointee.next
            guard n.pointee.type == XML_ENTITY_DECL else { continue }
            let e = UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlEntity.self)
            let name = LibXML.string(e.pointee.name) ?? "?"
            let isInternal = e.pointee.etype == XML_INTERNAL_GENERAL_ENTITY || e.pointee.etype == XML_INTERNAL_PARAMETER_ENTITY
                || e.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY
            declared[name] = (LibXML.string(e.pointee.content) ?? "", !isInternal, LibXML.string(e.pointee.SystemID) ?? LibXML.string(e.pointee.URI))
        }
        for (name, d) in declared.sorted(by: { $0.key < $1.key }) where d.external {
            return .failure(Refusal(why: "declares an external entity &\(name); (\(d.system.map { "“\($0)”" } ?? "outside the file")); feeds that would read other files or addresses are not loaded"))
        }
        // Expanded sizes, each entity once; a loop or a size over the limit refuses the feed.
        var size: [String: Int] = [:]
        var visiting = Set<String>()
        func expanded(_ name: String) -> Int {
            if let s = size[name] { return s }
            guard let d = declared[name] else { return name.utf8.count + 2 }
            guard visiting.insert(name).inserted else { return Int.max / 4 }
            defer { visiting.remove(name) }
            var total = 0
            for piece in references(in: d.text) {
                switch piece {
                case .text(let n): total += n
                case .reference(let r): total += expanded(r)
                }
                if total > maxExpansion { break }
            }
            total = min(total, Int.max / 4)
            size[name] = total
            return total
        }
        for name in declared.keys.sorted() where expanded(name) > maxExpansion {
            return .failure(Refusal(why: "entity &\(name); would expand to more than \(maxExpansion / 1024) KiB (an entity bomb); not read"))
        }
        var table: [String: String] = [:]
        for (name, d) in declared where !d.external { table[name] = d.text }
        return .success(table)
    }

    /// `text` with every `&name;` of `entities` replaced, recursively (sizes were checked).
    static func expand(_ text: String, _ entities: [String: String], depth: Int = 0) -> String {
        guard text.contains("&"), depth < 16 else { return text }
        var out = ""
        var b = Substring(text)
        while let amp = b.firstIndex(of: "&") {
            out += b[..<amp]
            let rest = b[b.index(after: amp)...]
            if let semi = rest.prefix(64).firstIndex(of: ";"), let value = entities[String(rest[..<semi])] {
                out += expand(value, entities, depth: depth + 1)
                b = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                b = rest
            }
        }
        return out + b
    }

    enum Piece { case text(Int), reference(String) }

    /// An entity's replacement text as runs of text and `&name;` references (character
    /// references count as text).
    static func references(in s: String) -> [Piece] {
        var out: [Piece] = []
        let b = Array(s.utf8)
        var i = 0, run = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "&"), let semi = b[(i + 1)...].prefix(64).firstIndex(of: UInt8(ascii: ";")), semi > i + 1, b[i + 1] != UInt8(ascii: "#") {
                if run > 0 { out.append(.text(run)); run = 0 }
                out.append(.reference(String(decoding: b[(i + 1)..<semi], as: UTF8.self)))
                i = semi + 1
            } else {
                run += 1; i += 1
            }
        }
        if run > 0 { out.append(.text(run)) }
        return out
    }
}
