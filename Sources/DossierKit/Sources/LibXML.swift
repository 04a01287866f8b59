import CXML2
import Foundation

/// The small part of libxml2 the sources use, in Swift terms.
enum LibXML {
    /// libxml2 sets up its global tables once, before any thread parses.
    static let ready: Void = xmlInitParser()

    typealias Node = UnsafeMutablePointer<xmlNode>

    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    /// Takes a string libxml2 allocated, and frees it.
    static func take(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        defer { cxml_free(p) }
        return String(cString: p)
    }

    /// Takes a string libxml2 allocated without the white space around it, and frees it.
    static func takeTrimmed(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        defer { cxml_free(p) }
        var lo = 0
        var hi = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        while lo < hi, isSpace(p[lo]) { lo += 1 }
        while hi > lo, isSpace(p[hi - 1]) { hi -= 1 }
        return String(decoding: UnsafeBufferPointer(start: p + lo, count: hi - lo), as: UTF8.self)
    }

    /// An element's lower-case local name ("p", "div"), nil for any other node.
    static func elementName(_ n: Node) -> String? {
        guard n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    /// Every attribute of an element, names in lower case.
    static func attributes(_ n: Node) -> [String: String] {
        var out: [String: String] = [:]
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name {
                var value = ""
                var c = attr.pointee.children
                while let t = c {
                    if let s = t.pointee.content { value += String(cString: s) }
                    c = t.pointee.next
                }
                out[String(cString: name).lowercased()] = value
            }
            a = attr.pointee.next
        }
        return out
    }

    /// The children of a node, in order.
    static func children(_ n: Node) -> [Node] {
        var out: [Node] = []
        var c = n.pointee.children
        while let x = c { out.append(x); c = x.pointee.next }
        return out
    }

    /// The concatenated text under a node (scripts and styles included: for metadata only).
    static func rawText(_ n: Node) -> String {
        take(xmlNodeGetContent(n)) ?? ""
    }
}
