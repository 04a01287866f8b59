/// A terminal colour as a theme names it; the backend maps it down to what the terminal has.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 xterm colours (0–7 the basic eight, 8–15 their bright forms).
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
}

/// Text attributes that every terminal worth using can show.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let italic = Attributes(rawValue: 4)
    public static let underline = Attributes(rawValue: 8)
    public static let reverse = Attributes(rawValue: 16)

    public static let names: [(String, Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
}

/// What a cell looks like: foreground, background, attributes.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var attrs: Attributes
    public init(fg: Color = .default, bg: Color = .default, attrs: Attributes = []) {
        self.fg = fg; self.bg = bg; self.attrs = attrs
    }
    public static let plain = Style()

    /// `self` with the fields `overlay` sets put on top (attributes add up).
    public func merged(with overlay: StyleSpec) -> Style {
        var s = self
        if let fg = overlay.fg { s.fg = fg }
        if let bg = overlay.bg { s.bg = bg }
        if let a = overlay.attrs { s.attrs.formUnion(a) }
        return s
    }

    /// `self` with the colours and attributes of `top` where `top` sets them.
    public func overlaid(by top: Style) -> Style {
        Style(fg: top.fg == .default ? fg : top.fg, bg: top.bg == .default ? bg : top.bg,
              attrs: attrs.union(top.attrs))
    }
}

/// A style as a theme file gives it: every field optional, unset fields inherited.
public struct StyleSpec: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var attrs: Attributes?
    public init(fg: Color? = nil, bg: Color? = nil, attrs: Attributes? = nil) {
        self.fg = fg; self.bg = bg; self.attrs = attrs
    }
}
