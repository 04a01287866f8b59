import DossierKit

/// The areas a theme colours. Names follow the theme files ("timeline.selected"); an unset role
/// inherits from its parent ("timeline.selected" → "timeline" → "text").
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case text, dim, placeholder
    case border, borderFocused = "border.focused", paneTitle = "pane.title", paneTitleFocused = "pane.title.focused"
    case status, statusKey = "status.key", statusFilter = "status.filter"
    case hint, hintKey = "hint.key"
    case message, messageError = "message.error"
    case prompt, promptInput = "prompt.input"
    case tab, tabActive = "tab.active"
    case timeline, timelineDate = "timeline.date", timelineTitle = "timeline.title"
    case timelineSelected = "timeline.selected", timelineUnread = "timeline.unread"
    /// The site, feed or agency an article comes from.
    case timelineSource = "timeline.source"
    case selection, selectionInactive = "selection.inactive", selectionBar = "selection.bar"
    case article, articleTitle = "article.title", articleSubtitle = "article.subtitle"
    case articleMeta = "article.meta", articleHeading = "article.heading", articleDateline = "article.dateline"
    case mention, mentionOfficial = "mention.official", mentionOrganization = "mention.organization"
    case mentionPlace = "mention.place", mentionCountry = "mention.country", mentionTopic = "mention.topic"
    case mentionSelected = "mention.selected"
    case searchMatch = "search.match", searchCurrent = "search.current"
    case sidebar, sidebarHeading = "sidebar.heading", sidebarName = "sidebar.name"
    case sidebarDetail = "sidebar.detail", sidebarCount = "sidebar.count"
    case entity, entityName = "entity.name", entityHeading = "entity.heading", entityDetail = "entity.detail"
    case empty
    case overlay, overlayBorder = "overlay.border", overlayTitle = "overlay.title"
    case helpKey = "help.key", helpHeading = "help.heading", helpText = "help.text"
    case pickerChecked = "picker.checked"
    /// The ★ of a starred article or entity.
    case star
    case scrollbar

    /// The role this one inherits from when a theme leaves it unset.
    public var parent: ThemeRole? {
        switch self {
        case .text: return nil
        case .timelineSelected, .selectionInactive: return .selection
        case .selectionBar: return .borderFocused
        case .paneTitleFocused: return .borderFocused
        case .overlayBorder: return .borderFocused
        case .messageError: return .message
        case .promptInput: return .prompt
        case .helpKey: return .hintKey
        case .pickerChecked: return .mentionCountry
        case .star: return .hintKey
        case .searchCurrent: return .searchMatch
        case .scrollbar: return .border
        default:
            let name = rawValue
            guard let dot = name.lastIndex(of: ".") else { return .text }
            return ThemeRole(rawValue: String(name[..<dot])) ?? .text
        }
    }

    /// How a mention of this kind of entity is coloured.
    public static func mention(_ kind: EntityKind) -> ThemeRole {
        switch kind {
        case .person: return .mentionOfficial
        case .organization: return .mentionOrganization
        case .place: return .mentionPlace
        case .country: return .mentionCountry
        case .topic: return .mentionTopic
        }
    }
}
