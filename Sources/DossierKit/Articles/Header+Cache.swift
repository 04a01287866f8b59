import Foundation

/// The datelines of one parse's lines, each line read once.
extension Header {
    /// The dateline (or none) of each line of a parse's body asked about so far, by the line's
    /// index: the look-ahead under the headline asks it of the lines below the one it stands on,
    /// and the lede's own test asks it again of each of them in turn.
    struct DatelineMemo {
        private var known: [Int: Dateline?] = [:]

        /// `Header.dateline(body[i].text)`, read once per index.
        mutating func dateline(_ body: [Line], at i: Int) -> Dateline? {
            if let d = known[i] { return d }
            let d = Header.dateline(body[i].text)
            known[i] = d
            return d
        }
    }

    /// True when a dateline stands in one of the next four lines, with only date lines, credit
    /// lines, by-lines, captions or section labels before it.
    static func datelineAhead(_ body: [Line], from i: Int, memo: inout DatelineMemo) -> Bool {
        var j = i
        while j < body.count, j < i + 4 {
            if memo.dateline(body, at: j) != nil { return true }
            let t = body[j].text
            // "ISTANBUL" on a line of its own, the text below it.
            if datelineAlone(t) != nil { return true }
            guard DateScanner.isDateLine(t) != nil || DateScanner.creditLineDate(t) != nil || isByline(t)
                || isLabel(t) || isCaption(t) || isTimeOnly(t) else { return false }
            j += 1
        }
        return false
    }
}
