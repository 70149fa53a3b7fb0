"""Windows open where they can be seen whole: on the screen's available area, as last left.

A window restored from another screen, or sized for a bigger one, is shrunk
and moved inside the available geometry (taskbars excluded), so no title bar
or button lands off-screen on a small field laptop or a projector.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def place(window: QWidget, remembered: QByteArray, preferred: QSize) -> None:
    """Restore ``remembered`` geometry (or take ``preferred``), then fit it on its screen."""
    if remembered.isEmpty() or not window.restoreGeometry(remembered):
        window.resize(preferred)
        parent = window.parentWidget()
        if parent is not None:
            frame = window.frameGeometry()
            frame.moveCenter(parent.window().frameGeometry().center())
            window.move(frame.topLeft())
    fit_on_screen(window)


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so its frame lies inside its screen's available area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()
    size = window.size().boundedTo(
        QSize(available.width() - extra.width(), available.height() - extra.height())
    )
    window.resize(size)
    frame = QRect(window.frameGeometry().topLeft(), size + extra)
    left = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
    window.move(left, top)
