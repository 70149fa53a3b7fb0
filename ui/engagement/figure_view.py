"""A chart on screen, zoomed as one picture to the space it has.

The engagement charts are laid out in inches (label radii, font sizes,
panel grid), so the canvas keeps the figure's inches and its proportions
and changes only the dots per inch, as the wheel tab's view does.
Importing this module imports matplotlib's Qt backend: only a view that
has a figure to show imports it.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class _Canvas(FigureCanvasQTAgg):
    def __init__(self, figure: Figure) -> None:
        self.design_inches = tuple(figure.get_size_inches())
        super().__init__(figure)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.figure.set_dpi(event.size().width() * self.device_pixel_ratio / self.design_inches[0])
        super().resizeEvent(event)


class FigureView(QWidget):
    """Holds the current figure's canvas, centred at the largest size with its proportions."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: _Canvas | None = None
        self._name = name
        self.setMinimumSize(360, 240)

    def show_figure(self, figure: Figure) -> None:
        """Replace the figure on screen (a canvas belongs to one figure)."""
        old = self.canvas
        self.canvas = _Canvas(figure)
        self.canvas.setParent(self)
        self.canvas.setAccessibleName(self._name)
        self._place()
        self.canvas.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        if self.canvas is None:
            return
        width, height = self.canvas.design_inches
        scale = min(self.width() / width, self.height() / height)
        w, h = max(1, int(width * scale)), max(1, int(height * scale))
        self.canvas.setGeometry(QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h))
