import Foundation

/// Tests/DevSet/floors.json: the lowest score each metric may have, per gold set name or "all".
/// Keys starting with "_" are comments. A metric with no floor is shown, never asserted.
struct Floors {
    var floors: [String: [String: Double]] = [:]

    static func read(_ url: URL) throws -> Floors {
        guard FileManager.default.fileExists(atPath: url.path) else { return Floors() }
        let name = url.lastPathComponent
        guard case .object(let root) = try JSONDecoder().decode(Value.self, from: Data(contentsOf: url)) else {
            throw DevSetError("\(name): expected an object of gold set names")
        }
        var out = Floors()
        for (set, value) in root where !set.hasPrefix("_") {
            guard case .object(let metrics) = value else { throw DevSetError("\(name): \(set) is not an object of metrics") }
            for (metric, floor) in metrics where !metric.hasPrefix("_") {
                guard case .number(let x) = floor else { throw DevSetError("\(name): \(set).\(metric) is not a number") }
                out.floors[set, default: [:]][metric] = x
            }
        }
        return out
    }

    /// A JSON value, as far as floors.json needs one.
    private enum Value: Decodable {
        case number(Double), object([String: Value]), other
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let x = try? c.decode(Double.self) { self = .number(x) } else if let o = try? c.decode([String: Value].self) {
                self = .object(o)
            } else { self = .other }
        }
    }

    func floor(_ set: String, _ metric: String) -> Double? { floors[set]?[metric] }

    static let slack = 1e-9

    /// Every metric of every set: "score / floor", marked when below it or when the floor could rise.
    func table(_ scored: [(name: String, score: Score)]) -> String {
        let width = 16
        var out = "\(Report.pad("metric", 22))" + scored.map { Report.pad($0.name, width) }.joined() + "\n"
        var raisable: [String] = []
        for metric in Score.metricNames {
            out += Report.pad(metric, 22)
            for (name, s) in scored {
                let x = s.metrics[metric]!
                var cell = Report.f3(x)
                if let f = floor(name, metric) {
                    cell += " / " + Report.f3(f)
                    if x < f - Self.slack { cell += " *" } else if Self.roundDown(x) > f + Self.slack {
                        raisable.append("\(name).\(metric) \(Report.f3(f)) -> \(Report.f3(Self.roundDown(x)))")
                    }
                } else {
                    cell += " / -"
                }
                out += Report.pad(cell, width)
            }
            out += "\n"
        }
        out += "(score / floor from floors.json; * below its floor; - no floor, not asserted)\n"
        if !raisable.isEmpty { out += "floors that can be raised: " + raisable.joined(separator: ", ") + "\n" }
        return out
    }

    /// What is wrong: scores under their floors, and floors naming an unknown set or metric.
    func check(_ scored: [(name: String, score: Score)]) -> [String] {
        var problems: [String] = []
        let byName = Dictionary(scored.map { ($0.name, $0.score) }, uniquingKeysWith: { a, _ in a })
        for set in floors.keys.sorted() {
            guard let s = byName[set] else {
                problems.append("floors.json has floors for \"\(set)\" but there is no gold-\(set).json")
                continue
            }
            for (metric, f) in floors[set]!.sorted(by: { $0.key < $1.key }) {
                guard let x = s.metrics[metric] else {
                    problems.append("floors.json: unknown metric \(set).\(metric) (known: \(Score.metricNames.joined(separator: ", ")))")
                    continue
                }
                if x < f - Self.slack {
                    problems.append("\(set) \(metric) = \(Report.f3(x)) (\(x)) is below its floor \(Report.f3(f))")
                }
            }
        }
        return problems
    }

    /// A score rounded down to 3 decimals: the floor it earns.
    static func roundDown(_ x: Double) -> Double { (x * 1000 + 1e-9).rounded(.down) / 1000 }
}
