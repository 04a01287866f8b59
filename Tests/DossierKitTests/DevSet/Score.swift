import Foundation

/// What `Scorer.score` measures: evaluate.py's result, field for field.
struct Score {
    typealias PRF = (p: Double, r: Double, f: Double)
    var articles: Int
    var people: (prf: PRF, macroF1: Double, tp: Int, fp: Int, fn: Int) = ((1, 1, 1), 1, 0, 0, 0)
    var linking = Linking()
    var countries: PRF = (1, 1, 1)
    var organizations: (recall: Double, gold: Int) = (1, 0)
    var places: (recall: Double, gold: Int) = (1, 0)
    var dates = 1.0, titles = 1.0, titlesLoose = 1.0, datelines = 1.0
    var roles: (recall: Double, gold: Int, precision: Double, pred: Int) = (1, 0, 1, 0)
    var personCountry: (accuracy: Double, gold: Int) = (1, 0)
    var topics: PRF = (1, 1, 1)
    var perArticle: [ArticleRow] = []
    var warnings: [String] = []

    init(articles: Int) { self.articles = articles }

    /// The metrics floors can name, in table order.
    static let metricNames = [
        "people_p", "people_r", "people_f1", "people_macro_f1", "linking_p", "linking_r", "linking_f1", "linking_bcubed_f1",
        "countries_p", "countries_r", "countries_f1", "organizations_recall", "places_recall", "dates", "titles",
        "titles_loose", "datelines", "roles_recall", "roles_precision", "person_country", "topics_p", "topics_r", "topics_f1",
    ]

    var metrics: [String: Double] {
        [
            "people_p": people.prf.p, "people_r": people.prf.r, "people_f1": people.prf.f, "people_macro_f1": people.macroF1,
            "linking_p": linking.p, "linking_r": linking.r, "linking_f1": linking.f1, "linking_bcubed_f1": linking.bcubed.f,
            "countries_p": countries.p, "countries_r": countries.r, "countries_f1": countries.f,
            "organizations_recall": organizations.recall, "places_recall": places.recall, "dates": dates, "titles": titles,
            "titles_loose": titlesLoose, "datelines": datelines, "roles_recall": roles.recall, "roles_precision": roles.precision,
            "person_country": personCountry.accuracy, "topics_p": topics.p, "topics_r": topics.r, "topics_f1": topics.f,
        ]
    }
}

/// One gold article's outcome, with what went wrong in it.
struct ArticleRow {
    var file: String
    var goldPeople = 0, predPeople = 0, tp = 0, fp = 0, fn = 0
    var peopleP = 1.0, peopleR = 1.0, peopleF1 = 1.0
    var missedPeople: [String] = [], spuriousPeople: [String] = []
    var rolesWrong: [String] = [], rolesMissed: [String] = []
    /// Matched people whose entity has another country than the gold one ("id: predicted for gold").
    var countryWrong: [String] = []
    var countriesMissed: [String] = [], countriesSpurious: [String] = []
    var organizationsMissed: [String] = [], placesMissed: [String] = []
    var dateOK = true, titleOK = true, datelineOK = true
    var gold: (published: String?, title: String?, dateline: String?) = (nil, nil, nil)
    var predicted: (published: String?, title: String?, dateline: String?) = (nil, nil, nil)
}

/// Pairwise and B-cubed linking over the gold (article, person) occurrences.
struct Linking {
    var p = 1.0, r = 1.0, f1 = 1.0
    var goldPairs = 0, predPairs = 0, correctPairs = 0
    var bcubed: Score.PRF = (1, 1, 1)
    /// Gold ids whose occurrences went to more than one predicted entity.
    var splitGoldIDs: [String: [String]] = [:]
    /// Predicted entities that took occurrences of more than one gold id.
    var mergedPredIDs: [String: [String]] = [:]

    static func score(_ occurrences: [(file: String, gold: String, pred: String?)]) -> Linking {
        var out = Linking()
        var goldCl: [String: [Int]] = [:], predCl: [String: [Int]] = [:]
        var goldOrder: [String] = [], predOrder: [String] = []
        var predKey: [String] = []
        for (i, o) in occurrences.enumerated() {
            if goldCl[o.gold] == nil { goldOrder.append(o.gold) }
            goldCl[o.gold, default: []].append(i)
            let key = o.pred ?? "__unmatched_\(i)"
            if predCl[key] == nil { predOrder.append(key) }
            predCl[key, default: []].append(i)
            predKey.append(key)
        }
        func pairs(_ k: Int) -> Int { k * (k - 1) / 2 }
        out.goldPairs = goldCl.values.reduce(0) { $0 + pairs($1.count) }
        out.predPairs = predCl.values.reduce(0) { $0 + pairs($1.count) }
        var cells: [String: [String: Int]] = [:]
        for (i, o) in occurrences.enumerated() { cells[o.gold, default: [:]][predKey[i], default: 0] += 1 }
        out.correctPairs = cells.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + pairs($1) } }
        out.p = out.predPairs > 0 ? Double(out.correctPairs) / Double(out.predPairs) : 1.0
        out.r = out.goldPairs > 0 ? Double(out.correctPairs) / Double(out.goldPairs) : 1.0
        out.f1 = Matching.f1(out.p, out.r)
        if !occurrences.isEmpty {
            var bp = 0.0, br = 0.0
            for (i, o) in occurrences.enumerated() {
                let both = Double(cells[o.gold]![predKey[i]]!)
                bp += both / Double(predCl[predKey[i]]!.count)
            }
            for (i, o) in occurrences.enumerated() {
                let both = Double(cells[o.gold]![predKey[i]]!)
                br += both / Double(goldCl[o.gold]!.count)
            }
            let n = Double(occurrences.count)
            out.bcubed = (bp / n, br / n, Matching.f1(bp / n, br / n))
        }
        for gid in goldOrder {
            let pset = Set(goldCl[gid]!.compactMap { occurrences[$0].pred })
            if pset.count > 1 { out.splitGoldIDs[gid] = pset.sorted(by: Scorer.pyLess) }
        }
        for key in predOrder where !key.hasPrefix("__unmatched_") {
            let gset = Set(predCl[key]!.map { occurrences[$0].gold })
            if gset.count > 1 { out.mergedPredIDs[key] = gset.sorted(by: Scorer.pyLess) }
        }
        return out
    }
}
