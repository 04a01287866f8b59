/// Every user action, each a named entry with its help text and default keys. The keymap, the
/// help overlay and the hint line are all built from this one table (`Action.table`).
public enum Action: String, CaseIterable, Hashable, Sendable {
    case moveDown = "move-down", moveUp = "move-up"
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case first = "first", last = "last"
    case focusLeft = "focus-left", focusRight = "focus-right"
    case focusTimeline = "focus-timeline", focusArticle = "focus-article", focusSidebar = "focus-sidebar"
    case nextMention = "next-mention", previousMention = "previous-mention"
    case open = "open"
    case back = "back", forward = "forward"
    case search = "search", searchNext = "search-next", searchPrevious = "search-previous"
    case filterPicker = "filter-picker", filterAdd = "filter-add", filterClear = "filter-clear"
    case toggleRead = "toggle-read", star = "star", showUnread = "show-unread", showStarred = "show-starred"
    case command = "command"
    case nextTheme = "next-theme"
    case help = "help"
    case close = "close", cancel = "cancel", quit = "quit"
    case redraw = "redraw"

    /// Where the help overlay lists the action.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving", panes = "Panes", following = "Following", finding = "Searching and filtering"
        case reading = "Read marks and stars", general = "General"
    }

    public struct Info: Sendable {
        public var group: Group
        public var help: String
        public var keys: [Key]
    }

    public var info: Info {
        switch self {
        case .moveDown: return Info(group: .moving, help: "Move down a line or entry", keys: [.char("j"), .down])
        case .moveUp: return Info(group: .moving, help: "Move up a line or entry", keys: [.char("k"), .up])
        case .pageDown: return Info(group: .moving, help: "Page down", keys: [.char(" "), .pageDown])
        case .pageUp: return Info(group: .moving, help: "Page up", keys: [.char("b"), .pageUp])
        case .halfPageDown: return Info(group: .moving, help: "Half a page down", keys: [.ctrl("d")])
        case .halfPageUp: return Info(group: .moving, help: "Half a page up", keys: [.ctrl("u")])
        case .first: return Info(group: .moving, help: "Go to the top", keys: [.char("g"), .home])
        case .last: return Info(group: .moving, help: "Go to the bottom", keys: [.char("G"), .end])
        case .focusLeft: return Info(group: .panes, help: "Focus the pane on the left", keys: [.char("h"), .left])
        case .focusRight: return Info(group: .panes, help: "Focus the pane on the right", keys: [.char("l"), .right])
        case .focusTimeline: return Info(group: .panes, help: "Focus the timeline", keys: [.char("1")])
        case .focusArticle: return Info(group: .panes, help: "Focus the article (or entity page)", keys: [.char("2")])
        case .focusSidebar: return Info(group: .panes, help: "Focus the entity sidebar", keys: [.char("3")])
        case .nextMention: return Info(group: .following, help: "Select the next mention in the article", keys: [.tab])
        case .previousMention: return Info(group: .following, help: "Select the previous mention", keys: [.backTab])
        case .open: return Info(group: .following, help: "Follow the mention, open the article or entity", keys: [.enter])
        case .back: return Info(group: .following, help: "Back to the previous view", keys: [.char("<"), .backspace])
        case .forward: return Info(group: .following, help: "Forward again", keys: [.char(">")])
        case .search: return Info(group: .finding, help: "Search every article's text", keys: [.char("/")])
        case .searchNext: return Info(group: .finding, help: "Next match in the article", keys: [.char("n")])
        case .searchPrevious: return Info(group: .finding, help: "Previous match in the article", keys: [.char("N")])
        case .filterPicker: return Info(group: .finding, help: "Pick filters: country, topic, official ...", keys: [.char("f")])
        case .filterAdd: return Info(group: .finding, help: "Filter the timeline by the selected entity", keys: [.char("=")])
        case .filterClear: return Info(group: .finding, help: "Clear every filter and the search", keys: [.char("F")])
        case .toggleRead: return Info(group: .reading, help: "Mark the article read or unread (opening it marks it read)", keys: [.char("m")])
        case .star: return Info(group: .reading, help: "Star or unstar the selected article or entity", keys: [.char("s")])
        case .showUnread: return Info(group: .reading, help: "Only unread articles (again: every article)", keys: [.char("u")])
        case .showStarred: return Info(group: .reading, help: "Starred entities and articles (again: every article)", keys: [.char("S")])
        case .command: return Info(group: .general, help: "Command line (:country, :topic, :official, :theme ...)", keys: [.char(":")])
        case .nextTheme: return Info(group: .general, help: "Switch to the next theme", keys: [.char("T")])
        case .help: return Info(group: .general, help: "Show or hide this help", keys: [.char("?"), .function(1)])
        case .close: return Info(group: .general, help: "Close an overlay, go back, or quit at the top", keys: [.char("q")])
        case .cancel: return Info(group: .general, help: "Cancel: close an overlay or clear the message", keys: [.escape])
        case .quit: return Info(group: .general, help: "Quit Dossier", keys: [.char("Q"), .ctrl("c")])
        case .redraw: return Info(group: .general, help: "Redraw the screen", keys: [.ctrl("l")])
        }
    }

    public var help: String { info.help }
}
