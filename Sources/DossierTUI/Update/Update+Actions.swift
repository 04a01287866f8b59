import DossierKit

extension AppState {
    /// Carries out one action of the action table.
    mutating func perform(_ action: Action) -> [Effect] {
        if case .help? = overlay { return performInHelp(action) }
        switch action {
        case .moveDown: move(1)
        case .moveUp: move(-1)
        case .pageDown: move(pageSize)
        case .pageUp: move(-pageSize)
        case .halfPageDown: move(max(1, pageSize / 2))
        case .halfPageUp: move(-max(1, pageSize / 2))
        case .first: move(Int.min / 2)
        case .last: move(Int.max / 2)
        case .focusLeft: cycleFocus(-1)
        case .focusRight: cycleFocus(1)
        case .focusTimeline: focus = .timeline
        case .focusArticle:
            if page == nil { message = StatusMessage("No article to show") } else { focus = .content }
        case .focusSidebar:
            if page?.isEntity == true { message = StatusMessage("An entity page has no sidebar · 2 focuses the page") }
            else if page == nil { message = StatusMessage("No article open") } else { focus = .sidebar }
        case .nextMention: stepMention(1)
        case .previousMention: stepMention(-1)
        case .open: openSelection()
        case .back: goBack()
        case .forward: goForward()
        case .search: prompt = PromptState(kind: .search, text: filter.text ?? "")
        case .searchNext: stepMatch(1)
        case .searchPrevious: stepMatch(-1)
        case .filterPicker: overlay = .picker(PickerState(corpus: corpus, filter: filter))
        case .filterAdd: addSelectionAsFilter()
        case .filterClear: clearFilters()
        case .toggleRead: return toggleRead()
        case .star: return toggleStar()
        case .showUnread: toggleUnreadView()
        case .showStarred: showStarred()
        case .command: prompt = PromptState(kind: .command)
        case .nextTheme:
            setTheme(themes.next(after: theme.name))
            message = StatusMessage("Theme: \(theme.name)")
        case .help: overlay = .help(scroll: 0)
        case .close:
            if overlay != nil { overlay = nil }
            else if !history.back.isEmpty { goBack() }
            // A list page with nothing behind it (one restored from the last session): back to the
            // timeline's article, as a view closes onto the main one; quitting is from there.
            else if page?.isEntity == true, let id = selectedTimelineArticle {
                page = .article(ArticlePage(id: id)); focus = .content
            }
            else { return [.quit] }
        case .cancel:
            overlay = nil
        case .quit: return [.quit]
        case .redraw: return [.redrawAll]
        case .recallView:
            if namedViews.isEmpty { message = StatusMessage("No named views yet · :save NAME saves the filters as one") }
            else { prompt = PromptState(kind: .command, text: "view ") }
        case .promptSubmit, .promptCancel, .promptLeft, .promptRight, .promptStart, .promptEnd, .promptDeleteBackward,
             .promptDeleteForward, .promptDeleteWord, .promptClear, .promptHistoryBack, .promptHistoryForward,
             .promptComplete, .promptCompleteBack,
             .pickerDown, .pickerUp, .pickerPageDown, .pickerPageUp, .pickerFirst, .pickerLast, .pickerNextKind,
             .pickerPreviousKind, .pickerToggle, .pickerErase, .pickerClear, .pickerClose, .pickerQuit:
            break  // the prompt's and the picker's own keys: `handlePromptKey`, `handlePickerKey`
        }
        return []
    }

    mutating func performInHelp(_ action: Action) -> [Effect] {
        guard case .help(let s)? = overlay else { return [] }
        let h = max(1, height - 4)
        switch action {
        case .moveDown: overlay = .help(scroll: s + 1)
        case .moveUp: overlay = .help(scroll: s - 1)
        case .pageDown, .halfPageDown: overlay = .help(scroll: s + h)
        case .pageUp, .halfPageUp: overlay = .help(scroll: s - h)
        case .first: overlay = .help(scroll: 0)
        case .last: overlay = .help(scroll: helpMaxScroll)
        case .quit: return [.quit]
        case .redraw: return [.redrawAll]
        case .nextTheme: setTheme(themes.next(after: theme.name)); message = StatusMessage("Theme: \(theme.name)")
        default: overlay = nil
        }
        return []
    }

    // MARK: Moving

    mutating func cycleFocus(_ d: Int) {
        let ps = panes.filter { $0 != .content || page != nil }
        guard let i = ps.firstIndex(of: focus) else { focus = .content; return }
        let j = i + d
        if ps.indices.contains(j) { focus = ps[j] }
    }

    // MARK: Mentions and matches

    mutating func stepMention(_ d: Int) {
        switch page {
        case .article(var p)?:
            guard let a = corpus.article(p.id), !a.mentions.isEmpty else {
                message = StatusMessage("No names found in this article"); return
            }
            let l = articleLayout(a)
            let shown = a.mentions.indices.filter { l.mentionLine[$0] >= 0 }
            guard !shown.isEmpty else { return }
            let next: Int
            if let cur = p.mention, let k = shown.firstIndex(of: cur) {
                next = shown[(k + d + shown.count) % shown.count]
            } else {
                // Start from what is on screen.
                let visible = shown.filter { l.mentionLine[$0] >= p.scroll }
                next = d > 0 ? (visible.first ?? shown[0]) : (shown.last { l.mentionLine[$0] < p.scroll + contentHeight } ?? shown.last!)
            }
            p.mention = next
            p.scroll = scrollToShow(line: l.mentionLine[next], scroll: p.scroll, layout: l)
            page = .article(p)
            focus = .content
        case .entity, .starred:
            focus = .content
            move(d)
        case nil: break
        }
    }

    func scrollToShow(line: Int, scroll: Int, layout: ArticleLayout) -> Int {
        let h = contentHeight
        if line >= scroll && line < scroll + h { return scroll }
        return max(0, min(maxArticleScroll(layout), line - h / 3))
    }

    mutating func stepMatch(_ d: Int) {
        guard let q = filter.text, !q.isEmpty else { message = StatusMessage("No search yet · / searches every article"); return }
        guard case .article(var p)? = page, let a = corpus.article(p.id) else { return }
        let l = articleLayout(a)
        let shown = l.matches.indices.filter { l.matchLine[$0] >= 0 }
        guard !shown.isEmpty else { message = StatusMessage("“\(q)” is not in this article"); return }
        let next: Int
        if let cur = p.match, let k = shown.firstIndex(of: cur) {
            next = shown[(k + d + shown.count) % shown.count]
        } else {
            next = d > 0 ? (shown.first { l.matchLine[$0] >= p.scroll } ?? shown[0]) : (shown.last { l.matchLine[$0] < p.scroll + contentHeight } ?? shown.last!)
        }
        p.match = next
        p.scroll = scrollToShow(line: l.matchLine[next], scroll: p.scroll, layout: l)
        page = .article(p)
        focus = .content
        message = StatusMessage("match \(shown.firstIndex(of: next)! + 1) of \(shown.count) for “\(q)”")
    }

    // MARK: Enter

    mutating func follow(_ t: ItemTarget) {
        switch t {
        case .article(let id, let m): openArticle(id, at: m)
        case .entity(let id): openEntity(id)
        }
    }

    // MARK: Filters

    mutating func addSelectionAsFilter() {
        guard let id = pointedEntity else {
            message = StatusMessage("Select an entity first (sidebar, entity page, or a mention with Tab)"); return
        }
        addFilter(id)
    }

    mutating func addFilter(_ id: EntityID) {
        filter.add(id)
        applyFilter()
        message = StatusMessage("Filter + \(filterLabel(id)): \(timeline.count) of \(corpus.articles.count) articles")
    }

    mutating func removeFilter(_ id: EntityID) {
        filter.countries.removeAll { $0 == id }; filter.topics.removeAll { $0 == id }
        filter.people.removeAll { $0 == id }; filter.organizations.removeAll { $0 == id }
        filter.places.removeAll { $0 == id }
        applyFilter()
    }

    mutating func clearFilters() {
        if filter.isEmpty { message = StatusMessage("No filters to clear"); return }
        filter = Filter()
        readingFilter = nil
        applyFilter()
        message = StatusMessage("Filters cleared: \(timeline.count) articles")
    }

    func filterLabel(_ id: EntityID) -> String {
        let kind = id.kind == .person ? "official" : id.kind.rawValue
        return "\(kind) \(corpus.entity(id)?.name ?? id.slug)"
    }

    /// Every active filter, for the status bar.
    public var filterDescriptions: [String] {
        var out = filter.entityIDs.map(filterLabel)
        if let s = filter.since { out.append("since \(s)") }
        if let u = filter.until { out.append("until \(u)") }
        if let t = filter.text, !t.isEmpty { out.append("/\(t)") }
        switch readingFilter {
        case .unread?: out.append("unread")
        case .starred?: out.append("starred")
        case nil: if filter.only != nil { out.append("selected articles") }
        }
        return out
    }

    var emptyTimelineHint: String {
        filter.isEmpty ? "No articles in \(corpusLabel)" : "No article matches every filter · F or :clear removes them"
    }
}
