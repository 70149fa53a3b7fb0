"""Fonts and colours for the filler, set through QFont and QPalette.

Style sheets would be simpler to write, but every widget under a style
sheet is polished by the style-sheet engine, which made a 300-question page
take seconds to show; palettes and fonts cost nothing extra.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#b3261e"
HINT_COLOUR = "#5f6368"
ACCENT_COLOUR = "#1a73e8"


def emphasise(widget: QWidget, *, bold: bool = True, scale: float = 1.0) -> None:
    """Make ``widget``'s text bold and/or larger than the application font."""
    font = widget.font()
    font.setBold(bold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def tint(widget: QWidget, colour: str | None) -> None:
    """Colour ``widget``'s text (None restores the normal colour)."""
    palette = widget.palette()
    normal = widget.parentWidget().palette() if widget.parentWidget() else QPalette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour) if colour else normal.color(role))
    widget.setPalette(palette)


def fill(widget: QWidget, background: str | None, text: str | None = None) -> None:
    """Give a button a solid background (None restores the style's own)."""
    if background is None:
        widget.setPalette(QPalette())
        return
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor(background))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(text or "white"))
    widget.setPalette(palette)
