import Foundation

extension ExtractionContext {
    /// Topic words in sentences that report the event (not in background or commentary).
    mutating func findTopics() {
        var found: [Candidate] = []
        for b in blocks.indices {
            let toks = blocks[b].tokens
            var backgroundSentences = Set<Int>()
            for i in toks.indices where toks[i].kind == .word {
                for bg in gz.background[toks[i].key] ?? [] where matchPhrase(toks, i, bg, exactCase: false) != nil {
                    backgroundSentences.insert(toks[i].sentence)
                }
            }
            var i = 0
            while i < toks.count {
                defer { i += 1 }
                guard toks[i].kind == .word, !backgroundSentences.contains(toks[i].sentence), let options = gz.topicTriggers[toks[i].key] else { continue }
                for o in options {
                    guard let e = matchPhrase(toks, i, o.keys, exactCase: false) else { continue }
                    // "counter-terrorism" as one trigger, not "terrorism" inside it.
                    if i > 0, toks[i - 1].isHyphen, !toks[i - 1].spaceBefore { break }
                    let r = range(b, i, e)
                    if isCovered(b, i, e) { break }
                    found.append(Candidate(block: b, start: i, end: e, range: r, kind: .topic, name: o.topic, priority: 10, rule: o.rule))
                    i = e - 1
                    break
                }
            }
        }
        // Clusters index into `accepted`: append topics at the end, sort in finish().
        accepted.append(contentsOf: found)
    }
}
