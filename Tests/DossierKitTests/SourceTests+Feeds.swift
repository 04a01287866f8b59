@testable import DossierKit
import Foundation
import Testing

/// Feeds written for these tests in the shapes real feeds use (never copied from a real feed).
enum Feeds {
    /// RSS 2.0 with content:encoded, Dublin Core, an atom:link, CDATA and escaped HTML.
    static let wire = #"""
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Frontier Wire — World</title>
  <link>https://wire.example/world</link>
  <description>World news from Frontier Wire</description>
  <atom:link href="https://wire.example/world/feed" rel="self" type="application/rss+xml"/>
  <item>
    <title>Pakistan and Iran agree to reopen border crossings</title>
    <link>https://wire.example/world/2024/06/12/border-crossings</link>
    <guid isPermaLink="false">wire-2024-0612-001</guid>
    <pubDate>Wed, 12 Jun 2024 09:30:00 +0500</pubDate>
    <dc:creator>Staff</dc:creator>
    <description>Pakistan and Iran agreed to reopen two crossings.</description>
    <content:encoded><![CDATA[<p>ISLAMABAD — Pakistan and Iran agreed on Wednesday to reopen two border crossings in Balochistan, Foreign Office spokesperson Mumtaz Zahra Baloch said.</p><p>The decision followed talks in Islamabad&nbsp;this week.<br/>Trade is expected to resume next month.</p><div class="share">Share this story</div>]]></content:encoded>
  </item>
  <item>
    <title>Kenya&#8217;s president visits Addis Ababa</title>
    <link>https://wire.example/world/2024/06/11/kenya-ethiopia</link>
    <pubDate>Tue, 11 Jun 2024 18:00:00 GMT</pubDate>
    <description>&lt;p&gt;NAIROBI, Kenya (Wire) — President William Ruto flew to Addis Ababa on Tuesday for talks with Prime Minister Abiy Ahmed, his office said.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""#

    /// Atom: an HTML title, XHTML content, an enclosure link, a <source> with its own title, and
    /// an entry whose link is also in the wire feed.
    static let harbour = #"""
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Harbour Daily: Asia</title>
  <id>tag:harbour.example,2024:asia</id>
  <updated>2024-06-13T10:00:00Z</updated>
  <entry>
    <title type="html">Japan &amp;amp; South Korea hold &lt;em&gt;security&lt;/em&gt; talks</title>
    <link rel="alternate" type="text/html" href="https://harbour.example/asia/japan-korea-talks"/>
    <link rel="enclosure" href="https://harbour.example/img/talks.jpg"/>
    <id>tag:harbour.example,2024:asia/4471</id>
    <published>2024-06-13T08:15:00+09:00</published>
    <updated>2024-06-13T09:00:00+09:00</updated>
    <source><title>Some other feed</title></source>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>TOKYO, June 13 (Harbour) — Japanese Foreign Minister Yoko Kamikawa met her South Korean counterpart Cho Tae-yul in Tokyo on Thursday.</p><p>They discussed North Korea's missile launches.</p></div></content>
  </entry>
  <entry>
    <title>Same story as the wire</title>
    <link href="https://wire.example/world/2024/06/12/border-crossings"/>
    <id>tag:harbour.example,2024:asia/4472</id>
    <updated>2024-06-12T10:00:00Z</updated>
    <summary>Pakistan and Iran agreed to reopen two crossings.</summary>
  </entry>
</feed>
"""#

    static let bomb = #"""
<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Bomb</title><item><title>&lol9;</title><description>x</description></item></channel></rss>
"""#

    static let external = #"""
<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>XXE</title><item><title>Leak &secret;</title><description>KABUL: text of the item.</description></item></channel></rss>
"""#

    static let entities = #"""
<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> <!ENTITY site "Frontier Wire"> ]>
<rss version="2.0"><channel><title>&site; Entities</title><item><title>Minister&nbsp;visits Kabul</title><guid>e1</guid><description>KABUL, June 1, 2024 — The minister visited &site; offices.</description></item></channel></rss>
"""#

    static let undefinedEntity = #"""
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Undef</title><item><title>One</title><guid>u1</guid><description>First item text.</description></item><item><title>Two&nbsp;words</title><guid>u2</guid><description>Second.</description></item></channel></rss>
"""#

    static func load(_ files: [String: String], options: LoadOptions = LoadOptions()) throws -> (Corpus, TempDir) {
        let d = TempDir()
        for (name, text) in files { d.write(name, text) }
        return (try Corpus.load(from: d.url, options: options), d)
    }
}

@Suite("Sources: RSS and Atom feeds", .serialized)
struct SourceFeedTests {
    @Test("every RSS item is an article: title, date, link, the feed's title as source, its HTML as text")
    func rss() throws {
        let (c, _) = try Feeds.load(["wire.rss": Feeds.wire])
        #expect(c.problems.isEmpty)
        let a = try #require(c.article(file: "wire.rss#1"))
        #expect(a.title == "Pakistan and Iran agree to reopen border crossings")
        #expect(a.published == SimpleDate(year: 2024, month: 6, day: 12))
        #expect(a.link == "https://wire.example/world/2024/06/12/border-crossings")
        #expect(a.source == "Frontier Wire — World")
        #expect(a.dateline == "Islamabad")
        // content:encoded wins over description; its chrome is left out; <br/> is a line break.
        #expect(a.text == "Pakistan and Iran agree to reopen border crossings\n\nISLAMABAD — Pakistan and Iran agreed on Wednesday to reopen two border crossings in Balochistan, Foreign Office spokesperson Mumtaz Zahra Baloch said.\n\nThe decision followed talks in Islamabad this week.\nTrade is expected to resume next month.\n")
        for m in a.mentions { #expect(a.string(in: m.range) == m.surface) }
        let b = try #require(c.article(file: "wire.rss#2"))
        #expect(b.title == "Kenya’s president visits Addis Ababa")
        #expect(b.published == SimpleDate(year: 2024, month: 6, day: 11))
        #expect(b.text.contains("President William Ruto flew to Addis Ababa"))
        #expect(c.person("William Ruto") != nil)
    }

    @Test("every Atom entry is an article: HTML and XHTML taken to text, the alternate link, its own title")
    func atom() throws {
        let (c, _) = try Feeds.load(["asia.atom": Feeds.harbour])
        let a = try #require(c.article(file: "asia.atom#1"))
        #expect(a.title == "Japan & South Korea hold security talks")
        #expect(a.published == SimpleDate(year: 2024, month: 6, day: 13))
        #expect(a.link == "https://harbour.example/asia/japan-korea-talks")
        #expect(a.source == "Harbour Daily: Asia")
        #expect(a.text.contains("TOKYO, June 13 (Harbour) — Japanese Foreign Minister Yoko Kamikawa met her South Korean counterpart Cho Tae-yul in Tokyo on Thursday.\n\nThey discussed"))
        #expect(!a.text.contains("Some other feed"))
        let b = try #require(c.article(file: "asia.atom#2"))
        #expect(b.published == SimpleDate(year: 2024, month: 6, day: 12))   // from <updated>
        #expect(b.text.contains("Pakistan and Iran agreed to reopen two crossings."))
    }

    @Test("the same link in two feeds is one article; ids come from the guid or id, else the link, else the text")
    func identity() throws {
        let (c, _) = try Feeds.load(["asia.atom": Feeds.harbour, "wire.rss": Feeds.wire])
        let border = c.articles.filter { $0.link == "https://wire.example/world/2024/06/12/border-crossings" }
        #expect(border.count == 1)
        #expect(border.first?.file == "wire.rss#1")   // the fuller text is kept
        #expect(c.articles.count == 3)
        // The guid gives the id, wherever the item stands in the feed.
        let moved = Feeds.wire.replacingOccurrences(of: "<channel>", with: "<channel><item><title>Added first</title><guid>new-1</guid><description>KABUL: More news.</description></item>")
        let (c2, _) = try Feeds.load(["wire.rss": moved])
        #expect(c2.article(file: "wire.rss#2")?.id == c.article(file: "wire.rss#1")?.id)
        let link = FeedSource.Item(number: 1, title: "T", link: "https://x.example/a", content: "Text of it.")
        let text = FeedSource.Item(number: 1, title: "T", content: "Text of it.")
        let linked = try FeedSource.article(link, file: "f.xml").get().article
        let plain = try FeedSource.article(text, file: "f.xml").get().article
        #expect(linked.id == ArticleID.make(content: "item\u{0}https://x.example/a"))
        #expect(plain.id == ArticleID.make(content: plain.text))
    }

    @Test("feed items come back from the index as they were read")
    func index() throws {
        let d = TempDir()
        d.write("wire.rss", Feeds.wire)
        d.write("asia.atom", Feeds.harbour)
        var o = LoadOptions()
        o.indexFile = d.url.appendingPathComponent("cache/index.bin")
        let first = try Corpus.load(from: d.url, options: o)
        let again = try Corpus.load(from: d.url, options: o)
        #expect(again.articles.map(\.id) == first.articles.map(\.id))
        #expect(again.articles.map(\.file) == first.articles.map(\.file))
        #expect(again.articles.map(\.source) == first.articles.map(\.source))
        #expect(again.articles.map(\.link) == first.articles.map(\.link))
    }

    @Test("internal entities of the DOCTYPE are expanded by hand, never by libxml2")
    func internalEntities() throws {
        let (c, _) = try Feeds.load(["e.xml": Feeds.entities])
        let a = try #require(c.articles.first)
        #expect(a.title == "Minister visits Kabul")
        #expect(a.source == "Frontier Wire Entities")
        #expect(a.text.contains("visited Frontier Wire offices"))
    }
}

@Suite("Sources: bad input", .serialized)
struct SourceBadInputTests {
    let good = "good.txt"
    let goodText = "Good news\nKABUL: The minister spoke.\n"

    func load(_ name: String, _ text: String) throws -> (Corpus, [LoadProblem]) {
        let (c, _) = try Feeds.load([name: text, good: goodText])
        #expect(c.article(file: good) != nil, "the good file beside \(name) must load")
        return (c, c.problems.filter { $0.file == name })
    }

    @Test("an entity bomb is refused with a problem naming the file")
    func bomb() throws {
        let (c, p) = try load("bomb.xml", Feeds.bomb)
        #expect(p.count == 1)
        #expect(p.first?.isFatal == true)
        #expect(p.first?.message.contains("entity") == true)
        #expect(c.articles.count == 1)
        // A bomb libxml2 would let through (under its own loop limit) is caught by the size check.
        let wide = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"\(String(repeating: "x", count: 5000))\"><!ENTITY b \"\(String(repeating: "&a;", count: 300))\">]><rss><channel><title>W</title><item><title>&b;</title></item></channel></rss>"
        let (_, q) = try load("wide.xml", wide)
        #expect(q.first?.message.contains("entity bomb") == true)
    }

    @Test("a DOCTYPE with an external entity is refused; the file it names is never read")
    func externalEntity() throws {
        let (c, p) = try load("xxe.xml", Feeds.external)
        #expect(p.first?.message.contains("external entity &secret;") == true)
        #expect(p.first?.isFatal == true)
        #expect(!c.articles.contains { $0.text.contains("root:") })
        #expect(c.articles.count == 1)
    }

    @Test("a truncated feed keeps the items before the break and names the item cut short")
    func truncated() throws {
        let cut = String(Feeds.wire.prefix(upTo: Feeds.wire.range(of: "for talks with")!.lowerBound))
        let (c, p) = try load("cut.rss", cut)
        #expect(c.article(file: "cut.rss#1") != nil)
        #expect(c.article(file: "cut.rss#2") == nil)
        #expect(p.count == 1)
        #expect(p.first?.message.contains("truncated") == true)
        #expect(p.first?.message.contains("item 2") == true)
        #expect(p.first?.line != nil)
    }

    @Test("malformed XML, an empty feed, a non-feed and an empty file each get a problem")
    func malformed() throws {
        let (_, p) = try load("undefined.xml", Feeds.undefinedEntity)
        #expect(p.first?.message.contains("not well-formed") == true)
        #expect(p.first?.line == 2)
        let (_, q) = try load("nothing.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")
        #expect(q.first?.message == "feed has no items")
        let (_, r) = try load("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>")
        #expect(r.first?.message.contains("not an RSS or Atom feed") == true)
        let (_, s) = try load("blank.atom", "")
        #expect(s.first?.message == "empty file")
        let (_, t) = try load("garbage.xml", "this is not XML at all {}")
        #expect(t.first?.isFatal == true)
    }

    @Test("a feed over the item limit loads its first items and says so")
    func itemLimit() throws {
        let saved = FeedSource.maxItems
        FeedSource.maxItems = 3
        defer { FeedSource.maxItems = saved }
        let items = (1...7).map { "<item><title>Story \($0)</title><guid>s\($0)</guid><description>KABUL: Story number \($0).</description></item>" }.joined()
        let (c, p) = try load("many.rss", "<rss version=\"2.0\"><channel><title>Many</title>\(items)</channel></rss>")
        #expect(c.articles.filter { $0.source == "Many" }.count == 3)
        #expect(p.first?.message.contains("more than 3 items") == true)
    }

    @Test("an item with neither title nor text is skipped with a problem naming it")
    func emptyItem() throws {
        let (c, p) = try load("holes.rss", "<rss version=\"2.0\"><channel><title>Holes</title><item><guid>a</guid></item><item><title>Second</title><description>KABUL: Text.</description></item></channel></rss>")
        #expect(p.first?.message.contains("item 1") == true)
        #expect(c.article(file: "holes.rss#2") != nil)
    }

    @Test("HTML with no body text, and broken HTML, are reported or recovered; nothing crashes")
    func badHTML() throws {
        let (_, p) = try load("empty.html", "<html><head><title>Only a title</title><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>")
        #expect(p.first?.message.contains("no article text") == true)
        let (_, q) = try load("blank.html", "   \n")
        #expect(q.first?.isFatal == true)
        // Truncated in the middle of a tag: libxml2 recovers what is there.
        let cut = String(Pages.ledger.prefix(upTo: Pages.ledger.range(of: "energy cooperation")!.lowerBound)) + "<p cla"
        let (c, r) = try load("cut.html", cut)
        #expect(r.isEmpty)
        #expect(c.article(file: "cut.html")?.text.contains("Hakan Fidan") == true)
        // Unclosed and misnested tags.
        let (d, _) = try load("messy.htm", "<html><body><div class=story><h1>Minister speaks<p>KABUL, May 2, 2024 — The minister <b>spoke <i>to</b> reporters</i> on Thursday about the border, officials said.<p>Another paragraph <span>never closed, with more words in it.</body>")
        #expect(d.article(file: "messy.htm")?.published == SimpleDate(year: 2024, month: 5, day: 2))
        let (_, s) = try load("binary.html", String(decoding: [0x3C, 0x68, 0x00, 0x01, 0x02], as: UTF8.self))
        #expect(s.first?.message.contains("binary") == true)
    }
}
