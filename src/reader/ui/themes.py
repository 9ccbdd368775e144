"""Colours and type for the window and the reading view."""

from __future__ import annotations

from dataclasses import dataclass

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
)


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
    """The application style sheet for the chrome around the reading view."""
    return f"""
    QMainWindow, QSplitter {{ background: {t.panel}; }}
    QSplitter::handle {{ background: {t.card_border}; }}
    QListView {{ background: {t.panel}; border: none; outline: 0; }}
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
