/// How many colours a terminal can show.
public enum ColorDepth: Int, Sendable, Comparable {
    case monochrome = 0, eight = 8, sixteen = 16, full = 256
    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for a terminal reporting `colors` (0 when it has none).
    public static func forTerminal(colors: Int, noColor: Bool) -> ColorDepth {
        if noColor || colors < 8 { return .monochrome }
        if colors >= 256 { return .full }
        return colors >= 16 ? .sixteen : .eight
    }
}

extension Color {
    /// The 24-bit value of an indexed colour (xterm's palette).
    public static func rgbOf(index i: UInt8) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let v = Int(i)
        if v < 16 { return basic[v] }
        if v >= 232 { let g = 8 + (v - 232) * 10; return (g, g, g) }
        let c = v - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    }

    /// The nearest colour on a terminal of `depth`, as an index (nil: the default colour or
    /// no colours at all).
    public func index(for depth: ColorDepth) -> Int? {
        switch (self, depth) {
        case (_, .monochrome), (.default, _): return nil
        case (.indexed(let i), .full): return Int(i)
        case (.rgb(let r, let g, let b), .full): return Color.nearest256(Int(r), Int(g), Int(b))
        case (.indexed(let i), _) where Int(i) < depth.rawValue: return Int(i)
        case (.indexed(let i), _):
            let (r, g, b) = Color.rgbOf(index: i)
            return Color.nearestBasic(r, g, b, count: depth.rawValue)
        case (.rgb(let r, let g, let b), _):
            return Color.nearestBasic(Int(r), Int(g), Int(b), count: depth.rawValue)
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func step(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let cube = 16 + 36 * step(r) + 6 * step(g) + step(b)
        let avg = (r + g + b) / 3
        let grey = avg > 238 ? 255 : 232 + max(0, (avg - 3) / 10)
        let candidates = [cube, min(255, grey)]
        return candidates.min { distance(rgbOf(index: UInt8($0)), (r, g, b)) < distance(rgbOf(index: UInt8($1)), (r, g, b)) }!
    }

    /// Nearest of the first `count` (8 or 16) colours. Saturation counts more than brightness so
    /// that an orange stays yellow rather than turning grey.
    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Int {
        let hi = max(r, g, b), lo = min(r, g, b)
        if hi - lo < 48 {
            // A grey: black, white, or on 16 colours the bright black and bright white too.
            let lum = (r + g + b) / 3
            if count >= 16 { return lum < 50 ? 0 : lum < 150 ? 8 : lum < 225 ? 7 : 15 }
            return lum < 70 ? 0 : 7
        }
        // A colour: the nearest of the six chromatic hues (red 0°, yellow 60°, green 120° ...).
        let d = Double(hi - lo)
        var h: Double
        if hi == r { h = 60 * (Double(g - b) / d) } else if hi == g { h = 60 * (Double(b - r) / d) + 120 } else { h = 60 * (Double(r - g) / d) + 240 }
        if h < 0 { h += 360 }
        let hues = [(0.0, 1), (60.0, 3), (120.0, 2), (180.0, 6), (240.0, 4), (300.0, 5), (360.0, 1)]
        let hue = hues.min { abs($0.0 - h) < abs($1.0 - h) }!.1
        if count >= 16 && hi > 200 && lo > 60 { return hue + 8 }
        return hue
    }
}
