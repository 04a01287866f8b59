import Foundation

/// A port of evaluate.py's `score` (same rules, same order of matching, same arithmetic), so the
/// numbers agree with the script's to every printed digit.
enum Scorer {
    static func score(gold: GoldFile, pred: Prediction) -> Score {
        typealias M = Matching
        var warnings = Set<String>()
        let garts = gold.articles
        var s = Score(articles: garts.count)

        var pmap: [String: PredArticle] = [:]
        for a in pred.articles { pmap[PyText.basename(a.file)] = a }
        let goldFiles = Set(garts.map { PyText.basename($0.file) })
        for f in pmap.keys where !goldFiles.contains(f) { warnings.insert("prediction article not in gold: \(f)") }

        var entities: [String: PredEntity] = [:]
        for e in pred.entities { if let id = e.id { entities[id] = e } }
        func entity(_ eid: String) -> PredEntity {
            if let e = entities[eid] { return e }
            warnings.insert("entity id listed in an article but not defined: \(eid)")
            let e = PredEntity(id: eid, name: eid)
            entities[eid] = e
            return e
        }
        func surface(_ e: PredEntity) -> Set<String> {
            Set(([e.name] + e.aliases).compactMap { $0 }.filter { !$0.isEmpty }.map { M.norm($0) })
        }

        var t = Tally()
        var occurrences: [(file: String, gold: String, pred: String?)] = []
        var macro: [Double] = []

        for ga in garts {
            let f = PyText.basename(ga.file)
            let pa = pmap[f] ?? {
                warnings.insert("gold article missing from prediction: \(f)")
                return PredArticle(file: "")
            }()
            var row = ArticleRow(file: f)

            // people
            var pids: [String] = []
            for x in pa.people where !pids.contains(x) { pids.append(x) }
            for x in pids {
                if let k = entity(x).kind, !k.isEmpty, k != "person" { warnings.insert("\(f): '\(x)' listed under people has kind=\(k)") }
            }
            let gpeople = ga.people
            let psurf = pids.map { surface(entity($0)) }
            var edges: [[Int]] = []
            for gp in gpeople {
                let gm = Set(gp.mentions.map { M.norm($0) })
                let cands = psurf.enumerated().map { (overlap: gm.intersection($0.element).count, pj: $0.offset) }.filter { $0.overlap > 0 }
                edges.append(cands.sorted { ($0.overlap, -$0.pj) > ($1.overlap, -$1.pj) }.map(\.pj))
            }
            let match = M.maxMatching(edges)
            let tp = match.count, fp = pids.count - tp, fn = gpeople.count - tp
            t.pTP += tp; t.pFP += fp; t.pFN += fn
            let (p_, r_, f_) = M.prf(tp, fp, fn)
            macro.append(f_)
            row.goldPeople = gpeople.count; row.predPeople = pids.count; row.tp = tp; row.fp = fp; row.fn = fn
            row.peopleP = p_; row.peopleR = r_; row.peopleF1 = f_
            let matchedRight = Set(match.values)
            row.missedPeople = gpeople.indices.filter { match[$0] == nil }.map { gpeople[$0].id }
            row.spuriousPeople = pids.indices.filter { !matchedRight.contains($0) }.map { pids[$0] }
            for (gi, gp) in gpeople.enumerated() { occurrences.append((f, gp.id, match[gi].map { pids[$0] })) }

            // roles & person country
            for (gi, gp) in gpeople.enumerated() {
                let pe = match[gi].map { entity(pids[$0]) }
                var ptitles: [String] = []
                for r in pe?.roles ?? [] {
                    switch r {
                    case .inFile(let title, let file): if PyText.basename(file) == f { ptitles.append(M.norm(title ?? "")) }
                    case .bare(let title): ptitles.append(M.norm(title))
                    case .other: break
                    }
                }
                for role in gp.roles {
                    t.rolesGold += 1
                    let gr = M.norm(role)
                    if ptitles.contains(where: { PyText.same(gr, $0) || PyText.contains($0, gr) }) {
                        t.rolesHit += 1
                    } else {
                        row.rolesMissed.append("\(gp.id): \(gr)")
                    }
                }
                let golds = gp.roles.map { M.norm($0) }
                for pt in Set(ptitles.filter { !$0.isEmpty }).sorted(by: pyLess) {
                    t.rolesPred += 1
                    if golds.contains(where: { g in PyText.same(g, pt) || PyText.contains(g, pt) || (PyText.contains(pt, g) && !M.changesOffice(pt, g)) }) {
                        t.rolesPredOK += 1
                    } else {
                        row.rolesWrong.append("\(gp.id): \(pt)")
                    }
                }
                if let gc = gp.country, !gc.isEmpty {
                    t.pcGold += 1
                    if let pe, M.normCountry(pe.country) == M.normCountry(gc) {
                        t.pcHit += 1
                    } else if let pe {
                        row.countryWrong.append("\(gp.id): \(pe.country ?? "null") for \(gc)")
                    }
                }
            }

            // countries
            let gc = Set(ga.countries.map { M.normCountry($0) })
            let pc = Set(pa.countries.compactMap { $0 }.filter { !$0.isEmpty }.map { M.normCountry($0) })
            t.cTP += gc.intersection(pc).count; t.cFP += pc.subtracting(gc).count; t.cFN += gc.subtracting(pc).count
            row.countriesMissed = gc.subtracting(pc).sorted(by: pyLess)
            row.countriesSpurious = pc.subtracting(gc).sorted(by: pyLess)

            // topics
            let gt = Set(ga.topics.map { M.normTopic($0) })
            let ptp = Set(pa.topics.compactMap { $0 }.filter { !$0.isEmpty }.map { M.normTopic($0) })
            t.tTP += gt.intersection(ptp).count; t.tFP += ptp.subtracting(gt).count; t.tFN += gt.subtracting(ptp).count

            // organizations / places (recall)
            let orgHits = ga.organizations.filter { M.itemFound($0, pa.organizations) }
            t.oGold += ga.organizations.count; t.oHit += orgHits.count
            row.organizationsMissed = ga.organizations.filter { g in !orgHits.contains { PyText.same($0, g) } }
            let placeHits = ga.places.filter { M.itemFound($0, pa.places) }
            t.plGold += ga.places.count; t.plHit += placeHits.count
            row.placesMissed = ga.places.filter { g in !placeHits.contains { PyText.same($0, g) } }

            // published / title / dateline
            row.dateOK = M.normDate(pa.published) == M.normDate(ga.published)
            row.titleOK = PyText.same(PyText.ws(pa.title ?? ""), PyText.ws(ga.title ?? ""))
            let looseTitleOK = PyText.same(M.norm(pa.title ?? ""), M.norm(ga.title ?? ""))
            row.datelineOK = PyText.same(M.norm(pa.dateline), M.norm(ga.dateline))
            t.dOK += row.dateOK ? 1 : 0; t.tOK += row.titleOK ? 1 : 0; t.tlOK += looseTitleOK ? 1 : 0; t.dlOK += row.datelineOK ? 1 : 0
            row.gold = (ga.published, ga.title, ga.dateline)
            row.predicted = (pa.published, pa.title, pa.dateline)
            s.perArticle.append(row)
        }

        let n = Double(garts.count)
        s.linking = Linking.score(occurrences)
        s.people = (M.prf(t.pTP, t.pFP, t.pFN), macro.reduce(0, +) / n, t.pTP, t.pFP, t.pFN)
        s.countries = M.prf(t.cTP, t.cFP, t.cFN)
        s.topics = M.prf(t.tTP, t.tFP, t.tFN)
        func ratio(_ h: Int, _ g: Int) -> Double { g > 0 ? Double(h) / Double(g) : 1.0 }
        s.organizations = (ratio(t.oHit, t.oGold), t.oGold)
        s.places = (ratio(t.plHit, t.plGold), t.plGold)
        s.dates = Double(t.dOK) / n
        s.titles = Double(t.tOK) / n
        s.titlesLoose = Double(t.tlOK) / n
        s.datelines = Double(t.dlOK) / n
        s.roles = (ratio(t.rolesHit, t.rolesGold), t.rolesGold, ratio(t.rolesPredOK, t.rolesPred), t.rolesPred)
        s.personCountry = (ratio(t.pcHit, t.pcGold), t.pcGold)
        s.warnings = warnings.sorted(by: pyLess)
        return s
    }

    /// Python's string order: by code point.
    static func pyLess(_ a: String, _ b: String) -> Bool { a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }

    private struct Tally {
        var pTP = 0, pFP = 0, pFN = 0, cTP = 0, cFP = 0, cFN = 0, tTP = 0, tFP = 0, tFN = 0
        var oGold = 0, oHit = 0, plGold = 0, plHit = 0, dOK = 0, tOK = 0, tlOK = 0, dlOK = 0
        var rolesGold = 0, rolesHit = 0, rolesPred = 0, rolesPredOK = 0, pcGold = 0, pcHit = 0
    }
}
