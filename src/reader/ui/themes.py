"""Colours and type for the window and the reading view.

Three themes (light, sepia, dark) that the whole window follows, each checked
for WCAG AA contrast (tests/ui/test_themes.py), and a :class:`ReadingStyle`:
the reader's choice of typeface, size, line height and line length.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

SERIF_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "serif"]
SANS_FAMILIES = ["Inter", "Segoe UI", "Cantarell", "Noto Sans", "DejaVu Sans", "sans-serif"]


@dataclass(frozen=True)
class Theme:
    name: str
    page: str  # reading view background
    ink: str  # body text
    muted: str  # meta lines, captions
    accent: str
    panel: str  # side panels background
    card: str
    card_border: str
    selection: str
    flash: str  # a quote just jumped to
    current: str  # the quote under the reader's eye
    # Highlight colours by name (reader.model.HIGHLIGHT_COLORS), each light
    # enough that ``ink`` on it keeps WCAG AA contrast (tests/ui/test_highlighting.py).
    highlights: tuple[tuple[str, str], ...] = ()
    chip: str = "#e8e4dc"  # tag chips
    # The bar over the reading view that says a link's text has not been fetched yet.
    notice: str = "#fbf0cf"
    notice_border: str = "#e6d49c"

    def highlight_color(self, name: str) -> str:
        return dict(self.highlights).get(name) or self.highlights[0][1]


LIGHT = Theme(
    name="light",
    page="#fbfaf7",
    ink="#1f1d1a",
    muted="#6b665e",
    accent="#2f5d8a",
    panel="#f1efea",
    card="#ffffff",
    card_border="#dedad2",
    selection="#cfe0f5",
    flash="#ffe7a3",
    current="#e4edf7",
    highlights=(
        ("yellow", "#fbe38e"),
        ("green", "#c5e8b7"),
        ("blue", "#c3dcf5"),
        ("pink", "#f6c8d9"),
        ("purple", "#ddd0f2"),
    ),
    chip="#e6e1d6",
    notice="#fbf0cf",
    notice_border="#e6d49c",
)

SEPIA = Theme(
    name="sepia",
    page="#f5ecd7",
    ink="#3a2e20",
    muted="#6a5843",
    accent="#7d4513",
    panel="#ebe0c5",
    card="#f8f1de",
    card_border="#d6c7a2",
    selection="#e4cf9f",
    flash="#f0d178",
    current="#eadbb6",
    highlights=(
        ("yellow", "#f1d67a"),
        ("green", "#cadca2"),
        ("blue", "#bfd3e0"),
        ("pink", "#efc1c4"),
        ("purple", "#d8c8e2"),
    ),
    chip="#e3d6b4",
    notice="#efdcaa",
    notice_border="#cdb477",
)

DARK = Theme(
    name="dark",
    page="#1c1e21",
    ink="#e3e0da",
    muted="#a7a29a",
    accent="#86b6ea",
    panel="#15171a",
    card="#23262a",
    card_border="#383c42",
    selection="#2e4a6c",
    flash="#6a5716",
    current="#28384b",
    # Deep tones: the light ink stays readable on every one.
    highlights=(
        ("yellow", "#5b4b12"),
        ("green", "#2c4a28"),
        ("blue", "#233f5c"),
        ("pink", "#5a2939"),
        ("purple", "#42335e"),
    ),
    chip="#33373d",
    notice="#3b3421",
    notice_border="#5e5230",
)

THEMES = {t.name: t for t in (LIGHT, SEPIA, DARK)}


@dataclass(frozen=True)
class ReadingStyle:
    """How the reading view sets an article: typeface, size, line height, line length."""

    family: str = "serif"  # "serif" | "sans"
    size: int = 18  # body text, pixels
    line_height: int = 155  # percent of the font's height
    measure: int = 680  # widest line of body text, pixels

    SIZES = (14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32)
    LINE_HEIGHTS = {"tight": 140, "normal": 155, "loose": 175}
    MEASURES = {"narrow": 560, "medium": 680, "wide": 820}

    def font(self, px: int | None = None, *, bold: bool = False, italic: bool = False) -> QFont:
        px = px or self.size
        return ui_font(px, bold=bold) if self.family == "sans" else reading_font(px, bold=bold, italic=italic)

    def scaled(self, px_at_18: int) -> int:
        """A size given for 18 px body text, at this style's body size."""
        return round(px_at_18 * self.size / 18)

    def bigger(self) -> ReadingStyle:
        larger = [s for s in self.SIZES if s > self.size]
        return replace(self, size=larger[0]) if larger else self

    def smaller(self) -> ReadingStyle:
        smaller = [s for s in self.SIZES if s < self.size]
        return replace(self, size=smaller[-1]) if smaller else self


def mix(a: str, b: str, weight: float = 0.5) -> str:
    """The colour between ``a`` and ``b`` (``weight`` of ``b``), as #rrggbb."""
    ca, cb = QColor(a), QColor(b)
    r = round(ca.red() * (1 - weight) + cb.red() * weight)
    g = round(ca.green() * (1 - weight) + cb.green() * weight)
    bl = round(ca.blue() * (1 - weight) + cb.blue() * weight)
    return f"#{r:02x}{g:02x}{bl:02x}"


def darker(value: str, factor: int = 160) -> str:
    return QColor(value).darker(factor).name()


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    hi, lo = sorted((luminance(QColor(fg)), luminance(QColor(bg))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def color(value: str) -> QColor:
    return QColor(value)


def reading_font(px: int, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(SERIF_FAMILIES)
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def ui_font(px: int, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(SANS_FAMILIES)
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def stylesheet(t: Theme) -> str:
    """The window's style sheet: every part of the chrome, and its dialogs, in the theme's colours."""
    return f"""
    QWidget {{ color: {t.ink}; }}
    QMainWindow, QSplitter, QDialog, QMessageBox, QStackedWidget, QTabWidget > QWidget {{ background: {t.panel}; }}
    QMenuBar {{ background: {t.panel}; color: {t.ink}; }}
    QMenuBar::item:selected {{ background: {t.selection}; }}
    QMenu {{ background: {t.card}; color: {t.ink}; border: 1px solid {t.card_border}; }}
    QMenu::item {{ padding: 4px 24px 4px 24px; }}
    QMenu::item:selected {{ background: {t.selection}; color: {t.ink}; }}
    QMenu::item:disabled {{ color: {t.muted}; }}
    QMenu::separator {{ height: 1px; background: {t.card_border}; margin: 4px 8px; }}
    QToolBar {{ background: {t.panel}; border: none; border-bottom: 1px solid {t.card_border}; spacing: 2px; }}
    QToolBar QToolButton {{ color: {t.ink}; padding: 3px 8px; }}
    QToolBar QToolButton:hover {{ background: {t.current}; }}
    QToolBar::separator {{ background: {t.card_border}; width: 1px; margin: 6px 6px; }}
    QToolButton:disabled {{ color: {t.muted}; }}
    QStatusBar {{ background: {t.panel}; color: {t.muted}; }}
    QStatusBar QLabel {{ color: {t.muted}; }}
    QLineEdit, QPlainTextEdit, QTableWidget, QComboBox {{ background: {t.card}; color: {t.ink};
        border: 1px solid {t.card_border}; border-radius: 4px; padding: 2px 6px;
        selection-background-color: {t.selection}; selection-color: {t.ink}; }}
    QComboBox QAbstractItemView {{ background: {t.card}; color: {t.ink}; border: 1px solid {t.card_border};
        selection-background-color: {t.selection}; selection-color: {t.ink}; }}
    QPushButton {{ background: {t.card}; color: {t.ink}; border: 1px solid {t.card_border}; border-radius: 4px;
        padding: 3px 12px; }}
    QPushButton:hover {{ background: {t.current}; }}
    QPushButton:disabled {{ color: {t.muted}; }}
    QHeaderView::section {{ background: {t.panel}; color: {t.muted}; border: none;
        border-bottom: 1px solid {t.card_border}; padding: 4px; }}
    QTableWidget {{ gridline-color: {t.card_border}; }}
    QScrollBar:vertical {{ background: transparent; width: 11px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {t.card_border}; border-radius: 4px; min-height: 32px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 11px; margin: 0; }}
    QScrollBar::handle:horizontal {{ background: {t.card_border}; border-radius: 4px; min-width: 32px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QFrame#FetchBanner {{ background: {t.notice}; border: none; border-bottom: 1px solid {t.notice_border}; }}
    QFrame#FetchBanner QLabel {{ color: {t.ink}; background: transparent; }}
    QFrame#FetchBanner QPushButton {{ background: {t.card}; border: 1px solid {t.notice_border}; }}
    QFrame#FetchBanner QPushButton:hover {{ background: {t.current}; }}
    QFrame#FindBar {{ background: {t.card}; border-top: 1px solid {t.card_border}; }}
    QLabel#FindCount {{ color: {t.muted}; }}
    QSplitter::handle {{ background: {t.card_border}; }}
    QListView, QTableView#LibraryList {{ background: {t.panel}; border: none; outline: 0; }}
    QTableView#LibraryList {{ selection-background-color: transparent; selection-color: {t.ink}; }}
    QTableView#LibraryList::item, QTableView#LibraryList::item:selected {{ background: transparent; border: none; }}
    QLabel#PanelTitle {{ color: {t.muted}; font-weight: 600; padding: 12px 14px 6px 14px;
        letter-spacing: 1px; }}
    QLabel#EmptyState {{ color: {t.muted}; padding: 24px; }}
    QTextBrowser#ArticleView {{ background: {t.page}; border: none; color: {t.ink};
        selection-background-color: {t.selection}; selection-color: {t.ink}; }}
    QToolButton {{ color: {t.muted}; border: none; padding: 2px 6px; }}
    QToolButton:checked {{ color: {t.accent}; font-weight: 600; }}
    QTabWidget::pane {{ border: none; background: {t.panel}; }}
    QTabBar::tab {{ background: transparent; color: {t.muted}; padding: 8px 12px 6px 12px; border: none;
        border-bottom: 2px solid transparent; font-weight: 600; }}
    QTabBar::tab:selected {{ color: {t.ink}; border-bottom: 2px solid {t.accent}; }}
    QPlainTextEdit#ArticleNote {{ background: {t.card}; border: 1px solid {t.card_border}; border-radius: 6px;
        color: {t.ink}; padding: 4px; }}
    QLineEdit#TagInput {{ background: {t.card}; border: 1px solid {t.card_border}; border-radius: 10px;
        padding: 2px 8px; color: {t.ink}; }}
    QPushButton#Chip {{ background: {t.chip}; color: {t.ink}; border: none; border-radius: 10px;
        padding: 2px 8px; }}
    QPushButton#Chip:hover {{ background: {t.card_border}; }}
    QLabel#SectionLabel {{ color: {t.muted}; font-weight: 600; }}
    """
