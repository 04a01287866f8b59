import DossierKit
@testable import DossierTUI
import Testing

@Suite("Display width, sanitising, wrapping")
struct TextTests {
    @Test("widths match glibc wcwidth in a UTF-8 locale", arguments: [
        ("a", 1), ("’", 1), ("—", 1), ("س", 1), ("日", 2), ("😀", 2), ("한", 2), ("Ａ", 2), ("é", 1), ("👍🏽", 2),
    ])
    func widths(sample: (String, Int)) {
        #expect(DisplayWidth.of(Character(sample.0)) == sample.1)
    }

    @Test("combining marks and joiners take no column")
    func zeroWidth() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("می‌خواهم") == 7, "ZWNJ inside Persian is zero width")
    }

    @Test("the quick paths for ASCII, Latin-1 and punctuation agree with the grapheme walk", arguments: [
        "plain ASCII title", "“Quoted” — with dashes – and an ellipsis…", "Café São Paulo, Zürich ‘quotes’",
        "mixed “quotes” and 田中 wide", "e\u{301} combining after a quote ”", "flag 🇵🇰 after “quote”",
    ])
    func quickPaths(s: String) {
        let walked = s.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(DisplayWidth.of(s) == walked)
        for cols in [1, 5, 12, 20, 60] {
            let t = DisplayWidth.truncate(s, to: cols)
            #expect(DisplayWidth.of(t) <= cols)
            if walked <= cols { #expect(t == s) } else {
                // The longest prefix of whole characters that fits, then the ellipsis.
                var prefix = "", used = 0
                for ch in s { let w = DisplayWidth.of(ch); if used + w > cols - 1 { break }; prefix.append(ch); used += w }
                #expect(t == prefix + "…")
            }
        }
    }

    @Test("truncate and pad respect wide characters")
    func truncate() {
        #expect(DisplayWidth.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(DisplayWidth.of(DisplayWidth.pad("日本", to: 7)) == 7)
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncate("abcd", to: 0) == "")
    }

    @Test("control and format characters become visible placeholders", arguments: [
        ("\u{1B}[31mred", "␛[31mred"), ("bell\u{07}", "bell␇"), ("a\u{0}b", "a␀b"), ("x\u{7F}", "x␡"),
        ("c1\u{9B}2J", "c1�2J"), ("\u{202E}evil", "�evil"), ("\u{2066}iso\u{2069}", "�iso�"), ("zw\u{200B}sp", "zw�sp"),
        ("soft\u{AD}hyphen", "softhyphen"), ("line\u{2028}sep", "line�sep"), ("tab\there", "tab␉here"),
    ])
    func sanitize(sample: (String, String)) {
        #expect(Sanitizer.forTerminal(sample.0) == sample.1)
    }

    @Test("joiners that scripts and emoji need are kept")
    func keepsJoiners() {
        #expect(Sanitizer.forTerminal("می‌خواهم") == "می‌خواهم")
        #expect(Sanitizer.forTerminal("👩‍💻") == "👩‍💻")
        #expect(Sanitizer.forTerminal("two\nlines\tand tab", flowing: true) == "two lines and tab")
    }

    @Test("sanitised text never holds a control or bidi scalar")
    func sanitizedIsSafe() {
        var s = ""
        for v in 0..<0x300 { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
        for v in 0x2000...0x206F { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        let out = Sanitizer.forTerminal(s)
        #expect(out.unicodeScalars.allSatisfy { Sanitizer.isSafe($0) })
    }

    @Test("words wrap at spaces; long words are cut; width never exceeded")
    func wrap() {
        #expect(Wrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(Wrap.lines("", width: 5) == [""])
        #expect(Wrap.lines("  indented", width: 20) == ["  indented"])
        let wide = Wrap.lines("日本語の文章 を 折り返す", width: 7)
        #expect(wide.allSatisfy { DisplayWidth.of($0) <= 7 })
        for w in 2...30 {  // below 2 a wide character cannot fit; the grid clips it
            let text = "Iranian Deputy Foreign Minister, Seyed Abbas Araghchi, held talks — 日本 😀 «خوش آمدید»"
            #expect(Wrap.lines(text, width: w).allSatisfy { DisplayWidth.of($0) <= w })
        }
    }

    @Test("wrapping keeps tags on the right characters")
    func wrapTags() {
        let spans = [Span("met ", 0), Span("Seyed Abbas Araghchi", 1), Span(" today", 0)]
        let lines = Wrap.lines(spans, width: 12)
        #expect(lines.map { $0.map(\.text).joined() } == ["met Seyed", "Abbas", "Araghchi", "today"])
        #expect(lines[1] == [Span("Abbas", 1)])
    }
}

@Suite("Cell grid")
struct GridTests {
    @Test("put clips to the rectangle and to the grid")
    func clip() {
        var g = CellGrid(width: 10, height: 2)
        g.put("hello world", x: 2, y: 0, style: .plain, clip: Rect(x: 2, y: 0, width: 5, height: 1))
        #expect(g.lines[0] == "  hello")
        g.put("outside", x: -3, y: 1, style: .plain)
        #expect(g.lines[1] == "side")
        g.put("x", x: 0, y: 5, style: .plain)
        #expect(g.lines.count == 2)
    }

    @Test("a wide character takes two cells and is never split at the edge")
    func wide() {
        var g = CellGrid(width: 5, height: 1)
        let end = g.put("a日本", x: 0, y: 0, style: .plain)
        #expect(end == 5)
        #expect(g[1, 0].width == 2 && g[2, 0].isContinuation)
        var h = CellGrid(width: 4, height: 1)
        h.put("ab日", x: 1, y: 0, style: .plain)
        #expect(h.lines[0] == " ab", "日 does not fit in the last cell and is left out")
        h.put("x", x: 2, y: 0, style: .plain)
        var k = CellGrid(width: 4, height: 1)
        k.put("日", x: 0, y: 0, style: .plain)
        k.put("x", x: 1, y: 0, style: .plain)
        #expect(k.lines[0] == " x", "overwriting half of a wide character blanks the other half")
    }

    @Test("escape sequences in content reach the grid as placeholders only")
    func hostile() {
        var g = CellGrid(width: 40, height: 1)
        g.put("\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mX", x: 0, y: 0, style: .plain)
        let text = g.lines[0]
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text.hasPrefix("␛]0;pwned␇␛[2J"))
    }

    @Test("changes lists only the cells that differ, whole wide characters included")
    func diff() {
        var a = CellGrid(width: 20, height: 3)
        a.put("hello 日本", x: 0, y: 1, style: .plain)
        #expect(a.changes(from: nil).count == 3, "first frame sends every row")
        #expect(a.changes(from: a).isEmpty)
        var b = a
        b.put("J", x: 0, y: 1, style: .plain)
        let ch = b.changes(from: a)
        #expect(ch == [CellGrid.Change(x: 0, y: 1, cells: [b[0, 1]])])
        var c = a
        c.put("X", x: 7, y: 1, style: .plain)   // the second half of 日
        let cc = c.changes(from: a)
        #expect(cc.count == 1 && cc[0].x == 6, "the run starts at the wide character's first cell")
        var d = a
        d.put("Z", x: 0, y: 1, style: Style(attrs: .bold))
        #expect(d.changes(from: a).count == 1, "a style change is a change")
    }
}
