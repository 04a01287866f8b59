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
    case recallView = "recall-view"
    // The `:` and `/` prompt's line editor.
    case promptSubmit = "prompt-submit", promptCancel = "prompt-cancel"
    case promptLeft = "prompt-left", promptRight = "prompt-right", promptStart = "prompt-start", promptEnd = "prompt-end"
    case promptDeleteBackward = "prompt-delete-backward", promptDeleteForward = "prompt-delete-forward"
    case promptDeleteWord = "prompt-delete-word", promptClear = "prompt-clear"
    case promptHistoryBack = "prompt-history-back", promptHistoryForward = "prompt-history-forward"
    case promptComplete = "prompt-complete", promptCompleteBack = "prompt-complete-back"
    // The filter picker (`f`).
    case pickerDown = "picker-down", pickerUp = "picker-up", pickerPageDown = "picker-page-down", pickerPageUp = "picker-page-up"
    case pickerFirst = "picker-first", pickerLast = "picker-last"
    case pickerNextKind = "picker-next-kind", pickerPreviousKind = "picker-previous-kind"
    case pickerToggle = "picker-toggle", pickerErase = "picker-erase", pickerClear = "picker-clear"
    case pickerClose = "picker-close", pickerQuit = "picker-quit"

    /// Where the help overlay lists the action.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving", panes = "Panes", following = "Following", finding = "Searching and filtering"
        case reading = "Read marks and stars", general = "General"
        case prompt = "In the : and / prompt (other keys type)", picker = "In the filter picker (other keys narrow it)"
    }

    /// Which keymap a key is looked up in: the reader's panes, or the prompt or the picker while
    /// one is open. A key may mean one action in each scope.
    public enum Scope: Hashable, Sendable { case reader, prompt, picker }

    public var scope: Scope {
        switch info.group {
        case .prompt: return .prompt
        case .picker: return .picker
        default: return .reader
        }
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
        case .recallView: return Info(group: .general, help: "Put back a named view (:save NAME saves one)", keys: [.char("'")])
        case .promptSubmit: return Info(group: .prompt, help: "Run the command or the search", keys: [.enter])
        case .promptCancel: return Info(group: .prompt, help: "Close the prompt", keys: [.escape, .ctrl("c"), .ctrl("g")])
        case .promptLeft: return Info(group: .prompt, help: "Cursor left", keys: [.left, .ctrl("b")])
        case .promptRight: return Info(group: .prompt, help: "Cursor right", keys: [.right, .ctrl("f")])
        case .promptStart: return Info(group: .prompt, help: "Cursor to the start", keys: [.home, .ctrl("a")])
        case .promptEnd: return Info(group: .prompt, help: "Cursor to the end", keys: [.end, .ctrl("e")])
        case .promptDeleteBackward: return Info(group: .prompt, help: "Delete before the cursor (on an empty line: close)", keys: [.backspace])
        case .promptDeleteForward: return Info(group: .prompt, help: "Delete under the cursor", keys: [.delete, .ctrl("d")])
        case .promptDeleteWord: return Info(group: .prompt, help: "Delete the word before the cursor", keys: [.ctrl("w")])
        case .promptClear: return Info(group: .prompt, help: "Clear the line", keys: [.ctrl("u")])
        case .promptHistoryBack: return Info(group: .prompt, help: "Earlier line from the history", keys: [.up, .ctrl("p")])
        case .promptHistoryForward: return Info(group: .prompt, help: "Later line from the history", keys: [.down, .ctrl("n")])
        case .promptComplete: return Info(group: .prompt, help: "Complete a command or a name (again: the next)", keys: [.tab])
        case .promptCompleteBack: return Info(group: .prompt, help: "The previous completion", keys: [.backTab])
        case .pickerDown: return Info(group: .picker, help: "Next entry", keys: [.down, .ctrl("n")])
        case .pickerUp: return Info(group: .picker, help: "Previous entry", keys: [.up, .ctrl("p")])
        case .pickerPageDown: return Info(group: .picker, help: "Page down the list", keys: [.pageDown])
        case .pickerPageUp: return Info(group: .picker, help: "Page up the list", keys: [.pageUp])
        case .pickerFirst: return Info(group: .picker, help: "First entry", keys: [.home])
        case .pickerLast: return Info(group: .picker, help: "Last entry", keys: [.end])
        case .pickerNextKind: return Info(group: .picker, help: "Next kind: countries, topics, officials ...", keys: [.tab, .right])
        case .pickerPreviousKind: return Info(group: .picker, help: "Previous kind", keys: [.backTab, .left])
        case .pickerToggle: return Info(group: .picker, help: "Add or remove the entry as a filter", keys: [.enter])
        case .pickerErase: return Info(group: .picker, help: "Erase a typed letter (none left: close)", keys: [.backspace])
        case .pickerClear: return Info(group: .picker, help: "Erase everything typed", keys: [.ctrl("u")])
        case .pickerClose: return Info(group: .picker, help: "Close the picker", keys: [.escape, .ctrl("g")])
        case .pickerQuit: return Info(group: .picker, help: "Quit Dossier from the picker", keys: [.ctrl("c")])
        }
    }

    public var help: String { info.help }
}
