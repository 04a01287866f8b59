import DossierKit
import Foundation

/// The one-line prompt: `/` search or `:` command, with its own small line editor.
public struct PromptState: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case search, command }
    public var kind: Kind
    public var text: String
    /// Cursor position in characters.
    public var cursor: Int
    /// Position while walking back through history (nil: editing a new line).
    public var historyIndex: Int?
    /// Tab completion in progress: the candidates and which one is shown.
    public var completion: Completion?

    public struct Completion: Hashable, Sendable {
        public var prefix: String
        public var candidates: [String]
        public var index: Int
    }

    public init(kind: Kind, text: String = "") {
        self.kind = kind; self.text = text; self.cursor = text.count
    }

    public var symbol: String { kind == .search ? "/" : ":" }

    mutating func insert(_ c: Character) {
        var chars = Array(text)
        chars.insert(c, at: cursor)
        text = String(chars); cursor += 1
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        var chars = Array(text)
        chars.remove(at: cursor - 1)
        text = String(chars); cursor -= 1
    }

    mutating func deleteForward() {
        var chars = Array(text)
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        text = String(chars)
    }

    mutating func set(_ s: String) { text = s; cursor = s.count }
}

extension AppState {
    /// A key while the prompt is open: its scope of the keymap; an unbound character is typed.
    mutating func handlePromptKey(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        let action = keymap.action(for: key, in: .prompt)
        if action != .promptComplete && action != .promptCompleteBack { p.completion = nil }
        let history = p.kind == .command ? commandHistory : searchHistory
        switch action {
        case .promptCancel?:
            prompt = nil; return []
        case .promptSubmit?:
            prompt = nil
            return submit(p)
        case .promptDeleteBackward?:
            if p.text.isEmpty { prompt = nil; return [] }
            p.deleteBackward()
        case .promptDeleteForward?: p.deleteForward()
        case .promptLeft?: p.cursor = max(0, p.cursor - 1)
        case .promptRight?: p.cursor = min(p.text.count, p.cursor + 1)
        case .promptStart?: p.cursor = 0
        case .promptEnd?: p.cursor = p.text.count
        case .promptClear?: p.set("")
        case .promptDeleteWord?:
            var chars = Array(p.text.prefix(p.cursor))
            while chars.last == " " { chars.removeLast() }
            while let l = chars.last, l != " " { chars.removeLast() }
            p.text = String(chars) + String(p.text.dropFirst(p.cursor)); p.cursor = chars.count
        case .promptHistoryBack?:
            guard !history.isEmpty else { break }
            let i = max(0, (p.historyIndex ?? history.count) - 1)
            p.historyIndex = i; p.set(history[i])
        case .promptHistoryForward?:
            guard let i = p.historyIndex else { break }
            if i + 1 < history.count { p.historyIndex = i + 1; p.set(history[i + 1]) } else { p.historyIndex = nil; p.set("") }
        case .promptComplete?, .promptCompleteBack?:
            if p.kind == .command { complete(&p, backwards: action == .promptCompleteBack) }
        default:
            if case .char(let c) = key { p.insert(c) }
        }
        prompt = p
        return []
    }

    mutating func submit(_ p: PromptState) -> [Effect] {
        let text = p.text.trimmingCharacters(in: .whitespaces)
        switch p.kind {
        case .search:
            if !text.isEmpty { remember(text, in: &searchHistory) }
            search(text)
            return []
        case .command:
            guard !text.isEmpty else { return [] }
            remember(text, in: &commandHistory)
            return runCommand(text)
        }
    }

    func remember(_ s: String, in list: inout [String]) {
        list.removeAll { $0 == s }
        list.append(s)
        if list.count > 100 { list.removeFirst() }
    }

    /// Narrows the timeline to articles containing `text` (empty: ends the search).
    mutating func search(_ text: String) {
        filter.text = text.isEmpty ? nil : text
        applyFilter()
        if text.isEmpty { message = StatusMessage("Search cleared"); return }
        if timeline.isEmpty {
            message = StatusMessage("No article contains “\(text)” · F clears", isError: true)
        } else {
            message = StatusMessage("“\(text)” is in \(timeline.count) of \(corpus.articles.count) articles · n/N step through it")
            if case .article(var a)? = page { a.match = nil; page = .article(a) }
        }
    }

    mutating func complete(_ p: inout PromptState, backwards: Bool) {
        if var c = p.completion {
            c.index = (c.index + (backwards ? -1 : 1) + c.candidates.count) % c.candidates.count
            p.set(c.prefix + c.candidates[c.index])
            p.completion = c
            return
        }
        let (prefix, word, candidates) = completions(for: String(p.text.prefix(p.cursor)))
        guard !candidates.isEmpty else { message = StatusMessage("No completions"); return }
        if candidates.count == 1 {
            p.set(prefix + candidates[0] + (prefix.isEmpty ? " " : ""))
            return
        }
        // Extend to the longest common prefix first, as shells do.
        let common = candidates.dropFirst().reduce(candidates[0]) { $0.commonPrefix(with: $1, options: .caseInsensitive) }
        if common.count > word.count {
            p.set(prefix + common)
        } else {
            let i = backwards ? candidates.count - 1 : 0
            p.completion = PromptState.Completion(prefix: prefix, candidates: candidates, index: i)
            p.set(prefix + candidates[i])
        }
        message = StatusMessage(candidates.prefix(12).joined(separator: "  ") + (candidates.count > 12 ? "  …" : ""))
    }
}
