#ifndef DOSSIER_CNCURSES_SHIM_H
#define DOSSIER_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>

/* glibc hides wcwidth without __USE_XOPEN. */
extern int wcwidth(wchar_t c);

/* Attributes are macros Swift cannot import (A_ITALIC does not even fit an Int32). */
static inline attr_t dossier_attr_bold(void) { return A_BOLD; }
static inline attr_t dossier_attr_dim(void) { return A_DIM; }
static inline attr_t dossier_attr_italic(void) { return A_ITALIC; }
static inline attr_t dossier_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_attr_reverse(void) { return A_REVERSE; }

static inline int dossier_key_f(int n) { return KEY_F(n); }

/* Globals read through functions (Swift 6 rejects the mutable C globals). */
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

/* Mouse buttons the reader uses: press/click of button 1, wheel up (4) and down (5). */
static inline mmask_t dossier_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int dossier_mouse_kind(mmask_t b) {
    if (b & BUTTON4_PRESSED) return 1;
    if (b & BUTTON5_PRESSED) return 2;
    if (b & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) return 0;
    return -1;
}

/* Writes one cell: up to 5 wide characters (a grapheme), attributes and a colour pair. */
static inline int dossier_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}
#endif
