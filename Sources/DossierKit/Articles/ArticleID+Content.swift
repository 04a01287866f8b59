extension ArticleID {
    /// A content-derived id: 64-bit FNV-1a of the normalised text, as 16 hex digits. The same
    /// text gives the same id in every run and under every file name.
    public static func make(content: String) -> ArticleID {
        var h: UInt64 = 0xcbf29ce484222325
        for b in content.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return ArticleID(String(repeating: "0", count: 16 - hex.count) + hex)
    }
}
