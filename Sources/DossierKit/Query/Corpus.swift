import Foundation

/// A problem met while loading a file; the file is skipped (or loaded with warnings).
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// True when the file could not be loaded at all.
    public var isFatal: Bool
    public init(file: String, line: Int? = nil, message: String, isFatal: Bool) {
        self.file = file; self.line = line; self.message = message; self.isFatal = isFatal
    }
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
    /// By file, then line (problems without a line first).
    public static func inFileOrder(_ a: LoadProblem, _ b: LoadProblem) -> Bool { (a.file, a.line ?? 0) < (b.file, b.line ?? 0) }
}

/// A mention of an entity as listed on its page.
public struct EntityMentionRef: Hashable, Sendable {
    public var article: ArticleID
    public var mention: Mention
    /// The article's text (in memory or mapped, not copied), so the snippet is cut only when
    /// someone reads it (a common entity has tens of thousands of mentions; a page shows a
    /// screenful).
    let text: ArticleText
    /// A short one-line excerpt around the mention.
    public var snippet: String { Corpus.snippet(text: text, around: mention.range) }

    public static func == (a: EntityMentionRef, b: EntityMentionRef) -> Bool { a.article == b.article && a.mention == b.mention }
    public func hash(into h: inout Hasher) { h.combine(article); h.combine(mention) }
}

/// Everything the entity page shows.
public struct EntityPage: Sendable {
    public var entity: Entity
    /// Articles that mention the entity, newest first (undated last).
    public var articles: [ArticleID]
    public var mentions: [EntityMentionRef]
    /// People named in the same articles, with how many articles they share, most first.
    public var coMentioned: [(entity: EntityID, count: Int)]
}

/// One holder of an office according to one article.
public struct OfficeTerm: Hashable, Sendable {
    public var person: EntityID
    public var article: ArticleID
    public var date: SimpleDate?
}

/// An office (country · title) and who held it in each dated article.
public struct OfficeTimeline: Sendable {
    public var country: String
    public var title: String
    public var terms: [OfficeTerm]
    /// True when the holder goes A → B → A over time (a return, or conflicting reports).
    public var hasReturn: Bool
}
