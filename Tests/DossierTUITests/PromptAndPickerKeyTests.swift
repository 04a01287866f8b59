import DossierKit
@testable import DossierTUI
import Testing

/// The prompt's and the picker's keys come from their scopes of the action table, so keys.toml
/// can rebind them and `?` lists them.
@Suite("Update: prompt and picker keys")
struct PromptAndPickerKeyTests {
    static let covered: Set<Action> = [
        .promptSubmit, .promptCancel, .promptLeft, .promptRight, .promptStart, .promptEnd, .promptDeleteBackward,
        .promptDeleteForward, .promptDeleteWord, .promptClear, .promptHistoryBack, .promptHistoryForward,
        .promptComplete, .promptCompleteBack,
        .pickerDown, .pickerUp, .pickerPageDown, .pickerPageUp, .pickerFirst, .pickerLast, .pickerNextKind,
        .pickerPreviousKind, .pickerToggle, .pickerErase, .pickerClear, .pickerClose, .pickerQuit,
    ]

    /// Presses the default keys of `action` one after the other.
    static func first(_ a: Action) -> String { a.info.keys[0].description }

    @Test("every prompt action edits the line as its help says")
    func promptActions() {
        var s = Fixtures.state()
        s.press(":"); s.type("abc def")
        s.press(Self.first(.promptLeft)); #expect(s.prompt?.cursor == 6)
        s.press(Self.first(.promptRight)); #expect(s.prompt?.cursor == 7)
        s.press(Self.first(.promptStart)); #expect(s.prompt?.cursor == 0)
        s.press(Self.first(.promptDeleteForward)); #expect(s.prompt?.text == "bc def")
        s.press(Self.first(.promptEnd)); #expect(s.prompt?.cursor == 6)
        s.press(Self.first(.promptDeleteBackward)); #expect(s.prompt?.text == "bc de")
        s.press(Self.first(.promptDeleteWord)); #expect(s.prompt?.text == "bc ")
        s.press(Self.first(.promptClear)); #expect(s.prompt?.text == "")
        s.type("th")
        s.press(Self.first(.promptComplete)); #expect(s.prompt?.text == "theme ")
        s.press(Self.first(.promptCompleteBack)); #expect(s.prompt?.text.hasPrefix("th") == true)
        s.press(Self.first(.promptCancel)); #expect(s.prompt == nil)
        s.press(":"); s.type("country Norland")
        s.press(Self.first(.promptSubmit)); #expect(s.prompt == nil && s.timeline.count == 2)
        s.press(":", Self.first(.promptHistoryBack)); #expect(s.prompt?.text == "country Norland")
        s.press(Self.first(.promptHistoryForward)); #expect(s.prompt?.text == "")
    }

    @Test("a rebound prompt key acts, and the old key then types")
    func reboundPromptKey() throws {
        let map = try Keymap.parse("[bindings]\nprompt-cancel = \"C-x\"\n", file: "keys.toml")
        var s = Fixtures.state(keymap: map)
        s.press(":", "Esc")
        #expect(s.prompt != nil)
        s.press("C-x")
        #expect(s.prompt == nil)
        // The reader's own keys are untouched by a prompt binding.
        #expect(map.action(for: .escape) == .cancel)
    }

    @Test("every picker action moves, switches kind, toggles or closes")
    func pickerActions() {
        var s = Fixtures.state()
        func picker() -> PickerState? { if case .picker(let p)? = s.overlay { return p } else { return nil } }
        s.press("f")
        let kind = picker()!.kindIndex
        s.press(Self.first(.pickerDown)); #expect(picker()?.selection == 1)
        s.press(Self.first(.pickerUp)); #expect(picker()?.selection == 0)
        s.press(Self.first(.pickerLast)); let last = picker()!.selection; #expect(last > 0)
        s.press(Self.first(.pickerFirst)); #expect(picker()?.selection == 0)
        s.press(Self.first(.pickerPageDown)); #expect(picker()?.selection == last)
        s.press(Self.first(.pickerPageUp)); #expect(picker()?.selection == 0)
        s.press(Self.first(.pickerNextKind)); #expect(picker()?.kindIndex == kind + 1)
        s.press(Self.first(.pickerPreviousKind)); #expect(picker()?.kindIndex == kind)
        s.press(Self.first(.pickerToggle)); #expect(s.filter.entityIDs.count == 1)
        s.press(Self.first(.pickerToggle)); #expect(s.filter.isEmpty)
        s.type("no"); #expect(picker()?.query == "no")
        s.press(Self.first(.pickerErase)); #expect(picker()?.query == "n")
        s.press(Self.first(.pickerClear)); #expect(picker()?.query == "")
        s.press(Self.first(.pickerClose)); #expect(s.overlay == nil)
        s.press("f")
        #expect(s.press(Self.first(.pickerQuit)).contains(.quit))
    }

    @Test("? lists the prompt's and the picker's keys, and the picker's hint line comes from the keymap")
    func helpAndHints() throws {
        let entries = HelpOverlay.entries(keymap: .defaults)
        #expect(entries.contains { $0.text == Action.promptComplete.help && $0.keys == "Tab" })
        #expect(entries.contains { $0.text == Action.pickerNextKind.help && $0.keys == "Tab →" })
        let map = try Keymap.parse("[bindings]\npicker-toggle = \"Space\"\n", file: "keys.toml")
        var s = Fixtures.state(keymap: map)
        s.press("f")
        #expect(BottomLine.hints(s).contains { $0 == ("Space", "add/remove") })
    }
}
