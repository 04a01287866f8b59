@testable import DossierKit
import Foundation
import Testing

/// Pages written for these tests in the shapes news sites use (never copied from a real site).
enum Pages {
    /// A news site's article page: Open Graph and JSON-LD metadata, a cookie banner, navigation,
    /// a share bar, a figure, related and most-read lists, comments, a footer and scripts.
    static let ledger = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Foreign ministers meet in Ankara | The Daily Ledger</title>
<meta property="og:title" content="Foreign ministers of Turkey and Egypt meet in Ankara">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:url" content="https://ledger.example/world/2024/03/ministers-meet">
<meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
<link rel="canonical" href="https://ledger.example/world/2024/03/ministers-meet">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Daily Ledger"},
{"@type":"NewsArticle","headline":"Foreign ministers of Turkey and Egypt meet in Ankara","datePublished":"2024-03-05T09:30:00+03:00","dateline":"ANKARA, Turkey","publisher":{"@type":"Organization","name":"The Daily Ledger"}}]}
</script>
<style>body { font-family: serif; }</style>
</head>
<body>
<div id="cookie-banner" class="consent">We use cookies to improve your experience. Accept all cookies or manage your settings, please.</div>
<header class="site-header"><a href="/" class="logo">The Daily Ledger</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main>
<article class="story">
<header><h1>Foreign ministers of Turkey and Egypt meet in Ankara</h1>
<p class="byline">By Staff Reporter · <time datetime="2024-03-05T09:30:00+03:00">March 5, 2024</time></p></header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
<div class="article-body">
<p>ANKARA, March 5 (Ledger) — Turkish Foreign Minister Hakan Fidan received his Egyptian counterpart Sameh Shoukry in Ankara on Tuesday, the first such visit in more than a decade, officials said.</p>
<p>The two ministers discussed trade, the war in Gaza and energy cooperation in the eastern Mediterranean, according to a statement from the Turkish foreign ministry.</p>
<p>&ldquo;We are opening a new chapter,&rdquo; Fidan told reporters after the meeting.<br>Shoukry said Egypt welcomed the step &amp; would reciprocate.</p>
<figure><img src="a.jpg" alt=""><figcaption>File photo: the ministers in Cairo, 2023.</figcaption></figure>
<p>The visit follows months of contacts between Ankara and Cairo, which restored full diplomatic relations last year after a long rift.</p>
</div>
<section class="related-stories"><h2>Related</h2><ul><li><a href="/a">Erdogan to visit Cairo in February, officials say</a></li><li><a href="/b">Egypt and Turkey name ambassadors after a decade</a></li></ul></section>
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/c">Markets fall as oil prices rise sharply again</a></li></ol></aside>
<section id="comments" class="comments-area"><h3>3 comments</h3><div class="comment"><p>This is a long comment from a reader who disagrees with everything, at length.</p><time datetime="2024-03-06">March 6</time></div></section>
</main>
<footer><p>© 2024 The Daily Ledger. All rights reserved. Contact us at our offices.</p></footer>
<script>window.analytics = {track: function(){}};</script>
</body>
</html>
"""#

    /// No metadata at all: the headline is the page's `<h1>`, the date and dateline come from the
    /// text rules (a dateline with a year in the first paragraph).
    static let plain = """
    <html><head><title>Dawn Herald - World</title></head><body>
    <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
    <div id="content"><h1>Pakistan and Iran agree to reopen border crossings</h1>
    <div class="entry-content">
    <p>ISLAMABAD, June 12, 2024 — Pakistan and Iran agreed on Wednesday to reopen two border crossings in Balochistan, the foreign office said in a statement.</p>
    <p>The decision followed talks between officials of the two countries in Islamabad earlier this week, the statement added.</p>
    </div></div>
    <div class="sidebar-widget"><p>Subscribe to our newsletter for the day's top stories, every morning.</p></div>
    </body></html>
    """
}

@Suite("Sources: HTML pages")
struct SourceHTMLTests {
    func page(_ html: String) throws -> SourceDocument {
        try HTMLPageSource.document(Data(html.utf8)).get()
    }

    @Test("metadata gives the headline, date, dateline, site and link")
    func metadata() throws {
        let doc = try page(Pages.ledger)
        #expect(doc.title == "Foreign ministers of Turkey and Egypt meet in Ankara")
        #expect(doc.published == SimpleDate(year: 2024, month: 3, day: 5))
        #expect(doc.dateline == "Ankara")
        #expect(doc.source == "The Daily Ledger")
        #expect(doc.link == "https://ledger.example/world/2024/03/ministers-meet")
        let a = doc.article(file: "ledger.html", id: ArticleID.make(content: doc.text))
        #expect(a.title == doc.title)
        #expect(a.published == doc.published)
        #expect(a.eventDate == SimpleDate(year: 2024, month: 3, day: 5))   // "on Tuesday"
        #expect(a.warnings.isEmpty)
    }

    @Test("the body keeps the article and leaves chrome out")
    func body() throws {
        let text = try page(Pages.ledger).text
        #expect(text.hasPrefix("Foreign ministers of Turkey and Egypt meet in Ankara\n\nANKARA, March 5 (Ledger) — Turkish"))
        #expect(text.contains("restored full diplomatic relations last year after a long rift."))
        for chrome in ["cookies", "Politics", "Share on", "Email this story", "Erdogan to visit", "Markets fall",
                       "long comment", "All rights reserved", "analytics", "font-family", "File photo", "By Staff Reporter"] {
            #expect(!text.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("entities decode; <br> and <p> become line breaks")
    func entitiesAndBreaks() throws {
        let text = try page(Pages.ledger).text
        #expect(text.contains("“We are opening a new chapter,” Fidan told reporters after the meeting.\nShoukry said Egypt welcomed the step & would reciprocate.\n\n"))
        let doc = try page("<html><body><article><p>Caf&eacute; owners in Kabul said on Monday that prices rose&nbsp;by a third &#8212; again.</p><p>Second&#x20;paragraph of the story, long enough to count.</p></article></body></html>")
        #expect(doc.text.contains("Café owners in Kabul said on Monday that prices rose by a third — again."))
    }

    @Test("without metadata the text rules give the headline, date and dateline")
    func fallback() throws {
        let doc = try page(Pages.plain)
        #expect(doc.title == "Pakistan and Iran agree to reopen border crossings")
        #expect(doc.published == nil)
        let a = doc.article(file: "plain.html", id: ArticleID.make(content: doc.text))
        #expect(a.title == "Pakistan and Iran agree to reopen border crossings")
        #expect(a.published == SimpleDate(year: 2024, month: 6, day: 12))
        #expect(a.dateline == "Islamabad")
        #expect(!a.text.contains("newsletter"))
        #expect(!a.text.contains("Home"))
    }

    @Test("JSON-LD alone, then <time datetime>, give the date")
    func dateSources() throws {
        let body = "<p>KABUL — The Taliban administration named a new governor for Herat province on Sunday, officials said.</p><p>A second paragraph with more words about the appointment follows here.</p>"
        let ld = try page(#"<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"Taliban name Herat governor","datePublished":"2023-11-19"}]</script></head><body><article>"# + body + "</article></body></html>")
        #expect(ld.title == "Taliban name Herat governor")
        #expect(ld.published == SimpleDate(year: 2023, month: 11, day: 19))
        let time = try page(#"<html><body><article><h1>Herat governor named</h1><p class="meta"><time datetime="2023-11-20T08:00:00Z">Monday</time></p>"# + body + "</article></body></html>")
        #expect(time.title == "Herat governor named")
        #expect(time.published == SimpleDate(year: 2023, month: 11, day: 20))
    }

    @Test("a Latin-1 page with its charset declared decodes")
    func latin1() throws {
        var bytes = Array(#"<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article><h1>Minister visits S"#.utf8)
        bytes.append(0xE3)   // ã
        bytes += Array(#"o Paulo</h1><p>S"#.utf8)
        bytes.append(0xE3)
        bytes += Array("o Paulo, May 8, 2025 - The minister met officials from the state government on Thursday.</p><p>More text of the article follows in this second paragraph here.</p></article></body></html>".utf8)
        let doc = try HTMLPageSource.document(Data(bytes)).get()
        #expect(doc.title == "Minister visits São Paulo")
        #expect(doc.text.contains("São Paulo, May 8, 2025 - The minister"))
    }

    @Test("a page loads like a text file: offsets, explain, :open and the index")
    func loads() throws {
        let d = TempDir()
        d.write("pages/ledger.html", Pages.ledger)
        d.write("notes.txt", "Note\nKABUL: The minister spoke.\n")
        var o = LoadOptions()
        o.indexFile = d.url.appendingPathComponent("index.bin")
        let c = try Corpus.load(from: d.url, options: o)
        let a = try #require(c.article(file: "pages/ledger.html"))
        #expect(a.title == "Foreign ministers of Turkey and Egypt meet in Ankara")
        #expect(a.source == "The Daily Ledger")
        #expect(!a.mentions.isEmpty)
        for m in a.mentions { #expect(a.string(in: m.range) == m.surface) }
        #expect(c.person("Hakan Fidan") != nil)
        #expect(!c.problems.contains { $0.file.hasSuffix(".html") })
        // Again from the index: the same article, its source and link kept.
        let again = try Corpus.load(from: d.url, options: o)
        let b = try #require(again.article(file: "ledger.html"))
        #expect(b.id == a.id && b.text == a.text && b.source == a.source && b.link == a.link && b.published == a.published)
        #expect(b.mentions.map(\.range) == a.mentions.map(\.range))
    }
}
