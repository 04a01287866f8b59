import Foundation

/// What a corpus is read from: one or more folders, and files named on their own (a feed, a
/// page, a text, or a store such as a newsreader's cache).
///
/// One folder names its files by their path inside it, as always. Otherwise every input is named
/// by its own name ("seeds/a.txt", "world.xml#3", "cache.db#12"); two inputs of the same name
/// take the folder above as well.
enum CorpusInputs {
    struct Listed {
        var found: [CorpusWalker.Found]
        /// The folders among the inputs (where `aliases.tsv` is looked for).
        var folders: [URL]
    }

    static func list(_ inputs: [URL], options: LoadOptions, problems: inout [LoadProblem]) throws -> Listed {
        guard !inputs.isEmpty else { throw CorpusError("no corpus: name a folder, a feed or a newsreader's cache") }
        let names = displayNames(inputs)
        var found: [CorpusWalker.Found] = []
        var folders: [URL] = []
        var missing: [String] = []
        for (url, name) in zip(inputs, names) {
            var st = stat()
            guard stat(url.path, &st) == 0 else {
                if inputs.count == 1 { throw CorpusError("corpus folder \(url.path) does not exist") }
                missing.append(url.path)
                problems.append(LoadProblem(file: name, message: "\(url.path) does not exist (skipped)", isFatal: true))
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append(url)
                found += CorpusWalker.walk(url, extensions: options.extensions, stores: options.stores,
                                           prefix: inputs.count == 1 ? "" : name, problems: &problems)
            case S_IFREG:
                var f = CorpusWalker.Found(relativePath: name, path: url.path, size: Int(st.st_size), modified: st.modifiedNanoseconds)
                let ext = url.pathExtension.lowercased()
                if Sources.kind(ofPath: name) == nil || !options.extensions.contains(ext) {
                    f.store = options.stores.first { $0.extensions.contains(ext) } ?? options.stores.first { $0.recognises(path: url.path) }
                    guard f.store != nil else {
                        if inputs.count == 1 { throw CorpusError("\(url.path) is not a folder, a feed, an article or a newsreader's cache Dossier can read") }
                        problems.append(LoadProblem(file: name, message: "not a folder, a feed, an article or a newsreader's cache Dossier can read (skipped)", isFatal: true))
                        continue
                    }
                }
                found.append(f)
            default:
                if inputs.count == 1 { throw CorpusError("\(url.path) is not a folder") }
                problems.append(LoadProblem(file: name, message: "not a folder or a regular file (skipped)", isFatal: true))
            }
        }
        if !missing.isEmpty, missing.count == inputs.count {
            throw CorpusError("no corpus: \(missing.joined(separator: ", ")) \(missing.count == 1 ? "does" : "do") not exist")
        }
        return Listed(found: found, folders: folders)
    }

    /// Each input's name in article file names: its own name, with the folders above it as far
    /// as needed to tell two inputs apart.
    static func displayNames(_ inputs: [URL]) -> [String] {
        let paths = inputs.map { $0.standardizedFileURL.path.split(separator: "/").map(String.init) }
        var depth = Array(repeating: 1, count: inputs.count)
        func name(_ i: Int) -> String { paths[i].suffix(depth[i]).joined(separator: "/") }
        var changed = true
        while changed {
            changed = false
            var byName: [String: [Int]] = [:]
            for i in inputs.indices { byName[name(i), default: []].append(i) }
            for (_, same) in byName where same.count > 1 {
                for i in same where depth[i] < paths[i].count { depth[i] += 1; changed = true }
            }
        }
        return inputs.indices.map { i in paths[i].isEmpty ? "/" : name(i) }
    }

    /// The key the corpus's index is kept under: the folder's path for one input, every input's
    /// path, one a line, for several.
    static func key(_ inputs: [URL]) -> String {
        inputs.map { $0.standardizedFileURL.path }.joined(separator: "\n")
    }
}
