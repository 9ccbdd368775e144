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
)


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
    """
