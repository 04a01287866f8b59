import DossierKit
import Foundation

/// The filter picker (`f`): entities of one kind, narrowed by typing, toggled with Enter.
public struct PickerState: Hashable, Sendable {
    public static let kinds: [EntityKind] = [.country, .topic, .person, .organization, .place]
    public var kindIndex = 0
    public var query = ""
    public var selection = 0
    public var scroll = 0
    /// Entities of each kind, most mentioned first (fixed when the picker opens).
    var pool: [EntityKind: [EntityID]]

    public init(corpus: Corpus, filter: Filter) {
        var pool: [EntityKind: [EntityID]] = [:]
        for k in PickerState.kinds { pool[k] = corpus.allEntities(kind: k).map(\.id) }
        self.pool = pool
        // Open on the first kind that has entries.
        kindIndex = PickerState.kinds.firstIndex { !(pool[$0] ?? []).isEmpty } ?? 0
    }

    public var kind: EntityKind { PickerState.kinds[kindIndex] }

    public static func title(_ k: EntityKind) -> String {
        switch k {
        case .person: return "Officials"
        case .country: return "Countries"
        case .topic: return "Topics"
        case .organization: return "Organizations"
        case .place: return "Places"
        }
    }

    /// The entries shown: the kind's pool narrowed by the query (any word starting with it, or
    /// containing it).
    public func entries(_ corpus: Corpus) -> [EntityID] {
        let all = pool[kind] ?? []
        let q = query.lowercased().trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return all }
        return all.filter { id in
            guard let e = corpus.entity(id) else { return false }
            return ([e.name] + e.aliases).contains { $0.lowercased().contains(q) }
        }
    }
}

extension AppState {
    var pickerListHeight: Int { max(1, min(height - 4, 24) - 5) }

    /// A key while the picker is open: its scope of the keymap; an unbound character narrows.
    mutating func handlePickerKey(_ key: Key) -> [Effect] {
        guard case .picker(var p)? = overlay else { return [] }
        let entries = p.entries(corpus)
        switch keymap.action(for: key, in: .picker) {
        case .pickerClose?: overlay = nil; return []
        case .pickerQuit?: return [.quit]
        case .pickerDown?: p.selection += 1
        case .pickerUp?: p.selection -= 1
        case .pickerPageDown?: p.selection += pickerListHeight
        case .pickerPageUp?: p.selection -= pickerListHeight
        case .pickerFirst?: p.selection = 0
        case .pickerLast?: p.selection = entries.count - 1
        case .pickerNextKind?: p.kindIndex = (p.kindIndex + 1) % PickerState.kinds.count; p.selection = 0; p.scroll = 0
        case .pickerPreviousKind?: p.kindIndex = (p.kindIndex + PickerState.kinds.count - 1) % PickerState.kinds.count; p.selection = 0; p.scroll = 0
        case .pickerErase?:
            if p.query.isEmpty { overlay = nil; return [] }
            p.query.removeLast(); p.selection = 0
        case .pickerClear?: p.query = ""; p.selection = 0
        case .pickerToggle?:
            guard entries.indices.contains(p.selection) else { break }
            let id = entries[p.selection]
            if filter.entityIDs.contains(id) {
                removeFilter(id)
                message = StatusMessage("Filter − \(filterLabel(id)): \(timeline.count) of \(corpus.articles.count) articles")
            } else {
                addFilter(id)
            }
        default:
            if case .char(let c) = key { p.query.append(c); p.selection = 0 }
        }
        let n = p.entries(corpus).count
        p.selection = max(0, min(p.selection, n - 1))
        let h = pickerListHeight
        if p.selection < p.scroll { p.scroll = p.selection }
        if p.selection >= p.scroll + h { p.scroll = p.selection - h + 1 }
        overlay = .picker(p)
        return []
    }
}
