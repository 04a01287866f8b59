/// A named set of styles for the theme roles, as read from a theme file.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// "dark" or "light": a hint for terminals and for NO_COLOR fallbacks.
    public var variant: String
    /// The styles the file sets; every other role inherits (`ThemeRole.parent`).
    public var specs: [ThemeRole: StyleSpec]
    /// Where it came from ("themes/dark.toml"), or "built-in".
    public var source: String

    public init(name: String, variant: String = "dark", specs: [ThemeRole: StyleSpec], source: String = "built-in") {
        self.name = name; self.variant = variant; self.specs = specs; self.source = source
    }

    /// The full style of `role`, following inheritance up to `text`.
    public func style(_ role: ThemeRole) -> Style {
        var chain: [StyleSpec] = []
        var r: ThemeRole? = role
        while let cur = r {
            if let s = specs[cur] { chain.append(s) }
            r = cur.parent
        }
        // Apply from the root down: colours override, and the nearest role that sets attributes wins.
        var style = Style()
        for spec in chain.reversed() {
            if let fg = spec.fg { style.fg = fg }
            if let bg = spec.bg { style.bg = bg }
            if let a = spec.attrs { style.attrs = a }
        }
        return style
    }

    /// Every role resolved once, for drawing.
    public func resolved() -> ResolvedTheme {
        ResolvedTheme(name: name, styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map { ($0, style($0)) }))
    }
}

/// A theme with every role resolved: what views use.
public struct ResolvedTheme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]
    public subscript(_ role: ThemeRole) -> Style { styles[role] ?? Style() }

    /// The same theme for a terminal with no colours: colours dropped, a background becomes
    /// reverse video, mentions and matches keep an underline so they still stand out.
    public func monochrome() -> ResolvedTheme {
        var out = self
        for (role, s) in styles {
            var attrs = s.attrs
            let boxed = role.rawValue.hasPrefix("overlay") || role.rawValue.hasPrefix("help.") || role.rawValue.hasPrefix("picker.")
            if s.bg != .default && s.bg != styles[.text]?.bg && !boxed { attrs.insert(.reverse) }
            if role.rawValue.hasPrefix("mention.") || role == .searchMatch { if attrs.isEmpty { attrs.insert(.underline) } }
            if role == .borderFocused || role == .paneTitleFocused || role == .selectionBar { attrs.insert(.bold) }
            out.styles[role] = Style(fg: .default, bg: .default, attrs: attrs)
        }
        return out
    }
}
