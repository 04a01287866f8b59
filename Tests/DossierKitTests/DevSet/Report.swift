import Foundation

/// The scores as text: evaluate.py's metric rows (same labels and digits, so the two can be
/// compared line by line), a per-article account of the misses, and the one-line summary.
enum Report {
    static func f3(_ x: Double) -> String { String(format: "%.3f", x) }
    static func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
    static func lpad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }

    /// evaluate.py's summary line.
    static func summaryLine(_ s: Score) -> String {
        "people_f1=\(f3(s.people.prf.f)) linking_f1=\(f3(s.linking.f1)) countries_f1=\(f3(s.countries.f)) "
            + "dates=\(f3(s.dates)) titles=\(f3(s.titles))"
    }

    /// The per-field table, as evaluate.py prints it below its per-article table.
    static func fieldTable(_ s: Score) -> String {
        let p = s.people, l = s.linking, b = s.linking.bcubed
        func prf(_ x: Score.PRF) -> String { "P=\(f3(x.p)) R=\(f3(x.r)) F1=\(f3(x.f))" }
        let rows: [(String, String)] = [
            ("people detection (micro)", "\(prf(p.prf))  (tp=\(p.tp) fp=\(p.fp) fn=\(p.fn); macro F1=\(f3(p.macroF1)))"),
            ("linking (pairwise)", "\(prf((l.p, l.r, l.f1)))  (gold pairs=\(l.goldPairs) pred pairs=\(l.predPairs) correct=\(l.correctPairs))"),
            ("linking (B-cubed)", prf(b)),
            ("countries", prf(s.countries)),
            ("organizations recall", "\(f3(s.organizations.recall)) (of \(s.organizations.gold))"),
            ("places recall", "\(f3(s.places.recall)) (of \(s.places.gold))"),
            ("published date accuracy", f3(s.dates)),
            ("title exact accuracy", "\(f3(s.titles)) (loose \(f3(s.titlesLoose)))"),
            ("dateline accuracy", f3(s.datelines)),
            ("roles recall", "\(f3(s.roles.recall)) (of \(s.roles.gold))"),
            ("roles precision", "\(f3(s.roles.precision)) (of \(s.roles.pred) predicted for matched people)"),
            ("person country accuracy", "\(f3(s.personCountry.accuracy)) (of \(s.personCountry.gold))"),
            ("topics", prf(s.topics)),
        ]
        var out = rows.map { "\(pad($0.0, 26)) \($0.1)\n" }.joined()
        if !l.splitGoldIDs.isEmpty {
            out += "split gold persons: " + l.splitGoldIDs.sorted { Scorer.pyLess($0.key, $1.key) }
                .map { "\($0.key) -> \($0.value.joined(separator: ", "))" }.joined(separator: "; ") + "\n"
        }
        if !l.mergedPredIDs.isEmpty {
            out += "merged predicted entities: " + l.mergedPredIDs.sorted { Scorer.pyLess($0.key, $1.key) }
                .map { "\($0.key) <- \($0.value.joined(separator: ", "))" }.joined(separator: "; ") + "\n"
        }
        return out
    }

    /// Per article: the people counts, then everything the prediction missed or got wrong.
    static func articles(_ s: Score) -> String {
        var out = "\(pad("file", 46)) \(lpad("gold", 4)) \(lpad("pred", 4)) \(lpad("tp", 3)) \(lpad("P", 5)) \(lpad("R", 5)) \(lpad("F1", 5))  date title dl\n"
        func two(_ x: Double) -> String { lpad(String(format: "%.2f", x), 5) }
        func q(_ s: String?) -> String { s.map { "“\($0)”" } ?? "null" }
        for r in s.perArticle {
            out += "\(pad(String(r.file.prefix(46)), 46)) \(lpad("\(r.goldPeople)", 4)) \(lpad("\(r.predPeople)", 4)) \(lpad("\(r.tp)", 3)) "
                + "\(two(r.peopleP)) \(two(r.peopleR)) \(two(r.peopleF1))  \(lpad(r.dateOK ? "ok" : "--", 4)) "
                + "\(lpad(r.titleOK ? "ok" : "--", 5)) \(lpad(r.datelineOK ? "ok" : "--", 2))\n"
            func line(_ label: String, _ items: [String]) {
                if !items.isEmpty { out += "      \(label): \(items.joined(separator: ", "))\n" }
            }
            line("missed", r.missedPeople)
            line("spurious", r.spuriousPeople)
            line("roles missed", r.rolesMissed)
            line("roles wrong", r.rolesWrong)
            line("person country wrong", r.countryWrong)
            line("countries missed", r.countriesMissed)
            line("countries spurious", r.countriesSpurious)
            line("organizations missed", r.organizationsMissed)
            line("places missed", r.placesMissed)
            if !r.dateOK { out += "      published: gold \(q(r.gold.published)), predicted \(q(r.predicted.published))\n" }
            if !r.titleOK { out += "      title: gold \(q(r.gold.title)), predicted \(q(r.predicted.title))\n" }
            if !r.datelineOK { out += "      dateline: gold \(q(r.gold.dateline)), predicted \(q(r.predicted.dateline))\n" }
        }
        return out
    }

    /// Every metric at full precision, one per line (to compare with `evaluate.py --json`).
    static func exact(_ s: Score) -> String {
        Score.metricNames.map { "\($0)=\(String(format: "%.17g", s.metrics[$0]!))\n" }.joined()
    }

    /// The warnings evaluate.py would print (at most 30).
    static func warnings(_ s: Score) -> String {
        var out = s.warnings.prefix(30).map { "warning: \($0)\n" }.joined()
        if s.warnings.count > 30 { out += "warning: ... \(s.warnings.count - 30) more\n" }
        return out
    }
}
