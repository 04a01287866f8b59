extension Query {
    /// Reads the query syntax (see `Query`). Fails on an unknown key, a key with no value, a bad
    /// date or an unclosed quote, naming the token and its column.
    public static func parse(_ input: String) throws(QueryError) -> Query {
        var q = Query()
        var texts: [String] = []
        for token in try tokens(input) {
            guard let keyName = token.key else { texts.append(token.value); continue }
            guard let key = Key.named(keyName) else {
                throw QueryError(token: token.source, column: token.column,
                                 reason: "unknown key “\(keyName):” (keys: \(Key.allCases.map { $0.rawValue + ":" }.joined(separator: " ")))")
            }
            guard !token.value.isEmpty else {
                throw QueryError(token: token.source, column: token.column, reason: "\(key.rawValue): needs a value")
            }
            switch key {
            case .since, .until:
                guard let d = SimpleDate(iso: token.value) else {
                    throw QueryError(token: token.source, column: token.column, reason: "not a date: write YYYY-MM-DD")
                }
                if key == .since { q.since = d } else { q.until = d }
            case .text: texts.append(token.value)
            case .is: if !q.views.contains(token.value) { q.views.append(token.value) }
            case .country, .topic, .official, .organization, .place: q.add(token.value, kind: key.kind!)
            }
        }
        q.text = texts.isEmpty ? nil : texts.joined(separator: " ")
        return q
    }

    struct Token {
        var key: String?
        var value: String
        /// The token as written, for messages.
        var source: String
        /// Where it starts, counting characters from 1.
        var column: Int
    }

    /// Splits on white space outside quotes; `key:` is letters (and `-`) before the first colon.
    static func tokens(_ input: String) throws(QueryError) -> [Token] {
        let chars = Array(input)
        var out: [Token] = []
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            let start = i
            var key: String?
            var j = i
            while j < chars.count, chars[j].isLetter || chars[j] == "-" { j += 1 }
            if j > i, j < chars.count, chars[j] == ":" {
                key = String(chars[i..<j])
                i = j + 1
            }
            var value = ""
            if i < chars.count, chars[i] == "\"" {
                let quote = i
                i += 1
                var closed = false
                while i < chars.count {
                    let c = chars[i]
                    if c == "\\", i + 1 < chars.count { value.append(chars[i + 1]); i += 2; continue }
                    if c == "\"" { closed = true; i += 1; break }
                    value.append(c); i += 1
                }
                guard closed else {
                    throw QueryError(token: String(chars[quote...]), column: quote + 1, reason: "the quote is not closed")
                }
                if i < chars.count, !chars[i].isWhitespace {
                    var end = i
                    while end < chars.count, !chars[end].isWhitespace { end += 1 }
                    throw QueryError(token: String(chars[start..<end]), column: start + 1, reason: "put a space after the closing quote")
                }
            } else {
                while i < chars.count, !chars[i].isWhitespace { value.append(chars[i]); i += 1 }
            }
            out.append(Token(key: key, value: value, source: String(chars[start..<i]), column: start + 1))
        }
        return out
    }
}

extension Corpus {
    /// The timeline filter a query names: each entity name is looked up among entities of its
    /// kind (exact name first). Fails on the first name the corpus does not know. `views` are
    /// left to the caller; they depend on the reading state.
    public func filter(for q: Query) throws(QueryError) -> Filter {
        var f = Filter()
        for kind in Query.printOrder {
            for name in q.names(kind) {
                guard let e = findEntities(named: name, kind: kind).first else {
                    let key = Query.Key(kind: kind).rawValue
                    throw QueryError(token: "\(key):\(Query.quoted(name))", column: 0, reason: "no \(kind.rawValue) named “\(name)” in this corpus")
                }
                f.add(e.id)
            }
        }
        f.since = q.since
        f.until = q.until
        f.text = q.text
        return f
    }

    /// Parses `input` and finds its entities; an unknown name is reported at its token's column.
    public func filter(parsing input: String) throws(QueryError) -> (query: Query, filter: Filter) {
        let q = try Query.parse(input)
        do {
            return (q, try filter(for: q))
        } catch {
            var e = error
            if let t = try? Query.tokens(input).first(where: { t in
                t.key.flatMap(Query.Key.named).flatMap(\.kind).map { "\(Query.Key(kind: $0).rawValue):\(Query.quoted(t.value))" } == e.token
            }) {
                e.token = t.source; e.column = t.column
            }
            throw e
        }
    }

    /// The query that names `f`'s entities, dates and text (what the status bar prints).
    public func query(for f: Filter) -> Query {
        var q = Query(since: f.since, until: f.until, text: f.text)
        for id in f.entityIDs { q.add(entity(id)?.name ?? id.slug, kind: id.kind) }
        return q
    }
}
