import Foundation

/// Reads the structure of a plain-text news article: headline, subtitle, dateline, dates,
/// section headings and paragraphs; drops site chrome. Keeps UTF-8 offsets for every block.
public enum ArticleParser {
    /// " date 2024-07-10 Headline": the header's date before the headline.
    static let headerDate = LinePattern("^date\\s+\\d{4}-\\d{1,2}-\\d{1,2}\\s*", caseInsensitive: true)

    public static func parse(text: String, file: String, id: ArticleID) -> Article {
        var lines = LineSplitter.split(text)
        var warnings: [ParseWarning] = []
        var published: SimpleDate?
        var publishedSource = ""
        var blocks: [Block] = []
        var title = ""
        var subtitle: String?
        var dateline: String?
        var agency: String?
        // The outlet a dated credit line names ("CBC News · Posted: Mar 14, 2025").
        var outlet: String?
        // "By Agência Brasil - Brasília": the city of a by-line, when no dateline gives one.
        var bylineCity: String?

        // Site chrome at the end: from a chrome marker on, when no real paragraph follows it.
        let cut = Chrome.cutIndex(lines)
        if cut < lines.count { lines.removeSubrange(cut...) }
        var body = lines.filter { !$0.isBlank && !Chrome.isLineChrome($0.text) }

        // A trailing "Published in print, July 4, 2025" or "Published: ..." line, perhaps with a
        // short line of the site's after it ("Share | Comments (0)").
        var trailingDate: SimpleDate?
        for back in 1...2 where trailingDate == nil && body.count >= back {
            let k = body.count - back
            let last = body[k]
            guard back == 1 || Header.words(body[k + 1].text, atMost: 4) <= 4, last.text.utf8.count < 160,
                  case let lower = last.text.lowercased(),
                  ["published", "posted", "updated", "first published", "this article was", "this story was", "originally published"]
                    .contains(where: { lower.hasPrefix($0) }) || Header.labelledDateLine(last.text) else { continue }
            trailingDate = DateScanner.scan(last.text).first { $0.year != nil }?.date
            if trailingDate != nil { body.remove(at: k) }
        }

        // Header: " date YYYY-MM-DD Headline" on the first line.
        if let first = body.first, first.text.prefix(5).lowercased() == "date ",
           let m = headerDate.firstRange(in: first.text) {
            let iso = ArticleScan.trimmed(first.text[m].dropFirst(4))
            if let d = SimpleDate(iso: iso) { published = d; publishedSource = "header" }
            else { warnings.append(ParseWarning(line: first.number, "header date \(iso) is not a calendar date")) }
            let skip = first.text.utf8.distance(from: first.text.startIndex, to: m.upperBound)
            body[0].range.start += skip
            body[0].text = String(first.text[m.upperBound...])
        }

        // Leading date lines, links and breadcrumbs ("Home > World > Asia") before the headline.
        var i = 0
        var skipped = 0
        while i < body.count, skipped < 4 {
            if let m = DateScanner.isDateLine(body[i].text) ?? DateScanner.fieldLineDate(body[i].text) ?? Header.isCityDateLine(body[i].text) {
                if published == nil, let d = m.date { published = d; publishedSource = "date line" }
                body.remove(at: i); skipped += 1; continue
            }
            if Header.isLinkOrBreadcrumb(body[i].text) { body.remove(at: i); skipped += 1; continue }
            // A photo caption or a by-line above the headline.
            if i + 1 < body.count, Header.words(body[i + 1].text, atMost: 3) >= 3 {
                if Header.isCaption(body[i].text) {
                    blocks.append(Block(kind: .paragraph, range: body[i].range))
                    body.remove(at: i); skipped += 1; continue
                }
                if Header.isByline(body[i].text) {
                    if bylineCity == nil { bylineCity = Header.bylineCity(body[i].text) }
                    if outlet == nil { outlet = Header.bylineOutlet(body[i].text) }
                    body.remove(at: i); skipped += 1; continue
                }
            }
            // The site's masthead over a headline, a section, a menu or a date line (not over a
            // paragraph): the outlet.
            if i + 2 < body.count, let name = Header.masthead(body[i].text),
               Header.words(body[i + 1].text, atMost: 30) <= 30, !Header.endsLikeSentence(body[i + 1].text) {
                if outlet == nil { outlet = name }
                body.remove(at: i); skipped += 1; continue
            }
            // The site's name over its menu: the outlet (named there as an organization, outside
            // the article's blocks).
            if i + 2 < body.count, Header.isSiteNameAboveMenu(body[i].text, next: body[i + 1].text) {
                if outlet == nil { outlet = Header.siteLineOutlet(body[i].text) }
                body.remove(at: i); skipped += 1; continue
            }
            if i + 2 < body.count, Header.isSiteNameAboveLabel(body[i].text, next: body[i + 1].text, after: body[i + 2].text, atTop: skipped == 0) {
                if outlet == nil { outlet = ArticleScan.trimmed(body[i].text) }
                body.remove(at: i); skipped += 1; continue
            }
            // "POLITICS    12.12.2023, 19:41 CET": the site's section and the story's stamp.
            if i + 1 < body.count, case let stamp = Header.sectionStamp(body[i].text), stamp.ok {
                if published == nil, let d = stamp.date?.date { published = d; publishedSource = "date line" }
                blocks.append(Block(kind: .heading, range: body[i].range))
                body.remove(at: i); skipped += 1; continue
            }
            if let kind = Header.leadingChrome(body[i].text, next: i + 1 < body.count ? body[i + 1].text : nil) {
                if outlet == nil { outlet = Header.trailOutlet(body[i].text) }
                // A label or a trail is kept, as a heading before the title: it may name a body.
                if kind == .label { blocks.append(Block(kind: .heading, range: body[i].range)) }
                body.remove(at: i); skipped += 1; continue
            }
            // The site's name and tagline over its trail, over the headline.
            // (Or a tagline under the file's first line, a site's name already skipped.)
            if let k = Header.siteLinesAboveTrail(body[i..<min(body.count, i + 4)].map(\.text), atTop: skipped == 0,
                                                  underSiteName: skipped == 1 && lines.first(where: { !$0.isBlank }).map { Header.isSiteName($0.text) } == true) {
                if outlet == nil { outlet = Header.siteNameAboveTrail(body[i].text, atTop: skipped == 0) }
                body.removeSubrange(i..<(i + k)); skipped += k; continue
            }
            break
        }
        guard i < body.count else {
            return Article(id: id, file: file, text: text, title: (file as NSString).lastPathComponent,
                           published: published ?? trailingDate, warnings: warnings + [ParseWarning("no text besides a date")])
        }
        // A line of three words or fewer over a headline, with only short lines, date lines or
        // by-lines between: a site's label no rule above knew ("Kyiv Post", "EU Affairs"), not
        // the headline (news headlines are longer).
        if let k = Header.headlineBelowLabel(body.prefix(5).map(\.text)) {
            for line in body[..<k] {
                if let m = DateScanner.isDateLine(line.text) ?? DateScanner.fieldLineDate(line.text) {
                    if published == nil, let d = m.date { published = d; publishedSource = "date line" }
                } else if !Header.isByline(line.text) {
                    blocks.append(Block(kind: .heading, range: line.range))
                }
            }
            body.removeFirst(k)
        }
        title = body[0].text
        blocks.append(Block(kind: .title, range: body[0].range))
        i = 1

        // Date lines, by-lines and a variant headline just under the title.
        var sawSubtitle = false
        while i < body.count, i < 6 {
            let line = body[i]
            if let m = DateScanner.isDateLine(line.text) {
                if published == nil, let d = m.date { published = d; publishedSource = "date line" }
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                i += 1; continue
            }
            // "Source: Xinhua | 2025-02-09 01:12:37 | Editor: huaxia".
            if let m = DateScanner.fieldLineDate(line.text) {
                if published == nil, let d = m.date { published = d; publishedSource = "field line" }
                if outlet == nil { outlet = DateScanner.fieldLineSource(line.text) }
                // "12 March 2024 | Lusaka": the city among the fields.
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                i += 1; continue
            }
            // "Ahram Online , Wednesday 14 Feb 2024", "By Our Correspondent, Abuja | June 14, 2023".
            if let m = DateScanner.creditLineDate(line.text) {
                if published == nil, let d = m.date { published = d; publishedSource = "credit line" }
                if outlet == nil { outlet = DateScanner.creditLineSource(line.text) }
                // "Published - October 07, 2024 09:52 pm IST - NEW DELHI": the city after the date.
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                i += 1; continue
            }
            if Header.isByline(line.text) {
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                if outlet == nil { outlet = Header.bylineOutlet(line.text) }
                i += 1; continue
            }
            if Header.nameOverJob(line.text, next: i + 1 < body.count ? body[i + 1].text : nil) { i += 2; continue }
            // "By Samwel Otieno" over "Parliament reporter".
            if Header.isByline(body[i - 1].text), Header.isJobLine(line.text) { i += 1; continue }
            if line.text == title { i += 1; continue }
            // "Share this:", "Facebook | Twitter | WhatsApp": the site's sharing line under the headline.
            if Header.isSharingLine(line.text) { i += 1; continue }
            if !sawSubtitle, Header.looksLikeHeadline(line.text), !Header.startsWithDateline(line.text, requireDash: true),
               Header.datelineAlone(line.text) == nil {
                subtitle = line.text
                blocks.append(Block(kind: .subtitle, range: line.range))
                sawSubtitle = true
                i += 1; continue
            }
            break
        }

        // The first paragraph may open with a dateline.
        var lede = true
        var previous: Line?
        // Each line's dateline, read once: the look-ahead reads the lines the lede's test reads next.
        var datelines = Header.DatelineMemo()
        while i < body.count {
            let line = body[i]
            defer { previous = line }
            i += 1
            if lede, let d = datelines.dateline(body, at: i - 1) ?? Header.datelineLine(line.text) {
                lede = false
                dateline = d.city
                agency = d.agency
                if let dm = d.date {
                    if let full = dm.date {
                        if published == nil { published = full; publishedSource = "dateline" }
                    } else if published == nil {
                        warnings.append(ParseWarning(line: line.number, "dateline date has no year; no publication date taken from it"))
                    }
                }
                let head = TextRange(line.range.start, line.range.start + d.length)
                blocks.append(Block(kind: .dateline, range: head))
                let rest = TextRange(line.range.start + d.length, line.range.end)
                if !rest.isEmpty { blocks.append(Block(kind: .paragraph, range: rest)) }
                continue
            }
            // "OHRID, North Macedonia" on a line of its own, the text below it.
            if lede, let city = Header.datelineAlone(line.text) {
                lede = false
                dateline = city
                blocks.append(Block(kind: .dateline, range: line.range))
                continue
            }
            // A date line under a deck or a caption, near the top: "Published On 10 Mar 2023".
            if !lede, published == nil, blocks.count <= 4, let m = DateScanner.isDateLine(line.text), let d = m.date {
                published = d; publishedSource = "date line"
                continue
            }
            // A date line or a dated credit line between the headline and the dateline is the article's date.
            if lede, let m = DateScanner.isDateLine(line.text) ?? DateScanner.creditLineDate(line.text) ?? DateScanner.fieldLineDate(line.text) {
                if published == nil, let d = m.date { published = d; publishedSource = "date line" }
                if outlet == nil { outlet = DateScanner.creditLineSource(line.text) }
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                continue
            }
            let next = i < body.count ? body[i] : nil
            // A by-line under a deck, near the top ("by Chinedu Okafor" under a one-sentence
            // summary): the writer's, not the article's text.
            // Not a sentence that opens with "By" ("By noon the talks had collapsed.").
            // Nor a sentence's wrapped line ("… was tabled on Friday" / "by Majority Leader X and").
            if blocks.count <= 4, Header.words(line.text, atMost: 8) <= 8, !Header.endsLikeSentence(line.text),
               !(previous.map { $0.number == line.number - 1 && !Header.endsLikeSentence($0.text) } ?? false),
               line.text.split(separator: " ").dropFirst().first?.first?.isUppercase == true, Header.isByline(line.text) {
                if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                if outlet == nil { outlet = Header.bylineOutlet(line.text) }
                continue
            }
            if blocks.count <= 4, Header.nameOverJob(line.text, next: next?.text) { i += 1; continue }
            // A photo caption, a by-line or a section label above the dateline does not hide it;
            // a caption's date is the picture's, not the article's.
            if lede, line.text.utf8.count < 400, Header.datelineAhead(body, from: i, memo: &datelines) {
                if Header.isByline(line.text) {
                    if bylineCity == nil { bylineCity = Header.bylineCity(line.text) }
                    if outlet == nil { outlet = Header.bylineOutlet(line.text) }
                } else if !Header.isLabel(line.text) {
                    blocks.append(Block(kind: .paragraph, range: line.range))
                } else if outlet == nil, Header.words(line.text) >= 2, !line.text.contains(where: \.isLowercase), Header.isKnownOutlet(line.text) {
                    // "ARAB NEWS" above a caption and the dateline: a known outlet's name in capitals
                    // (not a section's: "TOP NEWS", "MIDDLE EAST").
                    outlet = line.text
                } else if outlet == nil, Header.isOutletName(line.text), !Header.sectionWords.contains(Header.firstWordKey(line.text)) {
                    // "Graphic Online" on a line of its own under the headline.
                    outlet = line.text
                }
                continue
            }
            lede = false
            if Header.looksLikeHeading(line.text, next: next?.text) {
                blocks.append(Block(kind: .heading, range: line.range))
            } else if let last = blocks.last, last.kind == .paragraph, let prev = previous, Header.continues(prev, line) {
                blocks[blocks.count - 1].range.end = line.range.end
            } else {
                blocks.append(Block(kind: .paragraph, range: line.range))
            }
        }

        if dateline == nil, let c = bylineCity { dateline = c }
        // "rudaw.net" over "Rudaw": the outlet by the name its header prints for its address.
        if let named = Header.outletNamedByDomain(lines, address: outlet) { outlet = named }
        if published == nil, let t = trailingDate { published = t; publishedSource = "trailing line" }
        _ = publishedSource
        if published == nil { warnings.append(ParseWarning("no publication date found")) }
        if title.isEmpty { title = (file as NSString).lastPathComponent }
        var article = Article(id: id, file: file, text: text, title: title, subtitle: subtitle,
                              published: published, dateline: dateline, blocks: blocks, warnings: warnings)
        article.eventDate = EventDate.find(in: article)
        article.agency = agency
        article.source = outlet
        return article
    }
}
