import Foundation

/// Names a reader taught Dossier: `aliases.tsv` beside the articles, one `alias<TAB>canonical name`
/// a line (`#` starts a comment).
struct AliasTable: Sendable {
    /// Folded alias → canonical name as written.
    var canonical: [String: String] = [:]

    static func load(root: URL, extra: [String: String], problems: inout [LoadProblem]) -> AliasTable {
        var t = AliasTable()
        let url = root.appendingPathComponent("aliases.tsv")
        if let s = try? String(contentsOf: url, encoding: .utf8) {
            for (n, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = line.trimmingCharacters(in: .whitespaces)
                if l.isEmpty || l.hasPrefix("#") { continue }
                let parts = l.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    problems.append(LoadProblem(file: "aliases.tsv", line: n + 1, message: "expected `alias<TAB>canonical name`", isFatal: false))
                    continue
                }
                t.canonical[TextFolding.searchFold(parts[0])] = parts[1]
            }
        } else if FileManager.default.fileExists(atPath: url.path) {
            problems.append(LoadProblem(file: "aliases.tsv", message: "cannot be read as UTF-8 text", isFatal: false))
        }
        for (k, v) in extra { t.canonical[TextFolding.searchFold(k)] = v }
        return t
    }

    func lookup(_ surface: String) -> String? { canonical[TextFolding.searchFold(surface)] }
}
