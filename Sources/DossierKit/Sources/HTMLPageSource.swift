import Foundation

/// A page saved from a news site (`.html`, `.htm`): one article, its text the page's body as
/// paragraphs under the headline, its headline, date and dateline from the page's metadata when
/// the page gives them.
enum HTMLPageSource {
    static func read(path: String, file: String, maxSize: Int) -> Result<LocalArticle, LoadProblem> {
        func problem(_ message: String) -> Result<LocalArticle, LoadProblem> {
            .failure(LoadProblem(file: file, message: message, isFatal: true))
        }
        var st = stat()
        if stat(path, &st) != 0 { return problem("file vanished before it could be read") }
        if Int(st.st_size) > maxSize {
            return problem("file is \(Int(st.st_size)) bytes, over the \(maxSize)-byte limit (skipped; see --max-file-size)")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return problem("cannot be read (\(error.localizedDescription))")
        }
        switch document(data) {
        case .failure(let u): return problem(u.why)
        case .success(let doc):
            let article = doc.article(file: file, id: ArticleID.make(content: doc.text))
            return .success(Extractor.extract(article))
        }
    }

    /// The page as the text the parser reads, with its metadata; or why it gives no article.
    struct Unreadable: Error { var why: String }

    static func document(_ data: Data) -> Result<SourceDocument, Unreadable> {
        if data.isEmpty { return .failure(Unreadable(why: "empty file")) }
        if data.prefix(8192).contains(0) { return .failure(Unreadable(why: "binary file (contains NUL bytes)")) }
        guard let page = data.withUnsafeBytes({ HTMLText.parse($0, wholeBody: false) }) else {
            return .failure(Unreadable(why: "not an HTML page libxml2 can read"))
        }
        let text = SourceDocument.text(title: page.title, paragraphs: page.paragraphs)
        // The headline alone is not an article.
        if text.components(separatedBy: "\n\n").count < 2 {
            return .failure(Unreadable(why: "HTML page with no article text (nothing but markup, scripts or site chrome)"))
        }
        return .success(SourceDocument(text: text, title: page.title, published: page.published, dateline: page.dateline,
                                       source: page.source, link: page.link))
    }
}
