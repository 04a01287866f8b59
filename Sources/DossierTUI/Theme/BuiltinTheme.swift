/// The default theme, compiled in so Dossier always has one (kept equal to themes/dark.toml by a test).
enum BuiltinTheme {
    static let dark = #"""
# Dossier's default theme: for dark terminals; the background is the terminal's own.
name = "dark"
variant = "dark"

[palette]            # names used below: #rrggbb, 0-255 or the eight colour names
ink = 252
dim = 244
faint = 238
accent = "#e5a50a"
sel = 237
official = "#8ab4f8"
country = "#81c995"
org = "#c58af9"
place = "#78d9ec"
topic = "#fdd663"

[roles]              # fg, bg, attrs; unset roles inherit (timeline.selected → selection → text)
text = { fg = "ink" }
dim = { fg = "dim" }
placeholder = { fg = "black", bg = "red" }
border = { fg = "faint" }
"border.focused" = { fg = "accent" }
"pane.title" = { fg = "dim" }
"pane.title.focused" = { fg = "accent", attrs = ["bold"] }
status = { fg = "ink", bg = 236 }
"status.key" = { fg = "accent", bg = 236, attrs = ["bold"] }
"status.filter" = { fg = "country", bg = 236, attrs = ["bold"] }
hint = { fg = "dim" }
"hint.key" = { fg = "accent" }
message = { fg = "ink", attrs = ["bold"] }
"message.error" = { fg = "#f28b82", attrs = ["bold"] }
prompt = { fg = "accent", attrs = ["bold"] }
"prompt.input" = { fg = "ink" }
tab = { fg = "dim" }
"tab.active" = { fg = "black", bg = "accent", attrs = ["bold"] }
"timeline.date" = { fg = "dim" }
"timeline.source" = { fg = "dim", attrs = ["italic"] }
"timeline.unread" = { attrs = ["bold"] }
selection = { fg = "white", bg = "sel", attrs = ["bold"] }
"selection.inactive" = { bg = 235 }
"selection.bar" = { fg = "accent" }
"article.title" = { fg = "white", attrs = ["bold"] }
"article.subtitle" = { fg = "ink", attrs = ["italic"] }
"article.meta" = { fg = "dim" }
"article.dateline" = { fg = "ink", attrs = ["bold"] }
"article.heading" = { fg = "accent", attrs = ["bold"] }
"mention.official" = { fg = "official", attrs = ["bold"] }
"mention.organization" = { fg = "org" }
"mention.place" = { fg = "place" }
"mention.country" = { fg = "country" }
"mention.topic" = { fg = "topic" }
"mention.selected" = { attrs = ["reverse", "bold"] }
"search.match" = { fg = "black", bg = "topic" }
"search.current" = { fg = "black", bg = "accent", attrs = ["bold"] }
"sidebar.heading" = { fg = "dim", attrs = ["bold"] }
"sidebar.name" = { fg = "ink" }
"sidebar.detail" = { fg = "dim" }
"sidebar.count" = { fg = "accent" }
"entity.name" = { fg = "white", attrs = ["bold"] }
"entity.heading" = { fg = "accent", attrs = ["bold"] }
"entity.detail" = { fg = "dim" }
empty = { fg = "dim", attrs = ["italic"] }
overlay = { fg = "ink", bg = 235 }
"overlay.border" = { fg = "accent", bg = 235 }
"overlay.title" = { fg = "accent", bg = 235, attrs = ["bold"] }
"help.heading" = { fg = "accent", bg = 235, attrs = ["bold"] }
"help.key" = { fg = "official", bg = 235, attrs = ["bold"] }
"help.text" = { fg = "ink", bg = 235 }
"picker.checked" = { fg = "country", bg = 235, attrs = ["bold"] }
scrollbar = { fg = "dim" }
"""#
}
