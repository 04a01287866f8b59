import Foundation

enum FeedSource {
    static func read(path: String, file: String) -> [Result<LocalArticle, LoadProblem>] { [] }
}
