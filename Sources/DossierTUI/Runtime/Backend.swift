/// What the reader runs on: a terminal (DossierTerminal's ncurses screen) or, in tests, a grid in
/// memory. The runtime draws every frame through it and takes every key, click and resize from it.
public protocol Backend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows a frame; a backend may send only the cells that changed since the last one.
    func draw(_ grid: CellGrid, theme: ResolvedTheme)
    /// The next input, or nil when none came within a short wait (the runtime then looks at the
    /// load and at `interruption` again).
    func nextEvent() -> Event?
    /// The terminal changed size (after a `.resize` event).
    func resized()
    /// The next frame must be sent whole (Ctrl-L).
    func invalidate()
    /// A signal that must end the reader (SIGINT, SIGTERM, SIGHUP), once received.
    var interruption: Int32? { get }
    /// The load has ended: memory it used can go back to the system.
    func loadFinished()
}

extension Backend {
    public var interruption: Int32? { nil }
    public func loadFinished() {}
}
