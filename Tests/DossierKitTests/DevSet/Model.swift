import Foundation

/// A gold annotation file (see /work/shared/gold/seeds.json): articles with their people.
struct GoldFile: Decodable {
    var articles: [GoldArticle]

    init(articles: [GoldArticle]) { self.articles = articles }
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        articles = try c.decodeIfPresent([GoldArticle].self, forKey: AnyKey("articles")) ?? []
    }
}

struct GoldArticle: Decodable {
    var file: String
    var title: String?
    var published: String?
    var dateline: String?
    var countries: [String] = []
    var people: [GoldPerson] = []
    var organizations: [String] = []
    var places: [String] = []
    var topics: [String] = []

    init(file: String, title: String? = nil, published: String? = nil, dateline: String? = nil, countries: [String] = [],
         people: [GoldPerson] = [], organizations: [String] = [], places: [String] = [], topics: [String] = []) {
        self.file = file; self.title = title; self.published = published; self.dateline = dateline
        self.countries = countries; self.people = people; self.organizations = organizations; self.places = places; self.topics = topics
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        file = try c.decode(String.self, forKey: AnyKey("file"))
        title = try c.decodeIfPresent(String.self, forKey: AnyKey("title"))
        published = try c.decodeIfPresent(String.self, forKey: AnyKey("published"))
        dateline = try c.decodeIfPresent(String.self, forKey: AnyKey("dateline"))
        countries = try c.decodeIfPresent([String].self, forKey: AnyKey("countries")) ?? []
        people = try c.decodeIfPresent([GoldPerson].self, forKey: AnyKey("people")) ?? []
        organizations = try c.decodeIfPresent([String].self, forKey: AnyKey("organizations")) ?? []
        places = try c.decodeIfPresent([String].self, forKey: AnyKey("places")) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: AnyKey("topics")) ?? []
    }
}

struct GoldPerson: Decodable {
    var id: String
    var mentions: [String]
    var roles: [String] = []
    var country: String?

    init(id: String, mentions: [String], roles: [String] = [], country: String? = nil) {
        self.id = id; self.mentions = mentions; self.roles = roles; self.country = country
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        id = try c.decode(String.self, forKey: AnyKey("id"))
        mentions = try c.decodeIfPresent([String].self, forKey: AnyKey("mentions")) ?? []
        roles = try c.decodeIfPresent([String].self, forKey: AnyKey("roles")) ?? []
        country = try c.decodeIfPresent(String.self, forKey: AnyKey("country"))
    }
}

/// The export JSON as evaluate.py reads it. Decoding is as lenient as the script: missing or null
/// lists are empty, people may be ids or `{"id": …}`, roles may be `{"title","file"}` or bare
/// strings, and non-string organizations or places are dropped.
struct Prediction: Decodable {
    var articles: [PredArticle] = []
    var entities: [PredEntity] = []

    init(articles: [PredArticle] = [], entities: [PredEntity] = []) { self.articles = articles; self.entities = entities }
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        articles = try c.decodeIfPresent([PredArticle].self, forKey: AnyKey("articles")) ?? []
        entities = try c.decodeIfPresent([PredEntity].self, forKey: AnyKey("entities")) ?? []
    }
}

struct PredArticle: Decodable {
    var file = ""
    var title: String?
    var published: String?
    var dateline: String?
    var countries: [String?] = []
    var topics: [String?] = []
    var people: [String] = []
    var organizations: [String] = []
    var places: [String] = []

    init(file: String) { self.file = file }
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        file = c.string("file") ?? ""
        title = c.string("title")
        published = c.string("published")
        dateline = c.string("dateline")
        countries = c.looseList("countries")
        topics = c.looseList("topics")
        organizations = c.looseList("organizations").compactMap { $0 }
        places = c.looseList("places").compactMap { $0 }
        let refs = (try? c.decodeIfPresent([PersonRef].self, forKey: AnyKey("people"))) ?? nil
        people = (refs ?? []).map(\.id)
    }
}

/// An entry of an article's "people": an entity id, or an object carrying one.
struct PersonRef: Decodable {
    var id: String
    init(from decoder: Decoder) throws {
        if let s = try? decoder.singleValueContainer().decode(String.self) { id = s; return }
        let c = try decoder.container(keyedBy: AnyKey.self)
        id = c.string("id") ?? "None"
    }
}

struct PredEntity: Decodable {
    var id: String?
    var kind: String? = "person"
    var name: String?
    var aliases: [String?] = []
    var country: String?
    var roles: [PredRole] = []

    init(id: String, kind: String? = "person", name: String?, aliases: [String?] = [], country: String? = nil, roles: [PredRole] = []) {
        self.id = id; self.kind = kind; self.name = name; self.aliases = aliases; self.country = country; self.roles = roles
    }
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        id = c.string("id")
        kind = c.contains(AnyKey("kind")) ? c.string("kind") : "person"
        name = c.string("name")
        aliases = c.looseList("aliases")
        country = c.string("country")
        roles = ((try? c.decodeIfPresent([PredRole].self, forKey: AnyKey("roles"))) ?? nil) ?? []
    }
}

/// A role of an entity: tied to a file, or (tolerated) a bare title for every file.
enum PredRole: Decodable {
    case inFile(title: String?, file: String)
    case bare(String)
    case other

    init(from decoder: Decoder) throws {
        if let s = try? decoder.singleValueContainer().decode(String.self) { self = .bare(s); return }
        guard let c = try? decoder.container(keyedBy: AnyKey.self) else { self = .other; return }
        self = .inFile(title: c.string("title"), file: c.string("file") ?? "")
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// An element that is a string, or anything else (read as nil).
private struct LooseString: Decodable {
    var value: String?
    init(from decoder: Decoder) throws { value = try? decoder.singleValueContainer().decode(String.self) }
}

extension KeyedDecodingContainer where K == AnyKey {
    func string(_ key: String) -> String? { ((try? decodeIfPresent(String.self, forKey: AnyKey(key))) ?? nil) }
    func looseList(_ key: String) -> [String?] {
        (((try? decodeIfPresent([LooseString].self, forKey: AnyKey(key))) ?? nil) ?? []).map(\.value)
    }
}
