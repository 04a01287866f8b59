import DossierKit
import Foundation

/// Writes a deterministic corpus of invented articles in the shapes the parser knows: varied
/// headers and datelines, officials with titles, surname re-mentions, countries, topics, chrome.
/// Officials recur across articles so linking has work to do. Used by `dossier bench` and tests.
public enum SyntheticCorpus {
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    static let given = ["Farhad", "Nadia", "Kamran", "Leila", "Tariq", "Yasmin", "Omid", "Sana", "Bahram", "Zainab",
                        "Rustam", "Amina", "Dariush", "Hina", "Javed", "Parisa", "Saeed", "Rukhsana", "Karim", "Shirin"]
    static let surnames = ["Tavakoli", "Qureshi", "Rahimzai", "Baloch", "Kazemi", "Siddiqui", "Nazari", "Hashmi",
                           "Ansari", "Mahmoudi", "Durrani", "Farooqi", "Jafari", "Khattak", "Rostami", "Bukhari"]
    static let countries = [("Iran", "Iranian", "Tehran"), ("Pakistan", "Pakistani", "Islamabad"), ("Afghanistan", "Afghan", "Kabul"),
                            ("Turkey", "Turkish", "Ankara"), ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi")]
    static let roles = ["Foreign Minister", "Defence Minister", "Interior Minister", "Deputy Prime Minister", "Minister for Commerce",
                        "Chief of Army Staff", "Ambassador", "President", "Prime Minister", "Energy Minister"]
    static let topics = ["border security", "counter-terrorism cooperation", "bilateral trade", "energy supplies",
                         "rail connectivity", "defence ties", "cultural exchanges", "nuclear talks", "diplomatic relations"]
    static let filler = [
        "The two sides reviewed the progress made since their last meeting and agreed to meet again within months.",
        "Officials said the talks were held in a cordial atmosphere and covered matters of mutual interest.",
        "A joint statement issued after the meeting said both governments would set up working groups.",
        "The delegation also visited several institutions and held meetings with members of the business community.",
    ]

    /// One official of the pool: the same person recurs with varying forms of the name.
    struct Official { var given: String; var surname: String; var country: Int; var role: String }

    static func officials(_ rng: inout RNG) -> [Official] {
        var out: [Official] = []
        for (i, s) in surnames.enumerated() {
            out.append(Official(given: given[i % given.count], surname: s, country: i % countries.count, role: roles[i % roles.count]))
        }
        return out
    }

    /// The text of article `n` (deterministic in `seed` and `n`).
    public static func article(_ n: Int, seed: UInt64 = 42) -> String {
        var rng = RNG(state: seed &+ UInt64(n) &* 0x2545F4914F6CDD1D)
        var pool = RNG(state: seed)
        let people = officials(&pool)
        let a = people[rng.int(people.count)]
        var b = people[rng.int(people.count)]
        if b.surname == a.surname { b = people[(people.firstIndex { $0.surname == a.surname }! + 1) % people.count] }
        let ca = countries[a.country], cb = countries[b.country]
        let topic = rng.pick(topics), topic2 = rng.pick(topics)
        let year = 2020 + rng.int(6), month = 1 + rng.int(12), day = 1 + rng.int(28)
        let date = SimpleDate(year: year, month: month, day: day)!
        let monthName = SimpleDate.monthNames[month - 1]
        let title = "\(ca.0)’s \(a.role) \(a.surname) meets \(cb.1) counterpart to discuss \(topic)"
        var lines: [String] = []
        switch rng.int(4) {
        case 0: lines.append(" date \(date) \(title)")
        case 1: lines += [title, "\(monthName) \(day), \(year)"]
        case 2: lines.append(title)
        default: lines += [title, "\(day) \(monthName) \(year)"]
        }
        let opener: String
        switch rng.int(3) {
        case 0: opener = "\(cb.2.uppercased()): "
        case 1: opener = "\(cb.2), \(monthName) \(day), \(year) — "
        default: opener = "\(cb.2), \(String(monthName.prefix(3))). \(day) (Agency) – "
        }
        lines.append("")
        lines.append(opener + "\(ca.1) \(a.role) \(a.given) \(a.surname) held talks with \(cb.0)’s \(b.role), \(b.given) \(b.surname), on \(SimpleDate.weekdayNames[rng.int(7)]) to discuss \(topic) and \(topic2).")
        for _ in 0..<(2 + rng.int(4)) {
            lines.append("")
            lines.append(rng.pick(filler) + " \(a.surname) said \(ca.0) valued its ties with \(cb.0), according to the \(cb.1) side.")
        }
        if rng.int(3) == 0 { lines += ["", "Published in print, \(monthName) \(day), \(year)"] }
        if rng.int(2) == 0 { lines += ["", "Tags", "Share", "Newsletter"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `count` articles into `folder` (created if needed) in subfolders of 1,000.
    public static func write(count: Int, to folder: URL, seed: UInt64 = 42) throws {
        let fm = FileManager.default
        for n in 0..<count {
            let dir = folder.appendingPathComponent(String(format: "%03d", n / 1000))
            if n % 1000 == 0 { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
            try Data(article(n, seed: seed).utf8).write(to: dir.appendingPathComponent(String(format: "a%06d.txt", n)))
        }
    }
}
